"""Agents the parser hangs in the wrong place, for event_sources.

- "opened an investigation into mass killings [by the RSF]": a "by" phrase on an active verb with a
  subject of its own belongs to the act noun in its object.
- "Tinubu appealed for calm after gunmen killed 50 villagers, [and ordered] …": a verb after ", and"
  joined to the last verb of a subordinate clause coordinates with the main verb.
- "Peskov said Europe "cannot be bought" [and called on] …": a verb joined after a closed quotation
  to a verb inside it coordinates with the reporting verb outside it.
- "Pakistan closed its border after Afghan forces shelled a post, [calling] the attack …": a comment
  participle hung on a subordinate clause comments on the main clause.
- "a judge ruled that the deportation was unlawful [and ordered] an inquiry": a verb of saying or
  asking joined to a content clause whose subject is an act coordinates with the stating verb.
- "a threat [by Mali's junta] to nationalise the mine": a noun's infinitive is done by the noun's owner.
- "Jordanian aircraft airdropped food over Gaza, joined by planes [from Egypt]": those who join the
  subject in the act act with it.
- "In a separate incident near Penghu, [Taiwan's coast guard] detained …": a finite verb without a
  subject right after a named actor hung as an apposition of the opening phrase has that subject.
- "was charged with crimes against humanity [by the ICC]": a passive's "by" phrase the parser hung on
  a plain noun of the verb's own prepositional phrase is the verb's agent.
- "[North Korea] test-fired two missiles": a past tense the parser made a modifier of its object, after
  a named actor it made a compound of that object, or a modifier of the named actor before it, has
  that actor as subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex, names_event
from tidings.extract.event_syntax import (
    VERB_POS, agent, conjuncts, direct_object, has_word, is_passive, joined_past_bare, nearest_subject, preps,
)


def stray_agent(noun: Token, index: EventIndex) -> list[Token]:
    """'opened an investigation into mass killings [by the Rapid Support Forces]': a "by" phrase the
    parser hung on an active verb with a subject of its own, right after the act noun in its
    object, is that noun's agent (an active verb has none); the nearest such noun only."""
    verb = noun
    for _ in range(5):
        if verb.dep_ not in ("pobj", "prep", "dobj") or verb.head == verb:
            break
        verb = verb.head
    if verb.pos_ not in VERB_POS or is_passive(verb) or nearest_subject(verb) is None or noun not in verb.subtree:
        return []
    agents = [g for p, g in preps(verb) if p == "by" and g.i > noun.i and index.actor(g) is not None]
    between = [t for t in noun.doc[noun.i + 1:agents[0].head.i] if names_event(t, index)] if agents else []
    return agents[:1] if agents and not between else []


def hung_agent(verb: Token, index: EventIndex) -> Token | None:
    """'was charged with crimes against humanity [by the International Criminal Court]': a passive
    verb without an agent of its own whose prepositional phrase ends in a "by" phrase the parser
    hung on a plain noun (no act noun on the way: "was charged with ordering attacks by militias"
    keeps the attacks' agent) has that phrase's object as agent."""
    if verb.pos_ not in VERB_POS or not is_passive(verb) or agent(verb) is not None:
        return None
    for prep in (ch for ch in verb.children if ch.dep_ == "prep" and ch.lower_ != "by"):
        noun = next((g for g in prep.children if g.dep_ == "pobj"), None)
        for _ in range(3):
            if noun is None or noun.pos_ not in ("NOUN", "PROPN") or names_event(noun, index):
                break
            by = next((g for p, g in preps(noun) if p == "by"), None)
            if by is not None:
                return by
            noun = next((g for p, g in preps(noun) if p != "by"), None)
    return None


def uncoded_agent(verb: Token | None, index: EventIndex) -> bool:
    """'were condemned [by press freedom groups]': the passive names its agent, only not as a coded
    actor (nor a person, an act, a weapon or the scene's own forces), so the article's counterpart is no
    guess at it."""
    if verb is None:
        return False
    if verb.pos_ in VERB_POS:
        by = (agent(verb) or hung_agent(verb, index)) if is_passive(verb) else None
    else:  # "declined an invitation [from the Olympic committee]"
        by = next((g for p, g in preps(verb) if p == "from" and g.ent_type_ not in ("GPE", "LOC", "FAC")), None)
    if by is None or by.pos_ not in ("NOUN", "PROPN") or by.ent_type_ == "PERSON" or index.actor(by) is not None:
        return False
    vocab = index.tables.vocab  # "struck [by two drones]": a weapon names no doer
    return not has_word(by, vocab("scene_forces") | vocab("unseen_weapons")) and not names_event(by, index)


def participle_agent(of: Token | None, index: EventIndex) -> list[Token]:
    """'the seizure of a tanker carrying its crude [by the U.S. Coast Guard]': a "by" phrase naming
    an actor that the parser hung on an active participle (an -ing form, which takes no agent) after
    an act noun's "of" object is the act noun's agent; a passive participle keeps its own ("the
    seizure of a tanker [owned by] a Greek firm")."""
    if of is None:
        return []
    participles = [ch for ch in of.children if ch.dep_ == "acl" and ch.tag_ == "VBG"]
    return [g for v in participles for p, g in preps(v) if p == "by" and index.actor(g) is not None][:1]


def swallowed_subject(verb: Token, index: EventIndex) -> Token | None:
    """'after [Ankara, Beijing and New Delhi] dispatched relief flights', 'a day after [Lula] spoke to
    Xi': the parser made the subject of a clause after a preposition that also subordinates clauses
    (vocabulary.csv clause_prepositions) that preposition's object, and the finite verb right after it
    an adverbial clause with no subject of its own; that object is the verb's subject."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    if any(ch.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for ch in verb.children):
        return None
    last = verb.doc[verb.i - 1]
    noun = last
    while noun.dep_ != "pobj" and noun.head != noun and noun.head.i < verb.i and noun.head.right_edge == last:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.right_edge != last or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return noun if noun.head.lower_ in index.tables.vocab("clause_prepositions") else None


def misjoined(verb: Token) -> bool:
    """'Tinubu appealed for calm after gunmen killed 50 villagers, [and ordered] security chiefs
    to …': a verb after ", and" that the parser joined to the last verb of a subordinate clause
    following the main verb coordinates with the main verb."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "advcl" or head.head.pos_ not in VERB_POS or head.head.i > head.i:
        return False
    if not any(m.dep_ == "mark" for m in head.children) or verb.i < 2:
        return False
    doc = verb.doc
    return doc[verb.i - 1].dep_ == "cc" and doc[verb.i - 2].text == ","


def joined_head(verb: Token, index: EventIndex) -> Token:
    """The verb a subjectless verb takes its subject from: its head, unless the parser joined it in
    the wrong place (misjoined, after a quotation, a comment participle)."""
    if misjoined(verb):
        return verb.head.head
    # "demanded that Mexico hand over …, and [recalled] …"
    return (_after_quote(verb) or joined_past_bare(verb) or _commented_clause(verb, index)
            or _after_judged_act(verb, index) or verb.head)


def _after_quote(verb: Token) -> Token | None:
    """'Peskov said Europe's security "cannot be bought with American soldiers" [and called on] …':
    a verb joined right after the closing quote mark to a verb inside the quotation, or to the
    clause the quotation ends, coordinates with the verb that reports it (through content clauses:
    "wrote that the deal showed that \"…\" and …")."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "conj" or head.i > verb.i:
        return None
    # the quotation closes right before the joining word: «…together" and called on»
    before = [t for t in doc[max(head.i + 1, verb.i - 3):verb.i] if t.dep_ not in ("cc", "punct") or t.tag_ == "''"]
    closing = before[-1].i if before and before[-1].tag_ == "''" else None
    opening = next((t.i for t in reversed(doc[verb.sent.start:closing]) if t.tag_ in ("``", "''")), None) if closing else None
    if opening is None or doc[opening].tag_ != "``":
        return None
    top = head
    while opening < top.i < closing and top.head != top:
        top = top.head
    while top.dep_ == "ccomp" and top.head != top:
        top = top.head
    return top if top.i < opening and top != head and top.pos_ in VERB_POS else None


def _commented_clause(verb: Token, index: EventIndex) -> Token | None:
    """'Pakistan closed its border after Afghan forces shelled a checkpoint, [calling] the attack an
    act of aggression': a participle of saying or judging (every lexicon row of its verb a verbal
    type), set off by a comma after a subordinate clause, comments on the main clause; a participle
    of a material act ("…, detaining two soldiers") stays the subordinate clause's. So does a comment
    by a named actor subject of the subordinate clause on someone else ("after the State Department
    revoked Petro's visa, accusing him of …"); not one on its own act or side ("after Kenyan police
    detained two diplomats, accusing Kenya of …"), which the main clause's subject makes."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    if head.dep_ != "advcl" or head.i > verb.i or head.head.pos_ not in VERB_POS or head.head.i > head.i:
        return None
    if not any(m.dep_ == "mark" for m in head.children):
        return None
    return head.head if _verbal(verb, index) and _comments_on_clause(verb, head, index) else None


def _after_judged_act(verb: Token, index: EventIndex) -> Token | None:
    """'A judge ruled that the deportation of a Ugandan activist was unlawful and [ordered] an
    inquiry': a verb of saying or asking that the parser joined to a content clause whose subject is
    an act (an event noun naming no actor) coordinates with the verb that states the content; an act
    neither speaks nor asks. Only verbs of asking (a row with an asking wrapper: order, urge) or whose
    rows are all verbal; not a verb of a material act ("said the truce took effect and [held]")."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or nearest_subject(verb) is not None:
        return None
    if head.dep_ != "ccomp" or head.i > verb.i or head.head.pos_ not in VERB_POS or head.head.i > head.i:
        return None
    subj = nearest_subject(head)
    if subj is None or index.actor(subj) is not None or not names_event(subj, index):
        return None
    asks = any(e.wraps in index.tables.vocab("asking_wrappers") for e in _rows(verb, index))  # "ordered an inquiry"
    return head.head if asks or _verbal(verb, index) else None


def _verbal(verb: Token, index: EventIndex) -> bool:
    """Every lexicon row of the verb (with its particles) is of a verbal type (quad class 1 or 3)."""
    types, rows = index.tables.types, _rows(verb, index)
    return bool(rows) and all(e.type in types and types[e.type].quad_class in (1, 3) for e in rows)


def _rows(verb: Token, index: EventIndex) -> list:
    particles = {ch.lower_ for ch in verb.children}
    return [e for e in index.tables.entries("verb", verb.lemma_.lower()) if set(e.extra) <= particles]


def _comments_on_clause(verb: Token, clause: Token, index: EventIndex) -> bool:
    """The comment cannot be the subordinate clause subject's own: that subject names no actor (a
    landmine, a carrier), or the comment judges that clause's act or that subject's own side."""
    subj = nearest_subject(clause)
    mine = {a.code or a.country for t in (conjuncts(subj) if subj is not None else []) if (a := index.actor(t))}
    if not mine:
        return True
    obj = direct_object(verb)
    if obj is None:
        return False
    judged = {a.code or a.country for t in conjuncts(obj) if (a := index.actor(t))}
    return bool(judged & mine) or (not judged and names_event(obj, index))


def noun_owner(noun: Token) -> list[Token]:
    """Who a noun's infinitive is done by: its possessor or its "by" phrase."""
    found = [ch for ch in noun.children if ch.dep_ == "poss"] or [g for p, g in preps(noun) if p == "by"]
    return [t for g in found for t in conjuncts(g)]


def joined_by(verb: Token, index: EventIndex) -> list[Token]:
    """'airdropped food parcels over Gaza City, [joined by] planes from Egypt and the UAE': the agent
    of a participle of joining (vocabulary.csv joining_verbs) on the act acts beside its subject."""
    joining = index.tables.vocab("joining_verbs")
    return [t for ch in verb.children if ch.dep_ in ("advcl", "acl") and ch.tag_ == "VBN" and ch.lemma_.lower() in joining
            for p, g in preps(ch) if p == "by" for t in conjuncts(g)]


def compound_subject(verb: Token, index: EventIndex) -> list[Token]:
    """'[North Korea] test-fired two missiles': a past tense (VBD, not a participle) the parser hung as
    a modifier on its object, with the subject made a compound of the same noun before it, or as a
    modifier on the subject itself ("[Iran] test-fired …" with "Iran" as the noun modified)."""
    if verb.dep_ != "amod" or verb.tag_ != "VBD":
        return []
    if verb.head.i < verb.i:
        return [verb.head] if index.actor(verb.head) is not None else []
    return [ch for ch in verb.head.children if ch.dep_ == "compound" and ch.i < verb.i and index.actor(ch) is not None]


def apposed_subject(verb: Token, index: EventIndex) -> Token | None:
    """'In a separate incident near Penghu, [Taiwan's coast guard] detained …': a finite verb without
    a subject right after a named actor the parser hung as an apposition of the opening phrase."""
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP") or is_passive(verb):
        return None
    prev = verb.doc[verb.i - 1]
    if prev.dep_ != "appos" or prev.head.i >= prev.i or index.actor(prev) is None:
        return None
    return prev
