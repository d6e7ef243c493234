"""The answer cache: one computation per key in flight, shared by every asker, immune to one asker leaving."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading

import pytest

from tidings.web.cache import AnswerCache


class Slow:
    """A computation that blocks (in its worker thread) until released, counting its runs."""

    def __init__(self, answer="done", error: Exception | None = None):
        self.release = threading.Event()
        self.started = threading.Event()
        self.runs = 0
        self.answer = answer
        self.error = error

    def __call__(self):
        self.runs += 1
        self.started.set()
        self.release.wait(60)
        if self.error is not None:
            raise self.error
        return {"answer": self.answer}


def _run(coroutine):
    """``asyncio.run`` in a thread of its own: a browser test's sync Playwright may hold this thread's loop."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coroutine).result()


async def _started(cache: AnswerCache, key, compute: Slow, n: int) -> list[asyncio.Task]:
    tasks = [asyncio.ensure_future(cache.get(key, compute)) for _ in range(n)]
    for _ in range(3000):  # until the computation is in flight (a loaded machine may take seconds to start a thread)
        await asyncio.sleep(0.01)
        if compute.started.is_set():
            break
    assert compute.started.is_set(), "the computation never started"
    return tasks


@pytest.mark.parametrize("askers, cancelled", [(2, [0]), (3, [0, 1]), (3, [1])])
def test_web_cache_cancelled_asker_does_not_cancel_the_others(askers, cancelled):
    async def scenario():
        cache, compute = AnswerCache(), Slow()
        tasks = await _started(cache, "k", compute, askers)
        for i in cancelled:
            tasks[i].cancel()
        await asyncio.sleep(0.05)
        compute.release.set()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        return cache, compute, results

    cache, compute, results = _run(scenario())
    assert compute.runs == 1
    for i, result in enumerate(results):
        if i in cancelled:
            assert isinstance(result, asyncio.CancelledError)
        else:
            assert result == b'{"answer":"done"}'
    assert cache.lookup("k") == b'{"answer":"done"}'


def test_web_cache_answer_is_kept_when_every_asker_left():
    async def scenario():
        cache, compute = AnswerCache(), Slow()
        (task,) = await _started(cache, "k", compute, 1)
        task.cancel()
        compute.release.set()
        for _ in range(3000):
            await asyncio.sleep(0.01)
            if cache.lookup("k") is not None:
                break
        again = await cache.get("k", compute)
        return cache, compute, again

    cache, compute, again = _run(scenario())
    assert compute.runs == 1
    assert again == b'{"answer":"done"}'


def test_web_cache_failure_reaches_every_asker_and_is_not_kept():
    async def scenario():
        cache, compute = AnswerCache(), Slow(error=ValueError("bad query"))
        tasks = await _started(cache, "k", compute, 2)
        compute.release.set()
        return cache, await asyncio.gather(*tasks, return_exceptions=True)

    cache, results = _run(scenario())
    assert [type(r) for r in results] == [ValueError, ValueError]
    assert cache.lookup("k") is None
    assert cache._inflight == {}
