"""A trigger row's subject constraint (``subj=crowd``: a crowd that blocks a road protests) reads
the doer of a clause with no subject of its own: the noun an "-ing" participle modifies ("fired at
farmers [blocking] a motorway") and the object of a verb of causing before its infinitive ("prompted
hundreds of truckers to [block] highways"). A clause whose doer is no crowd (soldiers sent to block a
road, police blocking it, a government vowing to block a measure) is no protest. Sentences written for
these tests, on the real model (event_trigger_roles._unstated_subject)."""

from __future__ import annotations

import pytest

from tests.event_lookup import has_event, sides, events_starting

PROTESTS = [
    ("Riot police fired rubber bullets at farmers blocking a motorway near Toulouse on Monday.", "blocking", {"FRA"}),
    ("Peruvian miners blocking a highway near Arequipa clashed with police on Friday.", "blocking", {"PER"}),
    ("Police in Brazil dispersed picketers blocking the gates of a car plant in Sao Paulo.", "blocking", {"BRA"}),
    ("The rise in fuel prices prompted hundreds of Chilean truckers to block highways near Santiago.", "block", {"CHL"}),
    ("Kenya's new tax bill led thousands of students to block roads in Nairobi on Tuesday.", "block", {"KEN"}),
]

NO_PROTEST = [
    ("Chile sent soldiers to block the highway near Santiago on Monday.", "block"),
    ("Hungary vowed to block the sanctions package against Russia.", "block"),
    ("Police in Bolivia used trucks to block roads into La Paz on Monday.", "block"),
    ("The riots prompted Ecuador's army to block roads into Quito.", "block"),
    ("Police officers blocking a road in Lagos turned back a convoy of Nigerian opposition supporters.", "blocking"),
]


@pytest.mark.parametrize(("text", "trigger", "country"), PROTESTS)
def test_unstated_subject_of_road_block_is_the_crowd(nlp, text, trigger, country):
    event = events_starting(nlp, text, "PROTEST", trigger)[0]
    assert sides(event) == (country, country)


@pytest.mark.parametrize(("text", "trigger"), NO_PROTEST)
def test_road_block_by_no_crowd_is_no_protest(nlp, text, trigger):
    assert not has_event(nlp, text, "PROTEST", trigger)
