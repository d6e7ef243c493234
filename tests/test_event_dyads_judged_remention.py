"""A judgement of an act named again ("condemned [Tuesday's attack]") is aimed at the doer of the
act it names, once the re-mention has taken the sides of that act, not at another actor of the
sentence ("in a phone call with the Saudi crown prince"). Articles written for these tests in wire
style (not taken from examples/); whole pipeline, real model."""

from __future__ import annotations

import pytest

from event_lookup import codes as _codes, event_at as _event


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Houthi rebels fired two missiles at a Saudi oil terminal on Tuesday. Egypt's president condemned "
         "Tuesday's attack in a phone call with the Saudi crown prince.", {"YEM"}),
        ("Azerbaijani troops shelled Armenian positions near Jermuk overnight. On Wednesday the French foreign "
         "minister condemned the shelling in a call with the Turkish foreign minister.", {"AZE"}),
        # near miss: an act judged with its doer named in the sentence keeps that doer
        ("Egypt's president condemned the Israeli strike on Beirut in a phone call with the Saudi crown prince.", {"ISR"}),
    ],
)
def test_event_dyads_judged_remention_doer(nlp, text, target):
    assert _codes(_event(text, "ACCUSE", "condemned").target) == target
