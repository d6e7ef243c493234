"""Words of the market that are no political act: demand that rises and falls ("demand from
Chinese buyers would weaken", "demand for fuel surged") is no request; a demand someone makes is.

Sentences written for these tests in wire style, not taken from the example corpus; whole
pipeline, real model.
"""

from __future__ import annotations

import pytest

from event_lookup import has_event as _found

from tidings.api import extract


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


# Prices, shares and currencies that retreat fall; armed forces that retreat withdraw.
@pytest.mark.parametrize(
    "text, count",
    [
        ("Turkey's lira retreated after Ankara expelled two Swedish diplomats.", 0),
        ("A sharp retreat in oil prices hurt Nigeria's budget, the Nigerian finance ministry said.", 0),
        ("Shares of Indian defence firms retreated from record highs after New Delhi and Islamabad agreed a truce.", 0),
        ("Ukrainian troops retreated from two villages near Pokrovsk, the Ukrainian army said.", 1),
        ("The retreat of Russian forces from Kherson was confirmed by Kyiv.", 1),
    ],
)
def test_event_senses_economy_markets_retreat(nlp, text, count):
    events = extract(text, published="2026-05-04", nlp=nlp).events
    assert sum(e.type == "RETREAT" for e in events) == count, [(e.type, e.trigger.text) for e in events]
