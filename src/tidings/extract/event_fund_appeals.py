"""Appeals for funds leave their donors open.

"The United Nations appealed for $4.2 billion to feed 20 million Sudanese", "the UN's $2.5
billion humanitarian appeal for Congo": a request for money that names no one asked (no object,
no "to" or "on" phrase) is aimed at no one; the people or country the money is for are its
beneficiaries, not the ones asked (ANNOTATION.md, Conventions of 2026-11-28, rule 7: "[] when the
text leaves the doer open (appeals for funds)"). "Appealed to the EU for €50 million" and "asked
the IMF for a loan" keep the one they ask.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_compose import Candidate
from tidings.extract.event_index import EventIndex
from tidings.extract.event_syntax import VERB_POS, direct_object, has_word, preps
from tidings.models import Event

__all__ = ["asks_for_funds", "leave_donors_open"]


def leave_donors_open(events: list[Event], cands: list[Candidate], index: EventIndex) -> list[Event]:
    return [e.model_copy(update={"target": [], "rule": (e.rule or "") + "; target: none, an appeal for funds leaves its donors open"})
            if e.target and asks_for_funds(c, index) else e for e, c in zip(events, cands)]


def asks_for_funds(c: Candidate, index: EventIndex) -> bool:
    """A request (vocabulary asked_doer_types) for an amount of money or for funds, asking no one named."""
    trig = c.token
    if c.type not in index.tables.vocab("asked_doer_types") or _asks_someone(trig, index):
        return False
    asked = [g for p, g in preps(trig) if p == "for"]
    if trig.pos_ not in VERB_POS:  # "a $2.5 billion appeal"
        asked += [ch for ch in trig.children if ch.dep_ in ("nummod", "compound", "amod", "quantmod")]
    funds = index.tables.vocab("fund_words")
    return any(t.ent_type_ == "MONEY" or has_word(t, funds) for g in asked for t in g.subtree)


def _asks_someone(trig: Token, index: EventIndex) -> bool:
    """'asked the IMF for a loan', 'appealed to Gulf donors', 'called on the EU': one asked is named."""
    if trig.pos_ in VERB_POS and direct_object(trig) is not None:
        return True
    return any(p in ("to", "on") and not any(t.ent_type_ == "MONEY" for t in g.subtree) for p, g in preps(trig))
