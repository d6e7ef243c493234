"""The one accused of an act, named by a modifier (event_sources._judged_agent), on the real model.

Sentences written for these tests (not taken from examples/): in "accused [Russian military
intelligence] of a cyberattack" the parser often hangs "of" on the accused noun, which names its
country only through a modifier; the accused is still the act's doer. An accused noun that names
no country gives none.
"""

from __future__ import annotations

import pytest

from event_lookup import last_event_named as _event, codes


@pytest.mark.parametrize(
    "text, type_, trigger, source",
    [
        ("Warsaw accused Russian military intelligence of a cyberattack on railway signals.",
         "COERCE", "cyberattack", {"RUS"}),
        ("Lithuania accused Belarusian border guards of an assault on its patrol near the frontier.",
         "ASSAULT", "assault", {"BLR"}),
        ("Seoul accused North Korean military hackers of a cyberattack on its nuclear operator.",
         "COERCE", "cyberattack", {"PRK"}),
        # near miss: the accused names no country
        ("Lithuania accused unidentified border guards of an assault on its patrol near the frontier.",
         "ASSAULT", "assault", set()),
    ],
)
def test_event_judged_modified_accused_does_the_act(nlp, text, type_, trigger, source):
    e = _event(text, type_, trigger, nlp)
    assert codes(e.source) == source, e.rule
