"""Armed men who burn their own weapons lay them down (RETREAT, disarm: triggers.csv row "burn"
with subj=armed_groups, obj=weapons and a possessive "their"/"its"); burning an enemy's weapons,
police destroying seized guns and a crowd burning tyres are no disarmament. Sentences written for
these tests, on the real model."""

from __future__ import annotations

import pytest

from tests.event_lookup import events_starting, has_event

DISARM = [
    ("About 300 FARC rebels burned their rifles at a ceremony in Colombia's Cauca province on Saturday.", {"COL"}),
    ("Forty PKK militants burned their weapons in a ceremony in southeastern Turkey on Sunday.", {"TUR"}),
]

NO_DISARM = [
    "Rebels burned two army tanks near Goma, Congo's army said.",
    "Police in Kenya burned 5,000 illegal firearms in Nairobi on Tuesday.",
    "Protesters in Nairobi burned tyres on Tuesday.",
    "Militants burned the army's weapons depot near Kandahar.",
]


@pytest.mark.parametrize(("text", "source"), DISARM)
def test_armed_men_burning_their_weapons_disarm(nlp, text, source):
    event = events_starting(nlp, text, "RETREAT", "burn")[0]
    assert event.mode == "disarm"
    assert {a.code or a.country for a in event.source} == source


@pytest.mark.parametrize("text", NO_DISARM)
def test_other_burnings_are_no_disarmament(nlp, text):
    assert not has_event(nlp, text, "RETREAT", "burn")
