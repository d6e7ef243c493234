"""A verb of planning (set, prepare, plan, decide: status_cues.csv planned_verb) makes its
complement planned ("is set to expel", "decided to send"), not an act coordinated with it: "set
up tents … and refused to leave" tells a refusal done. A second complement of the planning verb
("plans to deploy … and to station …") stays planned.

Sentences written for these tests (wire-copy register), not taken from the example corpus; whole
pipeline, real model.
"""

from __future__ import annotations

import pytest

from tidings.api import extract


def _status(nlp, text: str, type_: str, trigger: str) -> str:
    events = extract(text, published="2026-05-04", nlp=nlp).events
    hits = [e for e in events if e.type == type_ and e.trigger.text.lower().startswith(trigger)]
    assert hits, [(e.type, e.trigger.text) for e in events]
    return hits[0].status


@pytest.mark.parametrize(
    "text, type_, trigger, status",
    [
        # an act coordinated with a verb of planning is told as done
        ("Chilean students set up tents outside the education ministry and refused to leave.", "REJECT", "refused", "asserted"),
        ("Colombian coca growers set up roadblocks in Cauca and refused to negotiate with the governor.", "REJECT", "refused", "asserted"),
        ("Kyiv prepared its defences for months and then shelled Russian positions near Kupiansk.", "ASSAULT", "shelled", "asserted"),
        ("Ukraine prepared for a long war and asked its allies for more air defence systems.", "REQUEST", "asked", "asserted"),
        ("Rebels in Darfur prepared a new offensive and attacked an army base near El Fasher.", "ASSAULT", "attacked", "asserted"),
        # near misses: what is planned stays planned
        ("Rebels in Darfur prepared a new offensive and attacked an army base near El Fasher.", "ASSAULT", "offensive", "planned"),
        ("Germany plans to deploy a brigade to Lithuania and to station jets in Poland.", "MOBILIZE", "station", "planned"),
        ("Japan decided to send destroyers to the strait and to recall its ambassador from Beijing.", "SANCTION", "recall", "planned"),
        ("Serbia is set to expel two Croatian diplomats and to recall its ambassador from Zagreb.", "SANCTION", "recall", "planned"),
    ],
)
def test_event_status_planning_verb_frames_only_its_complement(nlp, text, type_, trigger, status):
    assert _status(nlp, text, type_, trigger) == status
