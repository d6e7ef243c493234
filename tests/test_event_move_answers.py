"""Whom a military move is aimed at, told in a clause or phrase the older rules did not read, on
the real model.

Sentences written for these tests in wire style (not taken from examples/):
- a move told in a coordinated clause with a subject of its own, after another side's hostile act
  aimed at the mover in the same sentence, answers that act ("Belgrade sent troops toward Kosovo,
  and Pristina put its police on alert"); a friendly act before it, an act aimed at a third side,
  or a move sharing the act's subject answers nothing;
- a drill or an exercise named by the object of a verb has the phrases the parser hangs on that
  verb ("held exercises along the [Guyanese] frontier"); a border of no other side, or a coast,
  names no one.
"""

from __future__ import annotations

import pytest

from tests.event_lookup import codes, events_starting


@pytest.mark.parametrize(
    "text, trigger, source, target",
    [
        # the move answers the other side's hostile act told earlier in its sentence
        ("Armenia moved tanks toward its frontier with Azerbaijan on Sunday, and Baku put its army on full "
         "combat alert.", "put", {"AZE"}, {"ARM"}),
        ("Venezuela sent warships toward Guyana's coast last week, and Georgetown placed its small defence "
         "force on high alert.", "placed", {"GUY"}, {"VEN"}),
        # near misses: a friendly act, an act aimed at a third side, the same subject
        ("Greece signed a trade deal with Turkey on Sunday, and Ankara put its navy on alert.", "put", {"TUR"}, set()),
        ("Armenia moved tanks toward its frontier with Azerbaijan on Sunday, and Georgia put its army on alert.",
         "put", {"GEO"}, set()),
    ],
)
def test_a_coordinated_move_answers_the_act_told_before_it(nlp, text, trigger, source, target):
    move = events_starting(nlp, text, "MOBILIZE", trigger)[0]
    assert codes(move.source) == source, move.rule
    assert codes(move.target) == target, move.rule


@pytest.mark.parametrize(
    "text, trigger, source, target",
    [
        ("Venezuela staged large military exercises along the Guyanese frontier on Thursday.", "exercises",
         {"VEN"}, {"GUY"}),
        ("Belarus held snap drills close to the Lithuanian border this week.", "drills", {"BLR"}, {"LTU"}),
        ("Russia began naval drills in the Kaliningrad region near the Polish border on Friday.", "drills",
         {"RUS"}, {"POL"}),
        # near misses: no other side's border, a coast
        ("Mexico held army exercises along its northern border on Thursday.", "exercises", {"MEX"}, set()),
        ("Iran staged naval drills near its southern coast on Sunday.", "drills", {"IRN"}, set()),
    ],
)
def test_a_drill_named_by_an_object_has_the_phrases_of_its_verb(nlp, text, trigger, source, target):
    move = events_starting(nlp, text, "MOBILIZE", trigger)[0]
    assert codes(move.source) == source, move.rule
    assert codes(move.target) == target, move.rule
