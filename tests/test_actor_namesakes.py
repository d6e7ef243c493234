"""A name the office-holder table knows, written with another office and in a scene of another country, is a
namesake: it takes the scene's country, not the holder's. The same office in other words ("Premier", "then
President", "Minister" for "External Affairs Minister") is still the holder. Real model; sentences written for
these tests."""

from __future__ import annotations

import pytest

from actor_lookup import actors_in


# (text, person mention, country)
NAMESAKES = [
    ("Colombia's navy seized a drug submarine off the Pacific coast, Defence Minister Pedro Sanchez said.",
     "Defence Minister Pedro Sanchez", "COL"),
    ("Bogota will send more troops to Catatumbo, Defence Minister Pedro Sanchez told reporters.",
     "Defence Minister Pedro Sanchez", "COL"),
    # near misses: the holder's own office, in other words or in a foreign scene
    ("Germany's chancellor met Prime Minister Pedro Sanchez in Berlin.", "Prime Minister Pedro Sanchez", "ESP"),
    ("In New Delhi, Premier Shehbaz Sharif was criticised by the foreign ministry.", "Premier Shehbaz Sharif", "PAK"),
    ("Berlin recalled that then President Donald Trump had ordered troop cuts in Germany.",
     "then President Donald Trump", "USA"),
]


@pytest.mark.parametrize("text,person,country", NAMESAKES)
def test_actor_namesakes_other_office_takes_the_scene(nlp, text, person, country):
    found = [a for a in actors_in(nlp, text) if a.text == person]
    assert found, [a.text for a in actors_in(nlp, text)]
    assert found[0].country == country
