"""The bare idiom "in protest" tells why a diplomatic act was done ("recalled its ambassador in
protest", "summoned the envoy in protest at the arrests"): no protest of its own beside that act
(wire README, batch c). With no act told around it ("shopkeepers stayed home in protest"), or
with a protest by other means ("unions shut down ports in protest"), the protest stays.

Sentences written for these tests (wire-copy register), not taken from the example corpus; whole
pipeline, real model.
"""

from __future__ import annotations

import pytest

from event_lookup import has_event


@pytest.mark.parametrize(
    "text, type_, trigger",
    [
        ("Hungary recalled its ambassador from Kyiv on Tuesday in protest.", "SANCTION", "recalled"),
        ("Morocco summoned the Algerian charge d'affaires in protest at the seizure of two fishing boats.", "ACCUSE", "summoned"),
        ("Nigeria recalled its ambassador from Accra in protest at the arrest of three Nigerian traders.", "SANCTION", "recalled"),
        ("Peru expelled the Mexican ambassador in protest, the foreign ministry in Lima said.", "SANCTION", "expelled"),
    ],
)
def test_event_same_act_motive_leaves_the_act(nlp, text, type_, trigger):
    assert has_event(nlp, text, type_, trigger)
    assert not has_event(nlp, text, "PROTEST", "protest")


# Near misses: a protest with no other act around it, or one with an article of its own.
@pytest.mark.parametrize(
    "text",
    [
        "Shopkeepers in Lahore stayed at home on Monday in protest at the new sales tax.",
        "Bolivian miners gathered outside the mining ministry in La Paz in protest at the new tax.",
        "Thousands of Kenyans took to the streets of Nairobi in protest against the finance bill.",
        "Police in Dhaka arrested 40 students at a protest outside the election commission.",
        "Hungary recalled its ambassador, and hundreds of Hungarians joined a protest outside the Slovak embassy.",
        # a protest by other means: the act may be coded as another type, the protest stays
        "Nigerian unions shut down ports in protest against the fuel subsidy cut.",
    ],
)
def test_event_same_act_protest_without_another_act_stays(nlp, text):
    assert has_event(nlp, text, "PROTEST", "")
