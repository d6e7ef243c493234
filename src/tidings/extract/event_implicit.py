"""Acts whose own words name no agent: "the tanker had been stopped", "the missiles were launched",
"the fighting".

An agentless passive of material conflict (vocabulary.csv ``implicit_agent_types``: arrests,
seizures, attacks, deployments, sanctions) that names no actor of its own continues the article's
narrative: it is the act of the side that did the latest earlier act of its type, told at most a
few sentences before ("Iran seized a British tanker on Friday. The tanker had been stopped for
violating maritime rules" → Iran), and
when it names no target either, it falls on that act's target; one aimed elsewhere than that
act ("In Gaza, a school was struck" after Russian strikes on Kyiv) is not its. A release told so
("31 of the detainees had been released"; ``implicit_release_types``) is by the side that held
them, the latest earlier act of repression (``repression``). An act the sentence gives an agent
("was stopped by the navy"), one denied, or one with no such earlier act in the article is left
as it is.

An act lifting a measure ("lifted the sanctions", "the lifting of the curfew"; vocabulary.csv
``lifting``) that names no side of its own is lifted by the side that imposed the measure, on the
side it fell on: the measure told inside its object ("the sanctions that ECOWAS imposed on
Guinea-Bissau"), else the earliest earlier act named by the object's word ("the sanctions").

A noun of fighting done by both sides to each other (vocabulary.csv ``mutual_fighting``: "the
fighting", "clashes", "artillery duels", "no firing was reported") that names no side of its own
is fought by the sides of the act it resumes, else by the article's two sides: both are its source
and it has no target; two parties of one country are source and target (civil war).
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_compose import Candidate
from tidings.extract.event_home import latest_mention
from tidings.extract.event_index import EventIndex
from tidings.extract.event_pairs import main_pair_codes
from tidings.extract.event_syntax import VERB_POS, agent, direct_object, is_passive, passive_subject
from tidings.models import Actor, Event

RESUMED = "actors: refers back to"  # the rule text marking a re-mention (event_resume)
IMPLICIT = "source: the agent of the latest earlier act it continues"
MUTUAL = "actors: both sides fight"
LIFTED = "actors: those of the measure lifted"
_WINDOW = 6  # sentences back in which the act an agentless passive continues was told


def implicit_agents(events: list[Event], cands: list[Candidate], index: EventIndex) -> list[Event]:
    """The events, in their order, with the agent of agentless passives filled from the article."""
    types, releases = index.tables.vocab("implicit_agent_types"), index.tables.vocab("implicit_release_types")
    holding = index.tables.vocab("repression")
    latest: dict[str, Event] = {}  # the latest event of each type with a source, in text order
    out: dict[int, Event] = {}
    for i in sorted(range(len(events)), key=lambda i: events[i].trigger.start):
        e, c = events[i], cands[i]
        prior = None
        if e.type in types:
            prior = latest.get(e.type)
        elif f"{e.type}:{e.mode}" in releases:  # "31 of the detainees had been released": by who held them
            prior = max((latest[t] for t in holding if t in latest), key=lambda p: p.trigger.start, default=None)
        near = prior is not None and e.sentence - prior.sentence <= _WINDOW
        if not e.source and near and _agentless(c.anchor) and _same_front(e, prior):
            e = e.model_copy(update={
                "source": list(prior.source), "target": list(e.target or prior.target),
                "confidence": round(e.confidence * 0.8, 2),
                "rule": (e.rule or "") + f"; {IMPLICIT} '{prior.trigger.text}' at {prior.trigger.start}"})
        if e.source and e.status != "negated":
            latest[e.type] = e
        out[i] = e
    return [out[i] for i in range(len(events))]


def _same_front(e: Event, prior: Event) -> bool:
    """The act falls where the earlier one did: no target of its own, or one the earlier act shares
    ("Russia struck Kyiv … In Gaza, a school was struck" is not Russia's)."""
    mine, theirs = {_code(a) for a in e.target}, {_code(a) for a in prior.target}
    return not mine or not theirs or bool(mine & theirs)


def _agentless(verb: Token) -> bool:
    """A passive verb with no 'by' agent ("were being held", "had been stopped")."""
    return verb.pos_ in VERB_POS and is_passive(verb) and agent(verb) is None


def mutual_fighting(
    events: list[Event], cands: list[Candidate], index: EventIndex, resumed: dict[int, Event]
) -> list[Event]:
    """The events, in their order, with the sides of fighting nouns naming none. ``resumed`` maps
    the index of a re-mention to the event it resumes."""
    words = index.tables.vocab("mutual_fighting")
    pair: list[str] | None = None
    out = []
    for i, (e, c) in enumerate(zip(events, cands)):
        ref = resumed.get(i)
        unowned = ref is not None or not (e.source or e.target)
        if c.token.lemma_.lower() in words and c.entry.pos == "noun" and unowned:
            if ref is None and pair is None:
                pair = main_pair_codes(events, index)
            e = _fought_by(e, _unique(ref.source + ref.target) if ref is not None
                           else _two_sides(pair or [], e.trigger.start, index))
        out.append(e)
    return out


def _fought_by(e: Event, sides: list[Actor]) -> Event:
    codes = {_code(a) for a in sides}
    if not codes:
        return e
    source, target = (sides, []) if len(codes) > 1 else (sides[:1], sides[:1])
    return e.model_copy(update={"source": source, "target": target, "rule": (e.rule or "") + f"; {MUTUAL}"})


def _two_sides(codes: list[str], at: int, index: EventIndex) -> list[Actor]:
    """The article's two sides (event_pairs.main_pair_codes: stated dyads weighted), each evidenced
    by its latest mention before ``at``; one code when two parties of one country fight."""
    mentions = [latest_mention(c, at, index) for c in codes if c]
    return [m for m in mentions if m is not None]


def _unique(actors: list[Actor]) -> list[Actor]:
    seen: dict[str, Actor] = {}
    for a in actors:
        seen.setdefault(_code(a), a)
    return list(seen.values())


def _code(a: Actor) -> str:
    return a.code or a.country or a.name


def lifted_measures(
    events: list[Event], cands: list[Candidate], index: EventIndex, resumed: dict[int, Event]
) -> list[Event]:
    """The events, in their order, with the sides of lifting acts naming none (or only those of the
    act a re-mention resumed) taken from the measure they lift."""
    lifting = index.tables.vocab("lifting")
    out = []
    for i, (e, c) in enumerate(zip(events, cands)):
        unowned = i in resumed or not (e.source or e.target)
        obj = _lifted_object(c.token, index) if e.type in lifting and unowned else None
        measure = _measure(obj, e, events, cands) if obj is not None else None
        if measure is not None:  # no longer the re-mention of an act of its own type
            rule = "; ".join(r for r in (e.rule or "").split("; ") if not r.startswith(RESUMED))
            e = e.model_copy(update={"source": list(measure.source), "target": list(measure.target),
                                     "rule": rule + f"; {LIFTED} '{measure.trigger.text}' at {measure.trigger.start}"})
        out.append(e)
    return out


def _lifted_object(tok: Token, index: EventIndex) -> Token | None:
    """'lifted [the sanctions]', '[the sanctions] were lifted', 'the lifting of [the curfew]'."""
    if tok.pos_ in VERB_POS:
        return direct_object(tok) or passive_subject(tok)
    preps = index.tables.vocab("undone_preps")
    return next((g for ch in tok.children if ch.dep_ == "prep" and ch.lower_ in preps
                 for g in ch.children if g.dep_ == "pobj"), None)


def _measure(obj: Token, e: Event, events: list[Event], cands: list[Candidate]) -> Event | None:
    lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
    inside = [m for m in events if m.source and lo <= m.trigger.start < hi and m is not e]
    if inside:
        return inside[0]
    word = obj.lemma_.lower()
    named = [m for m, c in zip(events, cands) if m.source and m.status != "negated"
             and m.trigger.start < e.trigger.start and _same_word(c.token.lemma_.lower(), word)]
    return min(named, key=lambda m: m.trigger.start) if named else None


def _same_word(a: str, b: str) -> bool:
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5])
