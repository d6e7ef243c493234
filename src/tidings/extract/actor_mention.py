"""The working record for one actor mention while the extractor decides who it is."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from tidings.models import Actor
from tidings.ontology.actors import ActorEntry


@dataclass
class Person:
    """One individual of the article, as later mentions resolve to them."""

    name: str
    country: str | None = None
    code: str | None = None
    sector: str | None = None
    role: str | None = None
    gender: str | None = None
    parts: tuple[str, ...] = ()
    role_from_text: bool = False


@dataclass
class Mention:
    """Tokens [start, end) naming an actor; ``pending`` says what resolution still has to do."""

    start: int
    end: int
    kind: str
    name: str
    country: str | None = None
    code: str | None = None
    sector: str | None = None
    role: str | None = None
    pending: str | None = None  # "named" | "title" | "pronoun" for people still to resolve
    person: Person | None = None
    extra: dict = field(default_factory=dict)

    def overlaps(self, other: "Mention") -> bool:
        return self.start < other.end and other.start < self.end

    def adopt(self, person: Person) -> None:
        self.person = person
        self.kind = "person"
        self.name, self.country, self.code = person.name, person.country, person.code
        self.sector, self.role = person.sector, person.role

    def to_actor(self, doc: Doc, text: str) -> Actor:
        """``text`` is ``doc.text`` (which spaCy rebuilds on every access)."""
        first, last = doc[self.start], doc[self.end - 1]
        start, end = first.idx, last.idx + len(last.text)
        return Actor(text=text[start:end], start=start, end=end, name=self.name, kind=self.kind,
                     country=self.country, code=self.code, sector=self.sector, role=self.role)


def from_entry(start: int, end: int, entry: ActorEntry, **changes) -> Mention:
    mention = Mention(start=start, end=end, kind=entry.kind, name=entry.name, country=entry.country,
                      code=entry.code, sector=entry.sector, role=entry.role)
    return replace(mention, **changes) if changes else mention


def country_label(name: str, country: str | None, adjectives: dict[str, str]) -> str:
    """"Police" + SRB → "Serbian Police" (the form annotators and readers use)."""
    if country and country in adjectives:
        return f"{adjectives[country]} {name}"
    return name
