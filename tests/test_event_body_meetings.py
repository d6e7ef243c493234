"""A body's own meeting named by a noun (ANNOTATION.md Q6), and the occasion a denied act was
to take place at, on the real model. Wire-style sentences written for these tests (not taken
from examples/); each class has near-miss negatives next to it."""

from __future__ import annotations

import pytest

from event_lookup import last_event_named, sides

NOUN_MEETINGS = [
    # a meeting noun whose only participant is one international body: the body meets as itself
    ("NATO defence ministers approved the new force model at a meeting in Brussels on Thursday.",
     "CONSULT", "meeting", {"NATO"}, {"NATO"}),
    ("The Arab League backed Jordan's proposal for a regional water authority at a summit in Amman.",
     "CONSULT", "summit", {"ARAB_LEAGUE"}, {"ARAB_LEAGUE"}),
    ("ASEAN foreign ministers held talks in Vientiane on Wednesday.", "CONSULT", "talks", {"ASEAN"}, {"ASEAN"}),
    ("The BRICS summit in Rio de Janeiro closed with a pledge to expand trade in local currencies.",
     "CONSULT", "summit", {"BRICS"}, {"BRICS"}),
    ("The UN Security Council will hold an emergency session on Haiti on Friday.", "AGREE", "session", {"UNSC"}, {"UNSC"}),
    # near misses: a partner named with "with" or "between", several states, a country's own cabinet
    ("EU leaders will hold a summit with India in New Delhi next month.", "AGREE", "summit", {"EU"}, {"IND"}),
    ("Talks between Armenia and Azerbaijan resumed in Washington on Monday.", "CONSULT", "Talks", {"ARM", "AZE"}, set()),
    ("Japan's cabinet approved the defence budget at a meeting in Tokyo on Friday.", "CONSULT", "meeting", {"JPN"}, set()),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), NOUN_MEETINGS)
def test_event_body_meetings_noun_is_own(nlp, text, type_, trigger, source, target):
    event = last_event_named(text, type_, trigger, nlp)
    assert sides(event) == (source, target)


OCCASIONS = [
    # a meeting noun in a phrase of the occasion took place, whatever the clause denies
    ("Brazilian President Lula did not meet Argentina's Javier Milei on the sidelines of the Mercosur summit in Asuncion.",
     "summit", "negated", False),
    ("Indian Prime Minister Narendra Modi did not speak to Pakistan's leader during the SCO summit in Astana.",
     "summit", "negated", False),
    # near misses: the denied act itself, and a meeting the clause denies directly
    ("Brazilian President Lula did not meet Argentina's Javier Milei on the sidelines of the Mercosur summit in Asuncion.",
     "meet", "negated", True),
    ("South Africa's president did not attend the BRICS summit in Kazan.", "attend", "negated", True),
]


@pytest.mark.parametrize(("text", "trigger", "status", "denied"), OCCASIONS)
def test_event_body_meetings_occasion_not_negated(nlp, text, trigger, status, denied):
    event = last_event_named(text, "CONSULT", trigger, nlp)
    assert (event.status == status) == denied
