"""From trigger matches to event candidates: wrappers, light verbs and verb–object pairs.

- A wrapper ("agreed to", "threatened", "refused to", "called for", "plans to") combines with
  the event named in its complement by the rules in data/events/wrappers.csv: one event, one type.
- A noun trigger that is the object of a light verb ("held talks", "imposed tariffs") borrows the
  verb's clause: subject, status, date.
- A verb trigger absorbs a noun trigger that is its own object ("raised tariffs").
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex
from tidings.extract.event_merge import drop_asked_content, joined_acts, mere_cautions, merge_participles, told_outcome
from tidings.extract.event_nouns import definite_noun, denied_part, generic_noun, specific_noun
from tidings.extract.event_refused import refused_proposal
from tidings.extract.event_same_act import own_act_object, partitive_head, quantifier
from tidings.extract.event_syntax import conjuncts, forms, governor, joined_past_bare, preps
from tidings.extract.event_topics import drop_topics
from tidings.extract.event_triggers import JUDGED_ACT, TriggerMatch
from tidings.ontology.events import TriggerEntry

# Complement relations a wrapper looks through, and prepositions that introduce a complement.
_COMPLEMENT_DEPS = ("xcomp", "ccomp", "dobj", "acl", "nsubjpass")


@dataclass
class Candidate:
    token: Token                  # head word of the trigger
    start: int                    # trigger token range
    end: int
    entry: TriggerEntry           # lexicon row that gave type/cameo/contexts
    type: str
    mode: str | None
    anchor: Token                 # the word whose clause gives subject and status
    inner: Token | None = None    # trigger of the wrapped complement, for its arguments
    host: Token | None = None     # light noun above a noun trigger ("the reintroduction of [conscription]")
    light: Token | None = None    # light verb whose object the noun trigger is ("imposed [tariffs]")
    agent: Token | None = None    # who does a judged act: "accused [Paris] of funding"
    status: str | None = None     # forced status; "affirmed": the clause's negation is not the act's
    rules: list[str] = field(default_factory=list)
    refers: int | None = None     # the earlier trigger a re-mention names ("The call lasted…")
    inner_entry: TriggerEntry | None = None  # lexicon row the wrapped complement was coded with


def compose(matches: list[TriggerMatch], index: EventIndex) -> list[Candidate]:
    by_token = {m.token.i: m for m in matches}
    used: set[int] = set()
    composed: dict[int, Candidate] = {}  # wrapper token -> the event it coded, until folded further
    extra: list[Candidate] = []
    # innermost wrappers first, so "agreed to [stop [firing]]" folds from the inside out
    for m in sorted(matches, key=lambda m: -m.token.i):
        if m.wrapper is not None and m.token.i not in used and told_outcome(m, by_token, index):
            used.add(m.token.i)  # "agreed to pay the arrears, [ending] a strike": the strike is told on its own
        elif m.wrapper is not None and m.token.i not in used:
            made = _wrap(m, by_token, used, composed, index)
            if made:
                composed[m.token.i] = made[0]
                extra += made[1:]
    out: list[Candidate] = list(composed.values()) + extra
    for m in matches:
        if m.token.i in used or m.entry is None or m.entry.weight <= 0:
            continue
        out.append(_plain(m, index))
    out = joined_acts(out, index)
    out = _absorb_objects(out, index)
    out = merge_participles(out, index)
    out = mere_cautions(out, index)
    out = drop_asked_content(out, matches, index)
    out = drop_topics(out, index)
    return sorted(out, key=lambda c: c.start)


def _plain(m: TriggerMatch, index: EventIndex) -> Candidate:
    entry = m.entry
    if entry is None or entry.type is None:
        raise ValueError(f"no event row for {m.token.text!r}")
    anchor, host, gov = m.token, None, None
    if entry.pos == "noun":
        host = _light_host(m.token, index)
        gov = governor(host or m.token)
        if gov is not None and _lends_clause(gov, host or m.token, index):
            anchor = gov
    light = anchor if anchor != m.token else None
    # "did not take part in [the strikes]": the strikes took place; the denial is not theirs
    left_out = entry.pos == "noun" and gov is not None and _left_out(gov, host or m.token, index)
    # "offered to advise Berlin": a wrapper without an event in its complement still takes
    # its complement's objects as targets
    inner = None
    if m.wrapper is not None:
        deps = ("xcomp", "ccomp") if m.wrapper.wraps in index.tables.vocab("ccomp_wrappers") else ("xcomp",)
        inner = next((c for c in m.token.children if c.dep_ in deps), None)
    rules = [entry.label] + ([m.note] if m.note else [])
    return Candidate(
        m.token, m.start, m.end, entry, entry.type, entry.mode, anchor, inner=inner, host=host, light=light, rules=rules,
        refers=m.refers, status="affirmed" if left_out else None,
    )


def _light_host(noun: Token, index: EventIndex) -> Token | None:
    """'the reintroduction of conscription': the light noun whose "of" phrase holds the trigger."""
    host, t = None, noun
    for _ in range(3):
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in index.tables.light_nouns:
            host = t = t.head.head
        else:
            break
    return host


def _lends_clause(verb: Token, noun: Token, index: EventIndex) -> bool:
    """A light verb lends its clause to a noun trigger it takes as object ("imposed tariffs",
    "went on strike"), not to one in a phrase of reason or time ("imposed sanctions [over the
    crackdown]")."""
    if noun.dep_ == "pobj" and noun.head.lower_ not in index.tables.vocab("light_verb_preps"):
        return False
    if _left_out(verb, noun, index):
        return False
    return noun.dep_ != "nsubj" and is_light(verb, index)


def _left_out(verb: Token, noun: Token, index: EventIndex) -> bool:
    """'Saudi Arabia did not take part in [the strikes]': a definite act one side is denied a part
    in took place without it (examples/ANNOTATION.md, Q2), and keeps the sides of the act it names
    again (vocabulary.csv participation_verbs)."""
    words = index.tables.vocab("participation_verbs")
    own = {verb.lemma_.lower()} | {f"{verb.lemma_.lower()} {c.lower_}" for c in verb.children if c.dep_ in ("dobj", "prt")}
    return bool(own & words) and denied_part(noun, verb, index)


def is_light(verb: Token, index: EventIndex) -> bool:
    return verb.pos_ in ("VERB", "AUX") and any(f in index.tables.light_verbs for f in forms(verb))


def _complements(token: Token, entry: TriggerEntry, index: EventIndex) -> list[Token]:
    found: list[Token] = []
    for c in token.children:
        if c.dep_ in _COMPLEMENT_DEPS and (c.dep_ != "ccomp" or entry.wraps in index.tables.vocab("ccomp_wrappers")):
            found.append(c)
            if c.dep_ == "ccomp" and c.lemma_ == "be":  # "warned that any deployment would be a target"
                found += [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
        elif _infinitive_complement(c, token):
            found.append(c)
    reasons = index.tables.vocab("reason_preps") if entry.wraps == "judge" else frozenset()
    noun_only = index.tables.vocab("noun_only_complement_preps")
    for p, g in preps(token):
        if p in index.tables.vocab("complement_preps") and (p not in noun_only or entry.pos == "noun"):
            found.append(g)
        elif p in reasons:  # "criticised Paris over the arrest of a journalist"
            found.append(g)
    if entry.pos == "noun":
        found += [c for c in token.children if c.dep_ == "compound"]
    deeper: list[Token] = []
    for c in found:
        for t in conjuncts(c):
            if t is not c and (_own_clause(t) or joined_past_bare(t) is not None):
                continue  # "warned that …, and the ministry accused Warsaw": a clause of its own
            deeper.append(t)
            # "threatened to impose sanctions": look through a light verb to its object
            if is_light(t, index):
                objects = [g for g in t.children if g.dep_ in ("dobj", "nsubjpass")]
                # "agreed to hold a new round of talks": and through the object's light noun
                deeper += objects + [n for g in objects for n in _through_light_nouns(g, index)]
                deeper += [g for p, g in preps(t) if p in index.tables.vocab("light_verb_goal_preps")]  # "return to talks"
            # "announced the reintroduction of conscription": look through a light noun
            deeper += _through_light_nouns(t, index)
    return deeper


def _own_clause(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _infinitive_complement(clause: Token, verb: Token) -> bool:
    """'committed to open corridors' parsed as a clause of purpose (advcl with "to"): the
    complement of a verb without an object; 'summoned the ambassador to protest' is a purpose."""
    return (clause.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
            and not any(o.dep_ in ("dobj", "dative") for o in verb.children))


def _through_light_nouns(noun: Token, index: EventIndex) -> list[Token]:
    out, t = [], noun
    for _ in range(3):
        if t.lemma_.lower() not in index.tables.light_nouns:
            break
        t = next((g for p, g in preps(t) if p == "of"), None)
        if t is None:
            break
        out.append(t)
    return out


def _wrap(
    m: TriggerMatch, by_token: dict[int, TriggerMatch], used: set[int], composed: dict[int, Candidate], index: EventIndex
) -> list[Candidate]:
    wrapper = m.wrapper
    if wrapper is None or wrapper.wraps is None:
        return []
    inner = _inner(m, wrapper, by_token, used, composed, index)
    if inner is None:
        return []
    if (proposal := refused_proposal(wrapper, inner.token, inner.type, by_token, index.tables)) is not None:
        inner = _plain(proposal, index)  # "rejected Kyiv's proposal [for a truce]": the proposal itself
    rule = index.tables.wrapper_rule(wrapper.wraps, inner.type, inner.mode)
    if rule is None:
        return []
    used.update({m.token.i, inner.token.i})
    composed.pop(inner.token.i, None)
    rules = [f"wrapper {wrapper.label} + {inner.rules[0]} -> wrappers.csv {rule.kind}:{'|'.join(sorted(rule.embedded))}"]
    if rule.result == "@":
        mode = inner.mode if rule.mode == "@" else rule.mode
        folded = replace(inner, anchor=m.token, status=rule.status or inner.status, mode=mode, rules=rules)
        return [folded] + _fold_conjuncts(m, inner, by_token, used, index)
    own = m.entry if m.entry is not None and m.entry.type else wrapper
    type_ = own.type if rule.result == "=" else rule.result
    mode = inner.mode if rule.mode == "@" else (rule.mode if rule.result != "=" else own.mode)
    if type_ is None:
        return []
    anchor = m.token
    if wrapper.pos == "noun":  # "issued new tariff threats": the light verb's clause
        gov = governor(m.token)
        anchor = gov if gov is not None and _lends_clause(gov, m.token, index) else m.token
    head = Candidate(
        m.token, m.start, m.end, own, type_, mode, anchor, inner=inner.token, light=inner.light,
        status=rule.status, rules=rules, inner_entry=inner.entry,
    )
    kept = rule.keep if _keeps(rule.keep, wrapper, inner, index) else None
    out = [head] + _fold_conjuncts(m, inner, by_token, used, index, kept=kept)
    if kept:
        forced = None if rule.keep == "own" else rule.keep
        anchor = m.token if forced == "threatened" else inner.anchor
        agent = _judged_agent(m, wrapper, inner, inner.token)
        out.append(replace(inner, anchor=anchor, status=forced, agent=agent,
                           rules=[*inner.rules, f"content of {wrapper.label}"]))
    elif _not_undone(m.token, inner.token, index):
        # "neither side has cancelled [the summit] planned for November": the summit stands
        out.append(replace(inner, anchor=inner.token, light=None, status="affirmed", rules=[*inner.rules, "not undone"]))
    return out


def _not_undone(wrapper: Token, noun: Token, index: EventIndex) -> bool:
    """'neither side has cancelled [the leaders' summit]': a definite act a wrapper does not undo stands."""
    subjects = [ch for ch in wrapper.children if ch.dep_ == "nsubj"]
    negative = index.tables.vocab("negative_determiners")
    if not any(ch.dep_ == "neg" for ch in wrapper.children) and not any(
        d.dep_ == "det" and d.lower_ in negative for s in subjects for d in s.children
    ):
        return False
    owned = any(c.dep_ == "poss" for c in noun.children)
    return (definite_noun(noun, index) or owned) and not generic_noun(noun, index)


def _judged_agent(m: TriggerMatch, wrapper: TriggerEntry, content: Candidate, first: Token) -> Token | None:
    """'accused [Paris] of funding': who did the judged act."""
    if wrapper.wraps != "judge" or content.entry.pos != "verb":
        return None
    return next((c for c in m.token.children if c.dep_ == "dobj" and c != first), None)


def _fold_conjuncts(
    m: TriggerMatch, inner: Candidate, by_token: dict[int, TriggerMatch], used: set[int], index: EventIndex,
    *, kept: str | None = None,
) -> list[Candidate]:
    """The other acts coordinated with a wrapper's complement share its wrapper ("agreed to
    withdraw and [release] prisoners", "accused the RSF of blocking convoys and [looting]
    warehouses", "warned they would be arrested and [prosecuted]"): each is coded as the wrapper
    codes its own type, coded too when the first act is (``kept``: its forced status), or folded
    into the wrapper's event (a refusal of both acts is one refusal)."""
    wrapper = m.wrapper
    out: list[Candidate] = []
    for t in conjuncts(inner.token)[1:]:
        match = by_token.get(t.i)
        if match is None or t.i in used or match.entry is None or not match.entry.type or _own_clause(t):
            continue
        if joined_past_bare(t) is not None:  # "urged Beijing to cease …, and [called for] restraint": the wrapper's own conjunct
            continue
        plain = _plain(match, index)
        rule = index.tables.wrapper_rule(wrapper.wraps, plain.type, plain.mode)
        if rule is None:
            continue
        used.add(t.i)
        note = f"coordinated with the content of {wrapper.label}"
        mode = plain.mode if rule.mode == "@" else rule.mode
        if rule.result == "@":
            out.append(replace(plain, anchor=m.token, status=rule.status or plain.status, mode=mode, rules=[*plain.rules, note]))
        elif _keeps(rule.keep, wrapper, plain, index) or (kept and plain.entry.weight > 0):
            keep = rule.keep if _keeps(rule.keep, wrapper, plain, index) else kept
            forced = None if keep == "own" else keep
            anchor = m.token if forced == "threatened" else plain.anchor
            out.append(replace(plain, anchor=anchor, status=forced, agent=_judged_agent(m, wrapper, plain, inner.token),
                               rules=[*plain.rules, f"content of {wrapper.label}", note]))
        elif wrapper.wraps in index.tables.vocab("conjunct_wrappers") and rule.result != "=":
            out.append(replace(plain, type=rule.result, mode=mode, anchor=m.token, status=rule.status, rules=[*plain.rules, note]))
    return out


def _inner(
    m: TriggerMatch, wrapper: TriggerEntry, by_token: dict[int, TriggerMatch], used: set[int],
    composed: dict[int, Candidate], index: EventIndex,
) -> Candidate | None:
    """The event named in the wrapper's complement: a trigger, or a wrapper already folded
    ("agreed to [stop firing]")."""
    for t in _complements(m.token, wrapper, index):
        if t.i in composed:
            return composed[t.i]
        match = by_token.get(t.i)
        if match is not None and t.i not in used and match.entry is not None and match.entry.type:
            return _plain(match, index)
    return None


def _keeps(keep: str | None, wrapper: TriggerEntry, inner: Candidate, index: EventIndex) -> bool:
    """Whether the complement is coded too: requests refused ("rejected a Chinese request"), acts
    alleged ("accused Paris of funding", "criticised the withdrawal of 5,000 American soldiers"),
    acts re-mentioned by a definite noun ("condemned the attack", "rejected the allegations":
    examples/ANNOTATION.md, Q2), threatened acts told by a verb ("threatened to impose sanctions";
    a noun content, "threatened new sanctions", is the threat itself: Q3); not a generic noun
    ("condemned the move", "welcomed the deal")."""
    if not keep or inner.entry.weight <= 0:
        return False
    if keep == "threatened":  # a verb, or a light verb with its noun ("threatened to reimpose sanctions")
        return inner.entry.pos == "verb" or inner.light is not None
    if keep == "own":  # "rejected a Chinese request", "rejected Kyiv's proposal for a truce", not "refused to commit"
        return inner.entry.pos == "noun" and (not generic_noun(inner.token, index) or specific_noun(inner.token, index))
    if wrapper.wraps == "judge":
        return inner.entry.pos == "verb" or specific_noun(inner.token, index) or (
            definite_noun(inner.token, index) and not generic_noun(inner.token, index))
    return True


def _absorb_objects(cands: list[Candidate], index: EventIndex) -> list[Candidate]:
    """Drop a noun candidate that is the object of a verb candidate naming the same act
    ("raised [tariffs]", "delivered [aid]") or undoing it ("lifted [sanctions]"); keep one that
    is a different act ("discuss [the withdrawal]")."""
    verbs = {c.token.i: c for c in cands if c.entry.pos == "verb"}
    inner = {c.inner.i for c in cands if c.inner is not None}
    quad = {t: info.quad_class for t, info in index.tables.types.items()}
    keep = []
    for c in cands:
        if c.entry.pos == "noun" and c.token.i not in inner:
            site = _quantified(c.token, index)  # "released [the first tranche] of a rescue package"
            gov = governor(site)
            verb = verbs.get(gov.i) if gov is not None else None
            if verb is not None and _object_site(site) and _absorbed(c, verb, quad, index):
                continue
            if verb is not None and c.token.dep_ == "dobj" and verb.type == c.type and denied_part(c.token, verb.token, index):
                c = replace(c, anchor=c.token, light=None, status="affirmed", rules=[*c.rules, "an act one side took no part in"])
        keep.append(c)
    return keep


def _object_site(site: Token) -> bool:
    """The verb's object, or a conjunct of it ("delivered food and [medicine]"); not a conjunct of
    a phrase of time or place the parser joined a new clause's subject to ("raided the camp
    before dawn and [an airstrike] … killed three")."""
    first = site
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return first.dep_ in ("dobj", "nsubjpass")


def _quantified(noun: Token, index: EventIndex) -> Token:
    """'the first tranche of a rescue package', 'a shipment of arms': the quantity word the noun's
    "of" phrase hangs on stands where the noun does."""
    part = partitive_head(noun)
    return part if part is not None and quantifier(part, index) else noun


def _absorbed(noun: Candidate, verb: Candidate, quad: dict[str, int], index: EventIndex) -> bool:
    """The verb names the noun's act ("raised [tariffs]") or undoes it ("lifted [sanctions]"); a
    judgement of an act told before names that act again ("denied [the charge]", Q2), and so does
    the definite object of a denied part in it ("did not attend [the talks]")."""
    if own_act_object(noun.token, verb.token, noun.type, verb.type, index):  # "did not attend [the talks]", "hosted [talks]
        return False  # between A and B", "lifted [its ban]": an act of its own
    if verb.token.lemma_.lower() in index.tables.vocab("absence_verbs") and definite_noun(noun.token, index):
        return False  # "skipping [the meeting]": it took place without them (wire README)
    named_again = noun.refers is not None or JUDGED_ACT in noun.rules
    if named_again and noun.type != verb.type and verb.type in index.tables.vocab("anaphor_types"):
        return False
    if verb.type in index.tables.vocab("restricting_types") and noun.type in index.tables.vocab("restricted_types"):
        return True  # "banned [exports] of gallium", "halted [aid] to Rwanda": what the measure cuts
    return (quad[verb.type] == quad[noun.type] and not _re_mentioned(noun, verb, index)) or verb.type in index.tables.vocab("undoing")


def _re_mentioned(noun: Candidate, verb: Candidate, index: EventIndex) -> bool:
    """'welcomed [the talks]': a definite noun naming another act than its verb's is that act
    named again (examples/ANNOTATION.md, Q2), unlike 'signed [the deal]' or 'attended [the summit]'."""
    return noun.type != verb.type and definite_noun(noun.token, index) and not generic_noun(noun.token, index)
