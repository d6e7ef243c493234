"""Whom a label judges: "Iran rejected the U.S. proposal, calling it a pressure tactic".

A labelling verb (vocabulary.csv ``labelling_verbs``: called, described, branded) coded as an
accusation, whose object names no side ("it", "the measures", "the move"), judges the act of the
clause it hangs on: a participle ("…, calling it …") or a "with" clause ("…, with the minister
calling it …"). Its target is the other side of that act: the author of the rejected proposal,
the court one withdraws from, the side whose move is condemned. A labeller the text names by no
side ("a government spokesman") speaks for the side of that act.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex
from tidings.extract.event_syntax import direct_object
from tidings.models import Actor, Event


def aim_labels(events: list[Event], cands: list, index: EventIndex) -> list[Event]:
    """Events with the target of each side-less label set to the other side of the act it judges."""
    by_token: dict[int, Event] = {}
    for e, c in zip(events, cands):
        for t in (c.token, c.inner):
            if t is not None:
                by_token.setdefault(t.i, e)
    return [_aimed(e, c.token, by_token, index) or e for e, c in zip(events, cands)]


def _aimed(event: Event, verb: Token, by_token: dict[int, Event], index: EventIndex) -> Event | None:
    if event.type != "ACCUSE" or verb.lemma_.lower() not in index.tables.vocab("labelling_verbs"):
        return None
    obj = direct_object(verb)
    if obj is None or any(index.actor(t) is not None for t in obj.subtree):
        return None
    clause = _judged_clause(verb)
    judged = by_token.get(clause.i) if clause is not None else None
    if judged is None or judged is event:
        return None
    source = event.source or judged.source  # "with a government spokesman calling …": the clause's side
    own = {_key(a) for a in source}
    aim = [a for a in judged.target if _key(a) not in own] or [a for a in judged.source if _key(a) not in own]
    # a target of its own stands, unless it is the labeller's side or the aim itself ("calling [it]"
    # read as the Egyptian proposal)
    if not aim or event.target and not {_key(a) for a in event.target} <= own | {_key(a) for a in aim}:
        return None
    return event.model_copy(update={"source": list(source), "target": aim,
                                    "rule": (event.rule or "") + "; target: the other side of the act it labels"})


def _judged_clause(verb: Token) -> Token | None:
    """The verb of the clause a labelling participle hangs on: "rejected …, [calling] it",
    "refused …, with a spokesman [calling] it"."""
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.lower_ == "with" and verb.head.dep_ == "prep":
        return verb.head.head
    return None


def restated_judgement(verb: Token, type_: str | None, told: dict[int, str], index: EventIndex) -> bool:
    """'denounced [what it called] unprovoked firing', 'accused Cambodia of opening fire, in [what
    Bangkok called] a breach of the truce': a label on "what" below a reaction (vocabulary.csv
    ``reaction_types``) restates that reaction, no event of its own; under another act ("froze
    the assets over what it called incitement", "recalled its envoy, citing what it called
    crimes") it is the labeller's accusation. ``told`` maps earlier trigger tokens to their types."""
    tables = index.tables
    if type_ != "ACCUSE" or verb.lemma_.lower() not in tables.vocab("labelling_verbs"):
        return False
    obj = direct_object(verb)
    if obj is None or obj.lower_ != "what":
        return False
    reactions = tables.vocab("reaction_types")
    return any(told.get(a.i) in reactions for a in verb.ancestors)


def _key(actor: Actor) -> str:
    return actor.code or actor.country or actor.name
