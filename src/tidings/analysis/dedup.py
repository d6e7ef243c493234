"""Cross-article deduplication: the same real-world event, reported by several articles, as one cluster.

``cluster_events(store)`` groups the store's events (see ``clusters_core`` for the rule: same type,
overlapping source and target codes, dates within a window, similar trigger sentences) and
writes the clusters with GDELT-style counts — ``num_mentions``, ``num_articles``, ``num_sources``,
``first_seen`` — and a link to every mention with its offsets. It recomputes from scratch and is
idempotent: cluster ids derive from their first mention's event id. ``clusters(store, filter)``
and ``mentions(store, cluster_id)`` read them back.

It reads no stored document: each article's lead tokens and publisher and each event's sentence
tokens and persons are computed once into two input tables (``clusters_inputs``), and the events
are read from them a page of dates at a time. Memory follows the events of one date window.

Example::

    report = cluster_events(store, window_days=7)
    for c in clusters(store, ClusterFilter(actor="DEU", min_articles=2)):
        print(c.type, c.source, c.target, c.num_articles, [m.article_id for m in mentions(store, c.id)])
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import Counter
from typing import Iterable, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

from tidings.analysis import clusters_store as tables
from tidings.analysis.clusters_core import ClusterSettings, Mention, cluster_mentions, sort_date
from tidings.analysis.clusters_inputs import IDS
from tidings.ingest.ids import derived_id
from tidings.models import Document
from tidings.store import Store
from tidings.store.query import MAX_LIMIT
from tidings.store.rows import SEP
from tidings.store.schema import columns, quote

__all__ = ["ClusterFilter", "ClusterReport", "ClusterSettings", "Cluster", "ClusterMention", "cluster_events",
           "clusters", "count_clusters", "earliest_date", "mentions", "cluster_of", "clusters_of", "unclustered"]
logger = logging.getLogger(__name__)
_FACTUALITY = ["asserted", "reported", "planned", "threatened", "hypothetical", "negated"]
_WRITE_BATCH = 5000
_CARRIED_TO_MEMBERS = ("trigger_text", "trigger_start", "trigger_end", "sentence_start", "sentence_end", "publisher")


class ClusterReport(BaseModel):
    events: int = Field(description="mentions clustered")
    clusters: int
    merged: int = Field(description="clusters with more than one mention")
    multi_article: int = Field(description="clusters reported by more than one article")
    largest: int = Field(description="mentions in the largest cluster")
    seconds: float
    settings: ClusterSettings


class Cluster(BaseModel):
    id: str
    type: str
    status: str
    source: list[str]
    target: list[str]
    source_names: list[str]
    target_names: list[str]
    date: Optional[str]
    first_seen: Optional[str]
    last_seen: Optional[str]
    num_mentions: int
    num_articles: int
    num_sources: int
    event_id: str = Field(description="the representative mention")
    article_id: str
    trigger_text: str
    quad_class: int
    goldstein: Optional[float]


class ClusterMention(BaseModel):
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
    score: float


class ClusterFilter(BaseModel):
    model_config = ConfigDict(extra="forbid")

    actor: Optional[str] = Field(None, description="actor code as source or target")
    type: Optional[str] = None
    since: Optional[str] = Field(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    until: Optional[str] = Field(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    min_articles: int = Field(1, ge=1)
    min_mentions: int = Field(1, ge=1)
    article_id: Optional[str] = Field(None, description="clusters with a mention in this article")
    order: Literal["date", "articles", "mentions"] = "date"
    limit: int = Field(100, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0)


def _best_date(members: list[Mention]) -> Optional[str]:
    dated = [m.date for m in members if m.date]
    return min(dated, key=lambda d: (-len(d), d)) if dated else None


def _cluster_rows(members: list[Mention]) -> tuple[tuple, list[tuple]]:
    first = members[0]
    cid = derived_id("cluster", first.event_id)
    published = sorted(m.published for m in members if m.published)
    source = sorted(set().union(*(m.source for m in members)))
    target = sorted(set().union(*(m.target for m in members)))
    row = tables.ClusterRow(
        id=cid, type=first.type, status=min((m.status for m in members), key=_FACTUALITY.index),
        source=SEP + SEP.join(source) + SEP if source else "", target=SEP + SEP.join(target) + SEP if target else "",
        source_names=first.extra.source_names, target_names=first.extra.target_names, date=_best_date(members),
        first_seen=published[0] if published else None, last_seen=published[-1] if published else None,
        num_mentions=len(members), num_articles=len({m.article_id for m in members}),
        num_sources=len({m.extra.publisher for m in members if m.extra.publisher}),
        event_id=first.event_id, article_id=first.article_id, trigger_text=first.extra.trigger_text,
        quad_class=first.extra.quad_class, goldstein=first.extra.goldstein,
    )
    member_rows = [
        tuple(tables.MemberRow(cluster_id=cid, event_id=m.event_id, article_id=m.article_id, date=m.date, score=m.score,
                               sentence=m.sentence, published=m.published, status=m.status,
                               **{k: getattr(m.extra, k) for k in _CARRIED_TO_MEMBERS}).model_dump().values())
        for m in members
    ]
    return tuple(row.model_dump().values()), member_rows


def _write(store: Store, groups: Iterable[list[Mention]], report: Counter) -> None:
    """Write closed clusters as they come, committing every ``_WRITE_BATCH`` mentions: a closed cluster
    is final, so an interrupted run leaves only whole clusters of the final result (see ``cluster_events``)."""
    cluster_rows: list[tuple] = []
    member_rows: list[tuple] = []

    def flush() -> None:
        with store.transaction():
            tables.insert(store, "event_clusters", cluster_rows)
            tables.insert(store, "event_cluster_members", member_rows)
        cluster_rows.clear()
        member_rows.clear()

    for members in groups:
        row, rows = _cluster_rows(members)
        cluster_rows.append(row)
        member_rows.extend(rows)
        report["events"] += len(members)
        report["clusters"] += 1
        report["merged"] += len(members) > 1
        report["multi_article"] += len({m.article_id for m in members}) > 1
        report["largest"] = max(report["largest"], len(members))
        if len(member_rows) >= _WRITE_BATCH:
            flush()
    flush()


def cluster_events(
    store: Store, *, window_days: int = 7, since: str | None = None, settings: ClusterSettings | None = None,
    duckdb_memory: str | None = tables.CLUSTERING_DUCKDB_MEMORY,
) -> ClusterReport:
    """Recompute the event clusters of the store; idempotent.

    Without ``since`` every cluster is recomputed. With ``since`` (a date no later than the
    earliest date the events added since the last run are placed at: ``earliest_date``), only
    clusters that can change are: those with a mention dated (or, dated by a month or a year,
    published) within a window of ``since`` or later, or with a mention whose event is gone; their
    mentions and every event not yet in a cluster are clustered again. Ingesting more articles and clustering with ``since``
    gives the clusters a full recomputation gives, as long as ``since`` holds.

    The clusters to recompute are deleted in one transaction, then the new ones are written in
    date order and committed a batch at a time, so memory does not follow an ever larger
    uncommitted transaction. A cluster is written only once closed (no later mention can join
    it), so a run stopped midway leaves whole, final clusters and unclustered events; the next
    run, with or without ``since``, clusters those events again and gives what an uninterrupted
    run gives. Until it has, readers see the clusters written so far.

    On DuckDB the clustering pass lowers the store's memory limit to ``duckdb_memory`` (None:
    leave it), so that the blocks DuckDB keeps cached do not follow the size of the store
    (``clusters_store``). Updating the inputs first runs under the store's own limit: its batches
    join article texts and need more working memory than the pass, though not more per batch as
    the store grows.
    """
    settings = settings or ClusterSettings(window_days=window_days)
    started = time.perf_counter()
    tables.ensure_tables(store)
    tables.update_inputs(store)
    with tables.duckdb_memory(store, duckdb_memory):
        return _cluster_events(store, since, settings, started)


def _cluster_events(store: Store, since: str | None, settings: ClusterSettings, started: float) -> ClusterReport:
    weights = tables.sample_weights(store)
    counts: Counter = Counter(largest=0)
    with store.transaction():
        if since is None:
            store.execute("DELETE FROM event_cluster_members")
            store.execute("DELETE FROM event_clusters")
        else:
            tables.delete_changed(store, _days_before(since, settings.window_days))
    pending = "" if since is None else "e.id NOT IN (SELECT event_id FROM event_cluster_members)"
    mentions_ = tables.read_mentions(store, extra=pending)
    _write(store, cluster_mentions(mentions_, weights=weights, settings=settings), counts)
    report = ClusterReport(events=counts["events"], clusters=counts["clusters"], merged=counts["merged"],
                           multi_article=counts["multi_article"], largest=counts["largest"],
                           seconds=round(time.perf_counter() - started, 3), settings=settings)
    logger.info("clustered %d events into %d clusters (%d across articles) in %.1f s", report.events,
                report.clusters, report.multi_article, report.seconds)
    return report


def unclustered(store: Store) -> bool:
    """True when an event of the store has no cluster: clustering never ran, or a run was stopped
    after its deletions were committed. An ingest that stores nothing new then still clusters."""
    if not tables.tables_exist(store):
        return bool(store.fetch("SELECT 1 FROM events LIMIT 1"))
    return bool(store.fetch("SELECT 1 FROM events e WHERE NOT EXISTS "
                            "(SELECT 1 FROM event_cluster_members m WHERE m.event_id = e.id) LIMIT 1"))


def earliest_date(documents: Iterable[Document]) -> str | None:
    """The ``since`` to pass to ``cluster_events`` after storing ``documents``: the earliest date they
    are placed at (``sort_date``: an event dated only by a month or a year at its publication, so
    that a report of "last year" does not recompute a year of clusters)."""
    dates = [d for doc in documents
             for d in (doc.published, *(sort_date(e.date, doc.published, e.status) for e in doc.events)) if d]
    return min(((d + "-01-01")[:10] if len(d) < 10 else d for d in dates), default=None)


def _days_before(date: str, days: int) -> str:
    first = dt.date.fromisoformat((date + "-01-01")[:10] if len(date) < 10 else date[:10])
    return (first - dt.timedelta(days=days)).isoformat()


# -- queries ---------------------------------------------------------------------------------

_CLUSTER_COLUMNS = columns(tables.ClusterRow)
_MEMBER_COLUMNS = columns(tables.MemberRow)
_ORDER = {
    "date": "date DESC NULLS LAST, num_mentions DESC, id",
    "articles": "num_articles DESC, num_mentions DESC, date DESC NULLS LAST, id",
    "mentions": "num_mentions DESC, num_articles DESC, date DESC NULLS LAST, id",
}


def _split(value: str | None) -> list[str]:
    return [p for p in (value or "").split(SEP) if p]


def _cluster(row: tuple) -> Cluster:
    data = dict(zip(_CLUSTER_COLUMNS, row))
    for key in ("source", "target", "source_names", "target_names"):
        data[key] = _split(data[key])
    return Cluster(**data)


def _where(f: ClusterFilter) -> tuple[str, list]:
    clauses, params = ["num_articles >= ?", "num_mentions >= ?"], [f.min_articles, f.min_mentions]
    if f.actor:
        clauses.append("(position(? IN source) > 0 OR position(? IN target) > 0)")
        code = f"{SEP}{f.actor.upper()}{SEP}"
        params += [code, code]
    if f.type:
        clauses.append("type = ?")
        params.append(f.type.upper())
    if f.since:
        clauses.append("date >= ?")
        params.append(f.since)
    if f.until:
        clauses.append("date <= ?")
        params.append(f.until + "\uffff")
    if f.article_id:
        clauses.append("id IN (SELECT cluster_id FROM event_cluster_members WHERE article_id = ?)")
        params.append(f.article_id)
    return " WHERE " + " AND ".join(clauses), params


def clusters(store: Store, f: ClusterFilter | None = None) -> list[Cluster]:
    """Clusters matching the filter (empty when ``cluster_events`` never ran)."""
    f = f or ClusterFilter()
    if not tables.tables_exist(store):
        return []
    clause, params = _where(f)
    cols = ", ".join(quote(c) for c in _CLUSTER_COLUMNS)
    rows = store.fetch(f"SELECT {cols} FROM event_clusters{clause} ORDER BY {_ORDER[f.order]} LIMIT ? OFFSET ?",
                       [*params, f.limit, f.offset])
    return [_cluster(r) for r in rows]


def count_clusters(store: Store, f: ClusterFilter | None = None) -> int:
    if not tables.tables_exist(store):
        return 0
    clause, params = _where(f or ClusterFilter())
    return int(store.fetch(f"SELECT count(*) FROM event_clusters{clause}", params)[0][0])


def mentions(store: Store, cluster_id: str) -> list[ClusterMention]:
    """Every mention of a cluster, oldest publication first, with event id, article id and offsets."""
    if not tables.tables_exist(store):
        return []
    cols = ", ".join(quote(c) for c in _MEMBER_COLUMNS)
    rows = store.fetch(f"SELECT {cols} FROM event_cluster_members WHERE cluster_id = ? "
                       "ORDER BY published NULLS LAST, article_id, trigger_start", [cluster_id])
    return [ClusterMention(**dict(zip(_MEMBER_COLUMNS, r))) for r in rows]


def cluster_of(store: Store, event_id: str) -> Cluster | None:
    """The cluster holding an event, if clustering has run since the event was stored."""
    return clusters_of(store, [event_id]).get(event_id)


def clusters_of(store: Store, event_ids: list[str]) -> dict[str, Cluster]:
    """The cluster of each event that is in one, by event id, in one query."""
    if not event_ids or not tables.tables_exist(store):
        return {}
    cols = ", ".join(f"c.{quote(c)}" for c in _CLUSTER_COLUMNS)
    rows = store.fetch(f"SELECT m.event_id, {cols} FROM event_clusters c JOIN event_cluster_members m "
                       f"ON m.cluster_id = c.id WHERE m.event_id IN {IDS}", [list(event_ids)])
    return {r[0]: _cluster(r[1:]) for r in rows}
