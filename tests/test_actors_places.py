"""A city or province before a title, an institution or a group says whose it is ("the Istanbul governor",
"Kharkiv police"), on the real model and the real gazetteer (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tidings.extract.actors import extract_actors
from tidings.ontology import load_gazetteer, load_ontology


@pytest.fixture(scope="module")
def tables():
    return load_ontology(), load_gazetteer()


def _actors(nlp, tables, text):
    doc = nlp(text)
    ontology, gazetteer = tables
    actors = extract_actors(doc, ontology=ontology, places=doc._.places or [], sets=True, gazetteer=gazetteer)
    for actor in actors:
        assert doc.text[actor.start:actor.end] == actor.text
    return actors


# (text, mention, country, sector)
OWNED = [
    ("The Istanbul governor's office banned all demonstrations in the city until Sunday.", "Istanbul governor", "TUR",
     "GOV"),
    ("Belgorod Governor Vyacheslav Gladkov said Ukrainian drones hit a village overnight.",
     "Belgorod Governor Vyacheslav Gladkov", "RUS", "GOV"),
    ("Kherson regional governor Oleksandr Prokudin said two people were killed by shelling.",
     "Kherson regional governor Oleksandr Prokudin", "UKR", "GOV"),
    ("Texas Governor Greg Abbott ordered more National Guard troops to the border.", "Texas Governor Greg Abbott",
     "USA", "GOV"),
    ("Kharkiv police said three people were wounded in the strike.", "Kharkiv police", "UKR", "COP"),
    ("Istanbul's governor banned the march.", "Istanbul's governor", "TUR", "GOV"),
]


@pytest.mark.parametrize("text,mention,country,sector", OWNED)
def test_actors_places_own_the_noun_after_them(nlp, tables, text, mention, country, sector):
    found = [a for a in _actors(nlp, tables, text) if a.text == mention]
    assert found, [a.text for a in _actors(nlp, tables, text)]
    assert (found[0].country, found[0].sector) == (country, sector)


# (text, word of the mention that must get no country from a place)
NOT_OWNED = [
    # a firm's name that is also a town in two countries
    ("A Mercedes spokesman declined to comment on the recall.", "spokesman"),
    ("Orange chief executive Christel Heydemann said the network was restored.", "chief executive"),
    # no place before the title
    ("Governor Vyacheslav Gladkov said drones hit a village.", "Governor"),
]


@pytest.mark.parametrize("text,word", NOT_OWNED)
def test_actors_places_need_a_clear_place(nlp, tables, text, word):
    assert all(a.country is None for a in _actors(nlp, tables, text) if word in a.text)
