"""Where an article and its sentences are, for actors whose country the words leave open.

- :func:`is_locative` tells a place use ("in Berlin", the "BERLIN, 4 May 2026 —" dateline)
  from an actor use ("Berlin said", "Moscow's envoy") by syntax.
- :class:`ActorContext` gives the country of the article (the dateline city's country when
  the article also mentions it, else the most frequent country) and of each sentence (the
  one country named in a locative phrase before the mention, or attached to it).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from tidings.extract.actor_match import PhraseMatch
from tidings.models import Place
from tidings.nlp.sentences import sentence_spans
from tidings.ontology.actors import ActorTables

_DATELINE = re.compile(r"^\s*[A-Z][A-Z'’.\- ]{1,40}(?:,[^\n—–]{0,80}?)?\s*(?:\([^)\n]{0,40}\)\s*)?(?:—|–|--| - )")
_COUNTRY_SOURCES = ("country", "demonym", "capital", "seat")


def dateline_end(text: str) -> int:
    """Character offset where a leading "CITY, date —" dateline ends (0 if there is none)."""
    match = _DATELINE.match(text[:160])
    return match.end() if match else 0


def is_locative(doc: Doc, start: int, end: int, *, tables: ActorTables, dateline: int) -> bool:
    """Is the phrase in tokens [start, end) used as a place rather than as an actor?"""
    if doc[start].idx < dateline:
        return True
    token = doc[start:end].root
    for _ in range(3):  # "in Berlin and Paris": climb conjunctions and appositions
        if token.dep_ not in ("conj", "appos") or token.head is token:
            break
        token = token.head
    if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN") and token.head.i >= end:
        return not token.head.ent_type_ in ("ORG", "NORP")
    if token.dep_ != "pobj":
        return False
    return _locative_preposition(token.head, tables)


def _locative_preposition(prep: Token, tables: ActorTables) -> bool:
    use = tables.locatives.get(prep.lower_)
    if use == "always":
        return True
    if use == "verb":
        return prep.head.pos_ in ("VERB", "AUX")
    return False


class SentenceIndex:
    """``tidings.nlp.sentences.sentence_index`` with the sentence starts computed once."""

    def __init__(self, doc: Doc):
        self.starts = [sentence.start for sentence in sentence_spans(doc)]

    def of_token(self, token: Token) -> int:
        return max(0, bisect_right(self.starts, token.idx) - 1)


@dataclass
class ActorContext:
    """Country hints for one article."""

    sentences: SentenceIndex
    article: str | None = None
    # sentence index → [(token index of the locative phrase, country, head token index it attaches to)]
    locatives: dict[int, list[tuple[int, str, int]]] = field(default_factory=dict)

    def country_for(self, doc: Doc, start: int, end: int) -> str | None:
        """Country of a mention in tokens [start, end) that names none itself."""
        return self.sentence_country(doc, start, end) or self.article

    def sentence_country(self, doc: Doc, start: int, end: int) -> str | None:
        """The one country of a locative phrase before the mention or attached to it ("police in Belgrade")."""
        sentence = self.sentences.of_token(doc[start])
        found = set()
        heads = {token.i for token in doc[start:end]}
        for position, country, attached in self.locatives.get(sentence, []):
            if position < start or attached in heads:
                found.add(country)
        return found.pop() if len(found) == 1 else None


def build_context(
    doc: Doc, names: list[PhraseMatch], *, tables: ActorTables, places: list[Place], dateline: int
) -> ActorContext:
    sentences = SentenceIndex(doc)
    counts: Counter[str] = Counter()
    locatives: dict[int, list[tuple[int, str, int]]] = {}
    dateline_country = None
    for match in names:
        entry = match.entry
        if entry.source not in _COUNTRY_SOURCES or not entry.country:
            continue
        if doc[match.start].idx < dateline:
            dateline_country = dateline_country or entry.country
            continue
        counts[entry.country] += 1
        if entry.source != "demonym" and is_locative(doc, match.start, match.end, tables=tables, dateline=dateline):
            _add_locative(doc, sentences, locatives, match.start, match.end, entry.country)
    for place in places:
        if place.country and place.start < dateline:
            dateline_country = dateline_country or place.country
        elif place.country:
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is not None:
                _add_locative(doc, sentences, locatives, span.start, span.end, place.country)
    article = dateline_country if dateline_country and counts[dateline_country] else None
    if article is None and counts:
        article = counts.most_common(1)[0][0]
    elif article is None:
        article = dateline_country
    return ActorContext(sentences=sentences, article=article, locatives=locatives)


def _add_locative(doc: Doc, sentences: SentenceIndex, locatives: dict, start: int, end: int, country: str) -> None:
    root = doc[start:end].root
    attached = root.head.head.i if root.dep_ == "pobj" else root.head.i
    entry = (start, country, attached)
    bucket = locatives.setdefault(sentences.of_token(doc[start]), [])
    if entry not in bucket:
        bucket.append(entry)
