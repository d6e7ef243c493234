"""A town the model takes for a person or a firm is no actor of its own: as a verb's object or a noun's modifier it
stands for its ground (the place's country, no sector), after "the towns of" it is nothing; people keep their
names. Real model and gazetteer; sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_lookup import actors_in


# (text, place as written, its country)
GROUNDS = [
    ("Israeli troops stormed Khan Younis on Tuesday after a night of air strikes.", "Khan Younis", "PSE"),
    ("Israeli forces raided Jenin and Tulkarem overnight, the Palestinian health ministry said.", "Jenin", "PSE"),
    ("Ukrainian drones hit the Ryazan oil refinery overnight, setting off a large fire.", "Ryazan", "RUS"),
    ("Ukrainian drones set fire to the Volgograd refinery on Sunday.", "Volgograd", "RUS"),
    ("Houthi drones targeted the Eilat port, the Israeli army said.", "Eilat", "ISR"),
]


@pytest.mark.parametrize("text,place,country", GROUNDS)
def test_actor_grounds_place_is_its_country_not_a_person(nlp, text, place, country):
    found = [a for a in actors_in(nlp, text) if a.text == place]
    assert found, [a.text for a in actors_in(nlp, text)]
    assert (found[0].kind, found[0].country, found[0].sector) == ("country", country, None)


# (text, name that stays a person)
PEOPLE = [
    ("Prime Minister Keir Starmer met Ursula von der Leyen in Brussels on Monday.", "Ursula von der Leyen"),
    ("President Lula received Pedro Sanchez at the Planalto palace.", "Pedro Sanchez"),
    ("President Donald Trump met Lula at the White House.", "Lula"),
    ("Police questioned Carlos Santana about the shooting.", "Carlos Santana"),
]


@pytest.mark.parametrize("text,name", PEOPLE)
def test_actor_grounds_people_stay_people(nlp, text, name):
    found = [a for a in actors_in(nlp, text) if a.text == name]
    assert found and found[0].kind == "person", [(a.text, a.kind) for a in actors_in(nlp, text)]


def test_actor_grounds_towns_of_are_no_actor(nlp):
    text = "Lebanese soldiers moved into positions near the towns of Khiam and Kfar Kila within hours."
    assert [a.text for a in actors_in(nlp, text)] == ["Lebanese soldiers"]
