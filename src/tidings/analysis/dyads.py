"""A pair of actors over time: how many events each way, of which kind, and how cooperative.

Pure functions over a Store; the SQL is portable (DuckDB and PostgreSQL) and uses ``?`` placeholders.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import BaseModel, Field

from tidings.store import Store

Interval = Literal["day", "week", "month"]
QUAD_NAMES = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"}
_PRECISION = {"day": 10, "week": 10, "month": 7}

# events between a and b, both directions, grouped as finely as the store can: by day, type and quad class
_DYAD_SQL = """
SELECT e.date, d.direction, e.type, e.quad_class, count(*), sum(e.goldstein), count(e.goldstein)
FROM events e JOIN (
    SELECT s.event_id, CASE WHEN s.code = ? THEN 'ab' ELSE 'ba' END AS direction
    FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id AND t.side = 'target'
    WHERE s.side = 'source' AND ((s.code = ? AND t.code = ?) OR (s.code = ? AND t.code = ?))
    GROUP BY s.event_id, s.code
) d ON d.event_id = e.id
{where}
GROUP BY e.date, d.direction, e.type, e.quad_class
"""


class DirectionStats(BaseModel):
    events: int = 0
    goldstein_sum: float = Field(0.0, exclude=True)
    goldstein_n: int = Field(0, exclude=True)
    mean_goldstein: Optional[float] = None
    quad_class: dict[str, int] = Field(default_factory=dict)
    types: dict[str, int] = Field(default_factory=dict)

    def add(self, kind: str, quad: int, n: int, g_sum: float | None, g_n: int) -> None:
        self.events += n
        self.goldstein_sum += g_sum or 0.0
        self.goldstein_n += g_n
        self.mean_goldstein = round(self.goldstein_sum / self.goldstein_n, 3) if self.goldstein_n else None
        name = QUAD_NAMES.get(quad, str(quad))
        self.quad_class[name] = self.quad_class.get(name, 0) + n
        self.types[kind] = self.types.get(kind, 0) + n


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
    clauses, params = [], []
    if since:
        clauses.append("e.date >= ?")
        params.append(since)
    if until:
        clauses.append("e.date <= ?")
        params.append(until + "\uffff")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def dyad_series(
    store: Store, a: str, b: str, *, interval: Interval = "month", since: str | None = None, until: str | None = None
) -> DyadSeries:
    """Events between actor codes ``a`` and ``b`` (either direction) per period, type and QuadClass."""
    a, b = a.upper(), b.upper()
    where, params = _date_clause(since, until)
    rows = store.fetch(_DYAD_SQL.format(where=where), [a, a, b, b, a, *params])
    points: dict[str, DyadPoint] = {}
    total, ab, ba = DirectionStats(), DirectionStats(), DirectionStats()
    imprecise = 0
    for date, direction, kind, quad, n, g_sum, g_n in rows:
        stats = (total, ab if direction == "ab" else ba)
        period = period_of(date, interval) if date else None
        if period is None:
            imprecise += n
        else:
            label, first, last = period
            point = points.get(label) or points.setdefault(label, _empty_point(label, first, last))
            stats += (point.both, point.a_to_b if direction == "ab" else point.b_to_a)
        for s in stats:
            s.add(kind, int(quad), int(n), g_sum, int(g_n))
    ordered = [points[k] for k in sorted(points)]
    return DyadSeries(a=a, b=b, interval=interval, total=total, a_to_b=ab, b_to_a=ba, imprecise=imprecise, points=ordered)


def _empty_point(label: str, first: str, last: str) -> DyadPoint:
    return DyadPoint(period=label, start=first, end=last, both=DirectionStats(), a_to_b=DirectionStats(), b_to_a=DirectionStats())


_DYAD_EVENTS_SQL = """
SELECT {cols} FROM events e
WHERE e.id IN (
    SELECT s.event_id FROM event_actors s JOIN event_actors t ON t.event_id = s.event_id AND t.side = 'target'
    WHERE s.side = 'source' AND ((s.code = ? AND t.code = ?) OR (s.code = ? AND t.code = ?))
){and_dates}
ORDER BY e.date, e.article_id, e.trigger_start, e.id
LIMIT ? OFFSET ?
"""


def dyad_events(
    store: Store, a: str, b: str, *, columns: list[str], since: str | None = None, until: str | None = None,
    limit: int = 100, offset: int = 0,
) -> list[dict]:
    """The events behind a dyad (or one period of it), oldest first, as dicts of ``columns``."""
    a, b = a.upper(), b.upper()
    where, params = _date_clause(since, until)
    cols = ", ".join(f'e."{c}"' for c in columns)
    sql = _DYAD_EVENTS_SQL.format(cols=cols, and_dates=where.replace(" WHERE ", " AND ", 1))
    rows = store.fetch(sql, [a, b, b, a, *params, limit, offset])
    return [dict(zip(columns, row)) for row in rows]

