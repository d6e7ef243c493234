"""Words that look like events but name none (examples/ANNOTATION.md, Q2): acts named only as the
mark of a class of people ("anyone taking part", "those arrested", "any troops sent there", "every
friend who has helped us": a class of acts), a situation ("the unrest"). The same words telling
one act done stay events; an intent is coded once ("was willing to meet"); a warning that gives
the reason of a plea ("asked the AU to stay, warning that al Shabaab could retake the city") is no
threat.

Sentences written for these tests (wire-copy register), not taken from the example corpus; whole
pipeline, real model.
"""

from __future__ import annotations

import pytest

from event_lookup import has_event
from tidings.api import extract


# A participle or relative clause on "anyone", "those", "any …", "every …": no event.
@pytest.mark.parametrize(
    "text, type_, trigger",
    [
        ("Georgia's interior minister said those detained outside parliament on Friday were paid provocateurs.", "COERCE", "detained"),
        ("Nepal's government said those arrested during the riots would face trial.", "COERCE", "arrested"),
        ("Chile's president said he was grateful to every country that has sent aid to the fire zone.", "AID", "sent"),
        ("Russia warned that any French troops sent to Ukraine would be targets for its forces.", "MOBILIZE", "sent"),
    ],
)
def test_event_spurious_class_of_acts(nlp, text, type_, trigger):
    assert not has_event(nlp, text, type_, trigger)


# Near misses: the same verbs telling an act done by a named side, or on a definite head.
@pytest.mark.parametrize(
    "text, type_, trigger",
    [
        ("Georgian police detained 40 protesters outside parliament on Friday.", "COERCE", "detained"),
        ("Britain sent 300 troops to Estonia on Monday, the defence ministry said.", "MOBILIZE", "sent"),
        ("Peru's president thanked Chile, which has sent aid to the fire zone.", "AID", "sent"),
        ("Belarus's interior ministry warned that anyone taking part in Sunday's march would be jailed.", "COERCE", "jailed"),
    ],
)
def test_event_spurious_class_near_misses_stay(nlp, text, type_, trigger):
    assert has_event(nlp, text, type_, trigger)


# "was willing to meet" is one intent, coded once.
@pytest.mark.parametrize(
    "text, type_",
    [
        ("The Iranian president said he was willing to meet Trump without preconditions.", "AGREE"),
        ("Hamas said it was willing to hand over the bodies of four hostages.", "CONCEDE"),
        ("Seoul is willing to resume talks with Pyongyang, the unification minister said.", "AGREE"),
    ],
)
def test_event_spurious_willing_once(nlp, text, type_):
    events = extract(text, published="2026-05-04", nlp=nlp).events
    assert [e.type for e in events] == [type_], [(e.type, e.trigger.text) for e in events]


# Events that a construction rules out, beside the near misses it keeps (type, trigger prefix,
# whether the event is there).
KEPT_OR_NOT = [
    # "unrest" names a situation, not an act; riots and protests told by their own words stay.
    ("Indonesia's president apologised for the death of a driver during the unrest in Jakarta.", "PROTEST", "", False),
    ("Iraqi officials fear a repeat of the unrest that shook Baghdad in 2019.", "PROTEST", "", False),
    ("Kenyan police fired tear gas at protesters in Nairobi as unrest spread to Mombasa.", "PROTEST", "", False),
    ("Riots broke out in Jakarta on Monday after lawmakers voted themselves a housing allowance.", "PROTEST", "", True),
    ("Thousands of Kenyans protested in Nairobi on Tuesday against the finance bill.", "PROTEST", "", True),
    # A warning participle under a request gives the plea's reason when it tells what a third party
    # or a situation would do; a warning of what the asker or the one asked would do or undergo stays
    # a threat.
    ("Mali asked the UN to keep its peacekeepers in Gao, warning that jihadist groups could seize the city.", "THREATEN", "warn", False),
    ("Chad appealed to donors for $300 million, warning that the refugee crisis would worsen before the rains.", "THREATEN", "warn", False),
    ("Fiji urged Australia to cut emissions faster, warning that rising seas could swallow whole villages.", "THREATEN", "warn", False),
    ("Turkey urged Kurdish forces in Syria to disarm, warning that it would launch a ground operation otherwise.", "THREATEN", "warn", True),
    ("Washington urged Israel to allow more aid into Gaza, warning that Israel could lose American military support.", "THREATEN", "warn", True),
    ("Poland warned that Russia could attack a NATO country within five years.", "THREATEN", "warn", True),
    # A rally named as where a speaker's words were said is the speaker's meeting, no protest; a
    # rally that police act on, or that people hold or attend, stays a protest.
    ("At a rally in Texas on Saturday, the president accused Mexico of flooding the border with drugs.", "PROTEST", "rally", False),
    ("Slovakia's prime minister praised Hungary's border policy at a joint rally in Komarno.", "PROTEST", "rally", False),
    ("Georgian police detained 27 people at a rally outside parliament in Tbilisi.", "PROTEST", "rally", True),
    ("Riot police in Caracas fired tear gas at a rally of opposition supporters.", "PROTEST", "rally", True),
    ("Thousands of Serbians attended a rally in Belgrade on Saturday.", "PROTEST", "rally", True),
]


@pytest.mark.parametrize("text, type_, trigger, present", KEPT_OR_NOT)
def test_event_spurious_kept_or_not(nlp, text, type_, trigger, present):
    assert has_event(nlp, text, type_, trigger) is present
