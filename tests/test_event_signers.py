"""Signings with no signer named (event_signers), on the real model.

Sentences written for these tests (not taken from examples/): an agreement "signed" or
"finalised" with no one said to sign it binds the sides of the clause it serves, which are then
its signers (a joint act: source [A, B], no target); a clause with only one side names no pair.
"""

from __future__ import annotations

import pytest

from event_lookup import last_event_named as _event, sides


@pytest.mark.parametrize(
    "text, trigger, source",
    [
        # the clause the agreement serves has two sides
        ("Kenya resumed electricity exports to Uganda on Monday under a deal signed in Nairobi last year.",
         "signed", {"KEN", "UGA"}),
        ("The European Union urged Armenia and Azerbaijan to honour the peace accord signed in Washington.",
         "signed", {"ARM", "AZE"}),
        ("Chile's president and his Peruvian counterpart attended the signing of a fisheries treaty in Lima.",
         "signing", {"CHL", "PER"}),
        # near misses: a clause of one side, and a signer the sentence names
        ("Uganda resumed electricity exports on Monday under a deal signed last year.", "signed", set()),
        ("Kenya resumed exports under a deal signed by Uganda and Tanzania in May.", "signed", {"TZA", "UGA"}),
    ],
)
def test_event_signers_of_an_unsigned_agreement(nlp, text, trigger, source):
    e = _event(text, "SUPPORT", trigger, nlp)
    assert sides(e) == (source, set()), e.rule
