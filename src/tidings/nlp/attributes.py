"""The model's attribute ruler, matched faster: the same matches, set by the ruler's own code.

spaCy's ``AttributeRuler`` runs a ``Matcher`` of all its patterns (179 in the English model: one
per fine-grained tag, words with their tag, a few dependency cases) over every token, which
costs about an eighth of the model's own time. Nearly every pattern is one token tested on its
TAG, LOWER, DEP or IS_SPACE: which of them a token matches depends only on those four values, so
it is looked up in a table built as tokens are met, keyed by them (LOWER kept only when some
pattern names that word, so the table stays small). The few patterns of several tokens keep a
``Matcher`` of their own. The matches are sorted as the ruler sorts them (later patterns win) and
set with the ruler's own attributes and spaCy's ``set_token_attrs``, as ``set_annotations`` does
(without making a Span per match): POS, MORPH, LEMMA and the rest come out exactly as the model
sets them (checked token by token on the example sets and generated articles).
"""

from __future__ import annotations

from typing import Callable

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

_ATTRS = (TAG, LOWER, DEP, IS_SPACE)
_NAMES = ("TAG", "LOWER", "DEP", "IS_SPACE")
Key = tuple[int, int, int, int]


def _test(value, strings: StringStore) -> Callable[[int], bool] | None:
    """A test on one attribute's hash for a pattern value (a string, a bool, IN or NOT_IN); None when
    the value is of another kind (the pattern then stays with the Matcher)."""
    if isinstance(value, bool):
        return lambda v, want=int(value): v == want
    if isinstance(value, str):
        return lambda v, want=strings.add(value): v == want
    if isinstance(value, dict) and len(value) == 1:
        (op, items), = value.items()
        hashes = frozenset(strings.add(s) for s in items) if isinstance(items, list) else None
        if op == "IN" and hashes is not None:
            return lambda v: v in hashes
        if op == "NOT_IN" and hashes is not None:
            return lambda v: v not in hashes
    return None


def _single(token: dict, strings: StringStore) -> list[tuple[int, Callable[[int], bool]]] | None:
    """(position in the key, test) for each attribute of a one-token pattern; None if one is not simple."""
    tests = []
    for name, value in token.items():
        test = _test(value, strings) if name in _NAMES else None
        if test is None:
            return None
        tests.append((_NAMES.index(name), test))
    return tests


class FastAttributes:
    """Matches of an ``AttributeRuler``, as its ``match`` gives them, for far less work."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        strings = ruler.vocab.strings
        self.singles: list[tuple[int, int, list]] = []  # (attr id, match id, tests)
        self.multi = Matcher(ruler.vocab)
        self.words: set[int] = set()  # LOWER values some one-token pattern names
        for attr_id, entry in enumerate(ruler.patterns):
            key = str(attr_id)
            match_id = strings.add(key)
            for pattern in entry["patterns"]:
                tests = _single(pattern[0], strings) if len(pattern) == 1 else None
                if tests is None:
                    self.multi.add(key, [pattern])
                    continue
                self.singles.append((attr_id, match_id, tests))
                self.words.update(_named_words(pattern[0], strings))
        self.table: dict[Key, list[tuple[int, int]]] = {}

    def _matching(self, key: Key) -> list[tuple[int, int]]:
        found = self.table.get(key)
        if found is None:
            found = [(attr_id, match_id) for attr_id, match_id, tests in self.singles
                     if all(test(key[i]) for i, test in tests)]
            self.table[key] = found
        return found

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """What ``AttributeRuler.match`` returns: (attr id, match id, start, end), sorted."""
        rows = doc.to_array(list(_ATTRS)).astype(numpy.uint64).tolist() if len(doc) else []
        words = self.words
        matches = []
        for i, (tag, lower, dep, space) in enumerate(rows):
            for attr_id, match_id in self._matching((tag, lower if lower in words else 0, dep, space)):
                matches.append((attr_id, match_id, i, i + 1))
        strings = self.ruler.vocab.strings
        matches.extend((int(strings[m]), m, s, e) for m, s, e in self.multi(doc, allow_missing=True, as_spans=False))
        matches.sort()
        return matches

    def __call__(self, doc: Doc) -> Doc:
        attrs, indices = self.ruler.attrs, self.ruler.indices
        for attr_id, _, start, end in self.match(doc):
            index = indices[attr_id]
            if not -(end - start) <= index < end - start:
                raise ValueError(f"attribute ruler pattern {attr_id}: index {index} outside its match {start}:{end}")
            set_token_attrs(doc[start + index if index >= 0 else end + index], attrs[attr_id])
        return doc


def _named_words(token: dict, strings: StringStore) -> set[int]:
    value = token.get("LOWER")
    if isinstance(value, str):
        return {strings.add(value)}
    if isinstance(value, dict):
        return {strings.add(s) for items in value.values() if isinstance(items, list) for s in items}
    return set()


@Language.factory("tidings_attributes", assigns=["token.pos", "token.morph", "token.lemma"],
                  requires=["token.tag", "token.dep"])
def make_attributes(nlp: Language, name: str) -> FastAttributes:
    """Takes over the pipeline's ``attribute_ruler`` (``build_nlp`` adds this after it, then removes it)."""
    return FastAttributes(nlp.get_pipe("attribute_ruler"))
