"""Places the gazetteer does not know: a village, a camp, an airport that spaCy tags as a
location and the text uses as one ("near the town of Khiam", "at Mutiara Sis Al Jufri Airport").

They get no coordinates. Their country comes from a known place inside the name
("Damascus International Airport"), else from the nearest known place of the same sentence
("in Tibú, in the department of Norte de Santander"), else from the article: the country most
of its resolved places lie in, the dateline counting double.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from tidings.extract.place_usage import UsageTables, usage
from tidings.models import Place

_LABELS = {"GPE", "LOC", "FAC"}
_LEADING = {"DET", "ADP", "ADV", "PRON", "SCONJ", "ADJ"}


def fallback_places(
    doc: Doc, places: list[Place], *, tables: UsageTables, taken: list[tuple[int, int]], dateline_country: str | None
) -> list[Place]:
    """Unknown locative names, with the article's likeliest country."""
    country = _article_country(places, dateline_country)
    found = []
    for ent in doc.ents:
        if ent.label_ not in _LABELS:
            continue
        span = _trim(ent)
        if span is None or any(s < span.end and span.start < e for s, e in taken):
            continue
        if usage(span, tables) != "locative" or not span.text[:1].isupper():
            continue
        inner = [p for p in places if span.start_char <= p.start and p.end <= span.end_char]
        near = inner or _nearest_in_sentence(span, places)
        found.append(
            Place(
                text=span.text, start=span.start_char, end=span.end_char, name=span.text,
                country=near[0].country if near else country, kind=_kind(span, ent.label_, tables),
            )
        )
    return found


def _nearest_in_sentence(span: Span, places: list[Place]) -> list[Place]:
    """The known place of the span's sentence closest to it, if one has a country."""
    sent = span.sent
    beside = [p for p in places if p.country and sent.start_char <= p.start and p.end <= sent.end_char]
    return sorted(beside, key=lambda p: min(abs(p.start - span.end_char), abs(span.start_char - p.end)))[:1]


def _trim(ent: Span) -> Span | None:
    start = ent.start
    while start < ent.end and ent.doc[start].pos_ in _LEADING and not ent.doc[start].text[:1].isupper():
        start += 1
    if start >= ent.end or not any(t.pos_ == "PROPN" for t in ent.doc[start : ent.end]):
        return None
    return ent.doc[start : ent.end]


def _kind(span: Span, label: str, tables: UsageTables) -> str:
    last = span[-1].lower_
    if last in tables.admin_words:
        return "admin"
    if last in tables.name_nouns or label == "FAC":
        return "facility"
    return "city"


def _article_country(places: list[Place], dateline_country: str | None) -> str | None:
    votes: Counter[str] = Counter(p.country for p in places if p.country)
    if dateline_country:
        votes[dateline_country] += 2
    return votes.most_common(1)[0][0] if votes else None
