"""An event's status, judged from its own clause (examples/ANNOTATION.md, "Status").

First that applies: negated, hypothetical, threatened, planned, reported, asserted. The
reporting source ("Pistorius said …", "according to …", a quote's speaker) is found in any case,
since a planned event can be reported too.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tidings.extract.event_body_meetings import occasion_noun
from tidings.extract.event_compose import Candidate
from tidings.extract.event_index import EventIndex
from tidings.extract.event_syntax import VERB_POS, clause_verb, forms, has_subject, has_word, subject
from tidings.models import Actor
from tidings.ontology.speech import load_reporting_verbs

# Relations through which a clause inherits the mood of the clause above it.
_CHAIN = ("xcomp", "conj", "acl", "advcl", "relcl", "pcomp")


@dataclass(frozen=True)
class Reporter:
    verb: Token | None     # the reporting verb ("said"), None for quotes and "according to"
    speaker: Token | None  # the word naming who reports
    cue: str
    actor: Actor | None = None  # the speaker when a quote gives it


@dataclass(frozen=True)
class StatusInfo:
    status: str
    reporter: Reporter | None
    cue: str
    future: bool = False  # intended or announced, even when negated ("would never withdraw")


def judge_status(c: Candidate, index: EventIndex) -> StatusInfo:
    verb = clause_verb(c.anchor)
    reporter = find_reporter(verb, c.token, index, speech_act=index.tables.types[c.type].quad_class in (1, 3))
    checks = (
        ("negated", lambda: c.status == "negated" or (c.status != "affirmed" and _negated(verb, c, index))),
        ("hypothetical", lambda: c.type != "THREATEN" and _hypothetical(verb, c, index)),
        ("threatened", lambda: c.type == "THREATEN" or c.status == "threatened"),
        ("planned", lambda: c.status == "planned" or _planned(verb, c, index)),
        ("reported", lambda: reporter is not None or c.status == "reported"),
    )
    future = c.status == "planned" or bool(_planned(verb, c, index))
    for status, check in checks:
        cue = check()
        if cue:
            return StatusInfo(status, reporter, cue if isinstance(cue, str) else status, future)
    return StatusInfo("asserted", reporter, "asserted", future)


def _negated(verb: Token, c: Candidate, index: EventIndex) -> str | bool:
    if c.token.pos_ not in VERB_POS and occasion_noun(c.token, verb, index):
        return False  # "did not meet Li on the sidelines of the summit": the summit took place
    denier = _denying_verb(verb, index)
    negative = index.tables.vocab("negative_determiners")
    if denier is not None:
        return f"negated by '{denier.text}'"
    for t in _own_clause(verb, c):
        for child in t.children:
            if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ == "never"):
                return f"negated by '{child.text}'"
    for t in (c.token, *[ch for ch in verb.children if ch.dep_ in ("nsubjpass", "dobj", "nsubj")]):
        if any(ch.dep_ == "det" and ch.lower_ in negative for ch in t.children):
            return "negated by 'no'"
    if verb.dep_ == "acl" and any(ch.dep_ == "det" and ch.lower_ in negative for ch in verb.head.children):
        return f"negated by 'no {verb.head.text}'"  # "had no plans to meet", "no intention of withdrawing"
    return False


def _denying_verb(verb: Token, index: EventIndex) -> Token | None:
    """'denied hitting residential buildings', 'refrained from attacking': the act is denied."""
    if verb.dep_ not in ("xcomp", "ccomp", "dobj", "pcomp"):
        return None
    head = verb.head.head if verb.dep_ == "pcomp" else verb.head
    return head if has_word(head, index.tables.cue("negating_verb")) else None


def _own_clause(verb: Token, c: Candidate) -> list[Token]:
    out = [verb]
    if c.token != verb and c.token.pos_ in VERB_POS:
        out.append(c.token)
    t = verb
    while t.dep_ == "xcomp" and t.head != t:  # "did not want to meet"
        t = t.head
        out.append(t)
    return out


def _mood_chain(verb: Token) -> list[Token]:
    """The verb and the clauses whose mood it shares; a conjunct with its own subject
    ("… would vote against it, and its leader accused Merz") shares nothing."""
    out, t = [verb], verb
    while t.dep_ in _CHAIN and t.head != t and len(out) < 6:
        if t.dep_ == "conj" and any(ch.dep_ in ("nsubj", "nsubjpass") for ch in t.children):
            break
        t = t.head
        out.append(t)
    return out


def _aux_words(verb: Token) -> list[str]:
    return [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _hypothetical(verb: Token, c: Candidate, index: EventIndex) -> str | bool:
    tables = index.tables
    hyp, cond = tables.cue("hypothetical_aux"), tables.cue("conditional")
    for n, t in enumerate(_mood_chain(verb)):
        if hyp & set(_aux_words(t)) and (n == 0 or verb.dep_ == "xcomp"):
            return f"modal '{next(a for a in _aux_words(t) if a in hyp)}'"
        for child in t.children:
            if child.dep_ == "mark" and child.lower_ in cond:
                return f"condition '{child.text}'"
            if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in cond for g in child.children):
                return "consequent of a condition"
        if t.dep_ not in ("xcomp", "conj"):
            break
    if any(has_word(ch, tables.cue("hypothetical_adj")) for ch in c.token.children if ch.dep_ == "amod"):
        return "hypothetical adjective"
    return False


def _planned(verb: Token, c: Candidate, index: EventIndex) -> str | bool:
    tables = index.tables
    aux, verbs = tables.cue("planned_aux"), tables.cue("planned_verb")
    # "Deliveries are scheduled to begin", "the talks are set for May"; not "an attack set fire to a depot"
    framed = c.token.dep_ == "nsubjpass" or any(ch.dep_ == "xcomp" for ch in verb.children)
    if verb != c.token and c.token.dep_ in ("nsubjpass", "nsubj") and has_word(verb, verbs) and framed:
        return f"planned by '{verb.text}'"
    if has_word(c.token, verbs) and any(ch.dep_ == "xcomp" for ch in c.token.children):
        return f"planned by '{c.token.text}'"  # "ready to help": the readiness is the intent
    if verb.dep_ == "acl" and has_word(verb.head, tables.cue("planned_noun")):
        return f"planned by '{verb.head.text}'"  # "plans to meet", "no intention to withdraw"
    host = _exchanged_for(verb, tables)
    if host is not None and (_planned(host, c, index) or _promised(host, tables)):
        return f"in exchange for '{host.text}'"  # "agreed to free ten hostages in exchange for Israel [releasing] …"
    below = None  # the clause of the chain just under t
    for t in _mood_chain(verb):
        found = [a for a in _aux_words(t) if a in aux]
        if found:
            return f"future '{found[0]}'"
        if t != verb and has_word(t, verbs) and _framed(below):  # not "set up tents and [refused] to leave"
            return f"planned by '{t.text}'"
        if below is not None and t.lemma_ == "be" and below.dep_ == "xcomp":  # "is to take effect", "is to free … and hand over"
            return "'be to' future"
        if t.dep_ not in ("xcomp", "conj"):
            break
        below = t
    if any(has_word(ch, tables.cue("planned_adj")) for ch in c.token.children if ch.dep_ in ("amod", "compound", "acl")):
        return "planned adjective"
    due = next((ch for ch in verb.children if ch.dep_ == "acomp" and has_word(ch, verbs)), None)
    if due is not None:  # "is due in Kabul on Saturday for trilateral talks"
        return f"planned by '{due.text}'"
    return _future_time(verb, index)


def _framed(clause: Token) -> bool:
    """A clause a verb of planning frames: its complement ("plans to [deploy]"), or a bare or
    "to" infinitive the parser hung beside it ("plans to send envoys and [provide] aid"); a
    finite verb beside it tells an act of its own ("set up tents and [refused] to leave")."""
    if clause.dep_ == "xcomp":
        return True
    return clause.dep_ == "conj" and (clause.tag_ == "VB" or any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children))


def _future_time(verb: Token, index: EventIndex) -> str | bool:
    """A clause not in the past whose time is to come ("to sign it in Canberra next month", "meet
    again soon"): planned. Not "the next day", which tells a past story."""
    if verb.tag_ in ("VBD", "VBN") or any(a in ("had", "has", "have", "did", "was", "were") for a in _aux_words(verb)):
        return False
    words = index.tables.cue("future_adv")
    for child in verb.children:
        time = next((g for g in child.children if g.dep_ == "pobj"), None) if child.dep_ == "prep" else child
        if time is None or child.dep_ not in ("prep", "npadvmod", "advmod", "tmod"):
            continue
        span = list(time.subtree)
        if span[0].lower_ != "the" and any(t.lower_ in words for t in span) and (
                time.ent_type_ in ("DATE", "TIME") or time.lower_ in words):
            return f"future time '{time.text}'"
    return False


def _exchanged_for(verb: Token, tables) -> Token | None:
    """The act a clause is the price of ("in exchange for Israel releasing 150 prisoners",
    "in return for freeing…"): the verb the "in exchange" phrase hangs on."""
    words = tables.vocab("exchange_nouns")
    head = verb.head
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        if any(p.dep_ == "prep" and p.lower_ == "in" and any(g.lower_ in words for g in p.children) for p in head.children):
            return head  # "[free] ten hostages in exchange for Israel releasing …"
    if verb.dep_ == "pcomp" and head.lower_ == "in" and any(c.lower_ in words for c in verb.children):
        return head.head  # "in exchange for Israel freeing …" parsed with "exchange" as the subject
    if verb.dep_ == "pcomp" and head.lower_ == "for" and head.head.lower_ in words and head.head.dep_ == "pobj":
        return head.head.head.head  # "in return for freeing …"
    return None


def _promised(verb: Token, tables) -> bool:
    """A promise or an agreement, or its complement ("agreed to [free] ten hostages"): not yet done."""
    def intent(t: Token) -> bool:
        return any(r.wraps == "intent" for f in forms(t) for r in tables.entries("verb", f))
    return intent(verb) or (verb.dep_ == "xcomp" and intent(verb.head))


def find_reporter(verb: Token, trigger: Token, index: EventIndex, *, speech_act: bool = False) -> Reporter | None:
    """Who states the clause: a reporting verb above it, "according to", or a quote around it.
    A speech act in the past tense that the parser hung on the reported clause is the
    author's ("Peskov said X cannot be bought and called on Europe to …": Peskov called)."""
    reporting = load_reporting_verbs().lemmas
    t = verb
    for _ in range(6):
        if t.dep_ in ("ccomp", "parataxis") and has_word(t.head, reporting):
            return Reporter(t.head, subject(t.head) or _inherited_subject(t.head), f"reported by '{t.head.text}'")
        for child in t.children:
            if child.dep_ in ("parataxis", "ccomp") and child.i > t.i and has_word(child, reporting) and subject(child) is not None:
                return Reporter(child, subject(child), f"reported by '{child.text}'")
        if t.dep_ not in ("conj", "xcomp", "advcl", "ccomp") or t.head == t:
            break
        if t.dep_ == "conj" and speech_act and not has_subject(t) and _sibling_of_report(t, reporting):
            break
        if t.dep_ == "conj" and has_subject(t) and t.tag_ == "VBD" and any(ch.tag_ == "MD" for ch in t.head.children):
            break  # "warned that Belarus would respond …, and the ministry accused Warsaw": the author's
        t = t.head
    return _according_to(verb, index) or _quoted(trigger, index)


def _sibling_of_report(conj: Token, reporting: frozenset[str]) -> bool:
    """'X said [Y was wrong] and accused Z': a past-tense conjunct of a reported clause that
    follows its reporting verb ("[…], the ministry said" reports the whole sentence)."""
    head = report = conj.head
    for _ in range(3):  # "said [the withdrawal showed [what diplomacy can deliver]] and thanked"
        if report.dep_ != "ccomp" or report.head == report:
            return False
        report = report.head
        if has_word(report, reporting):
            break
    return (
        has_word(report, reporting) and conj.tag_ == "VBD" and report.tag_ == "VBD"
        and report.i < head.i < conj.i and not any(ch.tag_ == "MD" for ch in conj.children)
    )


def _inherited_subject(verb: Token) -> Token | None:
    """'…, saying the duties would …': the participle's subject is the main clause's."""
    t = verb
    while t.dep_ in ("advcl", "conj", "xcomp") and t.head != t:
        t = t.head
        s = subject(t)
        if s is not None:
            return s
    return None


def _according_to(verb: Token, index: EventIndex) -> Reporter | None:
    for tok in index.sent(verb):
        if tok.lower_ == "according" and tok.i + 1 < len(verb.doc) and verb.doc[tok.i + 1].lower_ == "to":
            pobj = next((g for g in verb.doc[tok.i + 1].children if g.dep_ == "pobj"), None)
            return Reporter(None, pobj, "according to")
    return None


def _quoted(trigger: Token, index: EventIndex) -> Reporter | None:
    for q in index.quotes:
        if q.start <= trigger.idx < q.end and q.kind != "indirect":
            return Reporter(None, None, "inside a quote", q.speaker)
    return None
