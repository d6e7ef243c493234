"""The events table held in memory as NumPy columns, so that any page of the events list costs milliseconds.

In SQL a page of a million events is a scan of the filter columns and a sort of every matching row:
0.1–1 s of CPU each on DuckDB, too much for many analysts at once. Here every text column is
dictionary-coded (codes in the sorted order of the distinct values, so string order is code order),
and the order of every sortable column is computed once. A page is then a mask per filter
condition, one gather through the order, and a slice.

What a filter means is not redefined here: the conditions come from
``tidings.store.query.conditions`` (the same list ``where`` renders as SQL), and a test checks that
every page equals the SQL page. The index is built from one snapshot of a DuckDB store; it is
rebuilt when the server writes (see ``IndexHolder``).
"""

from __future__ import annotations

import bisect
import contextlib
import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np

from tidings.store import Filter
from tidings.store.query import Condition, conditions
from tidings.store.duckdb import DuckDBStore
from tidings.store.rows import TABLES
from tidings.store.schema import column_type, quote

logger = logging.getLogger(__name__)

_NULL = -1


@dataclass
class TextColumn:
    """Codes into ``values`` (sorted distinct values), -1 for NULL."""

    codes: np.ndarray
    values: list[str]
    has_nulls: bool = True
    _parts: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    _found: dict[tuple[str, str], np.ndarray] = field(default_factory=dict)

    def matching(self, op: str, value: str) -> np.ndarray:
        """Which codes meet ``op`` with ``value``, as a table indexed by code (its last slot, NULL's, is False)."""
        found = self._found.get((op, value))
        if found is None:
            found = np.zeros(len(self.values) + 1, dtype=bool)
            found[_matching_codes(self.values, op, value)] = True
            if len(self._found) >= 256:
                self._found.clear()
            self._found[(op, value)] = found
        return found

    def take(self, rows: np.ndarray) -> list[str | None]:
        values = self.values
        return [None if code == _NULL else values[code] for code in self.codes[rows].tolist()]

    def take_parts(self, rows: np.ndarray, sep: str) -> list[list[str]]:
        """Each row's value split at ``sep`` without empty parts (NULL: no parts); splits are made once per value."""
        parts = self._parts.get(sep)
        if parts is None:
            parts = self._parts[sep] = [tuple(p for p in v.split(sep) if p) for v in self.values] + [()]
        return [list(parts[code]) for code in self.codes[rows].tolist()]  # -1 (NULL) is the last

    def sort_key(self, *, descending: bool) -> np.ndarray:
        key = self.codes.astype(np.int64)
        key = -key if descending else key
        return np.where(self.codes == _NULL, np.iinfo(np.int64).max, key)


@dataclass
class NumberColumn:
    """Numbers, with ``nulls`` marking NULLs (None when the column has none)."""

    data: np.ndarray
    nulls: np.ndarray | None
    kind: type

    def take(self, rows: np.ndarray) -> list[Any]:
        found = self.data[rows].tolist()  # Python ints and floats
        if self.kind is bool:
            found = [bool(v) for v in found]
        if self.nulls is not None:
            found = [None if null else v for v, null in zip(found, self.nulls[rows].tolist())]
        return found

    def sort_key(self, *, descending: bool) -> np.ndarray:
        key = self.data.astype(np.float64)
        key = -key if descending else key
        return key if self.nulls is None else np.where(self.nulls, np.inf, key)


@dataclass
class EventIndex:
    columns: dict[str, TextColumn | NumberColumn]
    size: int
    _orders: dict[tuple, np.ndarray] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _masks: OrderedDict = field(default_factory=OrderedDict)
    memo: dict = field(default_factory=dict)  # what users of the index derive from it once (see queries)

    # -- filtering ---------------------------------------------------------------------------
    def mask(self, conds: Sequence[Condition]) -> np.ndarray | None:
        """Rows meeting every condition (None: no condition); raises LookupError for one it cannot test."""
        found = None
        for cond in conds:
            hit = self._condition(cond)
            found = hit if found is None else found & hit
        return found

    def _condition(self, cond: Condition) -> np.ndarray:
        """The rows meeting one condition; the masks of recent conditions are kept (within ``MASK_BYTES``)."""
        with self._lock:
            found = self._masks.get(cond)
            if found is not None:
                self._masks.move_to_end(cond)
                return found
        for name in cond.columns:
            test = self._test(name, cond.op, cond.value)
            found = test if found is None else found | test
        found.flags.writeable = False  # shared by the requests that use it
        with self._lock:
            self._masks[cond] = found
            while len(self._masks) > max(8, MASK_BYTES // max(self.size, 1)):
                self._masks.popitem(last=False)
        return found

    def _test(self, name: str, op: str, value: str) -> np.ndarray:
        column = self.columns.get(name)
        if not isinstance(column, TextColumn):
            raise LookupError(f"no text column {name!r} in the event index")
        codes = column.codes
        if op in ("ge", "lt"):
            edge = bisect.bisect_left(column.values, value)
            if op == "ge":
                return codes >= edge
            return (codes < edge) & (codes != _NULL) if column.has_nulls else codes < edge
        table = column.matching(op, value)
        chosen = np.flatnonzero(table).tolist()
        if len(chosen) > _FEW:
            return table[codes]
        hit = codes == chosen[0] if chosen else np.zeros(self.size, dtype=bool)
        for code in chosen[1:]:  # comparisons are much cheaper than a gather through the table
            hit |= codes == code
        return hit

    # -- ordering ------------------------------------------------------------------------------
    def order(self, sort: str | None, *, descending: bool) -> tuple[np.ndarray, np.ndarray]:
        """(row numbers in listing order, each row's place in it): ``sort`` NULLS LAST then id, or the default order."""
        key = (sort, descending if sort else True)
        found = self._orders.get(key)
        if found is None:
            with self._lock:
                found = self._orders.get(key)
                if found is None:
                    found = self._orders[key] = self._compute_order(sort, descending=descending)
        return found

    def _compute_order(self, sort: str | None, *, descending: bool) -> tuple[np.ndarray, np.ndarray]:
        c = self.columns
        if sort is None:  # tidings.store.query.ORDER["events"]: date DESC NULLS LAST, article_id, trigger_start, id
            keys = [c["id"].codes, c["trigger_start"].data, c["article_id"].codes, c["date"].sort_key(descending=True)]
        else:
            keys = [c["id"].codes, c[sort].sort_key(descending=descending)]
        order = np.lexsort(keys).astype(np.int32)
        place = np.empty_like(order)
        place[order] = np.arange(len(order), dtype=np.int32)
        return order, place

    def warm(self, sorts: Sequence[str]) -> None:
        """Compute every listing order now rather than on a first request."""
        self.order(None, descending=True)
        for sort in sorts:
            for descending in (True, False):
                self.order(sort, descending=descending)

    # -- pages ---------------------------------------------------------------------------------
    def page(
        self, f: Filter, *, sort: str | None = None, descending: bool = True, split: dict[str, str] | None = None
    ) -> tuple[int, list[dict]]:
        """(rows matching ``f``, the rows of its page) in the order of the SQL listing.

        ``split`` maps text columns to a separator: their values come as lists of the non-empty parts.
        """
        total, chosen = self.select(f, sort=sort, descending=descending)
        return total, self.rows(chosen, split or {})

    def select(self, f: Filter, *, sort: str | None = None, descending: bool = True) -> tuple[int, np.ndarray]:
        """(rows matching ``f``, the row numbers of its page in listing order)."""
        mask = self.mask(conditions("events", f))
        order, place = self.order(sort, descending=descending)
        need = f.offset + f.limit
        if mask is None:
            return self.size, order[f.offset : need]
        total = int(np.count_nonzero(mask))
        return total, (_first_by_place if total <= _FEW_ROWS else _first_by_walk)(mask, order, place, need, total)[f.offset :]

    def rows(self, chosen: np.ndarray, split: dict[str, str]) -> list[dict[str, Any]]:
        names = list(self.columns)
        taken = [column.take_parts(chosen, split[name]) if name in split else column.take(chosen)
                 for name, column in self.columns.items()]
        return [dict(zip(names, values)) for values in zip(*taken)]


MASK_BYTES = 96 * 1024 * 1024  # masks of recent filter conditions kept (one byte per event each)
_FEW = 4  # matching codes tested by comparison rather than by a table
_FEW_ROWS = 50_000  # fewer matching rows than this: rank them; more: walk the order until the page is full


def _first_by_place(mask: np.ndarray, order: np.ndarray, place: np.ndarray, need: int, total: int) -> np.ndarray:
    """The first ``need`` matching rows in order, ranking only the matching rows."""
    rows = np.flatnonzero(mask)
    places = place[rows]
    if need < len(rows):
        keep = np.argpartition(places, need - 1)[:need]
        rows, places = rows[keep], places[keep]
    return rows[np.argsort(places, kind="stable")]


def _first_by_walk(mask: np.ndarray, order: np.ndarray, place: np.ndarray, need: int, total: int) -> np.ndarray:
    """The first ``need`` matching rows in order, reading the order in growing chunks (many rows match)."""
    found: list[np.ndarray] = []
    have, start = 0, 0
    step = int(need * len(order) / max(total, 1) * 1.5) + 1024
    while have < need and start < len(order):
        chunk = order[start : start + step]
        hit = chunk[mask[chunk]]
        found.append(hit)
        have += len(hit)
        start += step
        step *= 2
    return np.concatenate(found)[:need] if found else np.empty(0, dtype=np.int32)


def _matching_codes(values: list[str], op: str, value: str) -> list[int]:
    if op == "eq":
        at = bisect.bisect_left(values, value)
        return [at] if at < len(values) and values[at] == value else []
    if op == "contains":
        return [i for i, v in enumerate(values) if value in v]
    if op == "icontains":
        return [i for i, v in enumerate(values) if value in v.lower()]
    raise LookupError(f"the event index cannot test {op!r}")


# -- loading ---------------------------------------------------------------------------------------
def load(con, *, stop=lambda: False) -> EventIndex | None:
    """A snapshot of the events table of a DuckDB connection (give it a cursor of its own); None if ``stop()``."""
    started = time.perf_counter()
    cols: dict[str, TextColumn | NumberColumn] = {}
    con.execute("BEGIN TRANSACTION")  # every column from the same snapshot
    try:
        for name, info in TABLES["events"].model_fields.items():
            if stop():
                return None
            cols[name] = _load_column(con, name, info.annotation)
    finally:
        con.execute("ROLLBACK")
    sizes = {len(c.codes) if isinstance(c, TextColumn) else len(c.data) for c in cols.values()}
    if len(sizes) != 1:
        raise RuntimeError(f"event columns of different lengths: {sizes}")
    index = EventIndex(cols, sizes.pop())
    logger.info("event index: %d events in %.1f s", index.size, time.perf_counter() - started)
    return index


def _load_column(con, name: str, annotation) -> TextColumn | NumberColumn:
    sql_type, _ = column_type(annotation)
    if sql_type == "TEXT":
        return _load_text(con, quote(name))
    raw = con.execute(f"SELECT {quote(name)} FROM events ORDER BY rowid").fetchnumpy()[name]
    nulls, data = np.ma.getmaskarray(raw), np.ma.getdata(raw)
    kind = {"BIGINT": int, "DOUBLE PRECISION": float, "BOOLEAN": bool}[sql_type]
    if kind is int and len(data) and data.min() >= np.iinfo(np.int32).min and data.max() <= np.iinfo(np.int32).max:
        data = data.astype(np.int32)
    return NumberColumn(np.ascontiguousarray(data), nulls if nulls.any() else None, kind)


def _load_text(con, col: str) -> TextColumn:
    """Distinct values in the store's order (binary: that of Python strings), and each row's code, coded by DuckDB."""
    found = con.execute(f"SELECT DISTINCT {col} AS v FROM events WHERE {col} IS NOT NULL ORDER BY v").fetchnumpy()["v"]
    values = np.ma.getdata(found).tolist()
    if len(values) <= _JOIN_VALUES:
        sql = (f"SELECT CAST(coalesce(d.code, -1) AS INTEGER) AS c FROM events e LEFT JOIN (SELECT unnest(?::VARCHAR[]) AS v, "
               f"CAST(generate_subscripts(?::VARCHAR[], 1) - 1 AS INTEGER) AS code) d ON e.{col} = d.v ORDER BY e.rowid")
        params = [values, values]
    else:
        sql = (f"SELECT CASE WHEN {col} IS NULL THEN -1 ELSE CAST(dense_rank() OVER (PARTITION BY {col} IS NULL "
               f"ORDER BY {col}) - 1 AS INTEGER) END AS c FROM events ORDER BY rowid")
        params = []
    codes = np.ma.getdata(con.execute(sql, params).fetchnumpy()["c"])
    small = next(t for t in (np.int8, np.int16, np.int32) if len(values) < np.iinfo(t).max)  # -1 fits in each
    return TextColumn(np.ascontiguousarray(codes, dtype=small), values, has_nulls=bool((codes == _NULL).any()))


_JOIN_VALUES = 200_000  # more distinct values than this are coded by a window function instead of a join


class IndexHolder:
    """The event index of a DuckDB store: built in a background thread, dropped and rebuilt after a write.

    ``current()`` is None while no index matches the store (other stores never get one): callers
    then query the store. ``sorts`` are the sortable columns whose orders are computed up front.
    """

    def __init__(self, access, *, sorts: Sequence[str], active: bool = True):
        self._access = access
        self._active = active
        self._sorts = list(sorts)
        self._index: EventIndex | None = None
        self._generation = 0
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._closed = threading.Event()
        self._cursor = None
        self.build_seconds: float | None = None

    @property
    def enabled(self) -> bool:
        return self._active and isinstance(self._access.root, DuckDBStore)

    def start(self) -> None:
        """Build (again) in the background unless a build is already running; it re-checks when it ends."""
        with self._lock:
            if not self.enabled or self._closed.is_set() or (self._thread is not None and self._thread.is_alive()):
                return
            self._thread = threading.Thread(target=self._build, name="tidings-event-index", daemon=True)
            self._thread.start()

    def _build(self) -> None:
        while True:
            with self._lock:
                generation = self._generation
            started = time.perf_counter()
            cursor = self._cursor = self._access.cursor()
            try:
                index = load(cursor, stop=self._closed.is_set)
                if index is None:
                    return
                index.warm(self._sorts)
            except Exception:  # noqa: BLE001  the listing falls back to SQL; the reason is logged
                if not self._closed.is_set():
                    logger.exception("event index not built; listing events from the store")
                return
            finally:
                self._cursor = None
                cursor.close()
            with self._lock:
                if generation == self._generation:
                    self._index, self.build_seconds = index, round(time.perf_counter() - started, 2)
                    self._ready.set()
                    return

    def invalidate(self) -> None:
        """The store was written: stop using the index and build a new one."""
        with self._lock:
            self._generation += 1
            self._index = None
            self._ready.clear()
        self.start()

    def close(self, timeout: float = 10) -> None:
        """Stop a build in progress (before the store is closed)."""
        self._closed.set()
        cursor, thread = self._cursor, self._thread
        if cursor is not None:
            with contextlib.suppress(Exception):  # the build may just have finished with it
                cursor.interrupt()
        if thread is not None:
            thread.join(timeout)

    def current(self) -> EventIndex | None:
        return self._index

    def wait(self, timeout: float | None = None) -> bool:
        """Block until an index is ready (True) or ``timeout`` seconds passed (False)."""
        return self.enabled and self._ready.wait(timeout)

    def stats(self) -> dict[str, Any]:
        index = self._index
        return {"ready": index is not None, "events": index.size if index else None, "build_seconds": self.build_seconds}
