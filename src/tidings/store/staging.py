"""Partitions staged as Parquet files by workers, loaded into a DuckDB store by the client.

DuckDB has one writer. In a distributed ingest each worker turns its partition's Documents
into rows (``rows.table_rows``, the one row builder), writes them to one Parquet file per table
through an in-memory DuckDB connection, and hands back only the file names (a ``Staged``). The
client loads a finished partition with ``INSERT ... SELECT FROM read_parquet(...)`` in one
transaction that first deletes every row of the partition's article ids: a partition loaded twice
(a retried task, a duplicate delivery) leaves the rows of one load.
"""

from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass, field
from typing import Sequence

import duckdb

from tidings.models import Document
from tidings.store.rows import TABLES, table_rows
from tidings.store.schema import columns, create_table, insert_chunks, quote, unnest_insert_sql

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Staged:
    """One partition's Parquet files (table -> path) and how many articles they hold."""

    files: dict[str, str] = field(default_factory=dict)
    articles: int = 0

    def remove(self) -> None:
        for path in self.files.values():
            try:
                os.remove(path)
            except FileNotFoundError:
                pass


class Stager:
    """Writes partitions to Parquet files in ``directory`` (one in-memory DuckDB connection, reused)."""

    def __init__(self, directory: str):
        self.directory = directory
        os.makedirs(directory, exist_ok=True)
        self.con = duckdb.connect(":memory:")
        for name, row in TABLES.items():
            self.con.execute(create_table(name, row))

    def stage(self, docs: Sequence[Document]) -> Staged:
        """Parquet files of every table's rows for ``docs``; a file name is never reused."""
        tables = table_rows(docs)
        stem = os.path.join(self.directory, uuid.uuid4().hex)
        files = {}
        for name, rows in tables.items():
            if not rows:
                continue
            self.con.execute(f"DELETE FROM {name}")
            insert_chunks(self.con.execute, unnest_insert_sql(name), rows)
            path = f"{stem}.{name}.parquet"
            self.con.execute(f"COPY {name} TO '{_literal(path)}' (FORMAT parquet)")
            files[name] = path
        logger.debug("staged %d articles in %d Parquet files under %s", len(tables["articles"]), len(files), stem)
        return Staged(files, len(tables["articles"]))

    def close(self) -> None:
        self.con.close()


def _literal(path: str) -> str:
    """A path inside a SQL string literal (COPY ... TO takes no parameter)."""
    return path.replace("'", "''")


def staged_ids(staged: Staged) -> str | None:
    """SQL reading the partition's article ids, with ``?`` for its Parquet file; None when it has none."""
    return "SELECT id FROM read_parquet(?)" if staged.files.get("articles") else None


def load_statements(staged: Staged, *, replace: bool = True) -> list[tuple[str, list]]:
    """(sql, params) that put the staged rows into the store, in order; run them in one transaction.

    With ``replace`` they first delete, in every article table, the rows of the staged article ids
    (a partition loaded twice leaves one copy); without it the caller knows none is stored.
    """
    articles = staged.files.get("articles")
    if not articles:
        return []
    ids = staged_ids(staged)
    statements: list[tuple[str, list]] = []
    if replace:
        statements += [(f"DELETE FROM {name} WHERE article_id IN ({ids})", [articles])
                       for name, row in TABLES.items() if "article_id" in row.model_fields]
        statements.append((f"DELETE FROM articles WHERE id IN ({ids})", [articles]))
    for name, path in staged.files.items():
        names = ", ".join(quote(c) for c in columns(TABLES[name]))
        statements.append((f"INSERT INTO {name} ({names}) SELECT {names} FROM read_parquet(?)", [path]))
    return statements
