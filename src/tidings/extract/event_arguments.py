"""Source and target of an event from the dependency tree over the actor mentions.

Subjects (inherited through coordination, control, raising and participles), passive "by"
agents, possessives ("Germany's deployment") and nominal modifiers ("US troops") give the
source; objects and prepositional phrases (against/on/with/to/toward…) give the target; the
side of the theme and of the "from" phrase depend on the type (data/events/roles.csv).
Pronouns resolve to the reporting subject or the most recent compatible actor. Compound actors
stay together ("Germany and Ukraine"). Only actors with a country or an organization code take
part: an unnamed group with neither is left out, as the annotation guide says.
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
    has_word,
    is_passive,
    nearest_subject,
    of_object,
    passive_subject,
    preps,
)
from tidings.models import Actor, Place

_NP_LINKS = ("compound", "amod", "poss", "nmod", "det")
# relations through which a verb without a subject inherits one from above
_CLIMB = frozenset({"conj", "xcomp", "advcl", "ccomp", "pcomp", "acomp", "prep", "pobj"})


@dataclass
class Arguments:
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    explicit_source: bool = False
    resolved_pronoun: bool = False


def attach(c: Candidate, index: EventIndex) -> Arguments:
    if any(k.key == "inverse" for k in c.entry.constraints):
        return _attach_inverse(c, index)
    args = Arguments()
    theme_role = index.tables.role(c.type, c.mode, "theme")
    of_role = index.tables.role(c.type, c.mode, "of")
    from_role = index.tables.role(c.type, c.mode, "from")
    args.source = _actors_of(_source_tokens(c, index), index, args)
    args.explicit_source = bool(args.source)
    tgt: list[Actor] = []
    for trig in _unique_tokens([c.token, c.host, c.anchor, c.light]):
        slot_role = theme_role if trig.pos_ in VERB_POS else of_role
        for role, actors in _slots(trig, c, index, slot_role, from_role, args):
            (args.source if role == "source" else tgt).extend(actors)
    if c.inner is not None and not tgt and c.type in ("REQUEST", "REJECT") and c.inner.pos_ in VERB_POS:
        # "demanded that Israel allow aid": the one asked is the complement's subject
        subj = nearest_subject(c.inner)
        mine = {a.code or a.country for a in args.source}
        tgt += [a for a in (np_actors(subj, index) if subj is not None else []) if (a.code or a.country) not in mine]
    if c.inner is not None and not tgt:
        # the wrapped complement's target, unless the wrapper names its own ("urged Iran to …")
        mine = {a.code or a.country for a in args.source}
        for role, actors in _slots(c.inner, c, index, theme_role if c.inner.pos_ in VERB_POS else of_role, from_role, args):
            if role == "target":
                tgt += [a for a in actors if (a.code or a.country) not in mine]
    if c.type == "THREATEN" and c.entry.pos == "verb":
        args.source = _threatening_party(c.token, index) or args.source
    args.source = _unique(args.source)
    seen = {a.start for a in args.source}
    args.target = _unique([a for a in tgt if a.start not in seen])
    mine = {a.code or a.country for a in args.source}
    others = [a for a in args.target if (a.code or a.country) not in mine]
    if others:  # "recalled its ambassador to Montenegro": the source's own people are not its target
        args.target = others
    return args


def _attach_inverse(c: Candidate, index: EventIndex) -> Arguments:
    """'Ukraine received jets from Denmark': the giver is in the "from" phrase, the subject receives."""
    args = Arguments()
    args.target = _actors_of(verb_subject(c.token, index), index, args)
    args.source = [a for p, g in preps(c.token) if p == "from" for a in _actors_of(conjuncts(g), index, args)]
    args.explicit_source = bool(args.source)
    return args


def _source_tokens(c: Candidate, index: EventIndex) -> list[Token]:
    if c.agent is not None:
        return conjuncts(c.agent)
    own = [ch for ch in c.token.children if ch.dep_ in ("poss", "amod", "compound") and index.actor(ch) is not None]
    if own and c.entry.pos == "noun" and c.token.dep_ == "pobj":
        return own  # "took part in [the Belarusian] drills": the drills are Belarus's
    if _predicate(c.anchor) and (c.anchor != c.token or c.entry.pos == "verb"):
        found = verb_subject(c.anchor, index)
        if found or is_passive(c.anchor):
            return found
    if c.entry.pos != "noun":
        return []
    nouns = _unique_tokens([c.token, c.host, c.token.head if c.token.dep_ == "compound" else None])
    found = [ch for n in nouns for ch in n.children if ch.dep_ == "poss"]
    shared = c.type in index.tables.vocab("shared_clause")
    found += [g for n in nouns for p, g in preps(n) if p == "by" or (p == "between" and shared)]
    of = of_object(c.token)
    found += [g for p, g in (preps(of) if of is not None else []) if p == "by"]  # "the arrest of X by Iran"
    # "deliveries [funded by Doha]", "a ceasefire [agreed between Israel and Lebanon]"
    participles = [ch for n in nouns for ch in n.children if ch.dep_ == "acl" and ch.tag_ == "VBN" and not _third_party(ch, index)]
    found += [g for v in participles for p, g in preps(v) if p == "by" or (p == "between" and shared)]
    if not found and shared:
        found = _clause_subject_of_noun(c.host or c.token, index)
    return found


def _third_party(verb: Token, index: EventIndex) -> bool:
    """'talks [mediated] by Qatar': a mediator's verb; its agent is not the talks' party."""
    return any(e.mode == "third-party" for e in index.tables.entries("verb", verb.lemma_.lower()))


def _predicate(token: Token) -> bool:
    """A verb, or an adjective heading a predicate ("Bogotá was [prepared] to talk", "ready to")."""
    return token.pos_ in VERB_POS or (token.pos_ == "ADJ" and token.dep_ in ("acomp", "ROOT", "conj", "ccomp", "xcomp"))


def _clause_subject_of_noun(noun: Token, index: EventIndex) -> list[Token]:
    """'agreed in a phone call', 'said after talks': the subject of the verb the phrase modifies."""
    t = noun
    for _ in range(3):
        if t.dep_ != "pobj":
            return []
        t = t.head.head
        if t.pos_ in VERB_POS:
            return verb_subject(t, index)
    return []


def verb_subject(verb: Token, index: EventIndex) -> list[Token]:
    """nsubj (or passive agent), inherited through conj, control, raising, participles, relatives."""
    relatives = index.tables.vocab("relative_pronouns")
    t = verb
    for _ in range(6):
        subj = nearest_subject(t) or agent(t)  # "a truce brokered [by Qatar]": the agent acts
        if subj is None and is_passive(t):
            if t != verb:  # raising: "X is expected to discuss"
                subj = passive_subject(t)
            if subj is None:
                return []
        if subj is not None:
            if subj.lower_ in relatives and t.dep_ == "relcl":  # "the envoy who met …"
                return conjuncts(t.head)
            return conjuncts(subj)
        if t.dep_ == "acl" and t.tag_ == "VBN":
            return []
        if t.dep_ in ("relcl", "acl"):
            return conjuncts(t.head)
        if t.dep_ not in _CLIMB or t.head == t:
            return []
        t = t.head
    return []


def _slots(trig: Token, c: Candidate, index: EventIndex, theme_role: str, from_role: str, args: Arguments):
    """(role, actors) for the objects and prepositional phrases of one trigger word."""
    vocab = index.tables.vocab
    theme: list[Token] = []
    if trig.pos_ in VERB_POS:
        obj = direct_object(trig)
        if obj is None and is_passive(trig):
            obj = passive_subject(trig)
        theme = conjuncts(obj) if obj is not None else []
        for ch in trig.children:
            if ch.dep_ in ("dative", "iobj") and ch.pos_ != "ADP":
                yield "target", _actors_of([ch], index, args)
    else:
        of = of_object(trig)
        theme = conjuncts(of) if of is not None else []
        mods = [ch for ch in trig.children if ch.dep_ in ("compound", "amod", "nmod")]
        if mods:
            yield ("source" if not args.explicit_source else "target"), _actors_of(mods, index, args, deep=False)
    for tok in theme:
        # a named actor as object is the target ("criticized Germany"); a thing's owner
        # ("withdraw US troops") sits on the side the type says; "its own duties" is the source's
        actor = index.actor(tok)
        mover = actor is not None and theme_role == "source" and (actor.kind == "group" or actor.sector in ("MIL", "COP"))
        role = "target" if actor is not None and not mover else theme_role
        if role == "source" and args.explicit_source:
            continue
        if role == "target" and actor is not None and c.type in vocab("own_theme") and _same_side(actor, args.source):
            continue  # "recalled its ambassador", "withdrew its troops"
        yield role, np_actors(tok, index, args=args, owners=role == "source")
    # "shared intelligence [with Ukraine]": phrases under a non-actor object count too
    phrases = list(preps(trig)) + [
        pg for tok in theme if index.actor(tok) is None and not _names_event(tok, index) for pg in _nested_preps(tok)
    ]
    for p, g in phrases:
        if g.head.lower_ == "according" or g.head.head.lower_ == "according":
            continue
        if p in vocab("site_preps") and c.type == "PROTEST":  # "rallied outside the [Chinese] consulate"
            yield "target", _actors_of(conjuncts(g), index, args, deep=False)
        elif p in vocab("target_preps") and (p != "at" or (c.type in vocab("at_types") and index.actor(g) is not None)):
            yield "target", _actors_of(conjuncts(g), index, args)
        elif p == "from":
            yield from_role, _actors_of(conjuncts(g), index, args)
        elif p == "between" and c.type == "CONSULT" and args.explicit_source:
            yield "target", _actors_of(conjuncts(g), index, args)  # "Oman mediated between Washington and Sanaa"


def _names_event(tok: Token, index: EventIndex) -> bool:
    """'condemned the Russian strike [on Kyiv]': phrases of an event noun are that event's."""
    return any(e.type for f in (tok.lemma_.lower(), tok.lower_) for e in index.tables.entries("noun", f))


def _nested_preps(tok: Token) -> list[tuple[str, Token]]:
    """Prepositional phrases of a noun and of the nouns in its own phrases, two levels deep."""
    out = list(preps(tok))
    for p, g in list(out):
        if p in ("of", "on", "for", "from") and index_free_noun(g):
            out += list(preps(g))
    return out


def index_free_noun(tok: Token) -> bool:
    return tok.pos_ in ("NOUN", "PROPN")


def _actors_of(tokens: list[Token], index: EventIndex, args: Arguments | None = None, *, deep: bool = True) -> list[Actor]:
    out: list[Actor] = []
    for tok in tokens:
        out += np_actors(tok, index, deep=deep, args=args)
    return out


def np_actors(
    tok: Token, index: EventIndex, *, deep: bool = True, args: Arguments | None = None, owners: bool = True
) -> list[Actor]:
    """Actors named by a noun phrase: its head, modifiers, appositions, coordinated heads, "of" phrases."""
    actor = index.actor(tok)
    if actor is not None:
        of = of_object(tok) if tok.pos_ == "NOUN" else None  # "the ministers of Britain, France and Germany"
        members = np_actors(of, index, deep=False) if of is not None else []
        head = members if len({m.code or m.country for m in members}) > 1 else [actor]
        # "his British and Iranian counterparts": coordinated modifiers name one actor each
        head += [b for m in tok.children if m.dep_ in ("amod", "compound") and any(g.dep_ == "conj" for g in m.children)
                 for g in conjuncts(m) if (b := index.actor(g)) is not None and b.start != actor.start]
        return head + [a for ch in tok.children if ch.dep_ == "conj" for a in np_actors(ch, index, deep=deep, args=args)]
    if tok.pos_ == "PRON":
        owners_ = _clause_owners(tok, index) if tok.dep_ == "poss" else []
        if owners_:
            return owners_
        resolved = resolve_pronoun(tok, index)
        if resolved is not None and args is not None:
            args.resolved_pronoun = True
        return [resolved] if resolved is not None else []
    found: list[Actor] = []
    place = _people_in_place(tok, index)
    if place is not None:
        return [place]
    for ch in tok.children:
        if ch.dep_ in _NP_LINKS:
            a = index.actor(ch)
            if a is not None:
                found.append(a)
                found += [b for g in conjuncts(ch)[1:] if (b := index.actor(g))]  # "Estonian, Latvian and Lithuanian ships"
            elif ch.dep_ == "poss" and ch.lower_ in index.tables.vocab("relative_pronouns"):
                found += _antecedent_actors(tok, index)  # "Russia, [whose] units are taking part"
            elif ch.pos_ == "PRON":
                if ch.dep_ == "poss" and owners:
                    found += np_actors(ch, index, deep=False, args=args)
            elif ch.dep_ in ("compound", "poss", "amod"):  # "British-flagged tanker"
                found += [a for g in ch.children if g.dep_ in ("compound", "poss", "amod", "npadvmod") and (a := index.actor(g))]
        elif ch.dep_ in ("conj", "appos"):
            found += np_actors(ch, index, deep=deep, args=args)
    if not found and deep:
        for p, g in preps(tok):
            if p in index.tables.vocab("nested_preps"):
                found += np_actors(g, index, deep=True, args=args)
    return found


def _clause_owners(pron: Token, index: EventIndex) -> list[Actor]:
    """'Moscow and Kyiv completed [their] exchange', 'Iran recalled [its] ambassador': a
    possessive pronoun stands for its own clause's named subject (all of a coordinated one)."""
    verb = pron.head
    for _ in range(4):
        if verb.pos_ in VERB_POS or verb.head == verb:
            break
        verb = verb.head
    subj = nearest_subject(verb) if verb.pos_ in VERB_POS else None
    if subj is None or subj.pos_ == "PRON" or subj.i > pron.i:
        return []
    found = [a for t in conjuncts(subj) if (a := index.actor(t)) is not None]
    plural = pron.lower_ in index.tables.vocab("plural_pronouns")
    return found if plural else found[:1]


def _threatening_party(verb: Token, index: EventIndex) -> list[Actor]:
    """'he warned Tehran that [Israel] was prepared to act': a warning conveys the threat of
    the named actor of its content clause."""
    for clause in verb.children:
        if clause.dep_ in ("ccomp", "parataxis") and clause.pos_ in (*VERB_POS, "ADJ"):
            subj = next((s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            found = [a for t in conjuncts(subj) if (a := index.actor(t)) is not None] if subj is not None else []
            if found:
                return found
    return []


def _antecedent_actors(tok: Token, index: EventIndex) -> list[Actor]:
    """The actors of the noun a relative clause hangs on, seen from a word inside the clause."""
    t = tok
    for _ in range(4):
        if t.dep_ == "relcl" and t.head != t:
            return np_actors(t.head, index, deep=False)
        if t.head == t:
            return []
        t = t.head
    return []


def _people_in_place(tok: Token, index: EventIndex) -> Actor | None:
    """'opposition politicians in Berlin', 'protesters in Tahrir Square': people of that country."""
    if not has_word(tok, index.tables.classes.get("crowd", frozenset()) | index.tables.classes.get("persons", frozenset())):
        return None
    for p, g in preps(tok):
        place = index.place(g) if p == "in" else None
        if place is not None and place.country:
            return place_actor(place, index, people=tok.lemma_.lower())
    return None


def place_actor(place: Place, index: EventIndex, *, people: str | None = None) -> Actor:
    """The actor a place stands for: its country ("shelled [Kharkiv]" → Ukraine, kind country),
    or the people gathered there ("protesters in [Berlin]", kind group, of Germany)."""
    country = index.country_names.get(place.country or "", place.country or place.name)
    if people:
        where = place.name if place.kind != "country" else country
        return Actor(text=place.text, start=place.start, end=place.end, name=f"{people} in {where}",
                     kind="group", country=place.country, sector="CVL")
    return Actor(text=place.text, start=place.start, end=place.end, name=country, kind="country", country=place.country)


def resolve_pronoun(tok: Token, index: EventIndex) -> Actor | None:
    """What a pronoun stands for: the subject of the reporting verb above it ("X said it would"),
    else the most recent compatible actor, subjects first."""
    word = tok.lower_
    persons = index.tables.vocab("person_pronouns")
    if word not in persons and word not in index.tables.vocab("group_pronouns"):
        return None
    want_person = word in persons
    reporter = _reporting_subject(tok, index)
    if reporter is not None and (reporter.kind == "person") == want_person:
        return reporter
    floor = index.sent(tok).start_char - 600
    recent = [a for a in index.actors if floor <= a.start < tok.idx and (a.kind == "person") == want_person]
    subjects = [a for a in recent if index.doc.char_span(a.start, a.end, alignment_mode="expand").root.dep_ in ("nsubj", "nsubjpass")]
    pool = subjects or recent
    return pool[-1] if pool else None


def _reporting_subject(tok: Token, index: EventIndex) -> Actor | None:
    t = tok.head
    for _ in range(4):
        if t.dep_ in ("ccomp", "xcomp", "conj") and t.head != t:
            head = t.head
            subj = next((ch for ch in head.children if ch.dep_ == "nsubj"), None)
            if subj is not None and subj.i < tok.i and subj.pos_ != "PRON":
                found = np_actors(subj, index, deep=True)
                return found[0] if found else None
            t = head
        else:
            return None
    return None




def _same_side(actor: Actor, side: list[Actor]) -> bool:
    return (actor.code or actor.country) in {a.code or a.country for a in side}


def _unique_tokens(tokens: list[Token | None]) -> list[Token]:
    out: list[Token] = []
    for t in tokens:
        if t is not None and all(t.i != o.i for o in out):
            out.append(t)
    return out


def _unique(actors: list[Actor]) -> list[Actor]:
    seen, out = set(), []
    for a in actors:
        if (a.start, a.end) not in seen:
            seen.add((a.start, a.end))
            out.append(a)
    return out
