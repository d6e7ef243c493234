"""Acts undergone through a "from" phrase: "X drew a protest from Tokyo" is Tokyo's act on X, on the
real model. Sentences written for these tests; near-miss negatives beside each class."""

from __future__ import annotations

import pytest

from actor_lookup import actors_in
from event_lookup import event_at as _event, sides

FROM_GIVERS = [
    # the subject undergoes; the "from" phrase, a capital included, acts
    ("Seoul's naval drills near the disputed islets drew a formal protest from Tokyo.", "PROTEST", "protest",
     {"JPN"}, {"KOR"}),
    ("Manila faced fresh criticism from Beijing over the resupply mission.", "ACCUSE", "criticism", {"CHN"}, {"PHL"}),
    # an act noun as subject stands for whoever did it, named by "by" or a possessor
    ("The detention of two reporters by Ethiopian police drew condemnation from the European Union.", "ACCUSE",
     "condemnation", {"EU"}, {"ETH"}),
    ("Last week's missile test by Pyongyang drew a stern rebuke from Washington.", "ACCUSE", "rebuke",
     {"USA"}, {"PRK"}),
    ("Iran's enrichment plan drew criticism from Paris.", "ACCUSE", "criticism", {"FRA"}, {"IRN"}),
    # a participle after a comma undergoes as the main clause's subject, not a relative clause's antecedent
    ("Hungary blocked a European Council statement that would have condemned the strikes, drawing criticism "
     "from Poland.", "ACCUSE", "criticism", {"POL"}, {"HUN"}),
    ("The European Commission opened an inquiry into whether Indian state loans let exporters undercut rivals in "
     "Africa, drawing a sharp rebuke from New Delhi.", "ACCUSE", "rebuke", {"IND"}, {"EU"}),
    # a party of no country in the "from" phrase is still the doer: no source is guessed from the article
    ("The expulsion of a French correspondent by Mali's junta drew condemnation from media rights groups.",
     "ACCUSE", "condemnation", set(), {"MLI"}),
    # near miss: an act noun naming no doer leaves the target empty ("of" names who it fell on)
    ("The killing of a Honduran journalist drew condemnation from the United Nations.", "ACCUSE", "condemnation",
     {"UN"}, set()),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), FROM_GIVERS)
def test_event_undergone_from_phrase(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


def test_event_undergone_reaction_is_no_party_of_the_act(nlp):
    """The one who answers a joint act is not its counterpart."""
    event = _event("Joint patrols by Indian and Japanese ships in the strait drew a warning from Beijing.",
                   "COOPERATE", "patrols")
    assert sides(event) == ({"IND", "JPN"}, set())


CAPITALS_AFTER_FROM = [
    # after a verb of receiving or undergoing, a capital in the "from" phrase is a government
    ("Canberra received a formal apology from Jakarta on Monday.", "Jakarta", True),
    ("The plan drew a sharp response from Ankara.", "Ankara", True),
    # near misses: after a verb of motion it is where someone comes from
    ("The envoy returned from Jakarta on Monday.", "Jakarta", False),
    ("Two flights left from Ankara overnight.", "Ankara", False),
]


@pytest.mark.parametrize(("text", "capital", "actor"), CAPITALS_AFTER_FROM)
def test_event_undergone_capital_after_from(nlp, text, capital, actor):
    found = [a for a in actors_in(nlp, text) if a.text == capital]
    assert bool(found) == actor

