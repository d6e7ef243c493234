"""The one schema: every record tidings produces, stores and serves.

The JSON Schema in ``docs/schema.json`` is generated from these models
(``python -m tidings.schema``) and a test fails when the two diverge.
Field names follow the data contract in DESIGN.md and are fixed.
"""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

ActorKind = Literal["country", "person", "organization", "igo", "group"]
Status = Literal["asserted", "reported", "planned", "threatened", "hypothetical", "negated"]
QuoteKind = Literal["direct", "indirect", "mixed"]


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(Record):
    """A stretch of the article text: ``text == article.text[start:end]``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Sentence(Record):
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Actor(Span):
    """One mention of an actor, with what the text says about who it is."""

    name: str
    kind: ActorKind
    country: Optional[str] = Field(None, description="ISO 3166 alpha-3; null for IGOs")
    code: Optional[str] = Field(None, description="IGO/organization code, e.g. NATO, EU, UN")
    sector: Optional[str] = None
    role: Optional[str] = None


class Place(Span):
    name: str
    country: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonameid: Optional[int] = None
    kind: Optional[str] = None


class Quantity(Span):
    value: float
    low: Optional[float] = None
    high: Optional[float] = None
    previous: Optional[float] = None
    unit: Optional[str] = None
    about: Optional[str] = None
    approximate: bool = False


class Quote(Span):
    kind: QuoteKind
    speaker: Optional[Actor] = None
    cue: Optional[str] = None
    sentence: int = Field(ge=0)


class Event(Record):
    id: str
    type: str
    mode: Optional[str] = None
    contexts: list[str] = Field(default_factory=list)
    source: list[Actor] = Field(default_factory=list)
    target: list[Actor] = Field(default_factory=list)
    trigger: Span
    sentence: int = Field(ge=0)
    date: Optional[str] = Field(None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    location: Optional[Place] = None
    quantities: list[Quantity] = Field(default_factory=list)
    status: Status = "asserted"
    attributed_to: Optional[Actor] = None
    cameo: Optional[str] = None
    goldstein: Optional[float] = None
    quad_class: Literal[1, 2, 3, 4]
    confidence: float = Field(ge=0.0, le=1.0)
    rule: Optional[str] = Field(None, description="the rule or lexicon entry that fired, for `tidings explain`")


class Document(Record):
    id: str
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    published: Optional[str] = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    language: Optional[str] = None
    text: str
    sentences: list[Sentence] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)


class Article(Record):
    """What a reader hands to the pipeline: clean text plus metadata, no NLP yet."""

    id: str
    text: str
    title: Optional[str] = None
    url: Optional[str] = None
    source: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    path: Optional[str] = Field(None, description="where the article was read from")


class Failure(Record):
    """An input that could not be read or processed, and why."""

    path: str
    reason: str
