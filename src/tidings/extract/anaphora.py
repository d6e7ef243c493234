"""The noun phrase a personal pronoun stands for, so that a trigger's word-class constraint can
see through "them", "it" or "they" to the words it refers to: "intercepted a boat carrying 40
migrants and [returned them]", "Seoul scaled back the drills but [resumed them]", "Moscow rejected
the allegations. Peskov [called them] absurd".

The antecedent is the first earlier noun phrase that agrees with the pronoun in number and in
person against thing (vocabulary.csv sets `anaphors`, `singular_anaphors`, `person_pronouns`,
`plural_collectives`; people are the words of `people_classes`), searched after Hobbs' walk of
the parse: the object of a verb the pronoun's verb is coordinated with; the pronoun's own
sentence, clause by clause going up from the pronoun; then each earlier sentence of a short
window. Within a clause or a sentence the words highest in the parse come first (subject and
object before the nouns of their phrases). The subject of the pronoun's own clause is never its
antecedent ("Police kept [them] away"), nor is a reporting subject ("officials said"). A
pleonastic "it" ("it is likely that", "it was decided to") and a reporting "it said" stand for
no phrase. A part of a set whose noun is left out ("[Most] were freed", "[a smaller group]
stormed the council") stands for a set told with its size ("300 demonstrators", "hundreds of
young men"). Pure functions over a spaCy Doc.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from spacy.tokens import Token

from tidings.extract.event_syntax import NOUN_POS, VERB_POS, conjuncts, direct_object, nearest_subject
from tidings.ontology.events import EventTables
from tidings.ontology.speech import load_reporting_verbs

Bounds = list[tuple[int, int]]  # token range of each token's sentence

# earlier sentences searched for an antecedent, besides the pronoun's own
_WINDOW = 2
# a noun naming no referent an act could fall on ("last [year]", "an [effort] to")
_NOT_REFERRING = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
# relations of a word that only modifies another noun: not a noun phrase of its own
_MODIFYING = frozenset({"compound", "amod", "nmod", "poss", "npadvmod", "nummod", "appos", "det", "quantmod"})


@dataclass(frozen=True)
class AnaphorWords:
    anaphors: frozenset[str]     # pronouns that may stand for a noun phrase
    persons: frozenset[str]      # pronouns that stand for a person ("him")
    singular: frozenset[str]     # pronouns that stand for one thing ("it")
    collectives: frozenset[str]  # singular nouns that take "they" ("the police")
    person_nouns: frozenset[str]  # nouns naming people (classes.csv persons, crowd)
    quantifiers: frozenset[str]
    reporting: frozenset[str]    # reporting verbs ("said")
    elliptic: frozenset[str]     # parts of a set whose noun is left out ("most", "a group")

    @classmethod
    def of(cls, tables: EventTables) -> "AnaphorWords":
        vocab = tables.vocab
        return cls(vocab("anaphors"), vocab("person_pronouns"), vocab("singular_anaphors"),
                   vocab("plural_collectives"), tables.vocab_classes("people_classes"),
                   vocab("quantifiers"), load_reporting_verbs().lemmas, vocab("elliptic_quantifiers"))


def is_anaphor(token: Token, words: AnaphorWords) -> bool:
    """A personal or demonstrative pronoun that may stand for a noun phrase ("them", "it",
    "those"), not a determiner ("those drills") nor the head of its own description ("those
    freed", "those who fled", "those in custody")."""
    if _elliptic(token, words):
        return True
    if token.lower_ not in words.anaphors or token.dep_ in ("det", "poss") or token.pos_ not in ("PRON", "DET"):
        return False
    return not any(c.dep_ in ("acl", "relcl", "prep") for c in token.children)


def _elliptic(token: Token, words: AnaphorWords) -> bool:
    """A part of a set told before, its noun left out ("police detained 200 protesters; [most]
    were freed", "[a smaller group] stormed the council"; vocabulary.csv `elliptic_quantifiers`):
    no "of" phrase, no definite article ("the group" names an organization), an argument."""
    if token.lemma_.lower() not in words.elliptic and token.lower_ not in words.elliptic:
        return False
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" or c.lower_ in ("the", "this", "that") for c in token.children)


def antecedent(pron: Token, *, bounds: Bounds, words: AnaphorWords) -> Token | None:
    """The head of the noun phrase ``pron`` stands for, or None."""
    if not is_anaphor(pron, words) or _pleonastic(pron, words):
        return None
    barred = co_arguments(pron)
    part = _elliptic(pron, words)
    for cand in _candidates(pron, bounds, words):
        if cand.i not in barred and _agrees(pron, cand, words) and (not part or _counted(cand, words)):
            return cand
    return None


def _counted(noun: Token, words: AnaphorWords) -> bool:
    """A set told with its size, whose part an elliptic word names: "200 protesters",
    "hundreds of young men"."""
    if any(c.dep_ == "nummod" or c.lower_ in words.elliptic for c in noun.children):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and _quantifier(noun.head.head, words)


def _candidates(pron: Token, bounds: Bounds, words: AnaphorWords) -> Iterator[Token]:
    yield from _coordinated_object(pron)
    start, _ = bounds[pron.i]
    doc = pron.doc
    yield from _same_sentence(pron, words)
    for _ in range(_WINDOW):
        if start == 0:
            return
        start, end = bounds[start - 1]
        yield from _by_depth(doc[start:end], words)


def _coordinated_object(pron: Token) -> list[Token]:
    """'intercepted a boat carrying 40 migrants and returned [them]': the object phrase of the verb
    the pronoun's verb is coordinated with, its head first, then the nouns inside it."""
    verb = pron.head
    if pron.dep_ not in ("dobj", "nsubjpass") or verb.dep_ != "conj" or verb.head.pos_ not in VERB_POS:
        return []
    obj = direct_object(verb.head)
    if obj is None or obj.pos_ == "PRON":
        return []
    return [obj] + [t for t in obj.subtree if t != obj and t.pos_ in NOUN_POS and t.dep_ not in _MODIFYING]


def _same_sentence(pron: Token, words: AnaphorWords) -> Iterator[Token]:
    """The noun phrases before the pronoun in its sentence, clause by clause going up from it and,
    within each clause, those highest in the parse first: "doctors downed tools over unpaid wages
    after a court barred [them]" reads "doctors" before "wages"."""
    seen: set[int] = {pron.i}
    node = pron
    for _ in range(40):
        if node.head == node:
            break
        node = node.head
        seen.add(node.i)  # a phrase holding the pronoun is not what it stands for ("X's claim that [it] …")
        found = [t for t in node.subtree if t.i < pron.i and t.i not in seen and _noun_phrase(t, words)]
        seen.update(t.i for t in found)
        yield from sorted(found, key=lambda t: (_depth(t, words), t.i))


def _by_depth(sent, words: AnaphorWords) -> list[Token]:
    """The noun phrases of an earlier sentence, those highest in its parse first, then left to
    right: the subject and object of the main clause before the nouns of its phrases."""
    found = [t for t in sent if _noun_phrase(t, words) and not _reporting_subject(t, words)]
    return sorted(found, key=lambda t: (_depth(t, words), t.i))


def _depth(token: Token, words: AnaphorWords) -> int:
    """Steps up to the root; "dozens of [activists]" stands where "dozens" does."""
    n = 0
    while token.head != token and n < 40:
        quantified = token.dep_ == "pobj" and token.head.lower_ == "of" and _quantifier(token.head.head, words)
        token, n = (token.head.head, n) if quantified else (token.head, n + 1)
    return n


def _quantifier(token: Token, words: AnaphorWords) -> bool:
    return token.pos_ == "NUM" or token.lower_ in words.quantifiers or token.lemma_.lower() in words.quantifiers


def _noun_phrase(token: Token, words: AnaphorWords) -> bool:
    """The head word of a noun phrase that can name a referent."""
    if token.pos_ not in NOUN_POS or token.dep_ in _MODIFYING or token.ent_type_ in _NOT_REFERRING:
        return False
    return not _quantifier(token, words)


def _reporting_subject(token: Token, words: AnaphorWords) -> bool:
    """'…, officials said': the speaker of a report is not what the report is about."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in words.reporting


def co_arguments(pron: Token) -> set[int]:
    """The subject (and its conjuncts) of the pronoun's own clause: an object pronoun does not
    stand for it ("Police kept [them] away"; a reflexive would)."""
    verb = pron.head if pron.dep_ != "pobj" else pron.head.head
    if pron.dep_ in ("nsubj", "nsubjpass") or verb.pos_ not in VERB_POS:
        return set()
    t = verb
    for _ in range(3):  # "released them" under "and": the coordinated verb's subject
        subj = nearest_subject(t)
        if subj is not None:
            return {c.i for c in conjuncts(subj)}
        if t.dep_ not in ("conj", "xcomp") or t.head == t:
            break
        t = t.head
    return set()


def _agrees(pron: Token, cand: Token, words: AnaphorWords) -> bool:
    """Number agreement, and a person pronoun for a person, a thing pronoun for no person."""
    word = pron.lower_
    person = cand.ent_type_ == "PERSON" or cand.lemma_.lower() in words.person_nouns
    if word in words.persons:
        return person and not _plural(cand, words)
    if word in words.singular:
        return not person and not _plural(cand, words)
    return _plural(cand, words) and not _elliptic(cand, words)


def _plural(noun: Token, words: AnaphorWords) -> bool:
    """'the drills', 'Britain and France', 'the police': a plural or coordinated phrase."""
    if noun.tag_ in ("NNS", "NNPS") or noun.lemma_.lower() in words.collectives:
        return True
    return any(c.dep_ == "conj" for c in noun.children)


def _pleonastic(pron: Token, words: AnaphorWords) -> bool:
    """'it is likely that', 'it was decided to', 'it said': an "it" standing for no phrase of
    the text, or for the speaker of a report (resolved as an actor elsewhere)."""
    if pron.lower_ != "it" or pron.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = pron.head
    if verb.lemma_.lower() in words.reporting:
        return True
    clause = any(c.dep_ in ("ccomp", "csubj") for c in verb.children)
    extraposed = verb.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") and any(
        g.dep_ in ("ccomp", "xcomp") for g in c.children) for c in verb.children)
    return extraposed or (clause and pron.dep_ == "nsubjpass")
