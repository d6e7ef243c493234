"""The listing queries behind the API: filters as in the CLI, sortable, paginated, stably ordered."""

from __future__ import annotations

import functools
from typing import Any

import orjson
import pycountry

from tidings.store import Filter, Store
from tidings.store.query import ORDER, where
from tidings.store.rows import SEP, TABLES
from tidings.store.schema import columns, quote
from tidings.web.event_index import EventIndex
from tidings.web.event_json import RowEncoder

EVENT_COLUMNS = columns(TABLES["events"])
QUOTE_COLUMNS = columns(TABLES["quotes"])
ARTICLE_COLUMNS = [c for c in columns(TABLES["articles"]) if c != "document"]
SORTABLE = {
    "events": ["date", "type", "status", "source", "target", "goldstein", "quad_class", "confidence", "trigger_text"],
    "quotes": ["published", "speaker", "kind", "text"],
    "articles": ["published", "title", "source", "n_events", "n_quotes"],
}
_TIEBREAK = {"events": "id", "quotes": "id", "articles": "id"}
_LIST_FIELDS = {"source", "target", "source_names", "target_names", "contexts"}


def list_rows(
    store: Store, table: str, f: Filter, *, sort: str | None = None, order: str = "desc", index: EventIndex | None = None
) -> tuple[int, list[dict[str, Any]]]:
    """(total matching, one page of rows) for ``events``, ``quotes`` or ``articles``.

    Events come from ``index`` (the events table in memory) when one is given, with the same rows in the same order.
    """
    if table == "events" and index is not None:
        return index.page(f, sort=sort, descending=order != "asc", split=dict.fromkeys(_LIST_FIELDS, SEP))
    cols = {"events": EVENT_COLUMNS, "quotes": QUOTE_COLUMNS, "articles": ARTICLE_COLUMNS}[table]
    clause, params = where(table, f)
    if sort:
        direction = "ASC" if order == "asc" else "DESC"
        ordering = f"{quote(sort)} {direction} NULLS LAST, {_TIEBREAK[table]}"
    else:
        ordering = ORDER[table]
    select = ", ".join(quote(c) for c in cols)
    rows = store.fetch(f"SELECT {select} FROM {table}{clause} ORDER BY {ordering} LIMIT ? OFFSET ?", [*params, f.limit, f.offset])
    total = int(store.fetch(f"SELECT count(*) FROM {table}{clause}", params)[0][0])
    return total, [shape_row(table, dict(zip(cols, row))) for row in rows]


def event_page_json(f: Filter, *, sort: str | None, order: str, index: EventIndex) -> tuple[int, orjson.Fragment]:
    """(total matching, the page's rows as JSON): what ``list_rows`` gives from ``index``, encoded without dicts."""
    total, chosen = index.select(f, sort=sort, descending=order != "asc")
    encoder = index.memo.get("json")
    if encoder is None:
        encoder = index.memo["json"] = RowEncoder(index.columns, dict.fromkeys(_LIST_FIELDS, SEP))
    return total, orjson.Fragment(encoder.encode(chosen))


def shape_row(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """Lists stored as ';'-joined strings come back as lists."""
    if table == "events":
        for key in _LIST_FIELDS:
            row[key] = [part for part in (row[key] or "").split(SEP) if part]
    return row


def list_actors(store: Store, *, text: str | None, since: str | None, until: str | None, limit: int, offset: int) -> tuple[int, list[dict]]:
    """Actor codes in events, busiest first, with how often each is source and target."""
    clause, params = where("event_actors", Filter(text=text, since=since, until=until))
    rows = store.fetch(
        "SELECT code, min(name), count(*), sum(CASE WHEN side = 'source' THEN 1 ELSE 0 END), "
        f"sum(CASE WHEN side = 'target' THEN 1 ELSE 0 END) FROM event_actors{clause} "
        "GROUP BY code ORDER BY count(*) DESC, code LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    total = int(store.fetch(f"SELECT count(DISTINCT code) FROM event_actors{clause}", params)[0][0])
    keys = ("code", "name", "events", "as_source", "as_target")
    return total, [dict(zip(keys, (c, n, int(e), int(s or 0), int(t or 0)))) for c, n, e, s, t in rows]


def map_points(store: Store, f: Filter, *, limit: int) -> dict[str, list[dict]]:
    """Event locations (with coordinates) and events per country, for the map."""
    clause, params = where("events", f)
    located = clause + (" AND " if clause else " WHERE ") + "lat IS NOT NULL AND lon IS NOT NULL"
    places = store.fetch(
        "SELECT location, location_country, lat, lon, count(*), avg(goldstein) FROM events"
        f"{located} GROUP BY location, location_country, lat, lon ORDER BY count(*) DESC, location LIMIT ?",
        [*params, limit],
    )
    country_clause = clause + (" AND " if clause else " WHERE ") + "location_country IS NOT NULL"
    countries = store.fetch(
        f"SELECT location_country, count(*), avg(goldstein) FROM events{country_clause} "
        "GROUP BY location_country ORDER BY count(*) DESC, location_country",
        params,
    )
    return {
        "places": [
            {"name": n, "country": c, "lat": la, "lon": lo, "events": int(k), "mean_goldstein": _round(g)}
            for n, c, la, lo, k, g in places
        ],
        "countries": [
            {"country": c, "numeric": iso_numeric(c), "events": int(k), "mean_goldstein": _round(g)} for c, k, g in countries
        ],
    }


def _round(value) -> float | None:
    return None if value is None else round(float(value), 3)


@functools.lru_cache(maxsize=512)
def iso_numeric(alpha3: str) -> str | None:
    """ISO 3166 numeric code (the ids of the shipped world map) for an alpha-3 code."""
    found = pycountry.countries.get(alpha_3=alpha3.upper())
    return found.numeric if found else None
