"""Source and target of an event from the dependency tree over the actor mentions.

Subjects (inherited through coordination, control and participles), passive "by" agents,
possessives ("Germany's deployment") and nominal modifiers ("US troops") give the source;
objects and prepositional phrases (against/on/with/to/at/toward…) give the target; the theme's
and the "from" phrase's side depend on the type (data/events/roles.csv). Pronouns resolve to
the most recent compatible actor. Compound actors stay together ("Germany and Ukraine").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from tidings.extract.event_compose import Candidate
from tidings.extract.event_index import EventIndex
from tidings.extract.event_syntax import (
    VERB_POS,
    agent,
    conjuncts,
    direct_object,
    is_passive,
    of_object,
    passive_subject,
    preps,
)
from tidings.models import Actor

_TARGET_PREPS = frozenset({"against", "on", "upon", "with", "to", "toward", "towards", "at", "into", "over", "onto", "for"})
_NP_LINKS = ("compound", "amod", "poss", "nmod", "appos", "det")
_NESTED_PREPS = frozenset({"of", "from", "in", "on", "against"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
_GROUP_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "we", "our", "us"})
# material conflict whose target may be read off the place attacked or occupied
_PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})


@dataclass
class Arguments:
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    explicit_source: bool = False
    resolved_pronoun: bool = False


def attach(c: Candidate, index: EventIndex) -> Arguments:
    args = Arguments()
    theme_role = index.tables.role(c.type, c.mode, "theme")
    from_role = index.tables.role(c.type, c.mode, "from")
    src_tokens = _source_tokens(c)
    args.source = _actors_of(src_tokens, index, args)
    args.explicit_source = bool(args.source)
    tgt: list[Actor] = []
    for trig in _unique_tokens([c.token, c.host, c.anchor, c.light, c.inner]):
        for role, actors in _slots(trig, c, index, theme_role, from_role):
            (args.source if role == "source" else tgt).extend(actors)
    seen = {a.start for a in args.source}
    args.target = _unique([a for a in tgt if a.start not in seen])
    args.source = _unique(args.source)
    if not args.target and c.type in _PLACE_TARGET_TYPES:
        args.target = _place_targets(c, index)
    return args


def _source_tokens(c: Candidate) -> list[Token]:
    if c.anchor.pos_ in VERB_POS and (c.anchor != c.token or c.entry.pos == "verb"):
        found = _verb_subject(c.anchor)
        if found:
            return found
    if c.entry.pos == "noun":
        nouns = [c.token] + ([c.host] if c.host is not None else [])
        return [ch for n in nouns for ch in n.children if ch.dep_ == "poss"] + [a for n in nouns for a in _agent_of(n)]
    return []


def _agent_of(token: Token) -> list[Token]:
    return [g for p, g in preps(token) if p == "by"]


def _verb_subject(verb: Token) -> list[Token]:
    """nsubj (or passive agent), inherited through conj, xcomp, participles and relative clauses."""
    t = verb
    for _ in range(5):
        subj = next((ch for ch in t.children if ch.dep_ in ("nsubj", "csubj")), None)
        if subj is None and is_passive(t):
            subj = agent(t)
            if subj is None:
                return []
        if subj is not None:
            if subj.lower_ in _RELATIVE and t.dep_ == "relcl":
                return conjuncts(t.head)
            return conjuncts(subj)
        if t.dep_ in ("acl",) and t.tag_ == "VBN":
            return []
        if t.dep_ in ("relcl", "acl"):
            return conjuncts(t.head)
        if t.dep_ not in ("conj", "xcomp", "advcl", "ccomp") or t.head == t:
            return []
        t = t.head
    return []


def _slots(trig: Token, c: Candidate, index: EventIndex, theme_role: str, from_role: str):
    """(role, actors) for the objects and prepositional phrases of one trigger word."""
    theme = []
    if trig.pos_ in VERB_POS:
        obj = direct_object(trig)
        if obj is None and is_passive(trig):
            obj = passive_subject(trig)
        theme = conjuncts(obj) if obj is not None else []
        for ch in trig.children:
            if ch.dep_ in ("dative", "iobj") and ch.pos_ != "ADP":
                yield "target", _actors_of([ch], index)
    else:
        of = of_object(trig)
        theme = conjuncts(of) if of is not None else []
        mods = [ch for ch in trig.children if ch.dep_ in ("compound", "amod", "nmod")]
        if mods:
            yield ("source" if not _has_explicit_source(c) else "target"), _actors_of(mods, index, deep=False)
    for tok in theme:
        # a named actor as object is the target ("criticized Germany"); a thing's owner
        # ("withdraw US troops") sits on the side the type says
        role = "target" if index.actor(tok) is not None and index.actor(tok).kind != "group" else theme_role
        if role == "source" and _has_explicit_source(c):
            continue
        yield role, _actors_of([tok], index)
    # "shared intelligence [with Ukraine]": phrases under a non-actor object count too
    phrases = list(preps(trig)) + [pg for tok in theme if not index.is_actor(tok) for pg in preps(tok)]
    for p, g in phrases:
        if p in _TARGET_PREPS:
            yield "target", _actors_of(conjuncts(g), index)
        elif p == "from":
            yield from_role, _actors_of(conjuncts(g), index)


def _unique_tokens(tokens: list[Token | None]) -> list[Token]:
    out: list[Token] = []
    for t in tokens:
        if t is not None and all(t.i != o.i for o in out):
            out.append(t)
    return out


def _has_explicit_source(c: Candidate) -> bool:
    return bool(_source_tokens(c))


def _actors_of(tokens: list[Token], index: EventIndex, args: Arguments | None = None, *, deep: bool = True) -> list[Actor]:
    out: list[Actor] = []
    for tok in tokens:
        out += _np_actors(tok, index, deep=deep, args=args)
    return out


def _np_actors(tok: Token, index: EventIndex, *, deep: bool, args: Arguments | None) -> list[Actor]:
    """Actors named by a noun phrase: its head, its modifiers, coordinated heads, "of"/"from" phrases."""
    actor = index.actor(tok)
    if actor is not None:
        return [actor]
    if tok.pos_ == "PRON":
        resolved = resolve_pronoun(tok, index)
        if resolved is not None and args is not None:
            args.resolved_pronoun = True
        return [resolved] if resolved is not None else []
    found: list[Actor] = []
    for ch in tok.children:
        if ch.dep_ in _NP_LINKS:
            a = index.actor(ch)
            if a is not None:
                found.append(a)
            elif ch.dep_ in ("compound", "poss"):
                found += [a for g in ch.children if g.dep_ in ("compound", "poss", "amod") and (a := index.actor(g))]
        elif ch.dep_ == "conj":
            found += _np_actors(ch, index, deep=deep, args=args)
    if not found and deep:
        for p, g in preps(tok):
            if p in _NESTED_PREPS:
                found += _np_actors(g, index, deep=True, args=args)
    return found


def resolve_pronoun(tok: Token, index: EventIndex) -> Actor | None:
    """The most recent earlier actor a pronoun can refer to (persons for he/she, others for it/they)."""
    word = tok.lower_
    if word not in _PERSON_PRONOUNS and word not in _GROUP_PRONOUNS:
        return None
    want_person = word in _PERSON_PRONOUNS
    floor = tok.sent.start_char - 600
    for actor in reversed(index.actors):
        if actor.start >= tok.idx:
            continue
        if actor.start < floor:
            break
        if (actor.kind == "person") == want_person:
            return actor
    return None


def _place_targets(c: Candidate, index: EventIndex) -> list[Actor]:
    """'shelled a camp west of El Fasher': the attacked place's country stands for the target."""
    for tok in c.token.subtree if c.token.pos_ in VERB_POS else c.anchor.subtree:
        place = index.place(tok)
        if place is not None and place.country:
            return [Actor(text=place.text, start=place.start, end=place.end, name=place.name,
                          kind="country", country=place.country)]
    return []


def _unique(actors: list[Actor]) -> list[Actor]:
    seen, out = set(), []
    for a in actors:
        if (a.start, a.end) not in seen:
            seen.add((a.start, a.end))
            out.append(a)
    return out
