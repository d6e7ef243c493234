"""Turn command-line paths (files, directories, ``-``) into a stream of Articles and Failures."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from tidings.errors import ReadError
from tidings.ingest.html import parse_html, read_html_file
from tidings.ingest.jsonl import parse_jsonl
from tidings.ingest.text import decode, parse_text, read_text_file
from tidings.models import Article, Failure

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def read_paths(
    paths: Iterable[str], *, published: str | None = None, stdin: TextIO | None = None
) -> Iterator[Article | Failure]:
    """Read every input; a path that fails becomes a Failure and the stream goes on."""
    for path in paths:
        if path == "-":
            yield from _read_stdin(stdin or sys.stdin, published=published)
        elif os.path.isdir(path):
            for file in _walk(path):
                yield from read_file(file, published=published)
        else:
            yield from read_file(path, published=published)


def read_file(path: str, *, published: str | None = None) -> Iterator[Article | Failure]:
    suffix = Path(path).suffix.lower()
    try:
        if not os.path.exists(path):
            raise ReadError(path, "no such file or directory")
        if not os.path.isfile(path):
            raise ReadError(path, "not a regular file")
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl_file(path, published=published)
        elif suffix in HTML_SUFFIXES:
            yield read_html_file(path, published=published)
        elif suffix in TEXT_SUFFIXES or not suffix:
            yield read_text_file(path, published=published)
        else:
            raise ReadError(path, f"unsupported file type {suffix!r} (use .txt, .html or .jsonl)")
    except ReadError as exc:
        yield Failure(path=exc.path, reason=exc.reason)


def _read_jsonl_file(path: str, *, published: str | None) -> Iterator[Article | Failure]:
    try:
        with open(path, "rb") as handle:
            text = decode(handle.read(), path=path)
    except OSError as exc:
        raise ReadError(path, exc.strerror or str(exc))
    yield from parse_jsonl(text.splitlines(), path=path, published=published)


def _read_stdin(stream: TextIO, *, published: str | None) -> Iterator[Article | Failure]:
    raw = stream.read()
    head = raw.lstrip()[:1]
    try:
        if head == "{":
            yield from parse_jsonl(raw.splitlines(), path="<stdin>", published=published)
        elif head == "<":
            yield parse_html(raw, path="<stdin>", published=published)
        else:
            yield parse_text(raw, path="<stdin>", published=published)
    except ReadError as exc:
        yield Failure(path=exc.path, reason=exc.reason)


def _walk(root: str) -> Iterator[str]:
    """Supported files under ``root``, recursively, in a stable order."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if Path(name).suffix.lower() in SUFFIXES and not name.startswith("."):
                yield os.path.join(folder, name)
