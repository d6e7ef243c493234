"""Candidates that name one act twice: the toll of an attack and a participle of its type are the
attack; taking part in an act is that act. Used by ``event_compose``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex
from tidings.extract.event_nouns import definite_noun
from tidings.extract.event_syntax import governor, has_subject, has_word, joined_past_bare, preps, within

if TYPE_CHECKING:
    from tidings.extract.event_compose import Candidate
    from tidings.extract.event_triggers import TriggerMatch


def merge_participles(cands: list[Candidate], index: EventIndex) -> list[Candidate]:
    """'shelled Kharkiv, killing nine people and wounding 34', 'the raids killed four people and
    wounded 11': a participle of the same type, and the casualties of an attack, are the attack."""
    types = {c.token.i: c.type for c in cands}
    nouns = {c.token.i: c.type for c in cands if c.entry.pos == "noun"}
    casualties = index.tables.vocab("casualty_verbs")
    marks = index.tables.vocab("toll_marks")
    return [c for c in cands if not _part_of_attack(c, types, casualties) and not _told_by_subject(c, nouns)
            and not _toll_of_clause(c, types, casualties, marks)]


def _toll_of_clause(c: Candidate, types: dict[int, str], casualties: frozenset[str], marks: frozenset[str]) -> bool:
    """'five people were [killed] when Russian missiles struck the city': a passive toll whose
    clause of time tells the attack is that attack."""
    t = c.token
    if c.type != "ASSAULT" or c.entry.pos != "verb" or t.tag_ != "VBN" or not has_word(t, casualties):
        return False
    return any(ch.dep_ == "advcl" and types.get(ch.i) == "ASSAULT" and has_subject(ch)
               and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in ch.children) for ch in t.children)


def _told_by_subject(c: Candidate, nouns: dict[int, str]) -> bool:
    """'Israeli air strikes [killed] 25 people', 'the raids [hit] the port': a verb whose subject is
    an event noun of its own type tells that act's result; the noun names the event."""
    if c.entry.pos != "verb" or c.type != "ASSAULT":
        return False
    if c.token.dep_ == "acl" and nouns.get(c.token.head.i) == c.type:  # parsed "[strikes [killed 25 people]]"
        return True
    return any(ch.dep_ == "nsubj" and nouns.get(ch.i) == c.type for ch in c.token.children)


def _part_of_attack(c: Candidate, types: dict[int, str], casualties: frozenset[str]) -> bool:
    t = c.token
    if c.type == "ASSAULT" and t.dep_ == "relcl" and has_word(t, casualties) and t.head != t:
        return _toll_of_attack(t, types)  # "the missile strike on Kyiv [that killed] 20 people"
    if c.type == "ASSAULT" and has_word(t, casualties) and (_toll_in_object(t, types) or _gapped_toll(t, types, casualties)):
        return True
    if c.type == "ASSAULT" and t.dep_ == "acl" and t.tag_ == "VBN" and t.head.dep_ == "conj" and has_word(t, casualties):
        toll = t.head.head  # "were killed and 35 people [wounded]" parsed as [killed … and people [wounded]]
        return types.get(toll.i) == c.type and has_word(toll, casualties)
    if c.type != "ASSAULT" or t.dep_ not in ("advcl", "conj") or t.head == t:
        return False
    if t.dep_ == "advcl" and t.tag_ == "VBG" and types.get(t.head.i) == c.type:
        return True
    own_subject = any(ch.dep_ in ("nsubj", "nsubjpass") for ch in t.children)
    head = t
    while head.dep_ in ("advcl", "conj") and head.head != head:
        head = head.head
        if types.get(head.i) == c.type:
            # "two protesters were killed and 35 people [wounded]": the victims of one toll
            victims = t.tag_ == "VBN" and has_word(head, casualties)
            return has_word(t, casualties) and (not own_subject or victims)
    return False


def _toll_of_attack(verb: Token, types: dict[int, str]) -> bool:
    """A relative clause telling the toll of an attack named by its antecedent ("the strike that
    killed 20 people") or by the verb whose object the antecedent is ("hit a school, which killed
    12 people"); with the relative pronoun as its subject, also when the antecedent is the place of
    the attack's target ("air strikes on a school in Sagaing region [that killed] 17 children")."""
    antecedent = verb.head
    if types.get(antecedent.i) == "ASSAULT":
        return True
    gov = governor(antecedent)
    if gov is not None and types.get(gov.i) == "ASSAULT":
        return True
    subject = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ in ("WDT", "WP") and _attack_above(antecedent, types)


def _attack_above(noun: Token, types: dict[int, str]) -> bool:
    """The noun is the target or the place of an attack: up through its phrases ("a school [in]
    Sagaing region") to an attack noun, or to the verb that has it as object or phrase ("bombed a
    monastery in Sagaing region"), or whose object is the attack ("launched air strikes on a clinic")."""
    t = noun
    for _ in range(6):
        if types.get(t.i) == "ASSAULT":
            return True
        if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in ("NOUN", "PROPN"):
            t = t.head.head
            continue
        gov = governor(t)
        return gov is not None and (types.get(gov.i) == "ASSAULT" or any(
            o.dep_ == "dobj" and types.get(o.i) == "ASSAULT" for o in gov.children))
    return False


def _toll_in_object(verb: Token, types: dict[int, str]) -> bool:
    """'bombed a monastery in Sagaing region where villagers had taken shelter, [killing] at least
    20': a participle of toll after a comma, with no subject, that the parser hangs on a relative
    clause about the attack's target tells the toll of that attack."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return False
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return False
    clause = verb.head
    return clause.dep_ == "relcl" and types.get(clause.i) is None and _attack_above(clause.head, types)


def _gapped_toll(verb: Token, types: dict[int, str], casualties: frozenset[str]) -> bool:
    """'two protesters were killed and 35 people [wounded]': a toll whose auxiliary is left out
    after "and" repeats the passive toll before it; the parser may hang it anywhere."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > verb.i or subject.left_edge.i < 2:
        return False
    doc = verb.doc
    before, told = doc[subject.left_edge.i - 1], doc[subject.left_edge.i - 2]
    return (before.lower_ == "and" and told.tag_ == "VBN" and types.get(told.i) == "ASSAULT"
            and has_word(told, casualties) and any(c.dep_ == "auxpass" for c in told.children))


def joined_acts(cands: list[Candidate], index: EventIndex) -> list[Candidate]:
    """'took part in the drills', 'did not take part in air strikes': taking part in an act is
    that act (the noun borrows the clause, unless a definite act is denied to the subject:
    event_compose._left_out); taking part in another side's act ('advisers taking
    part in the Syrian offensive', 'units taking part in the Belarusian drills') is also
    cooperation with that side."""
    verbs = index.tables.vocab("participation_verbs")
    nouns = {c.token.i: c for c in cands if c.entry.pos == "noun"}
    drop = set()
    for c in cands:
        if c.entry.pos != "verb" or c.entry.pattern not in verbs:
            continue
        joined = [nouns[g.i] for p, g in preps(c.token) if p == "in" and g.i in nouns]
        if joined and not _another_side(c.token, joined[0].token, index):
            drop.add(c.token.i)
    return [c for c in cands if c.token.i not in drop]


def _another_side(verb: Token, noun: Token, index: EventIndex) -> bool:
    owners = [index.actor(m) for m in noun.children if m.dep_ in ("amod", "poss", "compound")]
    owners = {a.code or a.country for a in owners if a is not None}
    subj = next((s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    words = list(subj.subtree)
    if verb.dep_ == "relcl" and any(w.lower_ in index.tables.vocab("relative_pronouns") for w in words):
        words.append(verb.head)  # "Iran, whose advisers are taking part"
    mine = {a.code or a.country for w in words if (a := index.actor(w)) is not None}
    return bool(owners - mine) and bool(mine)


def mere_cautions(cands: list[Candidate], index: EventIndex) -> list[Candidate]:
    """'The WFP warned that its stocks would run out', 'warned that public criticism would push
    Naypyitaw toward China': a warning of what things will do, with no act of the speaker and none
    against an addressee, is a caution, not a threat (PLOVER THREATEN needs a coercive act)."""
    return [c for c in cands if not _caution(c, index)]


def _caution(c: Candidate, index: EventIndex) -> bool:
    tables = index.tables
    if c.type != "THREATEN" or c.entry.pos != "verb" or len(c.rules) > 1 or not has_word(c.token, tables.vocab("caution_verbs")):
        return False
    if any(ch.dep_ in ("dobj", "dative") or (ch.dep_ == "prep" and ch.lower_ == "against") for ch in c.token.children):
        return False  # "warned Iran", "warned against"
    of = [g for ch in c.token.children if ch.dep_ == "prep" and ch.lower_ == "of" for g in ch.children if g.dep_ == "pobj"]
    if of:  # "warned of rising costs", "warned of tough times ahead"; not "warned of consequences (if …)"
        return all(_mere_thing(t, index) for t in of) and not any(
            t.dep_ == "mark" and t.lower_ in tables.vocab("condition_marks") for t in c.token.subtree)
    said = [ch for ch in c.token.children if ch.dep_ in ("ccomp", "parataxis")]
    if not said:
        return False
    return all(_thing_subject(clause, index) for clause in said)


def _mere_thing(noun: Token, index: EventIndex) -> bool:
    """A thing that names no act, no one who could act and no threat's content ('rising costs',
    'tough times', 'a famine'), unlike 'consequences', 'a response', 'new sanctions'."""
    tables = index.tables
    if index.actor(noun) is not None or has_word(noun, tables.vocab("threat_contents")):
        return False
    if has_word(noun, tables.vocab_classes("animate_classes")):
        return False
    return not any(tables.entries("noun", f) for f in (noun.lemma_.lower(), noun.lower_))


def _thing_subject(clause: Token, index: EventIndex) -> bool:
    """The clause's subject is a thing that names no act and no one who could act, told without a
    condition ("would stall if the government did not …", "any attempt … will be answered" threaten)."""
    subj = next((ch for ch in clause.children if ch.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or subj.pos_ == "PRON" or index.actor(subj) is not None:
        return False
    marks = index.tables.vocab("condition_marks")
    if any(t.dep_ == "mark" and t.lower_ in marks for t in clause.subtree) or any(
        d.dep_ == "det" and d.lower_ == "any" for d in subj.children
    ):
        return False
    owners = {t.i for p in subj.children if p.dep_ == "poss" for t in p.subtree}  # "Argentina's growth"
    if any(index.actor(t) is not None for t in clause.subtree if t.i not in owners):
        return False  # "arms factories would be legitimate targets for the Russian military"
    animate = index.tables.vocab_classes("animate_classes")
    if has_word(subj, animate) or any(index.tables.entries("noun", f) for f in (subj.lemma_.lower(), subj.lower_)):
        return False
    return True


def told_outcome(m: TriggerMatch, by_token: dict[int, TriggerMatch], index: EventIndex) -> bool:
    """'agreed to pay the arrears, [ending] a two-week strike', 'left Niger, [ending] a decade-long
    mission': a participle that tells what another act brought to an end is that act's outcome,
    no halt of its own; the act it names is told as it is."""
    t = m.token
    if m.wrapper is None or m.wrapper.wraps not in index.tables.vocab("outcome_wrappers"):
        return False
    if t.tag_ != "VBG" or t.dep_ not in ("advcl", "xcomp") or t.head == t:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        return False
    head = t.head
    for _ in range(3):  # "agreed to [pay the arrears], ending": the act may be the clause above
        if head.i in by_token:
            return True
        if head.head == head:
            break
        head = head.head
    return False


def drop_asked_content(cands: list[Candidate], matches: list[TriggerMatch], index: EventIndex) -> list[Candidate]:
    """The act a request asks for, a refusal turns down or an effort aims at is not an event of its
    own ("urged its allies to speed up [deliveries] of air defence", "asked Israel to let aid trucks
    [enter] Gaza", "refused to let the envoy [meet] the detained leader", "demanding a deal to [free]
    the hostages", "efforts to [end] the fighting"); a definite act it names is ("asked the IAEA to
    condemn the strikes on its facilities")."""
    tables = index.tables
    asked = tables.vocab("asking_wrappers") | tables.vocab("refusal_wrappers")
    regions = [c for m in matches if m.wrapper is not None and m.wrapper.wraps in asked
               for c in m.token.children if c.dep_ in ("xcomp", "ccomp", "dobj") or (c.dep_ == "prep" and c.lower_ == "for")
               or (c.dep_ == "acl" and m.token.pos_ in ("NOUN", "PROPN"))]  # "a demand that Ukraine [pull] its troops out"
    permits = tables.vocab("permitting_acts")  # "allow inspectors to [visit] the plant": the access granted
    regions += [c for m in matches if m.entry is not None and f"{m.entry.type}:{m.entry.mode}" in permits
                for c in m.token.children if c.dep_ in ("xcomp", "ccomp")]
    aims = tables.vocab("aim_nouns")
    regions += [c for t in index.doc if has_word(t, aims) for c in t.children if c.dep_ == "acl" and _to_infinitive(c)]
    regions += _demanded(index) + _promised_objects(matches, index)
    if not regions:
        return cands
    told = tables.vocab("told_time_preps"), tables.vocab("countering_verbs")
    return [c for c in cands if not (_asked(c, regions, told) and c.status is None
                                     and (not definite_noun(c.token, index) or _deferred(c.token, tables.vocab("deferring_words"))))]


def _deferred(noun: Token, deferring: frozenset[str]) -> bool:
    """'asked the AU to [delay] the withdrawal', 'called for a [halt] to the fighting': a definite act
    that an asked act would stop or put off is part of what is asked, not an act the text tells
    (vocabulary.csv deferring_words); one asked to be judged is ('asked the IAEA to condemn the strikes')."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "of", "in", "on") else noun.head
    return noun.dep_ in ("dobj", "pobj") and head != noun and has_word(head, deferring)


def _demanded(index: EventIndex) -> list[Token]:
    """'issued an ultimatum to Hezbollah on Wednesday [to disarm]': the infinitive the parser hangs
    on the verb that issues an ultimatum (vocabulary.csv ultimatum_nouns) is what it demands; 'binds
    the army [to halt] hostilities': the infinitive after the object of a verb that binds (vocabulary.csv
    binding_verbs) is what the parties are bound to, not yet done."""
    nouns, binding = index.tables.vocab("ultimatum_nouns"), index.tables.vocab("binding_verbs")
    govs = [g for t in index.doc if has_word(t, nouns) and (g := governor(t)) is not None]
    # "commits the two forces to stop fighting and [to open] corridors": what an accord binds its parties to
    govs += [t for t in index.doc if t.pos_ in ("VERB", "AUX") and has_word(t, binding) and any(c.dep_ == "dobj" for c in t.children)]
    return [c for g in govs for c in g.children if c.dep_ in ("advcl", "xcomp") and _to_infinitive(c)]


def _promised_objects(matches: list[TriggerMatch], index: EventIndex) -> list[Token]:
    """'offered to host [talks]', 'promised to raise Saudi [investment] in the US', 'agreed to slash
    reciprocal [tariffs]': the object of the act an offer or a promise holds out (vocabulary.csv
    promise_wrappers) is coded with it at the wrapper, no event of its own; a phrase of time or
    place beside it ('during a White House visit') is not."""
    promised = index.tables.vocab("promise_wrappers")
    verbs = [c for m in matches if m.wrapper is not None and m.wrapper.wraps in promised
             for c in m.token.children if c.dep_ == "xcomp"]
    return [o for v in verbs for o in v.children if o.dep_ == "dobj"]


def _asked(c: Candidate, regions: list[Token], told: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Inside a region, and not in a clause of its own below it ("… why the government had
    accepted a ceasefire", "the writer who has been held", "the agreement signed last June"), nor
    told beside the asked act (``_told_beside``)."""
    if any("content of" in r for r in c.rules):
        return False
    for top in regions:
        if not within(c.token, top):
            continue
        t = c.token
        while t != top:
            if _aside(t) or _told_beside(t, *told) or joined_past_bare(t) is not None:
                break  # "urged Beijing to cease …, and [called for] restraint": not part of what is asked
            if t.dep_ in ("relcl", "ccomp", "advcl", "acl") and not _bare_infinitive(t) and (
                t.tag_ in ("VBN", "VBD", "VBZ", "VBP") or has_subject(t)
            ):
                break
            t = t.head
        else:
            return True
    return False


def _told_beside(t: Token, time_preps: frozenset[str], countering: frozenset[str]) -> bool:
    """An act the asked or aimed act is timed by ("ordered Apple to open its app store, a week
    [after] fining it", "failed to arrest him [during] his visit": vocabulary.csv told_time_preps)
    or is meant to counter ("in a bid to [quell] the protests", "efforts to [contain] the
    fighting": countering_verbs): it is under way or done, told, not asked for."""
    if t.dep_ in ("pobj", "pcomp") and t.head.lower_ in time_preps:
        return True
    return t.dep_ == "dobj" and t.head.lemma_.lower() in countering


def _bare_infinitive(verb: Token) -> bool:
    """'to let aid trucks [enter] Gaza': a verb with no tense, modal or conjunction of its own under
    an infinitive (the model tags it VBP), a small clause of the verb above, not a clause of its own."""
    return (verb.dep_ == "ccomp" and verb.tag_ in ("VB", "VBP") and verb.head.tag_ == "VB"
            and not any(ch.dep_ in ("aux", "mark") for ch in verb.children))


def _aside(verb: Token) -> bool:
    """A participle clause set beside the act ("refused to back the package, with a spokesman
    [calling] it a dead end", "…, [prompting] Paris to suspend an agreement"): told, not asked."""
    return verb.tag_ == "VBG" and (verb.dep_ == "advcl" or (verb.dep_ == "pcomp" and verb.head.lower_ == "with"))


def _to_infinitive(clause: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
