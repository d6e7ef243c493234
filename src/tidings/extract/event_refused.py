"""Whom a refused proposal was put to: the side that refuses it.

"Pretoria refused an ICC request to freeze the assets of a militia commander", "Modi declined the
Philippines' invitation to attend the summit", "Jakarta turned down offers of foreign troops",
"Paris refused to let British officers patrol its beaches, a demand made by Conservative MPs": a
request, demand, invitation or offer (vocabulary.csv ``proposal_types``) named as what a rejection
refuses, as the rejection's object or in apposition to it, was put to the refusing side, not to
the parties of the act it asks for. A proposal that names its own addressee ("an offer of talks
[to Kyiv]", "a demand [on Denmark]") keeps it.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex, side_code
from tidings.extract.event_syntax import VERB_POS, preps
from tidings.models import Event

__all__ = ["aim_refused_proposals"]

_REFUSED_SLOTS = ("dobj", "nsubjpass", "npadvmod", "appos")  # "refused [the request]", "[the offer] was rejected", "…, [a demand] made by"


def aim_refused_proposals(events: list[Event], cands: list, index: EventIndex) -> list[Event]:
    by_token = {c.token.i: e for e, c in zip(events, cands)}
    proposals = index.tables.vocab("proposal_types")
    out = []
    for e, c in zip(events, cands):
        refusal = _refusal(c.token, by_token) if e.type in proposals and c.token.pos_ not in VERB_POS else None
        if refusal is not None and not _own_addressee(c.token, index):
            mine = {side_code(a) for a in e.source}
            refusers = [a for a in refusal.source if side_code(a) not in mine]
            if refusers and {side_code(a) for a in refusers} != {side_code(a) for a in e.target}:
                e = e.model_copy(update={"target": refusers, "rule": (e.rule or "") + "; target: the side refusing it"})
        out.append(e)
    return out


def _refusal(noun: Token, by_token: dict[int, Event]) -> Event | None:
    """The rejection whose object, passive subject or apposition the noun is."""
    if noun.dep_ not in _REFUSED_SLOTS:
        return None
    refusal = by_token.get(noun.head.i)
    return refusal if refusal is not None and refusal.type == "REJECT" and refusal.source else None


def _own_addressee(noun: Token, index: EventIndex) -> bool:
    """'an offer of talks [to Kyiv]', 'a demand [on Denmark]': the proposal names whom it is put to."""
    return any(p in ("to", "on") and any(index.actor(t) is not None for t in g.subtree) for p, g in preps(noun))
