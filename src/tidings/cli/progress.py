"""A progress bar for ingest: articles done, rate and ETA; silent when not on a terminal."""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterable

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from tidings.ingest.walk import JSONL_SUFFIXES, SUFFIXES


def count_inputs(paths: Iterable[str]) -> int | None:
    """How many articles the paths hold (JSONL counted by lines); None for stdin."""
    total = 0
    for path in paths:
        if path == "-":
            return None
        files = [path] if not os.path.isdir(path) else [
            os.path.join(d, f) for d, _, fs in os.walk(path) for f in fs if os.path.splitext(f)[1].lower() in SUFFIXES
        ]
        for file in files:
            if os.path.splitext(file)[1].lower() in JSONL_SUFFIXES:
                try:
                    with open(file, "rb") as handle:
                        total += sum(1 for line in handle if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


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
