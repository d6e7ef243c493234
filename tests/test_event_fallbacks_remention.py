"""A definite re-mention whose doer is named but not its target is aimed where the act it names
again was (examples/ANNOTATION.md, Q2), on the real model.

Short wire-style articles written for these tests (not taken from examples/).
"""

from __future__ import annotations

import pytest

from event_lookup import last_event_named as _event, sides

_RULE = "that of the act it names again"


@pytest.mark.parametrize(
    "text, type_, trigger, source, target",
    [
        ("Japan accused China on Monday of sending a drone into its airspace near Okinawa. Chinese "
         "officials rejected the Japanese allegations on Tuesday.", "ACCUSE", "allegations", {"JPN"}, {"CHN"}),
        ("Israel withdrew its troops from two hilltop positions in southern Lebanon on Sunday. Beirut "
         "welcomed the Israeli pullback but said it was not enough.", "RETREAT", "pullback", {"ISR"}, {"LBN"}),
    ],
)
def test_event_fallbacks_remention_takes_the_earlier_target(nlp, text, type_, trigger, source, target):
    e = _event(text, type_, trigger, nlp)
    assert sides(e) == (source, target), e.rule
    assert _RULE in (e.rule or "")


@pytest.mark.parametrize(
    "text, type_, trigger",
    [
        # an indefinite mention is a new act, not the earlier one named again
        ("Israel withdrew its troops from two hilltop positions in southern Lebanon on Sunday. Israeli "
         "officials said a second pullback would follow in March.", "CONCEDE", "pullback"),
        # the earlier act of its kind had no target: nothing to carry
        ("Azerbaijan launched military exercises on Monday. Azerbaijani tanks and artillery units took "
         "part in the drills, the defence ministry in Baku said.", "MOBILIZE", "drills"),
    ],
)
def test_event_fallbacks_remention_only_a_definite_aimed_act(nlp, text, type_, trigger):
    e = _event(text, type_, trigger, nlp)
    assert _RULE not in (e.rule or ""), e.rule
