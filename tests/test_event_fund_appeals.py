"""An appeal for funds that asks no one named leaves its donors open (real model; ANNOTATION.md,
Conventions of 2026-11-28, rule 7). Sentences written for these tests in wire style."""

from __future__ import annotations

import pytest

from tests.event_lookup import codes, events_starting


@pytest.mark.parametrize(
    "text, trigger, target",
    [
        # the people or country the money is for are not the ones asked
        ("The World Food Programme appealed for $310 million to feed 4 million Haitians until March.", "appealed", set()),
        ("UNICEF's $90 million appeal for Yemen's children is less than a quarter funded.", "appeal", set()),
        ("Floods hit Malawi. The UN refugee agency called for 40 million euros in emergency funding.", "called", set()),
        # near misses: the one asked is named
        ("Kenya appealed to the European Union for 60 million euros to pay its police officers in Haiti.",
         "appealed", {"EU"}),
        ("Egypt asked the IMF for a $5 billion loan on Monday.", "asked", {"IMF"}),
        # not money: a call for a halt is aimed at the sides
        ("The UN appealed to Ethiopia and Eritrea to halt the fighting.", "appealed", {"ETH", "ERI"}),
    ],
)
def test_event_fund_appeals_leave_the_donors_open(nlp, text, trigger, target):
    e = events_starting(nlp, text, "REQUEST", trigger)[0]
    assert codes(e.target) == target, e.rule

