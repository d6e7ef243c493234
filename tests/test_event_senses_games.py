"""Reports of games named by competitions of several words ("the Champions League", "a World Cup
qualifier") or by sport phrases ("a pace attack", "a world record"): an attack or a meeting there is
no event; the same words in a report of war or diplomacy are.

Sentences written for these tests in wire style, not taken from the example corpus; whole
pipeline, real model.
"""

from __future__ import annotations

import pytest

from event_lookup import has_event as _found


@pytest.mark.parametrize(
    "text, type_, trigger, present",
    [
        ("Liverpool's attack tore apart Real Madrid in a Champions League semi-final on Tuesday.", "ASSAULT", "attack", False),
        ("Morocco's fluent attack swept aside Portugal to reach the World Cup quarter-finals.", "ASSAULT", "attack", False),
        ("England's pace attack ripped through Australia's top order in Brisbane.", "ASSAULT", "attack", False),
        ("Jamaica's sprinters set a world record at the Diamond League meeting in Zurich.", "CONSULT", "meeting", False),
        ("Mexico's attack overwhelmed Canada in a Nations League match in Toronto.", "ASSAULT", "attack", False),
        # near misses: war and diplomacy
        ("Russia launched a massive attack on Ukraine's power grid on Tuesday, the Ukrainian air force said.", "ASSAULT", "attack", True),
        ("Militants attacked a police station in Balochistan, killing four officers.", "ASSAULT", "attacked", True),
        ("The foreign ministers of Qatar and Egypt held a meeting in Cairo on the Gaza truce.", "CONSULT", "meeting", True),
    ],
)
def test_event_senses_games_named_by_phrases(nlp, text, type_, trigger, present):
    assert _found(nlp, text, type_, trigger) is present
