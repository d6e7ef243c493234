"""A rejection of a text, plan or warning is aimed at its author, never at a party its content names
(extract/event_refused.py, drop_rejected_content). Sentences written for these tests, on the real model."""

from __future__ import annotations

import pytest

from event_lookup import event_at, sides

CASES = [
    # an author stated but not coded, content naming a party: aimed at no one
    ("Beijing brushed aside a European plan for a humanitarian truce in Myanmar.", "brushed", ({"CHN"}, set())),
    ("Moscow vetoed a draft resolution against Syria on Wednesday.", "vetoed", ({"RUS"}, set())),
    ("Ankara dismissed warnings by Western diplomats that it could invade Syria.", "dismissed", ({"TUR"}, set())),
    # near misses: the author named in the noun's own words stays the target
    ("Tehran rejected a French proposal for a truce in Lebanon.", "rejected", ({"IRN"}, {"FRA"})),
    ("Hungary blocked an EU aid package for Ukraine on Monday.", "blocked", ({"HUN"}, {"EU"})),
    ("Caracas rejected an offer from Colombia to mediate with Washington.", "rejected", ({"VEN"}, {"COL"})),
    ("Niger's junta turned down an offer of Algerian military assistance.", "turned", ({"NER"}, {"DZA"})),
    ("Beijing dismissed a report by the Japanese defence ministry that its ships had entered Philippine waters.",
     "dismissed", ({"CHN"}, {"JPN"})),
    # a party rejected outright, not a text, is still the target
    ("Serbia rejected Kosovo's membership bid.", "rejected", ({"SRB"}, {"XKX"})),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_event_rejected_texts_aimed_at_author(text, trigger, expected):
    assert sides(event_at(text, "REJECT", trigger)) == expected
