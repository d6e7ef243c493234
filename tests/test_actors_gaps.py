"""Actor gaps that cost dyads, on the real model: territories coded as their state, offices of one
state, kin in apposition, place descriptors as owners. Sentences written for these tests, with
near-miss negatives beside each class."""

from __future__ import annotations

import pytest

from actor_lookup import actors_in


def _where(nlp, text: str, mention: str):
    hits = [a for a in actors_in(nlp, text) if a.text == mention]
    assert hits, [(a.text, a.country, a.code) for a in actors_in(nlp, text)]
    return hits[0].code or hits[0].country


ENTRIES = [
    # Greenland's government is coded as the Kingdom of Denmark's (examples/wire/README.md)
    ("Greenland's premier told reporters the island was not for sale.", "Greenland's premier", "DNK"),
    ("Nuuk rejected the offer within hours.", "Nuuk", "DNK"),
    ("Greenlandic lawmakers voted to hold a referendum on independence.", "Greenlandic lawmakers", "DNK"),
    # the pope is the Holy See's, wherever he speaks
    ("Pope Leo called for a ceasefire in Sudan during his visit to Lebanon.", "Pope Leo", "VAT"),
    ("The pontiff urged Kenya's leaders to end the crackdown.", "pontiff", "VAT"),
    # near misses: the other people of those sentences keep their own country
    ("The pontiff met Argentine President Javier Milei in Rome.", "Argentine President Javier Milei", "ARG"),
    ("Danish Prime Minister Mette Frederiksen flew to Nuuk on Friday.", "Danish Prime Minister Mette Frederiksen",
     "DNK"),
]


@pytest.mark.parametrize(("text", "mention", "where"), ENTRIES)
def test_actors_gaps_table_entries(nlp, text, mention, where):
    assert _where(nlp, text, mention) == where
