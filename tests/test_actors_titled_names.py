"""A bare name that an institution noun of a stated country introduces is that institution, not a person of the
scene's country, on the real model (sentences written for these tests)."""

from __future__ import annotations

import pytest

from test_actors import actors_of, check, find

# (text, mention, kind, country, sector)
TITLED = [
    ("BAKU, 3 May 2026 — Azerbaijan detained two reporters working for the Russian state news agency Sputnik.",
     "Sputnik", "organization", "RUS", "MED"),
    ("YEREVAN, 3 May 2026 — Sputnik, the Russian state news agency, said its office in the capital was searched.",
     "Sputnik", "organization", "RUS", "MED"),
    # near misses: a new clause after the comma; a person named after a title stays a person
    ("Officials in Baghdad met Ahmed Karim, the Iraqi interior ministry said.", "Ahmed Karim", "person", "IRQ", None),
    ("ALMATY, 3 May 2026 — Russian Foreign Ministry spokeswoman Maria Zakharova criticised the decision.",
     "Russian Foreign Ministry spokeswoman Maria Zakharova", "person", "RUS", "GOV"),
]


@pytest.mark.parametrize("text,mention,kind,country,sector", TITLED)
def test_actors_titled_names_take_the_institution(nlp, text, mention, kind, country, sector):
    check(find(actors_of(nlp, text), mention), kind=kind, country=country, sector=sector)
