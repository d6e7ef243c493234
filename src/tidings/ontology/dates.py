"""The date resolver's vocabulary (data/dates/, described in data/dates/README.md).

Month and weekday names, day words ("yesterday"), count words ("two weeks ago"), relative
words ("last", "earlier this"), the frame words that make "May" a month, and the expressions
that date one event from another ("the following day", "a week after …"). The resolver in
``tidings.extract.dates`` compiles its patterns from these tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tidings.errors import ConfigError
from tidings.ontology.csvfiles import read_csv


@dataclass(frozen=True, eq=False)  # hashed by identity: the resolver caches its patterns per table
class DateTables:
    months: dict[str, int]  # "january", "jan", "sept" -> 1..12
    framed_months: frozenset[str]  # month words that are also ordinary words: "may", "mar"
    weekdays: dict[str, int]  # "monday", "mon" -> 0..6
    day_words: dict[str, int]  # "yesterday" -> -1
    counts: dict[str, int]  # "two" -> 2, "a few" -> 3
    steps: dict[str, int]  # "last" -> -1, "earlier this" -> 0, "next" -> 1
    frame_words: frozenset[str]  # "in", "since", "early"...
    anchored: dict[str, int]  # "the following day" -> 1: days from the clause it follows
    units: dict[str, int]  # "week" -> 7: an interval between two events, in days
    seasons: dict[str, int]  # "autumn" -> 9, the month it starts in
    day_parts: frozenset[str]  # "evening", "night": joined to a weekday
    hedges: frozenset[str]  # "just", "nearly": ignored before an interval's count


def _numbers(path: str, key: str, value: str, low: int, high: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for row in read_csv(path):
        number = int(row[value])
        if not low <= number <= high:
            raise ConfigError(f"{path}: {row[key]!r} has {value} {number}, outside {low}..{high}")
        out[row[key].lower()] = number
    return out


def _words(path: str) -> frozenset[str]:
    return frozenset(r["word"].lower() for r in read_csv(path))


@lru_cache(maxsize=1)
def load_date_tables() -> DateTables:
    months = read_csv("dates/months.csv")
    return DateTables(
        months=_numbers("dates/months.csv", "word", "month", 1, 12),
        framed_months=frozenset(r["word"].lower() for r in months if r["needs_frame"] == "yes"),
        weekdays=_numbers("dates/weekdays.csv", "word", "weekday", 0, 6),
        day_words=_numbers("dates/day_words.csv", "phrase", "offset", -7, 7),
        counts=_numbers("dates/count_words.csv", "word", "value", 1, 100),
        steps=_numbers("dates/relative_words.csv", "word", "step", -1, 1),
        frame_words=_words("dates/frame_words.csv"),
        anchored=_numbers("dates/anchored_words.csv", "phrase", "days", -31, 31),
        units=_numbers("dates/time_units.csv", "unit", "days", 0, 31),
        seasons=_numbers("dates/seasons.csv", "word", "month", 1, 12),
        day_parts=_words("dates/day_parts.csv"),
        hedges=_words("dates/hedge_words.csv"),
    )
