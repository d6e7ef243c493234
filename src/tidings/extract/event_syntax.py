"""Small dependency-tree helpers the event coder uses to read a clause around a trigger."""

from __future__ import annotations

from typing import Iterator

from spacy.tokens import Token

SUBJECTS = ("nsubj", "csubj")
OBJECTS = ("dobj", "obj")
NOUN_POS = ("NOUN", "PROPN")
VERB_POS = ("VERB", "AUX")
MODIFIERS = ("compound", "amod", "nmod", "poss", "npadvmod", "nummod")


def words(token: Token) -> tuple[str, str]:
    return token.lemma_.lower(), token.lower_


def has_word(token: Token, wanted: frozenset[str]) -> bool:
    return token.lemma_.lower() in wanted or token.lower_ in wanted


def forms(token: Token) -> tuple[str, ...]:
    """Lemma, lower-case form and crude stems: the small model mislemmatizes some verbs
    ("staged" → "stag", "readmitted" → "readmitte"), so a doubled final consonant is undone too."""
    low = token.lower_
    out = [token.lemma_.lower(), low]
    if low.endswith("ed"):
        out += [low[:-1], low[:-2]] + _undoubled(low[:-2])
    elif low.endswith("ing"):
        out += [low[:-3], low[:-3] + "e"] + _undoubled(low[:-3])
    elif low.endswith("s"):
        out.append(low[:-1])
    return tuple(out)


def _undoubled(stem: str) -> list[str]:
    """'readmitt' → 'readmit', 'controll' → 'control'."""
    if len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in "aeiouy":
        return [stem[:-1]]
    return []


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def conjuncts(token: Token) -> list[Token]:
    """The token and the tokens coordinated with it ("Germany and Ukraine")."""
    out, todo = [token], [token]
    while todo:
        for c in todo.pop().children:
            if c.dep_ == "conj" and c not in out:
                out.append(c)
                todo.append(c)
    return out


def has_subject(verb: Token) -> bool:
    """The clause has a subject of its own, active or passive ("…, and South Korea's navy staged a drill")."""
    return any(ch.dep_ in ("nsubj", "nsubjpass") for ch in verb.children)


def subject(verb: Token) -> Token | None:
    """The grammatical subject of a verb: nsubj, or the "by" agent of a passive."""
    return nearest_subject(verb) or agent(verb)


def nearest_subject(verb: Token) -> Token | None:
    """The nsubj nearest before the verb: a dateline parsed as a second subject
    ("BELGRADE, 15 February 2026 — Serbian police arrested") loses to the real one."""
    found = [c for c in verb.children if c.dep_ in SUBJECTS]
    # the small model sometimes hangs the subject on the auxiliary ("Egypt [are] mediating")
    found += [g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ in SUBJECTS]
    before = [c for c in found if c.i < verb.i]
    return before[-1] if before else (found[0] if found else None)


def agent(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def joined_past_bare(verb: Token) -> Token | None:
    """'demanded that Mexico hand over the suspect and [recalled] its ambassador', 'urged Beijing to
    cease its pressure and [called for] restraint': a finite verb with no subject of its own that
    the parser joined to a bare verb (an infinitive or subjunctive complement) cannot continue that
    complement; it coordinates with the verb governing the complement, which is returned."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or head.tag_ != "VB" or has_subject(verb):
        return None
    if head.dep_ not in ("ccomp", "xcomp", "advcl") or head.head == head or head.head.pos_ not in VERB_POS:
        return None
    return head.head


def passive_subject(verb: Token) -> Token | None:
    """The nsubjpass; for a passive conjunct with no subject of its own, the subject it shares with
    the verb it is coordinated with ("[two journalists] crossed into Syria and were detained")."""
    own = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if own is not None or verb.dep_ != "conj" or verb.head.pos_ != "VERB" or has_subject(verb):
        return own
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return nearest_subject(verb.head) or passive_subject(verb.head)


def passive_conjunct(verb: Token) -> bool:
    """A passive coordinated with a passive, without a subject of its own: "the alliance had been
    informed in advance but had not been [consulted]", "Nairobi was informed but not [consulted]"."""
    if verb.dep_ != "conj" or not is_passive(verb.head) or nearest_subject(verb) is not None:
        return False
    return is_passive(verb) or (verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children))


def shared_passive_subject(verb: Token) -> Token | None:
    """The passive subject of the verb, or of the passive it is coordinated with (``passive_conjunct``)."""
    own = passive_subject(verb)
    return passive_subject(verb.head) if own is None and passive_conjunct(verb) else own


def direct_object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in OBJECTS), None)


def preps(token: Token) -> Iterator[tuple[str, Token]]:
    """(preposition lemma, object) pairs attached to a token, particles and "away from" included."""
    for c in token.children:
        if c.dep_ in ("prep", "agent") or (c.dep_ == "prt" and c.pos_ == "ADP"):
            for g in c.children:
                if g.dep_ in ("pobj", "pcomp"):
                    yield c.lower_, g
                elif g.dep_ == "prep":  # "out of", "away from"
                    for h in g.children:
                        if h.dep_ in ("pobj", "pcomp"):
                            yield g.lower_, h
        elif c.dep_ == "dative" and c.pos_ == "ADP":
            for g in c.children:
                if g.dep_ == "pobj":
                    yield c.lower_, g


def of_object(noun: Token) -> Token | None:
    return next((g for p, g in preps(noun) if p == "of"), None)


def definite(noun: Token) -> bool:
    """"the summit", "that coast": the noun carries a definite article or a demonstrative."""
    return any(ch.dep_ == "det" and ch.lower_ in ("the", "this", "that") for ch in noun.children)


def clause_verb(token: Token) -> Token:
    """The verb heading the clause a token belongs to (the token itself for verbs)."""
    t, steps = token, 0
    while t.pos_ not in VERB_POS and t.head != t and steps < 8:
        t, steps = t.head, steps + 1
    return t


def governor(noun: Token) -> Token | None:
    """The verb a noun is an argument of: "imposed [tariffs]", "[talks] were held", "went on [strike]"."""
    head = noun.head
    if noun.dep_ == "conj":
        return governor(head) if head != noun else None
    if noun.dep_ in ("dobj", "nsubjpass", "attr", "oprd", "nsubj", "dative") and head.pos_ in VERB_POS:
        return head
    if noun.dep_ == "pobj" and head.head.pos_ in VERB_POS and head.head != head:
        return head.head
    return None


def within(token: Token, top: Token) -> bool:
    """True when ``top`` is ``token`` or one of its ancestors."""
    t = token
    for _ in range(40):
        if t == top:
            return True
        if t.head == t:
            return False
        t = t.head
    return False


def unique_tokens(tokens: list[Token | None]) -> list[Token]:
    out: list[Token] = []
    for t in tokens:
        if t is not None and all(t.i != o.i for o in out):
            out.append(t)
    return out
