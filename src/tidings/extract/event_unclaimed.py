"""Attacks the sentence leaves unclaimed, for the article-counterpart fallback (event_counterparts).

A clause that only reacts to an act of violence ("closed the border [after the bombing in the
capital]", "no one has been charged [over the killing] of the reporter") or only supposes one
("pledged to defend its ally [if it is ever attacked]", "would retaliate [if attacks] continued")
does not say who did it; the article's counterpart is then no better a guess than anyone, and
the doer stays unknown. The clause may still name the accused, outside its own subject (the one
reacting): "opened a case [against three Ukrainian officers] over the incursion". A supposed
attack has no doer to accuse.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex, side_code, side_codes
from tidings.extract.event_recipients import trigger_token
from tidings.extract.event_syntax import VERB_POS, clause_verb
from tidings.models import Actor, Event

_OWN_CLAUSE = ("conj", "parataxis", "relcl", "advcl", "ccomp")  # verbs that start a clause of their own


def unclaimed_attack(event: Event, counterpart: Actor, index: EventIndex) -> bool:
    """An attack (vocabulary.csv unseen_attacker_types) only supposed, or told only as what a clause
    reacts to when that clause names the counterpart nowhere but as its own subject or the target."""
    if event.type not in index.tables.vocab("unseen_attacker_types"):
        return False
    tok = trigger_token(event, index)
    if tok is None:
        return False
    if _supposed(tok, index):
        return True
    top = _reacting_clause(tok, index)
    if top is None:
        return False
    code = side_code(counterpart)
    if code in side_codes(event.target):
        return True  # "the army extended the curfew after bombings near government offices"
    return not any(side_code(a) == code and _accused_in(a, top, index) for a in index.actors)


def _reacting_clause(tok: Token, index: EventIndex) -> Token | None:
    """The verb of the clause an act noun is the cause of ("after [a series of] bombings", "over the
    killing"), through "of" phrases of quantity or kind."""
    noun = tok
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in index.tables.vocab("reaction_preps"):
        return None
    return clause_verb(noun.head)


def _supposed(tok: Token, index: EventIndex) -> bool:
    """The act is only supposed: an "if"/"unless" clause whose verb is the act ("if it is
    attacked") or has the act noun as subject ("if attacks continued")."""
    verb = tok if tok.pos_ in VERB_POS else (tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None)
    if verb is None or verb.dep_ != "advcl":
        return False
    marks = index.tables.vocab("condition_marks")
    return any(ch.dep_ == "mark" and ch.lower_ in marks for ch in verb.children)


def _accused_in(actor: Actor, top: Token, index: EventIndex) -> bool:
    """The actor hangs in the clause of ``top``, not as its subject and not in a clause of its own."""
    span = index.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    for _ in range(12):
        if t.head == top:
            return t.dep_ not in ("nsubj", "nsubjpass", *_OWN_CLAUSE)
        if t.head == t or (t.pos_ in VERB_POS and t.dep_ in _OWN_CLAUSE):
            return False
        t = t.head
    return False
