"""A reaction whose definite object names an earlier event ("criticised the talks") takes that
event's sides once re-mentions have been resumed: a re-mention in between ("spoke to reporters
after the talks") first had one side only (event_target_fallbacks.aim_at_resumed_referents).
Articles written for these tests, on the real model."""

from __future__ import annotations

import pytest

from event_lookup import event_at, sides

CASES = [
    ("The foreign ministers of Kenya and Somalia met in Nairobi on Monday. The Somali minister spoke to "
     "reporters after the talks. Ethiopia criticised the talks on Tuesday.",
     "ACCUSE", "criticised", ({"ETH"}, {"KEN", "SOM"})),
    # near miss: no re-mention in between; the signatories as told
    ("Egypt and Sudan signed a water agreement in Cairo on Monday. Sudan's minister described the agreement "
     "as historic. Ethiopia condemned the agreement on Tuesday.",
     "ACCUSE", "condemned", ({"ETH"}, {"EGY", "SDN"})),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "expected"), CASES)
def test_event_resumed_referents_sides_of_resumed_event(text, type_, trigger, expected):
    assert sides(event_at(text, type_, trigger)) == expected
