"""Quoted stretches of text, found by their marks: straight "…", curly “…” and ‘…’.

Marks are paired within a paragraph (a line of the article). A quote still open at the end
of its paragraph is closed there when it holds a few words (news style continues a long quote
in the next paragraph with a fresh opening mark) and skipped otherwise; both are logged.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

logger = logging.getLogger(__name__)

_OPEN = {"“": "”", "„": "”", "«": "»"}
_STRAIGHT = '"'
_MIN_OPEN_WORDS = 3
_TRIM = " \t,;"
_WORD = re.compile(r"[^\W\d_]", re.UNICODE)
_MARKS = re.compile("[“”„«»\"‘’']")
_SINGLE = {"‘": "’", "'": "'"}  # single quotes, told from apostrophes by their neighbours


@dataclass(frozen=True)
class Marked:
    """One quoted stretch: ``start``/``end`` delimit the words inside the marks."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int  # offset of the closing mark, or the paragraph end when unclosed
    closed: bool


def quoted_stretches(text: str) -> list[Marked]:
    found: list[Marked] = []
    offset = 0
    for line in text.split("\n"):
        found.extend(_in_paragraph(line, offset))
        offset += len(line) + 1
    return found


def _in_paragraph(line: str, base: int) -> list[Marked]:
    found, opened, closer = [], None, None
    for match in _MARKS.finditer(line):
        i, char = match.start(), match.group()
        if opened is None:
            if char in _OPEN:
                opened, closer = i, _OPEN[char]
            elif char == _STRAIGHT:
                opened, closer = i, _STRAIGHT
            elif char in _SINGLE and _opens_single(line, i):
                opened, closer = i, _SINGLE[char]
        elif char == closer and not (closer in _SINGLE.values() and _inside_word(line, i)):
            found.extend(_stretch(line, base, opened, i, closed=True))
            opened = None
        elif closer in _SINGLE.values() and (char in _OPEN or char == _STRAIGHT):
            opened, closer = i, _OPEN.get(char, _STRAIGHT)  # the single mark was an apostrophe
    if opened is not None and closer in _SINGLE.values():
        logger.info("single quote mark at %d not closed: taken for an apostrophe", base + opened)
    elif opened is not None:
        stretch = _stretch(line, base, opened, len(line), closed=False)
        if stretch and len(line[opened + 1 :].split()) >= _MIN_OPEN_WORDS:
            logger.info("quote opened at %d is not closed in its paragraph; closed at the paragraph end", base + opened)
            found.extend(stretch)
        else:
            logger.info("unbalanced quote mark at %d skipped", base + opened)
    return found


def _opens_single(line: str, i: int) -> bool:
    return (i == 0 or not line[i - 1].isalnum()) and i + 1 < len(line) and line[i + 1].isalnum()


def _inside_word(line: str, i: int) -> bool:
    """An apostrophe ("Iran’s", "it's"), not a closing single quote."""
    return i + 1 < len(line) and line[i + 1].isalnum()


def _stretch(line: str, base: int, opened: int, closed_at: int, *, closed: bool) -> list[Marked]:
    start, end = opened + 1, closed_at
    while start < end and line[start] in _TRIM:
        start += 1
    while end > start and line[end - 1] in _TRIM:
        end -= 1
    if end <= start or not _WORD.search(line[start:end]):
        return []
    return [Marked(base + start, base + end, base + opened, base + closed_at, closed)]
