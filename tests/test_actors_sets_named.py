"""Names of fixed groups of countries ("the Baltic states", "the Nordic countries") stand for their members
(named_sets.csv). Sentences written for this test; near misses: the same adjective on another noun, and the
group counted or taken in part."""

from __future__ import annotations

import pytest

from actor_lookup import actors_in
from event_lookup import codes, event_at

BALTIC = {"EST", "LVA", "LTU"}

NAMED = [
    ("The Baltic states expelled Russian diplomats on Monday.", "Baltic states", BALTIC),
    ("Moscow warned the Baltics against closing the border crossings.", "Baltics", BALTIC),
    ("The Nordic countries pledged new aid to Ukraine on Monday.", "Nordic countries", {"DNK", "FIN", "ISL", "NOR", "SWE"}),
    ("Ministers of the Benelux countries met in Luxembourg on Friday.", "Benelux countries", {"BEL", "NLD", "LUX"}),
]

NOT_NAMED = [
    "Russian warships sailed into the Baltic Sea on Monday.",
    "Two Baltic states, Estonia and Latvia, expelled Russian diplomats on Monday.",
    "Sweden and the other Nordic countries pledged new aid to Ukraine.",
    "Nordic banks cut their exposure to Russian bonds last year.",
]


@pytest.mark.parametrize(("text", "name", "members"), NAMED)
def test_actors_sets_named_members(nlp, text, name, members):
    found = [a for a in actors_in(nlp, text) if a.text == name]
    assert {a.code or a.country for a in found} == members
    assert len({(a.start, a.end) for a in found}) == 1


@pytest.mark.parametrize("text", NOT_NAMED)
def test_actors_sets_named_only_the_whole_group(nlp, text):
    found = {a.code or a.country for a in actors_in(nlp, text)}
    assert not ({"LTU", "DNK", "ISL"} & found)


def test_actors_sets_named_event_sides(nlp):
    event = event_at("Moscow accused the Baltic states of harassing Russian-speaking residents.", "ACCUSE", "accused")
    assert codes(event.source) == {"RUS"}
    assert codes(event.target) == BALTIC
