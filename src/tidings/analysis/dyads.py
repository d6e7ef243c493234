"""A pair of actors over time: how many events each way, of which kind, and how cooperative.

Pure functions over a Store; the SQL is portable (DuckDB and PostgreSQL) and uses ``?`` placeholders.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Literal, Optional

from pydantic import BaseModel, Field

from tidings.store import Store
from tidings.store.rows import SEP

Interval = Literal["day", "week", "month"]
QUAD_NAMES = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"}
_PRECISION = {"day": 10, "week": 10, "month": 7}

# Events between a and b, both directions, grouped as finely as the store can: by day, type and quad class.
# One scan of the events table; ``source``/``target`` hold codes as ";DEU;UKR;" (see store.rows).
_PAIR = "((position(? IN source) > 0 AND position(? IN target) > 0) OR (position(? IN source) > 0 AND position(? IN target) > 0))"
_DYAD_SQL = f"""
SELECT date, CASE WHEN position(? IN source) > 0 AND position(? IN target) > 0 THEN 'ab' ELSE 'ba' END AS direction,
       type, quad_class, count(*), sum(goldstein), count(goldstein)
FROM events
WHERE {_PAIR}{{dates}}
GROUP BY date, direction, type, quad_class
"""


def _pair_params(a: str, b: str) -> list[str]:
    ca, cb = SEP + a + SEP, SEP + b + SEP
    return [ca, cb, cb, ca]


class DirectionStats(BaseModel):
    events: int = 0
    mean_goldstein: Optional[float] = None
    quad_class: dict[str, int] = Field(default_factory=dict)
    types: dict[str, int] = Field(default_factory=dict)


@dataclass(slots=True)
class _Tally:
    """Running counts for one direction of one period (plain Python: thousands are summed per request)."""

    events: int = 0
    g_sum: float = 0.0
    g_n: int = 0
    quads: dict = field(default_factory=dict)
    types: dict = field(default_factory=dict)

    def add(self, kind: str, quad: int, n: int, g_sum: float | None, g_n: int) -> None:
        self.events += n
        self.g_sum += g_sum or 0.0
        self.g_n += g_n
        name = QUAD_NAMES.get(quad, str(quad))
        self.quads[name] = self.quads.get(name, 0) + n
        self.types[kind] = self.types.get(kind, 0) + n

    def stats(self) -> DirectionStats:
        mean = round(self.g_sum / self.g_n, 3) if self.g_n else None
        return DirectionStats(events=self.events, mean_goldstein=mean, quad_class=self.quads, types=self.types)


class DyadPoint(BaseModel):
    period: str = Field(description="first day of the period (YYYY-MM-DD), or YYYY-MM for months")
    start: str = Field(description="first day in the period")
    end: str = Field(description="last day in the period")
    both: DirectionStats
    a_to_b: DirectionStats
    b_to_a: DirectionStats


class DyadSeries(BaseModel):
    a: str
    b: str
    interval: Interval
    total: DirectionStats
    a_to_b: DirectionStats
    b_to_a: DirectionStats
    imprecise: int = Field(0, description="events whose date is too coarse for the interval (left out of points)")
    points: list[DyadPoint]


@functools.lru_cache(maxsize=65536)
def period_of(date: str, interval: Interval) -> tuple[str, str, str] | None:
    """(label, first day, last day) of the period holding ``date``; None when the date is too coarse."""
    if len(date) < _PRECISION[interval]:
        return None
    if interval == "month":
        year, month = int(date[:4]), int(date[5:7])
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
        return date[:7], f"{date[:7]}-01", last
    day = dt.date.fromisoformat(date[:10])
    if interval == "day":
        return day.isoformat(), day.isoformat(), day.isoformat()
    monday = day - dt.timedelta(days=day.weekday())
    return monday.isoformat(), monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()


def _date_clause(since: str | None, until: str | None) -> tuple[str, list]:
    sql, params = "", []
    if since:
        sql += " AND date >= ?"
        params.append(since)
    if until:
        sql += " AND date <= ?"
        params.append(until + "\uffff")
    return sql, params


def dyad_series(
    store: Store, a: str, b: str, *, interval: Interval = "month", since: str | None = None, until: str | None = None
) -> DyadSeries:
    """Events between actor codes ``a`` and ``b`` (either direction) per period, type and QuadClass."""
    a, b = a.upper(), b.upper()
    dates, params = _date_clause(since, until)
    rows = store.fetch(_DYAD_SQL.format(dates=dates), [SEP + a + SEP, SEP + b + SEP, *_pair_params(a, b), *params])
    periods: dict[str, tuple[str, str, dict[str, _Tally]]] = {}
    overall = {"both": _Tally(), "ab": _Tally(), "ba": _Tally()}
    imprecise = 0
    for date, direction, kind, quad, n, g_sum, g_n in rows:
        tallies = [overall["both"], overall[direction]]
        period = period_of(date, interval) if date else None
        if period is None:
            imprecise += n
        else:
            label, first, last = period
            if label not in periods:
                periods[label] = (first, last, {"both": _Tally(), "ab": _Tally(), "ba": _Tally()})
            tallies += [periods[label][2]["both"], periods[label][2][direction]]
        for tally in tallies:
            tally.add(kind, int(quad), int(n), g_sum, int(g_n))
    points = [
        DyadPoint(period=label, start=first, end=last, both=t["both"].stats(), a_to_b=t["ab"].stats(), b_to_a=t["ba"].stats())
        for label, (first, last, t) in sorted(periods.items())
    ]
    return DyadSeries(a=a, b=b, interval=interval, total=overall["both"].stats(), a_to_b=overall["ab"].stats(),
                      b_to_a=overall["ba"].stats(), imprecise=imprecise, points=points)


_DYAD_EVENTS_SQL = f"""
SELECT {{cols}} FROM events
WHERE {_PAIR}{{dates}}
ORDER BY date, article_id, trigger_start, id
LIMIT ? OFFSET ?
"""


def dyad_events(
    store: Store, a: str, b: str, *, columns: list[str], since: str | None = None, until: str | None = None,
    limit: int = 100, offset: int = 0,
) -> list[dict]:
    """The events behind a dyad (or one period of it), oldest first, as dicts of ``columns``."""
    a, b = a.upper(), b.upper()
    dates, params = _date_clause(since, until)
    cols = ", ".join(f'"{c}"' for c in columns)
    rows = store.fetch(_DYAD_EVENTS_SQL.format(cols=cols, dates=dates), [*_pair_params(a, b), *params, limit, offset])
    return [dict(zip(columns, row)) for row in rows]

