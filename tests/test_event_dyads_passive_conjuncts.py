"""A passive coordinated with a passive shares its subject as the one the act is done to ("the
alliance had been briefed but had not been [consulted]"), beside the near miss of an active verb
after the passive ("had been warned but had not consulted Poland"). Sentences written for these
tests in wire style (not taken from examples/); whole pipeline, real model."""

from __future__ import annotations

import pytest

from event_lookup import codes as _codes, event_at as _event


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("A NATO spokesman said the alliance had been briefed in advance but had not been consulted on the troop cut.",
         "consulted", {"NATO"}),
        ("Kenya's foreign minister said Nairobi had been informed but not consulted about the strikes.",
         "consulted", {"KEN"}),
        # near miss: an active verb after the passive keeps the subject as its doer
        ("Germany said it had been warned in advance but had not consulted Poland before the vote.",
         "consulted", {"POL"}),
    ],
)
def test_event_dyads_passive_conjunct_target(nlp, text, trigger, target):
    assert _codes(_event(text, "CONSULT", trigger).target) == target


def test_event_dyads_passive_conjunct_is_not_its_own_doer(nlp):
    event = _event("A NATO spokesman said the alliance had been briefed in advance but had not been consulted on the troop cut.",
                   "CONSULT", "consulted")
    assert "the reporter" not in (event.rule or "")
