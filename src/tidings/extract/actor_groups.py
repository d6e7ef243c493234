"""Institutions and groups named by common nouns: "the government", "Serbian protesters",
"Israeli troops", "police", "Hamas fighters", "the Commerce Ministry".

The country comes from a modifier on the left (demonym, country, capital, organization,
possessive, possibly past one or two adjectives: "Serbian student protesters"), from an
"of X" complement ("the government of Sudan"), or — for nouns whose table row allows it
("context" = yes: police, protesters, the army…, but not troops or rebels) — from the
sentence or article context.
"""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.extract.actor_context import ActorContext, sympathy
from tidings.extract.actor_match import PhraseMatch, owner_of
from tidings.extract.actor_mention import Mention, country_label
from tidings.ontology.actors import ActorEntry, ActorTables

_MODIFIER_SOURCES = ("country", "demonym", "capital", "seat", "igo", "org", "holder")  # "Trump administration"
_ARMED = ("MIL", "REB")
_SKIPPABLE_DEPS = ("amod", "compound", "nmod")


def find_groups(
    doc: Doc, names: list[PhraseMatch], nouns: list[PhraseMatch], *, tables: ActorTables,
    context: ActorContext, taken: set[int],
) -> list[Mention]:
    name_at_end = {match.end: match for match in names}
    names_at = {match.start: match for match in names}
    named = {i for match in names for i in range(match.start, match.end)}
    igos = [match for match in names if match.entry.source == "igo"]
    out = []
    for match in nouns:
        if match.entry.source not in ("institution", "group") or any(
                i in taken or i in named for i in range(match.start, match.end)):
            continue
        last = doc[match.end - 1]
        if last.pos_ not in ("NOUN", "PROPN") or (last.dep_ == "compound" and last.head.i >= match.end
                                                 and last.head.pos_ == "NOUN" and last.head.lower_ != "spokesperson"):
            continue
        start, modifier = _left_modifier(doc, match.start, name_at_end, taken, tables.owned_by)
        if modifier is None:
            modifier = _of_complement(doc, match.end, names_at, False)
        if modifier is None and match.entry.offices and match.entry.context and match.entry.sector == "GOV":
            modifier = _meeting_igo(doc, match, igos, context)
        if modifier is None and match.entry.context:
            modifier = _of_complement(doc, match.end, names_at, True)
        mention = _group(doc, match, start, modifier, tables, context)
        if mention is not None:
            out.append(mention)
    return out


def _left_modifier(doc: Doc, start: int, name_at_end, taken: set[int], owned_by) -> tuple[int, ActorEntry | None]:
    k, skipped = start, 0
    while k > 0 and skipped <= 2:
        prev = doc[k - 1]
        if k >= 3 and prev.lower_ in owned_by and doc[k - 2].text == "-":  # "the Hamas-run health ministry"
            k -= 2
            prev = doc[k - 1]
        found = owner_of(doc, k, name_at_end)
        if found is not None and sympathy(doc, found.start):
            break  # "pro-Palestinian demonstrators", "anti-American protesters": no nationality
        if found is not None and found.entry.source == "holder" and found.entry.country:
            return start, found.entry  # "Trump administration": the person stays a mention of its own
        if found is not None and found.entry.source in _MODIFIER_SOURCES and found.start not in taken:
            return found.start, found.entry
        proper = prev.text[:1].isupper() and prev.pos_ in ("PROPN", "ADJ", "NOUN")  # "India's External Affairs Ministry"
        if prev.dep_ in _SKIPPABLE_DEPS and (proper or (prev.text.islower() and prev.pos_ in ("ADJ", "NOUN", "VERB"))):
            k -= 1
            skipped += 1
            continue
        break
    return start, None


def _of_complement(doc: Doc, end: int, names_at, located: bool) -> ActorEntry | None:
    """"the government of Sudan"; "police in Belgrade" only for nouns tied to where they are."""
    if end < len(doc) and (doc[end].lower_ == "of" or (located and doc[end].lower_ == "in")):
        k = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
        k += k < len(doc) and doc[k].like_num  # "defense ministers of the 32 allies"
        found = names_at.get(k)
        if found is not None and found.entry.source in _MODIFIER_SOURCES and (found.entry.country or found.entry.code):
            return found.entry
    return None


def _meeting_igo(doc: Doc, match: PhraseMatch, igos: list[PhraseMatch], context: ActorContext) -> ActorEntry | None:
    """"a meeting of trade ministers in Luxembourg" in a sentence naming the EU: office holders of several
    countries gathered by an IGO of the same sentence (the nearest one) are that IGO's, not the host's."""
    sentence = context.sentences.of_token(doc[match.start])
    here = [m for m in igos if context.sentences.of_token(doc[m.start]) == sentence]
    if not here:
        return None
    return min(here, key=lambda m: abs(m.start - match.start)).entry


def _group(doc, match: PhraseMatch, start: int, modifier: ActorEntry | None, tables, context) -> Mention | None:
    entry = match.entry
    sector, code, country, located = entry.sector, None, None, None
    name = entry.name
    if modifier is not None:
        country, code = modifier.country, modifier.code if modifier.source in ("igo", "org") else None
        if modifier.source in ("org", "igo") and modifier.sector in _ARMED and entry.sector in _ARMED:
            sector, name = modifier.sector, modifier.name  # "Hamas fighters", "IRGC navy"
        elif modifier.source in ("org", "igo"):
            name = f"{modifier.name} {entry.name}"  # "Hamas Health Ministry", "EU Foreign Ministers"
    elif entry.context:
        located = context.sentence_country(doc, match.start, match.end)
        country = located or context.country_for(doc, match.start, match.end, domestic=entry.sector in tables.domestic_sectors)
    kind = entry.kind
    if kind == "country":
        if country is None:
            kind = "organization"
        else:
            name = tables.countries.get(country, name)
    if kind != "country" and name == entry.name:
        name = country_label(entry.name, country, tables.adjectives)
    mention = Mention(start=start, end=match.end, kind=kind, name=name, country=country, code=code, sector=sector)
    if entry.context:
        mention.extra["institution"] = entry.name.split()[-1].lower()
        mention.extra["label"] = entry.name if name.endswith(entry.name) else None
    mention.extra["explicit_country"] = modifier is not None or located is not None
    return mention
