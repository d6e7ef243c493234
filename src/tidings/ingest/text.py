"""Plain-text articles: first line is the title, a dateline near the top gives the date."""

from __future__ import annotations

import logging

from tidings.errors import ReadError
from tidings.ingest.dateline import find_dateline
from tidings.ingest.ids import article_id
from tidings.models import Article

logger = logging.getLogger(__name__)

_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
_CONTROL_OK = {"\n", "\r", "\t", "\f"}


def decode(data: bytes, *, path: str) -> str:
    """Bytes to text: a BOM wins, then UTF-8, then Windows-1252 for legacy files.

    Raises ReadError for binary data or bytes that fit no encoding.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReadError(path, f"invalid {encoding} after its byte-order mark: {exc.reason}")
    if b"\x00" in data[:8192]:
        raise ReadError(path, "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ReadError(path, f"not UTF-8 (bad byte at offset {exc.start}) and not Windows-1252")
        logger.warning("%s: not UTF-8 (bad byte at offset %d); read as Windows-1252", path, exc.start)
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in _CONTROL_OK)
    if controls > 0.01 * min(len(text), 8192) + 2:
        raise ReadError(path, "binary file (control characters), not text")
    return text


def normalize(text: str) -> str:
    """Unix newlines, no trailing spaces at line ends, no leading/trailing blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def parse_text(raw: str, *, path: str, published: str | None = None) -> Article:
    """A plain-text article: the first line is the title unless the text is one line."""
    text = normalize(raw)
    if not text:
        raise ReadError(path, "empty file: no text")
    title, _, body = text.partition("\n")
    body = body.strip()
    if not body:
        title, body = None, text
    return Article(
        id=article_id(body),
        text=body,
        title=title.strip() if title else None,
        published=published or find_dateline(body),
        path=path,
    )


def read_text_file(path: str, *, published: str | None = None) -> Article:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise ReadError(path, exc.strerror or str(exc))
    return parse_text(decode(data, path=path), path=path, published=published)
