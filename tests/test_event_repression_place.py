"""Repression abroad falls on the country where the state acted, not where it sent people (real
model). Sentences written for these tests in wire style."""

from __future__ import annotations

import pytest

from tests.event_lookup import codes, events_starting


@pytest.mark.parametrize(
    "text, trigger, target",
    [
        # where people were sent is not where the state acted on them
        ("Cuba stripped 40 dissidents of their citizenship and deported them to Mexico, a rights group said.",
         "deported", {"CUB"}),
        # abroad: the country of the place
        ("Turkish troops detained six men near Aleppo on Sunday, a monitor said.", "detained", {"SYR"}),
    ],
)
def test_event_repression_place_destination_is_no_place_abroad(nlp, text, trigger, target):
    e = events_starting(nlp, text, "COERCE", trigger)[0]
    assert codes(e.target) == target, e.rule
