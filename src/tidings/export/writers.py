"""Dispatch an export format to its writer. Everything streams, one article at a time."""

from __future__ import annotations

import csv
import json
import os
from typing import IO

from tidings.errors import TidingsError
from tidings.export.gdelt import COLUMNS as GDELT_COLUMNS
from tidings.export.gdelt import gdelt_row
from tidings.export.plover import plover_record
from tidings.store.base import Store
from tidings.store.rows import TABLES
from tidings.store.schema import column_type, columns, quote

FORMATS = ("plover-jsonl", "gdelt-tsv", "csv", "parquet")


def export(store: Store, fmt: str, out: IO[str] | str, *, table: str = "events", header: bool = True) -> int:
    """Write the store in ``fmt``; ``out`` is a text stream, or a path for Parquet. Returns rows written."""
    if fmt == "plover-jsonl":
        return _plover(store, out)
    if fmt == "gdelt-tsv":
        return _gdelt(store, out, header=header)
    if table not in TABLES:
        raise TidingsError(f"unknown table {table!r}; choose from {', '.join(TABLES)}")
    if fmt == "csv":
        return _csv(store, out, table)
    if fmt == "parquet":
        if not isinstance(out, str):
            raise TidingsError("parquet needs --out PATH")
        return _parquet(store, out, table)
    raise TidingsError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def _plover(store: Store, out: IO[str]) -> int:
    n = 0
    for doc in store.documents():
        for event in doc.events:
            out.write(json.dumps(plover_record(doc, event), ensure_ascii=False) + "\n")
            n += 1
    return n


def _gdelt(store: Store, out: IO[str], *, header: bool) -> int:
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    if header:
        writer.writerow(GDELT_COLUMNS)
    n = 0
    for doc in store.documents():
        for event in doc.events:
            writer.writerow(gdelt_row(doc, event))
            n += 1
    return n


def _export_columns(table: str) -> list[str]:
    return [c for c in columns(TABLES[table]) if not (table == "articles" and c == "document")]


def _table_rows(store: Store, table: str, *, chunk: int = 5000):
    cols = _export_columns(table)
    quoted = ", ".join(quote(c) for c in cols)
    offset = 0
    while rows := store.fetch(f"SELECT {quoted} FROM {table} ORDER BY 1, 2 LIMIT ? OFFSET ?", [chunk, offset]):
        yield rows
        offset += chunk


def _csv(store: Store, out: IO[str], table: str) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_export_columns(table))
    n = 0
    for rows in _table_rows(store, table):
        writer.writerows(rows)
        n += len(rows)
    return n


def _parquet(store: Store, path: str, table: str) -> int:
    """Through an in-memory DuckDB, so any backend can write Parquet with the store's column types."""
    import duckdb

    cols = _export_columns(table)
    fields = TABLES[table].model_fields
    ddl = ", ".join(f"{quote(c)} {column_type(fields[c].annotation)[0]}" for c in cols)
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    con = duckdb.connect(":memory:")
    try:
        con.execute(f"CREATE TABLE export ({ddl})")
        n = 0
        for rows in _table_rows(store, table):
            con.executemany(f"INSERT INTO export VALUES ({', '.join('?' for _ in cols)})", rows)
            n += len(rows)
        literal = "'" + path.replace("'", "''") + "'"
        con.execute(f"COPY export TO {literal} (FORMAT parquet)")
    finally:
        con.close()
    return n
