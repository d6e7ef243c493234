"""An event with no date of its own takes the date its paragraph last told (real model)."""

import pytest

from tidings.api import extract

PUBLISHED = "2026-05-04"  # a Monday


def _date(text: str, type_: str) -> str | None:
    hits = [e for e in extract(text, published=PUBLISHED).events if e.type == type_]
    assert hits, f"no {type_} in {text!r}"
    return hits[-1].date


@pytest.mark.parametrize(
    "text, type_, date",
    [
        # the narrative of one paragraph goes on on the day it told
        ("On Saturday, soldiers fired on protesters in Niamey, witnesses said. Police arrested 40 people.",
         "COERCE", "2026-05-02"),
        ("Chinese coast guard vessels blocked a Philippine supply mission on Friday. The Philippines accused China of harassment.",
         "ACCUSE", "2026-05-01"),
        # a new paragraph starts afresh
        ("Chinese coast guard vessels blocked a Philippine supply mission on Friday.\n\nThe Philippines accused China of harassment.",
         "ACCUSE", PUBLISHED),
        # an announced act is not dated by what was told before it
        ("Kenyan police arrested 40 protesters in Nairobi on Saturday. Kenya will deploy more police officers.",
         "MOBILIZE", PUBLISHED),
    ],
)
def test_event_dates_carry_within_a_paragraph(nlp, text, type_, date):
    assert _date(text, type_) == date
