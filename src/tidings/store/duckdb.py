"""The embedded default backend: one DuckDB file."""

from __future__ import annotations

import contextlib
from typing import Sequence

import duckdb

from tidings.errors import StoreError
from tidings.store.base import Store
from tidings.store.schema import insert_chunks, unnest_insert_sql
from tidings.store.staging import Staged, load_statements


class DuckDBStore(Store):
    placeholder = "?"

    def __init__(self, path: str, *, read_only: bool = False):
        self.path = path
        try:
            self.con = duckdb.connect(path, read_only=read_only)
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
        with self._transaction():
            for sql, params in load_statements(staged):
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
