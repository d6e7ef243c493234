"""Actors a sentence names by a short form, an epithet, a capital under a noun or a generic group noun, on the real
model (sentences written for these tests, in the register of wire copy)."""

from __future__ import annotations

import pytest

from test_actors import actors_of, check, find

# (text, mention, country, sector)
NAMED = [
    # a short form repeats a capitalised word of a body named before
    ("The US Treasury Department imposed sanctions on three Chinese refineries on Monday. The Treasury said the "
     "firms had bought Iranian crude.", "Treasury", "USA", "GOV"),
    ("The Treasury Department is preparing measures against the tankers. The Treasury has shared intelligence "
     "with India, officials said.", "Treasury", "USA", "GOV"),
    # ... also when the model tags it as a nationality
    ("Iran's Islamic Revolutionary Guard Corps seized a tanker in the Strait of Hormuz. The Guards have seized at "
     "least five vessels since 2019.", "Guards", "IRN", "MIL"),
    # epithets for Israel in the statements of its adversaries
    ("A Hezbollah commander said the Zionist entity would pay a price.", "Zionist entity", "ISR", "GOV"),
    ("Iran's supreme leader said the Zionist regime would be punished.", "Zionist regime", "ISR", "GOV"),
    # a capital after "to" under a noun is a party, not a destination
    ("Beijing's reply to Washington was swift.", "Washington", "USA", "GOV"),
    ("Japan's loans to Manila have grown since 2020.", "Manila", "PHL", "GOV"),
    # UN agencies without a code of their own are the UN
    ("IOM said 40 migrants drowned off Libya on Sunday.", "IOM", None, "IGO"),
    ("The Food and Agriculture Organization warned of famine in Sudan.", "Food and Agriculture Organization", None,
     "IGO"),
    # armed groups by a generic noun
    ("Peru accused Colombian paramilitaries of smuggling arms across the border.", "Colombian paramilitaries", "COL",
     "REB"),
]


@pytest.mark.parametrize("text,mention,country,sector", NAMED)
def test_actors_short_forms_name_an_actor(nlp, text, mention, country, sector):
    check(find(actors_of(nlp, text), mention), country=country, sector=sector)


# (text, word that must name no coded actor)
NOT_NAMED = [
    # another country's finance ministry says nothing about whose Treasury it is
    ("Britain's finance ministry said growth slowed. The Treasury will publish new figures on Monday.", "Treasury"),
    # a capital after "to" under a verb of motion is a destination
    ("The delegation returned to Beijing on Monday.", "Beijing"),
    ("Several ministers flew to Moscow for the parade.", "Moscow"),
    # a movement or an adjective is no state
    ("The Zionist movement was founded in Basel in 1897.", "Zionist movement"),
]


@pytest.mark.parametrize("text,word", NOT_NAMED)
def test_actors_short_forms_need_their_antecedent(nlp, text, word):
    assert all(not (a.country or a.code) for a in actors_of(nlp, text) if word in a.text)


# (text, mention, occurrence, country or code): "its"/"their" opening a sentence continue the last subject
POSSESSIVE = [
    ("Israel struck targets in Gaza on Sunday. Its defence minister said more strikes would follow.",
     "defence minister", 0, "ISR"),
    ("The UN peacekeeping force UNIFIL said it had recorded no violations. Its commander met Israeli and Lebanese "
     "officers on Monday.", "commander", 0, "UN"),
    # in its own sentence the context decides: the subject, not the country named last
    ("Iran summoned Britain's ambassador, and its foreign minister said London would regret it.", "foreign minister",
     0, "IRN"),
]


@pytest.mark.parametrize("text,mention,occurrence,owner", POSSESSIVE)
def test_actors_short_forms_its_title_follows_the_last_subject(nlp, text, mention, occurrence, owner):
    actor = find(actors_of(nlp, text), mention, occurrence)
    assert (actor.code or actor.country) == owner, (actor.code, actor.country)
