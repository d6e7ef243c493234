"""Ingest on a dask.distributed cluster: workers read and extract, the client writes.

Input files come from the walk a single-process ingest makes (``ingest.walk.walk_inputs``), so
both read the same files and record the same failures; they are cut into partitions (JSONL files
by line ranges). Each worker builds the spaCy
pipeline once (a WorkerPlugin) and turns a partition into Documents and Failures. The client
writes results to the store in batches as partitions complete; ids are content hashes and
writes replace by id, so a partition retried after a worker crash adds no duplicates.
"""

from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator

from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from tidings.config import Settings
from tidings.errors import TidingsError
from tidings.ingest.ids import article_id
from tidings.ingest.jsonl import jsonl_line_count, read_jsonl_stream
from tidings.ingest.walk import JSONL_SUFFIXES, read_file, shown, walk_inputs, with_shown_path
from tidings.models import Article, Document, Failure

logger = logging.getLogger(__name__)
PLUGIN_NAME = "tidings-nlp"


@dataclass(frozen=True)
class Unit:
    """One file, or lines [first, last) of a JSONL file (1-based line numbers)."""

    path: str
    first: int = 0
    last: int = 0


@dataclass
class Plan:
    """The work of one distributed ingest: units for the workers, and the walk's own failures."""

    units: list[Unit] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def plan_units(paths: Iterable[str], *, settings: Settings | None = None, lines_per_unit: int = 200) -> Plan:
    """Units and failures from the same walk a single-process ingest makes (``walk_inputs``)."""
    plan = Plan()
    for item in walk_inputs(paths, settings=settings):
        if isinstance(item, Failure):
            plan.failures.append(item)
        elif item == "-":
            raise TidingsError("standard input cannot be distributed; write it to a file first")
        else:
            plan.units += _file_units(item, lines_per_unit)
    return plan


def _file_units(path: str, lines_per_unit: int) -> list[Unit]:
    """A JSONL file in line ranges; anything else (and any file the reader must refuse) whole."""
    if os.path.splitext(path)[1].lower() not in JSONL_SUFFIXES or not os.path.isfile(path):
        return [Unit(path)]
    try:
        n_lines = jsonl_line_count(path)
    except OSError:  # unreadable: the worker's read_file reports it exactly as a single process does
        return [Unit(path)]
    if n_lines is None:  # UTF-16/32 lines cannot be cut at a byte; one unit reads the file whole
        return [Unit(path)]
    return [Unit(path, s, min(s + lines_per_unit, n_lines + 1)) for s in range(1, n_lines + 1, lines_per_unit)]


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
            items = read_jsonl_stream(handle, path=unit.path, published=published, max_bytes=settings.max_bytes,
                                      lines=(unit.first, unit.last))
            yield from map(with_shown_path, items)
    except OSError as exc:
        yield Failure(path=shown(unit.path), reason=exc.strerror or str(exc))


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


@dataclass
class _Sink:
    """Where results go on the client: the store, the failures list, the progress callback."""

    write: Callable[[list[Document]], int]
    record_failures: Callable[[list[Failure]], None]
    on_progress: Callable[[object], None] | None
    stored: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)

    def fail(self, failed: list[Failure]) -> None:
        if failed:
            self.record_failures(failed)
            self.failures += failed
            self._tick(failed)

    def take(self, results: list[Document | Failure], skipped: int) -> None:
        docs = [r for r in results if isinstance(r, Document)]
        if docs:
            self.stored += self.write(docs)
        self.unchanged += skipped
        self._tick(docs + [None] * skipped)
        self.fail([r for r in results if isinstance(r, Failure)])

    def _tick(self, items: list) -> None:
        if self.on_progress:
            for item in items:
                self.on_progress(item)


@contextmanager
def _connect(workers: int | None, scheduler: str | None) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a LocalCluster of ``workers`` processes."""
    if not logger.isEnabledFor(logging.INFO):
        logging.getLogger("distributed").setLevel(logging.WARNING)  # dask logs INFO to stderr by default
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.WARNING)
        client = Client(cluster)
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _submit(client: Client, units: list[Unit], *, settings: Settings, published: str | None,
            known: frozenset[tuple[str, str]], partition_size: int) -> list:
    client.register_plugin(PipelinePlugin(settings), name=PLUGIN_NAME)
    known_future = client.scatter({"known": known}, broadcast=True)["known"]
    return [
        client.submit(process_partition, part, settings, published, known_future, retries=2, pure=False)
        for part in partitions(units, partition_size)
    ]


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
    plan = plan_units(paths, settings=settings)
    sink = _Sink(write, record_failures, on_progress)
    sink.fail(plan.failures)
    if plan.units:
        with _connect(workers, scheduler) as client:
            futures = _submit(client, plan.units, settings=settings, published=published, known=known,
                              partition_size=partition_size)
            for future in as_completed(futures):
                sink.take(*future.result())
                future.release()
    return sink.stored, sink.unchanged, sink.failures
