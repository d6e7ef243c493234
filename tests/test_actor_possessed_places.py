"""A country named as the owner of a place after a preposition of place ("in Nigeria's Kebbi state", "near Sri
Lanka's Jaffna peninsula") is used as a place, not as an actor: it gets no sector, and it places the bare
institutions of its sentence like "in Nigeria" would. The owner of anything else after "in" ("in Iran's nuclear
programme") stays an actor. Real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_lookup import actors_in


# (text, country mention, its sector)
OWNERS = [
    ("Rebels attacked a village in Congo's Ituri province on Sunday.", "Congo", None),
    ("Gunmen kidnapped six teachers near Mexico's Guerrero state.", "Mexico", None),
    ("Hundreds of farmers rallied in Kenya's Rift Valley.", "Kenya", None),
    ("A drone struck a depot in Russia's Belgorod region overnight.", "Russia", None),
    # near misses: the owner of an act, a policy or a figure is a party
    ("Inspectors found gaps in Iran's nuclear programme.", "Iran", "GOV"),
    ("Economists expect a fall in China's exports this year.", "China", "GOV"),
]


@pytest.mark.parametrize("text,mention,sector", OWNERS)
def test_actor_possessed_places_owner_is_a_place(nlp, text, mention, sector):
    found = [a for a in actors_in(nlp, text) if a.text == mention]
    assert found, [a.text for a in actors_in(nlp, text)]
    assert found[0].sector == sector


# (text, bare institution, its country): the place, not the subject of a clause between, says whose it is
PLACED = [
    ("Fishermen in Ghana's Volta region blocked the port to protest against Togolese trawlers fishing in their "
     "waters, and the navy seized two boats.", "navy", "GHA"),
    ("Villagers in Peru's Puno region marched against Bolivian smugglers operating on the lake, and the police "
     "arrested four men.", "police", "PER"),
]


@pytest.mark.parametrize("text,mention,country", PLACED)
def test_actor_possessed_places_place_the_institutions(nlp, text, mention, country):
    found = [a for a in actors_in(nlp, text) if a.text == mention]
    assert found, [a.text for a in actors_in(nlp, text)]
    assert found[0].country == country
