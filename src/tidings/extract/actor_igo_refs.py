"""Later mentions of an IGO by a generic noun: "the alliance" after NATO, "the bloc" after ASEAN.

``igo_nouns.csv`` lists, for each noun, the IGOs it can stand for ("alliance" → NATO, CSTO;
"agency" → IAEA, WFP…; "allied" → NATO). A definite noun ("the alliance", "the 32 allies",
"the agency's inspectors") or the adjective "allied" ("allied defense ministers") is the most
recent IGO named before it in the article that the noun can stand for, unless an organization
whose name ends in the same noun was named more recently ("the Tasnim news agency … the agency").
With no such IGO before it, an IGO it can stand for named later in the same sentence ("The bloc's top
diplomat said the EU would …"); else the noun is left alone. The references are returned as table
matches, so titles and groups take them as owners ("the alliance's secretary general").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tidings.extract.actor_match import PhraseMatch
from tidings.ontology.actors import ActorTables

_DEFINITE = ("the",)


def with_igo_references(doc: Doc, names: list[PhraseMatch], *, tables: ActorTables,
                        lower: list[str]) -> list[PhraseMatch]:
    """``names`` plus a match for each generic noun that refers back to an IGO named before it (``lower`` holds
    the lower-cased token texts)."""
    if not any(m.entry.source == "igo" for m in names):
        return names
    covered = {i for m in names for i in range(m.start, m.end)}
    found = []
    for i, word in enumerate(lower):
        codes = tables.igo_nouns.get(word)
        if not codes or i in covered:
            continue
        token = doc[i]
        if not _referring(doc, token, names, codes):
            continue
        antecedent = _antecedent(doc, names, token, codes) or _same_sentence_after(doc, names, token, codes)
        if antecedent is not None:
            found.append(PhraseMatch(token.i, token.i + 1, antecedent.entries))
    return sorted(names + found, key=lambda m: m.start) if found else names


def _referring(doc: Doc, token: Token, names: list[PhraseMatch], codes: tuple[str, ...]) -> bool:
    """"allied" as a modifier; a noun after "the" (a number may come between: "the 32 allies"), or after the
    IGO's own name ("NATO allies")."""
    if token.pos_ in ("ADJ", "VERB") or token.dep_ == "amod":
        return token.dep_ == "amod"
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    k = token.i - 1
    if k >= 0 and doc[k].like_num:
        k -= 1
    if k < 0:
        return False
    if doc[k].lower_ in _DEFINITE:
        return True
    return any(m.end == k + 1 and m.entry.source == "igo" and m.entry.code in codes for m in names)


def _antecedent(doc: Doc, names: list[PhraseMatch], token: Token, codes: tuple[str, ...]) -> PhraseMatch | None:
    for match in reversed(names):
        if match.end > token.i:
            continue
        if match.entry.source == "igo" and match.entry.code in codes:
            return match
        if doc[match.end - 1].lower_ == token.lower_:  # "the Tasnim news agency … the agency"
            return None
    return None


def _same_sentence_after(doc: Doc, names: list[PhraseMatch], token: Token, codes: tuple[str, ...]) -> PhraseMatch | None:
    """"The bloc's top diplomat said the EU would keep sanctions": the first IGO the noun can stand for, named
    later in the noun's sentence."""
    end = token.sent.end
    return next((m for m in names if token.i < m.start < end and m.entry.source == "igo" and m.entry.code in codes),
                None)
