"""Cheap text evidence for event deduplication: content tokens of a trigger sentence and their weights.

Pure Python, no model: a sentence becomes a set of lowercased content words and numbers
(stop words from spaCy's English list dropped, plurals and possessives folded), weighted by
inverse document frequency over the event sentences of the store. Two mentions are similar
when the weighted share of their tokens is high: rare words (names, places, numbers such as
"5,000") count most, common ones ("said", "Monday") little.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from typing import Callable, Iterable

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_][\w'’\-]*[^\W_]|[^\W\d_]")
_STOP = frozenset(w.lower() for w in STOP_WORDS)
__all__ = ["STOP_WORDS", "Weights", "content_tokens", "similarity", "trigger_stems"]


def _fold(word: str) -> str:
    """'Germany's' -> 'germany', 'tariffs' -> 'tariff', '5,000' -> '5000'."""
    word = word.lower().replace("’", "'")
    if word[0].isdigit():
        return word.replace(",", "").rstrip(".")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


@functools.lru_cache(maxsize=200_000)
def _content(word: str) -> str:
    """The folded word, or '' for a stop word or a lone letter."""
    if len(word) < 2 and not word.isdigit():
        return ""
    folded = _fold(word)
    return "" if folded in _STOP else folded


def content_tokens(text: str) -> frozenset[str]:
    """The set of folded content words and numbers of ``text``."""
    return frozenset(filter(None, map(_content, _WORD.findall(text))))


def trigger_stems(trigger: str) -> frozenset[str]:
    """Crude stems of a trigger's content words, so that 'impose' meets 'imposed' and 'threat' meets
    'threatened': their first five letters. Stop words count only in a trigger made of nothing else."""
    words = [w.lower() for w in _WORD.findall(trigger)]
    content = [w for w in words if len(w) > 2 and w not in _STOP] or words
    return frozenset(w[:5] for w in content)


PRIOR_SENTENCES = 1000


class Weights:
    """Inverse document frequency of tokens over a sample of event sentences.

    The sample is padded with ``PRIOR_SENTENCES`` imaginary sentences holding none of the tokens,
    so that weights from a small store (a dozen articles on one story, where the story's own
    names are in most sentences) are close to those from a large one.
    """

    def __init__(self, df: Counter, n_docs: int):
        self.n_docs = n_docs
        self._df = df
        self._unseen = self._idf(0)
        self._cache = _WeightTable(self._compute)

    @classmethod
    def from_sentences(cls, sentences: Iterable[frozenset[str]]) -> "Weights":
        df: Counter = Counter()
        n = 0
        for tokens in sentences:
            df.update(tokens)
            n += 1
        return cls(df, n)

    def _idf(self, df: int) -> float:
        return math.log((self.n_docs + PRIOR_SENTENCES + 1) / (df + 1)) + 1.0

    def _compute(self, token: str) -> float:
        df = self._df.get(token, 0)
        return self._idf(df) if df else self._unseen

    def df(self, token: str) -> int:
        return self._df.get(token, 0)

    def weight(self, token: str) -> float:
        return self._cache[token]

    def mass(self, tokens: frozenset[str]) -> float:
        return sum(map(self._cache.__getitem__, tokens))


class _WeightTable(dict):
    """token -> weight, each computed on first use (a dict lookup per token after that)."""

    def __init__(self, compute: Callable[[str], float]) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, token: str) -> float:
        found = self[token] = self._compute(token)
        return found


def similarity(a: frozenset[str], b: frozenset[str], weights: Weights, *, mass_a: float, mass_b: float) -> float:
    """Weighted cosine of two token sets (0..1): the idf mass they share over the geometric mean of theirs."""
    if not a or not b:
        return 0.0
    shared = weights.mass(a & b)
    return shared / math.sqrt(mass_a * mass_b) if shared else 0.0
