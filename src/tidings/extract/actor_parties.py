"""Political parties no table names: "the Freedom and Justice Party", "Rebuilding Korea Party", "the Greens".

A party is a run of capitalised words (joined by "and", "of", "for", a possessive) ending in a
party head word (``party_heads.csv``: "Party" always; "Front", "Alliance", "Union", "League",
"Movement" only inside a spaCy ORG entity), optionally followed by "of" and a capitalised name
("Party of Regions"), or a party-family noun (``party_families.csv``: "the Greens"). Its country
comes from a country or demonym inside the name ("Rebuilding Korea Party" → KOR), else from the
sentence, the dateline, the recent scene or the article (a German article's Greens are German); sector PTY.
A name that a table already knows exactly (SPD, "Labour Party") stays the table's.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tidings.extract.actor_context import ActorContext
from tidings.extract.actor_match import PhraseMatch, is_possessive
from tidings.ontology.actors import ActorEntry, ActorTables

_JOINERS = ("and", "&", "of", "for", "-")
_NATIONAL = ("country", "demonym", "capital")
_DETERMINERS = ("The", "A", "An")
_MAX_WORDS = 8


@dataclass(frozen=True)
class PartySpan:
    start: int
    end: int
    country: str | None  # of a country name or demonym inside the party's name


def party_spans(doc: Doc, names: list[PhraseMatch], *, tables: ActorTables, lower: list[str]) -> list[PartySpan]:
    """Tokens [start, end) of every party name built from a head word, with the country named inside it
    (``lower`` holds the lower-cased token texts)."""
    named = [m for m in names if m.entry.source in ("org", "igo")]
    out: list[PartySpan] = []
    for i, word in enumerate(lower):
        needs_entity = tables.party_heads.get(word)
        if needs_entity is None or (out and i < out[-1].end):
            continue
        token = doc[i]
        if not token.text[:1].isupper():
            continue
        if needs_entity and token.ent_type_ != "ORG":
            continue
        start, end = _left_edge(doc, token), _right_edge(doc, token.i + 1)
        if start == token.i or any(m.end in (token.i + 1, end) and m.start < end and start < m.end for m in named):
            continue  # a table knows the name, or its last words ("Britain's Labour Party")
        inner = [m for m in names if start <= m.start and m.end <= end and m.entry.source in _NATIONAL]
        out.append(PartySpan(start, end, inner[0].entry.country if inner else None))
    return out


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha and token.text not in _DETERMINERS


def _left_edge(doc: Doc, head: Token) -> int:
    start = head.i
    while start > 0 and head.i - start < _MAX_WORDS:
        prev = doc[start - 1]
        if _capitalised(prev):
            start -= 1
        elif start >= 2 and _capitalised(doc[start - 2]) and (
                prev.lower_ in _JOINERS or (is_possessive(prev) and start == head.i)):  # "People's Party"
            start -= 1
        else:
            break
    while start < head.i and not _capitalised(doc[start]):
        start += 1
    return start


def _right_edge(doc: Doc, end: int) -> int:
    """"Party of Regions": "of" and a capitalised name after the head word."""
    if end + 1 < len(doc) and doc[end].lower_ == "of" and _capitalised(doc[end + 1]):
        k = end + 1
        while k < len(doc) and k - end <= 4 and _capitalised(doc[k]):
            k += 1
        return k
    return end


def without_parties(names: list[PhraseMatch], spans: list[PartySpan]) -> list[PhraseMatch]:
    """Table matches not inside a party's name ("Korea" in "Rebuilding Korea Party")."""
    return [m for m in names if not any(s.start <= m.start and m.end <= s.end for s in spans)]


def party_matches(doc: Doc, names: list[PhraseMatch], spans: list[PartySpan], *,
                  context: ActorContext) -> list[PhraseMatch]:
    """``names`` with each party as an organization match (sector PTY) whose country the name or the context gives."""
    out = []
    for match in names:
        if match.entry.source == "party":
            country = context.country_for(doc, match.start, match.end, domestic=True)
            out.append(PhraseMatch(match.start, match.end, (_entry(match.entry.name, country),)))
        else:
            out.append(match)
    for span in spans:
        country = span.country or context.country_for(doc, span.start, span.end, domestic=True)
        out.append(PhraseMatch(span.start, span.end, (_entry(doc[span.start:span.end].text, country),)))
    return sorted(out, key=lambda m: m.start)


def _entry(name: str, country: str | None) -> ActorEntry:
    return ActorEntry(source="org", kind="organization", name=name, country=country, sector="PTY", form=name)
