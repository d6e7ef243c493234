"""Type choice between two PLOVER types for one trigger, by the construction around it.

Sentences written for these tests (not taken from the example sets), with near misses beside
them. Whole pipeline, real model. A row names the event by its type and the first letters of its
trigger and gives the sides (country or IGO codes) where the rule decides them.
"""

from __future__ import annotations

import pytest

from event_lookup import events_starting, sides
from event_lookup import has_event as _has

# ---------------------------------------------------------------- a label of a statement
# Labelling a statement as untrue or in bad faith rejects it; labelling it as misconduct (a
# provocation, interference) accuses whoever made it, as for an act (classes.csv untrue).
LABELS = [
    ("Kenya's foreign ministry called the report baseless.", "REJECT", "called"),
    ("Seoul called Pyongyang's claims a fabrication on Friday.", "REJECT", "called"),
    ("Rwanda's foreign ministry described the allegations as politically motivated.", "REJECT", "described"),
    ("Beijing called the remarks by Manila's defence chief a dangerous provocation.", "ACCUSE", "called"),
    ("Moscow called the Estonian minister's comments a provocation.", "ACCUSE", "called"),
    ("Ankara called the Dutch statement an insult to the Turkish nation.", "ACCUSE", "called"),
]


# ---------------------------------------------------------------- help for another side's act
# Forces sent to support an act (an offensive, a campaign) help whoever does it: AID aimed at the
# act's owner or "by" phrase; one's own act, or no act of another side, stays MOBILIZE.
HELP_FOR_ACTS = [
    ("Kinshasa accused Kigali of sending soldiers to support the M23 rebels' new offensive.",
     "AID", "sending", {"RWA"}, {"COD"}),
    ("Chad sent 1,000 troops to support Cameroon's campaign against Boko Haram near Lake Chad.",
     "AID", "sent", {"TCD"}, {"CMR"}),
    ("Russia sent more troops to support its own offensive near Kharkiv.", "MOBILIZE", "sent", {"RUS"}, None),
    ("Chad sent 1,000 troops to the border after an offensive by Boko Haram.", "MOBILIZE", "sent", {"TCD"}, None),
]


@pytest.mark.parametrize("text, type_, trigger, source, target", HELP_FOR_ACTS)
def test_event_type_choice_forces_sent_to_support_an_act(nlp, text, type_, trigger, source, target):
    event = events_starting(nlp, text, type_, trigger)[0]
    got_source, got_target = sides(event)
    assert got_source == source
    if target is not None:
        assert got_target == target
    assert not _has(nlp, text, "MOBILIZE" if type_ == "AID" else "AID", trigger)


# ---------------------------------------------------------------- an order and what it orders
# An order to forces to take up a posture (move, patrol, guard) is the move itself; an order to
# civilians to move, or to forces to carry out an operation, is a request of them.
ORDERS = [
    ("Dhaka ordered soldiers to guard the export processing zones after the strike.", "MOBILIZE"),
    ("Moscow ordered two frigates to move towards the Baltic coast.", "MOBILIZE"),
    ("Israel ordered residents of Rafah to move west before the offensive.", "REQUEST"),
    ("Sudan's army ordered villagers in North Kordofan to move to the camps.", "REQUEST"),
    ("Peru's president ordered the army to retake the mining town from the gangs.", "REQUEST"),
]


# ---------------------------------------------------------------- what an acceptance accepts
# Accepting a demand, a condition or another side's claim yields to it (CONCEDE); accepting an
# invitation, an offer or a proposal agrees to what it proposes (AGREE).
ACCEPTANCES = [
    ("Hanoi said it would never accept Beijing's claims to the Paracel islands.", "CONCEDE"),
    ("Burkina Faso's junta accepted ECOWAS demands for a vote next year.", "CONCEDE"),
    ("Armenia accepted the conditions set by Azerbaijan for the talks.", "CONCEDE"),
    ("Venezuela accepted an invitation from Brazil to attend the summit.", "AGREE"),
    ("Sudan's army accepted Egypt's offer to mediate with the RSF.", "AGREE"),
]


# ---------------------------------------------------------------- a handing over after an arrest
# People a state's police arrested and handed over to another state are extradited (COOPERATE);
# captives handed over after a capture or a release are released (RETREAT).
HANDOVERS = [
    ("Bolivian police detained a Brazilian drug lord in Santa Cruz and handed him over to Brazil's federal police.",
     "COOPERATE"),
    ("Thai police arrested a Cambodian opposition activist in Bangkok and handed her over to Cambodian officials.",
     "COOPERATE"),
    ("Rebels captured two Chadian soldiers and handed them over to the Red Cross.", "RETREAT"),
    ("Armenia handed over two captured Azerbaijani soldiers to Baku at the border.", "RETREAT"),
]


def _choices(pair, rows, trigger=None):
    """(text, type, the other type of the pair, trigger) for a table of one pair of types."""
    return [(row[0], row[1], pair[1] if row[1] == pair[0] else pair[0], trigger or row[2]) for row in rows]


CHOICES = (
    _choices(("REJECT", "ACCUSE"), LABELS)
    + _choices(("MOBILIZE", "REQUEST"), ORDERS, "ordered")
    + _choices(("CONCEDE", "AGREE"), ACCEPTANCES, "accept")
    + _choices(("COOPERATE", "RETREAT"), HANDOVERS, "hand")
)


@pytest.mark.parametrize("text, type_, other, trigger", CHOICES)
def test_event_type_choice_gives_the_construction_s_type_not_the_other(nlp, text, type_, other, trigger):
    assert _has(nlp, text, type_, trigger) and not _has(nlp, text, other, trigger)
