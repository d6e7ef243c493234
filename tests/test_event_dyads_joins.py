"""Which verb a clause the parser hung in the wrong place takes its subject from: a verb joined by
"and" after a closed quotation coordinates with the reporting verb outside it, and a comment
participle (", accusing …", ", calling …") after a subordinate clause comments on the main clause.
Sentences written for these tests in wire style (not taken from examples/); each class has
near-miss negatives next to it."""

from __future__ import annotations

import pytest

from event_lookup import event_at as _event, sides


AFTER_QUOTE = [
    # "X said Y "…" and VERB": the verb after the closing quote mark is X's, not the quoted clause's
    ("Brazil's foreign minister said the summit had been \"a turning point for the Amazon\" and praised Colombia "
     "for its efforts to curb deforestation.", "SUPPORT", "praised", {"BRA"}, {"COL"}),
    ("Erdogan told reporters that the talks were \"very productive\" and invited Greek Prime Minister Kyriakos "
     "Mitsotakis to Ankara.", "AGREE", "invited", {"TUR"}, {"GRC"}),
    ("Japan's defence ministry said Chinese warships \"will not intimidate us\" and condemned Beijing for the drills "
     "near Okinawa.", "ACCUSE", "condemned", {"JPN"}, {"CHN"}),
    ("The Polish prime minister wrote on X that Moscow had \"crossed every line\" and urged NATO allies to send more "
     "air defence systems.", "REQUEST", "urged", {"POL"}, {"NATO"}),
    # near miss: the coordinated verb inside the quotation keeps the quoted subject
    ("Lithuania's president said Russia \"has attacked our railways and will attack them again\".",
     "ASSAULT", "attacked", {"RUS"}, {"LTU"}),
    # near miss: the quotation does not end the clause the verb is joined to
    ("Kyiv said Russian forces had shelled \"purely civilian areas\" in Kherson overnight and detained two Ukrainian volunteers.",
     "COERCE", "detained", {"RUS"}, {"UKR"}),
    # near miss: no quotation, the coordinated verb keeps the subject of its clause
    ("Sudan's army said it had retaken the refinery and shelled RSF positions north of Khartoum.",
     "ASSAULT", "shelled", {"SDN"}, {"SDN"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), AFTER_QUOTE)
def test_event_dyads_joins_verb_after_quote(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


COMMENT_PARTICIPLE = [
    # "X did A after Y did B, accusing/calling …": the comment is X's
    ("Pakistan closed its border crossings after Afghan forces shelled a checkpoint in Kurram, calling the attack "
     "an act of aggression.", "ACCUSE", "calling", {"PAK"}, {"AFG"}),
    ("Ethiopia recalled its envoy to Nairobi after Kenyan police detained two Ethiopian diplomats, accusing Kenya "
     "of violating the Vienna Convention.", "ACCUSE", "accusing", {"ETH"}, {"KEN"}),
    ("Iran summoned the Swiss envoy after a U.S. destroyer entered the Gulf, accusing Washington of a provocation.",
     "ACCUSE", "accusing", {"IRN"}, {"USA"}),
    ("The Philippines lodged a protest with China after Chinese coast guard ships rammed a Philippine supply boat, "
     "accusing Beijing of dangerous manoeuvres.", "ACCUSE", "accusing", {"PHL"}, {"CHN"}),
    # near miss: a participle naming a material act is the subordinate clause's own act
    ("Thailand recalled its ambassador after Cambodian troops crossed the border near Preah Vihear, detaining two "
     "Thai soldiers.", "COERCE", "detaining", {"KHM"}, {"THA"}),
    # near miss: a named actor of the subordinate clause comments on someone else
    ("Mexico recalled its ambassador from Lima after Peru's Congress declared President Claudia Sheinbaum persona non "
     "grata, accusing her of meddling in Peruvian affairs.", "ACCUSE", "accusing", {"PER"}, {"MEX"}),
    # near miss: no subordinate clause between, the comment is the main clause's anyway
    ("Venezuela expelled the Peruvian ambassador on Monday, accusing him of meddling in its internal affairs.",
     "ACCUSE", "accusing", {"VEN"}, {"PER"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), COMMENT_PARTICIPLE)
def test_event_dyads_joins_comment_participle(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)
