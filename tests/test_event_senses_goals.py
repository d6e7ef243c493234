"""An infinitive of purpose that names a material act tells what another act is for, not an act
done ("flew two battalions north to hunt down the commanders"): no event of its own, while the
act it serves stays. Near misses: a purpose of speech is done by its act ("phoned the president
to seek help"), a purchase a signed deal is for is its content, a threat's content and an act prompted in answer stay, and so does the
complement of a verb with no object ("committed to open corridors"), which the parser may take
for a purpose.

Sentences written for these tests (wire-copy register), not taken from the example corpus; whole
pipeline, real model.
"""

from __future__ import annotations

import pytest

from event_lookup import has_event


@pytest.mark.parametrize(
    "text, kept_type, kept, goal_type, goal",
    [
        ("Chad deployed two commando units to the Lake Chad islands on Monday to hunt down Boko Haram leaders.",
         "MOBILIZE", "deployed", "ASSAULT", "hunt"),
        ("Colombia and Ecuador launched a joint police operation on Tuesday to target cocaine labs along their border.",
         "COOPERATE", "operation", "ASSAULT", "target"),
        ("Riot police fired water cannon in Nairobi on Thursday to disperse a crowd of opposition supporters.",
         "ASSAULT", "fired", "COERCE", "disperse"),
    ],
)
def test_event_goal_of_act_is_no_event(nlp, text, kept_type, kept, goal_type, goal):
    assert has_event(nlp, text, kept_type, kept)
    assert not has_event(nlp, text, goal_type, goal)


# Near misses: the purpose is done by its act, told as a threat or an answer, or is a complement.
@pytest.mark.parametrize(
    "text, type_, trigger",
    [
        ("Chile's president phoned the Argentine leader on Monday to seek help with the wildfires.", "REQUEST", "seek"),
        ("The rebel commander threatened in a statement aired on radio to attack the airport in Goma.", "ASSAULT", "attack"),
        ("Russia flew bombers near Alaska on Monday, prompting Canada's air force to scramble fighter jets.", "MOBILIZE", "scramble"),
        ("Armenia deported two Iranian traders on Monday.", "COERCE", "deported"),
        # trade named as a deal's purpose is the deal's content
        ("Egypt signed a deal with France on Monday to buy 30 more Rafale fighter jets.", "COOPERATE", "buy"),
    ],
)
def test_event_goal_near_misses_stay(nlp, text, type_, trigger):
    assert has_event(nlp, text, type_, trigger)


def test_event_complement_taken_for_purpose_stays(nlp):
    text = "Under the accord, both armies committed to open three humanitarian corridors into the besieged city of Kadugli."
    assert not has_event(nlp, text, "AGREE", "committed")
