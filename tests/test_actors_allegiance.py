"""Groups named by whom they serve: "hackers working for Russia's GRU", "fighters loyal to Sudan's army"
are that country's; a group only backed by or linked to a name is not. Sentences written for these
tests in wire style (not taken from examples/), run on the real model."""

from __future__ import annotations

import pytest

from tests.actor_lookup import actors_in
from tests.event_lookup import codes, events_starting

SERVING = [
    ("Hackers working for China's Ministry of State Security broke into the networks of a Czech ministry.", "Hackers",
     "CHN"),
    ("Fighters loyal to Libya's eastern commander Khalifa Haftar shelled a suburb of Tripoli.", "Fighters", "LBY"),
    ("Militiamen loyal to the Sudanese army clashed with paramilitaries near Omdurman.", "Militiamen", "SDN"),
]


@pytest.mark.parametrize(("text", "group", "code"), SERVING)
def test_actors_allegiance_group_is_its_masters(nlp, text, group, code):
    found = [a for a in actors_in(nlp, text) if a.text == group]
    assert found and {a.code or a.country for a in found} == {code}, [(a.text, a.country) for a in actors_in(nlp, text)]


NOT_SERVING = [
    ("Hackers linked to North Korea stole $100 million in cryptocurrency, the FBI said.", "Hackers"),
    ("Gunmen backed by a local warlord attacked a market in Mogadishu.", "Gunmen"),
]


@pytest.mark.parametrize(("text", "group"), NOT_SERVING)
def test_actors_allegiance_link_is_no_owner(nlp, text, group):
    assert not any((a.code or a.country) for a in actors_in(nlp, text) if a.text == group)


def test_actors_allegiance_group_acts_for_its_master(nlp):
    text = "Hackers working for Iran's Revolutionary Guards broke into the control system of an Israeli water utility."
    assert codes(events_starting(nlp, text, "COERCE", "broke")[0].source) == {"IRN"}
