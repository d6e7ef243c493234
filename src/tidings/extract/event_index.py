"""Per-document lookups shared by the event coder: which actor or place covers each token.

Built once per Doc in O(tokens + mentions), so that trigger matching and argument attachment
never rescan the document.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from tidings.extract.anaphora import AnaphorWords, antecedent
from tidings.ingest.ids import article_id
from tidings.models import Actor, Place, Quantity, Quote
from tidings.nlp.sentences import sentence_index, sentence_spans
from tidings.ontology.events import EventTables


def side_code(actor: Actor) -> str:
    """How the event rules compare sides: an actor's code, else its country, else ''."""
    return actor.code or actor.country or ""


def names_event(tok: Token, index: EventIndex) -> bool:
    """'condemned the Russian strike [on Kyiv]': the word is an event noun of the lexicon, so its
    phrases are that event's."""
    return any(e.type for f in (tok.lemma_.lower(), tok.lower_) for e in index.tables.entries("noun", f))


def side_codes(actors: list[Actor]) -> frozenset[str]:
    return frozenset(side_code(a) for a in actors)


def unique_sides(actors: list[Actor]) -> list[Actor]:
    """The first actor of each side code, in order."""
    seen: set[str] = set()
    return [a for a in actors if not (side_code(a) in seen or seen.add(side_code(a)))]


# spaCy entity labels that stand for a named actor when the actor extractor found none.
_ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
# entity labels whose words name something rather than an action ("March", "Amnesty International")
_NAME_ENTS = frozenset({"DATE", "TIME", "PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"})


@dataclass
class EventIndex:
    doc: Doc
    tables: EventTables
    actors: list[Actor]
    places: list[Place]
    quantities: list[Quantity]
    quotes: list[Quote]
    published: str | None
    actor_at: list[int | None]
    place_at: list[int | None]
    mention_at: list[int | None]  # any actor mention, coded or not: never a trigger
    sent_bounds: list[tuple[int, int]]  # token range of each token's sentence
    date_ents: dict[int, list[SpacySpan]]  # DATE/TIME entities by sentence start token
    text: str  # ``doc.text`` joins every token on each access: read it once
    text_id: str  # seed of event ids: the document id when the pipeline sets one, else a text hash
    country_names: dict[str, str]  # ISO alpha-3 → canonical country name

    @classmethod
    def build(
        cls, doc: Doc, *, tables: EventTables, actors: list[Actor], places: list[Place],
        quantities: list[Quantity], quotes: list[Quote], published: str | None,
        doc_id: str | None = None, country_names: dict[str, str] | None = None,
    ) -> "EventIndex":
        coded = [a for a in actors if a.country or a.code]  # unnamed groups take no part in dyads
        text, starts = doc.text, [t.idx for t in doc]
        bounds: list[tuple[int, int]] = [(0, 0)] * len(doc)
        for sent in doc.sents:
            bounds[sent.start:sent.end] = [(sent.start, sent.end)] * (sent.end - sent.start)
        dates: dict[int, list[SpacySpan]] = {}
        for ent in doc.ents:
            if ent.label_ in ("DATE", "TIME"):
                dates.setdefault(bounds[ent.start][0], []).append(ent)
        return cls(
            doc, tables, coded, places, quantities, quotes, published,
            _token_map(doc, coded, starts), _token_map(doc, places, starts), _token_map(doc, actors, starts),
            bounds, dates, text, doc_id or article_id(text), country_names or {},
        )

    def sent(self, token: Token) -> SpacySpan:
        """The token's sentence (``Token.sent`` rescans the document on every call)."""
        start, end = self.sent_bounds[token.i]
        return self.doc[start:end]

    def sentence_dates(self, token: Token) -> list[SpacySpan]:
        return self.date_ents.get(self.sent_bounds[token.i][0], [])

    def actor(self, token: Token) -> Actor | None:
        i = self.actor_at[token.i]
        return self.actors[i] if i is not None else None

    def actors_at(self, token: Token) -> list[Actor]:
        """Every actor on the span of the one covering the token: a set the actor extractor resolved
        ("the two leaders", "both sides", "They") is one mention per member, all on one span."""
        actor = self.actor(token)
        if actor is None:
            return []
        return self._members.get((actor.start, actor.end), [actor])

    @cached_property
    def _members(self) -> dict[tuple[int, int], list[Actor]]:
        spans: dict[tuple[int, int], list[Actor]] = {}
        for a in self.actors:
            spans.setdefault((a.start, a.end), []).append(a)
        return {k: v for k, v in spans.items() if len(v) > 1}

    def place(self, token: Token) -> Place | None:
        i = self.place_at[token.i]
        return self.places[i] if i is not None else None

    def is_actor(self, token: Token) -> bool:
        """A named actor: one the actor extractor found, a personal pronoun, or else a spaCy
        person/org/GPE entity."""
        if self.actor_at[token.i] is not None or token.tag_ == "PRP":
            return True
        return token.ent_type_ in _ACTOR_ENTS and self.place_at[token.i] is None

    def antecedent(self, token: Token) -> Token | None:
        """The noun phrase head a pronoun stands for (extract/anaphora.py), resolved once per token."""
        cache = self._antecedents
        if token.i not in cache:
            cache[token.i] = antecedent(token, bounds=self.sent_bounds, words=self._anaphor_words)
        return cache[token.i]

    @cached_property
    def _antecedents(self) -> dict[int, Token | None]:
        return {}

    @cached_property
    def _anaphor_words(self) -> AnaphorWords:
        return AnaphorWords.of(self.tables)

    def names_something(self, token: Token) -> bool:
        """Part of a name (actor, place, date, organization…): never an event trigger."""
        return (
            self.mention_at[token.i] is not None or self.place_at[token.i] is not None
            or (token.ent_type_ in _NAME_ENTS and not _swallowed_verb(token))
        )

    def sentence_actors(self, token: Token) -> list[Actor]:
        """The coded actors of the token's sentence, in text order."""
        start, end = self.sent_bounds[token.i]
        found = dict.fromkeys(i for i in self.actor_at[start:end] if i is not None)
        return [self.actors[i] for i in found]

    def sentence_has_actor(self, token: Token) -> bool:
        start, end = self.sent_bounds[token.i]
        return any(self.actor_at[i] is not None for i in range(start, end))

    def sentence(self, token: Token) -> int:
        return sentence_index(self.doc, token.idx)

    def sentence_span(self, n: int) -> tuple[int, int] | None:
        """Character range of sentence ``n`` (as numbered by ``sentence``)."""
        spans = self._sentences
        return (spans[n].start, spans[n].end) if 0 <= n < len(spans) else None

    @cached_property
    def _sentences(self):
        return sentence_spans(self.doc)

    @cached_property
    def judging_preps(self) -> frozenset[str]:
        """Prepositions of what one is judged, charged or reproached for (vocabulary.csv
        judged_preps, charged_preps and reason_preps), joined once per document."""
        vocab = self.tables.vocab
        return vocab("judged_preps") | vocab("charged_preps") | vocab("reason_preps")

    @cached_property
    def dateline_end(self) -> int | None:
        """Character offset of the dateline dash in the first sentence ("BERLIN, 4 May 2026 —")."""
        sentences = sentence_spans(self.doc)
        if not sentences:
            return None
        first = self.text[sentences[0].start:sentences[0].end]
        dash = min((p for p in (first.find(" — "), first.find(" – ")) if 0 <= p <= 60), default=-1)
        return sentences[0].start + dash if dash >= 0 else None

    @cached_property
    def dateline_place(self) -> Place | None:
        """The first place of the first sentence when it stands before the dateline dash."""
        sentences = sentence_spans(self.doc)
        if not sentences or not self.places:
            return None
        first = self.text[sentences[0].start:sentences[0].end]
        dash = min((p for p in (first.find(" — "), first.find(" – "), first.find(" - ")) if p >= 0), default=-1)
        if dash < 0:
            return None
        limit = sentences[0].start + dash
        return next((p for p in self.places if p.start < limit), None)


def _token_map(doc: Doc, spans, starts: list[int]) -> list[int | None]:
    """For each token, the index of the first span overlapping it (spans sorted or not)."""
    out: list[int | None] = [None] * len(doc)
    if not spans:
        return out
    for n, span in enumerate(spans):
        i = max(0, bisect_right(starts, span.start) - 1)
        while i < len(doc) and starts[i] < span.end:
            tok = doc[i]
            if tok.idx + len(tok.text) > span.start and out[i] is None:
                out[i] = n
            i += 1
    return out


def _swallowed_verb(token: Token) -> bool:
    """The main verb of a clause the model ran into a name ("[Lula congratulates Chile's]" as ORG,
    in headlines): a lower-case finite verb heading its sentence is no part of a name."""
    return token.is_lower and token.pos_ == "VERB" and token.dep_ == "ROOT" and token.tag_ in ("VBZ", "VBD", "VBP")
