"""Forces counted with a quantifier ("called up tens of thousands of reservists") are the mover's
own forces, as the bare noun is: the move is aimed only through its own phrases, not at the place
of a coordinated clause (event_moves.aimed_ground through event_trigger_roles.through_quantifier).
Sentences written for these tests, on the real model."""

from __future__ import annotations

import pytest

from event_lookup import event_at, sides

CASES = [
    ("Azerbaijan called up thousands of reservists on Monday and sent armoured columns toward Yerevan.",
     "MOBILIZE", "called up", ({"AZE"}, set())),
    # near misses: counted forces moved into a place, and counted ground entered
    ("Russia moved hundreds of tanks into Kharkiv on Monday.", "MOBILIZE", "moved", ({"RUS"}, {"UKR"})),
    ("Russia moved thousands of soldiers toward the border with Finland.", "MOBILIZE", "moved", ({"RUS"}, {"FIN"})),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "expected"), CASES)
def test_event_counted_forces_own_forces(text, type_, trigger, expected):
    assert sides(event_at(text, type_, trigger)) == expected
