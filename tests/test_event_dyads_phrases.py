"""Targets named in phrases the parser hangs elsewhere: the partner after the means of a call, the
victims an attack noun's verb counts, the addressee of a participle that restates a request.
Sentences written for these tests in wire style (not taken from examples/); each class has near-miss
negatives next to it."""

from __future__ import annotations

import pytest

from event_lookup import codes as _codes, event_at as _event, sides


MEANS = [
    # "spoke by telephone with X": the partner hangs on the means
    ("Indian Prime Minister Narendra Modi spoke by telephone with Ukrainian President Volodymyr Zelenskiy on Monday.",
     "CONSULT", "spoke", {"IND"}, {"UKR"}),
    ("The Kenyan president spoke via video link with his Ethiopian counterpart on Friday.", "CONSULT", "spoke", {"KEN"}, {"ETH"}),
    # near misses: a disputed topic and a border are no means ("threatened Seoul over its drills with the US")
    ("North Korea threatened Seoul over its joint military drills with the United States.", "THREATEN", "threatened", {"PRK"}, {"KOR"}),
    ("Niamey accused Paris of funding jihadist groups along the border with Mali.", "ACCUSE", "accused", {"NER"}, {"FRA"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), MEANS)
def test_event_dyads_phrases_partner_after_means(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


TOLL = [
    # an attack noun whose verb counts the dead or wounded is aimed at them
    ("A U.S. missile strike on a boat in the Caribbean killed three Colombian fishermen, officials said.",
     "ASSAULT", "missile", {"USA"}, {"COL"}),
    ("An Israeli drone strike on a car in southern Lebanon killed two Hezbollah fighters.", "ASSAULT", "drone", {"ISR"}, {"LBN"}),
    ("A Saudi-led coalition air strike killed 20 Yemeni fishermen off the coast.", "ASSAULT", "air", None, {"YEM"}),
    # near miss: a definite re-mention keeps the sides of the act it names
    ("U.S. jets struck the Yemeni port of Hodeidah on Friday. Houthi television said the raids had killed four people.",
     "ASSAULT", "raids", {"USA"}, {"YEM"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), TOLL)
def test_event_dyads_phrases_toll_victims(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    if source is not None:
        assert _codes(event.source) == source
    assert _codes(event.target) == target


RESTATED = [
    # "called for X, urging A and B to …": the participle names whom the call is aimed at
    ("Pope Leo XIV called for a Christmas truce in Ukraine, urging Moscow and Kyiv to silence their weapons for at "
     "least one day.", "REQUEST", "called", {"VAT"}, {"RUS", "UKR"}),
    ("The Dalai Lama appealed for restraint, urging Beijing to talk to Tibetan leaders.", "REQUEST", "appealed", None, {"CHN"}),
    # near miss: a participle of another kind names no addressee of the call
    ("Serbian students called for a general strike, accusing police of beating protesters in Novi Sad.",
     "REQUEST", "called", {"SRB"}, {"SRB"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), RESTATED)
def test_event_dyads_phrases_restated_request(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    if source is not None:
        assert _codes(event.source) == source
    assert _codes(event.target) == target
