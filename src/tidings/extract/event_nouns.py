"""Event nouns that name no new event where they stand, and definite ones that name an act told
before (a re-mention, coded again: examples/ANNOTATION.md, Q2). Used by ``event_triggers``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex
from tidings.extract.event_syntax import NOUN_POS, forms, has_word, is_passive, preps, subject
from tidings.ontology.events import EventTables

if TYPE_CHECKING:
    from tidings.extract.event_triggers import TriggerMatch


def generic_subject(noun: Token, tables: EventTables) -> bool:
    """A bare plural subject of a clause that speaks of what usually happens ("Sanctions rarely
    change the behaviour of governments"), or a bare subject called the way to something ("Talks
    are the only way forward"), names no event."""
    if noun.dep_ != "nsubj" or noun.tag_ not in ("NNS", "NN") or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    if noun.head.lemma_ == "be" and any(t.dep_ in ("attr", "npadvmod") and has_word(t, tables.vocab("generic_attrs"))
                                        for c in noun.head.children if c.dep_ in ("attr", "advmod") for t in c.subtree):
        return True  # "Talks are the only way forward", "Dialogue is the key"
    return noun.tag_ == "NNS" and any(c.dep_ == "advmod" and c.lower_ in tables.vocab("generic_adverbs") for c in noun.head.children)


def re_mention_site(noun: Token, index: EventIndex) -> bool:
    """A definite event noun that names an act told before, wherever it stands (examples/ANNOTATION.md,
    Q2): heading its clause ("The call lasted 40 minutes", "The launch came a day after…"), as an
    object ("rejected the allegations", "dismissed the warning") or in a phrase ("after the
    talks"); not a generic noun ("the deal", "the measures"), nor a subject that only tells a state
    ("The deal is the largest so far"), a time ("before the deal was announced") or what did not
    follow ("the cuts had not affected…")."""
    demonstratives = index.tables.vocab("demonstratives")
    if not any(c.dep_ == "det" and c.lower_ in demonstratives for c in noun.children):
        return False
    if has_word(noun, index.tables.vocab("generic_event_nouns")):
        return False
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return True
    clause = noun.head
    if clause.lemma_ == "be":
        return False
    marks = index.tables.vocab("temporal_preps") | index.tables.cue("conditional")
    return not any(c.dep_ == "mark" and c.lower_ in marks or c.dep_ == "neg" for c in clause.children)


def modifier_only(noun: Token, index: EventIndex) -> bool:
    """An event noun that only modifies a noun naming a thing ("attack drones", "relief
    supplies", "protest songs"), not one naming an act ("tariff threats", "rescue mission")."""
    if noun.dep_ != "compound" or noun.head.pos_ not in NOUN_POS:
        return False
    head, tables = noun.head, index.tables
    if has_word(head, tables.vocab("topic_heads")):  # "a defence cooperation agreement", "a rescue drill"
        return True
    if has_word(head, tables.vocab("act_heads")) or head.lemma_.lower() in tables.light_nouns:
        return False
    return not any(tables.entries("noun", f) for f in forms(head))


def mentioned_before(noun: Token, index: EventIndex, seen: dict[str, int]) -> bool:
    """A definite generic event noun ("the deal", "the measures", "the move"), subject of a verb
    that is not an event, that names an event already told in an earlier sentence of the article
    ("The measures could cost jobs"). A specific one heading its own clause is a re-mention the
    annotation codes again ("The talks lasted four hours", "The sanctions hit an economy")."""
    lemma = noun.lemma_.lower()
    if not has_word(noun, index.tables.vocab("generic_event_nouns")):
        return False
    start = index.sent_bounds[noun.i][0]
    first = seen.setdefault(lemma, start)
    if first >= start or noun.dep_ != "nsubj" or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("amod", "poss", "nummod") for c in noun.children):
        return False  # "the new sanctions", "Russia's attacks": described anew
    demonstratives = index.tables.vocab("demonstratives")
    if not any(c.dep_ == "det" and c.lower_ in demonstratives for c in noun.children):
        return False
    head = noun.head
    lends = any(r.wraps == "light" for f in forms(head) for r in index.tables.entries("verb", f))
    return not lends and not is_passive(head)


def orphan_time_anchor(noun: Token, index: EventIndex, told: list[TriggerMatch]) -> bool:
    """'after the attack', 'ahead of the meeting': a definite time anchor whose act the text has not
    told before refers to one outside it (no event); one told before is a re-mention (coded, Q2),
    and so is one described anew ('during the general strike', 'ahead of the planned march')."""
    if noun.dep_ != "pobj" or any(c.dep_ in ("amod", "compound", "nmod", "poss", "prep") for c in noun.children):
        return False
    head = noun.head
    prep = head.lower_ if head.lower_ not in index.tables.vocab("compound_prep_tails") else head.head.lower_
    demonstratives = index.tables.vocab("demonstratives")
    if prep not in index.tables.vocab("temporal_preps") or not any(
        c.dep_ == "det" and c.lower_ in demonstratives for c in noun.children
    ):
        return False
    types = {r.type for f in forms(noun) for r in index.tables.entries("noun", f) if r.type}
    return not any(m.entry is not None and m.entry.type in types for m in told)


def rehearsed(noun: Token, tables: EventTables) -> bool:
    """An act an exercise only rehearses ("simulating a blockade of the ports", "simulated
    blockades", "a rehearsal for invasion", "to rehearse a quarantine") is no event."""
    words = tables.vocab("rehearsal_words")
    if any(c.dep_ in ("amod", "compound") and has_word(c, words) for c in noun.children):
        return True
    t = noun
    while t.dep_ == "conj" and t.head != t:
        t = t.head
    head = t.head
    if t.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif t.dep_ not in ("dobj", "pobj"):
        return False
    return head != t and has_word(head, words)


def toll_of_situation(verb: Token, tables: EventTables) -> bool:
    """A toll told of a war or a crisis ("The war has killed more than 150,000 people", "a border
    war that killed some 80,000 people") states a situation; it names no attack of its own."""
    if not has_word(verb, tables.vocab("casualty_verbs")):
        return False
    subj = subject(verb)
    if subj is not None and subj.lower_ in tables.vocab("relative_pronouns") and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and has_word(subj, tables.vocab("situation_nouns"))


def weapon_capability(verb: Token, tables: EventTables) -> bool:
    """What a weapon can do, not what anyone did ("Taurus missiles, which can strike targets 500
    km away", "a missile capable of striking the US mainland"): a weapon subject under a modal of
    ability, or a weapon that a capability adjective ("capable of", "able to") describes."""
    weapons = tables.classes.get("weapons", frozenset())
    able = tables.vocab("capability_adjectives")
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "of" and head.head.lower_ in able:  # "capable of striking"
        return _described_weapon(head.head, weapons)
    if verb.dep_ == "xcomp" and head.lower_ in able:  # "able to hit"
        return _described_weapon(head, weapons)
    if not any(c.dep_ == "aux" and c.lower_ in tables.vocab("ability_modals") for c in verb.children):
        return False
    subj = subject(verb)
    if subj is not None and subj.lower_ in tables.vocab("relative_pronouns") and verb.dep_ == "relcl":
        subj = verb.head
    return subj is not None and has_word(subj, weapons)


def _described_weapon(adjective: Token, weapons: frozenset[str]) -> bool:
    """The noun a capability adjective describes: its head ("a missile [capable]") or its
    clause's subject ("the drones are [able]")."""
    if adjective.dep_ == "amod" or adjective.head.pos_ in NOUN_POS:
        return has_word(adjective.head, weapons)
    subj = subject(adjective) or subject(adjective.head)
    return subj is not None and has_word(subj, weapons)


def class_of_acts(token: Token, tables: EventTables) -> bool:
    """A class of acts, not one act: 'every one of these exercises', 'each of the raids',
    'every time they arrest one of us', 'whenever police detain a reporter' (examples/ANNOTATION.md, Q2)."""
    every = tables.vocab("every_words")
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head != token.head:
        part = token.head.head
        if part.lower_ in every or any(c.dep_ == "det" and c.lower_ in every for c in part.children):
            return True
    if _any_act(token, tables):  # "any attack from Lebanese territory", "any commander who breaks the truce"
        return True
    clause = token if token.pos_ in ("VERB", "AUX") else None
    if clause is None:
        return False
    if _generic_agent(clause, tables):  # "whoever calls for violence", "those who help the terrorists"
        return True
    if clause.dep_ in ("relcl", "acl") and any(d.dep_ == "det" and d.lower_ in every for d in clause.head.children):
        return True  # "grateful to [every friend] who has stood with us"
    if clause.dep_ == "relcl" and clause.head.lower_ == "time" and any(
        d.dep_ == "det" and d.lower_ in every for d in clause.head.children
    ):
        return True  # "[every time] they arrest one of us"
    for c in clause.children:
        if c.dep_ in ("mark", "advmod") and c.lower_ in every:
            return True  # "whenever"
        if c.dep_ in ("npadvmod", "advmod", "nsubj") and c.lower_ == "time" and any(
            d.dep_ == "det" and d.lower_ in every for d in c.children
        ):
            return True
    return False


def counted_acts(token: Token, tables: EventTables) -> bool:
    """Acts counted or measured, not one act told: 'bringing to nine [the number of] reporters
    killed this year', '[a surge in] extortion killings', '[a rise in] attacks on aid workers'."""
    if token.dep_ in ("acl", "amod") and token.pos_ in ("VERB", "AUX"):
        noun = token.head  # "the number of reporters [killed]"; the parser may hang it on "number" itself
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head != noun.head:
            noun = noun.head.head
        return _count_of(noun, tables)
    if token.pos_ not in NOUN_POS or token.dep_ != "pobj" or token.head.lower_ not in ("in", "of"):
        return False
    trend = token.head.head  # not "the increase in deliveries had allowed it to reopen kitchens": that act, told
    definite = any(c.dep_ in ("det", "poss") and c.lower_ in tables.vocab("demonstratives") for c in trend.children)
    return has_word(trend, tables.vocab("trend_nouns")) and not definite


def _count_of(noun: Token, tables: EventTables) -> bool:
    """'[the number] of journalists killed this year', '[the tally] of activists detained': a count
    noun with its "of" phrase; not "[a number] of", which means "some" ("a number of soldiers
    killed in the raid")."""
    if not has_word(noun, tables.vocab("count_nouns")) or not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    return not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _any_act(token: Token, tables: EventTables) -> bool:
    """Any act of a kind, no act done: 'would respond with full force to any attack', 'will sanction
    any commander who breaks the truce'; not one denied ('did not carry out any strikes')."""
    anys = tables.vocab("any_words")
    noun = token.head if token.dep_ in ("relcl", "acl") else token  # "any troops [sent] to Ukraine"
    if not any(c.dep_ in ("det", "amod", "predet") and c.lower_ in anys for c in noun.children):
        return False  # "such" too: "the first such meeting on Australian soil" names the talks again
    t = noun
    while t.dep_ in ("dobj", "pobj", "prep", "conj", "nsubjpass", "attr", "appos") and t.head != t:
        t = t.head
    return not any(c.dep_ == "neg" or c.lower_ in ("without", "never") for c in (t, *t.children))


def _generic_agent(verb: Token, tables: EventTables) -> bool:
    """An act of anyone at all: 'whoever calls for violence', 'you can sell barley to Beijing',
    'those who help the terrorists', 'anyone who attacks our forces', and a participle on such a
    word: 'anyone [taking part]', 'those [arrested]'."""
    generic = tables.vocab("generic_agents")
    if verb.dep_ == "acl" and verb.head.lower_ in generic:
        return True
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or has_word(verb, tables.vocab("undergo_verbs")):
        return False  # "anyone who blocks roads would be arrested", "those who help them will face …": a threat
    if subj.lower_ in generic:
        return True
    relatives = tables.vocab("relative_pronouns")
    return verb.dep_ == "relcl" and subj.lower_ in relatives and verb.head.lower_ in generic


def bare_gerund(verb: Token) -> bool:
    """An activity named as such, with no one doing it and nothing done ('it has to be built on
    talking', 'Canberra has learned that talking works'): no event."""
    if not (verb.tag_ == "VBG" or verb.lower_.endswith("ing")) or verb.dep_ not in ("pcomp", "csubj", "nsubj", "pobj"):
        return False
    args = ("nsubj", "nsubjpass", "dobj", "dative", "prep", "agent", "ccomp", "xcomp", "poss", "prt", "advmod",
            "npadvmod", "det", "amod", "compound", "nmod")
    return not any(c.dep_ in args for c in verb.children)


def generic_noun(noun: Token, index: EventIndex) -> bool:
    """'the move', 'the deal', 'the ceasefire': a noun that names no act of its own."""
    return has_word(noun, index.tables.vocab("generic_event_nouns"))


def specific_noun(noun: Token, index: EventIndex) -> bool:
    """A judged act named anew, not one referred back to: 'condemned [the detention of opposition
    figures]', 'blamed X for [an attack on a military post]', 'the [Russian missile] strike', unlike
    'condemned the attack' or 'criticised the move'."""
    if any(index.actor(t) is not None for t in noun.subtree):
        return True
    if any(c.dep_ in ("poss", "amod", "compound", "nummod") for c in noun.children):
        return True
    return any(p in index.tables.vocab("argument_preps") for p, _ in preps(noun))


def definite_noun(noun: Token, index: EventIndex) -> bool:
    """'the allegations' names something told before; 'a Chinese request' something new."""
    demonstratives = index.tables.vocab("demonstratives")
    return any(c.dep_ in ("det", "poss") and c.lower_ in demonstratives for c in noun.children)


def denied_part(noun: Token, verb: Token, index: EventIndex) -> bool:
    """'did not attend [the talks]': a definite act one side is denied a part in took place all the
    same (examples/ANNOTATION.md, Q2), unlike 'did not hold talks'."""
    return (any(c.dep_ == "neg" for c in verb.children) and definite_noun(noun, index)
            and not generic_noun(noun, index))
