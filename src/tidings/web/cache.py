"""A bounded cache of encoded API answers, emptied whenever the server writes to the store.

Without a token the store is opened read-only, so nothing can change under the server and a cached
answer stays true; with a token, every POST clears the cache.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from typing import Any, Callable, Hashable

from pydantic import BaseModel


def encode(value: Any) -> bytes:
    """JSON bytes for dicts, lists and pydantic models (which may be nested in them)."""
    return json.dumps(value, default=_plain, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


class AnswerCache:
    """Least-recently-used answers up to ``max_bytes`` of encoded JSON in total."""

    def __init__(self, *, max_bytes: int = 64 * 1024 * 1024, max_item: int = 2 * 1024 * 1024):
        self.max_bytes = max_bytes
        self.max_item = max_item
        self._items: OrderedDict[Hashable, bytes] = OrderedDict()
        self._size = 0
        self._generation = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable, compute: Callable[[], Any]) -> bytes:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                self.hits += 1
                return found
            self.misses += 1
            generation = self._generation
        body = encode(compute())
        with self._lock:
            if generation == self._generation and len(body) <= self.max_item and key not in self._items:
                self._items[key] = body
                self._size += len(body)
                while self._size > self.max_bytes:
                    _, dropped = self._items.popitem(last=False)
                    self._size -= len(dropped)
        return body

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0
            self._generation += 1

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {"entries": len(self._items), "bytes": self._size, "hits": self.hits, "misses": self.misses}
