"""What talks are about: "travelled to Washington for talks with Trump [on tariffs]", "telephoned
Lula to discuss [U.S. tariffs]", "negotiations on [aid deliveries]". The policy a consultation is
about (a measure, aid, cooperation, a concession: vocabulary.csv topic_policy_types) is no event of its
own (examples/ANNOTATION.md Q6: a body discusses a topic; the topic's parties are no side of it);
a definite act it re-mentions is ("discuss the withdrawal", Q2), and so is an attack or an arrest
talks are held over ("met over Russian strikes on Kyiv"). The verbs and prepositions are sets of
data/events/vocabulary.csv."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex
from tidings.extract.event_nouns import definite_noun
from tidings.extract.event_syntax import governor, has_word

if TYPE_CHECKING:
    from tidings.extract.event_compose import Candidate


def drop_topics(cands: list[Candidate], index: EventIndex) -> list[Candidate]:
    """Candidates without the event nouns that only name what a consultation is about, and without
    the acts a text only says (`_worded`)."""
    return [c for c in cands if not _topic(c, index) and not _worded(c, index)]


def _worded(c: Candidate, index: EventIndex) -> bool:
    """'vetoed a resolution [demanding] a ceasefire', 'endorsed a declaration [backing] a two-state
    solution', 'sent him a letter [proposing] talks', 'a resolution that would have [demanded] a
    truce': what a text (vocabulary.csv document_nouns) says is coded through what is done with it
    (vetoed, endorsed, sent), as an agreement is (examples/ANNOTATION.md Q2), not as an act of its own;
    a text a body adopts or passes (adopting_verbs) says what the body does ('adopted a resolution
    condemning Tehran')."""
    verb, tables = c.token, index.tables
    if c.entry.pos != "verb" or verb.head == verb or not has_word(verb.head, tables.vocab("document_nouns")):
        return False
    gov = governor(verb.head)
    if gov is not None and has_word(gov, tables.vocab("adopting_verbs")):
        return False  # "the Board adopted a resolution condemning Tehran": the body condemns
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return True
    return verb.dep_ == "relcl" and any(a.dep_ == "aux" and a.tag_ == "MD" for a in verb.children)


def _topic(c: Candidate, index: EventIndex) -> bool:
    noun = c.token
    tables = index.tables
    if c.entry.pos != "noun" or c.inner is not None or c.entry.type not in tables.vocab("topic_policy_types"):
        return False
    if definite_noun(noun, index):
        return False
    while noun.dep_ == "conj" and noun.head != noun:  # "discuss tariffs and [sanctions]"
        noun = noun.head
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in tables.vocab("topic_verbs")
    if noun.dep_ != "pobj" or noun.head.lower_ not in tables.vocab("topic_preps"):
        return False
    talks = noun.head.head
    return talks != noun.head and _consultation(talks, index)


def _consultation(word: Token, index: EventIndex) -> bool:
    """A word the lexicon codes as a consultation ("talks", "meeting", "negotiate", "spoke")."""
    pos = "noun" if word.pos_ in ("NOUN", "PROPN") else "verb"
    lemma = word.lemma_.lower()
    return lemma in index.tables.vocab("topic_verbs") or any(
        e.type == "CONSULT" and e.weight > 0 for e in index.tables.entries(pos, lemma))
