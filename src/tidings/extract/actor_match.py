"""Table lookups over a Doc: longest phrase matches from the actor phrase indexes.

A phrase is tried only at tokens whose first word starts some table phrase (one dict hit
per token); the candidate text is the article text between token boundaries, lower-cased
and whitespace-normalised, so table phrases need not be tokenised like spaCy does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, TypeVar

from spacy.tokens import Doc, Token

from tidings.ontology.actors import ActorEntry, PhraseIndex, normalise

_FIRST_WORD = re.compile(r"\w+")
POSSESSIVE = frozenset(("'s", "’s", "'", "’"))  # the possessive marks as spaCy splits them off
_T = TypeVar("_T")


def is_possessive(token: Token) -> bool:
    return token.text in POSSESSIVE


def owner_end(doc: Doc, start: int) -> int:
    """Where the name owning the phrase at token ``start`` ends: at the possessive mark before it
    ("Russia's Security Council" → the index of "'s"), else at ``start`` ("the Russian Security Council")."""
    return start - 1 if start > 0 and doc[start - 1].text in POSSESSIVE else start


def owner_of(doc: Doc, start: int, by_end: Mapping[int, _T]) -> _T | None:
    """The mention (of ``by_end``: end token → mention) that owns the phrase at token ``start``, written right
    before it or before a possessive mark ("Iran's", "the Kremlin's", "Modi's")."""
    return by_end.get(owner_end(doc, start))


@dataclass(frozen=True)
class TokenView:
    """Plain lists of what matching reads from every token, built once per Doc."""

    text: str
    lower: list[str]
    start: list[int]
    end: list[int]

    @classmethod
    def of(cls, doc: Doc, text: str) -> "TokenView":
        lower, start, end = [], [], []
        for token in doc:
            lower.append(token.lower_)
            start.append(token.idx)
            end.append(token.idx + len(token))
        return cls(text, lower, start, end)


@dataclass(frozen=True)
class PhraseMatch:
    """Tokens [start, end) of the doc that a table phrase names."""

    start: int
    end: int
    entries: tuple[ActorEntry, ...]

    @property
    def entry(self) -> ActorEntry:
        return self.entries[0]


def match_phrases(view: TokenView, index: PhraseIndex, *, proper: bool) -> list[PhraseMatch]:
    """Longest, left-to-right, non-overlapping matches of ``index`` phrases in the doc of ``view``.

    ``proper`` applies the capitalisation rules of proper names (see :func:`case_ok`).
    """
    out: list[PhraseMatch] = []
    n_tokens, i = len(view.lower), 0
    while i < n_tokens:
        found = _match_at(view, index, i, n_tokens, proper)
        if found is None:
            i += 1
            continue
        out.append(found)
        i = found.end
    return out


def _match_at(view: TokenView, index: PhraseIndex, i: int, n_tokens: int, proper: bool) -> PhraseMatch | None:
    first = _FIRST_WORD.match(view.lower[i])
    if first is None:
        return None
    longest = index.first_words.get(first.group(0))
    if not longest:
        return None
    start_char = view.start[i]
    for end in range(min(n_tokens, i + longest), i, -1):
        raw = view.text[start_char:view.end[end - 1]]
        entries = index.entries.get(normalise(raw))
        if not entries:
            continue
        if proper:
            entries = [entry for entry in entries if case_ok(entry.form, raw)]
        if entries:
            return PhraseMatch(i, end, tuple(entries))
    return None


def case_ok(form: str, raw: str) -> bool:
    """May ``raw`` in the text stand for the table phrase ``form``?

    Short acronyms and lower-case forms ("US", "UN", "AfD", "dpa") must match exactly,
    so "us" and "Who" are not countries or IGOs; other names must start with a capital.
    """
    if raw == form or " ".join(raw.split()) == form:
        return True
    if form[:1].islower() or (len(form) <= 5 and not form.istitle()):
        return False
    return raw[:1].isupper()
