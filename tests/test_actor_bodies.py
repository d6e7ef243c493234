"""Bodies whose name many countries use ("Congress") belong to the country the sentence or article gives them,
on the real model (sentences written for these tests)."""

from __future__ import annotations

import pytest

from actor_lookup import actors_in


# (text, mention, country)
SHARED_NAMES = [
    ("Chile's Congress approved a bill raising copper royalties on Wednesday.", "Congress", "CHL"),
    ("Colombia's interior minister resigned hours after Congress censured him over the prison riots.", "Congress",
     "COL"),
    ("Guatemala's Congress voted to strip the attorney general of immunity.", "Congress", "GTM"),
    ("LIMA, 3 March 2026 — Peru's president faces a new impeachment motion. Congress will debate it on Thursday.",
     "Congress", "PER"),
    # near misses: an American sentence or the full name keeps the table's country
    ("President Donald Trump asked Congress for $40 billion in emergency border funding.", "Congress", "USA"),
    ("The U.S. Congress passed a defence bill that includes aid for Taiwan.", "U.S. Congress", "USA"),
    ("WASHINGTON, 3 March 2026 — The White House sent its budget to Congress on Monday.", "Congress", "USA"),
]


@pytest.mark.parametrize("text,mention,country", SHARED_NAMES)
def test_actor_bodies_shared_name_takes_the_sentence_country(nlp, text, mention, country):
    found = [a for a in actors_in(nlp, text) if a.text == mention]
    assert found, [a.text for a in actors_in(nlp, text)]
    assert (found[0].country, found[0].sector) == (country, "LEG")


# (text, group noun, code or country it belongs to)
AT_BODY = [
    ("Prosecutors at the International Criminal Court said they were examining killings in Darfur.", "Prosecutors",
     "ICC"),
    ("Officials at the IAEA said inspectors had not visited the site since June.", "Officials", "IAEA"),
    ("Diplomats at the United Nations said the vote could come on Friday.", "Diplomats", "UN"),
    # near misses: "at" a place or an event says nothing of whose they are
    ("Police at the scene in Nairobi said the gunman had fled.", "Police", "KEN"),
    ("Negotiators at the talks in Doha said a deal was close.", "Negotiators", None),
]


@pytest.mark.parametrize("text,noun,owner", AT_BODY)
def test_actor_bodies_staff_at_an_organization_are_its(nlp, text, noun, owner):
    found = [a for a in actors_in(nlp, text) if a.text == noun]
    assert found, [a.text for a in actors_in(nlp, text)]
    assert (found[0].code or found[0].country) == owner
