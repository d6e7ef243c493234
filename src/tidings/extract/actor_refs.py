"""Mentions that take their identity from what the article named before them.

- A generic noun after "the" ("the group", "the militia", "the movement"; ``anaphors.csv`` lists the sectors
  each may stand for) is the latest organization named before it with such a sector: "the National
  Liberation Army … if the group freed its hostages" is the ELN. An indefinite "a group" in between
  introduces someone new and stops the search.
- A word that names a country only in an article about it (``article_aliases.csv``): "the North" and "the
  South" in an article naming either Korea; "the mainland" in one naming Taiwan.
- A definite descriptor ("the kingdom", "the Gulf state", "the island", "the country"; ``country_descriptors.csv``)
  is the latest country named before it that it can describe.
- "UN inspectors" in an article that names the IAEA are the IAEA's (``igo_children.csv``).
- People placed only by the scene (police, officers, protesters with no place in their clause) in a clause
  that a speaker of a stated country reports are that speaker's: "French Interior Minister Laurent Nuñez
  said officers would begin intercepting boats" in a British story are French officers.

One pass over the tokens; every lookup is a dict hit.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from tidings.extract.actor_context import SentenceIndex, clause_verb
from tidings.extract.actor_locative import is_locative
from tidings.extract.actor_mention import Mention, country_label
from tidings.extract.quote_speaker import is_cue, subject_of
from tidings.ontology.actors import ActorTables
from tidings.ontology.quotes import load_quote_tables

_DEFINITE = ("the",)
_INDEFINITE = ("a", "an", "another")
_NEAR = 2  # sentences back that "the country" still refers to
_FORCES = ("MIL", "COP")  # soldiers and police a speaker's clause may make the speaker's


def refer_back(doc: Doc, mentions: list[Mention], *, tables: ActorTables, dateline: int,
               lower: list[str], sentences: SentenceIndex) -> list[Mention]:
    """``mentions`` plus the references found; IGO mentions may be re-coded in place. ``lower`` holds the
    lower-cased token texts."""
    # "al Shabaab … the militants stormed a hotel": a bare generic group noun may refer back too
    generic = {m.start: m for m in mentions if m.end == m.start + 1 and m.kind == "group" and not (m.country or m.code)}
    taken = {i for m in mentions for i in range(m.start, m.end) if i not in generic}
    _igo_children(doc, mentions, tables)
    _speakers_people(doc, mentions, tables)
    found = _anaphors(doc, mentions, tables, taken, lower)
    resolved = {m.start for m in found}
    mentions = [m for m in mentions if not (m.start in resolved and generic.get(m.start) is m)]
    taken |= set(generic) - resolved
    found += _aliases(doc, mentions, tables, taken, dateline, lower)
    found += _descriptors(doc, mentions, tables, taken, lower, sentences, dateline)
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
        token = doc[i]
        if token.pos_ != "NOUN":
            continue
        determiner = _determiner(token)
        if determiner in _INDEFINITE:  # "a group of students": someone new
            for sector in sectors:
                latest.pop(sector, None)
            continue
        if determiner not in _DEFINITE or token.dep_ == "compound" or _followed_by_of(lower, i) or _described(token):
            continue  # "the Iran-aligned group" refers back; "the group of seven", "the student movement" do not
        candidates = [latest[s] for s in sectors if s in latest]
        if candidates:
            antecedent = max(candidates, key=lambda m: m.start)
            out.append(replace(antecedent, start=i, end=i + 1, pending=None, extra={}))
    return out


def _determiner(token) -> str | None:
    return next((ch.lower_ for ch in token.children if ch.dep_ == "det" and ch.i < token.i), None)


def _described(token) -> bool:
    """A modifier that says which one ("the student movement", "the armed group"), other than a hyphenated link to
    a name ("the Iran-aligned group", "the Hamas-run ministry")."""
    doc = token.doc
    for ch in token.children:
        if ch.dep_ in ("compound", "amod", "nmod") and ch.i < token.i:
            hyphenated = (ch.i > 0 and doc[ch.i - 1].text == "-") or any(g.text == "-" for g in ch.children)
            if not hyphenated:
                return True
    return False


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


def _unplaced_force(doc: Doc, mention: Mention, weapons: frozenset[str]) -> bool:
    """"soldiers", "troops" with no country at all, subject of their clause, and nothing after them saying whose
    ("soldiers from Chad"). Weapons ("two drones struck …, the Russian governor said") are not the speaker's:
    whose they are the text must state ("Russian drones")."""
    if mention.kind != "group" or mention.country or mention.code or mention.extra.get("explicit_country"):
        return False
    head = doc[mention.end - 1]
    if head.lower_ in weapons:
        return False  # the subject of its clause: "said soldiers arrested …", not "shot down two drones"
    return mention.sector in _FORCES and head.dep_ in ("nsubj", "nsubjpass") and not any(
        ch.dep_ == "prep" for ch in head.children)


def _speakers_people(doc: Doc, mentions: list[Mention], tables: ActorTables) -> None:
    """"Nuñez said officers would …", "Mexico's security minister said soldiers arrested …": a located group whose
    country only the scene gave, or soldiers of no stated country, in the clause a cue verb reports, belong to the
    cue's subject when the text states that speaker's country."""
    scene = [m for m in mentions if m.extra.get("scene_country") or _unplaced_force(doc, m, tables.weapons)]
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


def _descriptors(doc: Doc, mentions: list[Mention], tables: ActorTables, taken: set[int], lower: list[str],
                 sentences: SentenceIndex, dateline: int) -> list[Mention]:
    """"Saudi Arabia … The kingdom said", "Taiwan … the island's military", "Sudan … the country": a definite
    descriptor (``country_descriptors.csv``) is the latest country named before it that it can describe; "the
    country" and "the nation" only when that country was named in the same or the previous two sentences."""
    descriptors = tables.refs.descriptors
    countries = sorted((m for m in mentions if m.country and not m.code), key=lambda m: m.start)
    out = []
    for i, word in enumerate(lower):
        forms = descriptors.get(word)
        if not forms or i in taken or not countries or countries[0].start >= i:
            continue
        token = doc[i]
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "compound" or _determiner(token) != "the":
            continue
        for before, allowed in forms:
            start = i - len(before)
            if tuple(lower[start:i]) != before or any(k in taken for k in range(start, i)):
                continue
            found = _described_country(doc, countries, start, allowed, sentences)
            if found is not None:
                locative = is_locative(doc, start, i + 1, tables=tables, dateline=dateline)
                out.append(Mention(start=start, end=i + 1, kind="country", country=found,
                                   name=tables.countries.get(found, found), sector=None if locative else "GOV",
                                   extra={"descriptor": True}))
            break
    return out


def _described_country(doc: Doc, countries: list[Mention], start: int, allowed: frozenset[str],
               sentences: SentenceIndex) -> str | None:
    here = sentences.of_token(doc[start])
    for mention in reversed(countries):
        if mention.start >= start:
            continue
        if not allowed and here - sentences.of_token(doc[mention.start]) > _NEAR:
            return None
        if mention.country in allowed or (not allowed and mention.kind == "country"):
            return mention.country  # "Taiwan's defence ministry … the island"; "the country" only after a country
    return None
