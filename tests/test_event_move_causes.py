"""Whom a military move is aimed at when the sentence gives its cause, on the real model.

Sentences written for these tests in wire style (not taken from examples/): the forces counted
("thousands of … members") are the mover's own; a cause phrase whose head names no one can still
hold the other side's act; the cause of a reported move hangs on the reporting verb, also for a
second move coordinated with the first; a light verb's object says whether a condition is a
hostile act ("if Beijing carries out drills") or not ("if Peru holds talks").
"""

from __future__ import annotations

import pytest

from tests.event_lookup import codes, events_starting


@pytest.mark.parametrize(
    "text, trigger, source, target",
    [
        # the counted forces are what moves, not ground entered
        ("Hundreds of Guatemalan soldiers were deployed along the river in response to the arrival of Mexican "
         "gunboats.", "deployed", {"GTM"}, {"MEX"}),
        ("Thousands of Serbian army reservists were mobilised after Croatian jets crossed into Serbian airspace.",
         "mobilised", {"SRB"}, {"HRV"}),
        ("Tens of thousands of Kenyan riot police officers were deployed across Nairobi ahead of the opposition rally.",
         "deployed", None, set()),
        ("Thousands of Estonian reservists were called up for routine training on Monday.", "called", None, set()),
        # the other side's act inside a cause phrase whose head names no one
        ("Estonia will move two battalions to its eastern frontier, the defence minister said, citing a rise in "
         "smuggling and large-scale Russian naval drills in the Gulf of Finland.", "move", {"EST"}, {"RUS"}),
        ("Latvia will send extra troops to its border, the interior minister said, citing a surge in illegal "
         "crossings.", "send", {"LVA"}, set()),
        # the cause hung on the reporting verb serves a second, coordinated move too
        ("Greece will send two frigates to the islands and step up naval patrols in the Aegean, the government "
         "said, citing Turkish warship incursions into Greek waters.", "patrols", {"GRC"}, {"TUR"}),
        # a condition told with a light verb: its object decides whether it is a hostile act
        ("Taiwan could move more missile batteries to Kinmen if Beijing carries out large-scale drills near the "
         "island.", "move", {"TWN"}, {"CHN"}),
        ("Lithuania moved two battalions to the border after Poland held talks with Belarus.", "moved", {"LTU"}, set()),
    ],
)
def test_event_move_causes_aim_at_the_side_whose_act_caused_it(nlp, text, trigger, source, target):
    move = events_starting(nlp, text, "MOBILIZE", trigger)[0]
    if source is not None:
        assert codes(move.source) == source, move.rule
    assert codes(move.target) == target, move.rule
