"""Who said it: the cue verb next to a quote and the actor that is its subject.

The speaker is the Actor covering the head of the cue verb's subject ("Greer told reporters",
"said Pistorius", "he said" resolved by the actor extractor). Unnamed speakers ("a person
familiar with the plans", "analysts", "a State Department official") give None: an actor
merely inside the subject does not speak for it, except when the subject is a medium
("a ministry statement said", "his office said").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tidings.extract.spans import covering, inside
from tidings.models import Actor
from tidings.ontology.quotes import QuoteTables

_SUBJECTS = ("nsubj", "nsubjpass")
_CLIMB = ("conj", "xcomp", "advcl", "pcomp", "prep", "ccomp", "acl")
_STOP = {".", "!", "?"}
_QUOTE_CHARS = set('"“”„«»‘’')
_WINDOW = 30
_NO_SPEAKER_KINDS = {"group"}
_DATELINE_TOKENS = 6
_RELATIVES = {"which", "who", "that"}
_PERSONAL = {"he", "she"}
_BACK_SENTENCES = 3
_NAME_LABELS = {"PERSON": "person", "ORG": "organization", "NORP": "group", "FAC": "organization"}


def is_cue(token: Token, tables: QuoteTables) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in tables.cue_verbs


def cue_after(doc: Doc, start: int, tables: QuoteTables, *, quoted: set[int]) -> Token | None:
    """The first cue verb from token ``start`` to the end of the sentence ('…," Greer told reporters.')."""
    for tok in doc[start : min(len(doc), start + _WINDOW)]:
        if tok.i in quoted:
            break  # the next quote starts
        if tok.text in _STOP or "\n" in tok.text:
            break
        if is_cue(tok, tables):
            return tok
    return None


def cue_before(doc: Doc, end: int, tables: QuoteTables, *, quoted: set[int]) -> Token | None:
    """The nearest cue verb before token ``end`` in the same sentence ("Otte warned: “…")."""
    for tok in reversed(doc[max(0, end - _WINDOW) : end]):
        if tok.i in quoted or tok.text in _STOP or "\n" in tok.text or tok.text in _QUOTE_CHARS:
            break
        if is_cue(tok, tables):
            return tok
    return None


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it depends on ("was quoted as saying",
    "welcomed the deal but warned …")."""
    token = verb
    for _ in range(4):
        subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
        if subjects:  # a proper noun first, then the nearest: "the rights group Foro Penal said"
            return min(subjects, key=lambda c: (c.pos_ != "PROPN", abs(c.i - token.i)))
        if token.dep_ not in _CLIMB or token.head.i == token.i:
            return None
        token = token.head
    return None


def speaker_of(cue: Token, actors: list[Actor], tables: QuoteTables) -> Actor | None:
    """The speaker of a cue verb: its subject, or when the parse gives it none, the name right
    before it ("…, the Joint Chiefs of Staff said") or right after it ("said Pistorius")."""
    subject = subject_of(cue)
    if subject is None:
        subject = _adjacent_name(cue)
    return speaker_for(subject, actors, tables)


def _adjacent_name(cue: Token) -> Token | None:
    """A proper noun right before or after the cue, or one the parse hangs on it
    ("COGAT, the … body that coordinates aid, said")."""
    doc = cue.doc
    for i in (cue.i - 1, cue.i + 1):
        if 0 <= i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
            return doc[i]
    return next((c for c in cue.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < cue.i), None)


def speaker_for(subject: Token | None, actors: list[Actor], tables: QuoteTables) -> Actor | None:
    """The named actor the subject refers to, or None when nobody can be named."""
    if subject is None:
        return None
    if subject.lower_ in _RELATIVES and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "the General Staff, which said …"
    if subject.lower_ in _PERSONAL and subject.text[0].isupper() and not subject.is_sent_start:
        return _by_surname(subject, actors)  # "According to Xinhua, He told Greer …": He Lifeng
    if subject.lower_ in _PERSONAL:
        earlier = _earlier_subject(subject, actors)
        if earlier is not None:
            return earlier
    actor = covering(actors, subject.idx, subject.idx + len(subject.text))
    if actor is not None:
        return actor if _named(actor, subject) else _named_apposition(subject, actors)
    if subject.lower_ in tables.medium_nouns:
        left, right = subject.left_edge, subject.right_edge
        named = [a for a in inside(actors, left.idx, right.idx + len(right.text)) if _named(a, None)]
        return named[0] if named else None
    return _proper_subject(subject) or _named_apposition(subject, actors) or _institution(subject, tables)


def _named_apposition(subject: Token, actors: list[Actor]) -> Actor | None:
    """"the rights group Foro Penal said", "The UN peacekeeping mission, MONUSCO, said",
    "COGAT, the Israeli defence ministry body …, said": the name next to a common-noun subject."""
    verb = subject.head
    nearby = [c for c in subject.children if c.dep_ in ("appos", "compound") and c.i > subject.i]
    nearby += [c for c in subject.subtree if c.dep_ == "appos" and c.i > subject.i and c.ent_type_ == "PERSON"]
    nearby += [c for c in verb.children if c.dep_ == "npadvmod" and c.i < subject.i]
    for token in nearby:
        if token.pos_ != "PROPN":
            continue
        actor = covering(actors, token.idx, token.idx + len(token.text))
        if actor is not None:
            return actor if _named(actor, token) else None
        return _proper_subject(token)
    return None


def _by_surname(token: Token, actors: list[Actor]) -> Actor | None:
    """The last person mentioned before ``token`` whose name holds it as a word."""
    named = sorted((a for a in actors if a.kind == "person" and token.text in a.name.split() and a.start < token.idx), key=lambda a: a.start)
    return named[-1] if named else None


def _earlier_subject(pronoun: Token, actors: list[Actor]) -> Actor | None:
    """"President Zelensky urged allies to speed up deliveries of Patriot systems. “…,” he said.":
    a speaker's "he"/"she" is the named person who was the subject of a recent sentence, not the
    last person mentioned."""
    sent = pronoun.sent
    doc = pronoun.doc
    for _ in range(_BACK_SENTENCES):
        if sent.start == 0 or "\n\n" in doc[sent.start - 1].text_with_ws + doc[sent.start].text_with_ws:
            return None
        sent = doc[sent.start - 1].sent
        for token in sent:
            if token.dep_ in _SUBJECTS and token.head.dep_ == "ROOT":
                actor = covering(actors, token.idx, token.idx + len(token.text))
                if actor is not None and actor.kind == "person" and _named(actor, token):
                    return None if token.lower_ in _PERSONAL else actor
    return None


def _named(actor: Actor, subject: Token | None) -> bool:
    """Groups ("analysts", "officials") and bare titles ("a US official" → Official) name
    nobody; a group with a proper name ("the Metropolitan Police") does."""
    if actor.kind in _NO_SPEAKER_KINDS:
        named = subject is not None and subject.pos_ == "PROPN" and subject.tag_ != "NNPS"
        return named and not subject.is_sent_start  # "the Metropolitan Police", not "Labour MPs"
    return not (actor.kind == "person" and actor.role and actor.name.lower() == actor.role.lower())


def _seen_as_name(token: Token) -> bool:
    """A capitalised word tagged as a common noun at a sentence start ("Restrepo added") that
    the article elsewhere uses as a proper noun."""
    return token.is_sent_start and any(t.text == token.text and t.pos_ == "PROPN" for t in token.doc if t.i != token.i)


def _institution(subject: Token, tables: QuoteTables) -> Actor | None:
    """"the United Kingdom Maritime Trade Operations centre said", "Al-Masirah television said":
    a common noun completed by a proper name, unless it is an unnamed person ("a US official")."""
    doc = subject.doc
    if subject.pos_ != "NOUN" or subject.tag_ == "NNS" or subject.lower_ in tables.person_nouns:
        return None  # plural heads are groups of people ("maritime insurers")
    start = subject.i
    while start > 0 and (_name_part(doc[start - 1]) or (doc[start - 1].text == "-" and not doc[start - 1].whitespace_)):
        start -= 1
    names = [t for t in doc[start : subject.i] if (t.pos_ == "PROPN" or t.ent_type_ == "NORP") and not t.is_sent_start]
    if start == subject.i or not names:
        return None
    span = doc[start : subject.i + 1]
    return Actor(text=span.text, start=span.start_char, end=span.end_char, name=span.text, kind="organization")


def _name_part(token: Token) -> bool:
    """"US" in "the US embassy", "Chinese" in "the Chinese embassy", "Trade" in "… Trade Operations centre"."""
    return token.dep_ in ("compound", "nmod", "amod") and token.text[:1].isupper()


def _proper_subject(subject: Token) -> Actor | None:
    """A subject the actor extractor does not know but that is plainly a name ("COGAT said",
    "the Polish Border Guard said"): a speaker of its own, without country or sector."""
    doc = subject.doc
    if subject.is_upper and subject.i < _DATELINE_TOKENS:
        return None  # "WASHINGTON, May 12 —" parsed as a subject
    label = subject.ent_type_
    if label in _NAME_LABELS:
        start, end, kind = subject.i, subject.i + 1, _NAME_LABELS[label]
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    elif not label and subject.text[:1].isupper() and (subject.pos_ == "PROPN" or _seen_as_name(subject)):
        start, end, kind = subject.i, subject.i + 1, "organization"
        while start > subject.left_edge.i and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1
    else:
        return None
    while start < end - 1 and doc[start].pos_ == "DET":
        start += 1
    span = doc[start:end]
    return Actor(text=span.text, start=span.start_char, end=span.end_char, name=span.text, kind=kind)


def governing_verbs(doc: Doc, start: int, end: int) -> list[Token]:
    """For a quoted phrase, the verbs above it that have a subject outside the quote, nearest
    first ("the ministry condemned the decision as “a blatant act”", "Fletcher demanded that
    the parties grant “full and unconditional” access")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    heads = [t for t in span or [] if not (start <= t.head.idx < end)]
    token = heads[0].head if heads else None
    found: list[Token] = []
    for _ in range(8):
        if token is None:
            break
        if token.pos_ in ("VERB", "AUX") and subject_of(token) is not None and not (start <= token.idx < end):
            found.append(token)
        if token.head.i == token.i:
            break
        token = token.head
    return found
