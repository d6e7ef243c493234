"""A move aimed at ground the text names only by referring back: "warships sailed off [the
country's] coast", "bombers flew around [the island]" is aimed at the country named before it;
"its coast" is the clause subject's (event_ground_refs, vocabulary referred_ground, country_nouns).
Sentences written for these tests, on the real model."""

from __future__ import annotations

import pytest

from event_lookup import event_at, sides

CASES = [
    ("Cuba's president denounced the threats on Friday, as Russian frigates sailed off the country's northern coast.",
     "MOBILIZE", "sailed", ({"RUS"}, {"CUB"})),
    ("Philippine officials said eight Chinese warships were patrolling around the island on Sunday.",
     "MOBILIZE", "patrolling", ({"CHN"}, {"PHL"})),
    ("Japanese officials said on Monday that Chinese bombers had flown around the island twice in a week.",
     "MOBILIZE", "flown", ({"CHN"}, {"JPN"})),
    # near misses: one's own coast is no one's ground; a place named outright still speaks
    ("Turkey's navy sailed off its own coast on Tuesday.", "MOBILIZE", "sailed", ({"TUR"}, set())),
    ("Chinese warships sailed off Okinawa on Monday.", "MOBILIZE", "sailed", ({"CHN"}, {"JPN"})),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "expected"), CASES)
def test_event_ground_refs_referred_coast(text, type_, trigger, expected):
    assert sides(event_at(text, type_, trigger)) == expected

