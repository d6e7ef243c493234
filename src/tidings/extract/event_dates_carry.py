"""A narrative's date carries over: "On Saturday, soldiers fired on the crowd in the capital. Police
arrested 40 people." — the arrests were on Saturday too, not on the day of publication.

An event that found no date of its own (its date is the publication-date fallback) and is told as
done (asserted or reported) takes the date of the latest event before it, in an earlier sentence of
the same paragraph, whose date its own sentence gave, when that date is not after publication.
A new paragraph, or a future or conditional event, does not inherit.

A re-mention ("the deployment", "The talks ended", event_resume) names the act it resumes, so with
no date of its own it takes that act's date, wherever it stands and whatever its status.
"""

from __future__ import annotations

from tidings.extract.event_resume import referent_start
from tidings.models import Event
from tidings.nlp.sentences import paragraph_index, paragraph_starts

FALLBACK = "date: publication date"
_DONE = frozenset({"asserted", "reported"})


def carry_dates(events: list[Event], text: str, published: str | None) -> list[Event]:
    """The events, in their order, with fallback dates replaced by the paragraph's last told date."""
    starts = paragraph_starts(text)
    told: tuple[int, int, str] | None = None  # (paragraph, sentence, date) of the latest dated event
    carried: dict[int, Event] = {}
    dated: dict[int, Event] = {}  # events with a date of their own or carried, by trigger start
    for i, e in sorted(enumerate(events), key=lambda p: p[1].trigger.start):
        paragraph = paragraph_index(starts, e.trigger.start)
        fallback = FALLBACK in (e.rule or "")
        ref = dated.get(referent_start(e) or -1) if fallback else None
        if ref is not None and ref.date:
            carried[i] = e.model_copy(update={"date": ref.date, "rule": (e.rule or "").replace(
                FALLBACK, f"date: '{ref.date}' of the event it resumes")})
            dated[e.trigger.start] = carried[i]
            continue
        if not fallback:
            dated[e.trigger.start] = e
        if e.status not in _DONE:
            continue
        if not fallback and e.date and (not published or e.date[:10] <= published):
            told = (paragraph, e.sentence, e.date)
        elif fallback and told and told[0] == paragraph and told[1] < e.sentence:
            carried[i] = e.model_copy(update={"date": told[2], "rule": (e.rule or "").replace(
                FALLBACK, f"date: '{told[2]}' of the paragraph's last dated event")})
            dated[e.trigger.start] = carried[i]
    return [carried.get(i, e) for i, e in enumerate(events)]
