"""What a relative clause with an object gap is done to: the noun it hangs on ("migrants whom its
police had detained"), and, when that noun is an act that names no actor ("a move Egypt denounced",
"a law that the Commission condemned"), whoever did the act in the clause around it. Sentences
written for these tests in wire style (not taken from examples/); each class has near-miss
negatives next to it."""

from __future__ import annotations

import pytest

from event_lookup import event_at as _event, sides


RELATIVE_OBJECT = [
    # the act an object relative clause judges is aimed at the one who did it
    ("Ethiopia began filling the dam's reservoir, a move Egypt denounced as a threat to its water security.",
     "ACCUSE", "denounced", {"EGY"}, {"ETH"}),
    ("Iran launched a wave of drones at Israel, an attack that Britain and France condemned.",
     "ACCUSE", "condemned", {"GBR", "FRA"}, {"IRN"}),
    ("Thailand's army shelled positions near the border, a step that Malaysia's foreign minister criticised.",
     "ACCUSE", "criticised", {"MYS"}, {"THA"}),
    ("Hungary's parliament passed a law that the European Commission condemned as a breach of EU rules.",
     "ACCUSE", "condemned", {"EU"}, {"HUN"}),
    # the people an object relative clause hangs on are the ones done to
    ("Mexico released 40 Guatemalan migrants whom its police had detained near the border.",
     "COERCE", "detained", {"MEX"}, {"GTM"}),
    # near miss: a subject relative clause keeps its own object
    ("Kenya praised the Ugandan troops who rescued 30 Kenyan hostages in Somalia.", "SUPPORT", "praised", {"KEN"}, {"UGA"}),
    # near miss: an act that names its own actor is aimed at that actor, not at the clause's subject
    ("Iran's foreign minister flew to Muscat days after an Israeli strike on Tehran that Oman condemned.",
     "ACCUSE", "condemned", {"OMN"}, {"ISR"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), RELATIVE_OBJECT)
def test_event_dyads_relatives_object_gap(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


UNCODED_CLAIMS = [
    # a claim made by a party no code covers, rejected in a relative clause: aimed at no one
    ("Amnesty International accused Peruvian police of torturing detained protesters in Cusco, an allegation "
     "the interior ministry in Lima rejected.", "REJECT", "rejected", {"PER"}, set()),
    ("Human Rights Watch accused Nigerian soldiers of burning villages in Borno state, an accusation the "
     "army in Abuja dismissed as propaganda.", "REJECT", "dismissed", {"NGA"}, set()),
    # near miss: a coded accuser is the one the rejection answers
    ("Rwanda accused Burundian troops of shelling border villages, an accusation the government in Gitega "
     "rejected.", "REJECT", "rejected", {"BDI"}, {"RWA"}),
    ("Lithuania accused Belarusian border guards of pushing migrants across the frontier, an allegation "
     "Minsk denied.", "REJECT", "denied", {"BLR"}, {"LTU"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), UNCODED_CLAIMS)
def test_event_dyads_relatives_uncoded_claim(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)
