"""Places that say whose an office or a body is: "the Istanbul governor", "Belgorod Governor Vyacheslav Gladkov",
"Kherson regional governor", "Kharkiv police", "Donetsk officials".

A city or province written right before a title, an institution or a group noun (or before its possessive:
"Istanbul's governor") gives that noun its country, as a country name or a demonym does. The place is looked up in
the gazetteer only at those positions (one to three capitalised words before a noun the actor tables matched), and
counts only when it is notable and clearly of one country: "Mercedes spokesman" (Uruguay or Argentina) and
"Orange chief executive" (towns in three countries) are left alone. Names the tables know (countries, capitals,
organizations) are never re-read as places.
"""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.extract.actor_match import PhraseMatch, owner_end
from tidings.extract.actor_mention import Mention
from tidings.ontology.actors import ActorEntry
from tidings.ontology.places import Gazetteer, place_key

_NOUN_SOURCES = ("title", "institution", "group")
_KINDS = ("city", "admin")
_MIN_PRIOR = 5.0  # a notable place (the gazetteer's prior grows with population)
_MARGIN = 1.5  # a place of another country by the same name must be this much less likely
_MAX_WORDS = 3
_MIN_PRIOR_WORD = 6.0  # a single word must name a larger place ("Jenin", not "Khan" or "Abbas")
_PLACE_DEPS = ("pobj", "dobj", "nsubj", "nsubjpass")
_SKIPPABLE = ("regional", "provincial", "municipal", "city", "state", "local")  # "Kherson regional governor"


def modifier_places(doc: Doc, nouns: list[PhraseMatch], *, gazetteer: Gazetteer | None, taken: set[int],
                    dateline: int) -> list[PhraseMatch]:
    """Places right before the table's titles, institutions and groups, as ``source="place"`` matches whose
    country is the place's (``taken``: tokens of names the tables know)."""
    if gazetteer is None:
        return []
    out: dict[int, PhraseMatch] = {}
    for match in nouns:
        if match.entry.source not in _NOUN_SOURCES:
            continue
        end = match.start
        while end > 0 and doc[end - 1].lower_ in _SKIPPABLE and doc[end - 1].text.islower():
            end -= 1
        end = owner_end(doc, end)
        if end in out or end == 0 or doc[end - 1].idx < dateline:
            continue
        found = _place_before(doc, end, gazetteer, taken)
        if found is not None:
            out[end] = found
    return list(out.values())


def _place_before(doc: Doc, end: int, gazetteer: Gazetteer, taken: set[int]) -> PhraseMatch | None:
    """The longest run of capitalised words ending at token ``end`` that names one notable place."""
    start = end
    while start > 0 and end - start < _MAX_WORDS and _proper(doc[start - 1]) and start - 1 not in taken:
        start -= 1
    for first in range(start, end):
        entries = gazetteer.lookup(place_key(doc[first:end].text))
        country = _clear_country(entries)
        if country:
            entry = ActorEntry(source="place", kind="country", name=entries[0].name, country=country)
            return PhraseMatch(first, end, (entry,))
    return None


def _proper(token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_stop  # not "The"


def _clear_country(entries) -> str | None:
    if not entries:
        return None
    best = entries[0]
    if best.kind not in _KINDS or not best.country or best.prior < _MIN_PRIOR:
        return None
    if any(e.country != best.country and e.prior > best.prior - _MARGIN for e in entries[1:]):
        return None
    return best.country


def modifier_ground(doc: Doc, start: int, end: int, *, gazetteer: Gazetteer | None, nouns) -> str | None:
    """The country of a notable place of one country that an ORG entity in tokens [start, end) names as the
    modifier of a common noun no actor table knows ("the Ryazan oil refinery", "the Torkham border crossing"):
    the ground that noun stands on, as "the Russian refinery" gives it; else None ("the Toyota plant" names no
    notable town; "Kharkiv police" is the police's own place, read by :func:`modifier_places`)."""
    root = doc[start:end].root
    if gazetteer is None or root.dep_ != "compound" or root.head.i < end or root.head.pos_ != "NOUN":
        return None
    if nouns.get(root.head.text) or nouns.get(root.head.lower_):
        return None
    entries = gazetteer.lookup(place_key(doc[start:end].text))
    return _clear_country(entries)


def without_place_names(doc: Doc, people: list[Mention], *, gazetteer: Gazetteer | None,
                        place_nouns: frozenset[str], countries: dict[str, str]) -> list[Mention]:
    """``people`` less the bare names the model tagged as a person that name a place: the object of a preposition
    whose whole name the gazetteer knows ("the bombardment of Khan Younis"), or of "of" after a noun for a place
    ("the port of Ras Isa"). A place is no actor, and takes no country from the scene or the speaker. The object or
    subject of a verb whose whole name is a notable place ("troops stormed Khan Younis", "Kramatorsk came under
    fire") stands for its ground, as "stormed Gaza" does: a mention of the place's country with no sector. A single
    word is left a person (surnames are towns too: "according to Jackson", "talks with Lee"), except as a verb's
    object naming a large place of one country that no person named before has as surname ("forces raided
    Jenin"); so is a name that only a small place bears ("talks with Pedro Sanchez")."""
    surnames = {ent[-1].lower_: ent.start for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    persons = {i for m in people for i in range(m.start, m.end)}
    out = []
    for mention in people:
        bare = mention.extra.get("bare") and not mention.extra.get("holder")  # "Lula" is the president, not a town
        use = _place_use(doc, mention, gazetteer, place_nouns, surnames, persons) if bare else None
        if use is None:
            out.append(mention)
        elif use:
            out.append(Mention(start=mention.start, end=mention.end, kind="country", name=countries.get(use, use),
                               country=use, extra={"place": True}))
    return out


def _place_use(doc: Doc, mention: Mention, gazetteer: Gazetteer | None, place_nouns: frozenset[str],
               surnames: dict[str, int], persons: set[int]) -> str | None:
    """None for a person, "" for a place that is no actor, else the country of a place standing for its ground."""
    span = doc[mention.start:mention.end]
    root = span.root
    while root.dep_ == "conj" and root.head is not root:  # "raided Jenin and Tulkarem"
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and (root.head.head.lower_ in place_nouns
                                                             or root.head.head.lemma_.lower() in place_nouns):
        return ""  # "the port of Ras Isa", "the towns of Khiam and Kfar Kila"
    if gazetteer is None or root.dep_ not in _PLACE_DEPS:
        return None
    entries = gazetteer.lookup(place_key(span.text))
    if len(span) >= 2:  # "Pedro Sanchez" is a village: only a notable place counts
        if not any(entry.prior >= _MIN_PRIOR for entry in entries):
            return None
        return "" if root.dep_ == "pobj" else (_clear_country(entries) or "")
    if root.dep_ != "dobj" or surnames.get(span[0].lower_, len(doc)) < mention.start:
        return None
    if any(child.dep_ == "nsubj" and child.i in persons for child in root.head.children):  # "Trump met Lula"
        return None
    country = _clear_country(entries)
    return country if country and entries[0].prior >= _MIN_PRIOR_WORD else None
