"""The shared-database backend: PostgreSQL through psycopg 3, bulk writes with COPY."""

from __future__ import annotations

import contextlib
from typing import Sequence

from tidings.errors import StoreError
from tidings.store.base import Store
from tidings.store.schema import columns, quote
from tidings.store.rows import TABLES


class PostgresStore(Store):
    placeholder = "%s"
    concurrent_writers = True

    def __init__(self, url: str):
        try:
            import psycopg
        except ImportError as exc:  # the postgres extra is not installed
            raise StoreError("PostgreSQL needs psycopg: pip install 'tidings[postgres]'") from exc
        self.url = url
        try:
            self.con = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL at {_redact(url)}: {exc}") from exc
        self._in_transaction = False
        with self._transaction():
            # One migrator at a time when several workers open the store together.
            self._execute("SELECT pg_advisory_xact_lock(7431001)")
            self._migrate()

    def _fetch(self, sql: str, params: Sequence = ()) -> list[tuple]:
        with self.con.cursor() as cur:
            cur.execute(sql, list(params))
            return cur.fetchall()

    def _execute(self, sql: str, params: Sequence = ()) -> None:
        with self.con.cursor() as cur:
            cur.execute(sql, list(params))

    def _insert_rows(self, table: str, rows: list[tuple]) -> None:
        cols = ", ".join(quote(c) for c in columns(TABLES[table]))
        with self.con.cursor() as cur:
            with cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)

    @contextlib.contextmanager
    def _transaction(self):
        if self._in_transaction:
            yield
            return
        self._in_transaction = True
        try:
            with self.con.transaction():
                yield
        finally:
            self._in_transaction = False

    def close(self) -> None:
        self.con.close()


def _redact(url: str) -> str:
    """The URL without its password, for error messages."""
    if "@" not in url or "://" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}@{host}"
