"""Subjects the parse hides: a past tense the small model makes a modifier of a noun ("Iran test-fired
two missiles", "North Korea test-fired …": the named actor before it acts), and the one who has or
announces a plan does its infinitive ("Belarus has no plans to mobilise reservists"), unlike one who
judges a plan ("Hungary opposed plans to send troops"); an act whose subject names no one ("gunmen", "a
suicide bomber") was done by whoever claimed the attack it was done in. Sentences written for these tests in wire
style (not taken from examples/), run on the real model."""

from __future__ import annotations

import pytest

from tests.event_lookup import codes, events_starting

HIDDEN = [
    ("Iran test-fired two cruise missiles over the Gulf of Oman, state media said.", "MOBILIZE", "test-fired", {"IRN"}),
    ("North Korea test-fired three short-range missiles toward the Sea of Japan on Friday, Tokyo said.", "MOBILIZE",
     "test-fired", {"PRK"}),
    ("Belarus has no plans to mobilise reservists, its defence ministry said.", "MOBILIZE", "mobilise", {"BLR"}),
    ("Venezuela has plans to deploy troops to its border with Guyana.", "MOBILIZE", "deploy", {"VEN"}),
    ("Militants stormed a hotel in Mogadishu in an attack claimed by al Shabaab.", "ASSAULT", "stormed", {"SOM"}),
    ("A suicide bomber blew himself up at a checkpoint in Peshawar, killing four policemen, in an attack later "
     "claimed by the Pakistani Taliban.", "ASSAULT", "blew", {"PAK"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source"), HIDDEN)
def test_event_dyads_hidden_subject_found(nlp, text, type_, trigger, source):
    assert codes(events_starting(nlp, text, type_, trigger)[0].source) == source


def test_event_dyads_judged_plan_is_not_the_judge_s(nlp):
    event = events_starting(nlp, "Hungary opposed plans to send troops to Ukraine.", "MOBILIZE", "send")[0]
    assert "HUN" not in codes(event.source)


def test_event_dyads_unclaimed_gunmen_stay_unnamed(nlp):
    event = events_starting(nlp, "Gunmen killed six farmers in Benue state in a night raid.", "ASSAULT", "killed")[0]
    assert not event.source
