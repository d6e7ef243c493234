"""A city or province before a title, an institution or a group says whose it is ("the Istanbul governor",
"Kharkiv police"), on the real model and the real gazetteer (sentences written for these tests)."""

from __future__ import annotations

import pytest

from actor_lookup import actors_in


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
def test_actors_places_own_the_noun_after_them(nlp, text, mention, country, sector):
    found = [a for a in actors_in(nlp, text) if a.text == mention]
    assert found, [a.text for a in actors_in(nlp, text)]
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
def test_actors_places_need_a_clear_place(nlp, text, word):
    assert all(a.country is None for a in actors_in(nlp, text) if word in a.text)


# (text, mention, country): a place something moves into, out of or borders on is not where a body of the
# sentence stands; a place where things are still is
WHERE = [
    ("WARSAW, 3 May 2026 — Poland tightened its border rules. Guards pushed migrants back into Belarus, a practice "
     "the government has defended.", "government", "POL"),
    ("VILNIUS, 3 May 2026 — Lithuania closed two crossings. Trucks returned from Belarus, the interior ministry "
     "said.", "interior ministry", "LTU"),
    ("WARSAW, 3 May 2026 — Poland sent 4,000 more soldiers to the east. The troops will patrol the frontier with "
     "Belarus, according to the Defense Ministry.", "Defense Ministry", "POL"),
    # near miss: a fronted place of rest sets the scene
    ("WARSAW, 3 May 2026 — Poland tightened its border rules. In Minsk, the Defense Ministry called the move a "
     "provocation.", "Defense Ministry", "BLR"),
]


@pytest.mark.parametrize("text,mention,country", WHERE)
def test_actors_places_of_motion_set_no_country(nlp, text, mention, country):
    found = [a for a in actors_in(nlp, text) if a.text == mention]
    assert found and found[0].country == country, [(a.text, a.country) for a in actors_in(nlp, text)]


# (text, name, is a person): a name the model may tag as a person is a place as the object of a preposition when
# the gazetteer knows it whole, or after "<place noun> of"; people after "of" or "with" stay people
PLACE_NAMES = [
    ("Israeli tanks shelled the outskirts of Khan Younis overnight, the army said.", "Khan Younis", False),
    ("Coalition jets struck the port of Ras Isa on Friday, the group's media office said.", "Ras Isa", False),
    ("Rockets hit the village of Kiryat Shmona, the police said.", "Kiryat Shmona", False),
    ("Fighting spread to the port of Ras Lanuf on Sunday, the army said.", "Ras Lanuf", False),
    ("The arrest of Imran Khan set off protests across Pakistan, his party said.", "Imran Khan", True),
    ("Ukraine's president met with Keir Starmer in London on Monday.", "Keir Starmer", True),
    ("The bill was backed by Pedro Sánchez, who called it historic.", "Pedro Sánchez", True),
    ("Prime Minister Jennifer Mendoza resigned on Monday. The decision was welcomed by her allies, according to "
     "Mendoza.", "Mendoza", True),
]


@pytest.mark.parametrize("text,name,person", PLACE_NAMES)
def test_actors_places_place_names_are_no_people(nlp, text, name, person):
    found = [a for a in actors_in(nlp, text) if a.text == name]
    assert bool(found and found[0].kind == "person") == person, [(a.text, a.kind, a.country) for a in found]
