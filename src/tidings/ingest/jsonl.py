"""JSONL input: one article per line, ``{"id", "text", "published"?, "title"?, "url"?, "source"?}``.

Files are streamed line by line (never read whole); a line longer than the byte limit, a line
that is not a JSON object, or one without text becomes a Failure naming ``path:line`` and the
rest of the file is still read.
"""

from __future__ import annotations

import json
from itertools import islice
from typing import BinaryIO, Iterable, Iterator

from pydantic import ValidationError

from tidings.errors import ReadError
from tidings.ingest.dateline import check_date
from tidings.ingest.ids import article_id
from tidings.ingest.text import DEFAULT_MAX_BYTES, decode, normalize, read_bytes
from tidings.models import Article, Failure

_FIELDS = ("title", "url", "source", "author")
MAX_ID_CHARS = 256
_CHUNK = 1 << 16
_HEAD = 4096


def _load(line: str, where: str) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ReadError(where, f"malformed JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:
        raise ReadError(where, "malformed JSON: nested too deeply")
    except ValueError as exc:  # e.g. an integer too long to convert
        raise ReadError(where, f"malformed JSON: {str(exc)[:120]}")
    if not isinstance(record, dict):
        raise ReadError(where, "expected a JSON object per line")
    return record


def _article_id(record: dict, text: str, where: str) -> str:
    given = record.get("id")
    if given is None or given == "":
        return article_id(text)
    if isinstance(given, bool) or not isinstance(given, (str, int)):
        raise ReadError(where, f"invalid field: 'id' must be a string or an integer, not {type(given).__name__}")
    value = normalize(str(given))
    if not value or len(value) > MAX_ID_CHARS:
        raise ReadError(where, f"invalid field: 'id' must be 1 to {MAX_ID_CHARS} characters")
    return value


def _text_field(record: dict, key: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, (dict, list)):
        return None
    return normalize(str(value)) or None


def parse_jsonl_line(line: str, *, where: str, published: str | None = None) -> Article:
    record = _load(line, where)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError(where, "no 'text' field with article text")
    text = normalize(text)
    if not text:
        raise ReadError(where, "no 'text' field with article text")
    date = record.get("published") or published
    try:
        date = check_date(str(date)[:10]) if date else None
        return Article(
            id=_article_id(record, text, where),
            text=text,
            published=date,
            path=where,
            **{key: value for key in _FIELDS if (value := _text_field(record, key))},
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


def read_lines(handle: BinaryIO, *, path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[str | ReadError]:
    """Decoded lines of a binary stream; a line over ``max_bytes`` is skipped (to its newline) as a ReadError."""
    number = 0
    while True:
        raw = handle.readline(max_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            size = len(raw) + _skip_line(handle)
            yield ReadError(f"{path}:{number}", f"line too long: {size} bytes (limit {max_bytes}, see --max-bytes)")
            continue
        try:
            yield decode(raw, path=f"{path}:{number}")
        except ReadError as exc:
            yield exc


def _skip_line(handle: BinaryIO) -> int:
    skipped = 0
    while chunk := handle.readline(_CHUNK):
        skipped += len(chunk)
        if chunk.endswith(b"\n"):
            break
    return skipped


def _wide_encoding(head: bytes) -> bool:
    return head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")) or b"\x00" in head


def read_jsonl_file(path: str, *, published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Failure]:
    """Stream a JSONL file: Articles and per-line Failures; the file is never held in memory."""
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield Failure(path=path, reason=exc.strerror or str(exc))
        return
    with handle:
        if _wide_encoding(handle.read(_HEAD)):  # UTF-16/32: lines cannot be cut at b"\n"; read whole, bounded
            yield from parse_jsonl(decode(read_bytes(path, max_bytes=max_bytes), path=path).split("\n"),
                                   path=path, published=published)
            return
        handle.seek(0)
        yield from read_jsonl_stream(handle, path=path, published=published, max_bytes=max_bytes)


def read_jsonl_stream(
    handle: BinaryIO, *, path: str, published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
    lines: tuple[int, int] | None = None,
) -> Iterator[Article | Failure]:
    """Articles and per-line Failures from a binary stream of UTF-8 (or legacy 8-bit) JSONL.

    ``lines=(first, last)`` keeps only lines first..last-1 (1-based), as a distributed partition does.
    """
    first, last = lines or (1, None)
    numbered = enumerate(read_lines(handle, path=path, max_bytes=max_bytes), start=1)
    for number, line in islice(numbered, first - 1, None if last is None else last - 1):
        if isinstance(line, ReadError):
            yield Failure(path=line.path, reason=line.reason)
        elif line.strip():
            where = f"{path}:{number}"
            try:
                yield parse_jsonl_line(line.rstrip("\r\n"), where=where, published=published)
            except ReadError as exc:
                yield Failure(path=exc.path, reason=exc.reason)


def jsonl_line_count(path: str, *, skip_blank: bool = False) -> int | None:
    """Lines in a JSONL file as ``read_jsonl_file`` numbers them; None for UTF-16/32 files, which are read whole.

    Raises OSError when the file cannot be opened (the reader then reports it as a Failure).
    """
    with open(path, "rb") as handle:
        if _wide_encoding(handle.read(_HEAD)):
            return None
        handle.seek(0)
        if skip_blank:
            return sum(1 for line in handle if line.strip())
        return sum(1 for _ in handle)
