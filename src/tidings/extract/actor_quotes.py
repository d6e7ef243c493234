"""First person inside a quote is the speaker's side.

In '"Our forces responded," a Pakistani army spokesman said', "Our forces" are Pakistan's; in
'"We will keep talking"', after a sentence in which Australia's prime minister said something, "We" is
Australia. The side is the actor that is the subject of the quote's cue verb ("X said" after or before
the quote), named or not (an unnamed "army spokesman" still speaks for his country); a quote with no cue
of its own takes the subject of the first cue verb of the sentence before it, else of the sentence after
it. First-person words (``first_person.csv``):

- plural pronouns ("we", "us", "our") become mentions of the speaker's country, IGO or organization,
  with the speaker's sector (a minister's "we" is the government, an army spokesman's "our" the army);
- singular ones ("I", "me") become mentions of the speaker;
- a group or institution right after "our" ("our troops", "our government") takes the speaker's country.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from tidings.extract.actor_context import SentenceIndex
from tidings.extract.actor_mention import Mention, country_label
from tidings.extract.quote_marks import quoted_stretches
from tidings.extract.quote_speaker import cue_after, cue_before, is_cue, subject_of
from tidings.ontology.actors import ActorTables
from tidings.ontology.quotes import load_quote_tables


def first_person(doc: Doc, mentions: list[Mention], *, tables: ActorTables, text: str, starts: list[int],
                 sentences: SentenceIndex) -> list[Mention]:
    """``mentions`` plus one mention for each first-person word of a quote whose speaker is known (``text`` is
    ``doc.text``, ``starts`` the tokens' character offsets)."""
    words = tables.refs.first_person
    if not words or not any(ch in text for ch in "\"“”"):
        return mentions
    marked = quoted_stretches(text)
    if not marked:
        return mentions
    spans = [(bisect_left(starts, m.open_at), bisect_left(starts, m.close_at + 1)) for m in marked]
    quoted = {i for first, after in spans for i in range(first, after)}
    at = {i: m for m in mentions for i in range(m.start, m.end)}
    sides = _Sides(doc, at, quoted, starts, sentences)
    by_start = {m.start: m for m in mentions}
    out = list(mentions)
    for first, after in spans:
        side = sides.of_quote(first, after)
        if side is None:
            continue
        for token in doc[first:after]:
            number = words.get(token.lower_)
            if number is None or token.i in at or (token.text.isupper() and len(token.text) > 1):  # "US"
                continue
            out.append(_mention(token.i, side, number, tables))
            owned = by_start.get(token.i + 1)
            if number == "plural" and token.dep_ == "poss" and owned is not None and owned.kind != "person":
                _own(owned, side, tables)  # "our troops"
    return out


class _Sides:
    """Who speaks a quote: the actor of the cue's subject, else of the first cue of a sentence next to it."""

    def __init__(self, doc: Doc, at: dict[int, Mention], quoted: set[int], starts: list[int],
                 sentences: SentenceIndex):
        self.doc, self.at, self.quoted = doc, at, quoted
        self.tables = load_quote_tables()
        self.sentences = sentences
        self.token_starts = starts

    def of_quote(self, first: int, after: int) -> Mention | None:
        doc = self.doc
        cue = cue_after(doc, after, self.tables, quoted=self.quoted) or cue_before(doc, first, self.tables,
                                                                                   quoted=self.quoted)
        if cue is not None:
            return self._subject_side(cue)
        if first >= len(doc):
            return None
        here = self.sentences.of_token(doc[first])
        return self._sentence_side(here - 1) or self._sentence_side(here + 1)

    def _sentence_side(self, n: int) -> Mention | None:
        starts = self.sentences.starts
        if not 0 <= n < len(starts):
            return None
        doc = self.doc
        begin = bisect_left(self.token_starts, starts[n])
        for token in doc[begin:]:
            if self.sentences.of_token(token) != n:
                break
            if token.i not in self.quoted and is_cue(token, self.tables):
                return self._subject_side(token)
        return None

    def _subject_side(self, cue: Token) -> Mention | None:
        subject = subject_of(cue)
        side = self.at.get(subject.i) if subject is not None else None
        if side is None or not (side.country or side.code):
            return None
        if side.kind == "person" and side.extra.get("explicit_country") is False:
            return None  # "Prime Minister X" whose country only the scene suggests: too weak to speak for
        return side


def _mention(i: int, speaker: Mention, number: str, tables: ActorTables) -> Mention:
    if number == "singular":
        return Mention(start=i, end=i + 1, kind=speaker.kind, name=speaker.name, country=speaker.country,
                       code=speaker.code, sector=speaker.sector, role=speaker.role)
    if speaker.code:
        kind = "igo" if speaker.sector == "IGO" else "organization"
        return Mention(start=i, end=i + 1, kind=kind, name=speaker.name if speaker.kind != "person" else speaker.code,
                       country=speaker.country, code=speaker.code, sector=speaker.sector)
    return Mention(start=i, end=i + 1, kind="country", name=tables.countries.get(speaker.country, speaker.country),
                   country=speaker.country, sector=speaker.sector)


def _own(owned: Mention, speaker: Mention, tables: ActorTables) -> None:
    """"our troops" said by an Indian spokesman: the troops are India's."""
    if owned.country == speaker.country and owned.code == speaker.code:
        return
    owned.country, owned.code = speaker.country, speaker.code
    label = owned.extra.get("label")
    if label:
        owned.name = country_label(label, speaker.country, tables.adjectives)
