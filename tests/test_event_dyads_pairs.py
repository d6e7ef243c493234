"""The article's two sides ("the two sides agreed", "urged both countries"): counted from the dyads
its sentences state, each event's vote shared among the pairs it names, so that allies acting
together toward others are no pair. Articles written for these tests in wire style (not taken from
examples/)."""

from __future__ import annotations

import pytest

from event_lookup import codes as _codes
from event_lookup import events_starting
from tidings.api import extract


TWO_SIDES = [
    ("Egypt and Qatar urged Israel to reopen the Rafah crossing on Monday. Egypt and Qatar also urged Hamas to free "
     "the hostages. Israeli troops clashed with Hamas fighters near Khan Younis overnight. The two sides agreed to a "
     "three-day truce on Tuesday.", "CONCEDE", "agreed", {"ISR", "PSE"}),
    ("France and Germany called on Serbia to recognise Kosovo. Paris and Berlin also urged Kosovo to create the "
     "association of Serb municipalities. Serbian police detained two Kosovo officials near the border. The two sides "
     "will meet in Brussels next week.", "AGREE", "meet", {"SRB", "XKX"}),
    ("Turkey hosted a new round of talks between Russian and Ukrainian delegations in Istanbul on Friday. The talks "
     "ended after an hour, with both sides agreeing to swap 500 prisoners each.", "CONCEDE", "agreeing", {"RUS", "UKR"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "sides"), TWO_SIDES)
def test_event_dyads_pairs_two_sides(nlp, text, type_, trigger, sides):
    hits = events_starting(nlp, text, type_, trigger)
    assert _codes(hits[-1].source) | _codes(hits[-1].target) == sides


RIVALS = [
    # "the rival delegations", "the rival governments": the article's two sides
    ("Sudan's army and the Rapid Support Forces fought in Khartoum on Sunday. Saudi mediators hosted the rival "
     "delegations in Jeddah on Monday.", "CONSULT", "hosted", {"SDN"}),
    ("Armenian and Azerbaijani troops exchanged fire on the border on Sunday. The European Union urged the rival "
     "governments to return to talks.", "REQUEST", "urged", {"ARM", "AZE"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "target"), RIVALS)
def test_event_dyads_pairs_rival_sides(nlp, text, type_, trigger, target):
    hits = events_starting(nlp, text, type_, trigger)
    assert _codes(hits[-1].target) == target


def test_event_dyads_pairs_rival_of_one_side_is_no_pair(nlp):
    """Near miss: a possessive "rival party's leader" is one party of one country, no pair."""
    text = ("Armenian and Azerbaijani troops exchanged fire on the border on Sunday. In Yerevan, the rival party's "
            "leader criticised the government.")
    events = extract(text, published="2026-05-04", nlp=nlp).events
    hits = [e for e in events if e.type == "ACCUSE"]
    assert hits and _codes(hits[-1].source) == {"ARM"}
