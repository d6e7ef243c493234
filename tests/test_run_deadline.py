"""The per-article deadline of ``tidings.nlp.run`` on the main thread: an interrupt that Python
drops (raised in a weakref callback or a destructor, printed as "Exception ignored in ...") is
followed by another, so an overrunning article still stops."""

from __future__ import annotations

import threading
import time

import pytest

from tidings.nlp.run import ArticleTimeout, deadline


def test_run_deadline_interrupts_again_after_a_dropped_interrupt():
    dropped = []
    started = time.monotonic()
    with pytest.raises(ArticleTimeout):
        with deadline(0.2):
            while time.monotonic() - started < 10:
                try:
                    time.sleep(0.01)
                except ArticleTimeout:
                    if dropped:
                        raise
                    dropped.append(time.monotonic() - started)  # what a weakref callback does with it
    assert dropped and time.monotonic() - started < 2


def test_run_deadline_leaves_a_block_that_ends_in_time_alone():
    with deadline(1):
        time.sleep(0.05)
    time.sleep(1.2)  # no interrupt arrives once the block is left


def _in_thread(body) -> list:
    outcome: list = []

    def run():
        try:
            body()
            outcome.append("finished")
        except ArticleTimeout:
            outcome.append("timeout")

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(15)
    return outcome


def test_run_deadline_off_the_main_thread_interrupts_again_after_a_dropped_interrupt():
    dropped = []

    def body():
        started = time.monotonic()
        with deadline(0.2):
            while time.monotonic() - started < 10:
                try:
                    time.sleep(0.01)
                except ArticleTimeout:
                    if dropped:
                        raise
                    dropped.append(time.monotonic() - started)
        assert time.monotonic() - started < 2

    assert _in_thread(body) == ["timeout"] and dropped


def test_run_deadline_off_the_main_thread_leaves_a_block_that_ends_in_time_alone():
    def body():
        with deadline(1):
            time.sleep(0.05)
        time.sleep(1.2)

    assert _in_thread(body) == ["finished"]
