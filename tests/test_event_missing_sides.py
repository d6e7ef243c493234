"""Sides of an event the clause states but the parse hides (issue #3, wire set): the cause of a
military move named on a coordinated verb, subjects reached through coordination, participles
and adverbial heads. Sentences written for these tests in wire style (not taken from examples/);
each class has near-miss negatives next to it."""

from __future__ import annotations

import pytest

from event_lookup import codes as _codes, event_at as _event


MOVE_CAUSES = [
    # the cause phrase hangs on a verb coordinated with the move under the same subject
    ("Armenia moved extra troops to the frontier and put its artillery on alert after Azerbaijani shelling of border villages.",
     "MOBILIZE", "moved", {"ARM"}, {"AZE"}),
    ("Lithuania scrambled two fighter jets and closed its airspace on Sunday after Belarusian balloons crossed the border.",
     "MOBILIZE", "scrambled", {"LTU"}, {"BLR"}),
    ("Guyana said it would deploy troops along the Essequibo river and raise its alert level in response to Venezuela's military buildup.",
     "MOBILIZE", "deploy", {"GUY"}, {"VEN"}),
    # a participle that calls the move a response to the other side's act
    ("Taiwan will hold live-fire drills off its east coast next week, the defence ministry said, calling them a response to Chinese air incursions.",
     "MOBILIZE", "drills", {"TWN"}, {"CHN"}),
    # near misses: a coordinated clause with its own subject keeps its own cause; a friendly host is no target
    ("Japan scrambled fighter jets on Monday, and South Korea put its navy on alert after Chinese bombers flew near its coast.",
     "MOBILIZE", "scrambled", {"JPN"}, set()),
    ("Poland sent 500 soldiers to Lithuania and joined NATO drills after a request from Vilnius.",
     "MOBILIZE", "sent", {"POL"}, set()),
    ("Ecuador deployed soldiers to the port of Guayaquil and imposed a curfew after a wave of prison riots.",
     "MOBILIZE", "deployed", {"ECU"}, set()),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), MOVE_CAUSES)
def test_event_missing_sides_move_cause(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert (_codes(event.source), _codes(event.target)) == (source, target)
