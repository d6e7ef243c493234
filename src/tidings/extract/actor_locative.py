"""Is a country, capital or seat named as a place or as an actor? By syntax: "in Berlin", the
"BERLIN, 4 May 2026 —" dateline, "London-based" and "in Nigeria's Kebbi state" are places;
"Berlin said", "Moscow's envoy", "EU-China talks", "drew a warning from Beijing" and "extended
a loan to Hanoi" are actors."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from tidings.ontology.actors import ActorTables

_DATELINE = re.compile(r"^\s*[A-Z][A-Z'’.\- ]{1,40}(?:,[^\n—–]{0,80}?)?\s*(?:\([^)\n]{0,40}\)\s*)?(?:—|–|--| - )")
_HYPHENS = ("-", "‑", "–")


def dateline_end(text: str) -> int:
    """Character offset where a leading "CITY, date —" dateline ends (0 if there is none)."""
    match = _DATELINE.match(text[:160])
    return match.end() if match else 0


def hyphen_link(doc: Doc, end: int, tables: ActorTables) -> str | None:
    """"place" for "London-based", "link" for "Iran-backed", "US-made" (hyphen_links.csv) after a name ending at
    token ``end``, else None."""
    if end + 1 < len(doc) and doc[end].text in _HYPHENS:
        return tables.hyphen_links.get(doc[end + 1].lower_)
    if end < len(doc) and doc[end].text[:1] in ("-", "‑") and len(doc[end].text) > 1:  # "-based" as one token
        return tables.hyphen_links.get(doc[end].lower_[1:])
    return None


def is_locative(doc: Doc, start: int, end: int, *, tables: ActorTables, dateline: int) -> bool:
    """Is the phrase in tokens [start, end) used as a place rather than as an actor?"""
    if doc[start].idx < dateline or hyphen_link(doc, end, tables) == "place":
        return True
    if _hyphen_pair(doc, start, end):  # "EU-China talks", "the Russia-Ukraine war": a party, not a place
        return False
    token = doc[start:end].root
    for _ in range(3):  # "in Berlin and Paris": climb conjunctions and appositions
        if token.dep_ not in ("conj", "appos") or token.head == token:
            break
        token = token.head
    if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN") and token.head.i >= end:
        if any(doc[k].pos_ in ("VERB", "AUX") for k in range(end, token.head.i)):  # "North Korea test-fired missiles"
            return False
        return not token.head.ent_type_ in ("ORG", "NORP")
    if token.dep_ == "poss" and token.head.dep_ == "pobj" and _named_place(token.head, tables):
        token = token.head  # "in Nigeria's Kebbi state", "near Sri Lanka's Jaffna peninsula": where, not who
    if token.dep_ != "pobj":
        return False
    return _locative_preposition(token.head, tables)


def _named_place(noun: Token, tables: ActorTables) -> bool:
    """Does the noun name a place: a kind of place ("town", "province") or a name ("Kebbi state", "Kursk")?"""
    return (noun.lemma_.lower() in tables.place_nouns or noun.pos_ == "PROPN"
            or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children))


def _hyphen_pair(doc: Doc, start: int, end: int) -> bool:
    before = start >= 2 and doc[start - 1].text in _HYPHENS and doc[start - 2].text[:1].isupper()
    after = end + 1 < len(doc) and doc[end].text in _HYPHENS and doc[end + 1].text[:1].isupper()
    return before or after


def _locative_preposition(prep: Token, tables: ActorTables) -> bool:
    use = tables.locatives.get(prep.lower_)
    if use == "always":
        return True
    if use == "verb":  # "returned from Moscow", but "drew a sharp warning from Beijing": Beijing warned
        return prep.head.pos_ in ("VERB", "AUX") and not _party_phrase(prep, tables)
    return False


def _party_phrase(prep: Token, tables: ActorTables) -> bool:
    """"drew a warning [from Beijing]": who gives; "extended a loan [to Hanoi]": who receives."""
    verb = prep.head.lemma_.lower()
    return (prep.lower_ == "from" and verb in tables.giver_verbs) or (prep.lower_ == "to" and verb in tables.recipient_verbs)
