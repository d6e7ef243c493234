"""A set noun as the owner of an event's object ("the two countries' stance", "both governments'
plan") stands for every member of the set, not for its first one. Sentences written for this test;
near misses: one country as owner keeps the side to that country."""

from __future__ import annotations

import pytest

from event_lookup import codes, event_at

OWNERS = [
    ("Kenya and Uganda signed a trade pact in Kampala, and Tanzania welcomed the two governments' decision.",
     "SUPPORT", "welcomed", {"TZA"}, {"KEN", "UGA"}),
    ("Chile and Peru renewed their fishing accord on Friday, and Bolivia condemned the two countries' stance as "
     "hostile.", "ACCUSE", "condemned", {"BOL"}, {"CHL", "PER"}),
    ("Serbia and Hungary opened a new border crossing, and Croatia criticised both governments' plan.",
     "ACCUSE", "criticised", {"HRV"}, {"SRB", "HUN"}),
    # near misses: a single owner is a single side
    ("Kenya and Uganda signed a trade pact in Kampala, and Tanzania welcomed the Ugandan government's decision.",
     "SUPPORT", "welcomed", {"TZA"}, {"UGA"}),
    ("Chile and Peru renewed their fishing accord on Friday, and Bolivia condemned Peru's stance as hostile.",
     "ACCUSE", "condemned", {"BOL"}, {"PER"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), OWNERS)
def test_event_dyads_set_owners_every_member(nlp, text, type_, trigger, source, target):
    event = event_at(text, type_, trigger)
    assert codes(event.source) == source
    assert codes(event.target) == target
