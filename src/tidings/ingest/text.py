"""Plain-text articles: first line is the title, a dateline near the top gives the date.

Also the byte-level helpers every reader shares: bounded reading (the size limit is checked
before a file is read), decoding (BOM, UTF-8, UTF-16 without BOM, Windows-1252 for stray
bytes) and normalization (newlines, control characters, lone surrogates).
"""

from __future__ import annotations

import codecs
import logging
import os
import re

from tidings.errors import ReadError
from tidings.ingest.dateline import find_dateline
from tidings.ingest.ids import article_id
from tidings.models import Article

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 10_000_000
_BOMS = [
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
]
_CONTROL_OK = {"\n", "\r", "\t", "\f"}
_HEAD = 8192
_ERRORS = "tidings-cp1252"
# C0/C1 controls other than tab and newline, lone surrogates, and non-characters never belong in article text.
_STRIP = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_bytes(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A file's bytes; the size limit is checked on the open file before reading, and enforced while reading."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise ReadError(path, _too_big(size, max_bytes))
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ReadError(path, exc.strerror or str(exc))
    if len(data) > max_bytes:  # the file grew after the check, or reports no size
        raise ReadError(path, _too_big(len(data), max_bytes))
    return data


def _too_big(size: int, limit: int) -> str:
    return f"file too large: {size} bytes (limit {limit}, see --max-bytes)"


def _cp1252_fallback(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not UTF-8 are read as Windows-1252 (U+FFFD where it has no character)."""
    chunk = exc.object[exc.start : exc.end]
    return chunk.decode("cp1252", errors="replace"), exc.end


def _register_fallback() -> None:
    try:
        codecs.lookup_error(_ERRORS)
    except LookupError:
        codecs.register_error(_ERRORS, _cp1252_fallback)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM: every other byte is NUL in ASCII-heavy text."""
    head = data[:_HEAD]
    if len(head) < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2
    for zeros, encoding in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros > 0.4 * half and min(odd, even) < 0.05 * half:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def decode(data: bytes, *, path: str) -> str:
    """Bytes to text: a BOM wins, then UTF-8, with stray non-UTF-8 bytes read as Windows-1252.

    UTF-16 without a BOM is recognised by its NUL bytes. Raises ReadError for binary data.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReadError(path, f"invalid {encoding} after its byte-order mark: {exc.reason}")
    if b"\x00" in data[:_HEAD]:
        text = _utf16_without_bom(data)
        if text is None:
            raise ReadError(path, "binary file (contains NUL bytes), not text")
        logger.warning("%s: no byte-order mark; read as UTF-16", path)
    else:
        text = _decode_8bit(data, path=path)
    controls = sum(1 for ch in text[:_HEAD] if ord(ch) < 32 and ch not in _CONTROL_OK)
    if controls > 0.01 * min(len(text), _HEAD) + 2:
        raise ReadError(path, "binary file (control characters), not text")
    return text


def _decode_8bit(data: bytes, *, path: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        _register_fallback()
        logger.warning("%s: not UTF-8 (bad byte at offset %d); those bytes read as Windows-1252", path, exc.start)
        return data.decode("utf-8", errors=_ERRORS)


def normalize(text: str) -> str:
    """Unix newlines, no control characters or lone surrogates, no trailing spaces, no blank edges."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = _SURROGATE.sub("\ufffd", _STRIP.sub("", text))
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


def read_text_file(path: str, *, published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    return parse_text(decode(read_bytes(path, max_bytes=max_bytes), path=path), path=path, published=published)
