"""Clustering inputs computed from the store's tables, for articles written without them.

Every write stores an article's clustering inputs with it (``clusters_rows``, ``store.rows``).
Articles stored before those tables existed, or written by another tool, have none: for them
``update_inputs`` computes the same rows from the store, a batch of articles at a time. The text,
the sentence ends and the rules that fired are taken from the stored document by the database's
own JSON functions (DuckDB or PostgreSQL); the persons come from the ``event_actors`` and ``actors``
tables. An article's inputs are recomputed when they are missing, when its text changed
(``content_hash``) or when its events and its event inputs differ in number.
"""

from __future__ import annotations

import logging
from typing import Sequence

from tidings.analysis.clusters_rows import article_input, event_input
from tidings.store import Store
from tidings.store.rows import INPUT_TABLES, Row
from tidings.store.schema import insert_chunks, unnest_insert_sql

logger = logging.getLogger(__name__)
BATCH = 200  # articles per read of stored text
IDS = "(SELECT unnest(CAST(? AS VARCHAR[])))"  # one array parameter instead of hundreds


# The articles of a batch: a key range the scan can skip by (zone maps), then the exact ids.
IN_BATCH = f"BETWEEN ? AND ? AND {{col}} IN {IDS}"
# Per article: id, title, source, url, content hash, text, sentence ends, event ids, event rules; the
# document is parsed once per row.
_DUCKDB_SHAPE = '{"text": "VARCHAR", "sentences": [{"end": "BIGINT"}], "events": [{"id": "VARCHAR", "rule": "VARCHAR"}]}'
_ARTICLES_SQL = {
    "duckdb": (
        "SELECT id, title, source, url, content_hash, j.text, [s['end'] for s in j.sentences], "
        "[e['id'] for e in j.events], [e['rule'] for e in j.events] "
        f"FROM (SELECT *, from_json(document, '{_DUCKDB_SHAPE}') AS j FROM articles "
        f"WHERE id {IN_BATCH.format(col='id')}) a"
    ),
    "postgres": (
        "SELECT id, title, source, url, content_hash, j ->> 'text', "
        "ARRAY(SELECT CAST(x ->> 'end' AS BIGINT) FROM json_array_elements(j -> 'sentences') x), "
        "ARRAY(SELECT x ->> 'id' FROM json_array_elements(j -> 'events') x), "
        "ARRAY(SELECT x ->> 'rule' FROM json_array_elements(j -> 'events') x) "
        "FROM articles CROSS JOIN LATERAL (SELECT CAST(document AS json) AS j) d "
        f"WHERE id {IN_BATCH.format(col='id')}"
    ),
}
_EVENTS_SQL = ("SELECT id, article_id, trigger_text, trigger_start, sentence_start, sentence_end FROM events "
               f"WHERE article_id {IN_BATCH.format(col='article_id')}")
# Named persons on each side of each event: an event actor the article lists as a person.
_PERSONS_SQL = (
    "SELECT DISTINCT ea.event_id, ea.side, ea.name FROM event_actors ea JOIN actors a "
    "ON a.article_id = ea.article_id AND a.name = ea.name AND a.kind = 'person' "
    f"WHERE ea.article_id {IN_BATCH.format(col='ea.article_id')}"
)
# Articles whose inputs are missing, are of another text, or do not cover their events. Counting per
# article keeps this to one aggregate per table, whatever the number of events.
_PER_ARTICLE = "(SELECT article_id, count(*) AS n FROM {table} GROUP BY article_id)"
_STALE_SQL = (
    "SELECT a.id FROM articles a LEFT JOIN cluster_article_inputs i ON i.article_id = a.id "
    f"LEFT JOIN {_PER_ARTICLE.format(table='events')} e ON e.article_id = a.id "
    f"LEFT JOIN {_PER_ARTICLE.format(table='cluster_event_inputs')} c ON c.article_id = a.id "
    "WHERE i.article_id IS NULL OR i.content_hash IS DISTINCT FROM a.content_hash OR coalesce(e.n, 0) <> coalesce(c.n, 0)"
)


def dialect(store: Store) -> str:
    return "duckdb" if store.placeholder == "?" else "postgres"


def bulk_insert(store: Store, table: str, row: type[Row], rows: Sequence[tuple]) -> None:
    """Insert rows of model ``row``: one statement per few thousand rows, each column bound as one array
    and unnested. Portable (DuckDB and PostgreSQL) and about 15 times faster on DuckDB than row by row."""
    insert_chunks(store.execute, unnest_insert_sql(table, row), rows)


def _rows_for(store: Store, ids: list[str]) -> None:
    """Compute and write the inputs of articles ``ids`` (their old inputs already deleted)."""
    batch = [min(ids), max(ids), ids]
    articles = {r[0]: r for r in store.fetch(_ARTICLES_SQL[dialect(store)], batch)}
    persons: dict[tuple[str, str], list[str]] = {}
    for event_id, side, name in store.fetch(_PERSONS_SQL, batch):
        persons.setdefault((event_id, side), []).append(name)
    rules: dict[str, str | None] = {}
    for *_, event_ids, event_rules in articles.values():
        rules.update(zip(event_ids or [], event_rules or []))
    article_rows = [article_input(aid, content_hash, title, source, url, text or "", ends)
                    for aid, title, source, url, content_hash, text, ends, *_ in articles.values()]
    event_rows = [
        event_input(eid, aid, (articles[aid][5] or "") if aid in articles else "", trigger, (t0, s0, s1), rules.get(eid),
                    (persons.get((eid, "source"), []), persons.get((eid, "target"), [])))
        for eid, aid, trigger, t0, s0, s1 in store.fetch(_EVENTS_SQL, batch)
    ]
    for table, rows in zip(INPUT_TABLES, (article_rows, event_rows)):
        bulk_insert(store, table, INPUT_TABLES[table], rows)


def update_inputs(store: Store, *, batch: int = BATCH) -> int:
    """Compute the inputs of every article that lacks them or whose text or events changed; drop those
    of deleted articles. Returns the number of articles computed."""
    for table in INPUT_TABLES:  # of articles deleted by hand; a rewrite through the store replaces its own
        store.execute(f"DELETE FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)")
    stale = sorted(r[0] for r in store.fetch(_STALE_SQL))
    for start in range(0, len(stale), batch):
        ids = stale[start : start + batch]
        with store.transaction():
            store.execute(f"DELETE FROM cluster_event_inputs WHERE article_id IN {IDS}", [ids])
            store.execute(f"DELETE FROM cluster_article_inputs WHERE article_id IN {IDS}", [ids])
            _rows_for(store, ids)
    if stale:
        logger.info("clustering inputs computed for %d articles", len(stale))
    return len(stale)
