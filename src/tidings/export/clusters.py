"""What the exports read from the deduplication tables: each event's cluster and its counts.

``tidings.analysis.dedup.cluster_events`` (run at the end of every ingest) groups the mentions of
one real-world event; the GDELT export takes NumMentions/NumSources/NumArticles from the
cluster, the PLOVER export names the cluster. A store that was never clustered has no tables:
every event then counts itself alone (see ``alone``).
"""

from __future__ import annotations

from typing import Iterator, NamedTuple

from tidings.analysis.clusters_store import publisher, tables_exist
from tidings.models import Document
from tidings.store.base import Store

BATCH = 200  # articles whose events' clusters are read in one query


class EventCluster(NamedTuple):
    """The cluster of one event: its id and GDELT's NumMentions, NumSources and NumArticles."""

    id: str | None
    mentions: int
    sources: int
    articles: int


def alone(doc: Document) -> EventCluster:
    """An event in no cluster: one mention in one article, one source when the publisher is known."""
    return EventCluster(None, 1, 1 if publisher(doc.source, doc.url) else 0, 1)


def event_clusters(store: Store, article_ids: list[str]) -> dict[str, EventCluster]:
    """Event id -> its cluster, for the clustered events of these articles."""
    marks = ", ".join("?" for _ in article_ids)
    rows = store.fetch(
        "SELECT m.event_id, c.id, c.num_mentions, c.num_sources, c.num_articles FROM event_cluster_members m "
        f"JOIN event_clusters c ON c.id = m.cluster_id WHERE m.article_id IN ({marks})", article_ids)
    return {event_id: EventCluster(cid, int(a), int(b), int(c)) for event_id, cid, a, b, c in rows}


def with_clusters(store: Store) -> Iterator[tuple[Document, dict[str, EventCluster]]]:
    """Every stored Document with the clusters of its events (each event missing from the map is alone)."""
    clustered = tables_exist(store)
    batch: list[Document] = []
    for doc in store.documents():
        batch.append(doc)
        if len(batch) == BATCH:
            yield from _pairs(store, batch, clustered)
            batch = []
    yield from _pairs(store, batch, clustered)


def _pairs(store: Store, batch: list[Document], clustered: bool) -> Iterator[tuple[Document, dict[str, EventCluster]]]:
    if not batch:
        return
    found = event_clusters(store, [d.id for d in batch]) if clustered else {}
    for doc in batch:
        yield doc, {e.id: found[e.id] for e in doc.events if e.id in found}
