"""Stores behind one interface: DuckDB (default, a file) and PostgreSQL (a URL)."""

from __future__ import annotations

from tidings.store.base import Store
from tidings.store.query import Filter

__all__ = ["Store", "Filter", "open_store"]


def open_store(url: str, *, read_only: bool = False) -> Store:
    """A store for a DuckDB path (``x.duckdb``, ``duckdb:///x.duckdb``, ``:memory:``) or a PostgreSQL URL."""
    if url.startswith(("postgresql://", "postgres://")):
        from tidings.store.postgres import PostgresStore

        return PostgresStore(url)
    from tidings.store.duckdb import DuckDBStore

    path = url.removeprefix("duckdb://").removeprefix("/") if url.startswith("duckdb://") else url
    return DuckDBStore(path, read_only=read_only)
