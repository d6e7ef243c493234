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


@pytest.mark.parametrize(
    "text, type_, trigger, source, target",
    [
        # a proposal whose content is an act of its own ("for a truce", "of talks") is still the
        # proposer's offer, put to the side refusing it; the act proposed is folded into it
        ("Baku rejected an Armenian proposal for a ceasefire along the border on Friday.",
         "AGREE", "proposal", {"ARM"}, {"AZE"}),
        ("Addis Ababa turned down Cairo's offer of talks on the dam, officials said.",
         "AGREE", "offer", {"EGY"}, {"ETH"}),
        ("Islamabad ignored Kabul's proposal for a prisoner exchange.", "AGREE", "proposal", {"AFG"}, {"PAK"}),
        ("Caracas brushed aside a Colombian offer of mediation with the opposition.", "AGREE", "offer", {"COL"}, {"VEN"}),
    ],
)
def test_event_refused_proposal_of_an_act_is_coded(nlp, text, type_, trigger, source, target):
    e = events_starting(nlp, text, type_, trigger)[0]
    assert sides(e) == (source, target), e.rule


@pytest.mark.parametrize(
    "text, absent",
    [
        # a ceasefire refused is no proposal: one refusal, the act folded into it
        ("Baku refused a ceasefire along the border on Friday.", {"CONCEDE", "AGREE"}),
        ("Baku rejected a ceasefire along the border on Friday.", {"CONCEDE", "AGREE"}),
        # a proposal made, not refused, stays the act it proposes
        ("Yerevan proposed a ceasefire along the border on Friday.", {"REJECT"}),
    ],
)
def test_event_refused_act_without_proposal_is_folded(nlp, text, absent):
    from tidings.api import extract

    types = {e.type for e in extract(text, published="2026-05-04", nlp=nlp).events}
    assert not types & absent, types
