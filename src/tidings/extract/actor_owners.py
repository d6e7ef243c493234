"""Whose office "its"/"their" names: "Israel struck targets in Gaza. Its defence minister said …", "UNIFIL said its
patrols recorded no violations. Its commander met …".

A title after "its" or "their", with no country or organization of its own and no such name before it in its own
sentence (there the sentence's context decides: "Mexico said its foreign minister …"), belongs to the subject of the
sentence before when that is a country, capital, seat, IGO or organization (the entity a new sentence's "its" most
often continues). Nothing else is guessed: with no such antecedent the title keeps what the context gives it.

A descriptor as possessive owner ("the island's president", "the kingdom's foreign minister") gives a title with
no country of its own the country the descriptor stands for (resolved by :mod:`actor_refs`), and so the holder of
that office there.
"""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.extract.actor_context import SentenceIndex
from tidings.extract.actor_match import PhraseMatch
from tidings.extract.actor_mention import Mention
from tidings.extract.actor_resolve import heads_subject
from tidings.ontology.actors import ActorTables

_POSSESSIVES = ("its", "their")
_OWNERS = ("country", "capital", "seat", "igo", "org")


def possessive_owners(doc: Doc, people: list[Mention], names: list[PhraseMatch], *,
                      sentences: SentenceIndex) -> None:
    """Give titled people after "its"/"their" the country or organization of their antecedent (in place)."""
    owners = [m for m in names if m.entry.source in _OWNERS and (m.entry.country or m.entry.code)]
    if not owners:
        return
    for mention in people:
        if mention.extra.get("explicit_country") or mention.start == 0:
            continue
        if doc[mention.start - 1].lower_ not in _POSSESSIVES:
            continue
        found = _antecedent(doc, mention.start - 1, owners, sentences)
        if found is None:
            continue
        entry = found.entry
        mention.country, mention.code = entry.country, entry.code if entry.source in ("igo", "org") else None
        if entry.source == "igo" and mention.sector not in ("MIL", "JUD", "LEG", "REL"):
            mention.sector = "IGO"
        mention.extra["explicit_country"] = True


def _antecedent(doc: Doc, at: int, owners: list[PhraseMatch], sentences: SentenceIndex) -> PhraseMatch | None:
    here = sentences.of_token(doc[at])
    before = [m for m in owners if m.end <= at]
    if any(sentences.of_token(doc[m.start]) == here for m in before):
        return None  # "Mexico said its foreign minister …": the sentence's own context says it already
    previous = [m for m in before if sentences.of_token(doc[m.start]) == here - 1 and _subject(doc, m)]
    return previous[-1] if previous else None


def _subject(doc: Doc, match: PhraseMatch) -> bool:
    """Is the name the subject of its clause, or the head of that subject ("The UN peacekeeping force UNIFIL")?"""
    return heads_subject(doc[match.start:match.end].root, through=("compound", "appos", "poss"))


def descriptor_owners(doc: Doc, mentions: list[Mention], *, tables: ActorTables) -> None:
    """"the island's president": the title is the office of the country the descriptor names (in place)."""
    people = {m.start: m for m in mentions if m.kind == "person" and m.role}
    for owner in mentions:
        if not owner.extra.get("descriptor") or owner.end + 1 >= len(doc) or doc[owner.end].tag_ != "POS":
            continue
        person = people.get(owner.end + 1)
        if person is None or person.code or person.country == owner.country or person.extra.get("name"):
            continue
        holder = tables.holder(owner.country, person.role)
        person.country, person.name = owner.country, holder.name if holder is not None else person.role
        person.person = None
