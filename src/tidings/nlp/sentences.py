"""Sentence offsets shared by every extractor, so ``sentence`` indexes agree everywhere."""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from tidings.models import Sentence

_CACHE_KEY = "tidings_sentences"
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"\n\s*")


def sentence_spans(doc: Doc) -> list[Sentence]:
    """Sentences trimmed of surrounding whitespace; whitespace-only ones dropped."""
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is not None:
        return cached
    text, out = doc.text, []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Sentence(start=start, end=end))
    doc.user_data[_CACHE_KEY] = out
    return out


def sentence_index(doc: Doc, char: int) -> int:
    """Index into ``sentence_spans(doc)`` of the sentence holding character ``char``."""
    starts = [s.start for s in sentence_spans(doc)]
    return max(0, bisect_right(starts, char) - 1)


def paragraph_starts(text: str) -> list[int]:
    """Character offsets where the paragraphs of ``text`` start, the first at 0. Blank lines
    separate paragraphs when the text has any (plain text, perhaps hard-wrapped); otherwise every
    line break does (what HTML extraction gives)."""
    breaks = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE_BREAK
    return [0, *(match.end() for match in breaks.finditer(text))]


def break_paragraphs(doc: Doc) -> Doc:
    """Start a sentence at every paragraph start (``paragraph_starts``), before the parser runs:
    the parser otherwise joins a paragraph's last sentence to the next one's first when the
    first ends without a full stop of its own (after a closing quote, a headline)."""
    starts = set(paragraph_starts(doc.text)[1:])
    for token in doc[1:]:
        if token.idx in starts and not token.is_space:
            token.is_sent_start = True
    return doc


def paragraph_index(starts: list[int], char: int) -> int:
    """Index into ``starts`` (from ``paragraph_starts``) of the paragraph holding ``char``."""
    return max(0, bisect_right(starts, char) - 1)
