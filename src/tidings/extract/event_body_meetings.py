"""A body's own meeting named by a noun (ANNOTATION.md Q6).

"EU trade ministers endorsed the plan at [a meeting] in Luxembourg", "the G20 [summit] in
Johannesburg": a meeting noun (vocabulary.csv body_meeting_nouns) whose only participant is one
international body, and which names no partner ("a summit with China", "talks between Kyiv and
Moscow"), is the body meeting with itself: CONSULT [body] → [body].
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_compose import Candidate
from tidings.extract.event_index import EventIndex
from tidings.extract.event_syntax import VERB_POS, definite, preps

__all__ = ["body_meeting_noun"]


def body_meeting_noun(cand: Candidate, index: EventIndex) -> bool:
    """The trigger is a meeting noun naming no partner of its own or of its light verb."""
    tok, vocab = cand.token, index.tables.vocab
    if tok.pos_ in VERB_POS or tok.lemma_.lower() not in vocab("body_meeting_nouns"):
        return False
    partner = vocab("partner_preps") | vocab("between_preps")
    if definite(tok) and not _own_body(tok, index):
        return False  # "the meeting at the agency's headquarters": a re-mention of talks whose parties are named before
    holders = [tok] + ([cand.light] if cand.light is not None else [])
    return not any(p in partner for t in holders for p, _ in preps(t))


def _own_body(noun: Token, index: EventIndex) -> bool:
    """The body is named in the noun's own phrase: "the [G20] summit", "the [EU]'s summit",
    "the summit of [ASEAN] leaders"."""
    mods = [ch for ch in noun.children if ch.dep_ in ("compound", "poss", "nmod", "amod")]
    mods += [g for p, g in preps(noun) if p == "of"]
    return any(index.actor(t) is not None for m in mods for t in m.subtree)


def occasion_noun(noun: Token, verb: Token, index: EventIndex) -> bool:
    """'did not meet Li [at / on the sidelines of] the G20 summit': a noun inside a phrase of
    the occasion (vocabulary.csv occasion_preps, occasion_heads) took place, whatever the
    clause denies."""
    vocab = index.tables.vocab
    t = noun
    while t != verb and t.head != t and t.pos_ not in VERB_POS:
        if t.dep_ == "pobj" and (t.head.lower_ in vocab("occasion_preps") or t.head.head.lower_ in vocab("occasion_heads")):
            return True
        t = t.head
    return False
