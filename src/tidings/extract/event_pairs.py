"""The article's two principal sides, counted from the dyads its sentences state.

A dyad is stated when both of its sides are named in the event's own sentence; one with a side
filled in from elsewhere (the article's counterpart, an earlier event) is a guess and weighs half
as much, so that guesses cannot outvote what the sentences say. Allies acting together toward a
third side ("Egypt and Qatar urged Israel") are no pair. Linear in the events.
"""

from __future__ import annotations

from collections import Counter

from tidings.extract.event_index import EventIndex, side_code as _code, side_codes as _codes
from tidings.models import Actor, Event


def pair_votes(events: list[Event], index: EventIndex) -> Counter:
    """Pairs of codes facing each other or acting together ("Iran and Saudi Arabia met"); one code
    when two parties of one country face each other (civil war, domestic politics). A stated dyad
    counts twice, one with a side filled in from elsewhere once; an event's vote is shared among
    the pairs it names ("Egypt and Qatar urged Israel": half a vote to each pair)."""
    pairs: Counter[frozenset[str]] = Counter()
    for e in events:
        # sorted: a tie between pairs goes to the first counted, the same whatever the hash seed
        sources, targets = sorted({_code(a) for a in e.source}), sorted({_code(a) for a in e.target})
        weight = (2 if stated(e, index) else 1) / max(1, len(sources) * len(targets))
        for s in sources:
            for t in targets:
                if s != t or distinct(e.source + e.target):
                    pairs[frozenset((s, t))] += weight
        joint = sorted(_codes(e.source))  # "Iran and Saudi Arabia met", not "Egypt and Qatar urged Israel"
        if not e.target and (len(joint) == 2 or (len(joint) == 1 and distinct(e.source))):
            pairs[frozenset(joint)] += 2 if stated(e, index) else 1
        if len(targets) == 2 and not set(targets) & set(sources) and e.type in index.tables.vocab("reciprocal"):
            pairs[frozenset(targets)] += 2 if stated(e, index) else 1  # "hosted talks between Russia and Ukraine"
    return pairs


def main_pair_codes(events: list[Event], index: EventIndex) -> list[str]:
    """The codes of the pair the article's dyads name most often (``pair_votes``)."""
    pairs = pair_votes(events, index)
    return sorted(pairs.most_common(1)[0][0]) if pairs else []


def stated(e: Event, index: EventIndex) -> bool:
    """Every side of the event has a mention in its own sentence."""
    span = index.sentence_span(e.sentence)
    if span is None or not e.source:
        return False
    return all(span[0] <= a.start < span[1] for a in e.source + e.target)


def distinct(actors: list[Actor]) -> bool:
    """Two different parties of one country ("Sudan's army and the RSF")."""
    return len({a.name for a in actors}) > 1 and len(_codes(actors)) == 1
