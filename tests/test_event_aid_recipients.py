"""An act of aid with no recipient in its clause helps the recipient of the aid its sentence tells
beside it, not a fellow donor (extract/event_aid_recipients.py). Sentences written for these tests,
on the real model."""

from __future__ import annotations

import pytest

from event_lookup import event_at, sides

CASES = [
    ("Flooded Mozambique received tents from Angola and Namibia, and the World Bank released $20 million for clinics.",
     "released", ({"WB"}, {"MOZ"})),
    ("Spanish rescuers pulled survivors from the rubble after Lisbon and Paris sent relief flights to quake-hit Morocco.",
     "pulled", ({"ESP"}, {"MAR"})),
    # near misses: a recipient of its own stays; two different recipients leave it to the other rules
    ("Japan sent blankets to Nepal, and Australia donated $5 million to Bhutan.", "donated", ({"AUS"}, {"BTN"})),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CASES)
def test_event_aid_recipients_shared_in_a_sentence(text, trigger, expected):
    assert sides(event_at(text, "AID", trigger)) == expected
