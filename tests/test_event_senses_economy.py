"""Words of the market that are no political act: demand that rises and falls ("demand from
Chinese buyers would weaken", "demand for fuel surged") is no request; a demand someone makes is.

Sentences written for these tests in wire style, not taken from the example corpus; whole
pipeline, real model.
"""

from __future__ import annotations

import pytest

from event_lookup import has_event as _found


@pytest.mark.parametrize(
    "text, type_, trigger, present",
    [
        ("Shares in Samsung fell 4 percent after the company warned that demand from Chinese buyers would weaken.", "REQUEST", "demand", False),
        ("Oil prices rose in Asia as demand for fuel in India surged to a record.", "REQUEST", "demand", False),
        ("Brazil's central bank expects demand to slow in the second half of the year.", "REQUEST", "demand", False),
        ("Higher interest rates have dented demand for housing in Canada, the finance minister said.", "REQUEST", "demand", False),
        # near misses: demands that someone makes
        ("Serbian students renewed their demand for early elections on Saturday.", "REQUEST", "demand", True),
        ("The protesters' demands grew louder after police arrested 40 people in Nairobi.", "REQUEST", "demand", True),
        ("Kyiv rejected Moscow's demand for the withdrawal of Ukrainian troops from Zaporizhzhia.", "REQUEST", "demand", True),
    ],
)
def test_event_senses_economy_market_demand(nlp, text, type_, trigger, present):
    assert _found(nlp, text, type_, trigger) is present
