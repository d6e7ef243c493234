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

from spacy.tokens import Token

from tidings.extract.event_compose import Candidate
from tidings.extract.event_deals import signing_parties
from tidings.extract.event_index import EventIndex
from tidings.extract.event_phrase_slots import asks_for_one_sided, asks_someone, event_partners, partner_named, phrase_slots
from tidings.extract.event_phrases import Arguments, actors_of, in_quantity, np_actors, place_actor, resolve_pronoun
from tidings.extract.event_relatives import act_doers, relative_antecedent
from tidings.extract.event_trigger_roles import through_quantifier
from tidings.extract.event_sources import (
    commissive_owner,
    event_parties_of,
    names_event,
    source_tokens,
    verb_subject,
)
from tidings.extract.event_undergone import undergone
from tidings.extract.event_syntax import (
    VERB_POS,
    conjuncts,
    has_word,
    direct_object,
    is_passive,
    nearest_subject,
    of_object,
    passive_conjunct,
    passive_subject,
    shared_passive_subject,
    preps,
    unique_tokens,
)
from tidings.models import Actor

__all__ = ["Arguments", "asks_for_one_sided", "attach", "names_event", "np_actors", "place_actor", "resolve_pronoun", "verb_subject"]


def attach(c: Candidate, index: EventIndex) -> Arguments:
    if any(k.key == "inverse" for k in c.entry.constraints):
        return _attach_inverse(c, index)
    pair = _their_meeting(c, index) or _undergone(c, index)
    if pair is not None:
        return pair
    args = Arguments()
    theme_role = index.tables.role(c.type, c.mode, "theme")
    of_role = index.tables.role(c.type, c.mode, "of")
    from_role = index.tables.role(c.type, c.mode, "from")
    args.source = actors_of(source_tokens(c, index), index, args) or commissive_owner(c, index)
    args.explicit_source = bool(args.source)
    tgt: list[Actor] = []
    asks = asks_someone(c, index)
    for trig in unique_tokens([c.token, c.host, c.anchor, c.light]):
        if asks and trig == c.light and trig != c.anchor:
            continue  # "urged the EU to [tighten] sanctions on Russia": the content's parties are not the one asked
        slot_role = theme_role if trig.pos_ in VERB_POS else of_role
        for role, actors in _slots(trig, c, index, slot_role, from_role, args):
            (args.source if role == "source" else tgt).extend(actors)
    members = [] if tgt else _body_of_members(c.token, args.source, index)
    if c.inner is not None and not tgt and not members and c.type in index.tables.vocab("complement_subject_types") and c.inner.pos_ in VERB_POS:
        # "demanded that Israel allow aid": the one asked is the complement's subject
        subj = nearest_subject(c.inner)
        mine = {a.code or a.country for a in args.source}
        tgt += [a for a in (np_actors(subj, index) if subj is not None else []) if (a.code or a.country) not in mine]
    if c.inner is not None and not tgt and not members and not asks and not asks_for_one_sided(c, index):
        # the wrapped complement's target, unless the wrapper names its own ("urged Iran to …")
        mine = {a.code or a.country for a in args.source}
        for role, actors in _slots(c.inner, c, index, theme_role if c.inner.pos_ in VERB_POS else of_role, from_role, args):
            if role == "target":
                tgt += [a for a in actors if (a.code or a.country) not in mine]
    if c.type == "THREATEN" and c.entry.pos == "verb":
        args.source = _threatening_party(c.token, index) or args.source
    args.source = _unique([a for a in args.source if not in_quantity(a, index)])
    seen = {a.start for a in args.source}
    args.target = _unique([a for a in tgt if a.start not in seen and not in_quantity(a, index)])
    args.target = args.target or members
    if not args.source and not args.target:  # "share radar data under a pact [signed] in Abu Dhabi"
        args.source = signing_parties(c, index)
        args.explicit_source = bool(args.source)
    mine = {a.code or a.country for a in args.source}
    others = [a for a in args.target if (a.code or a.country) not in mine]
    if others:  # "recalled its ambassador to Montenegro": the source's own people are not its target
        args.target = others
    elif len(mine) > 1:  # "Kenyan and Somali forces carried out joint operations against al-Shabaab"
        args.target = []
    elif c.type in index.tables.vocab("internal_meeting_types"):
        # "convened a meeting of the National Security Council": a government's own council is no counterpart
        args.target = [a for a in args.target if not _own_organ(a, mine, index)]
    return args


def _body_of_members(trig: Token, source: list[Actor], index: EventIndex) -> list[Actor]:
    """'The UN chief urged [member states] to pay their dues', 'called on [members] to': the members
    of the source's own international body are that body (ANNOTATION.md Q4)."""
    bodies = [a for a in source if a.code]
    if not bodies or trig.pos_ not in VERB_POS:
        return []
    members = index.tables.vocab("member_nouns")
    asked = [direct_object(trig)] + [g for p, g in preps(trig) if p == "on"]
    for obj in asked:
        if obj is not None and index.actor(obj) is None and (
                obj.lower_ in members or any(ch.dep_ == "compound" and ch.lower_ in members for ch in obj.children)):
            return bodies
    return []


def _own_organ(actor: Actor, mine: set, index: EventIndex) -> bool:
    return (actor.code or actor.country) in mine and actor.kind == "organization" and actor.sector in index.tables.vocab(
        "state_organ_sectors")


def _their_meeting(c: Candidate, index: EventIndex) -> Arguments | None:
    """'Zelensky asked Trump for missiles during [their] meeting', 'Trump praised Xi after [their]
    call': a meeting owned by "their" is between the clause's subject and its object."""
    if c.entry.pos != "noun" or c.type not in index.tables.vocab("shared_clause") or c.token.dep_ != "pobj":
        return None
    plural = index.tables.vocab("plural_pronouns")
    if not any(ch.dep_ == "poss" and ch.lower_ in plural for ch in c.token.children):
        return None
    verb = c.token.head.head
    subj, obj = (nearest_subject(verb), direct_object(verb)) if verb.pos_ in VERB_POS else (None, None)
    if subj is None or obj is None:
        return None
    source, target = np_actors(subj, index), np_actors(obj, index)
    if not source or not target or {a.code or a.country for a in source} & {a.code or a.country for a in target}:
        return None
    return Arguments(source=source, target=target, explicit_source=True)


def _undergone(c: Candidate, index: EventIndex) -> Arguments | None:
    found = undergone(c, index)
    if found is None:
        return None
    args = Arguments()
    args.target = actors_of(found[1], index, args) if found[1] else []
    mine = {a.code or a.country for a in args.target}
    args.source = [a for a in actors_of(found[0], index, args) if (a.code or a.country) not in mine]
    args.explicit_source = bool(args.source)
    return args


def _attach_inverse(c: Candidate, index: EventIndex) -> Arguments:
    """'Ukraine received jets from Denmark', 'received support [from Egypt]': the giver is in the
    "from" phrase (of the verb or of its object), the subject receives."""
    args = Arguments()
    args.target = actors_of(verb_subject(c.token, index), index, args)
    obj = direct_object(c.token)
    phrases = [*preps(c.token), *(preps(obj) if obj is not None else [])]
    args.source = [a for p, g in phrases if p == "from" for a in actors_of(conjuncts(g), index, args)]
    args.explicit_source = bool(args.source)
    return args


def _slots(trig: Token, c: Candidate, index: EventIndex, theme_role: str, from_role: str, args: Arguments):
    """(role, actors) for the objects and prepositional phrases of one trigger word."""
    vocab = index.tables.vocab
    theme: list[Token] = []
    if trig.pos_ in VERB_POS:
        obj = direct_object(trig)
        if obj is None and (is_passive(trig) or passive_conjunct(trig)) and not _framing_wrapper(trig, c):
            obj = shared_passive_subject(trig)
        if _passive_modifier(trig, obj, index):  # "the writer [who has been held]", "47 people [held]"
            obj = trig.head
        gap = relative_antecedent(trig, obj, index)  # "migrants [whom] its police detained", "a move Egypt denounced"
        obj = gap or obj
        theme = conjuncts(obj) if obj is not None else []
        if gap is not None and not np_actors(gap, index):
            yield "target", [a for a in actors_of(act_doers(gap, trig, index), index, args) if not _same_side(a, args.source)]
        if obj is not None and obj.dep_ == "dobj" and is_passive(trig) and not _framing_wrapper(trig, c):
            # "Ukraine was given $2 billion", "[the Red Cross] was granted access": the recipient
            recipient = passive_subject(trig)
            yield "target", actors_of(conjuncts(recipient) if recipient is not None else [], index, args)
        for ch in trig.children:
            if ch.dep_ in ("dative", "iobj") and ch.pos_ != "ADP":
                yield "target", actors_of([ch], index, args)
    else:
        of = of_object(trig)
        theme = conjuncts(of) if of is not None else []
        mods = [ch for ch in trig.children if ch.dep_ in ("compound", "amod", "nmod")]
        if mods:
            yield ("source" if not args.explicit_source else "target"), actors_of(mods, index, args, deep=False)
    for tok in theme:
        # a named actor as object is the target ("criticized Germany"); a thing's owner
        # ("withdraw US troops") sits on the side the type says; "its own duties" is the source's
        actor = index.actor(tok)
        # "the withdrawal of [Russian troops]": forces moved; "at the request of [France]": the asker
        asker = trig.pos_ not in VERB_POS and c.type in vocab("of_asker_types")
        mover = actor is not None and theme_role == "source" and (
            asker or actor.kind == "group" or actor.sector in vocab("mover_sectors"))
        # "[thousands] of militia members were mobilised": what is counted is what moves
        role = "target" if (actor is not None and not mover) or _entered_ground(c, through_quantifier(tok, index.tables), index) else theme_role
        if role == "source" and args.explicit_source:
            continue
        if role == "target" and actor is not None and c.type in vocab("own_theme") and _same_side(actor, args.source):
            continue  # "recalled its ambassador", "withdrew its troops"
        # "shared satellite images [of Russian positions] with Kyiv": with a partner named beside it,
        # what a thing is about is no party
        deep = actor is not None or not partner_named(trig, theme, index)
        found = np_actors(tok, index, args=args, owners=role == "source", deep=deep)
        if role == "target" and actor is None and c.entry.wraps == "judge" and names_event(tok, index):
            # "the Kremlin denounced the arrest of [a Russian citizen] in Poland": one's own people
            # done to are not whom the judgement is aimed at
            found = [a for a in found if not _same_side(a, args.source)]
        yield role, found
    # "brokered a truce [between Israel and Hamas]", "welcomed the deal [between Kyiv and Moscow]":
    # the parties of an event named as object are the ones the act is aimed at
    named = [_counted_event(tok, index) for tok in theme]  # "hosted [a new round of] talks between A and B"
    yield "target", actors_of([g for tok in named if names_event(tok, index) for g in event_parties_of(tok, trig)], index, args)
    yield "target", event_partners(trig, theme, c, index, args)
    yield from phrase_slots(trig, theme, c, index, from_role, args)


def _counted_event(noun: Token, index: EventIndex) -> Token:
    """'a new round of talks', 'the next round of indirect negotiations': the event a series noun
    (vocabulary.csv series_nouns) counts one of, whose phrases name its parties."""
    of = of_object(noun) if noun.lemma_.lower() in index.tables.vocab("series_nouns") else None
    return of if of is not None and names_event(of, index) else noun


def _entered_ground(c: Candidate, noun: Token, index: EventIndex) -> bool:
    """'violated [Romanian] airspace', 'entered [its] air defence zone': what forces move into
    is the other side's; only the forces, weapons and ships moved are the mover's own."""
    if c.type != "MOBILIZE" or c.token.pos_ not in VERB_POS:
        return False
    movers = index.tables.vocab_classes("mover_classes")  # "[militia] members", "[coast guard] vessels"
    return not any(has_word(w, movers) for w in [noun, *(ch for ch in noun.children if ch.dep_ == "compound")])


def _framing_wrapper(trig: Token, c: Candidate) -> bool:
    """'[Wang Yi] is expected to visit': the subject of a passive wrapper is the act's doer, not its theme."""
    return trig == c.anchor and trig not in (c.token, c.light, c.host) and any(
        ch.dep_ == "xcomp" and (ch == c.token or c.token in ch.subtree) for ch in trig.children)


def _passive_modifier(verb: Token, obj: Token | None, index: EventIndex) -> bool:
    """A passive relative clause or participle on a noun: that noun is what the act is done to."""
    # "47 people [held]", "[Lissu], arrested in April, …" (a comma only after a noun that is not
    # the sentence's root: not "Oman, [called] on …" misparsed)
    reduced = verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.i < verb.i and (
        verb.head.dep_ != "ROOT" or not any(t.is_punct for t in verb.doc[verb.head.i + 1:verb.i]))
    if not ((verb.dep_ == "relcl" and is_passive(verb)) or reduced):
        return False
    return obj is None or obj.lower_ in index.tables.vocab("relative_pronouns")


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


def _same_side(actor: Actor, side: list[Actor]) -> bool:
    return (actor.code or actor.country) in {a.code or a.country for a in side}


def _unique(actors: list[Actor]) -> list[Actor]:
    seen, out = set(), []
    for a in actors:  # the members of a set ("the two leaders") share one span
        if (a.start, a.end, a.code or a.country) not in seen:
            seen.add((a.start, a.end, a.code or a.country))
            out.append(a)
    return out
