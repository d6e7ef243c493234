"""The embedded default backend: one DuckDB file.

A write costs the same memory however large the file. DuckDB caches the file's blocks up to its
``memory_limit`` (by default 80 % of the machine's memory), so the store sets a limit of its own
(``MEMORY_LIMIT``, or ``$TIDINGS_DUCKDB_MEMORY``); larger sorts and joins then spill to a temporary
directory beside the file. And it keeps no secondary index: an ART index is held whole in memory,
can neither be evicted nor spilled, and grows with its table (three indexes on 2.4M rows took 330 MB
at commit), so a limit would only turn growth into failure. The analytical queries scan with
DuckDB's zone maps and do not need them; a lookup by article or event id scans one column instead
(at a million events, 24 ms for an article's events, 110 ms for an event's actors). The articles'
primary key stays: it is one key per article.
"""

from __future__ import annotations

import contextlib
import os
from typing import Sequence

import duckdb

from tidings.errors import StoreError
from tidings.store.base import Store
from tidings.store.schema import insert_chunks, unnest_insert_sql
from tidings.store.staging import Staged, load_statements, staged_ids

MEMORY_LIMIT = "512MB"  # DuckDB's cache and working memory; the process adds spaCy and Python to it


def memory_limit() -> str:
    return os.environ.get("TIDINGS_DUCKDB_MEMORY") or MEMORY_LIMIT


class DuckDBStore(Store):
    placeholder = "?"
    secondary_indexes = False

    def __init__(self, path: str, *, read_only: bool = False):
        self.path = path
        try:
            self.con = duckdb.connect(path, read_only=read_only, config={"memory_limit": memory_limit()})
        except duckdb.Error as exc:
            raise StoreError(f"cannot open DuckDB store {path!r}: {exc}") from exc
        if not read_only:
            self._migrate()

    def _fetch(self, sql: str, params: Sequence = ()) -> list[tuple]:
        return self.con.execute(sql, list(params)).fetchall()

    def _execute(self, sql: str, params: Sequence = ()) -> None:
        self.con.execute(sql, list(params))

    def _insert_rows(self, table: str, rows: list[tuple]) -> None:
        insert_chunks(self.con.execute, unnest_insert_sql(table), rows)

    def load(self, staged: Staged) -> int:
        """Load a partition staged as Parquet (``store.staging``), replacing its articles; one transaction."""
        ids = staged_ids(staged)
        new = not ids or not self._fetch(f"SELECT 1 FROM articles WHERE id IN ({ids}) LIMIT 1", [staged.files["articles"]])
        with self._transaction():
            for sql, params in load_statements(staged, replace=not new):
                self.con.execute(sql, params)
        return staged.articles

    @contextlib.contextmanager
    def _transaction(self):
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def close(self) -> None:
        self.con.close()
