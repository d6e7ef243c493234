"""Answers to read requests: cached, computed once when many ask at the same time, and rationed.

Without a token the store is opened read-only, so nothing can change under the server and a cached
answer stays true; with a token, every POST clears the cache. A cache hit is served on the event
loop without touching a thread; a miss runs its query in a worker thread, with at most
``max_queries`` queries at once so that a burst queues instead of thrashing the database.
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from typing import Any, Callable, Hashable
from urllib.parse import parse_qsl

import anyio
import orjson
from pydantic import BaseModel


def answer_key(path: str, query_string: bytes) -> tuple:
    """The cache key of a GET request: its path and its query parameters in a canonical order."""
    return (path, tuple(sorted(parse_qsl(query_string.decode("latin-1"), keep_blank_values=True))))


def encode(value: Any) -> bytes:
    """JSON bytes (UTF-8, compact) for dicts, lists and pydantic models (which may be nested in them).

    orjson encodes a page of the events list about ten times faster than ``json``; NaN and infinities become null.
    """
    return orjson.dumps(value, default=_plain)


def _retrieve(task: asyncio.Task) -> None:
    """Mark a failure as seen: when every asker went away, nobody else awaits it."""
    if not task.cancelled():
        task.exception()


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    raise TypeError(f"cannot encode {type(value).__name__} as JSON")


class AnswerCache:
    """Least-recently-used encoded answers up to ``max_bytes`` in total (0 turns caching off)."""

    def __init__(self, *, max_bytes: int = 64 * 1024 * 1024, max_item: int = 2 * 1024 * 1024, max_queries: int = 4):
        self.max_bytes = max_bytes
        self.max_item = max_item
        self.max_queries = max_queries
        self._items: OrderedDict[Hashable, bytes] = OrderedDict()
        self._size = 0
        self._generation = 0
        self._lock = threading.Lock()
        self._inflight: dict[Hashable, asyncio.Task] = {}
        self._limiter: anyio.CapacityLimiter | None = None
        self.hits = 0
        self.misses = 0

    def lookup(self, key: Hashable) -> bytes | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
                self.hits += 1
            return found

    def _keep(self, key: Hashable, body: bytes, generation: int) -> None:
        with self._lock:
            if generation != self._generation or len(body) > self.max_item or key in self._items:
                return
            self._items[key] = body
            self._size += len(body)
            while self._size > self.max_bytes and self._items:
                _, dropped = self._items.popitem(last=False)
                self._size -= len(dropped)

    async def get(self, key: Hashable, compute: Callable[[], Any], *, inline: bool = False) -> bytes:
        """The answer for ``key``: cached, or awaited from the same computation in flight, or computed now.

        The computation runs in a task of its own that every asker awaits through ``asyncio.shield``:
        an asker that goes away (a client disconnect cancels its request) stops waiting, but the
        computation goes on for the others and its answer is still cached.
        """
        found = self.lookup(key)
        if found is not None:
            return found
        task = self._inflight.get(key)
        if task is None:
            task = asyncio.ensure_future(self._compute(key, compute, inline=inline))
            task.add_done_callback(_retrieve)
            self._inflight[key] = task
        return await asyncio.shield(task)

    async def _compute(self, key: Hashable, compute: Callable[[], Any], *, inline: bool) -> bytes:
        with self._lock:
            self.misses += 1
            generation = self._generation
        try:
            if self._limiter is None:
                self._limiter = anyio.CapacityLimiter(self.max_queries)
            if inline:  # a few milliseconds of work: cheaper on the loop than handed to a thread and back
                body = encode(compute())
            else:
                body = await anyio.to_thread.run_sync(lambda: encode(compute()), limiter=self._limiter)
        finally:
            if self._inflight.get(key) is asyncio.current_task():
                del self._inflight[key]
        self._keep(key, body, generation)
        return body

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._size = 0
            self._generation += 1

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {"entries": len(self._items), "bytes": self._size, "hits": self.hits, "misses": self.misses}
