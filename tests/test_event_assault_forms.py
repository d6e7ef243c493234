"""ASSAULT as wire copy tells it: who did an attack when the text names the agent only in a claim,
a blame or "behind" phrase, the sides of clashes "between" two parties, tolls told in a clause of
time or by those who "died in" an attack, bomb blasts, and the senses of violent words that name
no attack (sport, markets, film, policy aims). Sentences written for these tests in wire style
(not taken from examples/), run on the real model."""

from __future__ import annotations

import pytest

from tidings.api import extract


def _codes(actors) -> set[str]:
    return {a.code or a.country for a in actors}


def _events(nlp, text: str):
    return extract(text, published="2026-05-04", nlp=nlp).events


def _assault(nlp, text: str, trigger: str):
    events = [e for e in _events(nlp, text) if e.type == "ASSAULT" and e.trigger.text.lower().startswith(trigger)]
    assert events, [(e.type, e.trigger.text) for e in _events(nlp, text)]
    return events[0]


SIDES = [
    # a claim of responsibility names the attacker, also past a date's possessive
    ("The Pakistani Taliban claimed responsibility for Monday's suicide bombing in Peshawar.",
     "bombing", {"PAK"}, {"PAK"}),
    ("Al Shabaab claimed responsibility for the attack on a Kenyan military base.", "attack", {"SOM"}, {"KEN"}),
    # the agent of a claiming participle on the attack a toll was taken in
    ("Twelve soldiers were killed in an attack claimed by Islamic State West Africa Province in Nigeria.",
     "killed", {"NGA"}, {"NGA"}),
    # blamed on someone, in the passive
    ("The bombing of a police compound in Peshawar was blamed on the Pakistani Taliban.", "bombing", {"PAK"}, {"PAK"}),
    # who was behind the weapon that killed
    ("Police said FARC dissidents were behind a truck bomb that killed six people in Cali.", "killed", {"COL"}, {"COL"}),
    # the accused of an act, when the parser hangs the gerund on them
    ("Human Rights Watch accused Ethiopian federal troops of executing dozens of civilians in the Amhara region.",
     "executing", {"ETH"}, {"ETH"}),
    # clashes between two parties: both are the source; one country's two parties are source and target
    ("Clashes between Israeli troops and Palestinians in Jenin left two dead.", "clashes", {"ISR", "PSE"}, set()),
    ("Heavy fighting between the army and the RSF raged in Khartoum on Saturday.", "fighting", {"SDN"}, {"SDN"}),
    # those who died in an attack are its target
    ("Nine Nigerien soldiers died in an ambush near the border with Mali on Sunday.", "ambush", set(), {"NER"}),
    # an attack with no named agent on the people of one country is not that country's own act
    ("The kidnapping of 40 students in Nigeria's Kaduna state drew national outrage.", "kidnapping", set(), {"NGA"}),
    ("An attack on a church in Nigeria's Ondo state killed at least 40 worshippers.", "attack", set(), {"NGA"}),
    # bomb blasts are attacks; their toll names the victims
    ("A car bomb explosion killed seven people in the Syrian town of Manbij on Saturday.", "explosion", set(), {"SYR"}),
    ("A roadside blast killed four Pakistani soldiers in North Waziristan on Tuesday.", "blast", set(), {"PAK"}),
    # armed men of no stated side killed: no country is the target; with a nationality, theirs
    ("Kenyan police said they shot dead five gunmen near the Somali border in Mandera county.", "shot", {"KEN"}, set()),
    ("The Nigerian army said it killed 22 jihadists in an air raid in Borno state.", "killed", {"NGA"}, set()),
    ("Israeli forces killed three Palestinian militants in Jenin.", "killed", {"ISR"}, {"PSE"}),
    # shells hurled at an island
    ("North Korea hurled artillery shells towards a South Korean island, Seoul said.", "hurled", {"PRK"}, {"KOR"}),
]


@pytest.mark.parametrize(("text", "trigger", "source", "target"), SIDES)
def test_event_assault_forms_sides(nlp, text, trigger, source, target):
    event = _assault(nlp, text, trigger)
    assert (_codes(event.source), _codes(event.target)) == (source, target), event.rule


def test_event_assault_forms_toll_in_a_clause_of_time_is_the_attack(nlp):
    """'were killed when missiles struck': one attack, told by the clause of time."""
    events = [e for e in _events(nlp, "Five people were killed when Russian missiles struck the centre of "
                                      "Zaporizhzhia, officials said.") if e.type == "ASSAULT"]
    assert [(e.trigger.text, _codes(e.source), _codes(e.target)) for e in events] == [("struck", {"RUS"}, {"UKR"})]


def test_event_assault_forms_an_attack_that_set_fire_is_done(nlp):
    """'set' plans only with a complement ('is set to visit'): an attack that set fire to a depot is done."""
    event = _assault(nlp, "A Ukrainian drone attack set fire to an oil depot in Russia's Bryansk region.", "attack")
    assert event.status == "asserted"


NO_ATTACK = [
    ("Mbappe shot France into the lead with a header in the 20th minute.", "shot"),
    ("Shares of the Indian carmaker shot up 12 percent after the earnings report.", "shot"),
    ("The director is shooting a film about the war in Morocco this summer.", "shooting"),
    ("The shooting of the film began in Morocco last month.", "shooting"),
    ("The Bank of England will target inflation of 2 percent, the governor said.", "target"),
    ("The Chinese carmaker is targeting younger buyers in Europe with a cheaper model.", "targeting"),
    ("The film bombed at the box office in China.", "bombed"),
    ("Trump blew up the trade deal with Canada on Friday.", "blew"),
    ("A gas explosion killed five people in a Moscow apartment building.", "explosion"),
    ("The opposition leader unleashed a blast of criticism at the finance minister on Tuesday.", "blast"),
    ("An explosion of food prices has pushed millions into hunger, the World Bank said.", "explosion"),
]


@pytest.mark.parametrize(("text", "trigger"), NO_ATTACK)
def test_event_assault_forms_near_misses(nlp, text, trigger):
    found = [e for e in _events(nlp, text) if e.type == "ASSAULT" and e.trigger.text.lower().startswith(trigger)]
    assert not found, [(e.trigger.text, e.rule) for e in found]
