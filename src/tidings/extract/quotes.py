"""Direct, indirect and mixed quotes with their speakers.

- direct: words inside quote marks that stand as the speaker's own sentence(s): at the start
  of a sentence, after a colon, or after a cue ("he said, “…”"); split quotes give two;
- mixed: a quoted phrase inside the author's sentence ("called the withdrawal “a bad signal”");
- indirect: the clause a cue verb reports ("Pistorius declared that …", "The minister said
  the US would …"), from its first word to its end, without "that" and the final stop.

Speakers come from the cue verb's subject (see ``quote_speaker``); a direct quote without a cue
of its own continues the previous direct quote of its paragraph.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tidings.extract.quote_marks import Marked, quoted_stretches
from tidings.extract.quote_reported import reported_clauses
from tidings.extract.quote_speaker import cue_after, cue_before, governing_verbs, speaker_of
from tidings.models import Actor, Quote
from tidings.nlp.sentences import sentence_index
from tidings.ontology.quotes import QuoteTables, load_quote_tables

_OPENERS = set("([{—–-")


@dataclass
class _Found:
    marked: Marked
    kind: str
    cue: Token | None
    speaker: Actor | None


@dataclass
class _Article:
    """What every step needs, computed once (``doc.text`` rebuilds the string on each call)."""

    doc: Doc
    text: str
    tables: QuoteTables
    actors: list[Actor]
    starts: list[int]  # token start offsets, for bisect
    quoted: set[int]  # tokens inside quote marks


def extract_quotes(doc: Doc, *, actors: list[Actor], tables: QuoteTables | None = None) -> list[Quote]:
    """Every quote of the Doc; ``tables`` default to ``tidings.ontology.quotes.load_quote_tables()``."""
    text = doc.text
    marked = quoted_stretches(text)
    starts = [t.idx for t in doc]
    art = _Article(doc, text, tables or load_quote_tables(), actors, starts, _quoted_tokens(marked, starts))
    reported = [(c, speaker_of(c.cue, actors, art.tables)) for c in reported_clauses(doc, art.tables, quoted=art.quoted)]
    found: list[_Found] = []
    for n, stretch in enumerate(marked):
        found.append(_attribute(art, stretch, marked[n - 1] if n else None, found))
    for item in found:
        clause = next((c for c in reported if c[0].start <= item.marked.start and item.marked.end <= c[0].end), None)
        if item.kind == "mixed" and clause is not None:
            item.cue, item.speaker = clause[0].cue, clause[1]  # said the move was “a step toward …”
    quotes = [_record(art, f.marked.start, _end(art.text, f), f.kind, f.cue, f.speaker) for f in found]
    quotes += [_record(art, c.start, c.end, "indirect", c.cue, speaker) for c, speaker in reported]
    return sorted(quotes, key=lambda q: (q.start, q.end))


def _end(text: str, found: _Found) -> int:
    """A quoted phrase ends before the author's full stop ("urged action “without delay.”")."""
    end = found.marked.end
    if found.kind == "mixed":
        while end > found.marked.start + 1 and text[end - 1] in ".;:":
            end -= 1
    return end


def _quoted_tokens(marked: list[Marked], starts: list[int]) -> set[int]:
    """Tokens inside quotes, marks included."""
    tokens: set[int] = set()
    for stretch in marked:
        tokens.update(range(bisect_left(starts, stretch.open_at), bisect_left(starts, stretch.close_at + 1)))
    return tokens


def _attribute(art: _Article, stretch: Marked, previous: Marked | None, found: list[_Found]) -> _Found:
    first = bisect_left(art.starts, stretch.open_at)
    after = bisect_left(art.starts, stretch.close_at + 1)
    cue = cue_after(art.doc, after, art.tables, quoted=art.quoted) or cue_before(art.doc, first, art.tables, quoted=art.quoted)
    if not _stands_alone(art.text, stretch, previous, cue):
        return _mixed(art, stretch, cue)
    if cue is not None:
        return _Found(stretch, "direct", cue, speaker_of(cue, art.actors, art.tables))
    earlier = _same_paragraph_before(art.text, stretch, found)
    return _Found(stretch, "direct", None, earlier.speaker if earlier else None)


def _mixed(art: _Article, stretch: Marked, cue: Token | None) -> _Found:
    """A quoted phrase: spoken by the subject of the verb above it when that verb is a cue or
    has a named subject ("Otte called the withdrawal “a bad signal”"), else by the speaker of
    a cue in the same sentence ("NATO remained “the backbone of our security”, Merz said")."""
    verbs = governing_verbs(art.doc, stretch.start, stretch.end)
    for verb in verbs:
        speaker = speaker_of(verb, art.actors, art.tables)
        if speaker is not None:
            return _Found(stretch, "mixed", verb, speaker)
    if cue is not None:
        return _Found(stretch, "mixed", cue, speaker_of(cue, art.actors, art.tables))
    return _Found(stretch, "mixed", verbs[0] if verbs else None, None)


def _stands_alone(text: str, stretch: Marked, previous: Marked | None, cue: Token | None) -> bool:
    """Direct speech opens a sentence or follows a colon or a cue and a comma; a phrase quoted
    in the middle of the author's sentence is mixed."""
    i = stretch.open_at - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] in "\n.!?:" or text[i] in _OPENERS:
        return True
    if text[i] in "”\"’" and previous is not None and previous.close_at == i:
        return True
    if text[i] == "," and cue is not None and cue.idx < stretch.open_at:
        return True  # 'he said, “to give peace a real chance”'
    return not stretch.closed


def _same_paragraph_before(text: str, stretch: Marked, found: list[_Found]) -> _Found | None:
    """The previous direct quote when nothing but quotes and cues separate them in a paragraph."""
    for earlier in reversed(found):
        if earlier.kind != "direct":
            continue
        if "\n" in text[earlier.marked.close_at : stretch.open_at]:
            return None
        return earlier
    return None


def _record(art: _Article, start: int, end: int, kind: str, cue: Token | None, speaker: Actor | None) -> Quote:
    return Quote(
        text=art.text[start:end], start=start, end=end, kind=kind, speaker=speaker,
        cue=cue.text if cue is not None else None, sentence=sentence_index(art.doc, start),
    )
