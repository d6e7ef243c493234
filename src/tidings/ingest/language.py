"""Which language an article is written in: offline, cheap, and cautious.

The rule, applied to the first ``SAMPLE`` characters:

1. Letters are sorted by script (Unicode ranges in ``data/scripts.csv``). When more than
   ``SCRIPT_SHARE`` of the letters belong to one non-Latin script, the text is in that script's
   language: Arabic → ``ar``, Han → ``zh`` (``ja`` when kana make up at least ``KANA_SHARE`` of
   the CJK letters), Hangul → ``ko``, Cyrillic → ``ru``, and so on.
2. Latin-script text with at least ``MIN_WORDS`` words is scored by function words
   (``data/function_words.csv``): the share of its words that are in each language's list.
   When another language leads, words that belong to names are left out and the shares counted
   again: a capitalized word inside a sentence ("Die Linke",
   "El Salvador", "Le Pen", "Den Haag") and a name particle between capitalized words
   (``data/name_particles.csv``: "Juan de la Cruz", "Lula da Silva", "Ursula von der Leyen"), so
   a short English wire brief full of foreign names stays English.
   English wins when its share is at least ``MIN_SHARE`` and no other language's is higher;
   another language wins when its share is at least ``MIN_SHARE``, above English's, and made of
   at least ``MIN_DISTINCT`` different function words.
3. Anything else (short texts, numbers, symbols, no clear winner) is undetermined (``None``):
   the pipeline treats it as English, since that is the only model it has.

The pipeline then skips or warns about articles whose language is not accepted
(``Settings.languages`` and ``Settings.other_languages``).
"""

from __future__ import annotations

import bisect
import csv
import functools
import io
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable
from importlib import resources

SAMPLE = 5_000
SCRIPT_SHARE = 0.5
KANA_SHARE = 0.05
MIN_WORDS = 12
MIN_SHARE = 0.08
MIN_DISTINCT = 3
_SENTENCE_GAP = re.compile(r"[.!?:\n\"“„«—–]")  # a word after one of these starts a sentence (or a quotation)
_NAME_GAP = re.compile(r"[\s\-]+")  # what separates the parts of one name
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_LATIN_END = 0x024F


@dataclass(frozen=True)
class Guess:
    """A detected language (ISO 639-1) or None, with how it was decided."""

    language: str | None
    reason: str


@dataclass(frozen=True)
class _Tables:
    starts: tuple[int, ...]
    ranges: tuple[tuple[int, int, str, str], ...]
    languages: tuple[str, ...]
    words: dict[str, tuple[str, ...]]  # function word -> the languages that list it
    particles: frozenset[tuple[str, ...]]  # name particles, as word tuples ("von", "der")
    non_latin: re.Pattern  # any letter in one of the ranges


def _read(name: str) -> list[dict[str, str]]:
    text = resources.files("tidings.ingest").joinpath("data", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@functools.cache
def _tables() -> _Tables:
    ranges = sorted((int(r["start"], 16), int(r["end"], 16), r["script"], r["language"]) for r in _read("scripts.csv"))
    words: dict[str, list[str]] = {}
    languages = []
    for row in _read("function_words.csv"):
        languages.append(row["language"])
        for word in set(row["words"].split()):
            words.setdefault(word, []).append(row["language"])
    non_latin = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b, _, _ in ranges) + "]")
    particles = frozenset(tuple(row["particle"].split()) for row in _read("name_particles.csv"))
    return _Tables(starts=tuple(r[0] for r in ranges), ranges=tuple(ranges), languages=tuple(languages),
                   words={w: tuple(langs) for w, langs in words.items()}, particles=particles, non_latin=non_latin)


def _script(ch: str, tables: _Tables) -> tuple[str, str] | None:
    code = ord(ch)
    if code <= _LATIN_END or 0x1E00 <= code <= 0x1EFF:
        return None
    i = bisect.bisect_right(tables.starts, code) - 1
    if i >= 0 and code <= tables.ranges[i][1]:
        return tables.ranges[i][2], tables.ranges[i][3]
    return None


def _by_script(sample: str, words: list[str], tables: _Tables) -> Guess | None:
    others = [ch for ch in tables.non_latin.findall(sample) if ch.isalpha()]
    letters = sum(map(len, words))
    if not letters or len(others) <= SCRIPT_SHARE * letters:
        return None
    counts: dict[tuple[str, str], int] = {}
    for ch in others:
        found = _script(ch, tables)
        if found:
            counts[found] = counts.get(found, 0) + 1
    by_language: dict[str, int] = {}
    for (_, language), n in counts.items():
        by_language[language] = by_language.get(language, 0) + n
    cjk = by_language.get("zh", 0) + by_language.get("ja", 0)
    if cjk and by_language.get("ja", 0) >= KANA_SHARE * cjk:
        by_language["ja"], by_language["zh"] = cjk, 0
    elif cjk:
        by_language["zh"], by_language["ja"] = cjk, 0
    language, n = max(by_language.items(), key=lambda kv: kv[1], default=(None, 0))
    if language and n > SCRIPT_SHARE * letters:
        scripts = sorted({script for (script, lang), _ in counts.items() if lang in (language, "zh", "ja")})
        script = scripts[0] if language not in ("zh", "ja") else "CJK"
        return Guess(language, f"{n * 100 // letters}% of the letters are in the {script} script")
    return None


def _name_parts(head: str, matches: list[re.Match], tables: _Tables) -> set[int]:
    """Indexes of the words that belong to names: capitalized inside a sentence, or particles between names."""
    def capital(i: int) -> bool:
        return 0 <= i < len(matches) and matches[i].group()[0].isupper()

    def joined(i: int) -> bool:  # word i follows word i - 1 inside one name
        return i > 0 and _NAME_GAP.fullmatch(head[matches[i - 1].end():matches[i].start()]) is not None

    parts = set()
    for i, match in enumerate(matches):
        if i and capital(i) and not _SENTENCE_GAP.search(head[matches[i - 1].end():match.start()]):
            parts.add(i)
        if capital(i - 1) and joined(i) and not capital(i):
            for size in (2, 1):
                end = i + size
                chain = tuple(m.group() for m in matches[i:end])
                if chain in tables.particles and capital(end) and all(joined(k) for k in range(i, end + 1)):
                    parts.update(range(i, end))
                    break
    return parts


def _hits(words: Iterable[str], tables: _Tables) -> dict[str, Counter]:
    """Per language, how often each of its function words occurs in ``words`` (any case)."""
    hits: dict[str, Counter] = {language: Counter() for language in tables.languages}
    for word, n in Counter(words).items():
        lower = word.lower()
        for language in tables.words.get(lower, ()):
            hits[language][lower] += n
    return hits


def _verdict(hits: dict[str, Counter], n_words: int) -> Guess | None:
    shares = {language: sum(found.values()) / n_words for language, found in hits.items()}
    english = shares.get("en", 0.0)
    other, best = max(((lang, s) for lang, s in shares.items() if lang != "en" and len(hits[lang]) >= MIN_DISTINCT),
                      key=lambda kv: kv[1], default=("", 0.0))
    if english >= MIN_SHARE and english >= best:
        return Guess("en", f"{english:.0%} English function words")
    if best >= MIN_SHARE and best > english:
        return Guess(other, f"{best:.0%} {other} function words against {english:.0%} English")
    return None


def _by_words(head: str, words: list[str], tables: _Tables) -> Guess | None:
    if len(words) < MIN_WORDS:
        return None
    guess = _verdict(_hits(words, tables), len(words))
    if guess is None or guess.language == "en":
        return guess  # leaving names out could only lower the shares: nothing would change
    matches = list(_WORD.finditer(head))  # another language leads: is it only names?
    names = _name_parts(head, matches, tables)
    return _verdict(_hits((m.group() for i, m in enumerate(matches) if i not in names), tables), len(words))


def detect_language(text: str, *, sample: int = SAMPLE) -> Guess:
    """The language of ``text`` by the rule in this module's docstring."""
    tables = _tables()
    head = text[:sample]
    words = _WORD.findall(head)
    return (_by_script(head, words, tables) or _by_words(head, words, tables)
            or Guess(None, "too little text to tell the language"))
