"""A word that says a group is of no country in context ("foreign", "international", "Western": unowned_modifiers.csv)
counts only inside the group's own noun phrase, not when it ends a name just before the group ("Amnesty International
accused border guards …"): there the group still takes the country of its place or article. Real model; sentences
written for these tests."""

from __future__ import annotations

import pytest

from actor_lookup import actors_in


# (text, group mention, its country or None)
PHRASES = [
    ("Croatia tightened its border controls this summer. Amnesty International accused border guards of beating "
     "migrants near the town.", "border guards", "HRV"),
    ("Kenya faced fresh criticism on Monday. Amnesty International said police had shot three protesters.",
     "police", "KEN"),
    ("Peru declared a state of emergency in Puno. Transparency International said officials had hidden the "
     "contracts.", "officials", "PER"),
    # near misses: the word modifies the group itself, which then takes no country from the context
    ("Peru declared a state of emergency in Puno. Foreign officials said the vote was flawed.",
     "officials", None),
    ("Serbia faced fresh protests on Monday. The president accused foreign intelligence services of funding them.",
     "intelligence services", None),
    ("Croatia tightened its border controls this summer. Western officials said the camps were full.",
     "officials", None),
]


@pytest.mark.parametrize("text,mention,country", PHRASES)
def test_actor_unowned_phrase_only_inside_the_group(nlp, text, mention, country):
    found = [a for a in actors_in(nlp, text) if a.text.lower().endswith(mention)]
    assert found, [a.text for a in actors_in(nlp, text)]
    assert found[-1].country == country


# (text, located group, its country or None): the article's country is not that of a place the group's clause
# sends someone else to; a place the group itself is sent to still places it
SENT = [
    ("Amnesty International said police had pushed asylum seekers back into Serbia.", "police", None),
    ("Rights groups said border guards forced the migrants back into Libya.", "border guards", None),
    ("Hundreds of police were sent to Guayaquil after the prison riot.", "police", "ECU"),
    ("Police were deployed to Kisumu ahead of the protests.", "Police", "KEN"),
]


@pytest.mark.parametrize("text,mention,country", SENT)
def test_actor_unowned_phrase_not_where_they_send_others(nlp, text, mention, country):
    found = [a for a in actors_in(nlp, text) if a.text.endswith(mention)]
    assert found, [a.text for a in actors_in(nlp, text)]
    assert found[0].country == country
