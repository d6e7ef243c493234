"""The noun phrase a pronoun stands for (extract/anaphora.py), and the trigger constraints that
read it: "intercepted a boat carrying migrants and [returned them]", "[They] were being held".

Sentences written for these tests in wire style, not taken from the example corpus; real model.
"""

from __future__ import annotations

import pytest

from event_lookup import events_starting, sides
from tidings.api import extract
from tidings.extract.anaphora import AnaphorWords, antecedent
from tidings.ontology import load_ontology


@pytest.fixture(scope="module")
def words():
    return AnaphorWords.of(load_ontology().events)


def _antecedent(nlp, words, text: str, pronoun: str, nth: int = 0) -> str | None:
    doc = nlp(text)
    bounds = [(0, 0)] * len(doc)
    for sent in doc.sents:
        bounds[sent.start:sent.end] = [(sent.start, sent.end)] * (sent.end - sent.start)
    pron = [t for t in doc if t.text == pronoun][nth]
    found = antecedent(pron, bounds=bounds, words=words)
    return found.text if found is not None else None


@pytest.mark.parametrize(
    "text, pronoun, expected",
    [
        # the object of the verb the pronoun's verb is coordinated with, or a noun inside it
        ("The Greek coast guard stopped a dinghy carrying 60 Afghan migrants near Lesbos and towed them back to Turkish waters.", "them", "migrants"),
        ("Italian police seized two fishing trawlers off Lampedusa and escorted them to port.", "them", "trawlers"),
        # the same sentence, clause by clause: the subject of the main clause before a noun of its phrases
        ("Kenyan nurses walked off the job over unpaid allowances, a week after a labour court ordered them back to work.", "them", "nurses"),
        ("Tokyo postponed the naval drills last spring to ease tensions, but restarted them in October.", "them", "drills"),
        # an earlier sentence: its subject first, through a quantifier ("dozens of")
        ("Dozens of farmers gathered outside the agriculture ministry on Friday, waving flags. Riot police pushed them back from the gates.", "them", "farmers"),
        ("Belgrade dismissed the accusations on Monday. The interior minister called them baseless.", "them", "accusations"),
        ("Three reporters were detained in Minsk last week, their editor said. They were being held at a detention centre on Friday.", "They", "reporters"),
        # number and person agree: "it" skips people and plurals, "he" wants a person
        ("The army sent a convoy of fuel trucks to the besieged town, but it was turned back at a checkpoint.", "it", "convoy"),
        ("Prosecutors charged the former governor on Tuesday. He was taken into custody the same day.", "He", "governor"),
        # the pronoun's own clause subject is never its antecedent
        ("The protesters marched to parliament, where riot police dispersed them with water cannon.", "them", "protesters"),
        # a part of a set told with its size, its noun left out; not a definite "the group"
        ("Riot police detained 300 demonstrators in Tbilisi overnight. Most were freed on Sunday.", "Most", "demonstrators"),
        ("Hundreds of French farmers blocked the motorway near Lyon, and a smaller group stormed the prefecture.", "group", "farmers"),
        ("Riot police detained demonstrators in Tbilisi overnight. Most were freed on Sunday.", "Most", None),
        ("Hamas released a statement on Sunday. The group said the talks had stalled.", "group", None),
        # no phrase: a pleonastic or reporting "it", a demonstrative with its own description
        ("It is likely that the talks will resume next week.", "It", None),
        ("The ministry of defence announced new drills, and it said more would follow.", "it", None),
        ("Eleven detainees were freed on Sunday and those released were flown to Doha.", "those", None),
    ],
)
def test_anaphora_antecedent(nlp, words, text, pronoun, expected):
    assert _antecedent(nlp, words, text, pronoun) == expected


def _events(nlp, text: str):
    return [(e.type, e.trigger.text.lower()) for e in extract(text, published="2026-05-04", nlp=nlp).events]


@pytest.mark.parametrize(
    "text, type_, trigger, present",
    [
        # a class constraint of the trigger's row read through the pronoun
        ("Belgrade dismissed the accusations on Monday. The interior minister called them baseless.", "REJECT", "called", True),
        ("Three bloggers were arrested in Minsk last week, their editor said. They were being held at Okrestina prison on Friday.", "COERCE", "held", True),
        ("The Greek coast guard stopped a dinghy carrying 60 Afghan migrants near Lesbos and returned them to Turkey.", "COERCE", "returned", True),
        ("Riot police detained 300 demonstrators in Tbilisi overnight. Most were freed on Sunday.", "RETREAT", "freed", True),
        ("Hundreds of French farmers blocked the motorway near Lyon, and a smaller group stormed the prefecture.", "PROTEST", "stormed", True),
        # near misses: the antecedent is of another class, or no phrase at all
        ("The storage depot had been emptied weeks earlier. Officials said they were holding it in reserve.", "COERCE", "holding", False),
        ("The company announced new dividends on Monday. Its chairman called them generous.", "REJECT", "called", False),
        # a handing over of the captives just freed is the release told again; another act is not
        ("Houthi rebels freed 12 kidnapped aid workers on Sunday and handed them over to the Red Cross.", "RETREAT", "handed", False),
        ("Houthi rebels freed 12 kidnapped aid workers on Sunday and handed them over to the Red Cross.", "RETREAT", "freed", True),
        ("Police arrested 20 students in Tbilisi and later deported them to Armenia.", "COERCE", "deported", True),
    ],
)
def test_anaphora_trigger_constraints(nlp, text, type_, trigger, present):
    assert ((type_, trigger) in _events(nlp, text)) == present


@pytest.mark.parametrize(
    "text, type_, trigger, source, target",
    [
        # a pronoun's sides come from the phrase it stands for, before the most recent actor
        ("Houthi forces attacked a Liberian-flagged cargo ship in the Red Sea on Tuesday. It was hit by two missiles and caught fire.",
         "ASSAULT", "hit", {"YEM"}, {"LBR"}),
        # an object pronoun never stands for the subject its verb shares with a coordinated one
        ("Pakistani police stopped a bus carrying 40 Afghan refugees near Peshawar and deported them the next day.",
         "COERCE", "deported", {"PAK"}, {"AFG"}),
        # near misses: a reporter still stands for the pronoun of its report
        ("Iran said the United States would attack it.", "ASSAULT", "attack", {"USA"}, {"IRN"}),
        ("Russia said it had shot down 30 Ukrainian drones overnight.", "ASSAULT", "shot", {"RUS"}, {"UKR"}),
    ],
)
def test_anaphora_sides(nlp, text, type_, trigger, source, target):
    hits = events_starting(nlp, text, type_, trigger)
    assert sides(hits[0]) == (source, target)
