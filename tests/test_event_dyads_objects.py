"""Who an act done to another act is aimed at: the partner named in the "with" phrase of an event
noun as object ("refused to attend talks with Serbia"), and not the third party of a mediation
participle modifying it ("EU-brokered talks"). Sentences written for these tests in wire style
(not taken from examples/); each class has near-miss negatives next to it."""

from __future__ import annotations

import pytest

from event_lookup import event_at as _event, sides


EVENT_PARTNER = [
    # the partner of the talks, deal or cooperation an act is done to is whom it is aimed at
    ("Kosovo's prime minister refused to attend EU-brokered talks with Serbia in Brussels on Tuesday.",
     "REJECT", "refused", {"XKX"}, {"SRB"}),
    ("Venezuela cancelled the planned talks with Guyana over the Essequibo region.", "REJECT", "cancelled", {"VEN"}, {"GUY"}),
    ("Iran suspended its cooperation with the IAEA after the strikes on its nuclear sites.",
     "SANCTION", "suspended", {"IRN"}, {"IAEA"}),
    ("Ethiopia welcomed the Turkish-mediated deal with Somalia over access to the sea.", "SUPPORT", "welcomed", {"ETH"}, {"SOM"}),
    # near miss: a "with" phrase of the verb is its own partner, not the object's
    ("Japan shared intelligence on Chinese naval movements with the Philippines on Monday.", "COOPERATE", "shared", {"JPN"}, {"PHL"}),
    # near miss: the partner of someone else's act is not whom an act on it is aimed at
    ("The French president said his country could block the EU's trade deal with Mercosur.", "REJECT", "block", {"FRA"}, {"EU"}),
    # near miss: one asked to resume talks is the target, not the partner of the talks
    ("Kenya's main opposition party urged the government to resume trade talks with Uganda.", "REQUEST", "urged", {"KEN"}, {"KEN"}),
    # near miss: an object that names no act keeps its own phrases out
    ("Pakistan praised the border fence with Afghanistan as a success.", "SUPPORT", "praised", {"PAK"}, {"AFG"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), EVENT_PARTNER)
def test_event_dyads_objects_event_partner(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


MEDIATOR = [
    # the mediator of a brokered act is not a party of it
    ("Sudan's army rejected the U.S.-brokered truce proposal on Monday.", "REJECT", "rejected", {"SDN"}, set()),
    ("Armenia's prime minister praised the U.S.-brokered peace accord with Azerbaijan.", "SUPPORT", "praised", {"ARM"}, {"AZE"}),
    # near miss: the flag of a ship is its owner's side
    ("The Houthis attacked a British-flagged tanker in the Red Sea.", "ASSAULT", "attacked", {"YEM"}, {"GBR"}),
    # near miss: a named mediator in a by-phrase acts as the third party of the mediation itself
    ("Talks between Thailand and Cambodia were mediated by Malaysia.", "CONSULT", "mediated", {"MYS"}, {"THA", "KHM"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), MEDIATOR)
def test_event_dyads_objects_mediator(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)
