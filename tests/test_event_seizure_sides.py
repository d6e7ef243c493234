"""Sides of a seizure, on the real model: the one something is seized "from" loses it (the target,
roles.csv COERCE seize), and a "by" phrase the parser hangs on an active participle after the
seizure's "of" object names who seizes (event_source_repairs.participle_agent). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from event_lookup import codes as _codes, event_at as _event, sides


SEIZED_FROM = [
    # a noun of seizing: its "from" phrase is the loser, its "by" phrase the seizer
    ("The seizure of two freighters from Venezuela by American warships angered Caracas.",
     "COERCE", "seizure", {"USA"}, {"VEN"}),
    ("Tehran protested the confiscation of crude from Iran by the United States.",
     "COERCE", "confiscation", {"USA"}, {"IRN"}),
    # a verb of seizing with a subject of its own: the same
    ("Turkish troops captured the hilltop town from Syrian government forces.",
     "COERCE", "captured", {"TUR"}, {"SYR"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), SEIZED_FROM)
def test_event_seized_from_is_the_target(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


def test_event_aid_from_stays_the_giver(nlp):
    """Near miss: what comes "from" a side in another type is still that side's ("aid from Japan")."""
    event = _event("Sri Lanka welcomed the delivery of food aid from Japan.", "AID", "delivery")
    assert sides(event) == ({"JPN"}, {"LKA"})


AGENT_ON_PARTICIPLE = [
    # "by" hung on the -ing form after the "of" object: the seizer
    ("Havana denounced the seizure of a freighter carrying Cuban sugar by the U.S. Navy.",
     "COERCE", "seizure", {"USA"}),
    ("Athens condemned the capture of a ferry transporting Greek tourists by Turkish commandos.",
     "COERCE", "capture", {"TUR"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source"), AGENT_ON_PARTICIPLE)
def test_event_agent_hung_on_a_participle(nlp, text, type_, trigger, source):
    assert _codes(_event(text, type_, trigger).source) == source


NO_AGENT = [
    # near misses: a passive participle's "by" phrase is its own; a "by" phrase of means names no one
    "Havana denounced the seizure of a freighter owned by a Cuban state company.",
    "Havana denounced the seizure of a freighter carrying sugar by sea.",
]


@pytest.mark.parametrize("text", NO_AGENT)
def test_event_participle_keeps_its_own_by(nlp, text):
    assert _codes(_event(text, "COERCE", "seizure").source) == set()
