"""Places named in the text, geocoded offline.

Names are found by longest match of capitalised token runs against the gazetteer
(``tidings.ontology.places``), then kept when the text uses them as places:

- a country, a capital or a seat of power ("the Kremlin") is a place only in locative use
  ("in Berlin", "to the United States", "west of Moscow") or as the dateline; as subject,
  possessive or modifier ("Berlin said", "Beijing's threat", "US troops") it names an actor;
- other names are places when spaCy tags them GPE/LOC/FAC, when used locatively, or when
  the curated table knows them (seas, regions, bases); never when they are part of a longer
  organisation or person name ("Bank of England").

Among same-named places the choice favours the article's dateline country and the countries
it names (by name or demonym), then population and notability (see ``place_choice``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from tidings.extract.place_choice import Context, choose, clear_choice
from tidings.extract.place_fallback import fallback_places
from tidings.extract.place_usage import (
    UsageTables,
    dateline_end,
    is_modifier,
    load_usage_tables,
    names_event,
    usage,
)
from tidings.models import Place
from tidings.ontology.csvfiles import read_csv
from tidings.ontology.places import Gazetteer, GazEntry, place_key

_MAX_WORDS = 6
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_NOT_PLACE_LABELS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
_CURATED_KINDS = {"region", "water", "facility", "admin"}
_TINY_PRIOR = 4.0
_CONTEXT_PRIOR = 5.0
_BIG_CITY = 7.0  # a city this notable is a place even when spaCy gives it no label  # only notable places set the article's countries
_INNER_PUNCT = {"-", "'", "’", ".", "(", ")"}


@dataclass
class _Mention:
    start: int
    end: int
    entries: tuple[GazEntry, ...]


def extract_places(doc: Doc, *, gazetteer: Gazetteer | None) -> list[Place]:
    if gazetteer is None:
        return []
    tables = load_usage_tables()
    mentions = _mentions(doc, gazetteer, tables)
    dateline = _dateline_mentions(doc, mentions)
    context = _context(mentions, dateline, named_features=_named_features(doc, mentions, tables))
    context.countries |= _demonym_countries(doc)
    facts = _DocFacts(entities=_entity_bounds(doc), person_words=_person_words(doc, mentions))
    places, taken = [], []
    for n, mention in enumerate(mentions):
        qualifier = _qualifier(doc, mention, mentions[n + 1] if n + 1 < len(mentions) else None)
        entry = choose(mention.entries, context, qualifier=qualifier)
        if entry is None:
            continue
        verdict = "place" if n in dateline else _verdict(doc, mention, entry, tables, facts, context)
        if verdict == "place":
            places.append(_place(doc, mention, entry, tables))
        if verdict != "unknown":
            taken.append((mention.start, mention.end))
    extra = fallback_places(doc, places, tables=tables, taken=taken, dateline_country=context.dateline_country)
    return sorted(places + extra, key=lambda p: p.start)


@dataclass
class _DocFacts:
    entities: dict[int, tuple[int, int, str]]
    person_words: frozenset[str]


def _mentions(doc: Doc, gazetteer: Gazetteer, tables: UsageTables) -> list[_Mention]:
    """Longest gazetteer matches over capitalised token runs, left to right, not overlapping."""
    found: list[_Mention] = []
    i = 0
    limit = min(_MAX_WORDS, gazetteer.max_words + 1)
    while i < len(doc):
        if not doc[i].text[:1].isupper():
            i += 1
            continue
        match = None
        for n in range(min(limit, len(doc) - i), 0, -1):
            span = doc[i : i + n]
            if _plausible(span, tables):
                key = place_key(span.text)
                if key in gazetteer:
                    match = _Mention(i, i + n, gazetteer.lookup(key))
                    break
        if match is None:
            i += 1
            continue
        found.append(match)
        i = match.end
    return found


def _plausible(span: Span, tables: UsageTables) -> bool:
    last = span[-1]
    if not (last.text[:1].isupper() or last.text == ")" or (len(span) > 1 and last.lower_ in tables.name_nouns)):
        return False
    for tok in span[1:]:
        if tok.is_sent_start or (tok.is_punct and tok.text not in _INNER_PUNCT):
            return False
    return True


def _dateline_mentions(doc: Doc, mentions: list[_Mention]) -> set[int]:
    """Indexes of the mentions forming the dateline: "PALU, Indonesia, Nov 5 —" gives two."""
    end = dateline_end(doc)
    if end is None or not mentions or mentions[0].start != 0 or mentions[0].end != end:
        return set()
    found = {0}
    if len(mentions) > 1 and mentions[1].start == end + 1 and doc[end].text == ",":
        if mentions[1].end < len(doc) and doc[mentions[1].end].text == ",":
            found.add(1)
    return found


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """"Colombian" → COL: from the countries table of the actors."""
    return {d: row["iso3"] for row in read_csv("actors/countries.csv") for d in row["demonyms"].split("|") if d}


def _demonym_countries(doc: Doc) -> set[str]:
    """Countries the article names by demonym ("Colombian troops", "British farmers")."""
    demonyms = _demonyms()
    return {demonyms[t.text] for t in doc if t.text in demonyms}


def _context(mentions: list[_Mention], dateline: set[int], *, named_features: set[int]) -> Context:
    context = Context()
    for n, mention in enumerate(mentions):
        if n in named_features:
            continue
        if n in dateline and context.dateline_country is None:
            top = choose(mention.entries, Context())
            context.dateline_country = top.country if top else None
        clear = clear_choice(mention.entries)
        if clear is not None and clear.country and clear.prior >= _CONTEXT_PRIOR:
            context.countries.add(clear.country)
    if context.dateline_country:
        context.countries.add(context.dateline_country)
    return context


def _qualifier(doc: Doc, mention: _Mention, following: _Mention | None) -> tuple[GazEntry, ...]:
    """"Paris, Texas": the next name, after a comma, when it is a state or country."""
    if following is None or following.start != mention.end + 1 or doc[mention.end].text != ",":
        return ()
    return tuple(e for e in following.entries if e.kind in ("admin", "country"))


def _entity_bounds(doc: Doc) -> dict[int, tuple[int, int, str]]:
    """Token → (start, end, label) of its entity, leading function words left out ("the Sahel",
    "Outside Parliament House")."""
    bounds = {}
    for ent in doc.ents:
        start = ent.start
        while start < ent.end - 1 and doc[start].pos_ in ("DET", "ADP", "ADV", "PRON", "SCONJ"):
            start += 1
        for i in range(start, ent.end):
            bounds[i] = (start, ent.end, ent.label_)
    return bounds


def _person_words(doc: Doc, mentions: list[_Mention]) -> frozenset[str]:
    """Surnames of the people named in the article: "Machado" is not a town here. Taken from
    PERSON entities and from runs of capitalised proper nouns that are not known places
    ("María Corina Machado", which the small model may leave unlabelled)."""
    words = {t.text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
    known = {(m.start, m.end) for m in mentions}
    run: list = []
    for tok in [*doc, None]:
        if tok is not None and tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha:
            run.append(tok)
            continue
        if len(run) >= 2 and (run[0].i, run[-1].i + 1) not in known and not any(r.ent_type_ in _PLACE_LABELS for r in run):
            words.add(run[-1].text)
        run = []
    return frozenset(words)


def _verdict(doc: Doc, mention: _Mention, entry: GazEntry, tables: UsageTables, facts: _DocFacts, context: Context) -> str:
    """"place", "no", or "unknown" (a tiny namesake abroad: maybe a place the gazetteer lacks)."""
    if _tiny_and_foreign(entry, context) or _feature_abroad(doc, mention, entry, tables, context):
        return "unknown"
    return "place" if _is_place(doc, mention, entry, tables, facts) else "no"


def _is_place(doc: Doc, mention: _Mention, entry: GazEntry, tables: UsageTables, facts: _DocFacts) -> bool:
    span = doc[mention.start : mention.end]
    start, end, label = facts.entities.get(mention.start, (mention.start, mention.end, ""))
    if all(t.ent_type_ in _NOT_PLACE_LABELS for t in span) or span.text in facts.person_words:
        return False
    if span.text.isupper() and len(span.text) <= 4 and entry.kind == "city":
        return False  # "UN" is not Un (India)
    if label and label not in _PLACE_LABELS and (start < mention.start or end > mention.end):
        return False  # part of a longer name: "Bank of England", "Jeddah Talks Secretariat"
    if _inside_longer_name(doc, mention, tables):
        return False
    how = usage(span, tables)
    metonym = entry.kind == "country" or entry.metonym or any(e.metonym and e.kind == "city" for e in mention.entries)
    if metonym:
        return how == "locative" or (how == "possessive" and entry.kind != "country") or (
            entry.kind == "city" and names_event(span, tables)
        )
    proper = bool(label) or entry.kind in _CURATED_KINDS or any(t.pos_ == "PROPN" for t in span)
    if how in ("locative", "weak", "possessive"):
        return proper
    if how == "recipient":
        return False
    if is_modifier(span, tables):
        return span.root.dep_ == "compound" and label == "GPE" and entry.kind in ("city", "admin")
    if label in _PLACE_LABELS or (entry.kind == "city" and entry.prior >= _BIG_CITY and span.root.pos_ == "PROPN"):
        return True
    return entry.kind in _CURATED_KINDS and entry.prior >= 8 and any(t.pos_ == "PROPN" for t in span)


def _named_beyond(doc: Doc, mention: _Mention, start: int, end: int) -> bool:
    """A place entity that runs on past the name with more capitalised words."""
    outside = [*doc[start : mention.start], *doc[mention.end : end]]
    return any(t.text[:1].isupper() and t.pos_ == "PROPN" for t in outside)


def _inside_longer_name(doc: Doc, mention: _Mention, tables: UsageTables) -> bool:
    """A capitalised proper noun glued on either side: "BRP Sierra Madre", "Plaza Venezuela",
    "US Forces Korea", "Asia-Pacific Economic Cooperation" (but "Northern Israel")."""
    for i in (mention.start - 1, mention.end):
        if 0 <= i < len(doc):
            tok = doc[i]
            if tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.is_sent_start:
                if tok.lower_ not in tables.direction_adjs and not (i == mention.end and tok.lower_ in tables.admin_words):
                    return True
    return False


def _tiny_and_foreign(entry: GazEntry, context: Context) -> bool:
    """A village abroad, or a town abroad known by this name only as an alternate, that shares
    a name with something in the story is likelier a mistake; a big city known by an alternate
    name ("New York" for New York City, "Bombay") is not."""
    if entry.kind != "city" or entry.country in context.countries:
        return False
    return entry.prior < _TINY_PRIOR or (not entry.primary and entry.prior < _BIG_CITY)


def _names_feature(doc: Doc, mention: _Mention, tables: UsageTables) -> bool:
    """A name followed by a natural feature: "Delft island", "Neelum valley"."""
    return mention.end < len(doc) and doc[mention.end].lower_ in tables.landforms


def _named_features(doc: Doc, mentions: list[_Mention], tables: UsageTables) -> set[int]:
    """Mentions naming a natural feature: they set no country of the story (a town abroad
    sharing the name would vote for its own country)."""
    return {n for n, mention in enumerate(mentions) if _names_feature(doc, mention, tables)}


def _feature_abroad(doc: Doc, mention: _Mention, entry: GazEntry, tables: UsageTables, context: Context) -> bool:
    """"Delft island" in a story about Sri Lanka is that island, not the Dutch town: a town
    abroad taken for a named natural feature is left to the fallback, which takes the country
    of the sentence's nearest place or of the story."""
    if entry.kind != "city" or not _names_feature(doc, mention, tables):
        return False
    return bool(context.countries) and entry.country not in context.countries


def _place(doc: Doc, mention: _Mention, entry: GazEntry, tables: UsageTables) -> Place:
    end = mention.end
    if end < len(doc) and doc[end].lower_ in tables.admin_words and entry.kind in ("admin", "region", "city"):
        end += 1  # "Hebei province", "Kupwara district"
    span = doc[mention.start : end]
    return Place(
        text=span.text, start=span.start_char, end=span.end_char, name=entry.name, country=entry.country,
        lat=entry.lat, lon=entry.lon, geonameid=entry.geonameid, kind=entry.kind,
    )
