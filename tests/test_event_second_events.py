"""Second and third events of one sentence: acts the coder sees by a lexicon word but used to
drop, and near misses where the second word names no act of its own.

Sentences written for these tests (wire-copy register), not taken from the example sets; whole
pipeline, real model.
"""

from __future__ import annotations

import pytest

from tidings.api import extract


def _events(nlp, text: str):
    return extract(text, published="2026-05-04", nlp=nlp).events


def _show(events) -> list[tuple[str, str, str]]:
    return [(e.type, e.trigger.text, e.status) for e in events]


def _typed(events, trigger: str) -> set[str]:
    return {e.type for e in events if e.trigger.text == trigger}


# A strike named by a country's own name or demonym is that country's military strike, not a
# labour strike: the actor tables know every demonym, not a hand-written list.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Armenia said Azerbaijan had launched an Azerbaijani strike against its border posts near Jermuk.", "ASSAULT"),
        ("The Houthis said Riyadh launched a Saudi strike against their positions in Marib province.", "ASSAULT"),
        ("Greek dockworkers began a strike at the port of Piraeus on Monday over pay.", "PROTEST"),
        ("Nurses at Nigerian hospitals began a strike on Monday, demanding unpaid allowances.", "PROTEST"),
        ("Port workers in Belgium joined a strike called by the country's three main unions.", "PROTEST"),
    ],
)
def test_event_second_events_strike_of_a_country(nlp, text, expected):
    events = _events(nlp, text)
    assert _typed(events, "strike") == {expected}, _show(events)


# "in one of the deadliest attacks", "another of the raids": a partitive word (vocabulary.csv
# partitive_words) puts the noun where the told act is; it names that act again.
@pytest.mark.parametrize(
    "text, type_, count",
    [
        ("Russian drones hit Kharkiv overnight, killing four people, in one of the largest attacks on the city this year.", "ASSAULT", 1),
        ("Insurgents ambushed a convoy near Gao on Friday in another of the raids that have cut the road to Timbuktu.", "ASSAULT", 1),
        ("Sudan's army shelled Omdurman on Monday and launched a wave of drone strikes on Nyala.", "ASSAULT", 2),
    ],
)
def test_event_second_events_partitive_names_the_act_again(nlp, text, type_, count):
    events = _events(nlp, text)
    assert len([e for e in events if e.type == type_]) == count, _show(events)
