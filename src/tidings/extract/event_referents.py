"""What a reaction's definite object refers back to: 'rejected the warning', 'welcomed the agreements'.

A reaction (vocabulary.csv ``reaction_types``: supporting, rejecting, accusing) whose object is a
definite noun naming a statement or an act with no actor of its own is aimed at the side of the
latest earlier event of the article that the noun can name (data/events/referents.csv): the author
of a statement ("Iranian officials dismissed the warning" → who warned), everyone who took part
in an agreement or a meeting ("The United States welcomed the agreements" → its signatories).
An earlier event aimed at the reacting side wins over a later one that is not ("Moscow rejected
the allegations" → the allegations against Moscow).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex
from tidings.extract.event_syntax import VERB_POS, direct_object
from tidings.models import Actor, Event
from tidings.ontology.csvfiles import read_csv

_LOOKBACK = 12  # earlier events of the wanted types examined, latest first


@dataclass(frozen=True)
class Referent:
    types: frozenset[str]
    sides: str  # "source" | "parties"
    statement: bool
    aimed: bool  # only an event aimed at the reacting side


@lru_cache(maxsize=1)
def referents() -> dict[str, tuple[Referent, ...]]:
    """Noun → the referents it can name, in file order (data/events/referents.csv)."""
    out: dict[str, list[Referent]] = {}
    for r in read_csv("events/referents.csv"):
        ref = Referent(frozenset(r["types"].split("|")), r["sides"], r["kind"] == "statement", r["aimed"] == "yes")
        for noun in r["nouns"].split("|"):
            out.setdefault(noun, []).append(ref)
    return {k: tuple(v) for k, v in out.items()}


class EarlierEvents:
    """The article's events by type, in text order, for 'latest earlier event of type T' lookups
    in O(log n) each."""

    def __init__(self, events: list[Event]):
        self._by_type: dict[str, list[Event]] = {}
        for e in sorted(events, key=lambda e: e.trigger.start):
            self._by_type.setdefault(e.type, []).append(e)
        self._starts = {t: [e.trigger.start for e in es] for t, es in self._by_type.items()}

    def before(self, types: frozenset[str], at: int) -> list[Event]:
        """Up to _LOOKBACK events of those types starting before ``at``, latest first."""
        found: list[Event] = []
        for t in types:
            es = self._by_type.get(t, [])
            i = bisect_left(self._starts.get(t, []), at)
            found += es[max(0, i - _LOOKBACK):i]
        return sorted(found, key=lambda e: -e.trigger.start)[:_LOOKBACK]


def reaction_object(event: Event, trigger: Token, index: EventIndex) -> Token | None:
    """The definite, actor-less noun object of a reaction verb ("rejected [the warning]")."""
    if event.type not in index.tables.vocab("reaction_types") or trigger.pos_ not in VERB_POS:
        return None
    obj = direct_object(trigger)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or any(index.actor(t) is not None for t in obj.subtree):
        return None
    definite = index.tables.vocab("definite")
    if not any(ch.dep_ in ("det", "poss") and (ch.lower_ in definite or ch.ent_type_ == "DATE") for ch in obj.children):
        return None
    return obj


def referred_sides(event: Event, noun: Token, earlier: EarlierEvents, index: EventIndex) -> list[Actor]:
    """The sides of the earlier event the noun refers back to, other than the reacting side: one
    aimed at the reacting side first, then one told by the same word ("condemned the launches"
    after "launched"), then the earliest of the last ones examined (the act the article leads
    with: "welcomed the ceasefire" is the truce of the lede, not a later deal of the family)."""
    refs = referents().get(noun.lower_) or referents().get(noun.lemma_.lower()) or ()
    mine = {a.code or a.country for a in event.source}
    names = {a.name for a in event.source}
    for ref in refs:
        found = [e for e in earlier.before(ref.types, event.trigger.start) if e.source]
        if ref.statement:  # someone else's words
            found = [e for e in found if not mine & {a.code or a.country for a in e.source}]
        aimed = [e for e in found if mine & {a.code or a.country for a in e.target}]
        if not (aimed if ref.aimed else found):
            continue
        same = [e for e in found if _same_word(e, noun, index)]
        chosen = (aimed or same or [found[-1]])[0]
        sides = chosen.source + (chosen.target if ref.sides == "parties" else [])
        out = _unique([a for a in sides if a.name not in names])
        if len(mine) > 1 and {a.code or a.country for a in out} <= mine:
            return []  # "Merz and Zelensky signed the agreement": the joint act itself, not a reaction
        if out:
            return out
    return []


def _same_word(e: Event, noun: Token, index: EventIndex) -> bool:
    """The event's trigger and the noun share a five-letter stem ("launched" / "launches")."""
    span = index.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    a, b = (span.root.lemma_.lower() if span is not None else ""), noun.lemma_.lower()
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for a in actors:
        key = a.code or a.country or a.name
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out


def detention_grounds(event: Event, trigger: Token, done: dict[int, Event], index: EventIndex) -> Event | None:
    """'Two French citizens have been held in Iran [on espionage charges]', 'police detained 30 people
    [on charges of] spreading false reports': the charges a detention rests on are the detainer's
    against the detained (the detention coded just before, on the verb the phrase hangs on)."""
    vocab = index.tables.vocab
    if event.type != "ACCUSE" or trigger.dep_ != "pobj" or trigger.head.lower_ not in vocab("grounds_preps"):
        return None
    head = trigger.head.head
    for _ in range(3):  # "held … for more than three years [on espionage charges]"
        if head.i in done or head.dep_ not in ("pobj", "prep"):
            break
        head = head.head
    held = done.get(head.i)
    if held is None or held.type not in vocab("repression") or not held.source:
        return None
    if event.source and "source: the reporter" not in (event.rule or ""):
        return None
    return event.model_copy(update={"source": list(held.source), "target": list(held.target) or event.target,
                                    "rule": (event.rule or "") + "; actors: the detention it grounds"})


def held_until_release(event: Event, trigger: Token, done: dict[int, Event], index: EventIndex) -> Event | None:
    """'The Taliban released a British couple after eight months [in detention]', 'Iran freed a French
    tourist after two years in detention': a detention with no sides of its own, told in a phrase of
    the release that ended it (coded just before), was the releaser's, of those released."""
    vocab = index.tables.vocab
    if event.type not in vocab("repression") or event.source or event.target or trigger.dep_ != "pobj":
        return None
    head = trigger.head
    for _ in range(4):  # "after [nearly eight months in [detention]]"
        if head.i in done or head.dep_ not in ("pobj", "prep"):
            break
        head = head.head
    freed = done.get(head.i)
    if freed is None or freed.mode != "release" or not freed.source or not freed.target:
        return None
    return event.model_copy(update={"source": list(freed.source), "target": list(freed.target),
                                    "rule": (event.rule or "") + "; actors: the release that ended it"})


def aim_rejected(events: list[Event], cands: list, index: EventIndex) -> list[Event]:
    """'Israel rejected [the criticism]', 'Tehran denied [the charge]', 'Pakistan dismissed [the
    allegations]': a statement or measure named only by the object of a rejection, with no side
    of its own and none the article told before (run after ``resume_definite_events``), was aimed
    at the rejecting side (vocabulary ``rejected_aimed_types``; not a denied attack, whose denier is
    the one said to have done it), and comes from the side the rejection is aimed at, when the
    article told who that is ("Israel rejected the criticism" after Egypt and Qatar urged it)."""
    by_token = {c.token.i: e for e, c in zip(events, cands)}
    aimed = index.tables.vocab("rejected_aimed_types")
    out = []
    for e, c in zip(events, cands):
        noun = c.token
        reaction = by_token.get(noun.head.i) if noun.dep_ == "dobj" else None
        if (not e.source and not e.target and e.type in aimed and reaction is not None
                and reaction.type == "REJECT" and reaction.source):
            e = e.model_copy(update={"target": list(reaction.source),
                                     "rule": (e.rule or "") + "; target: the side rejecting it"})
            mine = {a.code or a.country for a in reaction.source}
            authors = [a for a in reaction.target if (a.code or a.country) not in mine]
            if authors:  # "Iranian officials dismissed the warning" (Washington's, the rejection's target)
                e = e.model_copy(update={"source": authors, "rule": e.rule + "; source: the side the rejection answers"})
        out.append(e)
    return out
