"""Where the small model's parse hides a trigger or its pattern words, and how the coder reads
through it: a headline's verb tagged as a noun, a gerund hung on "of" as a clause, the
preposition of "called for X to be Y" made the clause's mark, a judgement's "as" phrase, and the
preposition of a predicate that is no phrasal verb's ("called the measures a dead end for Europe").
Pure functions of tokens, used by event_triggers."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_syntax import direct_object, has_word
from tidings.ontology.events import EventTables

# relations of the predicate in "called X Y": the words that judge X
PREDICATIVE = ("oprd", "xcomp", "ccomp", "acomp", "attr")


def of_gerund(token: Token) -> bool:
    """A gerund the parser hangs on "of" as a clause ("after four days of [fighting]")."""
    return token.dep_ == "pcomp" and token.head.lower_ == "of" and token.tag_ == "VBG" and not any(
        c.dep_ in ("dobj", "nsubj") for c in token.children)


def headline_verb(token: Token, tables: EventTables) -> bool:
    """The root of a verbless headline, a present-tense verb the model tagged as a noun after its
    subject ("Protesters storm parliament", "U.S. lifts sanctions on Syrian banks")."""
    if token.dep_ != "ROOT" or token.tag_ not in ("NNS", "NN") or not token.is_lower or token.i == token.sent.start:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in token.sent) or not tables.entries("verb", token.lemma_.lower()):
        return False
    return any(c.dep_ in ("dobj", "nsubj") for c in token.children) or token.tag_ == "NNS"


def clause_mark(verb: Token, word: str) -> Token | None:
    """'called [for] the embassy to be closed': the parser makes the verb's preposition the mark of
    the infinitive clause that follows it."""
    return next((g for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp")
                 for g in c.children if g.dep_ == "mark" and g.i == verb.i + 1 and has_word(g, frozenset({word}))), None)


def of_predicate(prep: Token, verb: Token) -> bool:
    """A phrase of the judgement in "called the measures [a dead end] for Europe": the preposition
    of a verb that takes a predicate belongs to it, not to a phrasal verb ("call for")."""
    return prep.dep_ == "prep" and any(c.dep_ == "oprd" and c.i < prep.i for c in verb.children)


def predicate_words(verb: Token) -> list[Token]:
    """The words that judge the object of "called X Y" or "described X as Y" (an "as" phrase on the
    verb or its object, or the clause the parser makes of "as baseless"), and a quoted label the
    parser hangs on the object as its apposition ("called the officers “foreign occupiers”")."""
    obj = direct_object(verb)
    holders = [verb] + ([obj] if obj is not None else [])
    as_phrases = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"] + [
        c for c in verb.children if c.dep_ == "advcl" and any(a.lower_ == "as" for a in c.children)]
    labels = [c for c in obj.children if c.dep_ == "appos" and _quoted(c)] if obj is not None else []
    return [g for c in verb.children if c.dep_ in PREDICATIVE for g in c.subtree] + [
        g for c in as_phrases for g in c.subtree if g.lower_ != "as"] + [g for c in labels for g in c.subtree]


def _quoted(phrase: Token) -> bool:
    """A phrase that opens with a quotation mark."""
    first = phrase.left_edge
    before = first.nbor(-1) if first.i > 0 else None
    return first.is_quote or (before is not None and before.is_quote)
