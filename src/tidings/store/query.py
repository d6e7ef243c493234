"""Filters over the store and the SQL they become (always with bound parameters)."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from tidings.store.rows import SEP, TABLES
from tidings.store.schema import quote

MAX_LIMIT = 10_000


class Filter(BaseModel):
    model_config = ConfigDict(extra="forbid")

    actor: Optional[str] = Field(None, description="actor code (DEU, NATO) as source or target")
    type: Optional[str] = Field(None, description="PLOVER event type")
    status: Optional[str] = None
    since: Optional[str] = Field(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    until: Optional[str] = Field(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    speaker: Optional[str] = Field(None, description="words of the speaker's name")
    text: Optional[str] = Field(None, description="words in the quote, trigger or title")
    article_id: Optional[str] = None
    limit: int = Field(100, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0)

    @field_validator("actor", "type", "status", "speaker", "text", "article_id")
    @classmethod
    def _no_nul(cls, value: str | None) -> str | None:
        if value is not None and "\x00" in value:
            raise ValueError("must not contain NUL characters")
        return value

    @field_validator("since", "until")
    @classmethod
    def _real_date(cls, value: str | None) -> str | None:
        if value:
            parts = [int(p) for p in value.split("-")] + [1, 1]
            dt.date(*parts[:3])  # raises ValueError (a validation error) for 2026-13 or 2026-02-30
        return value


def _after(until: str) -> str:
    """The first date after an inclusive bound: '2026' -> '2027', '2026-05' -> '2026-06', a day -> the next day."""
    parts = [int(p) for p in until.split("-")]
    if len(parts) == 1:
        return f"{parts[0] + 1:04d}"
    if len(parts) == 2:
        year, month = parts[0] + parts[1] // 12, parts[1] % 12 + 1
        return f"{year:04d}-{month:02d}"
    return (dt.date(*parts) + dt.timedelta(days=1)).isoformat()


class Condition(NamedTuple):
    """One test a Filter makes on a row: ``op`` with ``value`` holds on any of ``columns``.

    ``eq`` (equal), ``contains`` (substring), ``icontains`` (substring of the lower-cased column; the
    value is lower-cased already), ``ge`` / ``lt`` (string order, for ISO dates) and ``article_actor``
    (the article has an event with this actor code). ``where`` renders them as SQL; the web's
    in-memory event index evaluates the same list, so there is one definition of what a filter means.
    """

    columns: tuple[str, ...]
    op: str
    value: str


OPS = ("eq", "contains", "icontains", "ge", "lt", "article_actor")
DATE_COLUMN = {"events": "date", "quotes": "published", "articles": "published", "event_actors": "date"}
TEXT_COLUMNS = {"quotes": ("text",), "events": ("trigger_text",), "articles": ("title",), "event_actors": ("code", "name")}


def conditions(table: str, f: Filter) -> list[Condition]:
    """What ``f`` asks of the rows of ``table`` (filters that do not apply to the table are ignored)."""
    cols = TABLES[table].model_fields
    found: list[Condition] = []
    if f.actor and "target" in cols:  # articles have a "source" too: their publication
        found.append(Condition(("source", "target"), "contains", SEP + f.actor.upper() + SEP))
    elif f.actor and table == "articles":
        found.append(Condition(("id",), "article_actor", f.actor.upper()))
    elif f.actor and "code" in cols:
        found.append(Condition(("code",), "eq", f.actor.upper()))
    if f.type and "type" in cols:
        found.append(Condition(("type",), "eq", f.type.upper()))
    if f.status and "status" in cols:
        found.append(Condition(("status",), "eq", f.status))
    if f.since:
        found.append(Condition((DATE_COLUMN[table],), "ge", f.since))
    if f.until:
        found.append(Condition((DATE_COLUMN[table],), "lt", _after(f.until)))
    if f.speaker and "speaker" in cols:
        found.append(Condition(("speaker",), "icontains", f.speaker.lower()))
    if f.text and table in TEXT_COLUMNS:
        found.append(Condition(TEXT_COLUMNS[table], "icontains", f.text.lower()))
    if f.article_id and "article_id" in cols:
        found.append(Condition(("article_id",), "eq", f.article_id))
    return found


def _sql(column: str, op: str) -> str:
    name = quote(column)
    # position() is several times faster than LIKE on DuckDB, means the same in PostgreSQL, and needs
    # no escaping of % and _
    return {
        "eq": f"{name} = ?",
        "contains": f"position(? IN {name}) > 0",
        "icontains": f"position(? IN lower({name})) > 0",
        "ge": f"{name} >= ?",
        "lt": f"{name} < ?",
        "article_actor": f"{name} IN (SELECT article_id FROM event_actors WHERE code = ?)",
    }[op]


def where(table: str, f: Filter, date_col: str | None = None) -> tuple[str, list]:
    """`` WHERE ...`` and its bound parameters for the rows ``f`` selects (values are never spliced in).

    ``date_col`` is accepted for older callers and must be the table's date column.
    """
    if date_col is not None and date_col != DATE_COLUMN[table]:
        raise ValueError(f"{table} is filtered by date on {DATE_COLUMN[table]}, not {date_col}")
    clauses, params = [], []
    for cond in conditions(table, f):
        tests = [_sql(column, cond.op) for column in cond.columns]
        clauses.append(tests[0] if len(tests) == 1 else "(" + " OR ".join(tests) + ")")
        params += [cond.value] * len(tests)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


ORDER = {
    "events": "date DESC NULLS LAST, article_id, trigger_start, id",
    "quotes": "published DESC NULLS LAST, article_id, start",
    "articles": "published DESC NULLS LAST, id",
}


def select(table: str, f: Filter, columns: list[str]) -> tuple[str, list]:
    clause, params = where(table, f)
    cols = ", ".join(quote(c) for c in columns)
    sql = f"SELECT {cols} FROM {table}{clause} ORDER BY {ORDER[table]} LIMIT ? OFFSET ?"
    return sql, params + [f.limit, f.offset]


def count(table: str, f: Filter) -> tuple[str, list]:
    clause, params = where(table, f)
    return f"SELECT count(*) FROM {table}{clause}", params
