"""Event nouns that re-mention an earlier event: "the withdrawal", "the renewed attacks", "the
tariff increase", "The truce took effect".

A definite event noun with no actor of its own, or a verb whose subject is such a noun, refers
back to an earlier event of its kind in the article (a ``family:`` set of vocabulary.csv, else the
same type) and takes its source and target: an event named by the same word ("the attacks" after
"attacked") first, then one that was done when the re-mention is told as done ("The sanctions hit
exports" names sanctions imposed, not ones only threatened; "marched against the tariffs" may be
against tariffs only announced), then one whose verb acted on the noun ("raised tariffs"), then the
earliest (the act the article is about, which its lede tells first), not the nearest; a denied
event is no referent. A re-mention reported by someone ("the withdrawal showed…, the envoy said")
is still the earlier actor's act, not the reporter's. A bare plural subject ("sanctions could also
target …") refers back the same way.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from tidings.extract.event_compose import Candidate
from tidings.extract.event_implicit import RESUMED, implicit_agents, lifted_measures, mutual_fighting
from tidings.extract.event_index import EventIndex, side_codes as _codes, unique_sides
from tidings.extract.event_sources import names_event
from tidings.extract.event_phrases import np_actors
from tidings.extract.event_syntax import VERB_POS, nearest_subject
from tidings.models import Actor, Event

_RESUMED_AT = re.compile(RESUMED + r" '[^']*' at (\d+)")
_REPORTER = "source: the reporter"
_FIRST = 40  # earlier events of each type examined, earliest first
_DONE = frozenset({"asserted", "reported"})
_NAMED_OBJECT = ("dobj", "nsubjpass")  # "raised [tariffs]", "[sanctions] were imposed"
Words = tuple[str, ...]


def resume_definite_events(events: list[Event], cands: list[Candidate], index: EventIndex) -> list[Event]:
    out: list[Event] = []
    by_type: dict[str, list[tuple[Event, Words]]] = {}  # resolved events so far, with the words naming them
    families = [f for _, f in index.tables.vocab_group("family")]
    resumed: dict[int, Event] = {}  # re-mention's position -> the event it resumes
    for i, (e, c) in enumerate(zip(events, cands)):
        noun = c.token if c.entry.pos == "noun" else _event_subject(c, index)
        if noun is not None and _unowned(e) and _refers_back(noun, index):
            family = next((f for f in families if e.type in f), frozenset({e.type}))
            ref = _referent(family, _lemma(noun), by_type, _reacting_side(noun, index), done=_told_done(e, noun),
                            aimed=e.type not in index.tables.vocab("reciprocal"))
            if ref is not None:
                e, resumed[i] = _resumed(e, ref, c, noun, index), ref
        elif noun is c.token and e.source and not e.target and _refers_back(noun, index):
            met = _met_as_before(e, noun, by_type, families, index)
            if met is not None:
                e, resumed[i] = met
            else:
                e = _aimed_as_before(e, noun, by_type, families)
        out.append(e)
        by_type.setdefault(e.type, []).append((e, _naming_words(c.token, index)))
    out = lifted_measures(mutual_fighting(out, cands, index, resumed), cands, index, resumed)
    return implicit_agents(out, cands, index)


def _aimed_as_before(e: Event, noun: Token, by_type: dict[str, list[tuple[Event, Words]]], families) -> Event:
    """'Chinese aircraft took part in [the drills]' after 'China launched exercises around Taiwan':
    a definite re-mention whose doer is named but not its target is aimed where the act it names
    again was (examples/ANNOTATION.md, Q2: it takes the participants of that act). The earlier act
    of its kind by the same side, with a target, of the same word first, else the earliest."""
    family = next((f for f in families if e.type in f), frozenset({e.type}))
    mine = _codes(e.source)
    found = sorted(((p, w) for t in family for p, w in by_type.get(t, [])[:_FIRST]
                    if p.target and p.status != "negated" and _codes(p.source) == mine), key=lambda p: p[0].trigger.start)
    if not found:
        return e
    ref = min(found, key=lambda p: not _named_by(p[1], _lemma(noun)))[0]
    if _codes(ref.target) & mine:
        return e
    return e.model_copy(update={"target": list(ref.target),
                                "rule": (e.rule or "") + f"; target: that of the act it names again at {ref.trigger.start}"})


def _met_as_before(e: Event, noun: Token, by_type: dict[str, list[tuple[Event, Words]]], families,
                   index: EventIndex) -> tuple[Event, Event] | None:
    """'Araghchi told reporters after [the talks]' after 'Faisal and Araghchi met in Riyadh': a definite
    re-mention of a joint act (vocabulary.csv reciprocal) with no party of its own, whose clause lends it
    one of that act's sides only, takes all the sides of the act it names again (ANNOTATION.md Q2: it
    takes the participants of that act), as they were coded there ("A met B" stays A → B); with the
    re-mention's source not among them, it is some other meeting."""
    if e.type not in index.tables.vocab("reciprocal") or any(index.actor(t) is not None for t in noun.subtree):
        return None
    family = next((f for f in families if e.type in f), frozenset({e.type}))
    ref = _referent(family, _lemma(noun), by_type, set(), done=_told_done(e, noun), aimed=False)
    if ref is None:
        return None
    if not _codes(e.source) < _codes(ref.source + ref.target):
        return None
    rule = (e.rule or "") + f"; {RESUMED} '{ref.trigger.text}' at {ref.trigger.start}"
    return e.model_copy(update={"source": list(ref.source), "target": list(ref.target), "rule": rule}), ref


def referent_start(e: Event) -> int | None:
    """Where the event a re-mention resumes starts (as recorded in its rule), else None."""
    m = _RESUMED_AT.search(e.rule or "")
    return int(m.group(1)) if m else None


def _unowned(e: Event) -> bool:
    """No actor of its own: none at all, or only the one reporting it."""
    return not e.target and (not e.source or _REPORTER in (e.rule or ""))


def _referent(
    family: frozenset[str], lemma: str, by_type: dict[str, list[tuple[Event, Words]]], reacting: set[str], *, done: bool,
    aimed: bool
) -> Event | None:
    """The earlier event of the family with a source, not denied, that the noun names. One aimed at
    the side that reacts to the noun comes first ("Moscow rejected the allegations": those against
    Moscow), then one of the same word ("the withdrawal" after "withdrew"); a re-mention told as
    done ("The sanctions hit exports") names an act that was done, not one only threatened or
    planned; then one whose verb acted on the same word ("the tariffs" after "raised tariffs"); an
    act aimed at someone (``aimed``: not a joint one) is told best where its target is named; among the rest, the earliest (the article's main act, not the latest of its kind)."""
    found = [(e, w) for t in family for e, w in by_type.get(t, [])[:_FIRST] if e.source and e.status != "negated"]
    found.sort(key=lambda p: p[0].trigger.start)
    ranked = sorted(found, key=lambda p: (not reacting & _codes(p[0].target), not _same_word(p[1][0], lemma),
                                          done and p[0].status not in _DONE, not _named_by(p[1], lemma),
                                          aimed and not p[0].target))
    return ranked[0][0] if ranked else None


def _reacting_side(noun: Token, index: EventIndex) -> set[str]:
    """Codes of the subject of the verb the noun is the object of ("[Moscow] rejected the allegations")."""
    if noun.dep_ != "dobj" or noun.head.pos_ not in VERB_POS:
        return set()
    subj = nearest_subject(noun.head)
    return _codes(np_actors(subj, index)) if subj is not None else set()


def _told_done(e: Event, noun: Token) -> bool:
    """A re-mention told as done: the act is the subject of a clause telling what it did ("The
    sanctions hit exports", "the truce held"). One that is only reacted to ("chanted slogans against
    the tariffs", "condemned the sanctions") may be of an act only announced or threatened."""
    return e.status in _DONE and noun.dep_ in ("nsubj", "nsubjpass")


def _naming_words(trigger: Token, index: EventIndex) -> Words:
    """The words an act was told by: its trigger's lemma, and for a verb the noun that names the
    act it does ("raised tariffs", "launched strikes", "sanctions were imposed"), which a later
    re-mention repeats ("the tariffs", "the strikes"). A definite object is itself a re-mention,
    of an act the verb keeps, breaks or judges ("would respect the truce", "condemned the
    strikes"), not the verb's own act."""
    words = [_lemma(trigger)]
    if trigger.pos_ in VERB_POS:
        definite = index.tables.vocab("definite")
        words += [_lemma(ch) for ch in trigger.children if ch.dep_ in _NAMED_OBJECT and ch.pos_ == "NOUN"
                  and not any(d.dep_ == "det" and d.lower_ in definite for d in ch.children)]
    return tuple(words)


def _named_by(words: Words, lemma: str) -> bool:
    return any(_same_word(w, lemma) for w in words)


def _same_word(a: str, b: str) -> bool:
    """'withdraw' / 'withdrawal', 'deploy' / 'deployment', 'drill' / 'drills'."""
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])


def _resumed(e: Event, ref: Event, c: Candidate, noun: Token, index: EventIndex) -> Event:
    source, target = ref.source, ref.target
    if noun is not c.token and (e.mode == "ceasefire" or ref.type in index.tables.vocab("reciprocal")):
        source, target = unique_sides(ref.source + ref.target), []  # "the truce took effect": both sides
    rule = (e.rule or "").replace("; " + _REPORTER, "")
    return e.model_copy(update={"source": source, "target": target, "confidence": round(e.confidence * 0.8, 2),
                                "rule": rule + f"; {RESUMED} '{ref.trigger.text}' at {ref.trigger.start}"})


def _refers_back(noun: Token, index: EventIndex) -> bool:
    """A definite noun ("the withdrawal", "this launch", "Tuesday's attack", "the tariff increase":
    the determiner may sit on the head the trigger modifies), or a bare plural subject ("sanctions
    could…")."""
    definite = index.tables.vocab("definite")
    heads = [noun] + ([noun.head] if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else [])
    if any(ch.dep_ in ("det", "poss") and (ch.lower_ in definite or _dated(ch)) for h in heads for ch in h.children):
        return True
    bare = not any(ch.dep_ in ("det", "poss") for ch in noun.children)
    return bare and noun.dep_ in ("nsubj", "nsubjpass") and noun.tag_ == "NNS"


def _dated(tok: Token) -> bool:
    """A date as possessor ("Tuesday's attack", "Monday's seizure") points at an act told before."""
    return tok.ent_type_ == "DATE" and tok.dep_ == "poss"


def _event_subject(c: Candidate, index: EventIndex) -> Token | None:
    """The subject of a verb trigger when it is an event noun naming no actor ("the truce held")."""
    if c.anchor.pos_ not in VERB_POS:
        return None
    subj = next((ch for ch in c.anchor.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or not names_event(subj, index) or any(index.actor(t) is not None for t in subj.subtree):
        return None
    return subj


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()
