"""The parties of an agreement whose signing is told by a participle with no agent.

"Israel and the UAE will share radar data [under a pact signed in Abu Dhabi]", "Poland took
delivery of tanks from South Korea [under a contract signed last year]": the clause that acts
under the deal names its parties (its subject, object and partner phrases, and the subject of a
clause coordinated with it). Only when they are two or more sides: one side alone is no signing
pair, and the article's counterpart is left to guess the other.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_compose import Candidate
from tidings.extract.event_index import EventIndex, side_code as _code
from tidings.extract.event_phrases import actors_of
from tidings.extract.event_sources import verb_subject
from tidings.extract.event_syntax import VERB_POS, agent, conjuncts, direct_object, has_word, nearest_subject, preps
from tidings.models import Actor

__all__ = ["signing_parties"]


def signing_parties(c: Candidate, index: EventIndex) -> list[Actor]:
    """The sides of the clause an agreement signed by no one named is acted under (vocabulary.csv
    signed_deal_types, deal_classes), when it names two or more."""
    vocab = index.tables.vocab
    verb = c.token
    if c.type not in vocab("signed_deal_types") or verb.pos_ not in VERB_POS or verb.tag_ != "VBN":
        return []
    if verb.dep_ != "acl" or agent(verb) is not None or nearest_subject(verb) is not None:
        return []
    deal = verb.head
    if not has_word(deal, index.tables.vocab_classes("deal_classes")):
        return []
    clause = _acting_clause(deal)
    if clause is None:
        return []
    tokens = verb_subject(clause, index) + _objects(clause, vocab("partner_phrase_preps"))
    if clause.dep_ == "conj" and clause.head.pos_ in VERB_POS:  # "Washington agreed …, and Seoul committed …"
        tokens += verb_subject(clause.head, index)
    found, seen = [], set()
    for a in actors_of(tokens, index):
        if _code(a) and _code(a) not in seen:
            seen.add(_code(a))
            found.append(a)
    return found if len(found) > 1 else []


def _acting_clause(deal: Token) -> Token | None:
    """The verb whose phrase or object the agreement noun is ("share data [under] a pact")."""
    if deal.dep_ == "pobj" and deal.head.head.pos_ in VERB_POS:
        return deal.head.head
    if deal.dep_ in ("dobj", "nsubj", "nsubjpass") and deal.head.pos_ in VERB_POS:
        return deal.head
    return None


def _objects(verb: Token, partner_preps: frozenset[str]) -> list[Token]:
    obj = direct_object(verb)
    found = conjuncts(obj) if obj is not None else []
    return found + [g for p, g in preps(verb) if p in partner_preps] + [g for o in found for p, g in preps(o) if p in partner_preps]
