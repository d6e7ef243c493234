"""How a place name is used: as a location ("in Berlin", "west of El Fasher", a dateline)
or for something else ("Berlin said", "Beijing's threat", "US troops")."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

_CHAIN_DEPS = {"conj", "appos"}
_NAME_DEPS = {"compound", "nmod"}
_DASHES = {"—", "–", "-", "--"}


@dataclass(frozen=True)
class UsageTables:
    preps: frozenset[str]  # "in", "near", "toward"
    weak_preps: frozenset[str]  # "between", "on": locative for towns and islands, not for capitals
    directions: frozenset[str]  # "west" (of), "north" (of)
    direction_adjs: frozenset[str]  # "northern" (Israel)
    place_nouns: frozenset[str]  # "outskirts" (of), "city" (of), "border" (with), "province"
    name_nouns: frozenset[str]  # nouns completing a place name: "Hebei province", "Zamzam camp"
    motion_verbs: frozenset[str]  # "visit", "reach", "flee" + a place as object
    recipients: frozenset[str]  # "pledged (aid) to", "request from": a government, not a place
    event_nouns: frozenset[str]  # "the Vienna talks": a capital naming where an event was held
    admin_words: frozenset[str]  # "province", "district" after a name
    landforms: frozenset[str]  # "island", "valley": after a name, a natural feature, not a town


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files("tidings.ontology").joinpath("data/places", name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@lru_cache(maxsize=1)
def load_usage_tables() -> UsageTables:
    rows = _rows("locative.csv")
    pick = lambda kind: frozenset(r["word"] for r in rows if r["kind"] == kind)  # noqa: E731
    return UsageTables(
        preps=pick("prep"), weak_preps=pick("weak_prep"), directions=pick("direction"),
        direction_adjs=pick("direction_adj"), place_nouns=pick("noun") | pick("name_noun"), name_nouns=pick("name_noun"), motion_verbs=pick("motion"),
        recipients=pick("recipient"), event_nouns=pick("event_noun"), admin_words=frozenset(r["word"] for r in _rows("admin_words.csv")),
        landforms=pick("landform"),
    )


def _word(token: Token, words: frozenset[str]) -> bool:
    return token.lower_ in words or token.lemma_.lower() in words


def _climb(token: Token, tables: UsageTables) -> Token:
    """From a name up through conjuncts, appositions and place-noun compounds
    ("Ohio and Pennsylvania", "El Fasher, the capital", "Hebei province", "Zamzam camp")."""
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ in _CHAIN_DEPS or (token.dep_ in _NAME_DEPS and _word(head, tables.name_nouns)):
            token = head
            continue
        break
    return token


def usage(span: Span, tables: UsageTables) -> str:
    """How the name is used: "locative" (in, near, west of, the city of, visited), "weak"
    (between, on: a location for towns and islands, a party for capitals), "recipient"
    (pledged aid to, a request from) or "other" (subject, object, modifier)."""
    token = _climb(span.root, tables)
    if token.dep_ == "dobj" and _word(token.head, tables.motion_verbs):
        return "locative"
    if token.dep_ == "poss" and _word(token.head, tables.place_nouns):
        return "possessive"  # "Pyongyang's Sunan airport", "Taiwan's east coast"
    if token.dep_ not in ("pobj", "pcomp"):
        return "other"
    prep = token.head
    word = prep.lower_
    if word in ("to", "from") and _recipient(prep, tables):
        return "recipient"
    if word in tables.preps:
        return "locative"
    if word in tables.weak_preps:
        return "weak"
    if word == "for" and _word(prep.head, tables.motion_verbs):
        return "locative"  # "left for Qamishli"
    governor = prep.head
    if word == "of" and (_word(governor, tables.directions) or _word(governor, tables.place_nouns) or governor.lower_ == "out"):
        return "locative"
    if word == "with" and _word(governor, tables.place_nouns):
        return "locative"
    return "other"


def _recipient(prep: Token, tables: UsageTables) -> bool:
    """"pledged aid to Niger", "suspending aid to Bogotá", "a request from Seoul"."""
    head = prep.head
    if _word(head, tables.recipients):
        return True
    return head.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and _word(c, tables.recipients) for c in head.children)


def is_modifier(span: Span, tables: UsageTables) -> bool:
    """"US troops", "Gulf-based", "the Istanbul governor's office": a name modifying a noun
    (but "Zamzam camp", "Hebei province" name the place itself)."""
    root = span.root
    if root.dep_ in _NAME_DEPS:
        return not _word(root.head, tables.name_nouns)
    return root.dep_ in ("amod", "poss", "npadvmod")


def names_event(span: Span, tables: UsageTables) -> bool:
    """"the Vienna talks", "the Geneva meeting": where an event took place."""
    root = span.root
    return root.dep_ in _NAME_DEPS and _word(root.head, tables.event_nouns)


def dateline_end(doc: Doc) -> int | None:
    """Token index one past the dateline name ("BERLIN, 4 May 2026 —", "PORT SUDAN (Reuters) -")."""
    i = 0
    while i < min(len(doc), 6) and (doc[i].is_upper and doc[i].is_alpha or (i > 0 and doc[i].text in ("-", "."))):
        i += 1
    if i == 0 or i >= len(doc) or doc[i].text not in (",", "(", *_DASHES):
        return None
    window = doc[i : min(len(doc), i + 16)]
    if not any(t.text in _DASHES for t in window):
        return None
    return i
