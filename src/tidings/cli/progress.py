"""A progress bar for ingest: articles done, rate and ETA; silent when not on a terminal."""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterable

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from tidings.config import Settings
from tidings.ingest.jsonl import jsonl_line_count
from tidings.ingest.walk import JSONL_SUFFIXES, read_file, walk_inputs
from tidings.models import Failure


def count_inputs(paths: Iterable[str], *, settings: Settings | None = None) -> int | None:
    """How many results an ingest of ``paths`` reports (JSONL counted by lines, each failure once); None for stdin.

    It walks with ``walk_inputs``, the walk the ingest itself makes, so the bar ends at its total.
    """
    total = 0
    for item in walk_inputs(paths, settings=settings):
        if item == "-":
            return None
        total += 1 if isinstance(item, Failure) else _articles_in(item, settings)
    return total


def _articles_in(path: str, settings: Settings | None) -> int:
    if os.path.splitext(path)[1].lower() not in JSONL_SUFFIXES or not os.path.isfile(path):
        return 1
    try:
        lines = jsonl_line_count(path, skip_blank=True)
    except OSError:
        return 1
    if lines is None:  # UTF-16/32: read whole by the reader too (bounded by max_bytes)
        return sum(1 for _ in read_file(path, settings=settings))
    return lines


class _Rate(TextColumn):
    def __init__(self):
        super().__init__("")

    def render(self, task):
        speed = task.finished_speed or task.speed
        return f"{speed:.1f} articles/s" if speed else ""


@contextmanager
def ingest_progress(total: int | None, *, enabled: bool):
    """Yields a callback to call once per article."""
    if not enabled:
        yield lambda _item: None
        return
    columns = [TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), _Rate(), TextColumn("ETA"), TimeRemainingColumn()]
    with Progress(*columns, transient=False) as progress:
        task = progress.add_task("ingest", total=total)
        yield lambda _item: progress.advance(task)
