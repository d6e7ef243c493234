"""The actor network of a time window: who acts on whom, how often, and how cooperatively.

Pure functions over a Store with portable SQL and ``?`` placeholders.
"""

from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, Field

_EDGES_SQL = """
SELECT s.code, t.code, count(*), avg(e.goldstein),
       sum(CASE WHEN e.quad_class IN (1, 2) THEN 1 ELSE 0 END),
       sum(CASE WHEN e.quad_class IN (3, 4) THEN 1 ELSE 0 END)
FROM event_actors s
JOIN event_actors t ON t.event_id = s.event_id AND t.side = 'target'
JOIN events e ON e.id = s.event_id
WHERE s.side = 'source' AND s.code <> t.code{dates}
GROUP BY s.code, t.code
HAVING count(*) >= ?
ORDER BY count(*) DESC, s.code, t.code
LIMIT ?
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
        sql += " AND s.date >= ?"
        params.append(since)
    if until:
        sql += " AND s.date <= ?"
        params.append(until + "\uffff")
    return sql, params


def network(
    store, *, since: str | None = None, until: str | None = None, min_events: int = 1, max_edges: int = 500
) -> Network:
    """Directed source → target edges with at least ``min_events`` events, the busiest ``max_edges`` of them."""
    dates, params = _dates(since, until)
    rows = store.fetch(_EDGES_SQL.format(dates=dates), [*params, min_events, max_edges])
    edges = [
        Edge(source=s, target=t, events=int(n), mean_goldstein=None if g is None else round(float(g), 3),
             cooperation=int(coop or 0), conflict=int(conf or 0))
        for s, t, n, g, coop, conf in rows
    ]
    totals: dict[str, int] = {}
    for edge in edges:
        for code in (edge.source, edge.target):
            totals[code] = totals.get(code, 0) + edge.events
    names = _names(store, list(totals))
    nodes = [Node(id=code, name=names.get(code, code), events=n) for code, n in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    return Network(since=since, until=until, min_events=min_events, nodes=nodes, edges=edges)


def _names(store, codes: list[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for start in range(0, len(codes), 500):
        chunk = codes[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        names.update({code: name for code, name in store.fetch(_NAMES_SQL.format(marks=marks), chunk)})
    return names
