"""A capital after "to" of a verb of giving is the government that receives ("extended a loan [to
Hanoi]"; actors/recipient_verbs.csv), where after a verb of motion it stays a place ("flew [to
Hanoi]"). Sentences written for these tests, on the real model."""

from __future__ import annotations

import pytest

from actor_lookup import actors_in
from event_lookup import event_at, sides

RECEIVING = [
    ("Tokyo extended a $300 million loan to Hanoi on Tuesday.", "Hanoi", "VNM"),
    ("The Asian Development Bank granted a loan to Dhaka for flood defences.", "Dhaka", "BGD"),
    ("The Kremlin offered a loan to Havana.", "Havana", "CUB"),
    ("Brussels gave a grant of 40 million euros to Chisinau.", "Chisinau", "MDA"),
]


@pytest.mark.parametrize(("text", "name", "country"), RECEIVING)
def test_actor_capital_receiving_is_its_government(nlp, text, name, country):
    found = [a for a in actors_in(nlp, text) if a.text == name]
    assert [a.country for a in found] == [country]


STAYING_PLACES = [
    # near misses: "to" after a verb of motion or of reaching names where, not who
    ("Japan's prime minister flew to Hanoi on Tuesday.", "Hanoi"),
    ("The EU moved its staff to Nairobi after the attack.", "Nairobi"),
    ("The delegation returned to Havana on Friday.", "Havana"),
]


@pytest.mark.parametrize(("text", "name"), STAYING_PLACES)
def test_actor_capital_reached_stays_a_place(nlp, text, name):
    assert not [a for a in actors_in(nlp, text) if a.text == name]


def test_event_loan_extended_to_a_capital(nlp):
    """The aid noun under the giving verb takes the capital as its recipient."""
    event = event_at("Tokyo extended a $300 million loan to Hanoi on Tuesday.", "AID", "loan")
    assert sides(event) == ({"JPN"}, {"VNM"})
