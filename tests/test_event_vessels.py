"""Whom stopping or seizing a vessel of no stated country is aimed at (extract/event_vessels.py):
the people it carries when their country is stated, no one when they are migrants of none or when
it is stopped off the stopping state's own coast; another state's coast and a vessel's own flag
still count. Sentences written for these tests, on the real model."""

from __future__ import annotations

import pytest

from event_lookup import event_at, sides

CARRIED = [
    ("The Spanish navy intercepted a boat carrying 60 Algerian migrants off the Balearic Islands.", "intercepted",
     ({"ESP"}, {"DZA"})),
    ("Italian coast guard ships intercepted a boat carrying 45 Tunisian migrants near Lampedusa on Sunday.",
     "intercepted", ({"ITA"}, {"TUN"})),
    ("The U.S. Coast Guard intercepted a boat carrying 90 Cuban migrants off the Bahamas.", "intercepted",
     ({"USA"}, {"CUB"})),
]

NO_ONE = [
    # migrants of no stated country on board
    ("Maltese patrol boats intercepted a vessel carrying 70 migrants south of Malta on Friday.", "intercepted",
     ({"MLT"}, set())),
    ("The Italian navy intercepted a fishing boat carrying 300 migrants off Sicily.", "intercepted", ({"ITA"}, set())),
    # no one named on board, stopped off the stopping state's own coast
    ("Spanish police seized eight boats near Algeciras this month.", "seized", ({"ESP"}, set())),
    ("French police seized three boats near Calais on Saturday.", "seized", ({"FRA"}, set())),
]

STILL_AIMED = [
    # near misses: the vessel's own country, another state's coast, people not migrants
    ("Spanish police seized a Moroccan fishing boat near Algeciras.", "seized", ({"ESP"}, {"MAR"})),
    ("The Greek coast guard intercepted a Turkish ship south of Crete.", "intercepted",
     ({"GRC"}, {"TUR"})),
    ("Chinese coast guard ships seized a Vietnamese trawler near the Paracel Islands.", "seized", ({"CHN"}, {"VNM"})),
    ("Israeli naval forces seized a boat near the coast of Gaza.", "seized", ({"ISR"}, {"PSE"})),
    ("Egyptian police arrested 40 people in Alexandria on Monday.", "arrested", ({"EGY"}, {"EGY"})),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), CARRIED + NO_ONE + STILL_AIMED)
def test_event_vessels_stopped_vessel_sides(text, trigger, expected):
    assert sides(event_at(text, "COERCE", trigger)) == expected
