"""A demonym before a person's name, past one or two lower-case nouns no title table knows ("Australian writer
Yang Hengjun"), gives the person's country, not the scene's. Real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_lookup import actors_in


# (text, name, country)
NATIONALS = [
    ("A Beijing court sentenced Australian writer Yang Hengjun to death.", "Yang Hengjun", "AUS"),
    ("Israeli forces detained Swedish campaigner Greta Thunberg on a flotilla bound for Gaza.", "Greta Thunberg",
     "SWE"),
    ("Iran released French tourist Lennart Monterlos after seven months in custody.", "Lennart Monterlos", "FRA"),
    ("Ethiopian runner Tigst Assefa won the race in Berlin.", "Tigst Assefa", "ETH"),
    # near miss: a title the tables know ("journalist") already carries the demonym
    ("Russia arrested American journalist Evan Gershkovich on espionage charges.", "Evan Gershkovich", "USA"),
]


@pytest.mark.parametrize("text,name,country", NATIONALS)
def test_actor_people_nationality_demonym_past_a_noun(nlp, text, name, country):
    found = [a for a in actors_in(nlp, text) if a.text.endswith(name)]
    assert found, [a.text for a in actors_in(nlp, text)]
    assert (found[0].kind, found[0].country) == ("person", country)


def test_actor_people_nationality_needs_the_demonym_next_to_the_nouns(nlp):
    text = "A Chinese court sentenced the writer Yang Hengjun to death."
    found = [a for a in actors_in(nlp, text) if a.text.endswith("Yang Hengjun")]
    assert found and not found[0].text.startswith("Chinese")


# (text, person mention as cut, the country named after "to" that must stay an actor of its own or None)
TO_PHRASES = [
    ("Colombia extradited a former FARC commander to the United States on Wednesday.", "former FARC commander",
     "United States"),
    ("Spain extradited a former Venezuelan intelligence chief to the United States.",
     "former Venezuelan intelligence chief", "United States"),
    ("Turkey deported a senior ISIS commander to Iraq last week.", "senior ISIS commander", "Iraq"),
    ("Paraguay extradited a former Brazilian police commander to Brazil on Friday.",
     "former Brazilian police commander", "Brazil"),
    # near misses: an envoy's "to" is the title's own
    ("US Ambassador to Japan George Glass met the prime minister.", "US Ambassador to Japan George Glass", None),
    ("The British ambassador to the UN said the vote was a mistake.", "British ambassador to the UN", None),
]


@pytest.mark.parametrize("text,person,country", TO_PHRASES)
def test_actor_people_nationality_verb_to_phrase_is_not_the_titles(nlp, text, person, country):
    found = {a.text for a in actors_in(nlp, text)}
    assert person in found, found
    assert country is None or country in found
