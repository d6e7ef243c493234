"""What a relative clause with an object gap is done to.

- "40 Guatemalan migrants [whom] its police had detained": the noun the clause hangs on is the
  verb's object.
- "Ethiopia began filling the reservoir, a move Egypt denounced", "Iran launched drones at Israel,
  an attack that Britain condemned": when that noun is an act that names no actor of its own,
  the one who did it in the clause around it is aimed at.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex, names_event
from tidings.extract.event_syntax import VERB_POS, is_passive, nearest_subject

__all__ = ["act_doers", "relative_antecedent"]


def relative_antecedent(verb: Token, obj: Token | None, index: EventIndex) -> Token | None:
    """The noun an active relative clause hangs on when the clause has a subject of its own and its
    object is a relative pronoun or missing ("a step [Spain] welcomed"), else None."""
    if verb.dep_ != "relcl" or is_passive(verb) or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    relatives = index.tables.vocab("relative_pronouns")
    if obj is not None and obj.lower_ not in relatives:
        return None
    subj = nearest_subject(verb)
    if subj is None or subj.lower_ in relatives or subj.i < verb.head.i:
        return None
    return verb.head


def act_doers(noun: Token, verb: Token, index: EventIndex) -> list[Token]:
    """Who did the act a relative clause's antecedent names: the subject of the nearest clause
    above it ("Thailand's army shelled positions, [a step] that Malaysia criticised"), when the
    noun is an act (a lexicon event noun, a generic act noun, or a measure) and names no actor,
    the clause is not about a person ("whom") and its own subject is a named actor (not "a step
    both capitals hailed", which may be the doers' own)."""
    from tidings.extract.event_phrases import actors_of
    from tidings.extract.event_sources import verb_subject

    words = {noun.lower_, noun.lemma_.lower()}
    vocab = index.tables.vocab
    if not (names_event(noun, index) or words & (vocab("generic_event_nouns") | vocab("act_product_nouns"))):
        return []
    if any(ch.dep_ == "dobj" and ch.lower_ in vocab("person_relatives") for ch in verb.children):
        return []
    subj = nearest_subject(verb)
    if subj is None or not actors_of([subj], index):
        return []
    t = noun
    for _ in range(6):
        if t.head == t:
            return []
        t = t.head
        if t.pos_ in VERB_POS and t.dep_ not in ("prep", "amod", "acl", "relcl") and t != verb:
            return verb_subject(t, index)
    return []
