"""Dates of events, resolved against the publication date with our own rules.

``resolve_date("on Sunday", published=date(2026, 5, 4), future=False)`` → ``"2026-05-03"``.
Results are ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` depending on what the text says: "at the
end of April" is a month, "last week" is the month it fell in, "in 2024" a year. A weekday is
the most recent such day on or before publication for past events and the next one after it
for future events, so a past event is never dated after its article.

The vocabulary (month and weekday names, "yesterday", "two", "last", "earlier this"…) lives in
``ontology/data/dates/``; the patterns are compiled from it once per table set.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Span, Token

from tidings.ontology.dates import DateTables, load_date_tables

@dataclass(frozen=True)
class _Patterns:
    tables: DateTables
    full: tuple[re.Pattern, ...]
    month_only: re.Pattern
    year_only: re.Pattern
    weekday: re.Pattern
    ago: re.Pattern
    relative: re.Pattern
    season: re.Pattern
    day_words: tuple[tuple[re.Pattern, int], ...]


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=4)
def _patterns(tables: DateTables) -> _Patterns:
    month = rf"(?P<month>{_alternation(tables.months)})\.?"
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    year = r"(?P<year>(?:19|20)\d{2})"
    steps = _alternation(tables.steps)
    return _Patterns(
        tables=tables,
        full=(
            re.compile(rf"\b{month}\s+{day}(?:,?\s+{year})?\b", re.I),
            re.compile(rf"\b{day}\s+(?:of\s+)?{month}(?:,?\s+{year})?\b", re.I),
            re.compile(rf"\b{year}-(?P<month>\d{{2}})-(?P<day>\d{{2}})\b"),
        ),
        month_only=re.compile(rf"\b{month}(?:,?\s+{year})?\b", re.I),
        year_only=re.compile(rf"\b{year}\b"),
        weekday=re.compile(rf"\b(?:(?P<rel>{steps})\s+)?(?P<wd>{_alternation(tables.weekdays)})\b", re.I),
        ago=re.compile(
            rf"\b(?P<n>\d+|{_alternation(tables.counts)})\s+(?P<unit>day|week|month|year)s?\s+(?:ago|earlier|before)\b", re.I
        ),
        relative=re.compile(rf"\b(?P<rel>{steps})\s+(?P<unit>week|month|year|weekend)\b", re.I),
        season=re.compile(rf"\b(?:(?P<rel>{steps})\s+)?(?P<season>{_alternation(tables.seasons)})\b", re.I),
        day_words=tuple(
            (re.compile(rf"\b{_alternation([w])}\b"), delta)
            for w, delta in sorted(tables.day_words.items(), key=lambda kv: -len(kv[0]))
        ),
    )


def resolve_date(
    text: str, *, published: str | date | None, future: bool = False, tables: DateTables | None = None
) -> str | None:
    """The date a time expression names, or None when it names none we can place."""
    pats = _patterns(tables or load_date_tables())
    pub = _as_date(published)
    lowered = " ".join(text.lower().split())
    if lowered in pats.tables.anchored:
        return None  # "the following day" follows another event, not the publication date
    for rule in (_full, _dayword, _weekday, _ago, _relative, _month, _year, _season):
        value = rule(lowered, pub, future, pats)
        if value is not None:
            return value
    return None


def date_phrase(ent: Span, *, tables: DateTables | None = None) -> tuple[Token, str]:
    """The token attaching a DATE/TIME entity to its clause and the text to resolve.

    spaCy splits "on Sunday evening" into DATE "Sunday" (a compound of "evening") and TIME
    "evening": the phrase is "Sunday evening" and "evening" carries the attachment to the verb.
    """
    parts = (tables or load_date_tables()).day_parts
    root, end = ent.root, ent.end
    while root.dep_ == "compound" and root.head.i >= end and root.head.i - end <= 1 and root.head.lower_ in parts:
        root, end = root.head, root.head.i + 1
    return root, ent.doc[ent.start : end].text


def anchored_offset(ent: Span, *, tables: DateTables | None = None) -> tuple[Token, int] | None:
    """A time expression that dates its clause from the clause above it: the verb it dates and
    the distance in days from that clause's date.

    "held talks on Tuesday, [a week] after Tehran curbed …" → (curbed, −7); "two days before …"
    → +2; "and the navy staged a drill [the following day]" → (staged, +1).
    """
    tables = tables or load_date_tables()
    text, verb = " ".join(ent.text.lower().split()), ent.root.head
    if verb.pos_ not in ("VERB", "AUX") or ent.root.dep_ not in ("npadvmod", "advmod"):
        return None
    if text in tables.anchored:
        return verb, tables.anchored[text]
    mark = next((ch.lower_ for ch in verb.children if ch.dep_ == "mark"), None)
    days = _interval_days(text, tables)
    if ent.root.dep_ != "npadvmod" or mark not in ("after", "before") or days is None:
        return None
    return verb, -days if mark == "after" else days


def when_antecedent(verb: Token, ents: list[Span]) -> Span | None:
    """The time expression a "when" clause elaborates: "met in Geneva [in March], when they
    agreed …", "the largest since [December], when China held drills" (a relative clause on
    the date, or an adverbial clause right after it and a comma)."""
    when = next((ch for ch in verb.children if ch.dep_ == "advmod" and ch.lower_ == "when" and ch.i < verb.i), None)
    if when is None:
        return None
    doc = verb.doc
    for ent in ents:
        if verb.dep_ == "relcl" and ent.start <= verb.head.i < ent.end:
            return ent
        between = doc[ent.end : when.i]
        if verb.dep_ == "advcl" and ent.end <= when.i and len(between) <= 1 and all(t.is_punct for t in between):
            return ent
    return None


def _interval_days(text: str, tables: DateTables) -> int | None:
    """'a week' → 7, 'two days' → 2, 'hours' → 0, 'less than 24 hours' → 0."""
    words = text.split()
    unit = words[-1].rstrip("s") if words else ""
    if unit not in tables.units:
        return None
    count = " ".join(w for w in words[:-1] if w not in tables.hedges)
    if not count:  # "hours after" is the same day; "days after" says not how many
        return 0 if tables.units[unit] == 0 else None
    n = int(count) if count.isdigit() else tables.counts.get(count)
    return n * tables.units[unit] if n else None


def shift_date(value: str, days: int) -> str:
    """A resolved date moved by ``days``; a month or year stays as it is for intervals under a month."""
    if len(value) == 10:
        return (date.fromisoformat(value) + timedelta(days=days)).isoformat()
    return value


def _as_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _month_number(token: str, pats: _Patterns) -> int:
    return int(token) if token.isdigit() else pats.tables.months[token.lower().rstrip(".")]


def _infer_year(month: int, day: int | None, pub: date, future: bool) -> int:
    """Year of a month/day without a year: this year, unless that puts it on the wrong side of publication."""
    when, now = (month, day or 0), (pub.month, pub.day if day else 0)
    if future and when < now:
        return pub.year + 1
    if not future and when > now:
        return pub.year - 1
    return pub.year


def _full(text: str, pub: date | None, future: bool, pats: _Patterns) -> str | None:
    for pattern in pats.full:
        m = pattern.search(text)
        if not m:
            continue
        month, day = _month_number(m.group("month"), pats), int(m.group("day"))
        if not 1 <= month <= 12:
            continue
        year = int(m.group("year")) if m.group("year") else (pub and _infer_year(month, day, pub, future))
        if not year or not 1 <= day <= calendar.monthrange(year, month)[1]:
            continue
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _dayword(text: str, pub: date | None, future: bool, pats: _Patterns) -> str | None:
    if pub is None:
        return None
    for pattern, delta in pats.day_words:
        if pattern.search(text):
            return (pub + timedelta(days=delta)).isoformat()
    return None


def _weekday(text: str, pub: date | None, future: bool, pats: _Patterns) -> str | None:
    m = pats.weekday.search(text)
    if pub is None or not m:
        return None
    wd = pats.tables.weekdays[m.group("wd").lower()]
    step = pats.tables.steps.get(" ".join((m.group("rel") or "").lower().split())) if m.group("rel") else None
    back = (pub.weekday() - wd) % 7
    if step == 1 or (future and step != -1):
        ahead = (wd - pub.weekday()) % 7 or 7
        return (pub + timedelta(days=ahead)).isoformat()
    if step == -1:
        back = back or 7
    return (pub - timedelta(days=back)).isoformat()


def _ago(text: str, pub: date | None, future: bool, pats: _Patterns) -> str | None:
    m = pats.ago.search(text)
    if pub is None or not m:
        return None
    word = " ".join(m.group("n").lower().split())
    n = int(word) if word.isdigit() else pats.tables.counts.get(word, 1)
    unit = m.group("unit").lower()
    if unit == "day":
        return (pub - timedelta(days=n)).isoformat()
    if unit == "week":
        return _month_of(pub - timedelta(weeks=n))
    if unit == "month":
        return _shift_month(pub, -n)
    return f"{pub.year - n:04d}"


def _relative(text: str, pub: date | None, future: bool, pats: _Patterns) -> str | None:
    m = pats.relative.search(text)
    if pub is None or not m:
        return None
    step = pats.tables.steps[" ".join(m.group("rel").lower().split())]
    unit = m.group("unit").lower()
    if unit in ("week", "weekend"):
        return _month_of(pub + timedelta(weeks=step))
    if unit == "month":
        return _shift_month(pub, step)
    return f"{pub.year + step:04d}"


def _month(text: str, pub: date | None, future: bool, pats: _Patterns) -> str | None:
    for m in pats.month_only.finditer(text):
        word = m.group("month").lower()
        if word in pats.tables.framed_months and not _month_context(text, m, pats):
            continue
        month = pats.tables.months[word]
        year = int(m.group("year")) if m.group("year") else (pub and _infer_year(month, None, pub, future))
        if year:
            return f"{year:04d}-{month:02d}"
    return None


def _month_context(text: str, m: re.Match, pats: _Patterns) -> bool:
    """Short month words ("may", "mar") count only in a date-like frame."""
    before = text[: m.start()].split()[-2:]
    return bool(m.group("year")) or bool(set(before) & pats.tables.frame_words) or text.strip() == m.group(0)


def _year(text: str, pub: date | None, future: bool, pats: _Patterns) -> str | None:
    m = pats.year_only.search(text)
    return m.group("year") if m else None


def _season(text: str, pub: date | None, future: bool, pats: _Patterns) -> str | None:
    """'last autumn', 'this summer', 'in the spring': the year the season starts in."""
    m = pats.season.search(text)
    if pub is None or not m:
        return None
    start = pats.tables.seasons[m.group("season").lower()]
    step = pats.tables.steps.get(" ".join((m.group("rel") or "").lower().split()), 0)
    begun = pub.month >= start  # this year's season has started by publication
    if step == -1:
        year = pub.year - 1 if pub.month < start + 3 else pub.year
    elif step == 1:
        year = pub.year + 1 if begun else pub.year
    else:
        year = _infer_year(start, None, pub, future) if not begun or future else pub.year
    return f"{year:04d}"


def _month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _shift_month(pub: date, step: int) -> str:
    index = pub.year * 12 + pub.month - 1 + step
    return f"{index // 12:04d}-{index % 12 + 1:02d}"
