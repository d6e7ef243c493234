"""A meeting that is the setting of another act of its clause was held with the one that act is
done to (real model). Sentences written for these tests in wire style (not taken from examples/)."""

from __future__ import annotations

import pytest

from tests.event_lookup import events_starting, sides


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Kenya's president thanked Cyril Ramaphosa for his support in a phone call on Tuesday.", {"KEN"}, {"ZAF"}),
        ("Chancellor Merz congratulated Mark Carney on his election victory in a telephone call.", {"DEU"}, {"CAN"}),
        ("Lula pressed Gustavo Petro on the border dispute during a video call.", {"BRA"}, {"COL"}),
        # near misses: the meeting names its own partner or body; the act has no party as object
        ("Erdogan criticised Israel in a phone call with Egyptian President Abdel Fattah al-Sisi.", {"TUR"}, {"EGY"}),
        ("Spain's prime minister announced new housing measures in a phone call on Monday.", {"ESP"}, set()),
    ],
)
def test_event_meeting_setting_held_with_the_one_the_act_is_done_to(nlp, text, source, target):
    meeting = events_starting(nlp, text, "CONSULT", "")
    meeting = [e for e in meeting if "call" in e.trigger.text.lower()][0]
    assert sides(meeting) == (source, target), meeting.rule
