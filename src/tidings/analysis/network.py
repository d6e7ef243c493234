"""The actor network of a time window: who acts on whom, how often, and how cooperatively.

Pure functions over a Store with portable SQL and ``?`` placeholders.
"""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field

from tidings.store.rows import SEP

# One scan of the events table grouped by its code lists (";DEU;UKR;"); compound sides are split in Python.
_PAIRS_SQL = """
SELECT source, target, count(*), sum(goldstein), count(goldstein),
       sum(CASE WHEN quad_class IN (1, 2) THEN 1 ELSE 0 END), sum(CASE WHEN quad_class IN (3, 4) THEN 1 ELSE 0 END)
FROM events
WHERE source <> '' AND target <> ''{dates}
GROUP BY source, target
"""

_NAMES_SQL = "SELECT code, min(name) FROM event_actors WHERE code IN ({marks}) GROUP BY code"


class Node(BaseModel):
    id: str = Field(description="actor code")
    name: str
    events: int = Field(description="events on the edges kept, as source or target")


class Edge(BaseModel):
    source: str
    target: str
    events: int
    mean_goldstein: Optional[float]
    cooperation: int = Field(description="events of QuadClass 1 or 2")
    conflict: int = Field(description="events of QuadClass 3 or 4")


class Network(BaseModel):
    since: Optional[str]
    until: Optional[str]
    min_events: int
    nodes: list[Node]
    edges: list[Edge]


def _dates(since: str | None, until: str | None) -> tuple[str, list]:
    sql, params = "", []
    if since:
        sql += " AND date >= ?"
        params.append(since)
    if until:
        sql += " AND date <= ?"
        params.append(until + "\uffff")
    return sql, params


def _codes(joined: str) -> list[str]:
    return [code for code in joined.split(SEP) if code]


def _edge_totals(rows: list[tuple]) -> dict[tuple[str, str], list[float]]:
    """(source code, target code) → [events, goldstein sum, goldstein count, cooperation, conflict]."""
    totals: dict[tuple[str, str], list[float]] = {}
    for source, target, n, g_sum, g_n, coop, conf in rows:
        for s in _codes(source):
            for t in _codes(target):
                if s == t:
                    continue
                acc = totals.setdefault((s, t), [0, 0.0, 0, 0, 0])
                for i, value in enumerate((n, g_sum or 0.0, g_n, coop or 0, conf or 0)):
                    acc[i] += value
    return totals


def network(
    store, *, since: str | None = None, until: str | None = None, min_events: int = 1, max_edges: int = 500
) -> Network:
    """Directed source → target edges with at least ``min_events`` events, the busiest ``max_edges`` of them."""
    dates, params = _dates(since, until)
    totals = _edge_totals(store.fetch(_PAIRS_SQL.format(dates=dates), params))
    kept = sorted(((k, v) for k, v in totals.items() if v[0] >= min_events), key=lambda kv: (-kv[1][0], kv[0]))[:max_edges]
    edges = [
        Edge(source=s, target=t, events=int(n), mean_goldstein=round(g_sum / g_n, 3) if g_n else None,
             cooperation=int(coop), conflict=int(conf))
        for (s, t), (n, g_sum, g_n, coop, conf) in kept
    ]
    degree: dict[str, int] = {}
    for edge in edges:
        for code in (edge.source, edge.target):
            degree[code] = degree.get(code, 0) + edge.events
    names = _names(store, list(degree))
    nodes = [Node(id=code, name=names.get(code, code), events=n) for code, n in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))]
    return Network(since=since, until=until, min_events=min_events, nodes=nodes, edges=edges)


def _names(store, codes: list[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        names.update({code: name for code, name in store.fetch(_NAMES_SQL.format(marks=marks), chunk)})
    return names
