"""Store access for a threaded server: one DuckDB cursor per worker thread, writes serialized.

A DuckDB connection must not be used by two threads at once; ``con.cursor()`` gives each thread its
own connection to the same database. Other backends get one store guarded by a lock.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from typing import Iterator

import duckdb

from tidings.store import Store, open_store
from tidings.store.duckdb import DuckDBStore

logger = logging.getLogger(__name__)


class _CursorStore(DuckDBStore):
    """A DuckDBStore over a cursor of another connection (shares its database, not its thread)."""

    def __init__(self, con, path: str):  # noqa: D107  deliberately skips connecting and migrating
        self.path = path
        self.con = con


def _is_duckdb(url: str) -> bool:
    return not url.startswith(("postgresql://", "postgres://"))


class StoreAccess:
    """Opens the store once; hands out a per-thread reader and a serialized writer."""

    def __init__(self, url: str, *, writable: bool, prepare: bool = True):
        """``prepare``: first open a read-only DuckDB store for writing once, to create or migrate its tables.

        Worker processes of one server pass False (their parent prepared the store): a DuckDB file
        open for reading in one process cannot be opened for writing in another.
        """
        self.url = url
        self.writable = writable
        if prepare and _is_duckdb(url) and not writable and url != ":memory:":
            open_store(url).close()  # create the file and its tables, then reopen read-only
        self.root: Store = open_store(url, read_only=not writable and _is_duckdb(url) and url != ":memory:")
        self._local = threading.local()
        self._cursors: list = []
        self._lock = threading.Lock()
        self._write_lock = threading.Lock()

    def _thread_store(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            with self._lock:
                cursor = self.root.con.cursor()
                self._cursors.append(cursor)
            store = self._local.store = _CursorStore(cursor, self.url)
        return store

    def cursor(self):
        """A DuckDB cursor of its own (for a long read in a background thread); the caller closes it."""
        with self._lock:
            return self.root.con.cursor()

    @contextlib.contextmanager
    def reader(self) -> Iterator[Store]:
        if isinstance(self.root, DuckDBStore):
            yield self._thread_store()
        else:
            with self._lock:
                yield self.root

    @contextlib.contextmanager
    def writer(self) -> Iterator[Store]:
        with self._write_lock, self.reader() as store:
            yield store

    def close(self) -> None:
        with self._lock:
            for cursor in self._cursors:
                with contextlib.suppress(duckdb.Error):  # a cursor may already be gone
                    cursor.close()
            self._cursors.clear()
        self.root.close()
