"""HTML articles through trafilatura: main text, title, author, date, canonical URL.

Pages nested deeper than libxml2's limit (trafilatura sees nothing past 255 levels) are read
again by a flat, non-recursive text collector, with a warning. A page with no body text is
skipped with a reason.
"""

from __future__ import annotations

import codecs
import logging
import re
from html.parser import HTMLParser

import trafilatura

from tidings.errors import ReadError
from tidings.ingest.dateline import check_date
from tidings.ingest.ids import article_id
from tidings.ingest.text import DEFAULT_MAX_BYTES, decode, normalize, read_bytes
from tidings.models import Article

logger = logging.getLogger(__name__)

LXML_MAX_DEPTH = 255
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})""", re.I)
_SKIP = {"script", "style", "head", "noscript", "template", "svg", "nav", "footer", "aside"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote"}


class _FlatText(HTMLParser):
    """Visible text and the deepest nesting, without building a tree (no recursion)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.depth = self.max_depth = self.skipping = 0

    def handle_starttag(self, tag, attrs) -> None:
        if tag in _BLOCK:
            self.parts.append("\n")
        if tag in _VOID:
            return
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        self.skipping += tag in _SKIP

    def handle_endtag(self, tag) -> None:
        if tag in _VOID:
            return
        self.depth = max(0, self.depth - 1)
        if tag in _SKIP and self.skipping:
            self.skipping -= 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        if not self.skipping:
            self.parts.append(data)


def _flat_text(html: str) -> tuple[str, int]:
    parser = _FlatText()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line), parser.max_depth


def _fallback(html: str, path: str) -> str:
    text, depth = _flat_text(html)
    if depth > LXML_MAX_DEPTH and text:
        logger.warning("%s: HTML nested %d levels deep; read as flat text", path, depth)
        return text
    raise ReadError(path, "no article text found in the HTML")


def parse_html(html: str, *, path: str, published: str | None = None) -> Article:
    if not html.strip():
        raise ReadError(path, "empty file: no HTML")
    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except (ValueError, TypeError, RecursionError) as exc:
        raise ReadError(path, f"HTML could not be parsed: {exc}")
    found = (result.text or "") if result is not None else ""
    text = normalize(found) if found.strip() else normalize(_fallback(html, path))
    if not text:
        raise ReadError(path, "no article text found in the HTML")
    title = ((result.title if result is not None else None) or "").strip() or None
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1 :].lstrip()
    date = published or _iso_day(result.date if result is not None else None)
    return Article(
        id=article_id(text),
        text=text,
        title=normalize(title) if title else None,
        url=_field(result, "url"),
        source=_field(result, "sitename") or _field(result, "hostname"),
        author=_field(result, "author"),
        published=date,
        path=path,
    )


def _field(result, name: str) -> str | None:
    value = getattr(result, name, None) if result is not None else None
    return normalize(value) or None if isinstance(value, str) else None


def _iso_day(value: str | None) -> str | None:
    if not value or len(value) < 10:
        return None
    try:
        return check_date(value[:10])
    except ValueError:
        return None


def decode_html(data: bytes, *, path: str) -> str:
    """Like ``decode``, but a page that is not UTF-8 and declares its charset is read in that charset."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        declared = _CHARSET.search(data[:4096])
        charset = declared.group(1).decode("ascii").lower() if declared else ""
        try:
            codecs.lookup(charset)
        except LookupError:
            charset = ""
        if charset and not charset.replace("-", "").replace("_", "").startswith("utf"):
            return data.decode(charset, errors="replace")
    return decode(data, path=path)


def read_html_file(path: str, *, published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    return parse_html(decode_html(read_bytes(path, max_bytes=max_bytes), path=path), path=path, published=published)
