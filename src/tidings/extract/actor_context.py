"""Where an article and its sentences are, for actors whose country the words leave open
(whether a name is used as a place at all is :mod:`actor_locative`'s).

- :class:`ActorContext` gives the country of the article (:mod:`actor_article`: the country
  the most names point to — countries, demonyms, capitals, national bodies, office holders, places —,
  with the lead counting double and the dateline's country, when the lead names it, adding three:
  a Myanmar story datelined BANGKOK stays Burmese, a Berlin story about a US decision German), of
  each sentence (the country of the locative phrase attached to the mention, else of the
  nearest one before it: "In Beijing, Foreign Ministry spokesperson …"), and of the recent
  discourse (the country of the last subject or fronted locative in the previous sentences:
  "Kigali dismissed the charges. Government spokeswoman …" is Rwandan).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.tokens import Doc, Token

from tidings.extract.actor_article import article_country
from tidings.extract.actor_locative import hyphen_link, is_locative
from tidings.extract.actor_match import PhraseMatch
from tidings.models import Place
from tidings.nlp.sentences import paragraph_index, paragraph_starts, sentence_spans
from tidings.ontology.actors import ActorTables

_COUNTRY_SOURCES = ("country", "demonym", "capital", "seat")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_NP_DEPS = ("compound", "amod", "poss", "appos", "conj", "nmod", "case")
_OPENERS = (".", "”", '"', "—", "–")
_RECENT = 3  # sentences back that a subject still sets the scene
_STANCE_PREFIXES = ("pro", "anti")
_DESTINATIONS = ("to", "into", "onto", "toward", "towards")


class SentenceIndex:
    """``tidings.nlp.sentences.sentence_index`` with the sentence starts computed once."""

    def __init__(self, doc: Doc):
        self.starts = [sentence.start for sentence in sentence_spans(doc)]
        self.paragraphs = paragraph_starts(doc.text)

    def of_token(self, token: Token) -> int:
        return max(0, bisect_right(self.starts, token.idx) - 1)

    def paragraph(self, token: Token) -> int:
        return paragraph_index(self.paragraphs, token.idx)


class Locative(NamedTuple):
    """A place named in a sentence: "in Belgrade", "outside the consulate in New York"."""

    position: int  # token index of the place's name
    country: str
    attached: int  # token the locative phrase attaches to
    static: bool  # where something is ("in", "near"), not where it goes or comes from ("into", "from")
    verb: int  # the verb of the clause the phrase belongs to
    moving: bool = False  # after a preposition of motion or relation ("into", "from", "with"): where no one is
    destination: bool = False  # after a preposition of where something goes ("into", "to", "towards")


@dataclass
class ActorContext:
    """Country hints for one article."""

    sentences: SentenceIndex
    article: str | None = None
    locatives: dict[int, list[Locative]] = field(default_factory=dict)  # by sentence index
    # (token index, country) of subjects and fronted locatives, in text order; "@EU" for an IGO subject
    scene: list[tuple[int, str | None]] = field(default_factory=list)
    principal: frozenset[str] = frozenset()  # countries the article is mostly about

    fronted: frozenset[int] = frozenset()  # token indexes of the scene entries that are fronted locatives
    dateline: str | None = None  # country of the dateline's place ("BERLIN, 4 May 2026 —")
    # sentence index → [(token index, country, clause verb)] of countries and capitals named as objects
    counterparts: dict[int, list[tuple[int, str, int]]] = field(default_factory=dict)

    def fronted_position(self, start: int) -> int:
        """Token index of the last fronted locative ("In Berlin, …") before ``start`` (-1 if none)."""
        before = [position for position in self.fronted if position < start]
        return max(before) if before else -1

    def scene_position(self, start: int) -> int:
        """Token index of the last scene-setting mention (subject or fronted locative) before ``start``."""
        before = [position for position, _ in self.scene if position < start]
        return before[-1] if before else -1

    def country_for(self, doc: Doc, start: int, end: int, *, domestic: bool = False, person: bool = False,
                    scene: bool = True) -> str | None:
        """Country of a mention in tokens [start, end) that names none itself. ``domestic`` actors (parties, the
        opposition) belong to the dateline's country before the recent scene's ("BERLIN — … the Greens"); a
        ``person`` takes a place before it only in its own clause, and never the country its own clause names as
        the other party ("Chancellor Olaf Scholz visited Kyiv" is not Ukrainian)."""
        here = self.sentence_country(doc, start, end, own_clause=person)
        if here:
            return here
        recent = self.recent_country(doc, start) if scene else None
        found = (self.dateline or recent or self.article) if domestic else (recent or self.article)
        return None if person and found in self.other_parties(doc, start, end) else found

    def other_parties(self, doc: Doc, start: int, end: int) -> set[str]:
        """Countries the mention's clause names as its other party: objects ("visited Kyiv", "accused Russia") and
        places it goes to or comes from ("flew to Amman")."""
        sentence = self.sentences.of_token(doc[start])
        verb = clause_verb(doc[start:end].root).i
        out = {country for position, country, other in self.counterparts.get(sentence, []) if other == verb}
        return out | {place.country for place in self.locatives.get(sentence, []) if place.verb == verb and not place.static}

    def sentence_country(self, doc: Doc, start: int, end: int, *, anywhere: bool = False,
                         own_clause: bool = False) -> str | None:
        """The country of a locative phrase attached to the mention ("police in Belgrade"), else of the nearest before
        it (with ``own_clause``, only in the mention's own clause: "In Beijing, spokesperson X said", but not "The army
        placed units in the Golan Heights, a military spokesman said"); with ``anywhere``, else of the static places
        after it when they are all of one country ("Protesters gathered outside the consulate in New York")."""
        sentence = self.sentences.of_token(doc[start])
        heads = {token.i for token in doc[start:end]}
        verb = clause_verb(doc[start:end].root).i
        before, here, after = None, set(), set()
        for place in self.locatives.get(sentence, []):
            if place.attached in heads:
                here.add(place.country)
            elif place.position < start and not place.moving and (before is None or place.position > before[0]):
                if not own_clause or place.verb == verb:
                    before = (place.position, place.country)
            elif place.position >= end and place.static and (not own_clause or place.verb == verb):
                after.add(place.country)
        if here:  # "officials in Srinagar and Muzaffarabad": two countries, none of them
            return here.pop() if len(here) == 1 else None
        if before:
            return before[1]
        return after.pop() if anywhere and len(after) == 1 else None

    def destinations(self, doc: Doc, start: int, end: int) -> set[str]:
        """Countries the sentence of the mention in tokens [start, end) names only as where its clause sends someone
        or something else ("border guards pushed migrants back [into Belarus]"), not as where anyone is; a place the
        mention itself goes to is none ("police were sent [to Guayaquil]")."""
        places = self.locatives.get(self.sentences.of_token(doc[start]), [])
        sent = {p.country for p in places if p.destination and _moves_another(doc[p.verb], start, end)}
        return sent - {p.country for p in places if p.static}

    def recent_code(self, doc: Doc, start: int) -> str | None:
        """The IGO code when the last scene-setting subject, in this paragraph, was an IGO ("The Commission said …")."""
        found = self._recent(doc, start)
        return found[1:] if found and found.startswith("@") else None

    def recent_place(self, doc: Doc, start: int) -> str | None:
        """The country of the last fronted locative ("In Seoul, …") a few sentences back at most, in the same
        paragraph."""
        here = self.sentences.of_token(doc[start])
        for position, country in reversed(self.scene):
            if position >= start or position not in self.fronted:
                continue
            same = self.sentences.paragraph(doc[position]) == self.sentences.paragraph(doc[start])
            return country if same and here - self.sentences.of_token(doc[position]) <= _RECENT else None
        return None

    def recent_country(self, doc: Doc, start: int) -> str | None:
        found = self._recent(doc, start)
        return None if found is None or found.startswith("@") else found

    def _recent(self, doc: Doc, start: int) -> str | None:
        """The country of the last subject or fronted locative before token ``start``, a few sentences back at most,
        in the same paragraph unless the country is one the article is mostly about."""
        here = self.sentences.of_token(doc[start])
        for position, country in reversed(self.scene):
            if position >= start:
                continue
            if here - self.sentences.of_token(doc[position]) > _RECENT:
                return None
            same = self.sentences.paragraph(doc[position]) == self.sentences.paragraph(doc[start])
            return country if country and (same or country in self.principal) else None
        return None


def build_context(
    doc: Doc, names: list[PhraseMatch], *, tables: ActorTables, places: list[Place], dateline: int
) -> ActorContext:
    sentences = SentenceIndex(doc)
    context = ActorContext(sentences=sentences)
    fronted: set[int] = set()
    counts, subjects = _read_names(doc, names, context, fronted, tables=tables, dateline=dateline)
    marks = _name_marks(doc, names, tables, dateline)
    _read_places(doc, places, names, context, fronted, marks, tables=tables, dateline=dateline)
    context.scene += [(start, None if _abroad(doc, start, end, country, context.locatives.get(
        sentences.of_token(doc[start]), [])) else country) for start, end, country in subjects]
    context.scene = sorted(set(context.scene), key=lambda item: item[0])
    context.fronted = frozenset(fronted)
    top = max(counts.values(), default=0)
    context.principal = frozenset(c for c, n in counts.items() if n >= max(2, top / 2))
    first = next((token for token in doc if token.idx >= dateline and not token.is_space), None)
    context.article = article_country([(sentences.of_token(doc[p]), c, state) for p, c, state in marks],
                                      lead=sentences.of_token(first) if first is not None else 0,
                                      dateline_country=context.dateline)
    return context


def _read_names(doc: Doc, names: list[PhraseMatch], context: ActorContext, fronted: set[int], *,
                tables: ActorTables, dateline: int) -> tuple[Counter[str], list[tuple[int, int, str | None]]]:
    """Scene entries, locatives and counterparts of the names; returns the count of each country's names and the
    subjects (start, end, country) whose scene depends on where they act."""
    counts: Counter[str] = Counter()
    subjects: list[tuple[int, int, str | None]] = []
    sentences = context.sentences
    for match in names:
        entry = match.entry
        if entry.source == "igo" and doc[match.start].idx >= dateline and _in_subject(doc, match.start, match.end):
            context.scene.append((match.start, "@" + entry.code))  # "the European Commission announced…"
            continue
        if entry.source not in _COUNTRY_SOURCES or not entry.country or sympathy(doc, match.start):
            continue
        if doc[match.start].idx < dateline:
            context.dateline = context.dateline or entry.country
            continue
        counts[entry.country] += 1
        if entry.source != "demonym" and is_locative(doc, match.start, match.end, tables=tables, dateline=dateline):
            _add_locative(doc, sentences, context.locatives, match.start, match.end, entry.country, tables)
            if _fronted(doc, match.start):
                context.scene.append((match.start, entry.country))
                fronted.add(match.start)
        elif _in_subject(doc, match.start, match.end) and not hyphen_link(doc, match.end, tables):
            # "Thailand and Laos argued": no one country sets the scene; "Iran-backed militias" none either; nor does
            # the subject of a clause of time or cause ("… while Rwandan soldiers remained on Congolese soil")
            if subordinate(doc, match.start, match.end):
                continue
            subjects.append((match.start, match.end,
                             None if _coordinated(doc, match.start, match.end) else entry.country))
        elif entry.source != "demonym":  # "visited Kyiv", "accused Russia": the other party of a clause
            verb = clause_verb(doc[match.start:match.end].root).i
            context.counterparts.setdefault(sentences.of_token(doc[match.start]), []).append(
                (match.start, entry.country, verb))
    return counts, subjects


def _read_places(doc: Doc, places: list[Place], names: list[PhraseMatch], context: ActorContext, fronted: set[int],
                 marks: list[tuple[int, str, bool]], *, tables: ActorTables, dateline: int) -> None:
    """Locatives, fronted scenes and article marks of the gazetteer's places (not inside an organization's name)."""
    organizations = {i for m in names if m.entry.source in ("org", "igo") for i in range(m.start, m.end)}
    named = {i for m in names if m.entry.source in _COUNTRY_SOURCES for i in range(m.start, m.end)}
    for place in places:
        if place.country and place.start < dateline:
            context.dateline = context.dateline or place.country
            continue
        span = doc.char_span(place.start, place.end, alignment_mode="expand") if place.country else None
        if span is None or any(i in organizations for i in range(span.start, span.end)):
            continue
        if span.start not in named:  # "Pyongyang" is a capital's name already
            marks.append((span.start, place.country, False))
        _add_locative(doc, context.sentences, context.locatives, span.start, span.end, place.country, tables)
        if _fronted(doc, span.start):
            context.scene.append((span.start, place.country))
            fronted.add(span.start)


def _name_marks(doc: Doc, names: list[PhraseMatch], tables: ActorTables, dateline: int) -> list[tuple[int, str, bool]]:
    """(token, country, is a country's own name) of every name that says which country an article is about:
    countries, demonyms, capitals and seats, national bodies, office holders; not the media it quotes."""
    out = []
    for match in names:
        entry = match.entry
        if not entry.country or doc[match.start].idx < dateline or sympathy(doc, match.start):
            continue
        if entry.source in _COUNTRY_SOURCES + ("org", "holder") and entry.sector not in tables.unlocating_sectors:
            out.append((match.start, entry.country, entry.source in _COUNTRY_SOURCES))
    return out


def sympathy(doc: Doc, start: int) -> bool:
    """Is the name at token ``start`` the object of a "pro-"/"anti-" prefix ("pro-Palestinian demonstrators")?
    Then it names a cause, not the nationality of anyone."""
    if start >= 2 and doc[start - 1].text == "-":
        return doc[start - 2].lower_ in _STANCE_PREFIXES
    return start >= 1 and doc[start - 1].lower_ in ("pro-", "anti-")


def _in_subject(doc: Doc, start: int, end: int) -> bool:
    """Is the phrase (part of) the subject of a clause ("Kigali dismissed…", "Japanese Prime Minister X said")?"""
    token = doc[start:end].root
    for _ in range(4):
        if token.dep_ in _SUBJECT_DEPS:
            return True
        if token.dep_ not in _NP_DEPS or token.head == token:
            return False
        token = token.head
    return token.dep_ in _SUBJECT_DEPS


def subordinate(doc: Doc, start: int, end: int) -> bool:
    """Is the phrase in a clause of time, cause or contrast ("after Washington announced …", "while …") or in a
    relative clause ("an allegation France called absurd")?"""
    return clause_verb(doc[start:end].root).dep_ in ("advcl", "relcl")


def clause_verb(token: Token) -> Token:
    """The verb (or root) of the clause a token belongs to."""
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head == token:
            return token
        token = token.head
    return token


def _abroad(doc: Doc, start: int, end: int, country: str | None, here: list[Locative]) -> bool:
    """Does the subject act in a place of another country ("US Secretary of State Marco Rubio met Netanyahu in
    Jerusalem")? Then it sets no scene: the officials named next need not be American."""
    token = doc[start:end].root
    for _ in range(4):
        if token.dep_ in _SUBJECT_DEPS or token.head == token:
            break
        token = token.head
    verb = token.head.i
    return any(place.attached == verb and place.country != country for place in here)


def _coordinated(doc: Doc, start: int, end: int) -> bool:
    root = doc[start:end].root
    return root.dep_ == "conj" or any(child.dep_ == "conj" for child in root.children)


def _fronted(doc: Doc, start: int) -> bool:
    """A locative opening its sentence: "In Berlin, the Greens asked…"."""
    prep = doc[start].head
    if prep.dep_ != "prep" or prep.i >= start or start - prep.i > 2:
        return False
    k = prep.i
    return k == 0 or bool(doc[k].is_sent_start) or doc[k - 1].is_space or doc[k - 1].text in _OPENERS


def _moves_another(verb: Token, start: int, end: int) -> bool:
    """Does the verb move an object other than the mention in tokens [start, end)?"""
    return any(c.dep_ == "dobj" and not start <= c.i < end for c in verb.children)


def _add_locative(doc: Doc, sentences: SentenceIndex, locatives: dict, start: int, end: int, country: str,
                  tables: ActorTables) -> None:
    root = doc[start:end].root
    while root.dep_ == "conj" and root.head is not root:  # "in Srinagar and Muzaffarabad"
        root = root.head
    attached = root.head.head.i if root.dep_ == "pobj" else root.head.i
    static = root.dep_ == "pobj" and root.head.lower_ in tables.static_prepositions
    moving = root.dep_ == "pobj" and root.head.lower_ in tables.locatives and not static
    destination = root.dep_ == "pobj" and root.head.lower_ in _DESTINATIONS
    entry = Locative(start, country, attached, static, clause_verb(root).i, moving, destination)
    bucket = locatives.setdefault(sentences.of_token(doc[start]), [])
    if entry not in bucket:
        bucket.append(entry)
