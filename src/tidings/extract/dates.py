"""Dates of events, resolved against the publication date with our own rules.

``resolve_date("on Sunday", published=date(2026, 5, 4), future=False)`` → ``"2026-05-03"``.
Results are ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` depending on what the text says: "at the
end of April" is a month, "last week" is the month it fell in, "in 2024" a year. A weekday is
the most recent such day on or before publication for past events and the next one after it
for future events, so a past event is never dated after its article.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_WEEKDAYS.update({d.lower(): i for i, d in enumerate(calendar.day_abbr)})
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3, "few": 3}

_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_FULL = [
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b", re.I),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b", re.I),
    re.compile(rf"\b{_YEAR}-(?P<month>\d{{2}})-(?P<day>\d{{2}})\b"),
]
_MONTH_ONLY = re.compile(rf"\b{_MONTH}(?:,?\s+{_YEAR})?\b", re.I)
_YEAR_ONLY = re.compile(rf"\b{_YEAR}\b")
_WEEKDAY = re.compile(r"\b(?:(?P<rel>last|this|next|past|coming)\s+)?(?P<wd>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\b", re.I)
_AGO = re.compile(r"\b(?P<n>\d+|a few|several|few|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>day|week|month|year)s?\s+(?:ago|earlier|before)\b", re.I)
_RELATIVE = re.compile(r"\b(?P<rel>last|this|next|past|coming|earlier\s+this|later\s+this|previous|the)\s+(?P<unit>week|month|year|weekend)\b", re.I)
_DAYWORDS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
             "yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2}


def resolve_date(text: str, *, published: str | date | None, future: bool = False) -> str | None:
    """The date a time expression names, or None when it names none we can place."""
    pub = _as_date(published)
    lowered = " ".join(text.lower().split())
    for rule in (_full, _dayword, _weekday, _ago, _relative, _month, _year):
        value = rule(lowered, pub, future)
        if value is not None:
            return value
    return None


def _as_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _month_number(token: str) -> int:
    return int(token) if token.isdigit() else _MONTHS[token.lower().rstrip(".")]


def _infer_year(month: int, day: int | None, pub: date, future: bool) -> int:
    """Year of a month/day without a year: this year, unless that puts it on the wrong side of publication."""
    when, now = (month, day or 0), (pub.month, pub.day if day else 0)
    if future and when < now:
        return pub.year + 1
    if not future and when > now:
        return pub.year - 1
    return pub.year


def _full(text: str, pub: date | None, future: bool) -> str | None:
    for pattern in _FULL:
        m = pattern.search(text)
        if not m:
            continue
        month, day = _month_number(m.group("month")), int(m.group("day"))
        year = int(m.group("year")) if m.group("year") else (pub and _infer_year(month, day, pub, future))
        if not year or not 1 <= day <= calendar.monthrange(year, month)[1]:
            continue
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _dayword(text: str, pub: date | None, future: bool) -> str | None:
    if pub is None:
        return None
    for word, delta in sorted(_DAYWORDS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{word}\b", text):
            return (pub + timedelta(days=delta)).isoformat()
    return None


def _weekday(text: str, pub: date | None, future: bool) -> str | None:
    m = _WEEKDAY.search(text)
    if pub is None or not m:
        return None
    wd, rel = _WEEKDAYS[m.group("wd").lower()], (m.group("rel") or "").lower()
    back = (pub.weekday() - wd) % 7
    if rel in ("next", "coming") or (future and rel != "last"):
        ahead = (wd - pub.weekday()) % 7 or 7
        return (pub + timedelta(days=ahead)).isoformat()
    if rel in ("last", "past"):
        back = back or 7
    return (pub - timedelta(days=back)).isoformat()


def _ago(text: str, pub: date | None, future: bool) -> str | None:
    m = _AGO.search(text)
    if pub is None or not m:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else _NUMBERS.get(m.group("n").lower(), 1)
    unit = m.group("unit").lower()
    if unit == "day":
        return (pub - timedelta(days=n)).isoformat()
    if unit == "week":
        return _month_of(pub - timedelta(weeks=n))
    if unit == "month":
        return _shift_month(pub, -n)
    return f"{pub.year - n:04d}"


def _relative(text: str, pub: date | None, future: bool) -> str | None:
    m = _RELATIVE.search(text)
    if pub is None or not m:
        return None
    rel, unit = m.group("rel").split()[0].lower(), m.group("unit").lower()
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    if unit in ("week", "weekend"):
        return _month_of(pub + timedelta(weeks=step))
    if unit == "month":
        return _shift_month(pub, step)
    return f"{pub.year + step:04d}"


def _month(text: str, pub: date | None, future: bool) -> str | None:
    for m in _MONTH_ONLY.finditer(text):
        word = m.group("month").lower()
        if word in ("may", "mar", "jan", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr") and not _month_context(text, m):
            continue
        month = _MONTHS[word]
        year = int(m.group("year")) if m.group("year") else (pub and _infer_year(month, None, pub, future))
        if year:
            return f"{year:04d}-{month:02d}"
    return None


def _month_context(text: str, m: re.Match) -> bool:
    """Short month words ("may", "mar") count only in a date-like frame."""
    before = text[: m.start()].split()[-2:]
    return bool(m.group("year")) or bool(set(before) & {"in", "of", "since", "until", "early", "late", "mid", "end", "by"}) or text.strip() == m.group(0)


def _year(text: str, pub: date | None, future: bool) -> str | None:
    m = _YEAR_ONLY.search(text)
    return m.group("year") if m else None


def _month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _shift_month(pub: date, step: int) -> str:
    index = pub.year * 12 + pub.month - 1 + step
    return f"{index // 12:04d}-{index % 12 + 1:02d}"
