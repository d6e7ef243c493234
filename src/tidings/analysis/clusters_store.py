"""The tables that hold event clusters, and reading the store's events as clustering mentions.

``event_clusters`` has one row per cluster (the real-world event: type, dyad, date, counts and a
representative mention); ``event_cluster_members`` links every mention to its cluster, keeping
event id, article id and the trigger and sentence offsets. The DDL derives from the row models
below, as the core tables' does; all SQL is portable (DuckDB and PostgreSQL, ``?`` placeholders).

Mentions are read a page of dates at a time from the events table joined to the clustering inputs
(``clusters_inputs``: sentence tokens, persons, lead tokens, publisher), never from the stored
documents, so memory follows one page and the clusters still open, not the store.
"""

from __future__ import annotations

import contextlib
import functools
import random
import re
import sys
from typing import Iterator, NamedTuple, Optional, Sequence

from tidings.analysis.clusters_core import IRREALIS, Mention
from tidings.analysis.clusters_inputs import IDS, bulk_insert, dialect, update_inputs
from tidings.analysis.clusters_rows import is_anaphor, publisher
from tidings.analysis.clusters_text import Weights, trigger_stems
from tidings.store import Store
from tidings.store.rows import SEP, Row
from tidings.store.schema import create_table, quote

__all__ = ["CLUSTER_TABLES", "CLUSTERING_DUCKDB_MEMORY", "ClusterRow", "Carried", "MemberRow", "SORT_DATE_SQL", "date_pages",
           "delete_changed", "duckdb_memory", "ensure_tables",
           "insert", "is_anaphor", "publisher", "read_mentions", "sample_weights", "tables_exist", "update_inputs"]


class ClusterRow(Row):
    id: str
    type: str
    status: str  # the most factual status among the mentions
    source: str  # ";USA;DEU;" like events.source, so the same filters apply
    target: str
    source_names: str
    target_names: str
    date: Optional[str]  # the most precise, earliest event date among the mentions
    first_seen: Optional[str]  # earliest publication date of a mentioning article
    last_seen: Optional[str]
    num_mentions: int
    num_articles: int
    num_sources: int  # distinct publishers (article source, else URL host); unknown ones not counted
    event_id: str  # the representative (first) mention
    article_id: str
    trigger_text: str
    quad_class: int
    goldstein: Optional[float]


class MemberRow(Row):
    cluster_id: str
    event_id: str
    article_id: str
    trigger_text: str
    trigger_start: int
    trigger_end: int
    sentence: int
    sentence_start: int
    sentence_end: int
    date: Optional[str]
    published: Optional[str]
    publisher: Optional[str]
    status: str
    score: float  # the evidence with which the mention joined (1.0 for the first)


CLUSTER_TABLES: dict[str, type[Row]] = {"event_clusters": ClusterRow, "event_cluster_members": MemberRow}
_INDEXES = {"event_clusters": ["id", "date", "type"], "event_cluster_members": ["cluster_id", "event_id", "article_id"]}
EVENT_COLUMNS = ["id", "article_id", "type", "source", "target", "source_names", "target_names", "trigger_text",
                 "trigger_start", "trigger_end", "sentence", "sentence_start", "sentence_end", "date", "published",
                 "status", "quad_class", "goldstein"]
INPUT_COLUMNS = ["tokens", "anaphor", "persons_source", "persons_target"]
_CODE = re.compile(r"^[A-Z][A-Z0-9_]+$")
# The order mentions are clustered in: an announced future event, and an event dated only by a month or
# a year, by its publication date (see sort_date).
_IRREALIS_SQL = ", ".join(f"'{s}'" for s in sorted(IRREALIS))
_ANNOUNCED_SQL = (f"({{t}}.status IN ({_IRREALIS_SQL}) AND {{t}}.published IS NOT NULL "
                  "AND substr({t}.published, 1, length({t}.date)) <= {t}.date)")
SORT_DATE_SQL = (f"CASE WHEN e.published IS NOT NULL AND (length(e.date) < 10 OR {_ANNOUNCED_SQL.format(t='e')}) "
                 "THEN e.published ELSE e.date END")
# A cluster member can take mentions read up to a window after this (see clusters_core.placement): an event
# dated by a month or a year, not announced, at its publication; any other at the end of its date's period.
_REACHES_SQL = ("CASE WHEN m.published IS NOT NULL AND length(m.date) < 10 AND NOT "
                f"{_ANNOUNCED_SQL.format(t='m')} THEN m.published >= ? ELSE m.date >= substr(?, 1, length(m.date)) END")


def tables_exist(store: Store) -> bool:
    """True when deduplication has created its tables (a read-only store cannot create them)."""
    rows = store.fetch("SELECT count(*) FROM information_schema.tables WHERE table_name IN (?, ?)",
                       list(CLUSTER_TABLES))
    return int(rows[0][0]) >= len(CLUSTER_TABLES)


def ensure_tables(store: Store) -> None:
    for name, row in CLUSTER_TABLES.items():
        store.execute(create_table(name, row))
    for table, cols in _INDEXES.items():
        for col in cols:
            store.ensure_index(table, col)


def insert(store: Store, table: str, rows: Sequence[tuple]) -> None:
    """Bulk insert into one of the cluster tables (see ``clusters_inputs.bulk_insert``)."""
    bulk_insert(store, table, CLUSTER_TABLES[table], rows)


def delete_changed(store: Store, since: str) -> None:
    """Drop the clusters a later event may change: a mention that reaches ``since`` (dated ``since`` or
    later; an announced event when its period reaches ``since``; one dated only by a month or a year when
    published ``since`` or later: it is placed at its publication), an undated mention, or a mention
    whose event is gone."""
    changed = (
        "SELECT m.cluster_id FROM event_cluster_members m LEFT JOIN events e ON e.id = m.event_id "
        f"WHERE e.id IS NULL OR m.date IS NULL OR {_REACHES_SQL}"
    )
    ids = [r[0] for r in store.fetch(f"SELECT DISTINCT cluster_id FROM ({changed}) c", [since, since])]
    if ids:
        store.execute(f"DELETE FROM event_cluster_members WHERE cluster_id IN {IDS}", [ids])
        store.execute(f"DELETE FROM event_clusters WHERE id IN {IDS}", [ids])


@functools.lru_cache(maxsize=1 << 16)
def _codes(value: str | None) -> frozenset[str]:
    """Actor codes (ISO alpha-3, IGO codes); names the extractor could not code are left out. Cached:
    the mentions of a run share one set per distinct value instead of holding a copy each."""
    return frozenset(p for p in (value or "").split(SEP) if _CODE.match(p))


# DuckDB's memory limit while clustering. Each page of mentions is read by a scan of the events and
# their inputs, and DuckDB keeps the blocks it read cached up to its limit: a share that follows the
# size of the store, not the page. A lower limit while clustering keeps that share flat (the blocks
# are read again from the OS's file cache; the scans cost about 40 % more, a few % of the run).
CLUSTERING_DUCKDB_MEMORY = "128MiB"
_SIZE = re.compile(r"^\s*([\d.]+)\s*([KMGT]i?B|bytes)?\s*$", re.IGNORECASE)
_UNIT = {"": 1, "bytes": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "tb": 10**12,
         "kib": 2**10, "mib": 2**20, "gib": 2**30, "tib": 2**40}


def _bytes(size: str) -> float | None:
    """'488.2 MiB', '512MB' -> bytes; None when unreadable."""
    found = _SIZE.match(size)
    return float(found.group(1)) * _UNIT[(found.group(2) or "").lower()] if found else None


def _as_shown(size: str) -> str:
    """A limit to set so that DuckDB shows ``size`` again. DuckDB shows its limit cut to one decimal
    ('512MB' as '488.2 MiB'); setting that back would lower it by up to 0.1 unit at each round, so
    half a tenth is added ('488.25 MiB', shown '488.2 MiB')."""
    found = _SIZE.match(size)
    if not found or "." not in found.group(1) or not found.group(2):
        return size
    return f"{float(found.group(1)) + 0.05:.2f} {found.group(2)}"


@contextlib.contextmanager
def duckdb_memory(store: Store, limit: str | None) -> Iterator[None]:
    """Lower a DuckDB file's memory limit to ``limit`` inside the block, then set back the limit it
    had before (whatever set it: ``TIDINGS_DUCKDB_MEMORY`` or a ``SET`` on the connection). A lower
    limit is kept; an in-memory database (its data is its memory) and PostgreSQL are left alone."""
    if limit is None or dialect(store) != "duckdb" or not store.fetch(
            "SELECT path FROM duckdb_databases() WHERE database_name = current_database()")[0][0]:
        yield
        return
    shown = store.fetch("SELECT current_setting('memory_limit')")[0][0]
    current, wanted = _bytes(shown), _bytes(limit)
    if current is None or wanted is None or current <= wanted:
        yield
        return
    store.execute(f"SET memory_limit = '{limit}'")
    try:
        yield
    finally:
        store.execute(f"SET memory_limit = '{_as_shown(shown)}'")


# -- reading mentions ----------------------------------------------------------------------


def date_pages(store: Store, *, page_size: int, extra: str = "") -> list[tuple[str | None, str | None, bool]]:
    """(first date, last date, undated) ranges of events holding about ``page_size`` events each, in date order."""
    rows = store.fetch(f"SELECT {SORT_DATE_SQL} AS d, count(*) FROM events e{' WHERE ' + extra if extra else ''} "
                       f"GROUP BY {SORT_DATE_SQL}")
    pages: list[tuple[str | None, str | None, bool]] = []
    if any(d is None for d, _ in rows):
        pages.append((None, None, True))
    first, size = None, 0
    for date, n in sorted((r for r in rows if r[0] is not None), key=lambda r: r[0]):
        first = first or date
        size += int(n)
        if size >= page_size:
            pages.append((first, date, False))
            first, size = None, 0
    if first is not None:
        pages.append((first, sorted(r[0] for r in rows if r[0] is not None)[-1], False))
    return pages


class Carried(NamedTuple):
    """What a mention carries through clustering to the cluster tables, untouched (``Mention.extra``)."""

    trigger_text: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    quad_class: int
    goldstein: Optional[float]
    source_names: str
    target_names: str
    publisher: Optional[str]


def _split_set(value: str | None) -> frozenset[str]:
    """The words of a space-separated list. Interned: mentions share one string per distinct word
    (a store's vocabulary is far smaller than its mentions' tokens)."""
    return frozenset(map(sys.intern, value.split())) if value else frozenset()


_persons = functools.lru_cache(maxsize=1 << 12)(_split_set)
_stems = functools.lru_cache(maxsize=1 << 16)(trigger_stems)


def _mention(row: dict, article: tuple[frozenset[str], str | None] | None) -> Mention:
    extra = Carried(*(row[k] for k in Carried._fields[:-1]), article[1] if article else None)
    return Mention(
        event_id=row["id"], article_id=row["article_id"], type=row["type"], source=_codes(row["source"]),
        target=_codes(row["target"]), date=row["date"], published=row["published"], status=row["status"],
        sentence=row["sentence"], tokens=_split_set(row["tokens"]), anaphor=bool(row["anaphor"]),
        persons_source=_persons(row["persons_source"]), persons_target=_persons(row["persons_target"]),
        story=article[0] if article else frozenset(), stems=_stems(row["trigger_text"]), extra=extra,
    )


def _page(store: Store, where: str, params: list) -> Iterator[Mention]:
    """The mentions of the events matching ``where`` (alias ``e``), in clustering order."""
    cols = ", ".join([*(f"e.{quote(c)}" for c in EVENT_COLUMNS), *(f"i.{quote(c)}" for c in INPUT_COLUMNS)])
    rows = store.fetch(f"SELECT {cols} FROM events e LEFT JOIN cluster_event_inputs i ON i.event_id = e.id "
                       f"WHERE {where} ORDER BY {SORT_DATE_SQL}, e.article_id, e.trigger_start, e.id", params)
    names = [*EVENT_COLUMNS, *INPUT_COLUMNS]
    ids = sorted({row[names.index("article_id")] for row in rows})
    articles = {aid: (_split_set(story), pub) for aid, story, pub in store.fetch(
        f"SELECT article_id, story, publisher FROM cluster_article_inputs WHERE article_id IN {IDS}", [ids])}
    rows.reverse()  # taken from the end, so that each row is freed once its mention is made
    while rows:
        record = dict(zip(names, rows.pop()))
        yield _mention(record, articles.get(record["article_id"]))


def read_mentions(store: Store, *, page_size: int = 10_000, extra: str = "") -> Iterator[Mention]:
    """Every event (matching the SQL condition ``extra`` on alias ``e``) as a Mention, in date order, read
    a page of dates at a time from the events and the clustering inputs (``update_inputs`` first)."""
    cond = f" AND {extra}" if extra else ""
    for first, last, undated in date_pages(store, page_size=page_size, extra=extra):
        if undated:
            yield from _page(store, f"e.date IS NULL{cond}", [])
        else:
            yield from _page(store, f"{SORT_DATE_SQL} >= ? AND {SORT_DATE_SQL} <= ?{cond}", [first, last])


def sample_weights(store: Store, *, max_articles: int = 3000, seed: int = 0) -> Weights:
    """Token weights from the event sentences of up to ``max_articles`` articles (a deterministic sample)."""
    ids = [r[0] for r in store.fetch("SELECT DISTINCT article_id FROM events ORDER BY article_id")]
    if len(ids) > max_articles:
        ids = sorted(random.Random(seed).sample(ids, max_articles))
    rows = store.fetch("SELECT min(i.tokens) FROM cluster_event_inputs i JOIN events e ON e.id = i.event_id "
                       f"WHERE i.article_id IN {IDS} GROUP BY i.article_id, e.sentence_start", [ids])
    return Weights.from_sentences(_split_set(tokens) for (tokens,) in rows)
