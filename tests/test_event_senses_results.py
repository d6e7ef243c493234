"""Words in a sense that names no act, beside near misses that keep theirs: the "to" of a verb's
own infinitive read as the preposition of "take to the streets", a government that "has not
delivered" (a result owed, not goods handed over), a bowler who "dismissed" a batting side.

Sentences written for these tests, not taken from the example sets; whole pipeline, real model.
"""

from __future__ import annotations

import pytest

from event_lookup import has_event


@pytest.mark.parametrize(
    "text, type_, trigger, present",
    [
        # the infinitive's "to" is no preposition of "take to"
        ("The Serbian president said the opposition wanted to take power in the street.", "PROTEST", "to take", False),
        ("The Serbian president said the opposition wanted to take power in the street.", "PROTEST", "take", False),
        ("Thousands of Serbian students took to the streets of Belgrade on Saturday.", "PROTEST", "took to", True),
        ("Georgian opposition leaders vowed to take to the streets if the election result stood.", "THREATEN", "vowed", True),
        # delivering a result, or on a promise, is no delivery of goods
        ("Kenya's finance minister said the government had not delivered on its promises to teachers.", "AID", "deliver", False),
        ('"It has not delivered," the Ugandan foreign minister said of the East African force.', "AID", "deliver", False),
        ("The French envoy said the Lebanon talks showed what diplomacy can deliver.", "AGREE", "deliver", False),
        ("The French envoy said the Lebanon talks showed what diplomacy can deliver.", "AID", "deliver", False),
        ("Egypt delivered 200 tonnes of flour to Gaza on Monday.", "AID", "delivered", True),
        ("Food aid was delivered to Sudanese refugees in Chad by the World Food Programme.", "AID", "delivered", True),
        ("Germany said it would deliver more air defence systems to Ukraine.", "AGREE", "deliver", True),
        # a batting side dismissed in a match
        ("England's bowlers dismissed Pakistan for 212 on the second day of the third Test in Multan.", "REJECT", "dismissed", False),
        ("Pakistan dismissed India's accusations as baseless on Tuesday.", "REJECT", "dismissed", True),
        ("Indonesia's parliament dismissed the chief of the election commission on Monday.", "REJECT", "dismissed", True),
    ],
)
def test_event_senses_results_named_act(nlp, text, type_, trigger, present):
    assert has_event(nlp, text, type_, trigger) is present
