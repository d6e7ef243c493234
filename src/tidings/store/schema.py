"""SQL schema generated from the row models, for every backend."""

from __future__ import annotations

import types
from typing import Callable, Sequence, Union, get_args, get_origin

from tidings.store.rows import TABLES, Row

INSERT_CHUNK = 5000  # rows per INSERT statement

SCHEMA_VERSION = 2
# Statements that bring a store of version N-1 to N (new stores are created at the latest version).
MIGRATIONS: dict[int, list[str]] = {
    2: ["ALTER TABLE articles ADD COLUMN IF NOT EXISTS content_hash TEXT"],
}
_SQL_TYPES = {str: "TEXT", int: "BIGINT", float: "DOUBLE PRECISION", bool: "BOOLEAN"}
PRIMARY_KEYS = {"articles": "id"}
INDEXES = {
    "events": ["article_id", "type", "date"],
    "event_actors": ["code", "event_id"],
    "quotes": ["article_id", "speaker"],
    "actors": ["article_id"],
    "quantities": ["article_id"],
    "places": ["article_id"],
    "cluster_article_inputs": ["article_id"],
    "cluster_event_inputs": ["event_id"],
}


def quote(name: str) -> str:
    return f'"{name}"'


def columns(row: type[Row]) -> list[str]:
    return list(row.model_fields)


def column_type(annotation) -> tuple[str, bool]:
    """SQL type and nullability for a row field annotation."""
    nullable = False
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        nullable = len(args) < len(get_args(annotation))
        annotation = args[0]
    return _SQL_TYPES[annotation], nullable


def create_table(name: str, row: type[Row]) -> str:
    parts = []
    for field, info in row.model_fields.items():
        sql_type, nullable = column_type(info.annotation)
        parts.append(f"{quote(field)} {sql_type}{'' if nullable else ' NOT NULL'}")
    if name in PRIMARY_KEYS:
        parts.append(f"PRIMARY KEY ({quote(PRIMARY_KEYS[name])})")
    return f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(parts)})"


def ddl() -> list[str]:
    """The tables; indexes are made per backend (``Store.ensure_index``)."""
    return ["CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            *(create_table(name, row) for name, row in TABLES.items())]


def unnest_insert_sql(name: str, row: type[Row] | None = None) -> str:
    """INSERT into table ``name`` (of model ``row``, by default the store table's) taking one
    array parameter per column, unnested into rows.

    DuckDB binds ``executemany`` row by row; one array per column is one statement per chunk
    (tens of times faster, and ingest's largest cost otherwise). PostgreSQL takes it too.
    """
    fields = (row or TABLES[name]).model_fields
    arrays = ", ".join(f"unnest(CAST(? AS {column_type(f.annotation)[0]}[]))" for f in fields.values())
    return f"INSERT INTO {name} ({', '.join(quote(c) for c in fields)}) SELECT {arrays}"


def insert_chunks(execute: Callable[[str, list], object], sql: str, rows: Sequence[tuple]) -> None:
    """Run an ``unnest_insert_sql`` statement over ``rows``, ``INSERT_CHUNK`` rows per statement."""
    for start in range(0, len(rows), INSERT_CHUNK):
        execute(sql, [list(column) for column in zip(*rows[start : start + INSERT_CHUNK])])
