"""What a relative clause with an object gap is done to.

- "40 Guatemalan migrants [whom] its police had detained": the noun the clause hangs on is the
  verb's object.
- "Ethiopia began filling the reservoir, a move Egypt denounced", "Iran launched drones at Israel,
  an attack that Britain condemned": when that noun is an act that names no actor of its own,
  the one who did it in the clause around it is aimed at.
- "Human Rights Watch accused the troops of executions, an allegation the government dismissed":
  when the one who made the claim is a party no code covers, the rejection is aimed at no one,
  not at a side taken from the rest of the article.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex, names_event
from tidings.extract.event_syntax import VERB_POS, is_passive, nearest_subject

__all__ = ["act_doers", "light_relative_subject", "relative_antecedent", "rejects_uncoded_claim"]


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

    if not _act_noun(noun, index):
        return []
    if any(ch.dep_ == "dobj" and ch.lower_ in index.tables.vocab("person_relatives") for ch in verb.children):
        return []
    subj = nearest_subject(verb)
    if subj is None or not actors_of([subj], index):
        return []
    clause = _clause_above(noun, verb)
    return verb_subject(clause, index) if clause is not None else []


def light_relative_subject(noun: Token, index: EventIndex) -> list[Token]:
    """'a package of loans [that Tokyo extended] to Manila', 'the tariffs [Washington imposed]': an
    act noun whose relative clause is a light verb with an object gap is done by that clause's
    subject, as "Tokyo extended a package" would be."""
    from tidings.extract.event_compose import is_light
    from tidings.extract.event_syntax import direct_object

    # "a package of [loans] that Tokyo extended": the clause may hang on the noun's "of" phrase
    heads = [noun] + [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    for head in heads:
        for verb in (ch for ch in head.children if ch.dep_ == "relcl" and is_light(ch, index)):
            if relative_antecedent(verb, direct_object(verb), index) == head:
                return [nearest_subject(verb)]
    return []


def rejects_uncoded_claim(verb: Token, type_: str, index: EventIndex) -> bool:
    """'Amnesty accused the police of torture, a claim the interior ministry rejected': a rejection
    whose object gap is a claim (an act noun) made in the clause around it by a party the text
    names as a noun but no actor code covers; that author, uncoded, is its only addressee."""
    from tidings.extract.event_phrases import actors_of
    from tidings.extract.event_sources import verb_subject
    from tidings.extract.event_syntax import direct_object

    if type_ not in index.tables.vocab("rejection_types") or verb.pos_ not in VERB_POS:
        return False
    noun = relative_antecedent(verb, direct_object(verb), index)
    if noun is None or not _act_noun(noun, index):
        return False
    clause = _clause_above(noun, verb)
    authors = verb_subject(clause, index) if clause is not None else []
    return bool(authors) and all(a.pos_ == "PROPN" for a in authors) and not actors_of(authors, index)


def _act_noun(noun: Token, index: EventIndex) -> bool:
    """A lexicon event noun, a generic act noun or a measure ("a move", "a claim")."""
    vocab = index.tables.vocab
    return names_event(noun, index) or bool({noun.lower_, noun.lemma_.lower()} & (vocab("generic_event_nouns") | vocab("act_product_nouns")))


def _clause_above(noun: Token, verb: Token) -> Token | None:
    """The nearest clause verb above a noun (skipping the relative clause on it)."""
    t = noun
    for _ in range(6):
        if t.head == t:
            return None
        t = t.head
        if t.pos_ in VERB_POS and t.dep_ not in ("prep", "amod", "acl", "relcl") and t != verb:
            return t
    return None
