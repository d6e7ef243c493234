"""The store interface, implemented once in SQL for every backend."""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from typing import Any, Iterator, Sequence

from tidings.models import Document, Failure
from tidings.store import query
from tidings.store.rows import ARTICLE_TABLES, TABLES, FailureRow, document_from_row, table_rows
from tidings.store.staging import Staged
from tidings.store.schema import INDEXES, MIGRATIONS, SCHEMA_VERSION, columns, ddl, quote

ARTICLE_LIST_COLUMNS = [c for c in columns(TABLES["articles"]) if c != "document"]


class Store(ABC):
    """Articles and their findings. Writes are per batch and all-or-nothing per batch."""

    placeholder = "?"
    #: True when several processes may write at once: distributed workers then write their partitions
    #: themselves (PostgreSQL); else they stage Parquet files that this process loads (DuckDB).
    concurrent_writers = False
    #: Whether to keep the secondary indexes (``schema.INDEXES`` and the analysis tables'). PostgreSQL's
    #: B-trees live on disk; DuckDB's ART indexes are held whole in memory (see ``DuckDBStore``).
    secondary_indexes = True

    # -- what a backend provides -------------------------------------------------
    @abstractmethod
    def _fetch(self, sql: str, params: Sequence = ()) -> list[tuple]: ...

    @abstractmethod
    def _execute(self, sql: str, params: Sequence = ()) -> None: ...

    @abstractmethod
    def _insert_rows(self, table: str, rows: list[tuple]) -> None: ...

    @abstractmethod
    def _transaction(self): ...

    @abstractmethod
    def close(self) -> None: ...

    # -- schema ----------------------------------------------------------------------
    def _migrate(self) -> None:
        """Create missing tables, then apply the versioned migrations this store has not had."""
        self._execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        found = self._fetch(self._sql("SELECT value FROM meta WHERE key = ?"), ["schema_version"])
        version = int(found[0][0]) if found else SCHEMA_VERSION
        for statement in ddl():
            self._execute(statement)
        for table, cols in INDEXES.items():
            for col in cols:
                self.ensure_index(table, col)
        for number in range(version + 1, SCHEMA_VERSION + 1):
            for statement in MIGRATIONS.get(number, []):
                self._execute(statement)
        if version != SCHEMA_VERSION or not found:
            self._execute(self._sql("DELETE FROM meta WHERE key = ?"), ["schema_version"])
            self._execute(self._sql("INSERT INTO meta (key, value) VALUES (?, ?)"), ["schema_version", str(SCHEMA_VERSION)])

    def ensure_index(self, table: str, column: str) -> None:
        """Index ``table.column`` where this backend keeps secondary indexes; else drop one an older
        version made."""
        name = f"idx_{table}_{column}"
        if self.secondary_indexes:
            self._execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({quote(column)})")
        else:
            self._execute(f"DROP INDEX IF EXISTS {name}")

    def schema_version(self) -> int:
        return int(self._fetch(self._sql("SELECT value FROM meta WHERE key = ?"), ["schema_version"])[0][0])

    def _sql(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    # -- writing ----------------------------------------------------------------------
    def write(self, docs: Sequence[Document]) -> int:
        """Store Documents, replacing any earlier version of the same id; one transaction."""
        tables = table_rows(docs)
        ids = [row[0] for row in tables["articles"]]
        with self._transaction():
            self._delete_articles_everywhere([i for i, _ in self.stored_versions(ids)])
            for name, rows in tables.items():
                if rows:
                    self._insert_rows(name, rows)
        return len(ids)

    def _delete_articles_everywhere(self, ids: list[str]) -> None:
        for name in ARTICLE_TABLES:
            self._delete_articles(name, "article_id", ids)
        self._delete_articles("articles", "id", ids)

    def load(self, staged: Staged) -> int:
        """Load a partition staged as Parquet by a worker (``store.staging``); DuckDB implements it."""
        raise NotImplementedError(f"{type(self).__name__} is written by the workers themselves")

    def _delete_articles(self, table: str, column: str, ids: list[str]) -> None:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            self._execute(self._sql(f"DELETE FROM {table} WHERE {column} IN ({marks})"), chunk)

    def record_failures(self, failures: Sequence[Failure]) -> None:
        """One row per failed path: a re-run replaces the earlier reason instead of adding a row."""
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        latest = {f.path: f for f in failures}
        rows = [tuple(FailureRow(path=f.path, reason=f.reason, at=now).model_dump().values()) for f in latest.values()]
        if rows:
            with self._transaction():
                self._delete_articles("failures", "path", list(latest))
                self._insert_rows("failures", rows)

    # -- reading ----------------------------------------------------------------------
    def fetch(self, sql: str, params: Sequence = ()) -> list[tuple]:
        """Run a read query written with ``?`` placeholders (analysis modules use this)."""
        return self._fetch(self._sql(sql), params)

    def execute(self, sql: str, params: Sequence = ()) -> None:
        """Run a statement written with ``?`` placeholders (for tables kept by analysis modules)."""
        self._execute(self._sql(sql), params)

    def transaction(self):
        """Context manager: everything inside commits together or not at all."""
        return self._transaction()

    def has_article(self, article_id: str) -> bool:
        return bool(self._fetch(self._sql("SELECT 1 FROM articles WHERE id = ?"), [article_id]))

    def stored_versions(self, ids: Sequence[str]) -> set[tuple[str, str]]:
        """(id, content hash) of those of ``ids`` that are stored: one query per 500 ids."""
        found: set[tuple[str, str]] = set()
        unique = list(dict.fromkeys(ids))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            found.update(self._fetch(self._sql(f"SELECT id, content_hash FROM articles WHERE id IN ({marks})"), chunk))
        return found

    def article_versions(self) -> frozenset[tuple[str, str]]:
        """(id, content hash) of every stored article."""
        return frozenset((r[0], r[1]) for r in self._fetch("SELECT id, content_hash FROM articles"))

    def document(self, article_id: str) -> Document | None:
        found = self._fetch(self._sql("SELECT document FROM articles WHERE id = ?"), [article_id])
        return document_from_row(found[0][0]) if found else None

    def documents(self, *, batch: int = 200) -> Iterator[Document]:
        ids = [r[0] for r in self._fetch("SELECT id FROM articles ORDER BY published NULLS LAST, id")]
        for start in range(0, len(ids), batch):
            chunk = ids[start : start + batch]
            marks = ", ".join("?" for _ in chunk)
            rows = self._fetch(self._sql(f"SELECT document FROM articles WHERE id IN ({marks}) ORDER BY published NULLS LAST, id"), chunk)
            for (document_json,) in rows:
                yield document_from_row(document_json)

    def _select(self, table: str, f: query.Filter, cols: list[str]) -> list[dict[str, Any]]:
        sql, params = query.select(table, f, cols)
        return [dict(zip(cols, row)) for row in self._fetch(self._sql(sql), params)]

    def events(self, f: query.Filter | None = None) -> list[dict[str, Any]]:
        return self._select("events", f or query.Filter(), columns(TABLES["events"]))

    def quotes(self, f: query.Filter | None = None) -> list[dict[str, Any]]:
        return self._select("quotes", f or query.Filter(), columns(TABLES["quotes"]))

    def articles(self, f: query.Filter | None = None) -> list[dict[str, Any]]:
        return self._select("articles", f or query.Filter(), ARTICLE_LIST_COLUMNS)

    def count(self, table: str, f: query.Filter | None = None) -> int:
        sql, params = query.count(table, f or query.Filter())
        return int(self._fetch(self._sql(sql), params)[0][0])

    def failures(self) -> list[dict[str, Any]]:
        cols = columns(FailureRow)
        rows = self._fetch(f"SELECT {', '.join(quote(c) for c in cols)} FROM failures ORDER BY \"at\", path")
        return [dict(zip(cols, r)) for r in rows]

    def summary(self, *, top: int = 10) -> dict[str, Any]:
        scalar = lambda sql: int(self._fetch(sql)[0][0] or 0)  # noqa: E731
        return {
            "articles": scalar("SELECT count(*) FROM articles"),
            "sentences": scalar("SELECT sum(n_sentences) FROM articles"),
            "events": scalar("SELECT count(*) FROM events"),
            "quotes": scalar("SELECT count(*) FROM quotes"),
            "quantities": scalar("SELECT count(*) FROM quantities"),
            "places": scalar("SELECT count(*) FROM places"),
            "failures": scalar("SELECT count(*) FROM failures"),
            "events_by_type": self._fetch("SELECT type, count(*) AS n FROM events GROUP BY type ORDER BY n DESC, type"),
            "top_actors": self._fetch(
                "SELECT code, count(DISTINCT event_id) AS n FROM event_actors GROUP BY code ORDER BY n DESC, code "
                f"LIMIT {int(top)}"
            ),
            "top_speakers": self._fetch(
                "SELECT speaker, count(*) AS n FROM quotes WHERE speaker IS NOT NULL GROUP BY speaker "
                f"ORDER BY n DESC, speaker LIMIT {int(top)}"
            ),
        }

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
