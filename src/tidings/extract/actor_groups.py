"""Institutions and groups named by common nouns: "the government", "Serbian protesters",
"Israeli troops", "police", "Hamas fighters", "the Commerce Ministry".

The country comes from a modifier on the left (demonym, country, capital, organization,
possessive, possibly past one or two adjectives: "Serbian student protesters"), from an
"of X" complement ("the government of Sudan"), or — for nouns whose table row allows it
("context" = yes: police, protesters, the army…, but not troops or rebels) — from the
sentence or article context.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tidings.extract.actor_context import ActorContext, sympathy
from tidings.extract.actor_match import PhraseMatch, owner_of
from tidings.extract.actor_mention import Mention, country_label
from tidings.ontology.actors import ActorEntry, ActorTables

_MODIFIER_SOURCES = ("country", "demonym", "capital", "seat", "igo", "org", "holder", "place")  # "Trump administration"
_ARMED = ("MIL", "REB")
_SKIPPABLE_DEPS = ("amod", "compound", "nmod")
_NATIONAL = ("country", "demonym")
_POSSESSIVE_DETERMINERS = ("its", "their")
_VICTIM_PREPOSITIONS = ("on", "at", "against", "into")


def find_groups(
    doc: Doc, names: list[PhraseMatch], nouns: list[PhraseMatch], *, tables: ActorTables,
    context: ActorContext, taken: set[int], owners: list[PhraseMatch] = (),
) -> list[Mention]:
    """``owners``: places that may own an institution or group ("Kharkiv police", :mod:`actor_places`)."""
    name_at_end = {**{match.end: match for match in owners}, **{match.end: match for match in names}}
    named = {i for match in names for i in range(match.start, match.end)}
    out = []
    for match in nouns:
        if match.entry.source not in ("institution", "group") or any(
                i in taken or i in named for i in range(match.start, match.end)):
            continue
        last = doc[match.end - 1]
        if last.pos_ not in ("NOUN", "PROPN") or _modifies_noun(last, match.end, tables):
            continue
        several = _their_owners(doc, match.start, names, context, tables)
        if several:  # "accusing the bloc of imposing sanctions on their people" after "Mali, Burkina Faso and Niger"
            members = [_group(doc, match, match.start, entry, tables, context) for entry in several]
            for member in members:
                member.extra.update(head=match.end - 1, member=True)
            out += members
            continue
        start, modifier = _modifier(doc, match, names, name_at_end, taken=taken, tables=tables, context=context)
        mention = _group(doc, match, start, modifier, tables, context)
        if mention is None:
            continue
        mention.extra["head"] = match.end - 1  # the noun: "Saudi and US mediators" share it
        out.append(mention)
        if modifier is not None and modifier.source in _NATIONAL:  # "Thai and Cambodian troops": two actors
            for found in _coordinated_owners(doc, start, name_at_end, taken):
                other = _group(doc, match, found.start, found.entry, tables, context)
                other.end = found.end
                other.extra["head"] = match.end - 1
                out.append(other)
    return out


def _modifies_noun(last, end: int, tables: ActorTables) -> bool:
    """"police station", "army base": an institution noun modifying another noun is no actor, unless that noun is
    a vessel or a spokesperson ("coast guard ships", "army spokesperson")."""
    head = last.head
    return (last.dep_ == "compound" and head.i >= end and head.pos_ == "NOUN" and head.lower_ != "spokesperson"
            and head.lemma_.lower() not in tables.thing_nouns)


def _modifier(doc: Doc, match: PhraseMatch, names: list[PhraseMatch], name_at_end, *, taken: set[int],
              tables: ActorTables, context: ActorContext) -> tuple[int, ActorEntry | None]:
    """Whose the institution or group is: a name on its left, "of X" (or "from X" for an organization), the IGO
    of a meeting of ministers, "in X" for nouns tied to a place, "its"/"their" for the name they refer to."""
    start, modifier = _left_modifier(doc, match.start, name_at_end, taken, tables.owned_by)
    names_at = {m.start: m for m in names}
    possessed = match.start > 0 and doc[match.start - 1].lower_ in _POSSESSIVE_DETERMINERS
    if modifier is None and possessed:  # "asked Rwanda to withdraw its troops from Congolese territory"
        modifier = _antecedent(doc, match.start, names, context, tables)
    if modifier is None:
        modifier = _of_complement(doc, match.end, names_at, False) or _allegiance(doc, match.end, names_at, tables)
    if modifier is None and match.entry.offices and match.entry.context and match.entry.sector == "GOV":
        modifier = _meeting_igo(doc, match, [m for m in names if m.entry.source == "igo"], context)
    if modifier is None and match.entry.context:
        modifier = _of_complement(doc, match.end, names_at, True)
    return start, modifier


def _coordinated_owners(doc: Doc, start: int, name_at_end, taken: set[int]) -> list[PhraseMatch]:
    """"Thai and Cambodian troops", "US, British and French officials": the other national names coordinated
    with the one right before the noun."""
    out, k = [], start
    while k >= 2 and doc[k - 1].lower_ in ("and", "or", ","):
        j = k - 1 - (doc[k - 1].lower_ in ("and", "or") and doc[k - 2].text == ",")  # Oxford comma
        found = name_at_end.get(j)
        if found is None or found.entry.source not in _NATIONAL or found.start in taken or sympathy(doc, found.start):
            break
        out.append(found)
        k = found.start
    return out


def _antecedent(doc: Doc, start: int, names: list[PhraseMatch], context: ActorContext,
                tables: ActorTables) -> ActorEntry | None:
    """"Russia's defence ministry said its troops …": the nearest national or named body before "its"/"their" in
    the same sentence; "its" passes over a name heading or modifying a plural ("the army said Hamas fighters fired
    at its troops"), an indefinite thing ("after an Israeli drone killed one of its commanders") or a place ("fire
    rockets into Israel")."""
    sentence = context.sentences.of_token(doc[start])
    singular = doc[start - 1].lower_ == "its"
    doer = _doer(_hostile_act(doc[start].head if doc[start].dep_ == "compound" else doc[start], tables))
    for match in reversed(names):
        if match.start >= start or (match.entry.source not in _MODIFIER_SOURCES or match.entry.source == "holder"):
            continue
        if context.sentences.of_token(doc[match.start]) != sentence:
            return None
        if singular and (_not_its(doc, match) or _place_use(doc, match, tables)):
            continue
        if doer is not None and doer in doc[match.start:match.end]:
            continue  # "Armenia accused Azerbaijan of firing on its soldiers": no one fires on their own
        if (match.entry.country or match.entry.code) and not sympathy(doc, match.start):
            return match.entry
    return None


def _their_owners(doc: Doc, start: int, names: list[PhraseMatch], context: ActorContext,
                  tables: ActorTables) -> list[ActorEntry]:
    """"Russia and China said their diplomats would attend": "their" whose nearest antecedent in its sentence is a
    coordination of two or more coded names stands for all of them, not the last one (the one doing a hostile act
    to "their" people is none of them: "accusing Mali and Niger of shelling their villages")."""
    if start == 0 or doc[start - 1].lower_ != "their":
        return []
    sentence = context.sentences.of_token(doc[start])
    doer = _doer(_hostile_act(doc[start].head if doc[start].dep_ == "compound" else doc[start], tables))
    groups: dict[int, list[PhraseMatch]] = {}
    for match in names:
        if match.start >= start or context.sentences.of_token(doc[match.start]) != sentence:
            continue
        if match.entry.source not in ("country", "capital", "igo", "org") or not (match.entry.country or match.entry.code):
            continue
        root = doc[match.start:match.end].root
        if doer is not None and doer in doc[match.start:match.end]:
            continue
        top = root
        while top.dep_ in ("conj", "appos") and top.head != top:  # "Mali, [Burkina Faso] and Niger"
            top = top.head
        groups.setdefault(top.i, []).append(match)
    if not groups:
        return []
    nearest = max(groups.values(), key=lambda g: max(m.start for m in g))
    if len({m.entry.code or m.entry.country for m in nearest}) < 2:
        return []
    return [m.entry for m in sorted(nearest, key=lambda m: m.start)]


def _hostile_act(noun: Token, tables: ActorTables) -> Token | None:
    """The hostile verb (``hostile_verbs.csv``) whose object, or whose on/at/against phrase (of the verb or of its
    object: "launched drones [at] its power grid"), the noun is."""
    head = noun.head
    if noun.dep_ == "dobj":
        verb = head
    elif noun.dep_ == "pobj" and head.lower_ in _VICTIM_PREPOSITIONS:
        verb = head.head.head if head.head.dep_ == "dobj" else head.head
    else:
        return None
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in tables.hostile_verbs else None


def _doer(verb: Token | None) -> Token | None:
    """Who does the act: its subject, or the one accused of it ("accused [Azerbaijan] of firing")."""
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None or verb.dep_ != "pcomp":
        return subject
    holder = verb.head.head
    if holder.dep_ == "dobj" and holder.pos_ in ("NOUN", "PROPN"):
        return holder  # the parser hung "of" on the one accused: "accusing [the bloc] of imposing"
    return next((c for c in holder.children if c.dep_ == "dobj"), None) if holder.pos_ == "VERB" else None


def _place_use(doc: Doc, match: PhraseMatch, tables: ActorTables) -> bool:
    root = doc[match.start:match.end].root
    return root.dep_ == "pobj" and tables.locatives.get(root.head.lower_) == "always"


def _not_its(doc: Doc, match: PhraseMatch) -> bool:
    """Can "its" not refer to the name: it heads or modifies a plural ("Hamas fighters") or an indefinite phrase
    ("an Israeli drone")?"""
    head = doc[match.start:match.end].root
    if head.dep_ in ("compound", "amod") and head.head.i >= match.end:
        head = head.head
    return head.tag_ in ("NNS", "NNPS") or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


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
    """"the government of Sudan"; "police in Belgrade" only for nouns tied to where they are; "fighters from the
    M23 group", "officials from the Chinese ministry" only for organizations and demonyms ("troops from Germany" need
    not be German); "prosecutors at the International Criminal Court" only for organizations and IGOs."""
    if end >= len(doc) or doc[end].lower_ not in ("of", "from", "at") + (("in",) if located else ()):
        return None
    k = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    k += k < len(doc) and doc[k].like_num  # "defense ministers of the 32 allies"
    found = names_at.get(k)
    if found is None or found.entry.source not in _MODIFIER_SOURCES or not (found.entry.country or found.entry.code):
        return None
    if doc[end].lower_ == "from" and found.entry.source not in ("org", "igo", "demonym"):
        return None
    if doc[end].lower_ == "at" and found.entry.source not in ("org", "igo"):  # "prosecutors at the ICC"
        return None
    return found.entry


def _allegiance(doc: Doc, end: int, names_at, tables: ActorTables) -> ActorEntry | None:
    """"hackers [working for] Russia's GRU", "fighters [loyal to] Sudan's army": a group that serves a named
    country or organization (actors/allegiance_links.csv) is that one's; not one only backed by or linked to it
    ("Iran-backed militias")."""
    for link in tables.allegiance_links:
        k = end + len(link)
        if k >= len(doc) or tuple(t.lower_ for t in doc[end:k]) != link:
            continue
        k += doc[k].lower_ == "the"
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


def _unowned(doc: Doc, start: int, tables: ActorTables) -> bool:
    """"foreign intelligence services", "Western diplomats": of no country the context gives. Only a word of the
    noun's own phrase counts, not one that ends the name before it ("Amnesty International accused police")."""
    for k in range(start - 1, max(-1, start - 3), -1):
        if doc[k].head.i < start:  # the phrase ends here: a word hung on something before the noun
            return False
        if doc[k].lower_ in tables.unowned_modifiers:
            return True
    return False


def _located(doc: Doc, match: PhraseMatch, tables: ActorTables, context: ActorContext) -> tuple[str | None, bool]:
    """Where people who belong where they are (protesters, police, rescuers: ``located`` sectors) are: a place of
    their clause, before or after them, else the last fronted place ("In Seoul, protesters gathered … Police
    deployed 800 officers"), else the article's country (not the last subject's: "Russian forces shelled Kharkiv …
    Rescue workers pulled 20 people from the rubble" are Ukrainian). The flag says the country came from the scene
    (a fronted place or the article), not from the clause."""
    if match.entry.sector not in tables.located_sectors:
        return context.sentence_country(doc, match.start, match.end), False
    here = context.sentence_country(doc, match.start, match.end, anywhere=True, own_clause=True)
    if here:
        return here, False
    scene = context.recent_place(doc, match.start) or context.article
    return scene, scene is not None


def _group(doc, match: PhraseMatch, start: int, modifier: ActorEntry | None, tables, context) -> Mention | None:
    entry = match.entry
    sector, code, country, located, scene = entry.sector, None, None, None, False
    name = entry.name
    if modifier is not None:
        country, code = modifier.country, modifier.code if modifier.source in ("igo", "org") else None
        if modifier.source in ("org", "igo") and modifier.sector in _ARMED and entry.sector in _ARMED:
            sector, name = modifier.sector, modifier.name  # "Hamas fighters", "IRGC navy"
        elif modifier.source in ("org", "igo"):
            name = f"{modifier.name} {entry.name}"  # "Hamas Health Ministry", "EU Foreign Ministers"
            if entry.source == "group" and sector == "GOV" and modifier.source == "org" and modifier.sector:
                sector = modifier.sector  # "Hezbollah's leaders", "the ELN delegation" (not "Hamas-run ministry")
    elif entry.context and not _unowned(doc, match.start, tables):
        located, scene = _located(doc, match, tables, context)
        country = located or context.country_for(doc, match.start, match.end,
                                                 domestic=entry.sector in tables.domestic_sectors)
        if entry.sector in tables.located_sectors and country in context.destinations(doc, match.start, match.end):
            country, located, scene = None, None, False  # "border guards pushed migrants back into Belarus"
    kind = entry.kind
    if kind == "country":
        if country is None:
            kind = "organization"
        else:
            name = tables.countries.get(country, name)
    if kind != "country" and name == entry.name:
        name = country_label(entry.name, country, tables.adjectives)
    mention = Mention(start=start, end=match.end, kind=kind, name=name, country=country, code=code, sector=sector)
    if entry.context or entry.source == "institution":  # "the Treasury" after "the US Treasury": same head only
        mention.extra["institution"] = entry.name.split()[-1].lower()
        mention.extra["label"] = entry.name if name.endswith(entry.name) else None
        mention.extra["same_head_only"] = not entry.context
    mention.extra["explicit_country"] = modifier is not None or located is not None
    mention.extra["scene_country"] = scene  # the speaker of the clause may say better whose they are
    mention.extra["named_org"] = modifier is not None and modifier.source in ("org", "igo")  # "Houthi rebels"
    return mention
