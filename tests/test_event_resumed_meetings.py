"""A definite re-mention of a meeting ("after the talks") whose clause lends it one of the meeting's sides
only takes all the sides of the meeting it names again, as they were coded there (ANNOTATION.md Q2);
a clause whose subject was no side of it keeps its own. Articles written for these tests in wire style
(not taken from examples/), run on the real model."""

from __future__ import annotations

import pytest

from tests.event_lookup import codes, events_starting, sides

RESUMED = [
    ("NAIROBI, 4 May 2026 — Kenya's foreign minister and his Ugandan counterpart met in Kampala on Monday and "
     "agreed to reopen the border crossing at Busia. \"We have turned a page,\" the Kenyan minister told reporters "
     "after the talks.", "talks", {"KEN", "UGA"}, set()),
    ("LIMA, 4 May 2026 — Peru's foreign minister met Chile's foreign minister in Lima on Monday to discuss fishing "
     "rights. Peru's foreign minister told reporters after the meeting that a deal was close.", "meeting", {"PER"},
     {"CHL"}),
]


@pytest.mark.parametrize(("text", "trigger", "source", "target"), RESUMED)
def test_event_resumed_meeting_takes_its_sides(nlp, text, trigger, source, target):
    event = events_starting(nlp, text, "CONSULT", trigger)[-1]
    assert sides(event) == (source, target)


def test_event_resumed_meeting_of_others_keeps_the_clause_side(nlp):
    text = ("BRASILIA, 4 May 2026 — Brazil and Argentina held talks on trade in Brasilia on Monday. Chile's foreign "
            "minister said after the talks that Santiago wanted to join the customs union.")
    event = events_starting(nlp, text, "CONSULT", "talks")[-1]
    assert codes(event.source) == {"CHL"}
