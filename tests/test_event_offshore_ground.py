"""'off' a coast names the ground of a move or a seizure at sea: "sailed into waters off [a port]",
"seized a tanker off [Cuba's] coast" (vocabulary aimed_move_preps, attack_place_preps). Sentences
written for these tests, on the real model."""

from __future__ import annotations

import pytest

from event_lookup import event_at, sides

CASES = [
    ("Russian warships sailed into waters off Tartus on Friday.", "MOBILIZE", "sailed", ({"RUS"}, {"SYR"})),
    ("Chinese warships sailed off Okinawa on Monday.", "MOBILIZE", "sailed", ({"CHN"}, {"JPN"})),
    ("The French navy seized a tanker off Libya's coast on Tuesday.", "COERCE", "seized", ({"FRA"}, {"LBY"})),
    # near misses: one's own coast is no one else's ground
    ("Japanese destroyers sailed off Okinawa on Monday.", "MOBILIZE", "sailed", ({"JPN"}, set())),
    ("Iranian speedboats seized a tanker off Bandar Abbas.", "COERCE", "seized", ({"IRN"}, set())),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "expected"), CASES)
def test_event_offshore_ground_off_a_coast(text, type_, trigger, expected):
    assert sides(event_at(text, type_, trigger)) == expected
