"""Acts whose own words name no agent: "the tanker had been stopped", "the missiles were launched".

An agentless passive of material conflict (vocabulary.csv ``implicit_agent_types``: arrests,
seizures, attacks, deployments, sanctions) that names no actor of its own continues the article's
narrative: it is the act of the side that did the latest earlier act of its type ("Iran seized a
British tanker on Friday. The tanker had been stopped for violating maritime rules" → Iran), and
when it names no target either, it falls on that act's target. An act the sentence gives an agent
("was stopped by the navy"), one denied, or one with no such earlier act in the article is left
as it is.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_compose import Candidate
from tidings.extract.event_index import EventIndex
from tidings.extract.event_syntax import VERB_POS, agent, is_passive
from tidings.models import Event

IMPLICIT = "source: the agent of the latest earlier act of its type"


def implicit_agents(events: list[Event], cands: list[Candidate], index: EventIndex) -> list[Event]:
    """The events, in their order, with the agent of agentless passives filled from the article."""
    types = index.tables.vocab("implicit_agent_types")
    latest: dict[str, Event] = {}  # the latest event of each type with a source, in text order
    out: dict[int, Event] = {}
    for i in sorted(range(len(events)), key=lambda i: events[i].trigger.start):
        e, c = events[i], cands[i]
        prior = latest.get(e.type)
        if e.type in types and not e.source and prior is not None and _agentless(c.anchor):
            e = e.model_copy(update={
                "source": list(prior.source), "target": list(e.target or prior.target),
                "confidence": round(e.confidence * 0.8, 2),
                "rule": (e.rule or "") + f"; {IMPLICIT} '{prior.trigger.text}' at {prior.trigger.start}"})
        if e.source and e.status != "negated":
            latest[e.type] = e
        out[i] = e
    return [out[i] for i in range(len(events))]


def _agentless(verb: Token) -> bool:
    """A passive verb with no 'by' agent ("were being held", "had been stopped")."""
    return verb.pos_ in VERB_POS and is_passive(verb) and agent(verb) is None
