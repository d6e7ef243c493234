"""Which side the words around a trigger name: its prepositional phrases and those of its
object ("shared intelligence [with Ukraine]", "demanded an apology [from Turkey]"), the partner of
an act named as object ("refused to attend talks [with Serbia]"), and whether a request names
whom it asks (Conventions of 2026-11-28, rule 7). Split from event_arguments, which calls them.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_compose import Candidate
from tidings.extract.event_index import EventIndex
from tidings.extract.event_phrases import Arguments, actors_of
from tidings.extract.event_sources import names_event
from tidings.extract.event_syntax import VERB_POS, agent, conjuncts, direct_object, is_passive, of_object, preps, words
from tidings.models import Actor


def asks_for_one_sided(c: Candidate, index: EventIndex) -> bool:
    """'called for sanctions on Chinese refineries', 'demanded strikes on cartel camps': a request
    that names no one to do an act of state is aimed at whoever would do it, never at the act's
    object (ANNOTATION.md, Conventions of 2026-11-28, rule 7). Only an act named by a noun: not a
    request with an addressee ("urged him to sign"), a clause ("demanded that the parties allow
    aid", "demands to take control of Greenland": the asker would act, the one asked is who must let
    it), nor one for a release (the captor), talks or a truce (their parties)."""
    if c.type not in index.tables.vocab("asked_doer_types") or c.inner_entry is None or c.inner is None:
        return False
    if c.inner_entry.type not in index.tables.vocab("asked_state_acts") or asks_someone(c, index):
        return False
    return c.inner.pos_ not in VERB_POS  # "demands to take control of Greenland": the asker would act


def asks_someone(c: Candidate, index: EventIndex) -> bool:
    """'urged Lai's government to resume dialogue with the mainland', 'called on European allies to
    tighten sanctions on Russia': a wrapper verb with an object of its own, or one it calls "on" or
    appeals "to" (vocabulary.csv asking_phrases), asks that one, even one the coder cannot name; the
    content's parties are not it."""
    if c.token.pos_ not in VERB_POS or c.inner is None:
        return False
    phrases = index.tables.vocab("asking_phrases")
    asked = [direct_object(c.token)] + [g for p, g in preps(c.token) if f"{c.token.lemma_.lower()} {p}" in phrases]
    return any(obj is not None and obj != c.inner and c.inner.i > obj.i and c.inner not in obj.subtree for obj in asked)


def event_partners(trig: Token, theme: list[Token], c: Candidate, index: EventIndex, args: Arguments) -> list[Actor]:
    """'refused to attend EU-brokered talks [with Serbia]', 'suspended cooperation [with the IAEA]': the
    partner of an act named as object; not that of an act someone else is asked to do ("urged the
    government to resume talks with …"), nor of another's act ("block the EU's deal with Mercosur")."""
    if trig != c.token and asks_someone(c, index):
        return []
    partners = index.tables.vocab("partner_preps")
    return actors_of([g for tok in theme if names_event(tok, index) and index.actor(tok) is None and not _owned(tok, index)
                      for p, g in preps(tok) if p in partners and not _forum(c, p, g, index)], index, args)


def phrase_slots(trig: Token, theme: list[Token], c: Candidate, index: EventIndex, from_role: str, args: Arguments):
    """(role, actors) for the prepositional phrases of a trigger word and of its object.

    "shared intelligence [with Ukraine]": phrases under a non-actor object count too, unless the
    object has an owner of its own: "condemned the [U.S.] arms sale to Taiwan", "endorsed
    [Kenya's] peace plan for South Sudan" are aimed at the owner, not at the topic."""
    vocab = index.tables.vocab
    # "spoke by telephone [with Zelenskiy]": the parser hangs the partner on the means of the act
    own = _nested_preps(trig, vocab("means_preps"), only=vocab("partner_preps"), index=index)
    phrases = own + [
        pg for tok in theme if index.actor(tok) is None and not names_event(tok, index) and not _owned(tok, index)
        for pg in _nested_preps(tok, vocab("chained_preps"))
    ]
    partner = partner_named(trig, theme, index)
    for p, g in phrases:
        if partner and (p, g) not in own and p not in vocab("partner_preps"):
            continue  # "shared intelligence [on Russian troop movements] with Ukraine": the topic
        if p == "from" and from_role == "source" and args.explicit_source and trig.pos_ in VERB_POS:
            # beside a named subject: "demanded an apology [from Turkey]" asks Turkey, "a delegation
            # [from Hamas]" is met; "launched missiles [from Belarus]" names where the act comes from
            if (p, g) not in own or c.type in vocab("asked_from_types"):
                yield "target", actors_of(conjuncts(g), index, args)
            continue
        if g.head.lower_ == "according" or g.head.head.lower_ == "according" or _venue_meeting(c, g, index):
            continue
        if _summoned_to(trig, p, index):
            yield "source", actors_of(conjuncts(g), index, args)  # "the envoy was summoned [to the Foreign Office]"
            continue
        if g == c.inner and asks_for_one_sided(c, index):
            continue  # "called [for sanctions on Chinese refineries]": the act asked for, not the one asked
        if p in vocab("topic_preps") and c.entry.type in vocab("topic_types"):
            continue  # "an emergency meeting on Sudan": the topic is no party
        if p in vocab("beneficiary_preps") and c.type in vocab("beneficiary_types") and (p, g) not in own:
            continue  # "demanded compensation [for Korean laborers]": who benefits is not who is asked
        if p in vocab("site_preps") and c.type in vocab("site_types"):  # "rallied outside the [Chinese] consulate"
            yield "target", actors_of(conjuncts(g), index, args, deep=False)
        elif p in vocab("target_preps") and (_destination(c, p, g, index) or _forum(c, p, g, index) or _move_end(c, p, index)):
            continue  # "deported 200 Venezuelan migrants to [El Salvador]": where they are sent
        elif p in vocab("target_preps") and (p != "at" or (c.type in vocab("at_types") and index.actor(g) is not None)):
            yield "target", actors_of(conjuncts(g), index, args)
        elif p == "from":
            yield from_role, actors_of(conjuncts(g), index, args)
        elif p == "between" and c.type == "CONSULT" and args.explicit_source:
            yield "target", actors_of(conjuncts(g), index, args)  # "Oman mediated between Washington and Sanaa"


def _summoned_to(trig: Token, prep: str, index: EventIndex) -> bool:
    """'[The Iranian ambassador] was summoned to the Foreign Office': with no agent, the office one
    is summoned to is the side that summons (vocabulary.csv summoning_verbs)."""
    return (prep == "to" and trig.pos_ in VERB_POS and is_passive(trig) and agent(trig) is None
            and trig.lemma_.lower() in index.tables.vocab("summoning_verbs"))


def partner_named(trig: Token, theme: list[Token], index: EventIndex) -> bool:
    """A "with" phrase of the trigger verb or inside its object names a coded actor ("shared
    images of Russian positions [with Kyiv]", the parser hanging it on the last noun)."""
    if trig.pos_ not in VERB_POS:
        return False
    vocab = index.tables.vocab
    phrases = list(preps(trig)) + [pg for tok in theme if index.actor(tok) is None for pg in _nested_preps(tok, vocab("chained_preps"))]
    return any(p in vocab("partner_preps") and actors_of(conjuncts(g), index) for p, g in phrases)


def _destination(c: Candidate, prep: str, obj: Token, index: EventIndex) -> bool:
    """The place people are deported, transferred or expelled to is no party of the coercion:
    the target is whose people they are."""
    vocab = index.tables.vocab
    return c.type in vocab("destination_types") and prep in vocab("destination_preps") and index.place(obj) is not None


def _move_end(c: Candidate, prep: str, index: EventIndex) -> bool:
    """'sent troops to [the US] border', 'deployed to [Haiti]': where a military move goes is no target
    unless it goes toward, against or into the other side (vocabulary.csv aimed_moves, aimed_move_preps)."""
    vocab = index.tables.vocab
    return c.type in vocab("aimed_moves") and prep in vocab("destination_preps") and prep not in vocab("aimed_move_preps")


def _forum(c: Candidate, prep: str, obj: Token, index: EventIndex) -> bool:
    """'lodged a complaint with the WTO', 'took the case to the ICJ': the body a complaint is
    brought before is where it is judged, not whom it is against."""
    actor = index.actor(obj)
    vocab = index.tables.vocab
    return c.type in vocab("forum_types") and prep in vocab("forum_preps") and actor is not None and actor.kind == "igo"


def _owned(noun: Token, index: EventIndex) -> bool:
    return any(ch.dep_ in ("poss", "compound", "amod", "nmod") and index.actor(ch) is not None for ch in noun.children)


def _venue_meeting(c: Candidate, obj: Token, index: EventIndex) -> bool:
    """'did not meet Li on the sidelines of the [G20] summit': the gathering a meeting takes place
    at is no party of it."""
    if c.type != "CONSULT":
        return False
    meetings = index.tables.vocab("family:meeting")
    return any(e.type in meetings for t in (obj, of_object(obj)) if t is not None
               for f in words(t) for e in index.tables.entries("noun", f))


def _nested_preps(tok: Token, chained: frozenset[str], *, only: frozenset[str] | None = None,
                  index: EventIndex | None = None) -> list[tuple[str, Token]]:
    """Prepositional phrases of a word and of the nouns in its own ``chained`` phrases, two levels
    deep ("a shipment [of arms] to Kyiv"); with ``only``, just those deeper phrases, under a noun
    that is neither an actor nor an act ("spoke by telephone [with Zelenskiy]")."""
    out = list(preps(tok))
    for p, g in list(out):
        if p not in chained or g.pos_ not in ("NOUN", "PROPN"):
            continue
        if only is None:
            out += list(preps(g))
        elif index is not None and index.actor(g) is None and not names_event(g, index):
            out += [(p2, g2) for p2, g2 in preps(g) if p2 in only]
    return out
