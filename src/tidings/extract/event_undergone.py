"""Acts undergone: "Venezuela faces new US sanctions", "Kyiv came under attack from Russian
drones", "the exercise drew a sharp warning from Beijing". The subject of a verb of undergoing
(vocabulary.csv undergo_verbs) is the act's target; the act's "from"/"by" phrase, else its own
modifier, names the source.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_compose import Candidate
from tidings.models import Actor
from tidings.extract.event_index import EventIndex, names_event
from tidings.extract.event_phrases import actors_of
from tidings.extract.event_sources import verb_subject
from tidings.extract.event_syntax import VERB_POS, conjuncts, preps

_DOER_DEPS = ("poss", "amod", "compound", "nmod")
_EMBEDDED = ("relcl", "acl", "pcomp")  # clauses hung on a noun or a preposition
_NOMINAL = ("prep", "pobj", "dobj", "attr", "appos")  # the way up from such a clause to its verb


def undergone(c: Candidate, index: EventIndex) -> tuple[list[Token], list[Token]] | None:
    """'Venezuela faces new [US] sanctions', 'Kyiv came under attack [from Russian drones]', 'won
    backing from Germany': the subject of a verb of undergoing is the act's target; the act's
    from/by phrase, else its own modifier, names the source. (source tokens, target tokens)"""
    noun, verb = c.token, None
    if c.entry.pos == "noun":
        verb = _undergoing_verb(noun, index)
    elif c.token.lemma_.lower() in index.tables.vocab("undergo_verbs"):  # the pattern "come under [attack]"
        verb, noun = c.token, next((g for p, g in preps(c.token) if p in index.tables.vocab("undergo_preps")), None)
    if verb is None or noun is None:
        return None
    target = _undergoer(verb, index)
    source = [g for t in (noun, verb) for p, g in preps(t) if p in ("from", "by")]
    source = source or [ch for ch in noun.children if ch.dep_ in _DOER_DEPS and index.actor(ch)]
    source = [t for g in source for t in conjuncts(g)]
    if target is None or not (target or actors_of(source, index) or _group(source, index)):
        return None
    return source, target


def _undergoer(verb: Token, index: EventIndex) -> list[Token] | None:
    """Who undergoes: the verb's subject when it names an actor. An act noun as subject stands for
    whoever did that act ("[the joint exercise by US and Philippine forces] drew a warning", "[Tuesday's
    arrest of journalists by X] drew condemnation"; none named: no one, "[the shooting of a senator] drew
    condemnation"), as does any other thing ("the plan drew criticism from the EU"); a participle after
    a comma undergoes as the subject of the main clause, not of a relative clause in between ("Russia
    vetoed a resolution that demanded a truce, drawing criticism")."""
    target = verb_subject(_main_clause(verb), index)
    if not target or any(t.pos_ == "PRON" for t in target):
        return target if target and actors_of(target, index) else None
    if all(names_event(t, index) and index.actor(t) is None for t in target):
        return [d for t in target for d in _doers(t, index)]
    if actors_of(target, index):
        return target
    return [] if all(t.pos_ == "NOUN" for t in target) else None


def _doers(noun: Token, index: EventIndex) -> list[Token]:
    """Who did the act a noun names: its "by" phrase, else its possessor or actor modifier ("Russia's
    attack", "the Israeli strike"). The parser often hangs the "by" phrase on the noun's object ("the
    arrest of three journalists by the security services")."""
    heads = [noun] + [g for p, g in preps(noun) if p == "of"]
    by = [t for h in heads for p, g in preps(h) if p == "by" for t in conjuncts(g)]
    return by or [ch for ch in noun.children if ch.dep_ in _DOER_DEPS and index.actor(ch) is not None]


def _group(tokens: list[Token], index: EventIndex) -> bool:
    """A named party of no country ("from press freedom groups"): the act has its doer, only not a coded one."""
    return any(t.pos_ == "NOUN" and not names_event(t, index) and not _coded(t, index) for t in tokens)


def _coded(token: Token, index: EventIndex) -> bool:
    actor = index.actor(token)
    return actor is not None and bool(actor.code or actor.country)


def uncoded_giver(noun: Token, index: EventIndex) -> bool:
    """'drew condemnation [from media rights groups]': the act undergone has its doer, a party of no
    country, so no other actor of the article stands in for it."""
    verb = _undergoing_verb(noun, index) if noun.pos_ == "NOUN" else None
    if verb is None:
        return False
    givers = [t for h in (noun, verb) for p, g in preps(h) if p == "from" for t in conjuncts(g)]
    return bool(givers) and not any(_coded(t, index) for t in givers) and _group(givers, index)


def undergone_by_no_one(noun: Token, index: EventIndex) -> bool:
    """'[the killing of a journalist] drew condemnation': the act answered names no doer, so the answer
    is aimed at no one the sentence names (the one the act fell on is no target of it)."""
    verb = _undergoing_verb(noun, index) if noun.pos_ == "NOUN" else None
    return verb is not None and _undergoer(verb, index) == []


def _main_clause(verb: Token) -> Token:
    """The clause whose subject a participle after a comma shares: past the relative or prepositional
    clauses it was hung on ("opened an investigation into whether subsidies let BYD undercut rivals,
    drawing a rebuke": the investigation drew it)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return verb
    head = verb.head
    for _ in range(3):
        if head.dep_ not in _EMBEDDED:
            break
        up = head.head
        while up.pos_ not in VERB_POS and up.dep_ in _NOMINAL and up.head != up:
            up = up.head
        if up.pos_ not in VERB_POS:
            break
        head = up
    return verb if head == verb.head else head


def _undergoing_verb(noun: Token, index: EventIndex) -> Token | None:
    verbs = index.tables.vocab("undergo_verbs")
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in index.tables.vocab("undergo_preps"):
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return head if head.pos_ in VERB_POS and head.lemma_.lower() in verbs else None


def reacts_to(actor: Actor, trigger: Token, index: EventIndex) -> bool:
    """'[the joint exercise] drew a sharp warning from [Beijing]': the one in the "from" phrase of a
    verb of undergoing whose subject holds the trigger answers the act, it takes no part in it."""
    span = index.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    prep = span.root.head
    verb = prep.head
    if span.root.dep_ != "pobj" or prep.lower_ != "from" or verb.pos_ not in VERB_POS:
        return False
    if verb.lemma_.lower() not in index.tables.vocab("undergo_verbs"):
        return False
    return any(trigger in t.subtree for t in verb.children if t.dep_ in ("nsubj", "nsubjpass"))
