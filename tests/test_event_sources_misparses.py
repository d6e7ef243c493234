"""Sources where the small model's parse hides them, on the real model: the subject of a clause after "hours
after" (parsed as the object of the preposition), a subject after "after" made its object with the verb a
clause of its own, the one accused of a gerund whose "of" the parser hung on the
object, and a verb of asking the parser joined to a content clause whose subject is an act. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_lookup import codes as _codes, event_at as _event, sides


TIME_SPANS = [
    # "hours after X acted": the small model makes the time span the subject
    ("Pyongyang fired a cruise missile into the sea, hours after Kim Yo Jong, the sister of leader Kim Jong Un, "
     "threatened Tokyo.", "THREATEN", "threatened", {"PRK"}, {"JPN"}),
    ("Israel struck targets in Beirut, days after Hezbollah fired rockets at Haifa.", "ASSAULT", "fired",
     {"LBN"}, {"ISR"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), TIME_SPANS)
def test_event_sources_time_span_subject(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


def test_event_sources_time_span_alone(nlp):
    """Near miss: a time span with no "after" phrase stays what it is (no actor to take)."""
    event = _event("Two days later, Kenyan police fired tear gas at protesters in Nairobi.", "ASSAULT", "fired")
    assert _codes(event.source) == {"KEN"}


ACCUSED_OF = [
    # "accusing [X] of imposing": X does the act even when "of" hangs on X
    ("Venezuela quit Mercosur, accusing the bloc of imposing sanctions on Venezuelan exporters.",
     "SANCTION", "imposing", {"MERCOSUR"}),
    # near miss: the accuser's own act keeps the accuser
    ("Iran accused the agency of leaking data and imposed sanctions on two inspectors.", "SANCTION", "imposed",
     {"IRN"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source"), ACCUSED_OF)
def test_event_sources_accused_of_gerund(nlp, text, type_, trigger, source):
    assert _codes(_event(text, type_, trigger).source) == source


SWALLOWED_SUBJECTS = [
    # "after X verbed": the parser makes X the object of "after" and the verb a clause of its own
    ("Japanese rescue teams pulled survivors from the rubble in Herat after Tehran, Islamabad and New Delhi "
     "dispatched relief flights to quake-stricken Afghanistan.", "AID", "dispatched", {"IRN", "PAK", "IND"}),
    # near misses the parser reads right: the clause's own subject stays
    ("Italian divers searched the wreck off Lampedusa after Athens, Valletta and Madrid dispatched coast "
     "guard vessels to the area.", "MOBILIZE", "dispatched", {"GRC", "MLT", "ESP"}),
    ("Chancellor Merz phoned Polish Prime Minister Donald Tusk on Friday, two days after Tusk spoke to "
     "Japanese Prime Minister Shigeru Ishiba.", "CONSULT", "spoke", {"POL"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source"), SWALLOWED_SUBJECTS)
def test_event_sources_subject_taken_for_an_object(nlp, text, type_, trigger, source):
    assert _codes(_event(text, type_, trigger).source) == source


def test_event_sources_after_a_noun_phrase_only(nlp):
    """Near miss: a verb after a closed "after" phrase and a comma keeps the main clause's subject."""
    event = _event("After the earthquake, Ankara dispatched relief flights to Myanmar.", "AID", "dispatched")
    assert _codes(event.source) == {"TUR"}


JUDGED_ACT_CONJUNCTS = [
    # "ruled that [the expulsion] was illegal and ordered …": an act noun neither orders nor urges; the
    # parser joined the verb to the content clause, the one stating it does the asking
    ("A court in Lima ruled that the expulsion of two Bolivian journalists was illegal and ordered the government "
     "to compensate them.", "REQUEST", "ordered", {"PER"}),
    ("The Chilean foreign minister said the detention of two Peruvian fishermen was a mistake and urged Lima to "
     "stay calm.", "REQUEST", "urged", {"CHL"}),
    ("Kyiv said the talks in Istanbul had stalled and accused Moscow of stalling.", "ACCUSE", "accused", {"UKR"}),
    # near miss: a material act joined to the content clause stays the act's (the offensive's owner)
    ("Ukrainian officials said the Russian offensive began at dawn and killed 12 soldiers near Pokrovsk.",
     "ASSAULT", "killed", {"RUS"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source"), JUDGED_ACT_CONJUNCTS)
def test_event_sources_asking_verb_after_a_judged_act(nlp, text, type_, trigger, source):
    assert _codes(_event(text, type_, trigger).source) == source
