"""Actor gaps that cost dyads, on the real model: territories coded as their state, offices of one
state, kin in apposition, place descriptors as owners. Sentences written for these tests, with
near-miss negatives beside each class."""

from __future__ import annotations

import pytest

from actor_lookup import actors_in
from event_lookup import event_at, sides


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


DESCRIPTOR_OWNERS = [
    # a descriptor as possessive owner gives an unqualified title its country
    ("Beijing staged air drills near Taiwan, a day after the island's president met US lawmakers.",
     "president", "TWN"),
    ("Cuban officials hosted Venezuela's president in Havana. The island's foreign minister praised the visit.",
     "foreign minister", "CUB"),
    # near miss: a title with a country of its own keeps it
    ("Japan protested to Beijing after the island's visitors included China's defence minister.",
     "China's defence minister", "CHN"),
]


KIN = [
    # a bare name in apposition with a relation takes the relative's side, in every mention
    ("Kim Yo Jong, the influential sister of leader Kim Jong Un, mocked Seoul's offer of talks.", "Kim Yo Jong", "PRK"),
    ("Ri Song Chol, a close aide to Kim Jong Un, arrived in Moscow on Tuesday.", "Ri Song Chol", "PRK"),
    ("Mojtaba Khamenei, the son of Iran's supreme leader, met Iraqi clerics in Najaf.", "Mojtaba Khamenei", "IRN"),
]


def test_actors_gaps_kin_later_mention(nlp):
    text = ("Kim Yo Jong, the influential sister of leader Kim Jong Un, spoke on Monday. "
            "Later that day Kim Yo Jong warned Tokyo against new sanctions.")
    found = [a for a in actors_in(nlp, text) if a.text == "Kim Yo Jong"]
    assert [a.country for a in found] == ["PRK", "PRK"]


def test_actors_gaps_critic_is_no_side(nlp):
    """A relation that is no side ("a fierce critic of") gives no country."""
    text = "Ilya Yashin, a fierce critic of the Kremlin, spoke in Berlin on Friday."
    found = [a for a in actors_in(nlp, text) if a.text == "Ilya Yashin"]
    assert not found or found[0].country != "RUS"


HOSTILE_ITS = [
    # "its" on the victims of a hostile act is not the doer's: the accuser's side
    ("Armenia accused Azerbaijan of firing on its soldiers near the border.", "soldiers", "ARM"),
    ("Lebanon accused Israel of striking its troops in the south.", "troops", "LBN"),
    ("Damascus said Ankara had shelled its troops near Manbij.", "troops", "SYR"),
    # near miss: an act that is not hostile keeps the nearest owner
    ("Israel accused Hamas of diverting fuel to its fighters.", "fighters", "PSE"),
]


@pytest.mark.parametrize(("text", "mention", "where"), DESCRIPTOR_OWNERS + KIN + HOSTILE_ITS)
def test_actors_gaps_side_of_mention(nlp, text, mention, where):
    assert _where(nlp, text, mention) == where


def test_actors_gaps_its_victims_event(nlp):
    event = event_at("Armenia accused Azerbaijan of firing on its soldiers near the border.", "ASSAULT", "firing")
    assert sides(event) == ({"AZE"}, {"ARM"})


THEIR = [
    # "their" right after a coordination stands for every member, not the last one
    ("Serbia and Hungary said their border police would hold joint patrols.", "border police", {"SRB", "HUN"}),
    ("Kenya and Uganda agreed to pull their soldiers back from the frontier.", "soldiers", {"KEN", "UGA"}),
    # near miss: "its" after a coordination keeps the single nearest owner
    ("Germany and France urged Russia to withdraw its troops from Moldova.", "troops", {"RUS"}),
]


@pytest.mark.parametrize(("text", "mention", "owners"), THEIR)
def test_actors_gaps_their_coordination(nlp, text, mention, owners):
    found = {a.code or a.country for a in actors_in(nlp, text) if a.text == mention}
    assert found == owners


PRONOUNS_AND_HOLDERS = [
    # an office holder's gender (holders.csv) keeps a pronoun of the other gender off them
    ("Nepal's prime minister phoned Indian Prime Minister Narendra Modi on Monday, a day after she met the "
     "Chinese ambassador.", "she", "NPL"),
    ("Sri Lanka's prime minister hosted Anthony Albanese in Colombo, and she signed a fisheries accord.", "she",
     "LKA"),
    # near miss: a pronoun of the holder's own gender still finds the holder
    ("Claudia Sheinbaum received Peru's foreign minister in Mexico City before she flew to Havana.", "she", "MEX"),
    ("Narendra Modi hosted Nepal's prime minister in New Delhi, and he pledged help with the elections.", "he",
     "IND"),
]


@pytest.mark.parametrize(("text", "pronoun", "where"), PRONOUNS_AND_HOLDERS)
def test_actors_gaps_pronoun_holder_gender(nlp, text, pronoun, where):
    assert _where(nlp, text, pronoun) == where
