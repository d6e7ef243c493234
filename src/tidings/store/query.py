"""Filters over the store and the SQL they become (always with bound parameters)."""

from __future__ import annotations

import datetime as dt
from typing import Optional

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


def where(table: str, f: Filter, date_col: str) -> tuple[str, list]:
    clauses, params = [], []
    cols = TABLES[table].model_fields
    if f.actor and "target" in cols:
        # position() is several times faster than LIKE on DuckDB and means the same in PostgreSQL
        clauses.append("(position(? IN source) > 0 OR position(? IN target) > 0)")
        code = SEP + f.actor.upper() + SEP
        params += [code, code]
    elif f.actor and table == "articles":
        clauses.append("id IN (SELECT article_id FROM event_actors WHERE code = ?)")
        params.append(f.actor.upper())
    if f.type and "type" in cols:
        clauses.append("type = ?")
        params.append(f.type.upper())
    if f.status and "status" in cols:
        clauses.append("status = ?")
        params.append(f.status)
    if f.since:
        clauses.append(f"{quote(date_col)} >= ?")
        params.append(f.since)
    if f.until:
        clauses.append(f"{quote(date_col)} < ?")
        params.append(_after(f.until))
    if f.speaker and "speaker" in cols:
        clauses.append("position(? IN lower(speaker)) > 0")
        params.append(f.speaker.lower())
    if f.text:
        text_col = {"quotes": "text", "events": "trigger_text", "articles": "title"}[table]
        clauses.append(f"position(? IN lower({quote(text_col)})) > 0")
        params.append(f.text.lower())
    if f.article_id and "article_id" in cols:
        clauses.append("article_id = ?")
        params.append(f.article_id)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


ORDER = {
    "events": "date DESC NULLS LAST, article_id, trigger_start, id",
    "quotes": "published DESC NULLS LAST, article_id, start",
    "articles": "published DESC NULLS LAST, id",
}
DATE_COLUMN = {"events": "date", "quotes": "published", "articles": "published"}


def select(table: str, f: Filter, columns: list[str]) -> tuple[str, list]:
    clause, params = where(table, f, DATE_COLUMN[table])
    cols = ", ".join(quote(c) for c in columns)
    sql = f"SELECT {cols} FROM {table}{clause} ORDER BY {ORDER[table]} LIMIT ? OFFSET ?"
    return sql, params + [f.limit, f.offset]


def count(table: str, f: Filter) -> tuple[str, list]:
    clause, params = where(table, f, DATE_COLUMN[table])
    return f"SELECT count(*) FROM {table}{clause}", params
