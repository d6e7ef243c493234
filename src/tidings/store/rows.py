"""Flat rows for the store's tables, derived from Documents. The DDL is generated from these."""

from __future__ import annotations

import json
from operator import itemgetter
from typing import Iterable, Optional

from pydantic import BaseModel, ConfigDict

from tidings.analysis.clusters_rows import inputs_for
from tidings.ingest.ids import article_id, derived_id
from tidings.models import Actor, Document, Event, Quote

SEP = ";"


class Row(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ArticleRow(Row):
    id: str
    title: Optional[str]
    url: Optional[str]
    source: Optional[str]
    published: Optional[str]
    language: Optional[str]
    n_chars: int
    n_sentences: int
    n_events: int
    n_quotes: int
    document: str  # the full Document as JSON: every finding with its offsets
    content_hash: Optional[str]  # hash of the text: a kept id with new text is a new version


class EventRow(Row):
    id: str
    article_id: str
    type: str
    mode: Optional[str]
    contexts: str
    source: str  # ";DEU;UKR;" so a LIKE '%;DEU;%' matches one code
    target: str
    source_names: str
    target_names: str
    trigger_text: str
    trigger_start: int
    trigger_end: int
    sentence: int
    sentence_start: int
    sentence_end: int
    date: Optional[str]
    published: Optional[str]
    location: Optional[str]
    location_country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    status: str
    attributed_to: Optional[str]
    cameo: Optional[str]
    goldstein: Optional[float]
    quad_class: int
    confidence: float


class EventActorRow(Row):
    event_id: str
    article_id: str
    side: str  # "source" | "target"
    code: str
    name: str
    date: Optional[str]


class QuoteRow(Row):
    id: str
    article_id: str
    text: str
    start: int
    end: int
    kind: str
    speaker: Optional[str]
    speaker_country: Optional[str]
    speaker_role: Optional[str]
    cue: Optional[str]
    sentence: int
    published: Optional[str]


class ActorRow(Row):
    article_id: str
    start: int
    end: int
    text: str
    name: str
    kind: str
    country: Optional[str]
    code: Optional[str]
    sector: Optional[str]
    role: Optional[str]


class QuantityRow(Row):
    article_id: str
    start: int
    end: int
    text: str
    value: float
    low: Optional[float]
    high: Optional[float]
    previous: Optional[float]
    unit: Optional[str]
    about: Optional[str]
    approximate: bool


class PlaceRow(Row):
    article_id: str
    start: int
    end: int
    text: str
    name: str
    country: Optional[str]
    lat: Optional[float]
    lon: Optional[float]
    geonameid: Optional[int]
    kind: Optional[str]


class ArticleInputRow(Row):
    """What clustering needs of an article (``analysis.clusters_rows``)."""

    article_id: str
    content_hash: Optional[str]  # of the text the inputs were computed from
    publisher: Optional[str]  # article source, else URL host
    story: str  # content tokens of title and lead, space-separated


class EventInputRow(Row):
    """What clustering needs of an event besides its row in ``events``."""

    event_id: str
    article_id: str
    tokens: str  # content tokens of the trigger sentence, space-separated
    anaphor: bool
    persons_source: str  # surnames of named persons, space-separated
    persons_target: str


class FailureRow(Row):
    path: str
    reason: str
    at: str


TABLES: dict[str, type[Row]] = {
    "articles": ArticleRow,
    "events": EventRow,
    "event_actors": EventActorRow,
    "quotes": QuoteRow,
    "actors": ActorRow,
    "quantities": QuantityRow,
    "places": PlaceRow,
    "cluster_article_inputs": ArticleInputRow,
    "cluster_event_inputs": EventInputRow,
    "failures": FailureRow,
}
#: Tables kept for deduplication, written with each article; not findings of their own.
INPUT_TABLES = {"cluster_article_inputs": ArticleInputRow, "cluster_event_inputs": EventInputRow}
ARTICLE_TABLES = [name for name, row in TABLES.items() if "article_id" in row.model_fields]


def actor_code(actor: Actor) -> str:
    return actor.code or actor.country or actor.name


def _codes(actors: list[Actor]) -> str:
    return SEP + SEP.join(dict.fromkeys(actor_code(a) for a in actors)) + SEP if actors else ""


def _names(actors: list[Actor]) -> str:
    return SEP.join(dict.fromkeys(a.name for a in actors))


def event_row(doc: Document, event: Event) -> dict:
    sentence = doc.sentences[event.sentence] if event.sentence < len(doc.sentences) else None
    place = event.location
    return dict(
        id=event.id,
        article_id=doc.id,
        type=event.type,
        mode=event.mode,
        contexts=SEP.join(event.contexts),
        source=_codes(event.source),
        target=_codes(event.target),
        source_names=_names(event.source),
        target_names=_names(event.target),
        trigger_text=event.trigger.text,
        trigger_start=event.trigger.start,
        trigger_end=event.trigger.end,
        sentence=event.sentence,
        sentence_start=sentence.start if sentence else event.trigger.start,
        sentence_end=sentence.end if sentence else event.trigger.end,
        date=event.date or doc.published,
        published=doc.published,
        location=place.name if place else None,
        location_country=place.country if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        status=event.status,
        attributed_to=event.attributed_to.name if event.attributed_to else None,
        cameo=event.cameo,
        goldstein=event.goldstein,
        quad_class=event.quad_class,
        confidence=event.confidence,
    )


def quote_row(doc: Document, q: Quote) -> dict:
    return dict(
        id=derived_id(doc.id, "quote", q.start, q.end),
        article_id=doc.id,
        text=q.text,
        start=q.start,
        end=q.end,
        kind=q.kind,
        speaker=q.speaker.name if q.speaker else None,
        speaker_country=q.speaker.country if q.speaker else None,
        speaker_role=q.speaker.role if q.speaker else None,
        cue=q.cue,
        sentence=q.sentence,
        published=doc.published,
    )


def article_row(doc: Document) -> dict:
    return dict(
        id=doc.id,
        title=doc.title,
        url=doc.url,
        source=doc.source,
        published=doc.published,
        language=doc.language,
        n_chars=len(doc.text),
        n_sentences=len(doc.sentences),
        n_events=len(doc.events),
        n_quotes=len(doc.quotes),
        document=doc.model_dump_json(),
        content_hash=article_id(doc.text),
    )


def row_values(doc: Document) -> dict[str, list[dict]]:
    """Every table's rows for one Document, as column -> value dicts: the one place rows are made."""
    events = [event_row(doc, e) for e in doc.events]
    event_actors = [
        dict(event_id=e.id, article_id=doc.id, side=side, code=actor_code(a), name=a.name, date=row["date"])
        for e, row in zip(doc.events, events)
        for side, actors in (("source", e.source), ("target", e.target))
        for a in actors
    ]
    return {
        "articles": [article_row(doc)],
        "events": events,
        "event_actors": event_actors,
        "quotes": [quote_row(doc, q) for q in doc.quotes],
        # Actor, Quantity and Place are flat models: __dict__ holds their fields
        "actors": [{"article_id": doc.id, **a.__dict__} for a in doc.actors],
        "quantities": [{"article_id": doc.id, **q.__dict__} for q in doc.quantities],
        "places": [{"article_id": doc.id, **p.__dict__} for p in doc.places],
        **_input_values(doc),
    }


def _input_values(doc: Document) -> dict[str, list[dict]]:
    article, events = inputs_for(doc)
    return {
        "cluster_article_inputs": [dict(zip(ArticleInputRow.model_fields, article))],
        "cluster_event_inputs": [dict(zip(EventInputRow.model_fields, e)) for e in events],
    }


def rows_for(doc: Document) -> dict[str, list[Row]]:
    """Every table's rows for one Document, validated against the row models (the DDL's source)."""
    return {name: [TABLES[name](**values) for values in rows] for name, rows in row_values(doc).items()}


_COLUMNS = {name: itemgetter(*row.model_fields) for name, row in TABLES.items()}


def table_rows(docs: Iterable[Document]) -> dict[str, list[tuple]]:
    """The rows of many Documents as tuples in column order, per table (what bulk inserts take).

    The last Document of an id wins, so a batch holding one article twice writes it once.
    """
    latest = {doc.id: doc for doc in docs}
    tables: dict[str, list[tuple]] = {name: [] for name in ["articles", *ARTICLE_TABLES]}
    for doc in latest.values():
        for name, rows in row_values(doc).items():
            tables[name].extend(map(_COLUMNS[name], rows))
    return tables


def document_from_row(document_json: str) -> Document:
    return Document.model_validate(json.loads(document_json))
