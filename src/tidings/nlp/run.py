"""Run the pipeline over a stream of Articles in batches; one bad article fails alone."""

from __future__ import annotations

import logging
from itertools import islice
from typing import Iterable, Iterator

from spacy.language import Language

from tidings.config import Settings
from tidings.models import Article, Document, Failure
from tidings.nlp.document import make_doc, to_document

logger = logging.getLogger(__name__)


def process(
    items: Iterable[Article | Failure], nlp: Language, settings: Settings
) -> Iterator[Document | Failure]:
    """Documents for the Articles, Failures passed through, in input order."""
    iterator = iter(items)
    while batch := list(islice(iterator, settings.batch_size)):
        yield from _process_batch(batch, nlp, settings)


def _process_batch(batch: list[Article | Failure], nlp: Language, settings: Settings) -> Iterator[Document | Failure]:
    articles: list[Article] = []
    results: list[Document | Failure | None] = []
    for item in batch:
        failure = item if isinstance(item, Failure) else _check(item, settings)
        results.append(failure)
        if failure is None:
            articles.append(item)
    try:
        documents = _run(articles, nlp)
    except Exception as exc:  # noqa: BLE001  one article broke the batch: find which, keep the rest
        logger.warning("batch of %d failed (%s); retrying articles one by one", len(articles), exc)
        documents = [_run_one(article, nlp) for article in articles]
    filled = iter(documents)
    for result in results:
        yield result if result is not None else next(filled)


def _run(articles: list[Article], nlp: Language) -> list[Document]:
    docs = nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=max(1, len(articles)))
    return [to_document(doc, article) for doc, article in zip(docs, articles)]


def _run_one(article: Article, nlp: Language) -> Document | Failure:
    try:
        return _run([article], nlp)[0]
    except Exception as exc:  # noqa: BLE001  recorded as a Failure with the reason, never dropped
        logger.exception("%s: extraction failed", article.path or article.id)
        return Failure(path=article.path or article.id, reason=f"extraction failed: {type(exc).__name__}: {exc}")


def _check(article: Article, settings: Settings) -> Failure | None:
    if len(article.text) > settings.max_chars:
        return Failure(
            path=article.path or article.id,
            reason=f"article too long: {len(article.text)} characters (limit {settings.max_chars}, see --max-chars)",
        )
    return None
