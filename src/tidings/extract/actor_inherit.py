"""Institutions named without a country take it from earlier mentions in the article.

"the ministry" after "China's Commerce Ministry" is Chinese; "the Commission" after "the
European Commission", or capitalised in an article naming the EU (``bodies.csv``), is the
EU; "Defense Ministry spokesman X" right after "the German navy" is German, unless a subject
or fronted locative of another country ("In Berlin, …") came in between. In order of preference: the last mention with the same head noun
("ministry", "commission") whose country the text gave, then the last institution with an
explicit country in the previous two sentences if the mention is an executive body (``follower`` sectors in
sectors.csv: parliaments, the opposition, students or workers belong to the article's politics, "The German
Foreign Office said … The opposition announced a boycott" in a Serbian story), then (already set) the article
context.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from tidings.extract.actor_context import ActorContext, subordinate
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
    at: int = -1  # token where the owner was named


def inherit_institutions(doc: Doc, mentions: list[Mention], *, tables: ActorTables, context: ActorContext) -> None:
    by_head: dict[str, _Owner] = {}
    by_word: dict[str, _Owner] = {}  # any capitalised word of a named body ("treasury" of "Treasury Department")
    recent: tuple[int, str, int] | None = None  # sentence, country, token of the last explicit institution
    codes = {m.code for m in mentions if m.code}
    for mention in sorted(mentions, key=lambda m: m.start):
        head = mention.extra.get("institution")
        if head is None:
            continue
        sentence = context.sentences.of_token(doc[mention.start])
        if mention.extra.get("named"):
            by_head[head] = _Owner(mention.country, mention.code, mention.kind, mention.name, mention.start)
            by_word.update(dict.fromkeys(_title_words(doc, mention), by_head[head]))
            continue
        if mention.extra.get("explicit_country") and mention.country:
            by_head[head] = _Owner(mention.country, at=mention.start)
            by_word.update(dict.fromkeys(_title_words(doc, mention), by_head[head]))
            # "the Russian state news agency" leads no body after it; nor does one in a clause of time or a relative
            # clause ("… although Venezuelan police had detained 20 Colombians. The foreign ministry …")
            if mention.sector not in tables.unlocating_sectors and not subordinate(doc, mention.start, mention.end):
                recent = (sentence, mention.country, mention.start)
            continue
        owner = by_head.get(head)
        if mention.extra.get("same_head_only"):  # "the Treasury": only an earlier "US Treasury" says whose
            owner = owner or by_word.get(head)  # or "the Treasury Department"
            if owner is not None and owner.country and not owner.code:
                _apply(mention, owner, tables)
            continue
        owner = owner or _body(doc, mention, head, codes, tables)
        follows = mention.sector in tables.follower_sectors
        if owner is None and follows and recent is not None and sentence - recent[0] <= _RECENT:
            owner = _Owner(recent[1], at=recent[2])
        if owner is not None and not _scene_changed(doc, mention, owner, context):
            _apply(mention, owner, tables)


def _title_words(doc: Doc, mention: Mention) -> list[str]:
    """The capitalised words of a body's name ("treasury", "department" of "the US Treasury Department")."""
    return [t.lower_ for t in doc[mention.start:mention.end] if t.is_alpha and t.is_title]


def _body(doc: Doc, mention: Mention, head: str, codes: set[str], tables: ActorTables) -> _Owner | None:
    """"the Commission", capitalised, in an article that names the EU: the European Commission (bodies.csv)."""
    body = tables.bodies.get(head)
    if body is None or body[0] not in codes or not doc[mention.end - 1].text[:1].isupper():
        return None
    return _Owner(None, body[0], "igo", body[1])


def _scene_changed(doc: Doc, mention: Mention, owner: _Owner, context: ActorContext) -> bool:
    """"the Latvian Defense Ministry said … In Berlin, … Defense Ministry spokesman X": a subject or fronted
    locative after the owner's mention moves the scene (IGO bodies such as "the Commission" keep their owner)."""
    if owner.code:
        return False
    position = context.scene_position(mention.start)
    if position <= owner.at:
        return False
    # a subject in the owner's own sentence ("China's Commerce Ministry threatened …, hours after Washington
    # announced …") does not move the scene away from it
    return context.sentences.of_token(doc[position]) > context.sentences.of_token(doc[owner.at])


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
