"""Dispatch an export format to its writer. Everything streams, a page of articles at a time.

Table exports (CSV, Parquet) page through the store by article: a page is every row of the next
``page_size`` article ids in id order (keyset pagination on the articles' primary key), its rows
sorted by all their columns. Pages never overlap and never skip a row, whatever the table's
ordering, and no page costs an OFFSET scan. ``failures`` pages by its key, ``path``.

Besides the store's tables, the deduplication tables export too: ``event_clusters`` (one row per
real-world event, paged by its representative mention's article) and ``event_cluster_members``
(every mention with its cluster id and offsets); none when the store was never clustered.
"""

from __future__ import annotations

import csv
import json
import os
from typing import IO, Iterator

from tidings.analysis.clusters_store import CLUSTER_TABLES, tables_exist
from tidings.errors import TidingsError
from tidings.export.clusters import alone, with_clusters
from tidings.export.gdelt import COLUMNS as GDELT_COLUMNS
from tidings.export.gdelt import gdelt_rows
from tidings.export.plover import plover_record
from tidings.store.base import Store
from tidings.store.rows import INPUT_TABLES, TABLES
from tidings.store.schema import column_type, columns, quote

FORMATS = ("plover-jsonl", "gdelt-tsv", "csv", "parquet")
PAGE_SIZE = 200  # articles per page of a table export
# the store's tables (not deduplication's inputs) and deduplication's clusters
EXPORT_TABLES = {**{n: r for n, r in TABLES.items() if n not in INPUT_TABLES}, **CLUSTER_TABLES}


def export(store: Store, fmt: str, out: IO[str] | str, *, table: str = "events", header: bool = True,
           page_size: int = PAGE_SIZE) -> int:
    """Write the store in ``fmt``; ``out`` is a text stream, or a path for Parquet. Returns rows written.

    ``page_size``: articles read per query by the table exports (CSV, Parquet)."""
    if fmt == "plover-jsonl":
        return _plover(store, out)
    if fmt == "gdelt-tsv":
        return _gdelt(store, out, header=header)
    if table not in EXPORT_TABLES:
        raise TidingsError(f"unknown table {table!r}; choose from {', '.join(EXPORT_TABLES)}")
    if fmt == "csv":
        return _csv(store, out, table, page_size)
    if fmt == "parquet":
        if not isinstance(out, str):
            raise TidingsError("parquet needs --out PATH")
        return _parquet(store, out, table, page_size)
    raise TidingsError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def _plover(store: Store, out: IO[str]) -> int:
    n = 0
    for doc, found in with_clusters(store):
        for event in doc.events:
            cluster = found.get(event.id)
            out.write(json.dumps(plover_record(doc, event, cluster=cluster), ensure_ascii=False) + "\n")
            n += 1
    return n


def _gdelt(store: Store, out: IO[str], *, header: bool) -> int:
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    if header:
        writer.writerow(GDELT_COLUMNS)
    n = 0
    for doc, found in with_clusters(store):
        own = alone(doc)
        for event in doc.events:
            rows = gdelt_rows(doc, event, found.get(event.id, own))
            writer.writerows(rows)
            n += len(rows)
    return n


def _export_columns(table: str) -> list[str]:
    return [c for c in columns(EXPORT_TABLES[table]) if not (table == "articles" and c == "document")]


def _table_rows(store: Store, table: str, *, page_size: int = PAGE_SIZE) -> Iterator[list[tuple]]:
    """The rows of ``table`` in pages (see the module docstring); each row once, in a fixed order."""
    cols = _export_columns(table)
    quoted = ", ".join(quote(c) for c in cols)
    if table in CLUSTER_TABLES and not tables_exist(store):
        return  # never clustered: no rows
    if table == "failures":  # its first column, path, is its key
        yield from _keyset(store, f"SELECT {quoted} FROM failures", "path", page_size)
        return
    key = "id" if table == "articles" else "article_id"
    order = ", ".join(str(i) for i in range(1, len(cols) + 1))
    last = None
    for ids in _keyset(store, "SELECT id FROM articles", "id", page_size):
        cond, params = (f"{key} <= ?", [ids[-1][0]]) if last is None else (f"{key} > ? AND {key} <= ?", [last, ids[-1][0]])
        if rows := store.fetch(f"SELECT {quoted} FROM {table} WHERE {cond} ORDER BY {order}", params):
            yield rows
        last = ids[-1][0]
    # rows of no stored article (none in a store written by Store.write) come last
    cond, params = ("", []) if last is None else (f" WHERE {key} > ?", [last])
    if rows := store.fetch(f"SELECT {quoted} FROM {table}{cond} ORDER BY {order}", params):
        yield rows


def _keyset(store: Store, select: str, key: str, page_size: int) -> Iterator[list[tuple]]:
    """Pages of ``select`` in ``key`` order; ``key`` is unique and the first selected column."""
    last = None
    while True:
        where, params = ("", []) if last is None else (f" WHERE {quote(key)} > ?", [last])
        rows = store.fetch(f"{select}{where} ORDER BY {quote(key)} LIMIT ?", [*params, page_size])
        if not rows:
            return
        last = rows[-1][0]
        yield rows


def _csv(store: Store, out: IO[str], table: str, page_size: int) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_export_columns(table))
    n = 0
    for rows in _table_rows(store, table, page_size=page_size):
        writer.writerows(rows)
        n += len(rows)
    return n


def _parquet(store: Store, path: str, table: str, page_size: int) -> int:
    """Through an in-memory DuckDB, so any backend can write Parquet with the store's column types."""
    import duckdb

    cols = _export_columns(table)
    fields = EXPORT_TABLES[table].model_fields
    ddl = ", ".join(f"{quote(c)} {column_type(fields[c].annotation)[0]}" for c in cols)
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    con = duckdb.connect(":memory:")
    try:
        con.execute(f"CREATE TABLE export ({ddl})")
        n = 0
        for rows in _table_rows(store, table, page_size=page_size):
            con.executemany(f"INSERT INTO export VALUES ({', '.join('?' for _ in cols)})", rows)
            n += len(rows)
        literal = "'" + path.replace("'", "''") + "'"
        con.execute(f"COPY export TO {literal} (FORMAT parquet)")
    finally:
        con.close()
    return n
