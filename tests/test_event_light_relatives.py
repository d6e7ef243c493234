"""Act nouns done in a light-verb relative clause (event_relatives.light_relative_subject), on the real model.

Sentences written for these tests (not taken from examples/): "the sanctions [that Ottawa
imposed]", "a package of credits [that Seoul extended to Hanoi]" are done by the relative
clause's subject, as "Ottawa imposed sanctions" is. A relative clause of another verb (one
reacting to the act) lends no doer.
"""

from __future__ import annotations

import pytest

from event_lookup import last_event_named as _event, codes


@pytest.mark.parametrize(
    "text, type_, trigger, source",
    [
        ("The sanctions that Ottawa imposed in March have hurt Iranian shipping firms.",
         "SANCTION", "sanctions", {"CAN"}),
        ("The new coast guard cutters are part of a loan package that Seoul extended to Hanoi last year.",
         "AID", "package", {"KOR"}),
        ("The tariffs Washington imposed on Brazilian steel took effect on Friday.",
         "SANCTION", "tariffs", {"USA"}),
        # near miss: the relative clause reacts to the act, it does not do it
        ("The sanctions that Ottawa criticised in March have hurt Iranian shipping firms.",
         "SANCTION", "sanctions", set()),
    ],
)
def test_event_light_relatives_subject_does_the_act(nlp, text, type_, trigger, source):
    e = _event(text, type_, trigger, nlp)
    assert codes(e.source) == source, e.rule
