"""The words that fill a trigger's roles, for the constraints of its lexicon row: the theme
(``objects``: "imposed tariffs", "the deployment of troops") and the agent (``subjects``,
``noun_subjects``), seen through quantifiers ("thousands of Georgians") and relative pronouns; a
clause with no subject of its own takes the noun its participle modifies or the object of the verb
governing its infinitive ("picketers blocking a road", "prompted farmers to block roads").
Used by ``event_triggers``."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_syntax import (
    OBJECTS,
    conjuncts,
    direct_object,
    governor,
    is_passive,
    joined_past_bare,
    of_object,
    passive_subject,
    preps,
    subject,
)
from tidings.ontology.events import EventTables, TriggerEntry


def objects(token: Token, row: TriggerEntry, tables: EventTables) -> list[Token]:
    """The trigger's theme: direct object (or passive subject, or pattern preposition's object)."""
    if row.pos == "noun":
        of = of_object(token)
        if of is not None:
            return conjuncts(of)
        return [c for c in token.children if c.dep_ == "compound" and c.lower_ not in row.extra]
    obj = direct_object(token)
    # "handed Kyiv $60 billion": both objects of a double-object verb count
    second = [t for c in token.children if c.dep_ in OBJECTS and c != obj for t in conjuncts(c)]
    if obj is None and is_passive(token):
        obj = passive_subject(token)
    if obj is None and row.extra:
        obj = next((g for p, g in preps(token) if p in row.extra), None)
    if obj is None and (token.dep_ in ("acl", "relcl") and token.tag_ == "VBN" or token.dep_ == "amod"):
        obj = token.head  # "the troops deployed to ...", "[North Korea test-fired] missiles" parsed as a modifier
    if obj is None:  # "allow inspectors to return", "let aid reach": the infinitive's subject
        obj = next((g for c in token.children if _infinitive(c) for g in c.children if g.dep_ == "nsubj"), None)
    if obj is not None and obj.lower_ in tables.vocab("relative_pronouns") and token.dep_ == "relcl":
        obj = token.head  # "the sanctions that ECOWAS imposed"
    if obj is None and token.dep_ == "relcl" and _own_subject(token, tables):
        obj = token.head  # "an allegation France called absurd"
    return conjuncts(through_quantifier(obj, tables)) + second if obj is not None else []


def _infinitive(clause: Token) -> bool:
    """A complement clause in the infinitive ("to return", bare "repair") or a small clause
    ("let inspectors back"), not a finite one."""
    if clause.dep_ not in ("ccomp", "xcomp") or any(c.tag_ == "MD" for c in clause.children):
        return False
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    return to or clause.tag_ == "VB" or clause.pos_ in ("ADV", "ADP")


def _own_subject(verb: Token, tables: EventTables) -> bool:
    relatives = tables.vocab("relative_pronouns")
    return any(c.dep_ == "nsubj" and c.lower_ not in relatives for c in verb.children)


def through_quantifier(obj: Token, tables: EventTables) -> Token:
    """'31 of the detainees', 'a wave of drones': the "of" phrase names the real object."""
    quantifiers = tables.vocab("quantifiers")
    for _ in range(3):  # "tens of thousands of reservists"
        if not (obj.pos_ == "NUM" or obj.lower_ in quantifiers or obj.lemma_.lower() in quantifiers):
            break
        of = of_object(obj)
        if of is None:
            break
        obj = of
    return obj


def subjects(token: Token, row: TriggerEntry, tables: EventTables) -> list[Token]:
    if row.pos == "noun":
        return [c for c in token.children if c.dep_ == "poss"]
    subj, t = subject(token), token
    if subj is None:
        subj = _unstated_subject(token, tables)
    while subj is None and t.dep_ in ("conj", "xcomp", "advcl") and t.head != t:
        t = joined_past_bare(t) or t.head
        subj = subject(t)
    if subj is None:
        return []
    if subj.lower_ in tables.vocab("relative_pronouns") and t.dep_ == "relcl":
        subj = t.head  # "protesters [who] had gathered outside parliament"
    inner = through_quantifier(subj, tables)  # "thousands of Georgians": both words count
    return conjuncts(subj) + ([] if inner == subj else conjuncts(inner))


def _unstated_subject(verb: Token, tables: EventTables) -> Token | None:
    """The doer a clause with no subject of its own names elsewhere: the noun an "-ing" participle
    modifies ("police fired at [picketers] blocking a highway") and the object of the verb that
    governs a "to" infinitive ("urged [students] to march"), also when the parser takes the
    infinitive of a verb of causing for a purpose clause ("the deal prompted [thousands] of farmers
    to block roads", vocabulary.csv prompt_verbs): the object, not the governor's subject, acts."""
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.dep_ != "xcomp" and not (verb.dep_ == "advcl" and verb.head.lemma_.lower() in tables.vocab("prompt_verbs")):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def noun_subjects(noun: Token) -> list[Token]:
    gov = governor(noun)
    found = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")]
    if gov is not None and noun.dep_ in ("nsubj", "dobj"):
        found += [c for c in gov.children if c.dep_ == "nsubj" and c != noun]
    if noun.dep_ == "nsubj":
        found.append(noun)
    return found
