"""Ingest on a dask.distributed cluster: workers read and extract, the client writes.

Input files are cut into partitions (JSONL files by line ranges). Each worker builds the spaCy
pipeline once (a WorkerPlugin) and turns a partition into Documents and Failures. The client
writes results to the store in batches as partitions complete; ids are content hashes and
writes replace by id, so a partition retried after a worker crash adds no duplicates.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from itertools import islice
from typing import Callable, Iterable, Iterator

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.ingest.ids import article_id
from tidings.ingest.jsonl import read_jsonl_stream
from tidings.ingest.walk import JSONL_SUFFIXES, SUFFIXES, read_file
from tidings.models import Article, Document, Failure

logger = logging.getLogger(__name__)
PLUGIN_NAME = "tidings-nlp"


@dataclass(frozen=True)
class Unit:
    """One file, or lines [first, last) of a JSONL file (1-based line numbers)."""

    path: str
    first: int = 0
    last: int = 0


def plan_units(paths: Iterable[str], *, lines_per_unit: int = 200) -> list[Unit]:
    units: list[Unit] = []
    for path in paths:
        if path == "-":
            raise TidingsError("standard input cannot be distributed; write it to a file first")
        files = sorted(
            os.path.join(d, f) for d, _, fs in os.walk(path) for f in fs if os.path.splitext(f)[1].lower() in SUFFIXES
        ) if os.path.isdir(path) else [path]
        for file in files:
            if os.path.splitext(file)[1].lower() in JSONL_SUFFIXES and os.path.isfile(file):
                with open(file, "rb") as handle:
                    n_lines = sum(1 for _ in handle)
                units += [Unit(file, s, min(s + lines_per_unit, n_lines + 1)) for s in range(1, n_lines + 1, lines_per_unit)]
            else:
                units.append(Unit(file))
    return units


def partitions(units: list[Unit], size: int) -> Iterator[list[Unit]]:
    iterator = iter(units)
    while chunk := list(islice(iterator, size)):
        yield chunk


def read_unit(unit: Unit, *, published: str | None, settings: Settings) -> Iterator[Article | Failure]:
    """The articles of one unit, read exactly as a single-process ingest reads them."""
    if not unit.first:
        yield from read_file(unit.path, published=published, settings=settings)
        return
    try:
        with open(unit.path, "rb") as handle:
            yield from read_jsonl_stream(handle, path=unit.path, published=published, max_bytes=settings.max_bytes,
                                         lines=(unit.first, unit.last))
    except OSError as exc:
        yield Failure(path=unit.path, reason=exc.strerror or str(exc))


class PipelinePlugin(WorkerPlugin):
    """Builds the pipeline once per worker process."""

    name = PLUGIN_NAME

    def __init__(self, settings: Settings):
        self.settings = settings

    def setup(self, worker) -> None:
        from tidings.nlp import build_nlp

        worker.tidings_nlp = build_nlp(self.settings)


def process_partition(units: list[Unit], settings: Settings, published: str | None, known: frozenset[tuple[str, str]]):
    """Runs on a worker: (results, unchanged count) for one partition."""
    from tidings.nlp.run import process

    nlp = get_worker().tidings_nlp
    unchanged = 0
    items = []
    for unit in units:
        for item in read_unit(unit, published=published, settings=settings):
            if isinstance(item, Article) and (item.id, article_id(item.text)) in known:
                unchanged += 1
            else:
                items.append(item)
    return list(process(items, nlp, settings)), unchanged


def run_distributed(
    paths: Iterable[str],
    *,
    write: Callable[[list[Document]], int],
    record_failures: Callable[[list[Failure]], None],
    known: frozenset[tuple[str, str]],
    settings: Settings,
    published: str | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    partition_size: int = 16,
    on_progress: Callable[[object], None] | None = None,
) -> tuple[int, int, list[Failure]]:
    """(stored, unchanged, failures) after processing every partition on the cluster."""
    units = plan_units(paths)
    if not logger.isEnabledFor(logging.INFO):
        logging.getLogger("distributed").setLevel(logging.WARNING)  # dask logs INFO to stderr by default
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.WARNING)
        client = Client(cluster)
    stored = unchanged = 0
    failures: list[Failure] = []
    try:
        client.register_plugin(PipelinePlugin(settings), name=PLUGIN_NAME)
        known_future = client.scatter({"known": known}, broadcast=True)["known"]
        futures = [
            client.submit(process_partition, part, settings, published, known_future, retries=2, pure=False)
            for part in partitions(units, partition_size)
        ]
        for future in as_completed(futures):
            results, skipped = future.result()
            unchanged += skipped
            docs = [r for r in results if isinstance(r, Document)]
            failed = [r for r in results if isinstance(r, Failure)]
            if docs:
                stored += write(docs)
            if failed:
                record_failures(failed)
                failures += failed
            if on_progress:
                for item in results + [None] * skipped:
                    on_progress(item)
            future.release()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return stored, unchanged, failures
