"""Publication dates written into the top of an article ("BERLIN, 4 May 2026 —")."""

from __future__ import annotations

import calendar
import datetime as dt
import re

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9  # the AP abbreviation
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_PATTERNS = [
    re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>\d{{4}})\b", re.I),
    re.compile(rf"\b(?P<m>{_MONTH})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})\b", re.I),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b"),
]
HEAD_CHARS = 300


def find_dateline(text: str, *, head: int = HEAD_CHARS) -> str | None:
    """The first full date in the first ``head`` characters, as YYYY-MM-DD, or None."""
    top = text[:head]
    found: list[tuple[int, str]] = []
    for pattern in _PATTERNS:
        match = pattern.search(top)
        if match:
            iso = _to_iso(match)
            if iso:
                found.append((match.start(), iso))
    return min(found)[1] if found else None


def _to_iso(match: re.Match) -> str | None:
    month = match["m"]
    month_no = int(month) if month.isdigit() else _MONTHS[month.lower().rstrip(".")]
    try:
        return dt.date(int(match["y"]), month_no, int(match["d"])).isoformat()
    except ValueError:
        return None


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def check_date(value: str) -> str:
    """Validate a YYYY-MM-DD string, returning it unchanged; anything else raises ValueError."""
    if not _ISO_DAY.fullmatch(value):
        raise ValueError(f"{value!r} is not a date in the form YYYY-MM-DD")
    dt.date.fromisoformat(value)
    return value
