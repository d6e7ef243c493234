"""Mentions that take their identity from what the article named before them.

- A generic noun after "the" ("the group", "the militia", "the movement"; ``anaphors.csv`` lists the sectors
  each may stand for) is the latest organization named before it with such a sector: "the National
  Liberation Army … if the group freed its hostages" is the ELN. An indefinite "a group" in between
  introduces someone new and stops the search.
- A word that names a country only in an article about it (``article_aliases.csv``): "the North" and "the
  South" in an article naming either Korea; "the mainland" in one naming Taiwan.
- "UN inspectors" in an article that names the IAEA are the IAEA's (``igo_children.csv``).
- People placed only by the scene (police, officers, protesters with no place in their clause) in a clause
  that a speaker of a stated country reports are that speaker's: "French Interior Minister Laurent Nuñez
  said officers would begin intercepting boats" in a British story are French officers.

One pass over the tokens; every lookup is a dict hit.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from tidings.extract.actor_context import clause_verb, is_locative
from tidings.extract.actor_mention import Mention, country_label
from tidings.extract.quote_speaker import is_cue, subject_of
from tidings.ontology.actors import ActorTables
from tidings.ontology.quotes import load_quote_tables

_DEFINITE = ("the",)
_INDEFINITE = ("a", "an", "another")


def refer_back(doc: Doc, mentions: list[Mention], *, tables: ActorTables, dateline: int,
               lower: list[str]) -> list[Mention]:
    """``mentions`` plus the references found; IGO mentions may be re-coded in place. ``lower`` holds the
    lower-cased token texts."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    _igo_children(doc, mentions, tables)
    _speakers_people(doc, mentions, tables)
    found = _anaphors(doc, mentions, tables, taken, lower)
    found += _aliases(doc, mentions, tables, taken, dateline, lower)
    return mentions + found


def _anaphors(doc: Doc, mentions: list[Mention], tables: ActorTables, taken: set[int],
              lower: list[str]) -> list[Mention]:
    anaphors = tables.refs.anaphors
    named = sorted((m for m in mentions if m.extra.get("named_org")), key=lambda m: m.start)
    latest: dict[str, Mention] = {}  # sector → the latest named organization of that sector
    out, n = [], 0
    for i, word in enumerate(lower):
        sectors = anaphors.get(word)
        if sectors is None or i in taken or i == 0:
            continue
        while n < len(named) and named[n].end <= i:
            if named[n].sector:
                latest[named[n].sector] = named[n]
            n += 1
        token, before = doc[i], lower[i - 1]
        if token.pos_ != "NOUN":
            continue
        if before in _INDEFINITE:  # "a group of students": someone new
            for sector in sectors:
                latest.pop(sector, None)
            continue
        if before not in _DEFINITE or token.dep_ == "compound" or _followed_by_of(lower, i):
            continue
        candidates = [latest[s] for s in sectors if s in latest]
        if candidates:
            antecedent = max(candidates, key=lambda m: m.start)
            out.append(replace(antecedent, start=i, end=i + 1, pending=None, extra={}))
    return out


def _followed_by_of(lower: list[str], i: int) -> bool:
    """"the group of seven", "the movement of goods": the noun is described, not referring back."""
    return i + 1 < len(lower) and lower[i + 1] == "of"


def _aliases(doc: Doc, mentions: list[Mention], tables: ActorTables, taken: set[int], dateline: int,
             lower: list[str]) -> list[Mention]:
    aliases = tables.refs.aliases
    keys = {word.lower() for word in aliases}
    named = {m.country for m in mentions if m.country}
    out = []
    for i, word in enumerate(lower):
        if word not in keys or i in taken or i == 0 or lower[i - 1] not in _DEFINITE:
            continue
        alias = aliases.get(doc[i].text)
        if alias is None or not (alias.needs & named) or _longer_name(doc, i):
            continue
        locative = is_locative(doc, i, i + 1, tables=tables, dateline=dateline)
        out.append(Mention(start=i, end=i + 1, kind="country", country=alias.country,
                           name=tables.countries.get(alias.country, alias.country), sector=None if locative else "GOV"))
    return out


def _longer_name(doc: Doc, i: int) -> bool:
    """"the North Atlantic", "the South China Sea", "the North-South corridor": part of another name."""
    if i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return (nxt.text[:1].isupper() and nxt.pos_ == "PROPN") or nxt.text in ("-", "–")


def _igo_children(doc: Doc, mentions: list[Mention], tables: ActorTables) -> None:
    """"UN inspectors" after "the International Atomic Energy Agency, the UN nuclear watchdog": the IAEA."""
    children = tables.refs.children
    first_seen: dict[str, Mention] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.code and mention.code not in first_seen:
            first_seen[mention.code] = mention
    for mention in mentions:
        for child, nouns in children.get(mention.code or "", ()):
            earlier = first_seen.get(child)  # named before or after: "UN nuclear inspectors … the IAEA said"
            if earlier is None:
                continue
            following = {doc[k].lower_ for k in range(mention.end, min(len(doc), mention.end + 2))}
            if following & nouns:
                mention.code, mention.name = child, earlier.name
                break


def _speakers_people(doc: Doc, mentions: list[Mention], tables: ActorTables) -> None:
    """"Nuñez said officers would …": a located group whose country only the scene gave, in the clause a cue verb
    reports, belongs to the cue's subject when the text states that speaker's country."""
    scene = [m for m in mentions if m.extra.get("scene_country")]
    if not scene:
        return
    cues = load_quote_tables()
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    for mention in scene:
        verb = clause_verb(doc[mention.end - 1])
        if verb.dep_ != "ccomp" or not is_cue(verb.head, cues):
            continue
        subject = subject_of(verb.head)
        speaker = at.get(subject.i) if subject is not None else None
        if speaker is None or not speaker.country or speaker.code or speaker.extra.get("explicit_country") is False:
            continue
        if speaker.country != mention.country:
            mention.country = speaker.country
            label = mention.extra.get("label")
            mention.name = country_label(label, speaker.country, tables.adjectives) if label else mention.name
