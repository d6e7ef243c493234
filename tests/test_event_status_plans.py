"""Status of an act named as the content of a plan or intention noun ("plans to meet", "no intention
to withdraw"): planned, and negated when the noun is denied. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tidings.api import extract


@pytest.mark.parametrize(
    "text, type_, status",
    [
        ('Putin said he had no plans to meet Zelensky in Istanbul.', 'AGREE', 'negated'),
        ('Israel has no intention to withdraw its troops from the Golan Heights, Netanyahu said.', 'CONCEDE', 'negated'),
        ('Japan unveiled plans to deploy long-range missiles on the island of Kyushu.', 'MOBILIZE', 'planned'),
    ],
)
def test_event_status_plans_nouns(nlp, text, type_, status):
    events = extract(text, published="2026-05-04", nlp=nlp).events
    assert (type_, status) in {(e.type, e.status) for e in events}, [(e.type, e.status, e.rule) for e in events]
