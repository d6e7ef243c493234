"""A generic yielding ("bowed to pressure", "gave in to the demands", "caved in", "backed down")
coordinated with the concession its subject made ("… and repealed the law", "… and agreed to hold
elections") tells that concession again: one act, coded by the specific verb. Alone, beside an act
of another subject, or beside an act of another type ("released the activists and bowed to
pressure"), the yielding is its own CONCEDE.

Sentences written for these tests (wire-copy register), not taken from the example corpus; whole
pipeline, real model.
"""

from __future__ import annotations

import pytest

from event_lookup import has_event


@pytest.mark.parametrize(
    "text, yielding, concession",
    [
        ("Peru's Congress bowed to pressure from farmers and repealed a law on informal mining.", "bowed", ("CONCEDE", "repealed")),
        ("Kenya's government caved in to weeks of protests and withdrew the finance bill on Tuesday.", "caved", ("CONCEDE", "withdrew")),
        ("Ecuador's president scrapped the fuel subsidy decree and bowed to pressure from indigenous groups.", "bowed", ("CONCEDE", "scrapped")),
        ("Guinea's junta gave in to the bloc's demands and agreed to hold a referendum in May.", "gave", ("CONCEDE", "agreed")),
    ],
)
def test_event_same_act_yielding_told_by_its_concession(nlp, text, yielding, concession):
    assert has_event(nlp, text, *concession)
    assert not has_event(nlp, text, "CONCEDE", yielding)


# Near misses: a yielding alone, denied, or beside another subject's act stays an event.
@pytest.mark.parametrize(
    "text, yielding",
    [
        ("Bolivia's government backed down on Friday after weeks of road blockades.", "backed down"),
        ("Nepal's government bowed to pressure from students, and the army withdrew from Kathmandu.", "bowed"),
        ("Denmark's prime minister said Copenhagen would not bow to pressure from Washington.", "bow"),
        # beside an act of another type, the yielding keeps the concession
        ("Ecuador's president released the jailed activists and bowed to pressure from indigenous groups.", "bowed"),
    ],
)
def test_event_same_act_yielding_alone_stays(nlp, text, yielding):
    assert has_event(nlp, text, "CONCEDE", yielding)
