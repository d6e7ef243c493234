"""Sentence offsets shared by every extractor, so ``sentence`` indexes agree everywhere."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc

from tidings.models import Sentence

_CACHE_KEY = "tidings_sentences"


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
