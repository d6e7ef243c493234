"""HTML articles through trafilatura: main text, title, author, date, canonical URL."""

from __future__ import annotations

import trafilatura

from tidings.errors import ReadError
from tidings.ingest.ids import article_id
from tidings.ingest.text import decode, normalize
from tidings.models import Article


def parse_html(html: str, *, path: str, published: str | None = None) -> Article:
    if not html.strip():
        raise ReadError(path, "empty file: no HTML")
    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except (ValueError, TypeError, RecursionError) as exc:
        raise ReadError(path, f"HTML could not be parsed: {exc}")
    if result is None or not (result.text or "").strip():
        raise ReadError(path, "no article text found in the HTML")
    text = normalize(result.text)
    title = (result.title or "").strip() or None
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1 :].lstrip()
    date = published or _iso_day(result.date)
    return Article(
        id=article_id(text),
        text=text,
        title=title,
        url=result.url or None,
        source=result.sitename or result.hostname or None,
        author=result.author or None,
        published=date,
        path=path,
    )


def _iso_day(value: str | None) -> str | None:
    return value[:10] if value and len(value) >= 10 and value[4] == "-" else None


def read_html_file(path: str, *, published: str | None = None) -> Article:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise ReadError(path, exc.strerror or str(exc))
    return parse_html(decode(data, path=path), path=path, published=published)
