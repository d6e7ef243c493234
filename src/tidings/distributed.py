"""Ingest on a dask.distributed cluster: workers read, extract and write; the client coordinates.

Input files come from the walk a single-process ingest makes (``ingest.walk.walk_inputs``), so
both read the same files and record the same failures; they are cut into units (JSONL files by
line ranges) and the units into partitions of about ``partition_articles`` articles. Each worker
builds the spaCy pipeline once (a WorkerPlugin), turns a partition into Documents and Failures,
and writes the Documents itself, so no Document crosses the network:

- PostgreSQL (``Store.concurrent_writers``): the worker writes the partition straight into the
  database, one transaction that replaces by article id;
- DuckDB (one writer): the worker stages the partition's rows as Parquet files
  (``store.staging``) in a directory beside the store; the client loads each finished partition
  in one transaction that replaces by article id, then removes its files.

Either way a partition retried after a worker crash, or delivered twice, adds no duplicates.
The client receives counts, Failures (it records them) and file names only. With ``--scheduler``
and a DuckDB store, the workers must see the store's directory (the staging directory is there).
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
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
from tidings.store import Store, open_store
from tidings.store.staging import Stager, Staged

logger = logging.getLogger(__name__)
PLUGIN_NAME = "tidings-nlp"
# Articles per task: small enough to share work evenly and show progress, large enough for one nlp.pipe batch.
PARTITION_ARTICLES = 32


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


def plan_units(paths: Iterable[str], *, settings: Settings | None = None, lines_per_unit: int = PARTITION_ARTICLES) -> Plan:
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
    """Consecutive units holding about ``size`` articles each (a line range counts its lines, a file one)."""
    chunk: list[Unit] = []
    weight = 0
    for unit in units:
        chunk.append(unit)
        weight += unit.last - unit.first if unit.first else 1
        if weight >= size:
            yield chunk
            chunk, weight = [], 0
    if chunk:
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
    """Builds the pipeline once per worker process; keeps the worker's writers (stager, store connection)."""

    name = PLUGIN_NAME

    def __init__(self, settings: Settings):
        self.settings = settings

    def setup(self, worker) -> None:
        from tidings.nlp import build_nlp

        worker.tidings_nlp = build_nlp(self.settings)
        worker.tidings_writers = {}

    def teardown(self, worker) -> None:
        for writer in getattr(worker, "tidings_writers", {}).values():
            writer.close()
        worker.tidings_writers = {}


@dataclass(frozen=True)
class Target:
    """Where workers put their Documents: a store URL they write to, or a directory to stage Parquet in."""

    url: str | None = None
    staging: str | None = None


@dataclass
class PartitionResult:
    """What a worker sends back: counts, Failures and staged file names; never Documents."""

    stored: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)
    staged: Staged | None = None
    earliest: str | None = None


def _writer(worker, target: Target):
    """The worker's stager for the staging directory, or its connection to the store (opened once)."""
    writers = worker.__dict__.setdefault("tidings_writers", {})
    key = target.url or target.staging
    if key not in writers:
        if target.staging:  # an earlier ingest's stager (a long-lived cluster) is done with
            for old in [k for k, w in writers.items() if isinstance(w, Stager)]:
                writers.pop(old).close()
        writers[key] = open_store(target.url) if target.url else Stager(target.staging)
    return writers[key]


def process_partition(units: list[Unit], settings: Settings, published: str | None,
                      known: frozenset[tuple[str, str]], target: Target) -> PartitionResult:
    """Runs on a worker: reads, extracts and writes (or stages) one partition."""
    from tidings.analysis.dedup import earliest_date
    from tidings.nlp.run import process

    worker = get_worker()
    result = PartitionResult()
    items = []
    for unit in units:
        for item in read_unit(unit, published=published, settings=settings):
            if isinstance(item, Article) and (item.id, article_id(item.text)) in known:
                result.unchanged += 1
            else:
                items.append(item)
    docs = []
    for item in process(items, worker.tidings_nlp, settings):
        (docs if isinstance(item, Document) else result.failures).append(item)
    if docs:
        result.earliest = earliest_date(docs)
        writer = _writer(worker, target)
        if target.url:
            result.stored = writer.write(docs)
        else:
            result.staged = writer.stage(docs)
            result.stored = result.staged.articles
    return result


@dataclass
class _Sink:
    """Where results go on the client: staged partitions into the store, failures, progress."""

    store: Store
    on_progress: Callable[[object], None] | None
    stored: int = 0
    unchanged: int = 0
    earliest: str | None = None
    failures: list[Failure] = field(default_factory=list)

    def fail(self, failed: list[Failure]) -> None:
        if failed:
            self.store.record_failures(failed)
            self.failures += failed
            self._tick(failed)

    def take(self, result: PartitionResult) -> None:
        if result.staged:
            self.store.load(result.staged)
            result.staged.remove()
        self.stored += result.stored
        self.unchanged += result.unchanged
        self.earliest = min(filter(None, [self.earliest, result.earliest]), default=None)
        self._tick([None] * (result.stored + result.unchanged))
        self.fail(result.failures)

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


@contextmanager
def _target(store: Store) -> Iterator[Target]:
    """The store's URL when workers can write it; else a staging directory beside it, removed at the end."""
    if store.concurrent_writers:
        yield Target(url=store.url)
        return
    path = getattr(store, "path", ":memory:")
    beside = os.path.dirname(os.path.abspath(path)) if path != ":memory:" else None
    prefix = os.path.basename(path) + ".staging-" if beside else "tidings-staging-"
    directory = tempfile.mkdtemp(prefix=prefix, dir=beside)
    try:
        yield Target(staging=directory)
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def _submit(client: Client, units: list[Unit], *, settings: Settings, published: str | None,
            known: frozenset[tuple[str, str]], target: Target, partition_articles: int) -> list:
    client.register_plugin(PipelinePlugin(settings), name=PLUGIN_NAME)
    known_future = client.scatter({"known": known}, broadcast=True)["known"]
    return [
        client.submit(process_partition, part, settings, published, known_future, target, retries=2, pure=False)
        for part in partitions(units, partition_articles)
    ]


def run_distributed(
    paths: Iterable[str],
    *,
    store: Store,
    settings: Settings,
    published: str | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    partition_articles: int = PARTITION_ARTICLES,
    on_progress: Callable[[object], None] | None = None,
) -> tuple[int, int, list[Failure], str | None]:
    """(stored, unchanged, failures, earliest date stored) after every partition is written.

    ``on_progress`` is called once per article or failure: with the Failure, else with None.
    """
    plan = plan_units(paths, settings=settings, lines_per_unit=partition_articles)
    sink = _Sink(store, on_progress)
    sink.fail(plan.failures)
    if plan.units:
        with _target(store) as target, _connect(workers, scheduler) as client:
            futures = _submit(client, plan.units, settings=settings, published=published,
                              known=store.article_versions(), target=target, partition_articles=partition_articles)
            for future in as_completed(futures):
                sink.take(future.result())
                future.release()
    return sink.stored, sink.unchanged, sink.failures, sink.earliest
