"""The meeting a host held for its guests: "Saudi Arabia hosted U.S. and Ukrainian delegations in
Jeddah for talks" is CONSULT Saudi Arabia → [USA, UKR] (the hosting) and the talks, CONSULT
[USA, UKR] → [] (the guests meeting each other; examples/wire/README.md). The meeting noun is
kept beside its host verb by ``event_same_act.hosted_by``; here it takes the guests as its sides.
"""

from __future__ import annotations

from tidings.extract.event_index import EventIndex
from tidings.extract.event_same_act import hosted_by
from tidings.models import Event


def guests_meet(events: list[Event], cands: list, index: EventIndex) -> list[Event]:
    """Events with each hosted meeting's sides set to the host's guests."""
    by_token = {c.token.i: e for e, c in zip(events, cands)}
    out = []
    for e, c in zip(events, cands):
        host = hosted_by(c.token, index) if e.type == "CONSULT" and c.entry.pos == "noun" else None
        hosting = by_token.get(host.i) if host is not None else None
        if hosting is not None and len(hosting.target) > 1:
            e = e.model_copy(update={"source": list(hosting.target), "target": [],
                                     "rule": (e.rule or "") + "; sides: the host's guests"})
        out.append(e)
    return out
