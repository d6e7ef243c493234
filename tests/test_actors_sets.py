"""Plural references to a set of parties named before ("the two leaders", "the mediators", "the two
Koreas", "They"), on the real model: one mention per member, all on the noun's span."""

from __future__ import annotations

import pytest

from tidings.extract.actors import extract_actors
from tidings.ontology import load_ontology


def _sets(nlp, text):
    doc = nlp(text)
    actors = extract_actors(doc, ontology=load_ontology(), places=doc._.places or [], sets=True)
    for actor in actors:
        assert doc.text[actor.start:actor.end] == actor.text
    return actors


# (text, the set's word, the members' codes)
SETS = [
    # people named together in the sentence before
    ("TEHRAN, 3 May 2026 — Iranian President Masoud Pezeshkian held a phone call with French President "
     "Emmanuel Macron on Sunday. The two leaders discussed ways to prevent escalation.", "leaders", {"IRN", "FRA"}),
    # or in another clause of the same sentence
    ("Egypt's President Abdel Fattah al-Sisi spoke with Jordan's King Abdullah on Monday, his office said, and "
     "the two men agreed to coordinate their positions.", "men", {"EGY", "JOR"}),
    # the noun's earlier full form
    ("KHARTOUM, 3 May 2026 — Saudi and US mediators announced a truce on Saturday. Aid agencies were cautious. "
     "This time the mediators have promised consequences.", "mediators", {"SAU", "USA"}),
    # a noun that names its members
    ("SEOUL, 3 May 2026 — Trade between the two Koreas stopped in 2016.", "Koreas", {"PRK", "KOR"}),
    # a pair with no earlier full form: the article's main pair
    ("NAIROBI, 3 May 2026 — Kenya accused Somalia of violating its airspace on Sunday. Somalia rejected the charge. "
     "Kenya recalled its ambassador from Mogadishu, and Somalia closed its border. The African Union called on "
     "both governments to show restraint.", "governments", {"KEN", "SOM"}),
    ("Vietnam and China held talks on the South China Sea on Monday. Vietnam said the talks were frank. China said "
     "it wanted calm. Analysts said the two countries remained far apart.", "countries", {"VNM", "CHN"}),
    ("LIMA, 3 May 2026 — Peru and Ecuador exchanged fire along their border on Friday, and Ecuador blamed Peru for "
     "the clash. Peru denied it. Brazil offered to mediate between the two neighbours.", "neighbours", {"PER", "ECU"}),
    ("Greek Prime Minister Kyriakos Mitsotakis said Greece would defend its waters. Turkey said Greece was "
     "provoking it, and Turkish President Recep Tayyip Erdogan warned Athens. Weeks later, the two men met in "
     "Ankara.", "men", {"GRC", "TUR"}),
    # a set noun the article's country alone would give to one side
    ("RIYADH, 3 May 2026 — Saudi Foreign Minister Faisal bin Farhan met Iranian Foreign Minister Abbas Araghchi on "
     "Sunday. The ministers agreed to set up a joint committee.", "ministers", {"SAU", "IRN"}),
    # people no sentence just named: the leaders of the article's main pair
    ("TOKYO, 3 May 2026 — Japan and South Korea agreed on Monday to share defence data. Japan said the deal was "
     "historic, and South Korea welcomed it. History remained the sore point. The leaders did not sign a joint "
     "declaration.", "leaders", {"JPN", "KOR"}),
    # a pair word before adjectives still counts the pair
    ("India and Pakistan agreed to a ceasefire on Saturday. India said the truce was holding, and Pakistan agreed. "
     "India and Pakistan will hold talks. The two nuclear-armed neighbours have fought three wars.", "neighbours",
     {"IND", "PAK"}),
    ("RIYADH, 3 May 2026 — Saudi Arabia and Iran held talks in Beijing. Saudi Arabia said the talks were useful, "
     "and Iran agreed. Relations between the two regional rivals were cut in 2016.", "rivals", {"SAU", "IRN"}),
    # a counted pair after a coordination of two codes in its own sentence
    ("Kenya and Uganda will settle part of their trade in local currencies after the two central banks signed a "
     "swap line on Monday.", "banks", {"KEN", "UGA"}),
    # "They" after a coordinated subject
    ("ADDIS ABABA, 3 May 2026 — Ethiopia and Eritrea fought a border war from 1998 to 2000. They signed a peace "
     "deal in 2018.", "They", {"ETH", "ERI"}),
]


@pytest.mark.parametrize("text,word,codes", SETS)
def test_actors_sets_members_share_the_span(nlp, text, word, codes):
    members = [a for a in _sets(nlp, text) if a.text == word]
    assert {a.code or a.country for a in members} == codes, [(a.text, a.country) for a in members]
    assert len({(a.start, a.end) for a in members}) == 1


NOT_SETS = [
    # a describing modifier: a group of its own
    ("ABUJA, 3 May 2026 — Nigeria's President Bola Tinubu met Ghana's President John Mahama on Monday. The West "
     "African leaders said they would meet again.", "leaders"),
    # an indefinite noun introduces someone new
    ("Iranian President Masoud Pezeshkian spoke with French President Emmanuel Macron. Two leaders of the "
     "opposition criticized the call.", "leaders"),
    # "They" after a subject of one country
    ("Serbian students blocked a bridge in Belgrade on Sunday. They demanded new elections.", "They"),
    # three people: no pair
    ("Macron met Merz and Starmer in Paris. The leaders agreed to send more aid.", "leaders"),
    # ministers of one country keep it
    ("ANKARA, 3 May 2026 — Turkish Foreign Minister Hakan Fidan met Interior Minister Ali Yerlikaya on Sunday. The "
     "ministers agreed to tighten border controls.", "ministers"),
    # no pair stands out: three countries named as often
    ("Egypt, Qatar and Turkey sent aid to Gaza. Egypt opened a crossing, Qatar paid salaries and Turkey sent a ship. "
     "The UN thanked the two countries.", "countries"),
    # a one-country story: the second code is named too rarely to be the other side
    ("BOGOTA, 3 May 2026 — Colombia's government resumed talks with the ELN rebels. Colombia's army halted "
     "operations, Colombian police freed two prisoners and Colombian negotiators arrived in Caracas. Colombia's "
     "interior minister said Colombia wanted peace, and Colombia's defence minister said Colombian troops would stay "
     "in their barracks. Venezuela hosted the talks, and Venezuela's foreign minister "
     "praised both delegations.", "delegations"),
    ("Macron met Merz and Starmer in Paris. The leaders agreed to send more aid.", "leaders"),
    # a coordination of two parties of one country and a third code beside it: no pair of the sentence
    ("Sudan's army and the RSF agreed to a truce in Jeddah, but the United Nations warned that both sides were "
     "still shelling El Fasher.", "sides"),
    # a coordination of three codes names no pair
    ("Egypt, Qatar and Turkey sent aid to Gaza on Monday, and the UN thanked the two countries.", "countries"),
]


@pytest.mark.parametrize("text,word", NOT_SETS)
def test_actors_sets_need_a_pair(nlp, text, word):
    members = [a for a in _sets(nlp, text) if a.text == word and (a.country or a.code)]
    assert len({a.code or a.country for a in members}) < 2, [(a.text, a.country) for a in members]

