"""Whose troops "its"/"their" names in the same sentence: the nearest named body before it that "its" can stand
for (not a plural, an indefinite thing or a place), ahead of a "from X" phrase. Real model; sentences written
for these tests."""

from __future__ import annotations

import pytest

from actor_lookup import actors_in


# (text, group noun after "its", its country, its sector)
OWNED = [
    # a plural in between is no antecedent of "its"
    ("The Turkish army said PKK militants had ambushed its soldiers near the Iraqi border.", "soldiers", "TUR", "MIL"),
    ("The Thai army said Cambodian gunmen opened fire on its troops overnight.", "troops", "THA", "MIL"),
    # nor is an indefinite thing
    ("Kyiv said a Russian missile had killed three of its soldiers near Kharkiv.", "soldiers", "UKR", "MIL"),
    ("Pakistan said an Afghan drone had struck a border post, wounding three of its soldiers.", "soldiers", "PAK",
     "MIL"),
    # "its" before "from X": the owner, not where they leave
    ("The UN asked Ethiopia to withdraw its troops from Eritrean territory.", "troops", "ETH", "MIL"),
    # near misses: the nearest body is the owner
    ("Russia's defence ministry said its troops had captured two villages.", "troops", "RUS", "MIL"),
    ("The Pentagon urged Japan to deploy its troops from Okinawa to the south.", "troops", "JPN", "MIL"),
]


@pytest.mark.parametrize("text,noun,country,sector", OWNED)
def test_actor_possessives_its_names_the_owner(nlp, text, noun, country, sector):
    found = [a for a in actors_in(nlp, text) if a.text == noun]
    assert found, [a.text for a in actors_in(nlp, text)]
    assert (found[0].country, found[0].sector) == (country, sector)
