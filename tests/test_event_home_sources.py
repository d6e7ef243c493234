"""Sources at home that the sentence leaves unnamed: a protest told by a noun alone in a sentence about
one country is that country's people's, against their own state; power seized by no one coded is
seized from within the country whose power it is. Sentences written for these tests in
wire style (not taken from examples/), run on the real model."""

from __future__ import annotations

import pytest

from tests.event_lookup import codes, events_starting

HOME_PROTESTS = [
    ("Peru's cabinet resigned on Friday after a week of street protests over fuel prices.", "protests", "PER"),
    ("Kenya's president withdrew the finance bill, yielding to weeks of youth-led protests.", "protests", "KEN"),
    ("The Ecuadorean government lifted the curfew in Quito once the nationwide strike ended.", "strike", "ECU"),
]


@pytest.mark.parametrize(("text", "trigger", "code"), HOME_PROTESTS)
def test_event_home_protest_of_the_one_country(nlp, text, trigger, code):
    event = events_starting(nlp, text, "PROTEST", trigger)[0]
    assert codes(event.source) == {code}
    assert codes(event.target) == {code}


OPEN_PROTESTS = [
    # a second country in the sentence: whose protests they are is left open
    ("Serbia's president accused Croatia of fuelling the protests.", "protests"),
    # a judgement of the protests by an outsider is no protest of the outsider's
    ("The U.S. State Department condemned the crackdown on the protests.", "protests"),
]


@pytest.mark.parametrize(("text", "trigger"), OPEN_PROTESTS)
def test_event_home_protest_left_open(nlp, text, trigger):
    event = events_starting(nlp, text, "PROTEST", trigger)[0]
    assert not event.source


TAKEOVERS = [
    ("The AU suspended Gabon after army officers seized power in Libreville.", "GAB"),
    ("ECOWAS closed its borders with Niger after mutinous soldiers seized power in Niamey.", "NER"),
]


@pytest.mark.parametrize(("text", "code"), TAKEOVERS)
def test_event_home_power_seized_from_within(nlp, text, code):
    event = events_starting(nlp, text, "COERCE", "seized")[0]
    assert codes(event.source) == {code}
    assert codes(event.target) == {code}


def test_event_home_town_seized_by_unnamed_rebels_stays_open(nlp):
    event = events_starting(nlp, "Rebels seized the town of Bunia on Sunday, the UN said.", "COERCE", "seized")[0]
    assert not event.source
