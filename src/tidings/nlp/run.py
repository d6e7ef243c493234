"""Run the pipeline over a stream of Articles in batches; one bad article fails alone.

Before the pipeline, each article is checked: longer than ``max_chars`` → Failure; written in a
language outside ``Settings.languages`` (see ``tidings.ingest.language``) → Failure when
``other_languages == "skip"``, or processed with a warning and ``Document.language`` set to the
detected language when ``"warn"``.

Time limit (``Settings.max_seconds``, per article): a batch runs under a deadline of
``max_seconds`` times its number of articles. A
healthy batch finishes far inside it; when it does not (or anything in it raises), its
articles are run again one at a time, each under its own ``max_seconds`` deadline, and an
article that overruns becomes a Failure ("took longer than ..."). Good articles of the batch
are still processed. The deadline interrupts Python code between bytecodes (our extractors,
regular expressions): on the main thread by ``SIGALRM`` (``setitimer``); on other threads
(Dask workers, the web server's thread pool) by a watchdog timer that raises ``ArticleTimeout``
in the running thread (``PyThreadState_SetAsyncExc``). A single long C call (one spaCy model
step) finishes before the interrupt lands; ``max_chars`` bounds those.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import signal
import threading
from typing import Iterable, Iterator

from spacy.language import Language

from tidings.config import Settings
from tidings.ingest.language import detect_language
from tidings.models import Article, Document, Failure
from tidings.nlp.document import make_doc, to_document

logger = logging.getLogger(__name__)


class ArticleTimeout(Exception):
    """Raised inside the pipeline when an article (or batch) overruns its time limit."""


def process(
    items: Iterable[Article | Failure], nlp: Language, settings: Settings
) -> Iterator[Document | Failure]:
    """Documents for the Articles, Failures passed through, in input order."""
    for batch in batches(items, settings):
        yield from _process_batch(batch, nlp, settings)


def batches(items: Iterable[Article | Failure], settings: Settings) -> Iterator[list[Article | Failure]]:
    """Consecutive runs of at most ``batch_size`` items and about ``batch_chars`` characters of text.

    spaCy's working memory for a batch grows with its text, so a batch closes at the first article
    that brings it to ``batch_chars``; a single longer article is a batch of its own.
    """
    batch: list[Article | Failure] = []
    chars = 0
    for item in items:
        batch.append(item)
        chars += len(item.text) if isinstance(item, Article) else 0
        if len(batch) >= settings.batch_size or chars >= settings.batch_chars:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _process_batch(batch: list[Article | Failure], nlp: Language, settings: Settings) -> Iterator[Document | Failure]:
    articles: list[Article] = []
    languages: list[str | None] = []
    results: list[Document | Failure | None] = []
    for item in batch:
        failure, language = (item, None) if isinstance(item, Failure) else _check(item, settings)
        results.append(failure)
        if failure is None:
            articles.append(item)
            languages.append(language)
    try:
        # the batch gets each article's allowance; one article over it is found by the one-by-one retry
        with deadline(settings.max_seconds * max(1, len(articles))):
            documents: list[Document | Failure] = list(_run(articles, nlp))
    except Exception as exc:  # noqa: BLE001  one article broke the batch: find which, keep the rest
        logger.warning("batch of %d failed (%s); retrying articles one by one", len(articles), _describe(exc))
        documents = [_run_one(article, nlp, settings) for article in articles]
    filled = iter(zip(documents, languages))
    for result in results:
        if result is not None:
            yield result
            continue
        document, language = next(filled)
        yield _with_language(document, language)


def _with_language(result: Document | Failure, language: str | None) -> Document | Failure:
    if isinstance(result, Document) and language:
        return result.model_copy(update={"language": language})
    return result


def _run(articles: list[Article], nlp: Language) -> list[Document]:
    docs = nlp.pipe((make_doc(nlp, a) for a in articles), batch_size=max(1, len(articles)))
    return [to_document(doc, article) for doc, article in zip(docs, articles)]


def _run_one(article: Article, nlp: Language, settings: Settings) -> Document | Failure:
    where = article.path or article.id
    try:
        with deadline(settings.max_seconds):
            return _run([article], nlp)[0]
    except ArticleTimeout:
        logger.warning("%s: stopped after %ss", where, settings.max_seconds)
        return Failure(path=where, reason=f"took longer than {settings.max_seconds:g} s (limit, see --max-seconds)")
    except Exception as exc:  # noqa: BLE001  recorded as a Failure with the reason, never dropped
        logger.exception("%s: extraction failed", where)
        return Failure(path=where, reason=f"extraction failed: {_describe(exc)}")


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {str(exc)[:300]}"


def _check(article: Article, settings: Settings) -> tuple[Failure | None, str | None]:
    """A Failure for an article the pipeline must not run, else None and the language to record."""
    where = article.path or article.id
    if len(article.text) > settings.max_chars:
        reason = f"article too long: {len(article.text)} characters (limit {settings.max_chars}, see --max-chars)"
        return Failure(path=where, reason=reason), None
    if not settings.languages:
        return None, detect_language(article.text).language
    guess = detect_language(article.text)
    if guess.language is None or guess.language in settings.languages:
        return None, guess.language
    accepted = ", ".join(settings.languages)
    if settings.other_languages == "skip":
        reason = f"language {guess.language!r} ({guess.reason}) is not accepted ({accepted}); skipped"
        return Failure(path=where, reason=reason), None
    logger.warning("%s: language %r (%s), not %s; processed with the English pipeline", where, guess.language,
                   guess.reason, accepted)
    return None, guess.language


# -- deadlines -----------------------------------------------------------------------------------

@contextlib.contextmanager
def deadline(seconds: float):
    """Raise ArticleTimeout in this thread if the block runs longer than ``seconds``."""
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
    else:
        with _watchdog(seconds):
            yield


_ALARM_REPEAT = 0.5  # seconds between repeated interrupts once the deadline has passed


@contextlib.contextmanager
def _alarm(seconds: float):
    def _expired(signum, frame):
        raise ArticleTimeout(f"over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    # the alarm repeats until the block is left: an interrupt that lands in a weakref callback or
    # a destructor is printed and dropped by Python ("Exception ignored in ..."), the next one is not
    signal.setitimer(signal.ITIMER_REAL, seconds, _ALARM_REPEAT)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _watchdog(seconds: float):
    """``deadline`` off the main thread: a watcher thread raises ArticleTimeout in this one once the
    time is up, and again every _ALARM_REPEAT seconds until the block is left (an async exception
    can be dropped as a signal's can)."""
    target = ctypes.c_ulong(threading.get_ident())
    left = threading.Event()
    lock = threading.Lock()

    def _watch() -> None:
        wait = seconds
        while not left.wait(wait):
            with lock:
                if left.is_set():
                    return
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(ArticleTimeout))
            wait = _ALARM_REPEAT

    threading.Thread(target=_watch, name="tidings-deadline", daemon=True).start()
    try:
        yield
    finally:
        with lock:
            left.set()
            ctypes.pythonapi.PyThreadState_SetAsyncExc(target, None)  # drop one set but not yet raised
