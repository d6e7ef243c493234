"""Which clause an actor belongs to: acts aimed at no one (resignations), the cause of a move told
once for two coordinated moves, "…, prompting X to act", unnamed gunmen, and the sentence's other
actor when it is another clause's party. Sentences written for these tests in wire style (not taken
from examples/); each class has near-miss negatives next to it."""

from __future__ import annotations

import pytest

from event_lookup import event_at as _event, sides


UNAIMED = [
    # a resignation is aimed at no one, whatever else the sentence names
    ("Peru's prime minister resigned on Friday after weeks of protests over rising crime.", "RETREAT", "resigned", {"PER"}, set()),
    ("Romania's government resigned on Tuesday after losing a confidence vote in parliament.", "RETREAT", "resigned", {"ROU"}, set()),
    ("The Kenyan interior minister stepped down after police killed 30 protesters in Nairobi.", "RETREAT", "stepped", {"KEN"}, set()),
    # near miss: a withdrawal from another country's ground is aimed at it
    ("Serbia withdrew its troops from Kosovo's northern border area on Friday.", "RETREAT", "withdrew", {"SRB"}, {"XKX"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), UNAIMED)
def test_event_dyads_clauses_unaimed_act(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


SHARED_CAUSE = [
    # "A and B after X's act": the cause the parser hangs on the second move is the first's too
    ("India moved troops to the border and put its air force on alert after Pakistani drones struck an airbase in Punjab.",
     "MOBILIZE", "moved", {"IND"}, {"PAK"}),
    ("Greece deployed warships to the Aegean and placed its air force on alert after Turkey sent a survey ship into "
     "disputed waters.", "MOBILIZE", "deployed", {"GRC"}, {"TUR"}),
    ("Guyana said it would deploy troops to the border and call up reservists in response to Venezuela's military buildup.",
     "MOBILIZE", "deploy", {"GUY"}, {"VEN"}),
    # near miss: no other side's act is given as the cause
    ("Germany sent 500 troops to Lithuania and opened a new base there after years of planning.", "MOBILIZE", "sent", {"DEU"}, set()),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), SHARED_CAUSE)
def test_event_dyads_clauses_shared_cause(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


PROMPTED = [
    # "X did A, prompting Y to B": Y does B, in answer to X
    ("North Korea fired two ballistic missiles into the sea, prompting Japan to put its forces on alert.",
     "MOBILIZE", "put", {"JPN"}, {"PRK"}),
    ("China sailed an aircraft carrier through the Taiwan Strait, prompting Taiwan to scramble fighter jets.",
     "MOBILIZE", "scramble", {"TWN"}, {"CHN"}),
    ("Russia and China held joint naval drills in the Sea of Japan on Monday, prompting Japan's air force to scramble "
     "fighter jets.", "MOBILIZE", "scramble", {"JPN"}, {"CHN", "RUS"}),
    # near miss: the prompting act's doer is no coded side
    ("Gunmen killed the mayor of a town in Mexico's Guerrero state, prompting President Claudia Sheinbaum to send "
     "2,000 troops to the state.", "MOBILIZE", "send", {"MEX"}, set()),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), PROMPTED)
def test_event_dyads_clauses_prompted_act(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


UNNAMED_GUNMEN = [
    # gunmen of no stated side are no one's: the victims' country is not the attacker
    ("Gunmen killed 12 villagers in Nigeria's Zamfara state on Sunday.", "ASSAULT", "killed", set(), {"NGA"}),
    ("Armed men stormed a church in Burkina Faso's north on Sunday, killing 15 worshippers.", "ASSAULT", "killing", set(), {"BFA"}),
    # near misses: the state's own forces are its own
    ("Police killed 12 protesters in Nairobi on Tuesday.", "ASSAULT", "killed", {"KEN"}, {"KEN"}),
    ("Myanmar soldiers shot dead three protesters in Mandalay on Sunday.", "ASSAULT", "shot", {"MMR"}, {"MMR"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), UNNAMED_GUNMEN)
def test_event_dyads_clauses_unnamed_gunmen(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


OTHER_CLAUSE = [
    # the party of another clause (a participle, a condition, another act's agent) is not this act's
    ("Russia and China held joint naval drills in the Sea of Japan on Monday, prompting Japan's air force to scramble "
     "fighter jets.", "COOPERATE", "drills", {"CHN", "RUS"}, set()),
    ("Armenia and Azerbaijan signed a peace declaration at the White House, with President Donald Trump hailing it as "
     "historic.", "SUPPORT", "signed", {"ARM", "AZE"}, set()),
    ("Lukashenko pardoned 14 prisoners after a visit to Minsk by a US envoy.", "CONCEDE", "pardoned", {"BLR"}, {"BLR"}),
    # near miss: a phrase of the act's own clause names its counterpart
    ("Moscow expelled two diplomats on Friday, in a deepening row with Tallinn.", "SANCTION", "expelled", {"RUS"}, {"EST"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), OTHER_CLAUSE)
def test_event_dyads_clauses_other_clause_party(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)
