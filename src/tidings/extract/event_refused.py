"""Whom a refused proposal was put to: the side that refuses it.

"Pretoria refused an ICC request to freeze the assets of a militia commander", "Modi declined the
Philippines' invitation to attend the summit", "Jakarta turned down offers of foreign troops",
"Paris refused to let British officers patrol its beaches, a demand made by Conservative MPs": a
request, demand, invitation or offer (vocabulary.csv ``proposal_types``) named as what a rejection
refuses, as the rejection's object or in apposition to it, was put to the refusing side, not to
the parties of the act it asks for. A proposal that names its own addressee ("an offer of talks
[to Kyiv]", "a demand [on Denmark]") keeps it.

A rejection of a text, plan or warning (vocabulary.csv ``authored_nouns``) is aimed at its author,
named in the noun's own words ("Moscow's plan", "a Turkish proposal", "a report [by Dutch
intelligence]", "an offer [of French troops]"), never at a party its content names: "vetoed a resolution [against Syria]",
"brushed aside a European plan for a truce [in Ukraine]", "dismissed warnings that Moscow could
attack [a NATO country]". When the noun states an author no code covers ("a European plan",
"warnings by European leaders", "a council resolution"), it is aimed at no one
(:func:`rejects_content_only`), not at the article's counterpart; a noun stating no author at all
("rejected calls for a truce in Gaza") leaves the author to the article.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex, side_code, side_codes
from tidings.extract.event_phrases import np_actors
from tidings.extract.event_syntax import VERB_POS, direct_object, is_passive, passive_subject, preps
from tidings.models import Actor, Event
from tidings.ontology.events import EventTables, TriggerEntry

__all__ = ["aim_refused_proposals", "drop_rejected_content", "refused_proposal", "rejects_content_only"]

def refused_proposal(wrapper: TriggerEntry, noun: Token, coded: str, by_token: dict, tables: EventTables):
    """The trigger match of a request, offer or proposal a refusal turns down when it was coded as
    the act it proposes ("rejected Kyiv's proposal [for a truce]", "turned down an offer [of
    talks]"): what is refused is the proposal itself, the other side's own act of its own row's
    type (``proposal_types``), with the act proposed folded into it; else None."""
    match = by_token.get(noun.i)
    own = match.entry if match is not None else None
    if wrapper.wraps not in tables.vocab("refusal_wrappers") or own is None or own.pos != "noun":
        return None
    return match if own.type in tables.vocab("proposal_types") and own.type != coded else None


_REFUSED_SLOTS = ("dobj", "nsubjpass", "npadvmod", "appos")  # "refused [the request]", "[the offer] was rejected", "…, [a demand] made by"


def aim_refused_proposals(events: list[Event], cands: list, index: EventIndex) -> list[Event]:
    by_token = {c.token.i: e for e, c in zip(events, cands)}
    proposals = index.tables.vocab("proposal_types")
    out = []
    for e, c in zip(events, cands):
        refusal = _refusal(c.token, by_token) if e.type in proposals and c.token.pos_ not in VERB_POS else None
        if refusal is not None and not _own_addressee(c.token, index):
            mine = {side_code(a) for a in e.source}
            refusers = [a for a in refusal.source if side_code(a) not in mine]
            if refusers and {side_code(a) for a in refusers} != {side_code(a) for a in e.target}:
                e = e.model_copy(update={"target": refusers, "rule": (e.rule or "") + "; target: the side refusing it"})
        out.append(e)
    return out


def _refusal(noun: Token, by_token: dict[int, Event]) -> Event | None:
    """The rejection whose object, passive subject or apposition the noun is."""
    if noun.dep_ not in _REFUSED_SLOTS:
        return None
    refusal = by_token.get(noun.head.i)
    return refusal if refusal is not None and refusal.type == "REJECT" and refusal.source else None


def _own_addressee(noun: Token, index: EventIndex) -> bool:
    """'an offer of talks [to Kyiv]', 'a demand [on Denmark]': the proposal names whom it is put to."""
    return any(p in ("to", "on") and any(index.actor(t) is not None for t in g.subtree) for p, g in preps(noun))


# "a report [by Dutch intelligence]", "an offer [from Brazil]", "an offer [of French assistance]": whoever
# offers French help is France
_AUTHOR_PREPS = ("by", "from", "of")


def drop_rejected_content(events: list[Event], cands: list, index: EventIndex) -> list[Event]:
    """A rejection aimed at a party the content of the text it rejects names is aimed at the text's
    coded author instead, or at no one."""
    out = []
    for e, c in zip(events, cands):
        found = _rejected_text(e, c.token, index)
        if found is not None:
            authors, content = found
            if any(a.start in content for a in e.target):
                mine = side_codes(e.source)
                e = e.model_copy(update={"target": [a for a in authors if side_code(a) not in mine],
                                         "rule": (e.rule or "") + "; target: the author of the text rejected, not its content"})
        out.append(e)
    return out


def rejects_content_only(c, index: EventIndex) -> bool:
    """A rejection of a text whose author is stated but no code covers it, while its content names
    parties: no counterpart stands in for the author."""
    if c.type != "REJECT" or c.token.pos_ not in VERB_POS:
        return False
    noun = _text_object(c.token, index)
    if noun is None:
        return False
    authors, content = _sides_of_text(noun, index)
    return not authors and bool(content) and _states_author(noun)


def _states_author(noun: Token) -> bool:
    """'a [European] plan', 'a [council] resolution', 'warnings [by] European leaders': words of the
    noun that say whose it is."""
    for ch in noun.children:
        if ch.dep_ in ("compound", "poss", "nmod") and ch.pos_ in ("NOUN", "PROPN"):
            return True
        if ch.dep_ == "amod" and ch.ent_type_ in ("NORP", "GPE", "ORG"):
            return True
        if ch.dep_ == "prep" and ch.lower_ in ("by", "from"):
            return True
    return False


def _rejected_text(e: Event, verb: Token, index: EventIndex) -> tuple[list[Actor], set[int]] | None:
    if e.type != "REJECT" or verb.pos_ not in VERB_POS:
        return None
    noun = _text_object(verb, index)
    return _sides_of_text(noun, index) if noun is not None else None


def _text_object(verb: Token, index: EventIndex) -> Token | None:
    """The rejected noun when it names a text, plan or warning (not a party)."""
    noun = direct_object(verb) or (passive_subject(verb) if is_passive(verb) else None)
    if noun is None or index.actor(noun) is not None:
        return None
    words = index.tables.vocab("authored_nouns")
    return noun if noun.lower_ in words or noun.lemma_.lower() in words else None


def _sides_of_text(noun: Token, index: EventIndex) -> tuple[list[Actor], set[int]]:
    """The text's coded authors (its own modifiers and "by"/"from" phrases) and the starts of the
    actors named inside the rest of it (its content)."""
    authors = np_actors(noun, index, deep=False)
    authors += [a for p, g in preps(noun) if p in _AUTHOR_PREPS for a in np_actors(g, index, deep=False)]
    own = {a.start for a in authors}
    lo, hi = index.doc[noun.left_edge.i].idx, index.doc[noun.right_edge.i].idx + len(index.doc[noun.right_edge.i])
    content = {a.start for a in index.actors if lo <= a.start < hi and a.start not in own}
    return authors, content
