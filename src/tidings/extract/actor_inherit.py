"""Institutions named without a country take it from earlier mentions in the article.

"the ministry" after "China's Commerce Ministry" is Chinese; "the Commission" after "the
European Commission" is the EU; "Defense Ministry spokesman X" right after "the German
navy" is German. In order of preference: the last mention with the same head noun
("ministry", "commission") whose country the text gave, then the last institution with an
explicit country in the previous two sentences, then (already set) the article context.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from tidings.extract.actor_context import SentenceIndex
from tidings.extract.actor_mention import Mention, country_label
from tidings.ontology.actors import ActorTables

_RECENT = 2  # sentences
_NAMED_SOURCES = ("igo", "org")


@dataclass(frozen=True)
class _Owner:
    country: str | None
    code: str | None = None
    kind: str | None = None
    name: str | None = None


def inherit_institutions(doc: Doc, mentions: list[Mention], *, tables: ActorTables, sentences: SentenceIndex) -> None:
    by_head: dict[str, _Owner] = {}
    recent: tuple[int, str] | None = None
    for mention in sorted(mentions, key=lambda m: m.start):
        head = mention.extra.get("institution")
        if head is None:
            continue
        sentence = sentences.of_token(doc[mention.start])
        if mention.extra.get("named"):
            by_head[head] = _Owner(mention.country, mention.code, mention.kind, mention.name)
            continue
        if mention.extra.get("explicit_country") and mention.country:
            by_head[head] = _Owner(mention.country)
            recent = (sentence, mention.country)
            continue
        owner = by_head.get(head)
        if owner is None and recent is not None and sentence - recent[0] <= _RECENT:
            owner = _Owner(recent[1])
        if owner is not None:
            _apply(mention, owner, tables)


def _apply(mention: Mention, owner: _Owner, tables: ActorTables) -> None:
    if mention.kind == "person":
        if owner.country:
            mention.extra["context_country"] = owner.country
        return
    if owner.code:  # "the Commission" → the EU itself
        mention.kind, mention.code, mention.country = owner.kind or mention.kind, owner.code, owner.country
        mention.name, mention.sector = owner.name or mention.name, "IGO" if owner.kind == "igo" else mention.sector
        return
    if owner.country == mention.country:
        return
    mention.country = owner.country
    if mention.kind == "country":
        mention.name = tables.countries.get(owner.country, mention.name)
    elif mention.extra.get("label"):
        mention.name = country_label(mention.extra["label"], owner.country, tables.adjectives)
