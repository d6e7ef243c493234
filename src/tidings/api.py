"""What a user can call: extract, extract_many, ingest, open_store, and the event clusters of a store."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator

from spacy.language import Language

from tidings.analysis.dedup import (ClusterFilter, cluster_events, cluster_of, clusters, earliest_date, mentions,
                                    unclustered)
from tidings.config import Settings, db_url
from tidings.ingest import article_id, read_paths
from tidings.ingest.text import normalize
from tidings.models import Article, Document, Failure
from tidings.nlp import build_nlp
from tidings.nlp.run import process
from tidings.store import Store, open_store

__all__ = [
    "extract", "extract_many", "ingest", "open_store", "IngestReport",
    "clusters", "mentions", "cluster_of", "ClusterFilter",
]


def extract(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    id: str | None = None,
    nlp: Language | None = None,
) -> Document:
    """One article's text in, its Document out. Builds the pipeline unless ``nlp`` is given."""
    text = normalize(text)
    article = Article(id=id or article_id(text), text=text, title=title, url=url, source=source, published=published)
    result = next(process([article], nlp or build_nlp(), Settings(max_chars=max(len(text), 1))))
    if isinstance(result, Failure):
        raise ValueError(result.reason)
    return result


def extract_many(
    items: Iterable[Article | Failure], *, nlp: Language | None = None, settings: Settings | None = None
) -> Iterator[Document | Failure]:
    """Documents for a stream of Articles, batched through ``nlp.pipe``; Failures pass through."""
    settings = settings or Settings()
    yield from process(items, nlp or build_nlp(settings), settings)


@dataclass
class IngestReport:
    stored: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def ingest(
    paths: Iterable[str],
    *,
    db: str | Store | None = None,
    published: str | None = None,
    settings: Settings | None = None,
    nlp: Language | None = None,
    on_progress: Callable[[object], None] | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
) -> IngestReport:
    """Read, extract and store every article under ``paths``; already-stored ids are skipped.

    With ``workers`` (a local Dask cluster of that many processes) or ``scheduler`` (the
    address of a running Dask scheduler), extraction runs on the cluster.
    """
    settings = settings or Settings()
    store = db if isinstance(db, Store) else open_store(db_url(db))
    try:
        if workers or scheduler:
            return _ingest_distributed(
                paths, store, published=published, settings=settings, on_progress=on_progress,
                workers=workers, scheduler=scheduler,
            )
        return _ingest_local(paths, store, published=published, settings=settings, nlp=nlp, on_progress=on_progress)
    finally:
        if not isinstance(db, Store):
            store.close()


def _ingest_distributed(
    paths: Iterable[str], store: Store, *, published: str | None, settings: Settings,
    on_progress: Callable[[object], None] | None, workers: int | None, scheduler: str | None,
) -> IngestReport:
    """Extraction on a Dask cluster (tidings.distributed); workers write (or stage) what they extract."""
    from tidings.distributed import run_distributed

    report = IngestReport()
    report.stored, report.unchanged, report.failures, earliest = run_distributed(
        paths, store=store, settings=settings, published=published, workers=workers, scheduler=scheduler,
        on_progress=on_progress,
    )
    _cluster(store, report, earliest)
    return report


def _cluster(store: Store, report: IngestReport, earliest: str | None) -> None:
    """Events reported by several articles become clusters (analysis/dedup.py): from the earliest
    date stored, or all of them when nothing new was stored but some events have no cluster (a
    clustering run stopped midway)."""
    if report.stored:
        cluster_events(store, since=earliest)
    elif unclustered(store):
        cluster_events(store)


def _ingest_local(
    paths: Iterable[str], store: Store, *, published: str | None, settings: Settings,
    nlp: Language | None, on_progress: Callable[[object], None] | None,
) -> IngestReport:
    """Extraction in this process, written in batches of ``settings.store_batch``."""
    report = IngestReport()
    fresh = _skip_stored(read_paths(paths, published=published, settings=settings), store, report, on_progress)
    batch: list[Document] = []
    earliest: str | None = None
    for result in extract_many(fresh, nlp=nlp, settings=settings):
        if isinstance(result, Failure):
            report.failures.append(result)
            store.record_failures([result])
        else:
            batch.append(result)
            earliest = min(filter(None, [earliest, earliest_date([result])]), default=None)
            if len(batch) >= settings.store_batch:
                report.stored += store.write(batch)
                batch = []
        if on_progress:
            on_progress(result)
    if batch:
        report.stored += store.write(batch)
    _cluster(store, report, earliest)
    return report


def _skip_stored(items, store: Store, report: IngestReport, on_progress, chunk: int = 256) -> Iterator[Article | Failure]:
    """The items less the Articles already stored with the same text (one query per ``chunk`` items)."""
    iterator = iter(items)
    while batch := list(islice(iterator, chunk)):
        stored = store.stored_versions([item.id for item in batch if isinstance(item, Article)])
        for item in batch:
            if isinstance(item, Article) and (item.id, article_id(item.text)) in stored:
                report.unchanged += 1
                if on_progress:
                    on_progress(item)
                continue
            yield item
