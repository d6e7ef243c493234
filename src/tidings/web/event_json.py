"""Rows of the event index encoded straight to JSON, without building a dict per row.

A page of the events list is most of its cost in Python objects: a dict per row, a str or float
per cell, then the encoder walking them again. Here each column gives the JSON text of its cells
for the page at once (a text column with few distinct values keeps the JSON of each value, so a
cell is one gather; a number column is encoded as one array and split), and each row is one
join of its cells. The bytes are exactly those ``orjson.dumps`` gives for the rows that
``EventIndex.rows`` builds (a test checks it).
"""

from __future__ import annotations

from typing import Any, Callable

import numpy as np
import orjson

TABLE_VALUES = 4096  # text columns with at most this many distinct values keep the JSON of each value
_NULL = b"null"


class RowEncoder:
    """JSON for rows of ``columns`` (the event index's columns, in output order).

    ``split`` maps text columns to a separator: their cells are arrays of the non-empty parts, as in ``EventIndex.rows``.
    """

    def __init__(self, columns: dict[str, Any], split: dict[str, str]):
        self._cells: list[Callable[[np.ndarray], list[bytes]]] = [
            _cells_of(orjson.dumps(name) + b":", column, split.get(name)) for name, column in columns.items()
        ]

    def encode(self, rows: np.ndarray) -> bytes:
        """The JSON array of ``rows`` (row numbers), in that order."""
        if not len(rows):
            return b"[]"
        cells = [cells_of(rows) for cells_of in self._cells]
        return b"[{" + b"},{".join([b",".join(row) for row in zip(*cells)]) + b"}]"


def _cells_of(key: bytes, column, sep: str | None) -> Callable[[np.ndarray], list[bytes]]:
    """A function from row numbers to ``key`` and the JSON of ``column``'s cell, for each of those rows."""
    if hasattr(column, "codes"):
        if sep is not None or len(column.values) <= TABLE_VALUES:
            return _table_cells(key, column, sep)
        null = key + _NULL
        return lambda rows: [null if v is None else key + orjson.dumps(v) for v in column.take(rows)]
    return _number_cells(key, column)


def _table_cells(key: bytes, column, sep: str | None) -> Callable[[np.ndarray], list[bytes]]:
    """Cells of a dictionary-coded text column: the JSON of each distinct value, gathered by code (NULL last)."""
    if sep is None:
        encoded = [orjson.dumps(v) for v in column.values] + [_NULL]
    else:
        encoded = [orjson.dumps([p for p in v.split(sep) if p]) for v in column.values] + [b"[]"]
    table = np.empty(len(encoded), dtype=object)
    table[:] = [key + e for e in encoded]
    codes = column.codes
    return lambda rows: table[codes[rows]].tolist()  # code -1 (NULL) takes the last slot


def _number_cells(key: bytes, column) -> Callable[[np.ndarray], list[bytes]]:
    """Cells of a number column: the page's values encoded as one array, then split (numbers hold no comma)."""
    data, nulls = column.data, column.nulls
    if column.kind is bool:
        table = np.array([key + b"false", key + b"true"], dtype=object)
        plain = lambda rows: table[data[rows].astype(np.intp)].tolist()  # noqa: E731
    else:
        between = b"," + key
        option = orjson.OPT_SERIALIZE_NUMPY if column.kind is int else 0
        as_json = (lambda rows: orjson.dumps(data[rows], option=option)) if option else (lambda rows: orjson.dumps(data[rows].tolist()))
        plain = lambda rows: (key + as_json(rows)[1:-1].replace(b",", between)).split(b",")  # noqa: E731
    if nulls is None:
        return plain
    null = key + _NULL
    return lambda rows: [null if is_null else cell for cell, is_null in zip(plain(rows), nulls[rows].tolist())]
