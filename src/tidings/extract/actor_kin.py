"""People placed by a relation in apposition: "Kim Yo Jong, the powerful sister of leader Kim Jong Un,",
"Ri Il Hwan, a close aide to Kim Jong Un,".

A bare name (no title, no country of its own, no office-holder row) followed by ", [the|a] [adjectives] RELATION
of/to X" (``relations.csv``: kin and personal aides) takes the country or organization of X, the mention that
follows "of"/"to"; every mention of that person follows, so a later "Kim Yo Jong denounced …" is North Korea's.
A relation that is no side ("a critic of", "a rival of") is not listed.
"""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.extract.actor_mention import Mention
from tidings.ontology.actors import ActorTables

_LINKS = ("of", "to")
_DETERMINERS = ("the", "a", "an")
_REACH = 4  # tokens from "of"/"to" to the relative's mention ("of North Korean leader Kim Jong Un")


def kin_appositions(doc: Doc, mentions: list[Mention], *, tables: ActorTables) -> None:
    """Give bare names the side of the relative named in their apposition (in place)."""
    starts = {m.start: m for m in mentions if m.country or m.code}
    for mention in mentions:
        person = mention.person
        if person is None or not mention.extra.get("bare") or mention.extra.get("holder") or person.role:
            continue
        if mention.country != mention.extra.get("context_country") and mention.country is not None:
            continue  # "Republican Lindsey Graham": a side of its own
        link = _relation_link(doc, mention.end, tables)
        relative = next((starts[k] for k in range(link + 1, min(link + 1 + _REACH, len(doc)))
                         if k in starts), None) if link is not None else None
        if relative is None or relative.person is person:
            continue
        person.country, person.code = relative.country, relative.code
        for other in mentions:
            if other.person is person:
                other.country, other.code = person.country, person.code


def _relation_link(doc: Doc, end: int, tables: ActorTables) -> int | None:
    """The index of "of"/"to" in ", the (adjectives) sister of", right after a name ending at ``end``."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return None
    k = end + 1 + (doc[end + 1].lower_ in _DETERMINERS)
    while k < len(doc) and doc[k].pos_ in ("ADJ", "ADV") and doc[k].is_lower:
        k += 1
    if k + 1 >= len(doc) or doc[k].lower_ not in tables.relations or doc[k + 1].lower_ not in _LINKS:
        return None
    return k + 1
