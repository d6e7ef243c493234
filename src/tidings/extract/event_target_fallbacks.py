"""Targets filled from another event of the same sentence, after every event has its sides.

- A judgement of an act ("Beijing condemned the detention of two Chinese students in Vilnius")
  is aimed at whoever did that act, when the clause names no one else: the source of the event
  its complement names, other than the judge's own side.
"""

from __future__ import annotations

from tidings.extract.event_compose import Candidate
from tidings.extract.event_index import EventIndex
from tidings.models import Actor, Event

__all__ = ["aim_at_judged_acts"]


def _code(a: Actor) -> str:
    return a.code or a.country or ""


def aim_at_judged_acts(events: list[Event], cands: list[Candidate], index: EventIndex) -> list[Event]:
    """'condemned the detention of …', 'denounced the strike on …': the judged act's doer."""
    by_token = {c.token.i: e for e, c in zip(events, cands)}
    out = []
    for event, cand in zip(events, cands):
        if not event.target and event.source and cand.inner is not None and cand.entry.wraps == "judge":
            judged = by_token.get(cand.inner.i)
            mine = {_code(a) for a in event.source}
            doers = [a for a in (judged.source if judged is not None else []) if _code(a) not in mine]
            if doers:
                event = event.model_copy(update={"target": doers, "rule": (event.rule or "") + "; target: the doer of the act judged"})
        out.append(event)
    return out
