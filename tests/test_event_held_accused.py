"""The doer of a participle of accusing or sentencing on people an authority detains, tries or
sanctions in the same clause ("detained 40 miners [accused] of polluting"): that authority. Near
misses: people defended, released or represented by someone are not accused by them. Sentences
written for these tests, on the real model."""

from __future__ import annotations

import pytest

from event_lookup import codes, event_at


HELD = [
    ("Peruvian police arrested 40 miners accused of polluting the river near Puno.", "ACCUSE", "accused", {"PER"}),
    ("Kenya imposed sanctions on three businessmen accused of smuggling gold into Uganda.", "ACCUSE", "accused",
     {"KEN"}),
    ("The Thai army detained 30 Cambodian workers accused of entering the country illegally.", "ACCUSE",
     "accused", {"THA"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source"), HELD)
def test_event_held_accused_by_the_holder(nlp, text, type_, trigger, source):
    assert codes(event_at(text, type_, trigger).source) == source


NOT_HELD = [
    # defending or freeing people is no sign of having accused them
    ("Amnesty International defended two Egyptian bloggers accused of spreading false news.", "ACCUSE", "accused"),
    ("Venezuela released five opposition members convicted of treason.", "COERCE", "convicted"),
]


@pytest.mark.parametrize(("text", "type_", "trigger"), NOT_HELD)
def test_event_held_accused_not_by_a_defender(nlp, text, type_, trigger):
    assert codes(event_at(text, type_, trigger).source) == set()
