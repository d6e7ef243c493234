"""Who did an act the text names by a noun but owns elsewhere: claims, blame and "behind".

Wire copy often tells an attack without its agent and names the agent in a second phrase:
"claimed responsibility for the attack", "an attack claimed by ISWAP", "the bombing was blamed on
the Taliban", "blamed the rebels for the attack", "dissidents were behind the truck bomb", "the
militants behind the bombing". These functions return the tokens naming that agent, for the act
noun itself and for the verb whose subject or setting it is ("a bomb that killed six", "were
killed in an attack claimed by X").
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex
from tidings.extract.event_phrases import actors_of
from tidings.extract.event_syntax import VERB_POS, agent, preps, words


def told_owner(noun: Token, index: EventIndex) -> list[Token]:
    """The agent the text names for an act or weapon noun through a claim, a blame or "behind"."""
    return _claimant(noun, index) or _blamed_on(noun, index) or _behind(noun, index) or _claimed_by(noun, index)


def judges(verb: Token, index: EventIndex) -> bool:
    """A verb that wraps a judgement (wrappers.csv judge: criticise, condemn, blame…)."""
    return any(e.wraps == "judge" for f in words(verb) for e in index.tables.entries("verb", f))


def _claimant(noun: Token, index: EventIndex) -> list[Token]:
    """'Houthi rebels claimed (responsibility for) the attack', 'the assault was claimed by the
    gang': who claims an act did it."""
    from tidings.extract.event_sources import verb_subject  # the subject rules live there

    vocab = index.tables.vocab
    head = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lower_ in vocab("claim_nouns"):
        head = noun.head.head
    verb = head.head
    if head.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in VERB_POS or verb.lemma_.lower() not in vocab("claim_verbs"):
        return []
    if head.dep_ == "nsubjpass":
        by = agent(verb)
        return [by] if by is not None else []
    return verb_subject(verb, index)


def _blamed_on(noun: Token, index: EventIndex) -> list[Token]:
    """'blamed the attack [on Hamas]', 'the bombing was blamed [on the Taliban]', 'a cyberattack
    that Berlin blamed [on Russian military intelligence]': the one an act is blamed on did it."""
    blame = index.tables.vocab("blame_preps")
    verbs = [noun.head] if noun.dep_ in ("dobj", "nsubjpass") else []
    # the relative clause may hang on the noun's own phrase ("a cyberattack on the Bundestag that …")
    verbs += [ch for n in [noun, *(g for _, g in preps(noun))] for ch in n.children if ch.dep_ == "relcl"]
    for verb in verbs:
        if verb.pos_ in VERB_POS and judges(verb, index):
            found = [g for p, g in preps(verb) if p in blame and actors_of([g], index)]
            if not found and verb.lemma_.lower() in index.tables.vocab("blame_verbs"):  # "on" hung on the act noun
                found = [g for p, g in preps(noun) if p in blame and actors_of([g], index)]
            if found:
                return found
    return []


def _behind(noun: Token, index: EventIndex) -> list[Token]:
    """'FARC dissidents were [behind] the truck bomb', 'the militants [behind] the bombing': who is
    said to be behind an act did it."""
    from tidings.extract.event_sources import verb_subject

    if noun.dep_ != "pobj" or noun.head.lower_ not in index.tables.vocab("behind_preps"):
        return []
    holder = noun.head.head
    if holder.pos_ in VERB_POS or holder.pos_ == "AUX":
        return verb_subject(holder, index)
    return [holder] if holder.pos_ in ("NOUN", "PROPN") else []


def _claimed_by(noun: Token, index: EventIndex) -> list[Token]:
    """'an attack [claimed by ISWAP]', 'a raid [carried out by special forces]': the agent of a
    participle of claiming or of a light verb on the act noun."""
    vocab = index.tables.vocab
    for ch in noun.children:
        if ch.dep_ != "acl" or ch.tag_ != "VBN":
            continue
        lemma = ch.lemma_.lower()
        light = any(e.wraps == "light" for f in words(ch) for e in index.tables.entries("verb", f))
        if lemma in vocab("claim_verbs") or light:
            by = agent(ch)
            if by is not None:
                return [by]
    return []
