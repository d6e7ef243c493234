"""Ground a military move is aimed at when the text names it only by referring back.

"American warships gathered off [the country's] coast", "the naval buildup off [its] shores",
"warships were still operating around [the island]": the coast, shores, waters or island
(vocabulary.csv referred_ground) of a country the sentence named before. A possessive pronoun
stands for its own clause's subject ("Venezuela said it would deploy troops in response to the
buildup off its shores"); a definite "the country" or "the island" for the latest country other
than the mover's named before it in the sentence, else in the sentence before. One's own coast is
no one's ground ("China held drills off its coast").
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex, side_code
from tidings.extract.event_phrases import np_actors
from tidings.extract.event_syntax import definite
from tidings.models import Actor

__all__ = ["referred_ground"]


def referred_ground(grounds: list[Token], mine: set[str], index: EventIndex) -> list[Actor]:
    """The country the first ground noun of ``grounds`` refers back to, other than the mover's (``mine``)."""
    vocab = index.tables.vocab
    for ground in grounds:
        if ground.lemma_.lower() not in vocab("referred_ground") and ground.lower_ not in vocab("referred_ground"):
            continue
        owner = next((ch for ch in ground.children if ch.dep_ == "poss"), None)
        if owner is not None and owner.pos_ == "PRON":
            found = np_actors(owner, index, deep=False)
            return [a for a in found if side_code(a) not in mine][:1] if found else []
        referred = owner if owner is not None else ground
        if definite(referred) and referred.lemma_.lower() in vocab("country_nouns"):
            return _named_before(referred, mine, index)
    return []


def _named_before(noun: Token, mine: set[str], index: EventIndex) -> list[Actor]:
    """The latest country other than ``mine`` named before the noun in its sentence, else in the one before."""
    start, _ = index.sent_bounds[noun.i]
    spans = [(index.doc[start].idx, noun.idx)]
    if start > 0:
        before, _ = index.sent_bounds[start - 1]
        spans.append((index.doc[before].idx, index.doc[start].idx))
    for lo, hi in spans:
        found = [a for a in index.actors if lo <= a.start < hi and a.country and not a.code and side_code(a) not in mine]
        if found:
            return found[-1:]
    return []
