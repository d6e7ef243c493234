"""Reported (indirect) speech: the clause a cue verb governs, outside quote marks.

"Greer said [a decision on chips would come later this year]." — the span runs from the
clause's first word ("that" left out) to its last, trailing punctuation left out. A clause
reported after the fact ("[Several hundred people gathered …], local media reported.") is
found from the cue back to the sentence start.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from tidings.extract.quote_speaker import is_cue
from tidings.ontology.quotes import QuoteTables

_CLAUSE_DEPS = ("ccomp",)
_MAIN_DEPS = ("ROOT", "parataxis", "ccomp", "conj")
_DASHES = {"—", "–", "--"}
_DATELINE_TOKENS = 16
_QUESTION_WORDS = {"how", "why", "who", "whom", "whose", "what", "whether", "when", "where", "which", "if"}
_MIN_TOKENS = 3
_MARKS = ("that",)


@dataclass(frozen=True)
class Reported:
    start: int
    end: int
    cue: Token


def reported_clauses(doc: Doc, tables: QuoteTables, *, quoted: set[int]) -> list[Reported]:
    found = []
    for verb in doc:
        if verb.i in quoted or not is_cue(verb, tables):
            continue
        clause = _clause_after(verb, quoted) or _clause_before(doc, verb, quoted)
        if clause is not None:
            found.append(clause)
    return found


def _clause_after(verb: Token, quoted: set[int]) -> Reported | None:
    for child in verb.children:
        if child.dep_ in _CLAUSE_DEPS and child.i > verb.i:
            return _span(list(child.subtree), verb, quoted)
    return None


def _clause_before(doc: Doc, verb: Token, quoted: set[int]) -> Reported | None:
    """"…, the Pentagon said." / "…, local media reported.": the cue and its subject close the
    sentence after a comma; the reported clause is everything before that comma."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subject is None or verb.dep_ not in _MAIN_DEPS or any(c.dep_ in ("mark", "auxpass") for c in verb.children):
        return None
    comma = subject.left_edge.i - 1
    sent = verb.sent
    if comma <= sent.start or doc[comma].text != "," or verb.right_edge.i < sent.end - 2:
        return None
    return _span(list(doc[_after_dateline(doc, sent.start, comma) : comma]), verb, quoted)


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """Skip "KYIV, Ukraine (AP) —" when the reported clause opens the article."""
    if not doc[start].is_upper:
        return start
    for tok in doc[start : min(end, start + _DATELINE_TOKENS)]:
        if tok.text in _DASHES or (tok.text == "-" and tok.whitespace_ and doc[tok.i - 1].whitespace_):
            return tok.i + 1
    return start


def _span(tokens: list[Token], verb: Token, quoted: set[int]) -> Reported | None:
    while tokens and (tokens[0].lower_ in _MARKS and len(tokens) > _MIN_TOKENS or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if len(tokens) < _MIN_TOKENS or not any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return None
    if tokens[0].lower_ in _QUESTION_WORDS:
        return None  # "asked him to explain why …" reports no statement
    if tokens[0].i in quoted or tokens[0].i - 1 in quoted and tokens[0].idx > 0 and tokens[0].nbor(-1).is_quote:
        return None  # direct speech in quote marks, already a quote
    return Reported(tokens[0].idx, tokens[-1].idx + len(tokens[-1].text), verb)
