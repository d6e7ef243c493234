"""Whether a clause already names the one an act is aimed at, without naming a country.

"urged Western allies to…", "seized the oil tanker", "continued to arm militias", "restrict visas
for countries that…", "allowed foreign aircraft to land": the clause has its recipient, a party of
no stated nationality. The article's counterpart must not fill the target in its place (the
annotation guide leaves such a target empty).
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex
from tidings.extract.event_offshore import bound_elsewhere, unnamed_at_sea
from tidings.extract.event_undergone import uncoded_giver, undergone_by_no_one
from tidings.extract.event_vessels import unclaimed_vessel
from tidings.extract.event_syntax import VERB_POS, direct_object, has_word, nearest_subject, preps
from tidings.models import Event

# complements a wrapper verb passes its recipient through ("threatened [to restrict] visas for …")
_COMPLEMENTS = ("xcomp", "ccomp")


def trigger_token(event: Event, index: EventIndex) -> Token | None:
    span = index.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


def names_unnamed_recipient(event: Event, index: EventIndex) -> bool:
    """The event's clause names its recipient as a party no country can be given to."""
    tok = trigger_token(event, index)
    if tok is None:
        return False
    if undergone_by_no_one(tok, index):
        return True
    return any(_unnamed_party(slot, index) for slot in _recipient_slots(tok, index))


def _recipient_slots(tok: Token, index: EventIndex) -> list[Token]:
    """Objects, datives and target-preposition phrases of the trigger and of the verbs of its
    complement clause, one level down."""
    heads = [tok] + [ch for ch in tok.children if ch.dep_ in _COMPLEMENTS and ch.pos_ in VERB_POS]
    target_preps = index.tables.vocab("target_preps")
    slots: list[Token] = []
    for h in heads:
        obj = direct_object(h) if h.pos_ in VERB_POS else None
        slots += [obj] if obj is not None else []
        # "threatened serious consequences [for allies that fail to pay]"
        slots += [g for p, g in (preps(obj) if obj is not None and index.actor(obj) is None else []) if p in target_preps]
        slots += [ch for ch in h.children if ch.dep_ in ("dative", "iobj") and ch.pos_ != "ADP"]
        slots += [g for p, g in preps(h) if p in target_preps]
    return slots


def _unnamed_party(noun: Token, index: EventIndex) -> bool:
    """A noun naming a party without a code: an uncoded name ("the FDLR"), a party word
    ("tanker", "militias", "countries") or one of no single nationality ("foreign aircraft")."""
    if noun.pos_ not in ("NOUN", "PROPN") or index.actor(noun) is not None or index.place(noun) is not None:
        return False
    clauses = {t.i for ch in noun.children if ch.dep_ == "relcl" for t in ch.subtree}
    if any(index.actor(t) is not None for t in noun.subtree if t.i not in clauses):  # not "countries [that buy Venezuelan oil]"
        return False
    if noun.pos_ == "PROPN" and index.mention_at[noun.i] is not None:  # a named group the tables cannot code
        return True
    vocab = index.tables.vocab
    if noun.lemma_.lower() in vocab("unnamed_parties") or noun.lower_ in vocab("unnamed_parties"):
        return True
    mods = vocab("unnamed_party_mods")
    if has_word(noun, index.tables.vocab_classes("animate_classes")):  # "European leaders", not "European steel"
        mods = mods | vocab("regional_party_mods")
    return any(ch.dep_ in ("amod", "compound") and ch.lower_ in mods for ch in noun.children)


def has_own_subject(event: Event, index: EventIndex, *, participle: bool = False) -> bool:
    """The trigger's clause has a subject noun phrase of its own ("heavily armed gangs attacked",
    "police fired", "the Alliance of Sahel States condemned"): the agent is named, only not as a
    coded actor, so the article's counterpart is no guess at it. A person's name, a pronoun, an
    event noun and the scene's own forces ("soldiers seized power") do not count. With
    ``participle``, a participle clause has the subject of the clause it hangs on ("gunmen stormed
    a church, [killing] 15 worshippers")."""
    tok = trigger_token(event, index)
    if tok is not None and uncoded_giver(tok, index):
        return True
    if tok is None or tok.pos_ not in VERB_POS:
        return False
    subj = nearest_subject(tok)
    if participle and subj is None and tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.pos_ in VERB_POS:
        subj = nearest_subject(tok.head)  # "gunmen stormed a church, [killing] 15 worshippers"
        subj = subj if subj is not None and index.actor(subj) is None else None
    if subj is None or subj.dep_ != "nsubj" or subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ == "PERSON":
        return False
    if has_word(subj, index.tables.vocab("scene_forces")):
        return False  # "soldiers seized power", "police fired": the scene's own forces
    return not any(index.tables.entries("noun", f) for f in (subj.lemma_.lower(), subj.lower_))


def aimed_at_no_one(event: Event, index: EventIndex) -> bool:
    """'the prime minister resigned', 'stepped down': an act that has no recipient (vocabulary.csv
    unaimed_acts) takes none from the rest of the sentence or the article."""
    tok = trigger_token(event, index)
    if tok is None or tok.pos_ not in VERB_POS:
        return False
    particles = [ch.lower_ for ch in tok.children if ch.dep_ == "prt"]
    return (" ".join([tok.lemma_.lower(), *particles]) in index.tables.vocab("unaimed_acts") or _stateless_victims(event, tok, index)
            or unnamed_at_sea(event, tok, index) or bound_elsewhere(event, tok, index) or unclaimed_vessel(event, tok, index))


def _stateless_victims(event: Event, tok: Token, index: EventIndex) -> bool:
    """'the military said it killed 15 militants', 'shot dead five gunmen': an attack on armed
    men of no stated side (vocabulary.csv stateless_fighters) is aimed at no country, not at the
    one it took place in."""
    vocab = index.tables.vocab
    if event.type not in vocab("stateless_victim_types"):
        return False
    victims = direct_object(tok) or next((ch for ch in tok.children if ch.dep_ == "nsubjpass"), None)
    if victims is None or not has_word(victims, vocab("stateless_fighters")):
        return False
    own = [victims] + [ch for ch in victims.children if ch.dep_ in ("amod", "compound", "poss", "nmod")]
    return not any((a := index.actor(t)) is not None and (a.code or a.country) for t in own)  # not "Palestinian militants"
