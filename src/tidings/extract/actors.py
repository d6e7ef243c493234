"""Actors learned from the text: countries, capitals as governments, titled people, IGOs.

``extract_actors`` returns every actor mention of an article, sorted and non-overlapping,
each with its exact text and character offsets. How mentions are cut (so that
``tidings.extract.spans.covering`` finds the right actor for a token):

- a titled person is one mention from the first modifier to the end of the name:
  "Iranian Foreign Minister Abbas Araghchi", "Moscow's envoy" (role "Envoy", RUS); an
  appositive title and name are two mentions of the same person ("the Bundestag's military
  commissioner" / "Henning Otte");
- a group or institution takes its country modifier with it: "Serbian protesters",
  "the Chinese government" → "Chinese government" (kind country, CHN, GOV);
- a country name is always an actor; its sector is GOV, or null when used as a place
  ("troops in Germany", "a village in Congo's Ituri province"), so events can tell the two apart; a capital or seat of
  government is an actor only when not used as a place ("Berlin said" vs "in Berlin");
- a demonym alone ("Chinese steel") is a country mention with sector null; a plural
  demonym ("Iranians") is a group of civilians.

Pipeline: table matches (:mod:`actor_match`), less IGO bodies named with a national modifier
("Russia's Security Council" is Russia's), plus parties no table names (:mod:`actor_parties`)
and generic nouns for an IGO named before ("the alliance", :mod:`actor_igo_refs`)
→ article, scene and sentence context
(:mod:`actor_context`) → people (:mod:`actor_people`) → institutions and groups
(:mod:`actor_groups`) → remaining names → countries of unqualified institutions from earlier
mentions (:mod:`actor_inherit`) → resolution of people (:mod:`actor_resolve`) → ORG entities
no table knows, or short forms of organizations named before ("the Guards") → references to what the
article named before ("the group", "the North", :mod:`actor_refs`) → first person in quotes
(:mod:`actor_quotes`) → optionally, sets of parties ("the two leaders", :mod:`actor_sets`). Cost: about 4% of a bare ``nlp.pipe`` (dict lookups only, no regex scans).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Doc, Span

from tidings.extract.actor_context import build_context
from tidings.extract.actor_locative import dateline_end, hyphen_link, is_locative
from tidings.extract.actor_groups import find_groups
from tidings.extract.actor_inherit import inherit_institutions
from tidings.extract.actor_kin import kin_appositions
from tidings.extract.actor_match import PhraseMatch, TokenView, is_possessive, match_phrases, owner_of
from tidings.extract.actor_igo_refs import with_igo_references
from tidings.extract.actor_mention import Mention, from_entry
from tidings.extract.actor_owners import descriptor_owners, possessive_owners
from tidings.extract.actor_parties import party_matches, party_spans, without_parties
from tidings.extract.actor_people import find_people
from tidings.extract.actor_places import modifier_ground, modifier_places, without_place_names
from tidings.extract.actor_quotes import first_person
from tidings.extract.actor_refs import refer_back
from tidings.extract.actor_resolve import resolve_people
from tidings.extract.actor_sets import resolve_sets
from tidings.extract.actor_titled_names import names_of_institutions
from tidings.models import Actor, Place
from tidings.ontology.actors import ActorTables
from tidings.ontology.places import Gazetteer

logger = logging.getLogger(__name__)

_PLACE_LIKE = ("capital", "seat", "country")
_NATIONAL = ("country", "demonym", "capital")
_BIGGER_ENTITIES = ("ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT")


def extract_actors(doc: Doc, *, ontology, places: list[Place], sets: bool = False,
                   gazetteer: Gazetteer | None = None) -> list[Actor]:
    """Every actor mention of the article. With ``sets``, a plural noun or pronoun that stands for a set of
    parties named before ("the two leaders", "They") is one mention per member on the noun's span
    (:mod:`actor_sets`); that needs an event coder that reads same-span mentions as one compound party."""
    tables: ActorTables = ontology.actors
    text = doc.text
    entities = _entity_of_token(doc)
    view = TokenView.of(doc, text)
    names = [m for m in match_phrases(view, tables.names, proper=True)
             if m.entry.source != "block" and not _inside_other_name(doc, m, entities)]
    names = _national_bodies(doc, names, tables)
    parties = party_spans(doc, names, tables=tables, lower=view.lower)
    names = with_igo_references(doc, without_parties(names, parties), tables=tables, lower=view.lower)
    nouns = match_phrases(view, tables.nouns, proper=False)
    dateline = dateline_end(text)
    context = build_context(doc, names, tables=tables, places=places, dateline=dateline)
    names = _local_bodies(doc, party_matches(doc, names, parties, context=context), context)
    place_tokens = _place_tokens(doc, places)
    owners = modifier_places(doc, nouns, gazetteer=gazetteer, taken={i for m in names for i in range(m.start, m.end)},
                             dateline=dateline)
    people = find_people(doc, names, nouns, tables=tables, context=context, places=place_tokens, owners=owners)
    people = without_place_names(doc, people, gazetteer=gazetteer, place_nouns=tables.place_nouns,
                                 countries=tables.countries)
    grounds = [m for m in people if m.extra.get("place")]  # "stormed Khan Younis": the place's country
    people = [m for m in people if not m.extra.get("place")]
    possessive_owners(doc, people, names, sentences=context.sentences)
    taken = _tokens(people) | _tokens(grounds)
    groups = find_groups(doc, names, nouns, tables=tables, context=context, taken=taken, owners=owners)
    taken |= _tokens(groups)
    leading = {m.start: m for m in names if m.entry.source == "demonym" and not m.entry.plural and m.start not in taken}
    named = _named(doc, names, taken, tables, dateline)
    taken |= _tokens(named)
    inherit_institutions(doc, people + groups + named, tables=tables, context=context)
    people = resolve_people(doc, people, tables=tables, taken=taken, sentences=context.sentences,
                            lower=view.lower)
    _parties_of_people(doc, named, people, tables)
    kin_appositions(doc, people, tables=tables)
    taken |= _tokens(people) | {i for i, start in enumerate(view.start) if start < dateline}
    taken |= place_tokens | {i for m in names for i in range(m.start, m.end)}
    owners = {m.end: m.entry for m in names if m.entry.source in _NATIONAL and m.entry.country}
    others = _other_organizations(doc, taken, _short_forms(doc, named), owners=owners, tables=tables,
                                  leading=leading, gazetteer=gazetteer)
    names_of_institutions(doc, people + groups + named + others)
    mentions = refer_back(doc, people + groups + named + others + grounds, tables=tables, dateline=dateline, lower=view.lower,
                          sentences=context.sentences)
    descriptor_owners(doc, mentions, tables=tables)
    mentions = first_person(doc, _non_overlapping(mentions), tables=tables, text=text, starts=view.start,
                            sentences=context.sentences)
    if sets:
        mentions = resolve_sets(doc, _non_overlapping(mentions), tables=tables, lower=view.lower,
                                sentences=context.sentences)
    return [m.to_actor(doc, text) for m in _non_overlapping(mentions)]


def _tokens(mentions: list[Mention]) -> set[int]:
    return {i for m in mentions for i in range(m.start, m.end)}


def _place_tokens(doc: Doc, places: list[Place]) -> set[int]:
    """Tokens the places extractor took (spaCy often tags towns as PERSON or ORG)."""
    out: set[int] = set()
    for place in places:
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def _entity_of_token(doc: Doc) -> dict[int, Span]:
    return {token.i: ent for ent in doc.ents for token in ent}


def _inside_other_name(doc: Doc, match: PhraseMatch, entities: dict[int, Span]) -> bool:
    """"Chad Smith", "Washington Institute": a table name inside a longer entity of another kind."""
    entry = match.entry
    if entry.source == "holder":
        return False
    ent = entities.get(match.start)
    if ent is None or ent.end < match.end:
        return False
    first = ent.start + (ent[0].lower_ == "the")
    last = ent.end - is_possessive(ent[-1])  # "Sri Lanka's" tagged as a person
    if last - first <= match.end - match.start:
        return False
    if ent.label_ == "PERSON":
        return entry.source in _PLACE_LIKE + ("demonym",)
    return entry.source in ("capital", "seat") and ent.label_ in _BIGGER_ENTITIES


def _national_bodies(doc: Doc, names: list[PhraseMatch], tables: ActorTables) -> list[PhraseMatch]:
    """"Iran's Security Council", "the Russian Security Council": an IGO body's name that is also a generic
    institution noun, with a national modifier before it, is that country's body (the noun table decides); with
    another IGO before it ("the African Union's Peace and Security Council"), it is that IGO's body."""
    by_end = {m.end: m for m in names}
    out = []
    for match in names:
        if match.entry.source == "igo" and tables.nouns.get(doc[match.start:match.end].text):
            found = owner_of(doc, match.start, by_end) or _igo_owner(doc, match.start, by_end)
            if found is not None and found.entry.source in _NATIONAL and found.entry.country:
                continue
            if found is not None and found.entry.source == "igo" and found.entry.code != match.entry.code:
                match = PhraseMatch(match.start, match.end, found.entries)  # the AU's own council
        out.append(match)
    return out


def _igo_owner(doc: Doc, start: int, by_end: dict[int, PhraseMatch]) -> PhraseMatch | None:
    """An IGO named with a possessive a few capitalised words before a body ("the African Union's Peace and …")."""
    for k in range(start - 1, max(0, start - 4), -1):
        if is_possessive(doc[k]):
            return by_end.get(k)
        if not (doc[k].text[:1].isupper() or doc[k].lower_ == "and"):
            return None
    return None


def _local_bodies(doc: Doc, names: list[PhraseMatch], context) -> list[PhraseMatch]:
    """"In Islamabad, Foreign Office spokesperson …", "Mexico sent 10,000 National Guard troops": a body's name other
    countries use too (``shared`` in organizations.csv) belongs to the country of a place in its sentence, else of
    the recent scene (the subject before it) or of the article, else to the table's country."""
    national = {m.end: m for m in names if m.entry.source in _NATIONAL and m.entry.country}
    out = []
    for match in names:
        country = None
        if match.entry.shared:  # "the German Foreign Office", "Pakistan's Foreign Office", else a place
            found = owner_of(doc, match.start, national)
            country = found.entry.country if found else context.country_for(doc, match.start, match.end)
        if country and country != match.entry.country:
            match = PhraseMatch(match.start, match.end, (replace(match.entry, country=country),))
        out.append(match)
    return out


def _named(doc: Doc, names: list[PhraseMatch], taken: set[int], tables: ActorTables, dateline: int) -> list[Mention]:
    out = []
    for match in names:
        if any(i in taken for i in range(match.start, match.end)):
            continue
        mention = _named_one(doc, match, tables, dateline)
        if mention is not None:
            out.append(mention)
    return out


def _named_one(doc: Doc, match: PhraseMatch, tables: ActorTables, dateline: int) -> Mention | None:
    entry = match.entry
    if entry.source == "holder" or doc[match.start].idx < dateline:  # "SINGAPORE, 13 May —" is no actor
        return None
    linked = hyphen_link(doc, match.end, tables) is not None  # "Kremlin-backed", "Iran-backed": no actor of the noun
    if entry.source in ("capital", "seat"):
        if is_locative(doc, match.start, match.end, tables=tables, dateline=dateline):
            return None
        return from_entry(match.start, match.end, entry, sector=None if linked else entry.sector)
    if entry.source == "country":
        locative = linked or is_locative(doc, match.start, match.end, tables=tables, dateline=dateline)
        return from_entry(match.start, match.end, entry, sector=None if locative else entry.sector)
    if entry.source == "demonym":
        if entry.plural:
            return from_entry(match.start, match.end, entry, kind="group", sector="CVL",
                              name=f"{entry.form} ({entry.name})")
        return from_entry(match.start, match.end, entry, sector=None)
    mention = from_entry(match.start, match.end, entry)
    mention.extra["named_org"] = entry.source in ("igo", "org", "party")  # "the group" may refer back to it
    if entry.source in ("igo", "org") and match.end - match.start > 1:  # "European Commission" → "the Commission"
        mention.extra.update(named=True, institution=doc[match.end - 1].lower_)
    return mention


def _parties_of_people(doc: Doc, named: list[Mention], people: list[Mention], tables: ActorTables) -> None:
    """"Lee's Democratic Party", "Modi's BJP": a party after a person's possessive is of the person's country."""
    by_end = {m.end: m for m in people if m.country}
    for mention in named:
        if mention.sector != "PTY" or mention.start < 2 or not is_possessive(doc[mention.start - 1]):
            continue
        owner = by_end.get(mention.start - 1)
        if owner is not None and owner.country != mention.country:
            mention.country = owner.country
            mention.name = f"{tables.adjectives.get(owner.country, owner.country)} {mention.name}"


def _short_forms(doc: Doc, named: list[Mention]) -> dict[str, list[Mention]]:
    """The words after the first of each multi-word organization named, singular and lower-cased, to the
    organizations in text order: "the Guards" after "the Islamic Revolutionary Guard Corps"."""
    out: dict[str, list[Mention]] = {}
    for mention in sorted(named, key=lambda m: m.start):
        if mention.kind in ("organization", "igo", "group") and mention.end - mention.start > 1:
            for token in doc[mention.start + 1:mention.end]:
                if token.text[:1].isupper() and token.is_alpha:
                    out.setdefault(_short_key(token.text), []).append(mention)
    return out


def _short_key(word: str) -> str:
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") else word


def _short_form(short: dict[str, list[Mention]], word: str, start: int) -> Mention | None:
    """The latest organization named before token ``start`` with ``word`` in its name."""
    before = [m for m in short.get(_short_key(word), ()) if m.start < start]
    return before[-1] if before else None


def _other_organizations(doc: Doc, taken: set[int], short: dict[str, list[Mention]], *, owners: dict[int, object],
                         tables: ActorTables, leading: dict[int, PhraseMatch],
                         gazetteer: Gazetteer | None = None) -> list[Mention]:
    """ORG entities that no table knows ("BYD"): organization actors with no country or sector, unless
    they repeat the last word of an organization named before ("the Guards"); a country owning one
    ("Russia's Baltic Fleet") gives its country, and a generic head noun ("Fleet") its sector; a demonym opening
    the name ("the Syrian Observatory for Human Rights", ``leading``) gives its country. The name stops before a
    number ("Apple 1.8 billion euros")."""
    out = []
    for ent in doc.ents:
        tokens = _org_tokens(ent)
        if ent.label_ == "NORP" and len(tokens) == 1 and tokens[0].i not in taken:  # "The Guards" tagged NORP
            earlier = _short_form(short, tokens[0].text, tokens[0].i)
            if earlier is not None:
                out.append(replace(earlier, start=tokens[0].i, end=tokens[0].i + 1, extra={"named_org": True}))
            continue
        if ent.label_ != "ORG" or not tokens:
            continue
        lead = leading.get(tokens[0].i)
        free = lead.end if lead is not None and lead.end < tokens[-1].i + 1 else tokens[0].i
        if any(t.i in taken for t in tokens if t.i >= free) or not any(
                t.pos_ == "PROPN" and t.text[:1].isupper() for t in tokens if t.i >= free):
            continue
        start, end = tokens[0].i, tokens[-1].i + 1
        if free > start:
            out.append(Mention(start=start, end=end, kind="organization", name=doc[start:end].text,
                               country=lead.entry.country))
            continue
        if sum(ch.isalpha() for ch in doc[start:end].text) < 2:
            continue
        earlier = _short_form(short, doc[start].text, start) if end - start == 1 else None
        if earlier is not None:
            out.append(replace(earlier, start=start, end=end, extra={"named_org": True}))
            continue
        ground = modifier_ground(doc, start, end, gazetteer=gazetteer, nouns=tables.nouns)
        if ground:  # "the Ryazan oil refinery": a town, not a firm
            out.append(Mention(start=start, end=end, kind="country", name=tables.countries.get(ground, ground),
                               country=ground, extra={"place": True}))
            continue
        out.append(_owned(doc, start, end, owners, tables))
        out[-1].extra["named_org"] = True
    return out


def _org_tokens(ent: Span) -> list:
    """The tokens of an ORG entity without "the", punctuation, and anything from a number on."""
    out = []
    for token in ent:
        if token.like_num or token.is_currency:
            break
        if token.lower_ != "the" and not token.is_space and not token.is_punct:
            out.append(token)
    return out


def _owned(doc: Doc, start: int, end: int, owners: dict[int, object], tables: ActorTables) -> Mention:
    mention = Mention(start=start, end=end, kind="organization", name=doc[start:end].text)
    k = start - (start > 0 and doc[start - 1].lower_ == "the")
    owner = owners.get(k - 1) if k > 0 and is_possessive(doc[k - 1]) else None
    if owner is not None:
        mention.country = owner.country
        head = next((e for e in tables.nouns.get(doc[end - 1].text) if e.source == "institution"), None)
        mention.sector = head.sector if head is not None else None
    return mention


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (m.start, m.start - m.end)):
        if out and (mention.start, mention.end) == (out[-1].start, out[-1].end) and mention.extra.get("member"):
            out.append(mention)  # "the two leaders": one mention per member of the set, on one span
            continue
        if out and mention.start < out[-1].end:
            logger.debug("dropping overlapping actor mention %s", mention.name)
            continue
        out.append(mention)
    return out
