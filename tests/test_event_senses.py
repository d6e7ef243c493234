"""Word senses that name no event, or another type, beside the near misses that keep theirs:
criticism said as "came under fire", a crowd "met with tear gas", figurative fights and battles,
races and tournaments one withdraws from, troops that are only stationed somewhere, any act of a
kind, weapons ordered as a purchase.

Sentences written for these tests in wire style, not taken from the example corpus; whole
pipeline, real model.
"""

from __future__ import annotations

import pytest

from tidings.api import extract


def _events(nlp, text: str):
    return extract(text, published="2026-05-04", nlp=nlp).events


def _found(nlp, text: str, type_: str, trigger: str) -> bool:
    return any(e.type == type_ and e.trigger.text.lower().startswith(trigger) for e in _events(nlp, text))


@pytest.mark.parametrize(
    "text, type_, trigger, present",
    [
        # "came under fire": criticism when it is over or for something, an attack when it comes from arms
        ("Hungary's government came under fire from rights groups over a new media law.", "ACCUSE", "came", True),
        ("Hungary's government came under fire from rights groups over a new media law.", "ASSAULT", "came", False),
        ("The Dutch health minister came under fire on Tuesday for her handling of the vaccine rollout.", "ASSAULT", "came", False),
        ("The Kenyan police came under heavy criticism from rights groups over the deaths of protesters.", "ACCUSE", "came", True),
        ("The Pakistani army post came under fire from Afghan Taliban fighters overnight.", "ASSAULT", "came", True),
        ("A Ukrainian convoy came under attack from Russian drones near Kherson.", "ASSAULT", "came", True),
        ("The Malian army base came under fire from jihadists over the weekend.", "ASSAULT", "came", True),
        # "met with": force used on a crowd, not a meeting; a plan met with criticism: nothing
        ("Protesters in Nairobi were met with tear gas and water cannon.", "ASSAULT", "met", True),
        ("Protesters in Nairobi were met with tear gas and water cannon.", "CONSULT", "met", False),
        ("Demonstrators in Tbilisi were met with rubber bullets as they approached parliament.", "ASSAULT", "met", True),
        ("The plan met with fierce resistance from Polish farmers.", "CONSULT", "met", False),
        ("The proposal was met with scepticism in Berlin.", "CONSULT", "met", False),
        ("The French minister met with her Moroccan counterpart in Rabat on Monday.", "CONSULT", "met", True),
        # figurative fights and battles
        ("The two parties are locked in a fierce battle for votes in the Punjab.", "ASSAULT", "battle", False),
        ("The Adani group faces a long legal battle in New York.", "ASSAULT", "battle", False),
        ("Firefighters in Greece battled wildfires near Athens for a third day.", "ASSAULT", "battled", False),
        ("Mexico launched a diplomatic offensive to avert the tariffs.", "ASSAULT", "offensive", False),
        ("The Kenyan president promised to fight corruption in the ports.", "ASSAULT", "fight", False),
        ("Ukrainian troops battled Russian forces near Pokrovsk on Tuesday.", "ASSAULT", "battled", True),
        ("Russia launched an offensive in the Kharkiv region in May.", "ASSAULT", "offensive", True),
        ("Indian troops fought Pakistani soldiers along the Line of Control on Sunday.", "ASSAULT", "fought", True),
        # withdrawing from a race or a tournament
        ("The Russian team withdrew from the tournament on Sunday.", "RETREAT", "withdrew", False),
        ("The Senegalese opposition leader withdrew from the presidential race on Friday.", "RETREAT", "withdrew", False),
        ("Russia withdrew its troops from the island on Thursday.", "RETREAT", "withdrew", True),
        ("Ethiopian forces withdrew from the town of Alamata on Monday.", "RETREAT", "withdrew", True),
        # troops that are where they are, not moved
        ("There are currently about 35,000 US troops stationed in Germany.", "MOBILIZE", "stationed", False),
        ("Poland stationed 10,000 soldiers along its border with Belarus.", "MOBILIZE", "stationed", True),
        ("Germany's Bundeswehr is to station a permanent armoured brigade in Lithuania by 2027.", "MOBILIZE", "station", True),
        # signing up is enlisting, not signing an agreement
        ("About 15,000 men signed up for voluntary military service in 2025.", "SUPPORT", "signed", False),
        ("Kenya and Haiti signed a security agreement in Nairobi.", "SUPPORT", "signed", True),
        # weapons ordered: a purchase; forces ordered somewhere: a move
        ("Ryanair ordered 150 Boeing 737 MAX jets, the airline's chief executive said.", "MOBILIZE", "ordered", False),
        ("Poland ordered 96 Apache helicopters from the United States.", "MOBILIZE", "ordered", False),
        ("The Pentagon ordered two aircraft carriers to the eastern Mediterranean.", "MOBILIZE", "ordered", True),
        ("Putin ordered 10,000 more troops to the Kursk region.", "MOBILIZE", "ordered", True),
    ],
)
def test_event_senses_word_sense(nlp, text, type_, trigger, present):
    assert _found(nlp, text, type_, trigger) is present, [(e.type, e.trigger.text) for e in _events(nlp, text)]


@pytest.mark.parametrize(
    "text, type_, trigger, present",
    [
        ("Israel would respond with full force to any attack from Lebanese territory, Katz said.", "ASSAULT", "attack", False),
        ("Washington will sanction any commander who breaks the truce, a US official said.", "ASSAULT", "breaks", False),
        ("Seoul said it would answer any provocation by the North.", "ASSAULT", "provocation", False),
        ("Israel said it had not carried out any strikes in Syria that week.", "ASSAULT", "strikes", True),
        ("Russian drones attacked Odesa overnight, officials said.", "ASSAULT", "attacked", True),
    ],
)
def test_event_senses_any_act_of_a_kind(nlp, text, type_, trigger, present):
    assert _found(nlp, text, type_, trigger) is present, [(e.type, e.trigger.text) for e in _events(nlp, text)]
