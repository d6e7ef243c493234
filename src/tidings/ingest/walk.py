"""Turn command-line paths (files, directories, ``-``) into a stream of Articles and Failures.

``walk_inputs`` is the one walk: ``read_paths`` (a single-process ingest), the distributed planner
(``tidings.distributed.plan_units``) and the progress count all use it, so the same directory gives
the same inputs and the same failures with or without ``--workers``.

Rules for what a walk meets (docs/hostile-input.md has the full table):
- Symbolic links are followed when ``follow_symlinks`` (the default): links to files are read,
  links to directories are walked, but every real file and every real directory is visited at
  most once, so a link loop or a second link to the same place reads nothing twice. A broken
  link is a Failure. With ``follow_symlinks=False`` every link found inside a directory is
  skipped with a Failure (a link named on the command line is still read).
- Hidden files and directories (a leading dot) are not walked; unsupported suffixes are ignored
  in a walk and a Failure when named directly.
- Anything that is not a regular file (FIFO, socket, device) is a Failure, never opened.
- Paths that are not valid UTF-8 are reported with U+FFFD in place of the bad bytes.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, TextIO

from tidings.config import Settings
from tidings.errors import ReadError
from tidings.ingest.html import parse_html, read_html_file
from tidings.ingest.jsonl import parse_jsonl, read_jsonl_file
from tidings.ingest.text import parse_text, read_text_file
from tidings.models import Article, Failure

logger = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


@dataclass
class _Seen:
    """Real files and directories already visited in one walk."""

    files: set[tuple[int, int]] = field(default_factory=set)
    dirs: set[tuple[int, int]] = field(default_factory=set)


def shown(path: str) -> str:
    """A path safe to print and store: undecodable bytes become U+FFFD, control characters are escaped."""
    text = os.fsencode(path).decode("utf-8", errors="replace")
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def walk_inputs(paths: Iterable[str], *, settings: Settings | None = None) -> Iterator[str | Failure]:
    """The inputs named by ``paths``, in order: ``"-"`` for standard input, file paths, and Failures.

    The one walk every reader uses (single process, ``--workers``, the progress count), so a
    directory yields the same inputs and the same failures whichever way it is ingested. Each real
    file is yielded once, however many paths (links, repeated arguments) reach it.
    """
    settings = settings or Settings()
    seen = _Seen()
    for path in paths:
        if path == "-":
            yield path
        elif os.path.isdir(path):
            for file in _walk(path, seen, settings=settings):
                if isinstance(file, Failure) or _first_visit(file, seen):
                    yield file
        elif _first_visit(path, seen):
            yield path


def read_paths(
    paths: Iterable[str], *, published: str | None = None, stdin: TextIO | None = None,
    settings: Settings | None = None,
) -> Iterator[Article | Failure]:
    """Read every input; a path that fails becomes a Failure and the stream goes on."""
    settings = settings or Settings()
    for item in walk_inputs(paths, settings=settings):
        if isinstance(item, Failure):
            yield item
        elif item == "-":
            yield from _read_stdin(stdin or sys.stdin, published=published, settings=settings)
        else:
            yield from read_file(item, published=published, settings=settings)


def _first_visit(path: str, seen: _Seen) -> bool:
    """False when the real file behind ``path`` was already yielded (anything else is read, or refused, once)."""
    try:
        info = os.stat(path)
    except OSError:
        return True
    if not stat.S_ISREG(info.st_mode):
        return True
    key = (info.st_dev, info.st_ino)
    if key in seen.files:
        logger.info("%s: already read through another path; skipped", shown(path))
        return False
    seen.files.add(key)
    return True


def read_file(path: str, *, published: str | None = None, settings: Settings | None = None) -> Iterator[Article | Failure]:
    """The articles of one file, or Failures; every ``path`` they carry is safe to store and print."""
    items = _read_file(path, published=published, settings=settings or Settings())
    yield from items if shown(path) == path else map(with_shown_path, items)


def with_shown_path(item: Article | Failure) -> Article | Failure:
    """``item`` with its path as ``shown`` gives it (a file name that is not UTF-8 cannot be stored)."""
    return item.model_copy(update={"path": shown(item.path)}) if item.path else item


def _read_file(path: str, *, published: str | None, settings: Settings) -> Iterator[Article | Failure]:
    suffix = Path(path).suffix.lower()
    try:
        _check_file(path)
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl_file(path, published=published, max_bytes=settings.max_bytes)
        elif suffix in HTML_SUFFIXES:
            yield read_html_file(path, published=published, max_bytes=settings.max_bytes)
        elif suffix in TEXT_SUFFIXES or not suffix:
            yield read_text_file(path, published=published, max_bytes=settings.max_bytes)
        else:
            raise ReadError(path, f"unsupported file type {shown(suffix)!r} (use .txt, .html or .jsonl)")
    except ReadError as exc:
        yield Failure(path=shown(exc.path), reason=exc.reason)


def _check_file(path: str) -> None:
    if os.path.islink(path) and not os.path.exists(path):
        raise ReadError(path, "broken symbolic link")
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise ReadError(path, "no such file or directory")
    except OSError as exc:
        raise ReadError(path, exc.strerror or str(exc))
    if not stat.S_ISREG(mode):
        raise ReadError(path, "not a regular file")


def _read_stdin(stream: TextIO, *, published: str | None, settings: Settings) -> Iterator[Article | Failure]:
    raw = stream.read(settings.max_bytes + 1)
    try:
        if len(raw) > settings.max_bytes:
            raise ReadError("<stdin>", f"input too large: over {settings.max_bytes} characters (see --max-bytes)")
        head = raw.lstrip()[:1]
        if head == "{":
            yield from parse_jsonl(raw.split("\n"), path="<stdin>", published=published)
        elif head == "<":
            yield parse_html(raw, path="<stdin>", published=published)
        else:
            yield parse_text(raw, path="<stdin>", published=published)
    except ReadError as exc:
        yield Failure(path=exc.path, reason=exc.reason)


def _walk(root: str, seen: _Seen, *, settings: Settings) -> Iterator[str | Failure]:
    """Supported files under ``root``, recursively, in a stable order; each real directory once."""
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, followlinks=settings.follow_symlinks, onerror=errors.append):
        yield from _walk_failures(errors)
        try:
            info = os.stat(folder)
        except OSError as exc:
            errors.append(exc)
            continue
        if (info.st_dev, info.st_ino) in seen.dirs:
            logger.warning("%s: directory already walked (symbolic link loop or second link); skipped", shown(folder))
            dirs[:] = []
            continue
        seen.dirs.add((info.st_dev, info.st_ino))
        kept = []
        for name in sorted(d for d in dirs if not d.startswith(".")):
            full = os.path.join(folder, name)
            if os.path.islink(full) and not settings.follow_symlinks:
                yield Failure(path=shown(full), reason="symbolic link to a directory: not followed (follow_symlinks off)")
            else:
                kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            if Path(name).suffix.lower() in SUFFIXES and not name.startswith("."):
                full = os.path.join(folder, name)
                if os.path.islink(full) and not settings.follow_symlinks:
                    yield Failure(path=shown(full), reason="symbolic link: not followed (follow_symlinks off)")
                else:
                    yield full
    yield from _walk_failures(errors)


def _walk_failures(errors: list[OSError]) -> Iterator[Failure]:
    while errors:
        exc = errors.pop(0)
        yield Failure(path=shown(str(exc.filename or "?")), reason=f"cannot list directory: {exc.strerror or exc}")
