"""A law, bill, decree or reform of one's own that a government or parliament gives up (suspends,
repeals, rescinds, scraps, withdraws) accedes to demands for a change of policy: CONCEDE (CAMEO
083). Easing a ban, a sanction or trade rules stays RETREAT (CAMEO 085), and troops withdrawn stay
RETREAT. Sentences written for these tests, on the real model."""

from __future__ import annotations

import pytest

from tidings.api import extract

CASES = [
    ("Kenya's parliament repealed the finance law after a week of street protests.", "repealed", "CONCEDE"),
    ("The Georgian government suspended its media law following mass rallies in Tbilisi.", "suspended", "CONCEDE"),
    ("Mongolia's cabinet rescinded a decree on mining licences on Thursday.", "rescinded", "CONCEDE"),
    ("Chile's president scrapped a contested education reform after student marches.", "scrapped", "CONCEDE"),
    ("The Serbian government withdrew the draft legislation on foreign funding.", "withdrew", "CONCEDE"),
    # near misses: a measure on another country or on trade is eased (RETREAT), troops pull back
    ("Vietnam repealed its ban on Thai rice imports on Monday.", "repealed", "RETREAT"),
    ("Ottawa rescinded the measures it had imposed on Indian steel.", "rescinded", "RETREAT"),
    ("Indonesia scrapped visa rules for Malaysian workers.", "scrapped", "RETREAT"),
    ("Turkey withdrew its troops from the Iraqi border town.", "withdrew", "RETREAT"),
]


@pytest.mark.parametrize(("text", "trigger", "type_"), CASES)
def test_event_given_up_law_is_a_concession(text, trigger, type_):
    found = [e.type for e in extract(text).events if e.trigger.text.lower() == trigger]
    assert found == [type_], [(e.type, e.trigger.text) for e in extract(text).events]
