"""Who accused or sentenced the people an authority acts on.

"police detained 200 men [accused] of looting", "imposed sanctions on two generals [accused] of
ties to traffickers": a passive participle of accusing or sentencing on a noun names no doer of its
own; the people it describes are held or sanctioned in the clause around it, and the one doing that
accused them.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex
from tidings.extract.event_syntax import VERB_POS, direct_object, words

__all__ = ["holding_act"]


def holding_act(participle: Token, index: EventIndex) -> Token | None:
    """The verb of the clause that holds or sanctions the noun a participle of accusing or sentencing
    (vocabulary.csv judged_participles) hangs on, when that verb or its object is an act of those
    types (holding_act_types): the noun as its object ("detained [men] accused of"), or in its
    "on"/"against" phrase or in that of its object (held_preps: "imposed sanctions on [firms]
    accused of"). None otherwise."""
    tables = index.tables
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.head.i > participle.i:
        return None
    if participle.lemma_.lower() not in tables.vocab("judged_participles"):
        return None
    noun = participle.head
    if noun.dep_ == "pobj" and noun.head.lower_ in tables.vocab("held_preps"):
        noun = noun.head.head
    verb = noun.head if noun.dep_ == "dobj" else noun
    if verb.pos_ not in VERB_POS or verb.dep_ in ("acl", "relcl", "amod"):
        return None
    acts = tables.vocab("holding_act_types")
    obj = direct_object(verb)
    if _of_types(verb, "verb", acts, index) or (obj is not None and _of_types(obj, "noun", acts, index)):
        return verb
    return None


def _of_types(token: Token, pos: str, types: frozenset[str], index: EventIndex) -> bool:
    return any(e.type in types for f in words(token) for e in index.tables.entries(pos, f))
