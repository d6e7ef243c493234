"""What a text says that a body adopts, passes or approves is that body's act: the participle on
the text takes the body as its doer ("lawmakers passed a resolution [condemning] …"). Near miss: a
text someone vetoes or rejects says nothing of the vetoing side. Sentences written for these
tests, on the real model."""

from __future__ import annotations

import pytest

from event_lookup import codes, event_at, has_event


ADOPTED = [
    ("Lawmakers in Seoul passed a resolution condemning Japan's export curbs.", "ACCUSE", "condemning", {"KOR"}),
    ("A draft declaration condemning the coup in Niamey was approved by the African Union on Friday.", "ACCUSE",
     "condemning", {"AU"}),
    ("Kenya's parliament approved a resolution urging Nairobi to recall its ambassador from Kampala.", "REQUEST",
     "urging", {"KEN"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source"), ADOPTED)
def test_event_adopted_texts_body_is_the_doer(nlp, text, type_, trigger, source):
    assert codes(event_at(text, type_, trigger).source) == source


def test_event_adopted_texts_vetoed_text_is_no_act(nlp):
    """Near miss: a vetoed text's demand is coded through the veto, not as the vetoing side's demand."""
    assert not has_event(nlp, "Moscow vetoed a resolution demanding a truce in Sudan.", "REQUEST", "demanding")
