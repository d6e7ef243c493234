"""Fuzz targets: each takes bytes (or text) and checks the reader's contract.

A reader may return an Article (or Failures) or raise ReadError; anything else is a crash. An
Article's text is normalized, storable (valid UTF-8, no NUL) and its id is what the store accepts.
The pipeline target also checks every offset and the JSON Schema (tests/test_properties.py).
"""

from __future__ import annotations

import io

from tidings.errors import ReadError
from tidings.ingest.html import decode_html, parse_html
from tidings.ingest.jsonl import read_jsonl_stream
from tidings.ingest.text import decode, normalize, parse_text
from tidings.models import Article, Failure

MAX_BYTES = 100_000


def _check_article(article: Article) -> None:
    assert isinstance(article, Article), article
    assert article.text and article.text == normalize(article.text), repr(article.text[:200])
    article.text.encode("utf-8")  # no lone surrogates
    assert "\x00" not in article.text and "\x00" not in article.id
    for value in (article.title, article.url, article.source, article.author, article.id):
        if value is not None:
            value.encode("utf-8")


def fuzz_text(data: bytes) -> None:
    try:
        _check_article(parse_text(decode(data, path="fuzz.txt"), path="fuzz.txt"))
    except ReadError as exc:
        assert exc.reason


def fuzz_html(data: bytes) -> None:
    try:
        _check_article(parse_html(decode_html(data, path="fuzz.html"), path="fuzz.html"))
    except ReadError as exc:
        assert exc.reason


def fuzz_jsonl(data: bytes) -> None:
    for item in read_jsonl_stream(io.BytesIO(data), path="fuzz.jsonl", max_bytes=MAX_BYTES):
        if isinstance(item, Failure):
            assert item.reason and item.path.startswith("fuzz.jsonl:")
            item.reason.encode("utf-8")
        else:
            _check_article(item)


READERS = {"text": fuzz_text, "html": fuzz_html, "jsonl": fuzz_jsonl}


def target_for(name: str):
    """The target a saved crash file belongs to: its name starts with the target's name."""
    return READERS[name.split("-", 1)[0]]
