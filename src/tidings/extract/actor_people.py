"""People named in the text: titled people, titles standing alone, bare names.

A title group is ``[modifiers] [prefixes] TITLE [TITLE…] [of X]`` where modifiers are
countries, demonyms, capitals/seats, IGOs, organizations and institution nouns, possibly
possessive ("Iranian Foreign Minister", "NATO Secretary General", "the Bundestag's military
commissioner", "Chinese Commerce Ministry spokesperson"). It is followed by a name
("… Boris Pistorius": one mention), by an appositive name (", Henning Otte": two mentions,
same person), preceded by an appositive name ("Boris Pistorius, the German defense
minister": two mentions), or stands alone ("the chancellor": resolved later).

Mentions come back with ``pending`` set; :mod:`tidings.extract.actor_resolve` decides who
they are. Titles give role and sector; the country comes from a modifier, else from the
office-holder table for that name, else from the sentence, the recent scene or the article
context. A bare name (a PERSON entity with no title) takes the sentence's or the article's
country, unless it is the object of a locative preposition or modifies a common noun: then
it is a place or a product, not a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from tidings.extract.actor_context import ActorContext
from tidings.extract.actor_match import PhraseMatch, is_possessive, owner_of
from tidings.extract.actor_mention import Mention
from tidings.ontology.actors import ActorEntry, ActorTables

_NOUNISH = ("NOUN", "PROPN")
_MODIFIER_SOURCES = ("country", "demonym", "capital", "seat", "igo", "org", "place")
_SPECIFIC_SECTORS = ("MIL", "JUD", "REL", "LEG")
_MAX_NAME = 8
_BARE_MODIFIERS = ("country", "demonym", "org")
_COMPLEMENT_PREPOSITIONS = ("of", "for", "to")
_DESTINATIONS = ("country", "capital", "demonym")
_RELATIONAL = re.compile(r"(al|ary|ic|ian|ese)$")


@dataclass
class TitleGroup:
    start: int  # first token of the mention (modifiers included, determiner excluded)
    end: int
    title: ActorEntry
    prefix: str
    modifiers: list[ActorEntry]
    determiner: bool  # preceded by "the"/possessive: a definite title ("the chancellor")
    abroad: bool = False  # "visiting Foreign Minister …": not of the place where the scene is


def find_people(
    doc: Doc, names: list[PhraseMatch], nouns: list[PhraseMatch], *, tables: ActorTables, context: ActorContext,
    places: set[int], owners: list[PhraseMatch] = (),
) -> list[Mention]:
    """Every person mention, with ``pending`` = "named" or "title"; names consumed by titles included. ``owners``:
    places that may own a title ("the Istanbul governor", :mod:`actor_places`)."""
    name_at_end = {match.end: match for match in names}
    owner_at_end = {**{match.end: match for match in owners}, **name_at_end}
    noun_at_end = {match.end: match for match in nouns}
    names_at = {match.start: match for match in names}
    nouns_at = {match.start: match for match in nouns}
    out: list[Mention] = []
    taken: set[int] = set()
    named = {i for m in names if m.entry.source != "holder" for i in range(m.start, m.end)}
    titles = [m for m in nouns if m.entry.source == "title" and not any(i in named for i in range(m.start, m.end))]
    for index, match in enumerate(titles):
        group = _title_group(doc, match, titles[index + 1:], owner_at_end, noun_at_end, tables)
        if group is None or group.start in taken:
            continue
        mentions = _titled(doc, group, names_at, nouns_at, tables, context)
        for mention in mentions:
            taken.update(range(mention.start, mention.end))
        out.extend(mentions)
    for mention in _bare_names(doc, names, taken | places, tables):
        if not mention.extra.get("explicit_country"):
            mention.extra["context_country"] = context.country_for(doc, mention.start, mention.end, person=True,
                                                                   scene=False)
        out.append(mention)
    return out


def _title_group(doc, match, following, name_at_end, noun_at_end, tables) -> TitleGroup | None:
    last = doc[match.end - 1]
    if match.end - match.start == 1 and (last.pos_ not in _NOUNISH or (last.text.islower() and last.dep_ == "amod")):
        return None
    end = match.end
    for nxt in following:  # "army chief General …": chained titles
        if nxt.start != end:
            break
        end = nxt.end
    start, prefix, modifiers, abroad = match.start, [], [], False
    domain = _domain_words(doc, start, name_at_end, noun_at_end)
    if domain:  # "the Bundestag's military commissioner", "the EU's trade commissioner"
        prefix, start = [w.text.capitalize() for w in domain], domain[0].i
    while start > 0:
        prev = doc[start - 1]
        if prev.lower_ in tables.title_prefixes:
            if prev.lower_ not in tables.silent_prefixes:  # "Sri Lanka's new president": role "President"
                prefix.insert(0, prev.text)
            abroad = abroad or prev.lower_ in tables.abroad_prefixes
            start -= 1
            continue
        found = owner_of(doc, start, name_at_end)
        if found is not None and found.entry.source in _MODIFIER_SOURCES:
            modifiers.insert(0, found.entry)
            start = found.start
            continue
        found = noun_at_end.get(start) or owner_of(doc, start, noun_at_end)  # "the ministry's spokeswoman"
        if found is not None and found.entry.source == "institution":
            modifiers.insert(0, found.entry)
            start = found.start
            continue
        break
    determiner = start > 0 and (doc[start - 1].lower_ in ("the", "his", "her", "its", "their")
                                or is_possessive(doc[start - 1]))  # "the nation's top diplomat"
    determiner = determiner or bool(modifiers) or doc[start].text[:1].isupper()
    return TitleGroup(start, end, match.entry, " ".join(prefix), modifiers, determiner, abroad)


def _domain_words(doc: Doc, start: int, name_at_end, noun_at_end) -> list:
    """Lower-case nouns or relational adjectives ("military", "trade", "economic") between an owner and a
    title: part of the office's name, but only when an owner (name, possessive, institution) precedes them."""
    k = start
    while k > 0 and start - k < 2:
        prev = doc[k - 1]
        relational = prev.pos_ == "NOUN" or (prev.pos_ == "ADJ" and _RELATIONAL.search(prev.lower_) is not None)
        if not (prev.text.islower() and relational and prev.dep_ in ("compound", "amod", "nmod")):
            break
        k -= 1
    if k == start or k == 0:
        return []
    found = owner_of(doc, k, name_at_end) or owner_of(doc, k, noun_at_end)
    if found is None or found.entry.source not in _MODIFIER_SOURCES + ("institution",):
        return []
    return list(doc[k:start])


def _complement(doc: Doc, end: int, names_at: dict[int, PhraseMatch],
                nouns_at: dict[int, PhraseMatch]) -> tuple[int, list[ActorEntry]] | None:
    """"of France", "for the foreign ministry", "for Germany's foreign ministry", "to Japan" after a title.

    Returns the end of the complement and the entries that say whose office it is: a country
    after "for", and anything after "to", is where an envoy is sent ("US Ambassador to Japan",
    "envoy for Lebanon", "ambassador to the UN"), not whose envoy they are.
    """
    if end >= len(doc) or doc[end].lower_ not in _COMPLEMENT_PREPOSITIONS:
        return None
    if doc[end].lower_ == "to" and (doc[end].head.i >= end or doc[end].head.pos_ not in ("NOUN", "PROPN")):
        return None  # "extradited a former FARC commander [to the United States]": the verb's, not the title's
    k = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    entries: list[ActorEntry] = []
    found = names_at.get(k)
    if found is not None and found.entry.source in _MODIFIER_SOURCES:
        k = found.end
        possessive = k < len(doc) and is_possessive(doc[k])
        prep = doc[end].lower_
        owned = found.entry.source == "demonym" and prep != "to" and _institution(nouns_at.get(k))
        if possessive or owned or prep == "of" or (prep == "for" and found.entry.source not in _DESTINATIONS):
            entries.append(found.entry)  # "for Germany's foreign ministry", "for the Israeli military"
        k += possessive
        if not possessive and not owned:
            return k, entries
    noun = nouns_at.get(k)
    if noun is not None and noun.entry.source == "institution" and doc[end].lower_ != "to":
        return noun.end, entries + [noun.entry]
    return (k, entries) if found is not None and k > found.start else None


def _institution(match: PhraseMatch | None) -> bool:
    return match is not None and match.entry.source == "institution"


def _titled(doc, group: TitleGroup, names_at, nouns_at, tables: ActorTables, context: ActorContext) -> list[Mention]:
    complement = _complement(doc, group.end, names_at, nouns_at)
    if complement is not None:
        group.end, entries = complement
        group.modifiers.extend(entries)
        group.determiner = group.determiner or any(e.source == "institution" for e in entries)
    k = group.end
    while k < len(doc) and doc[k].lower_ in tables.honorifics:
        k += 1
    name = name_span(doc, k, names_at)
    title = _mention(group, tables)
    if name is not None:
        title.end = name[1]
        title.extra["name"] = _name_text(doc, *name)
        return [_fill(doc, title, context, tables)]
    appos = _appositive(doc, group, names_at)
    if appos is not None:
        named = Mention(start=appos[0], end=appos[1], kind="person", name=_name_text(doc, *appos), pending="named")
        title.extra["name"] = named.name
        named.extra = dict(title.extra)
        for attr in ("country", "code", "sector", "role"):
            setattr(named, attr, getattr(title, attr))
        return [_fill(doc, title, context, tables), _fill(doc, named, context, tables)]
    if not group.determiner and _after_place(doc, group.end) == group.end:
        return []  # "a minister", but "a government spokesman in Kabul"
    title.pending = "title"
    return [_fill(doc, title, context, tables)]


def _appositive(doc: Doc, group: TitleGroup, names_at) -> tuple[int, int] | None:
    """", Henning Otte" after the title (a place between them: "the UN envoy in Haiti, X"), or
    "Boris Pistorius, the …" before it."""
    comma = _after_place(doc, group.end)
    if comma + 1 < len(doc) and doc[comma].text == ",":
        span = name_span(doc, comma + 1, names_at)
        if span is not None and (span[1] >= len(doc) or doc[span[1]].text in (",", "(", ".", ";", "—", "–")
                                 or doc[span[1]].pos_ in ("VERB", "AUX")):
            return span
    k = group.start - 1
    while k >= 0 and group.start - k <= 4 and (doc[k].lower_ in ("the", "a", "an") or (
            doc[k].text.islower() and doc[k].pos_ in ("ADJ", "NOUN") and doc[k].dep_ in ("amod", "compound"))):
        k -= 1
    if k >= 1 and doc[k].text == ",":
        last = doc[k - 1]
        if last.ent_type_ == "PERSON":
            begin = last.i
            while begin > 0 and doc[begin].ent_iob_ == "I":
                begin -= 1
            return (begin, last.i + 1)
    return None


def _after_place(doc: Doc, k: int) -> int:
    """The token after "in Haiti" / "in the Gaza Strip" at ``k`` (``k`` itself when there is no such phrase)."""
    if k >= len(doc) or doc[k].lower_ not in ("in", "at"):
        return k
    end = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "the")
    start = end
    while end < len(doc) and end - start < 4 and doc[end].text[:1].isupper() and doc[end].is_alpha:
        end += 1
    return end if end > start else k


def name_span(doc: Doc, k: int, names_at: dict[int, PhraseMatch]) -> tuple[int, int] | None:
    """A personal name starting at token ``k``: a PERSON entity or a run of capitalised proper nouns."""
    if k >= len(doc) or not doc[k].text[:1].isupper():
        return None
    found = names_at.get(k)
    if found is not None and found.entry.source != "holder":
        return None
    if found is not None:
        return (k, found.end)
    end = k
    while end < len(doc) and end - k < _MAX_NAME:
        token = doc[end]
        if token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and token.text[:1].isupper()):
            end += 1
        elif token.text in ("-", "‑") and end > k and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
            end += 1
        elif end > k and token.lower_ in ("al", "el", "bin", "ibn", "van", "von", "de", "der", "da"):
            end += 1
        else:
            break
        if end in names_at and names_at[end].entry.source != "holder" and doc[end].ent_iob_ != "I":
            break
    return (k, end) if end > k else None


def _name_text(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text


def _mention(group: TitleGroup, tables: ActorTables) -> Mention:
    title = group.title
    sector = title.sector
    country = code = None
    for entry in group.modifiers:
        country = country or entry.country
        code = code or (entry.code if entry.source in ("igo", "org") else None)
        if entry.source in ("org", "institution", "seat", "igo") and entry.sector and sector not in _SPECIFIC_SECTORS:
            sector = entry.sector
        elif entry.sector == "REB" and sector == "MIL":  # "ELN commander"
            sector = "REB"
    if code and not country and sector not in _SPECIFIC_SECTORS:
        sector = "IGO"
    country = country or (title.country if not code else None)  # "Pope Leo": an office of one state
    role = f"{group.prefix} {title.role}".strip() if group.prefix else title.role
    if group.prefix:
        role = role[:1].upper() + role[1:]
    mention = Mention(start=group.start, end=group.end, kind="person", name=role or "", country=country,
                      code=code, sector=sector, role=role, pending="named")
    mention.extra["explicit_country"] = bool(country or code)
    mention.extra["weak"] = title.weak
    mention.extra["gender"] = title.gender
    mention.extra["relative"] = title.relative
    mention.extra["generic"] = title.sector is None and sector is None
    mention.extra["abroad"] = group.abroad
    institutions = [entry for entry in group.modifiers if entry.source == "institution"]
    if institutions:
        mention.extra["institution"] = institutions[-1].name.split()[-1].lower()
    return mention


def _fill(doc: Doc, mention: Mention, context: ActorContext, tables: ActorTables) -> Mention:
    """Country from context when neither the title nor (later) the holder table gives one; a generic title
    ("Trade Commissioner", "Director General") right after an IGO subject is that IGO's; a visiting official
    takes no country from the place of the scene."""
    if mention.extra.get("explicit_country") or mention.extra.get("abroad"):
        return mention
    code = context.recent_code(doc, mention.start) if mention.extra.get("generic") else None
    if code and not context.sentence_country(doc, mention.start, mention.end):
        mention.code, mention.sector, mention.extra["explicit_country"] = code, "IGO", True
        return mention
    mention.extra["context_country"] = context.country_for(doc, mention.start, mention.end, person=True,
                                                           domestic=mention.sector in tables.domestic_sectors)
    return mention


def _bare_names(doc: Doc, names: list[PhraseMatch], taken: set[int], tables: ActorTables) -> list[Mention]:
    """PERSON entities and office-holder names that no title group took."""
    other_names = {i for m in names if m.entry.source != "holder" for i in range(m.start, m.end)}
    name_at_end = {m.end: m for m in names if m.entry.source in _BARE_MODIFIERS}
    spans = {m.start: m.end for m in names if m.entry.source == "holder"}
    spans_from_model = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.text[:1].isupper() and ent.start not in spans:
            spans[ent.start] = spans_from_model[ent.start] = ent.end
    out: list[Mention] = []
    last_end = 0
    for begin in sorted(spans):
        end = spans[begin]
        if begin < last_end or any(j in taken or j in other_names for j in range(begin, end)):
            continue
        if spans_from_model.get(begin) and (_place_object(doc, begin, end, tables) or _noun_modifier(doc, begin, end)
                                            or _named_thing(doc, begin, tables)):
            continue
        start = begin
        while start > 0 and doc[start - 1].lower_ in tables.honorifics:
            start -= 1
        name = _name_text(doc, begin, end)
        mention = Mention(start=start, end=end, kind="person", name=name, pending="named",
                          extra={"name": name, "bare": True, "holder": begin not in spans_from_model})
        _bare_modifier(mention, name_at_end.get(start) or _demonym_past_nouns(doc, start, name_at_end), taken)
        out.append(mention)
        last_end = end
    return out


def _place_object(doc: Doc, start: int, end: int, tables: ActorTables) -> bool:
    """"troops deployed to Catatumbo"? no: "talks at El Laguito", "a raid in Culiacán" — spaCy's PERSON as the
    object of a locative preposition (locatives.csv, person = no) is a place the gazetteer does not know."""
    root = doc[start:end].root
    return root.dep_ == "pobj" and root.head.lower_ in tables.place_only


def _named_thing(doc: Doc, start: int, tables: ActorTables) -> bool:
    """"the oil tanker Kairos Star", "USS Gerald Ford", "the tanker-tracking firm Kpler", "the TV program X": a
    model PERSON right after a noun for a vessel, a medium or a firm (``thing_nouns.csv``) names that thing."""
    if doc[start].text in tables.thing_nouns:
        return True
    prev = doc[start - 1] if start > 0 else None
    return prev is not None and prev.text.islower() and prev.lower_ in tables.thing_nouns


def _noun_modifier(doc: Doc, start: int, end: int) -> bool:
    """"Patriot interceptor batteries", "Tesla showroom": a model PERSON modifying a common noun is no person."""
    root = doc[start:end].root
    return root.dep_ == "compound" and root.head.i >= end and root.head.pos_ == "NOUN"


def _demonym_past_nouns(doc: Doc, start: int, name_at_end: dict[int, PhraseMatch]) -> PhraseMatch | None:
    """"Australian writer Yang Hengjun", "Swedish climate campaigner Greta Thunberg": a demonym before one or two
    lower-case nouns no title table knows, right before the name, says the person's country."""
    k = start
    while k > 0 and start - k < 2 and doc[k - 1].pos_ == "NOUN" and doc[k - 1].is_lower and doc[k - 1].is_alpha:
        k -= 1
        found = name_at_end.get(k)
        if found is not None:
            return found if found.entry.source in ("demonym", "country") and not found.entry.plural else None
    return None


def _bare_modifier(mention: Mention, found: PhraseMatch | None, taken: set[int]) -> None:
    """"Republican Lindsey Graham", "Iranian dissident …": a party or demonym right before a name."""
    if found is None or not found.entry.country or any(i in taken for i in range(found.start, found.end)):
        return
    mention.start = found.start
    mention.country = found.entry.country
    mention.sector = found.entry.sector if found.entry.source == "org" else None
    mention.extra["explicit_country"] = True
