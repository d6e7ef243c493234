"""The per-article deadline of ``tidings.nlp.run``, on the main thread (a repeating alarm) and on
other threads (a watchdog, as in Dask workers and the web pool): an interrupt that Python drops
(raised in a weakref callback or a destructor, printed as "Exception ignored in ...") is followed
by another, so an overrunning article still stops; a block that ends in time is left alone."""

from __future__ import annotations

import threading
import time

import pytest

from tidings.nlp.run import ArticleTimeout, deadline


def _overrun_dropping_the_first_interrupt() -> str:
    """Run past a 0.2 s deadline, swallowing the first interrupt as a weakref callback would."""
    dropped = []
    started = time.monotonic()
    try:
        with deadline(0.2):
            while time.monotonic() - started < 10:
                try:
                    time.sleep(0.01)
                except ArticleTimeout:
                    if dropped:
                        raise
                    dropped.append(time.monotonic() - started)
    except ArticleTimeout:
        return "stopped again" if dropped and time.monotonic() - started < 2 else "stopped late"
    return "ran to the end"


def _end_in_time() -> str:
    with deadline(1):
        time.sleep(0.05)
    time.sleep(1.2)  # no interrupt arrives once the block is left
    return "finished"


def _in_thread(body) -> str:
    outcome: list[str] = []

    def run():
        try:
            outcome.append(body())
        except ArticleTimeout:
            outcome.append("interrupted after the block")

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(15)
    return outcome[0] if outcome else "hung"


@pytest.mark.parametrize("where", ["main thread", "other thread"])
@pytest.mark.parametrize(
    "body, expected",
    [(_overrun_dropping_the_first_interrupt, "stopped again"), (_end_in_time, "finished")],
    ids=["interrupts again after a dropped interrupt", "leaves a block that ends in time alone"],
)
def test_run_deadline(where, body, expected):
    assert (body() if where == "main thread" else _in_thread(body)) == expected
