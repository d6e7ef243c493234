"""Signers of an agreement the sentence names without saying who signed it.

"deliveries to Iraq resumed under [a deal signed in Baghdad]", "urged the two presidents to
respect [the accord signed] last year", "the two leaders witnessed [the signing] of a trade pact":
an agreement binds the parties that act under it, so a signing with no signer named is the joint
act of the sides of the clause the agreement belongs to (source [A, B], no target, as joint acts
are coded), when that clause has at least two.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_compose import Candidate
from tidings.extract.event_index import EventIndex, side_code, unique_sides
from tidings.extract.event_phrases import actors_of
from tidings.extract.event_sources import verb_subject
from tidings.extract.event_syntax import VERB_POS, agent, clause_verb
from tidings.models import Actor, Event


def name_signers(events: list[Event], cands: list[Candidate], index: EventIndex) -> list[Event]:
    """Give each signing with neither side the sides of the clause its agreement serves."""
    by_verb = {t.i: e for e, c in zip(events, cands) for t in (c.token, c.anchor)}
    out = []
    for e, c in zip(events, cands):
        if not e.source and not e.target and c.token.lemma_.lower() in index.tables.vocab("signing_words"):
            gov = _served_clause(c.token)
            coded = [a for a in _clause_sides(gov, by_verb, index) if side_code(a)] if gov is not None else []
            sides = unique_sides(coded)
            if len(sides) >= 2:
                e = e.model_copy(update={"source": sides, "confidence": round(e.confidence * 0.7, 2),
                                         "rule": (e.rule or "") + "; source: the sides of the clause the agreement serves"})
        out.append(e)
    return out


def _served_clause(tok: Token) -> Token | None:
    """The verb of the clause the agreement belongs to: above the noun a bare participle
    describes ("a deal [signed] in Baghdad"), or above a signing noun ("witnessed the [signing]")."""
    if tok.pos_ in VERB_POS:
        if tok.dep_ != "acl" or tok.tag_ != "VBN" or agent(tok) is not None:
            return None
        tok = tok.head
    gov = clause_verb(tok.head) if tok.head != tok else None
    return gov if gov is not None and gov.pos_ in VERB_POS else None


def _clause_sides(gov: Token, by_verb: dict[int, Event], index: EventIndex) -> list[Actor]:
    """The sides of the governing clause's own event, else the actors its subject names; an
    infinitive clause with neither ("urging them [to respect] the accord") has those its
    controller names: the object of the verb above, else that verb's own sides."""
    for _ in range(3):
        # "had begun [delivering] power under a deal": a verb of phase lends the clause to its complement
        event = by_verb.get(gov.i) or next((by_verb[ch.i] for ch in gov.children if ch.dep_ == "xcomp" and ch.i in by_verb), None)
        if event is not None and len({side_code(a) for a in [*event.source, *event.target]}) >= 2:
            return [*event.source, *event.target]
        subject = actors_of(verb_subject(gov, index), index)
        if len({side_code(a) for a in subject}) >= 2 or gov.dep_ != "xcomp" or gov.head.pos_ not in VERB_POS:
            return subject
        above = by_verb.get(gov.head.i)
        if above is not None and any(ch.dep_ == "dobj" for ch in gov.head.children):
            return above.target
        gov = gov.head
    return []
