"""A series noun before an event noun ("a new round of talks between A and B") is not what is
hosted: the parties of the counted event are the ones the act is aimed at
(event_arguments._counted_event, vocabulary series_nouns). Sentences written for these tests, on
the real model."""

from __future__ import annotations

import pytest

from event_lookup import event_at, sides

CASES = [
    ("Oman offered to host a new round of negotiations between Tehran and Washington.",
     "AGREE", "offered", ({"OMN"}, {"IRN", "USA"})),
    ("Turkey hosted the third round of talks between Armenia and Azerbaijan on Friday.",
     "CONSULT", "hosted", ({"TUR"}, {"ARM", "AZE"})),
    # near miss: a round of something that is no event names no parties
    ("Japan hosted a round of golf between business leaders.", "CONSULT", "hosted", ({"JPN"}, set())),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "expected"), CASES)
def test_event_counted_events_parties_of_the_round(text, type_, trigger, expected):
    assert sides(event_at(text, type_, trigger)) == expected
