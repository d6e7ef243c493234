"""A military move answering a hostile act of armed men at home ("sent troops to a town after
rebels ambushed a convoy") is aimed at the mover's own country (event_home_foes, read by
event_targets._provoker); unidentified gunmen, a foreign side, or armed men whose act is not
hostile leave it as before. Sentences written for these tests, on the real model."""

from __future__ import annotations

import pytest

from event_lookup import event_at, sides

CASES = [
    # armed men the actor coder gives the mover's country
    ("Colombia deployed 2,000 soldiers to Cauca after FARC dissidents ambushed a patrol.",
     "MOBILIZE", "deployed", ({"COL"}, {"COL"})),
    ("Ecuador's president sent soldiers into prisons in Guayaquil after gang members killed 17 inmates.",
     "MOBILIZE", "sent", ({"ECU"}, {"ECU"})),
    # armed men of no country, moved against in a place of the mover's own country
    ("Niger's army will send two battalions to Tillaberi after jihadists raided a border post.",
     "MOBILIZE", "send", ({"NER"}, {"NER"})),
    # near misses: unidentified gunmen are no side; a foreign side stays the target; a move
    # abroad after rebels of no country; armed men whose act is not hostile
    ("Nigeria deployed soldiers to Zamfara after gunmen abducted 40 villagers.", "MOBILIZE", "deployed", ({"NGA"}, set())),
    ("Peru sent troops to its southern border after Chilean artillery shelled a post.", "MOBILIZE", "sent", ({"PER"}, {"CHL"})),
    ("Rwanda sent troops to Goma after rebels attacked the city.", "MOBILIZE", "sent", ({"RWA"}, set())),
    ("Niger deployed troops to Tillaberi after the rebels agreed to a truce.", "MOBILIZE", "deployed", ({"NER"}, set())),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "expected"), CASES)
def test_event_home_foes_move_aimed_at_own_country(text, type_, trigger, expected):
    assert sides(event_at(text, type_, trigger)) == expected
