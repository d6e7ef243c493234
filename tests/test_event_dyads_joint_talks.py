"""The sides of talks and summits named by a noun with no party of its own: the two or more sides of
the clause the phrase hangs on, also beside a report ("X and Y agreed …, the minister said after
talks"), past a participle on a thing ("an exchange agreed at talks") and before a host's by phrase
("at talks hosted by Togo"). Sentences written for these tests in wire style (not taken from
examples/), run on the real model."""

from __future__ import annotations

import pytest

from tests.event_lookup import codes, events_starting

JOINT = [
    ("Peru and Chile agreed to reopen two border crossings, Chile's foreign minister said after talks in Arica.",
     "talks", {"PER", "CHL"}),
    ("Niger and Benin signed a pipeline accord at talks hosted by Togo's president in Lome.", "talks", {"NER", "BEN"}),
    ("Armenia and Azerbaijan released 30 detainees each under an exchange agreed at talks in Abu Dhabi.",
     "talks", {"ARM", "AZE"}),
    ("Japan and South Korea pledged closer energy ties, officials said after a summit in Seoul.", "summit",
     {"JPN", "KOR"}),
]


@pytest.mark.parametrize(("text", "trigger", "sides"), JOINT)
def test_event_dyads_joint_talks_sides_of_the_clause(nlp, text, trigger, sides):
    event = events_starting(nlp, text, "CONSULT", trigger)[0]
    assert codes(event.source) == sides
    assert not event.target


SINGLE = [
    # the report names one side only: the speaker's side stays the one at the talks
    ("Chile's foreign minister said after talks in Lima that Peru had agreed to a new survey.", "talks", {"CHL"}),
]


@pytest.mark.parametrize(("text", "trigger", "sides"), SINGLE)
def test_event_dyads_joint_talks_one_side(nlp, text, trigger, sides):
    assert codes(events_starting(nlp, text, "CONSULT", trigger)[0].source) == sides
