"""Reading one number expression from a token position: digits, words, scales, vague amounts.

``read_number(doc, i, tables)`` returns a :class:`NumberRun` for the longest number expression
starting at token ``i`` ("2.5 billion", "five thousand", "a dozen", "several hundred",
"tens of thousands", "US$84.50", "18bn", "10km"), or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from tidings.extract.quantity_tables import QuantityTables

_NUMERIC = re.compile(r"^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)([^\d.,].*)?$")
_ARTICLES = {"a", "an"}


@dataclass
class NumberRun:
    start: int  # first token index
    end: int  # one past the last token index
    value: float
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    currency: str | None = None  # glued currency prefix ("US$84.50")
    glued_unit: str | None = None  # glued unit suffix ("10km", "3.4%")
    has_scale: bool = False
    words_only: bool = False  # spelled out ("two", "a dozen"): weaker evidence
    scale: float = 1.0  # the last scale word's value ("2.5 billion" → 1e9)
    needs_modifier: bool = False  # "half", "a year": a quantity only after "more than", "about"...


@dataclass
class _Acc:
    total: float = 0.0
    current: float = 0.0
    seen: bool = False
    has_scale: bool = False
    literal: bool = False
    scale: float = 1.0

    def value(self) -> float:
        return self.total + self.current


def parse_literal(text: str, tables: QuantityTables) -> tuple[float, str | None, str | None, float] | None:
    """(value, currency, unit, scale or 0) of one token like "5,000", "$18bn", "10km", "3.4%"."""
    currency = None
    for symbol, code in tables.prefix_symbols:
        if text.startswith(symbol) and len(text) > len(symbol) and (text[len(symbol)].isdigit() or text[len(symbol)] == "."):
            currency, text = code, text[len(symbol) :]
            break
    match = _NUMERIC.match(text)
    if not match:
        return None
    value = float(match.group(1).replace(",", ""))
    suffix = match.group(2)
    if not suffix:
        return value, currency, None, 0.0
    if suffix.lower() in tables.suffixes:
        scale = tables.suffixes[suffix.lower()]
        return value * scale, currency, None, scale
    unit = tables.units.get((suffix,)) or tables.units.get((suffix.lower(),))
    if unit is not None:
        return value, currency, unit.unit, 0.0
    return None


def _word(doc: Doc, i: int, tables: QuantityTables):
    if i >= len(doc):
        return None
    return tables.numbers.get(doc[i].lower_)


def _read_exact(doc: Doc, i: int, tables: QuantityTables) -> NumberRun | None:
    """Digits and/or number words with scales: "2.5 billion", "one hundred and fifty", "a dozen"."""
    acc, j, currency, unit = _Acc(), i, None, None
    if doc[j].lower_ in _ARTICLES:
        nxt = _word(doc, j + 1, tables)
        if nxt is None or nxt.kind not in ("hundred", "scale", "dozen"):
            return None
        acc.current, j = 1.0, j + 1
    while j < len(doc):
        tok = doc[j]
        literal = None if acc.seen else parse_literal(tok.text, tables)
        word = _word(doc, j, tables)
        if literal is not None:
            acc.current, currency, unit, scaled = literal
            acc.seen = acc.literal = True
            acc.has_scale = bool(scaled)
            acc.scale = scaled or 1.0
            j += 1
            if unit or scaled:
                break
            j = _separate_suffix(doc, i, j, acc, tables)
            continue
        if word is None:
            if acc.seen and tok.text in ("-", "and") and _joins(doc, j, acc, tables):
                j += 1
                continue
            break
        if not _apply_word(acc, word, doc, j, tables):
            break
        j += 1
    if not acc.seen or (j == i + 1 and not acc.literal and acc.scale > 1 and doc[i].lower_ in tables.numbers):
        return None  # a bare "million" or "thousand" counts nothing
    return NumberRun(
        start=i, end=j, value=acc.value(), currency=currency, glued_unit=unit,
        has_scale=acc.has_scale, words_only=not acc.literal, scale=acc.scale,
    )


def _separate_suffix(doc: Doc, i: int, j: int, acc: _Acc, tables: QuantityTables) -> int:
    """"£3 m", "$18 bn": a scale suffix as its own token, trusted after a currency or when unambiguous."""
    if j >= len(doc) or doc[j].lower_ not in tables.suffixes:
        return j
    money = i > 0 and any(doc[i - 1].text == symbol for symbol, _ in tables.prefix_symbols)
    counted = j + 1 < len(doc) and (doc[j + 1].tag_ == "NNS" or doc[j + 1].lower_ == "of")  # "3m rounds"
    if not (money or counted) and len(doc[j].text) < 2:
        return j
    scale = tables.suffixes[doc[j].lower_]
    acc.current *= scale
    acc.scale, acc.has_scale = scale, True
    return j + 1


def _joins(doc: Doc, j: int, acc: _Acc, tables: QuantityTables) -> bool:
    """A hyphen inside "twenty-five" or the "and" of "one hundred and fifty"."""
    nxt = _word(doc, j + 1, tables)
    if nxt is None or nxt.kind != "small" or acc.literal:
        return False
    if doc[j].text == "-":
        return acc.current % 10 == 0 and 20 <= acc.current % 100 and nxt.value < 10
    return acc.current >= 100 or acc.total >= 1000


def _apply_word(acc: _Acc, word, doc: Doc, j: int, tables: QuantityTables) -> bool:
    if word.kind == "small":
        if acc.literal or (acc.seen and acc.current % 100 != 0 and acc.current % 100 < 20):
            return False
        if acc.seen and acc.current % 10 != 0:
            return False
        acc.current += word.value
    elif word.kind == "half":
        return False
    elif word.kind == "hundred":
        acc.current = (acc.current or 1.0) * word.value
        acc.has_scale = True
    elif word.kind == "dozen":
        acc.current = (acc.current or 1.0) * word.value
        acc.has_scale = True
    elif word.kind == "scale":
        acc.total += (acc.current or 1.0) * word.value
        acc.current = 0.0
        acc.has_scale = True
        acc.scale = word.value
    acc.seen = True
    return True


def read_number(doc: Doc, i: int, tables: QuantityTables) -> NumberRun | None:
    """The number expression starting at token ``i``, vague amounts included."""
    vague = _read_vague(doc, i, tables)
    if vague is not None:
        return vague
    if doc[i].lower_ == "half":
        run = _read_half(doc, i, tables)
        if run is not None:
            return run
    return _read_exact(doc, i, tables) or _read_fraction(doc, i, tables) or _read_article_unit(doc, i, tables)


def _read_fraction(doc: Doc, i: int, tables: QuantityTables) -> NumberRun | None:
    """"half", "a third", "two-thirds" as a percentage."""
    found = match_phrase(doc, i, tables.fractions)
    if found is None:
        return None
    key, end = found
    return NumberRun(start=i, end=end, value=tables.fractions[key], glued_unit="percent", words_only=True, needs_modifier=True)


def _read_article_unit(doc: Doc, i: int, tables: QuantityTables) -> NumberRun | None:
    """"a year", "an hour" (then "more than a year", "about an hour")."""
    if doc[i].lower_ not in _ARTICLES or i + 1 >= len(doc):
        return None
    if (doc[i + 1].lower_,) not in tables.units:
        return None
    return NumberRun(start=i, end=i + 1, value=1.0, words_only=True, needs_modifier=True)


def _read_half(doc: Doc, i: int, tables: QuantityTables) -> NumberRun | None:
    """"half a million"."""
    if i + 2 < len(doc) and doc[i + 1].lower_ in _ARTICLES:
        scale = _word(doc, i + 2, tables)
        if scale is not None and scale.kind == "scale":
            return NumberRun(start=i, end=i + 3, value=0.5 * scale.value, has_scale=True, words_only=True)
    return None


def match_phrase(doc: Doc, i: int, phrases, *, lower: bool = True) -> tuple[tuple[str, ...], int] | None:
    """The longest phrase of ``phrases`` (tuples of words) starting at token ``i``; glued hyphens
    inside it are skipped ("two-thirds", "nautical-mile"). Returns (phrase, end token)."""
    if i >= len(doc) or (doc[i].lower_ if lower else doc[i].text) not in first_words(phrases):
        return None
    words: list[str] = []
    ends: list[int] = []
    j = i
    while j < len(doc) and len(words) < 4:
        tok = doc[j]
        if tok.text == "-" and words and not doc[j - 1].whitespace_ and not tok.whitespace_:
            j += 1
            continue
        words.append(tok.lower_ if lower else tok.text)
        ends.append(j + 1)
        j += 1
    for n in range(len(words), 0, -1):
        if tuple(words[:n]) in phrases:
            return tuple(words[:n]), ends[n - 1]
    return None


def first_words(phrases) -> frozenset[str]:
    """First words of a phrase table (precomputed by ``PhraseTable``)."""
    cached = getattr(phrases, "first_words", None)
    return cached if cached is not None else frozenset(key[0] for key in phrases)


def _read_vague(doc: Doc, i: int, tables: QuantityTables) -> NumberRun | None:
    """"several hundred", "a few thousand", "thousands (of)", "tens of thousands", "dozens of"."""
    found = match_phrase(doc, i, tables.vague)
    if found is None:
        return None
    key, j = found
    vague = tables.vague[key]
    base = 1.0
    if vague.needs == "scale":
        scale = _word(doc, j, tables)
        if scale is None or scale.kind not in ("hundred", "scale", "dozen"):
            return None
        base, j = scale.value, j + 1
        base, j = _more_scales(doc, j, base, tables)
    elif vague.needs == "plural_scale":
        base, j = _plural_scales(doc, i, tables)
        if j is None:
            return None
    elif vague.needs == "of":
        base = 1.0
        j = j - 1  # "dozens of": the span stops before "of"
    return NumberRun(
        start=i, end=j, value=vague.value * base, low=vague.low * base, high=vague.high * base,
        approximate=True, has_scale=True, words_only=True,
    )


def _more_scales(doc: Doc, j: int, base: float, tables: QuantityTables) -> tuple[float, int]:
    """"several hundred million": further scale words multiply."""
    while (word := _word(doc, j, tables)) is not None and word.kind == "scale":
        base, j = base * word.value, j + 1
    return base, j


def _plural_scales(doc: Doc, i: int, tables: QuantityTables) -> tuple[float, int | None]:
    """"tens of thousands" → (10 000, end); "thousands" → (1000, end)."""
    base, j, seen = 1.0, i, False
    while j < len(doc):
        lower = doc[j].lower_
        singular = lower[:-1] if lower.endswith("s") else None
        word = tables.numbers.get(singular) if singular else None
        if word is None or (word.kind not in ("hundred", "scale") and singular != "ten"):
            break
        base *= 10.0 if singular == "ten" else word.value
        seen = True
        j += 1
        if j + 1 < len(doc) and doc[j].lower_ == "of" and tables.numbers.get(doc[j + 1].lower_.rstrip("s")):
            j += 1
            continue
        break
    if not seen or base < 100:
        return base, None
    return base, j
