"""JSONL input: one article per line, ``{"id", "text", "published"?, "title"?, "url"?, "source"?}``."""

from __future__ import annotations

import json
from typing import Iterable, Iterator

from pydantic import ValidationError

from tidings.errors import ReadError
from tidings.ingest.dateline import check_date
from tidings.ingest.ids import article_id
from tidings.ingest.text import normalize
from tidings.models import Article, Failure

_FIELDS = ("title", "url", "source", "author")


def parse_jsonl_line(line: str, *, where: str, published: str | None = None) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ReadError(where, f"malformed JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(record, dict):
        raise ReadError(where, "expected a JSON object per line")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(where, "no 'text' field with article text")
    text = normalize(text)
    date = record.get("published") or published
    try:
        date = check_date(str(date)[:10]) if date else None
        return Article(
            id=str(record.get("id") or article_id(text)),
            text=text,
            published=date,
            path=where,
            **{key: str(record[key]) for key in _FIELDS if record.get(key)},
        )
    except (ValueError, ValidationError) as exc:
        raise ReadError(where, f"invalid field: {exc}")


def parse_jsonl(lines: Iterable[str], *, path: str, published: str | None = None) -> Iterator[Article | Failure]:
    """Every line becomes an Article or a Failure naming the line; one bad line stops nothing."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield parse_jsonl_line(line, where=where, published=published)
        except ReadError as exc:
            yield Failure(path=exc.path, reason=exc.reason)
