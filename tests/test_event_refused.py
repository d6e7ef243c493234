"""A refused request, demand, invitation or offer was put to the side refusing it (real model).

Sentences written for these tests in wire style (not taken from examples/).
"""

from __future__ import annotations

import pytest

from tests.event_lookup import codes, events_starting, sides


@pytest.mark.parametrize(
    "text, type_, trigger, source, target",
    [
        # the rejection's object: not the parties of the act it asks for
        ("Nairobi rejected a Somali request to extradite two Ethiopian businessmen, officials said.",
         "REQUEST", "request", {"SOM"}, {"KEN"}),
        ("Argentina's president declined Chile's invitation to attend the Pacific Alliance summit in Lima.",
         "AGREE", "invitation", {"CHL"}, {"ARG"}),
        ("Manila turned down a Chinese offer to fund a new bridge in Vietnam.", "AGREE", "offer", {"CHN"}, {"PHL"}),
        # in apposition to the refusal
        ("Rome has refused to let Tunisian coast guard crews dock in Lampedusa, a demand made repeatedly by "
         "Tunisian ministers.", "REQUEST", "demand", {"TUN"}, {"ITA"}),
    ],
)
def test_event_refused_proposal_is_put_to_the_refusing_side(nlp, text, type_, trigger, source, target):
    e = events_starting(nlp, text, type_, trigger)[0]
    assert sides(e) == (source, target), e.rule


@pytest.mark.parametrize(
    "text, type_, trigger, target",
    [
        # the proposal names whom it is put to
        ("Hungary rejected Poland's offer of gas supplies to Slovakia.", "AGREE", "offer", {"SVK"}),
        # welcomed, not refused: the act asked for keeps its parties
        ("Nairobi welcomed a Somali request to extradite two Ethiopian businessmen.", "REQUEST", "request", set()),
    ],
)
def test_event_refused_near_misses_keep_their_target(nlp, text, type_, trigger, target):
    e = events_starting(nlp, text, type_, trigger)[0]
    assert target <= codes(e.target) and "the side refusing it" not in (e.rule or ""), e.rule
