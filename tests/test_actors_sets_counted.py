"""A set noun counted by a number above two ("the three capitals", "the four governments") stands for a
coordination of exactly as many parties named before it in its own sentence. Sentences written for this test;
near misses: a count that does not match the coordination, and a count with nothing named before it."""

from __future__ import annotations

import pytest

from actor_lookup import actors_in
from event_lookup import codes, event_at

COUNTED = [
    ("Estonia, Latvia and Lithuania closed their borders to Russian cars, and Moscow condemned the three countries "
     "for the move.", "countries", {"EST", "LVA", "LTU"}),
    ("Kenya, Uganda and Tanzania signed a customs pact, and the three leaders met in Arusha.", "leaders",
     {"KEN", "UGA", "TZA"}),
    ("Chile, Peru and Colombia expelled Venezuelan diplomats on Friday, and Caracas recalled its envoys from the "
     "three capitals.", "capitals", {"CHL", "PER", "COL"}),
    ("France, Germany, Italy and Spain backed the plan on Monday, and Hungary criticised the four governments.",
     "governments", {"FRA", "DEU", "ITA", "ESP"}),
]

NOT_COUNTED = [
    # the count and the coordination disagree
    ("Estonia and Latvia closed their borders to Russian cars, and Moscow condemned the three countries for the "
     "move.", "countries"),
    ("Chile, Peru and Colombia expelled Venezuelan diplomats on Friday, and Caracas recalled its envoys from the "
     "four capitals.", "capitals"),
    ("Estonia, Latvia and Lithuania closed their borders to Russian cars, and Moscow condemned the two countries "
     "for the move.", "countries"),
    # nothing named before it
    ("The three leaders met in Arusha on Monday to discuss a customs pact.", "leaders"),
]


@pytest.mark.parametrize(("text", "word", "members"), COUNTED)
def test_actors_sets_counted_members(nlp, text, word, members):
    found = [a for a in actors_in(nlp, text) if a.text == word]
    assert {a.code or a.country for a in found} == members
    assert len({(a.start, a.end) for a in found}) == 1


@pytest.mark.parametrize(("text", "word"), NOT_COUNTED)
def test_actors_sets_counted_needs_as_many(nlp, text, word):
    found = [a for a in actors_in(nlp, text) if a.text == word and (a.code or a.country)]
    assert len({a.code or a.country for a in found}) < 2


SIDES = [
    ("Chile, Peru and Colombia expelled Venezuelan diplomats on Friday, and Caracas recalled its envoys from the "
     "three capitals.", "SANCTION", "recalled", {"VEN"}, {"CHL", "PER", "COL"}),
    ("Estonia, Latvia and Lithuania closed their borders to Russian cars, and Moscow condemned the three countries "
     "for the move.", "ACCUSE", "condemned", {"RUS"}, {"EST", "LVA", "LTU"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), SIDES)
def test_actors_sets_counted_event_sides(nlp, text, type_, trigger, source, target):
    event = event_at(text, type_, trigger)
    assert codes(event.source) == source
    assert codes(event.target) == target
