"""Sides filled from outside the sentence (event_counterparts), on the real model.

Short wire-style articles written for these tests (not taken from examples/): an outside party's
act that names no recipient is aimed at the side of the story it deals with, and only when the
article says which side that is.
"""

from __future__ import annotations

import pytest

from event_lookup import last_event_named as _event, sides


@pytest.mark.parametrize(
    "text, type_, trigger, source, target",
    [
        # a one-country crisis: the outside party's act is aimed at that country
        ("Haiti's police battled gangs in Port-au-Prince on Tuesday. Gang leaders accused the police of "
         "killing civilians. Canada praised Kenya for leading the security mission. Ottawa threatened to "
         "freeze the assets of gang financiers.", "THREATEN", "threatened", {"CAN"}, {"HTI"}),
        ("Colombia's government and the ELN resumed peace talks in Havana on Monday. The ELN accused the "
         "army of attacking its camps. The United States, which lists the ELN as a terrorist group, "
         "criticized the resumption of the talks.", "ACCUSE", "criticized", {"USA"}, {"COL"}),
        # two sides: the one the outside parties are paired with
        ("Israel struck targets in southern Syria on Monday. Damascus condemned the raids. Qatar funded "
         "fuel deliveries to Syrian power plants. Saudi Arabia and Qatar have also paid public sector "
         "salaries since June.", "AID", "paid", {"QAT", "SAU"}, {"SYR"}),
        # near misses: an outside party paired with neither side has no recipient to infer
        ("India shelled Pakistani border posts in Kashmir on Sunday. Islamabad accused New Delhi of "
         "targeting villages. Britain thanked Qatar for offering to mediate. London urged an inquiry.",
         "REQUEST", "urged", {"GBR"}, set()),
        ("Israel struck targets in southern Syria on Monday. Damascus condemned the raids. Turkey praised "
         "Jordan for reopening its border crossing. Ankara demanded an international investigation.",
         "REQUEST", "demanded", {"TUR"}, set()),
        # allies acting with each other aim at no one
        ("Sudan's army and the RSF clashed in El Fasher on Saturday. The RSF accused the army of shelling "
         "a market. The United States thanked Kenya for hosting talks. Kenya and Uganda agreed to "
         "coordinate their relief flights.", "AGREE", "agreed", {"KEN", "UGA"}, set()),
    ],
)
def test_event_fallbacks_sides_outside_party_faces_the_story(nlp, text, type_, trigger, source, target):
    e = _event(text, type_, trigger, nlp)
    assert sides(e) == (source, target), e.rule


@pytest.mark.parametrize(
    "text, type_, trigger, source, target",
    [
        # one of the two sides, though third parties press it more often, still faces the other
        ("Azerbaijan accused Armenia of shelling its positions near Lachin on Monday. France urged "
         "Azerbaijan to show restraint. Russia also urged Azerbaijan to respect the truce. The European "
         "Union criticised Azerbaijan for closing the road. Baku vowed tough countermeasures.",
         "THREATEN", "vowed", {"AZE"}, {"ARM"}),
        # near miss: the clause names its own recipient, a party of no country
        ("Azerbaijan accused Armenia of shelling its positions near Lachin on Monday. France urged "
         "Azerbaijan to show restraint. Russia also urged Azerbaijan to respect the truce. The European "
         "Union criticised Azerbaijan for closing the road. Baku urged Western governments to stop arming "
         "Yerevan's forces.", "REQUEST", "urged", {"AZE"}, set()),
    ],
)
def test_event_fallbacks_sides_a_side_faces_the_other(nlp, text, type_, trigger, source, target):
    e = _event(text, type_, trigger, nlp)
    assert sides(e) == (source, target), e.rule


@pytest.mark.parametrize(
    "text, source, target",
    [
        # the statement rejected comes from the side the rejection answers
        ("Egypt and Qatar urged Israel on Sunday to open more crossings into Gaza. Israel rejected the "
         "criticism.", {"EGY", "QAT"}, {"ISR"}),
        # near miss: nobody named for the rejection to answer
        ("Kenya rejected the criticism on Monday.", set(), {"KEN"}),
    ],
)
def test_event_fallbacks_sides_rejected_statement_author(nlp, text, source, target):
    e = _event(text, "ACCUSE", "criticism", nlp)
    assert sides(e) == (source, target), e.rule
