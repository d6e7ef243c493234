"""Names that a generic institution noun introduces: "the Russian state news agency Sputnik", "Sputnik, the Russian
state news agency", "Iran's semi-official news agency Tasnim".

The model often tags such a name as a person, which would then take the country of the scene or of the speaker
("BAKU — … the Russian state news agency Sputnik": Azerbaijani). A bare name right after an institution noun that
has its own country, or set off from one in apposition, is that institution: it takes its kind, country and sector.
"""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.extract.actor_mention import Mention


def names_of_institutions(doc: Doc, mentions: list[Mention]) -> None:
    """Re-code (in place) the bare names that name an institution noun of a stated country."""
    names = {m.start: m for m in mentions if m.kind == "person" and m.extra.get("bare") and not m.role}
    if not names:
        return
    owner_of = {i: m for m in names.values() for i in range(m.start, m.end)}
    for body in mentions:
        if body.kind != "organization" or not body.country or body.code or not _common_noun(doc, body):
            continue
        name = names.get(body.end) or _appositive_name(doc, body, owner_of)
        if name is not None:
            name.kind, name.country, name.sector, name.person = "organization", body.country, body.sector, None
            name.extra["explicit_country"] = True


def _common_noun(doc: Doc, body: Mention) -> bool:
    head = doc[body.end - 1]
    return head.pos_ == "NOUN" and head.text.islower()


def _appositive_name(doc: Doc, body: Mention, owner_of: dict[int, Mention]) -> Mention | None:
    """"Sputnik, the Russian state news agency, said": the noun phrase set off by commas right after the name (the
    parse often misses the apposition). "… met Ahmed, the Iraqi interior ministry said" is a new clause, not one."""
    k = body.start - 1 if body.start > 0 and doc[body.start - 1].lower_ == "the" else body.start
    if k < 2 or doc[k - 1].text != ",":
        return None
    if body.end < len(doc) and not doc[body.end].is_punct:
        return None
    name = owner_of.get(k - 2)
    return name if name is not None and name.end == k - 1 else None
