"""Whom a military move is aimed at (the annotation guide's settled MOBILIZE convention).

A deployment, an alert or a mobilization has a target only when the text aims it at someone: an
adversary the move goes toward, against or into, or the side whose hostile act it answers. The
answered act is the latest earlier one (vocabulary.csv ``provoking_types``: moves, attacks,
threats) by another side aimed at the mover, within a few sentences ("China began drills around
Taiwan. … Taiwan put its forces on high alert"), or earlier in the move's own sentence when the
move has a coordinated clause of its own ("…, and Taipei put its units on alert"). A friendly
host or a destination as such is no target ("sent troops to its brigade in Lithuania", "officers
landed in Port-au-Prince").
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_ground_refs import referred_ground
from tidings.extract.event_index import EventIndex
from tidings.extract.event_phrases import np_actors, place_actor
from tidings.extract.event_syntax import VERB_POS, direct_object, has_subject, has_word, preps, words
from tidings.extract.event_trigger_roles import through_quantifier
from tidings.models import Actor, Event
from tidings.ontology.borders import neighbours

_WINDOW = 3  # sentences back in which the answered act is sought


class HostileActs:
    """The dealings between sides coded so far, in text order, for the lookup of the act a move
    answers: a hostile act aimed at the mover, with no cooperation of that side toward it since."""

    def __init__(self, index: EventIndex):
        self._types = index.tables.vocab("provoking_types")
        self._acts: list[Event] = []

    def add(self, event: Event) -> None:
        if event.source and event.target and event.status != "negated":
            self._acts.append(event)

    def answered(self, event: Event, trigger: Token, index: EventIndex) -> list[Actor]:
        """The source of the latest hostile act of an earlier sentence by another side aimed at the
        mover. Only a move told by a verb answers ("put its forces on alert"); a drill or a
        deployment named by a noun is an act of its own, unless a verb of response governs it
        ("responded by ordering a general mobilization")."""
        if event.type not in index.tables.vocab("aimed_moves") or not event.source:
            return []
        if trigger.pos_ not in VERB_POS and not _responding(trigger, index):
            return []
        mine = {a.code or a.country for a in event.source}
        for act in reversed(self._acts):  # the latest dealing of the mover with another side decides
            if act.sentence < event.sentence - _WINDOW:
                break
            theirs, aimed = {a.code or a.country for a in act.source}, {a.code or a.country for a in act.target}
            if act.sentence > event.sentence or mine & theirs & aimed or not mine & (theirs | aimed):
                continue
            if act.sentence == event.sentence and not _answering_clause(trigger, act):
                continue
            if index.tables.types[act.type].quad_class <= 2 and mine & aimed and not mine & theirs:
                return []  # the other side has since cooperated with the mover ("Israel withdrew …")
            if act.type in self._types and mine & aimed and not mine & theirs:
                return list(act.source)
        return []


def _answering_clause(move: Token, act: Event) -> bool:
    """'China sent warships east of Taiwan, [and Taipei put its units on alert]': a move told after
    the act in a coordinated clause with a subject of its own (the parser may hang that clause on
    any verb before it, so only its place after the act is asked)."""
    return move.dep_ == "conj" and has_subject(move) and act.trigger.end <= move.idx


def answered_in_sentence(event: Event, verb: Token, earlier: list[Event], index: EventIndex) -> list[Actor]:
    """'Houthi fighters massed near the border, and Riyadh [responded by moving] artillery', '…, and
    Pakistan put its air force on alert [in response]': a move said to answer, with no act named
    after the response word, answers the latest hostile act (provoking_types) of another side told
    earlier in its own sentence."""
    if event.type not in index.tables.vocab("aimed_moves") or not event.source or not _bare_response(verb, index):
        return []
    mine = {a.code or a.country for a in event.source}
    for act in reversed(earlier):
        if act.sentence != event.sentence or act.trigger.start >= event.trigger.start or act.status == "negated":
            continue
        theirs = {a.code or a.country for a in act.source}
        if act.type in index.tables.vocab("provoking_types") and theirs and not theirs & mine:
            return list(act.source)
    return []


def _bare_response(verb: Token, index: EventIndex) -> bool:
    """'in response', 'in retaliation' with no 'to' phrase under the move's verb, or the verb under
    'responded by' / 'retaliated by' with no 'to' phrase: the answered act is left to the sentence."""
    cause = index.tables.vocab("cause_verbs")
    for p, g in preps(verb):
        if p == "in" and has_word(g, cause) and not any(p2 == "to" for p2, _ in preps(g)):
            return True
    by = verb.head if verb.dep_ == "pcomp" else None
    head = by.head if by is not None and by.lower_ == "by" else None
    return head is not None and head.pos_ in VERB_POS and has_word(head, cause) and not any(p == "to" for p, _ in preps(head))


def _responding(tok: Token, index: EventIndex) -> bool:
    """'Eritrea [responded] by ordering a general mobilization': a verb of response above the noun."""
    t = tok
    for _ in range(4):
        if t.head == t:
            return False
        t = t.head
        if t.pos_ in VERB_POS and has_word(t, index.tables.vocab("cause_verbs")):
            return True
    return False


def aimed_ground(event: Event, trigger: Token, index: EventIndex) -> list[Actor]:
    """The side whose ground a move goes toward, against, into or around ("drills around [Taiwan]"),
    or enters ("crossed the border near [Kibumba]", "entered waters off [Kinmen]": the object,
    unless it is the forces moved), and the side across a border the move goes to ("to its border
    with [Finland]", "massed troops on the [Ukrainian] border")."""
    mine = {a.code or a.country for a in event.source}
    vocab = index.tables.vocab
    obj = direct_object(trigger) if trigger.pos_ in VERB_POS else None
    # "called up [tens of thousands of] reservists": what is counted is what moves
    forces = obj is not None and has_word(through_quantifier(obj, index.tables), index.tables.vocab_classes("mover_classes"))
    # "moved 60,000 soldiers, backed by tanks, toward …": a phrase may hang inside the forces moved
    phrases = list(preps(trigger)) + ([pg for t in obj.subtree for pg in preps(t)] if forces else [])
    phrases += _light_verb_phrases(trigger)  # "held drills [along the Guyanese frontier]"
    aimed = [g for p, g in phrases if p in vocab("aimed_move_preps")]
    if obj is not None and not forces:  # ground entered: "crossed the border", "entered waters off Kinmen"
        aimed.append(obj)
    for g in [g for _, g in phrases] + aimed:
        for tok in g.subtree:
            if has_word(tok, vocab("border_nouns")):  # "the border with [Eritrea]", "the [Ukrainian] border"
                found = [a for w in _with_objects(tok) + _modifiers(tok) for a in _sides(w, index)
                         if (a.code or a.country) not in mine]
                if found:
                    return found
    if obj is not None and not forces:  # "entered [its] air defence zone": the owner of the ground entered
        owners = [a for a in np_actors(obj, index) if (a.code or a.country) not in mine] or _other_owner(obj, mine, index)
        if owners:
            return owners
    places = [index.place(t) for g in aimed for t in g.subtree]
    if obj is not None and not forces and event.location is not None:
        places.append(event.location)  # "entered restricted waters off [Kinmen]"
    named = next(([place_actor(p, index)] for p in places if p is not None and p.country and p.country not in mine), [])
    return named or referred_ground(aimed, mine, index)  # "gathered off [the country's] coast"


def _light_verb_phrases(noun: Token) -> list[tuple[str, Token]]:
    """'held drills [along the Guyanese frontier]', 'launched exercises [close to the border]': a
    move named by the object of a verb has the phrases the parser hangs on that verb, and those
    under a modifier of the noun or an adverb of the verb ("drills [close] to the border")."""
    if noun.pos_ in VERB_POS or noun.dep_ != "dobj" or noun.head.pos_ not in VERB_POS:
        return []
    verb = noun.head
    return list(preps(verb)) + _modifier_phrases(noun) + _modifier_phrases(verb)


def _modifier_phrases(tok: Token) -> list[tuple[str, Token]]:
    return [pg for ch in tok.children if ch.dep_ in ("advmod", "amod") for pg in preps(ch)]


def _other_owner(ground: Token, mine: set, index: EventIndex) -> list[Actor]:
    """'aircraft entered [its] zone': forces do not enter their own ground; the possessive stands
    for the latest other country named before it in the sentence."""
    poss = next((ch for ch in ground.children if ch.dep_ == "poss" and ch.pos_ == "PRON"), None)
    if poss is None:
        return []
    start = index.sent(poss).start_char
    before = [a for a in index.actors if start <= a.start < poss.idx and a.kind != "person"
              and (a.code or a.country) not in mine]
    return before[-1:]


def _with_objects(noun: Token) -> list[Token]:
    return [g for p, g in preps(noun) if p == "with"]


def _modifiers(noun: Token) -> list[Token]:
    return [ch for ch in noun.children if ch.dep_ in ("amod", "compound", "nmod")]


def _sides(tok: Token, index: EventIndex) -> list[Actor]:
    """The actors a noun phrase names, else the country of the place it names."""
    found = np_actors(tok, index)
    place = index.place(tok)
    return found or ([place_actor(place, index)] if place is not None and place.country else [])


def coordinated_verbs(verb: Token) -> list[Token]:
    """The verb and the verbs coordinated with it, which share the cause the parser hangs on one of
    them ("moved troops to the border and put its air force on alert [after …]")."""
    out = [verb]
    if verb.dep_ == "conj" and verb.head.pos_ in VERB_POS and not has_subject(verb):
        out.append(verb.head)
    return out + [ch for ch in verb.children if ch.dep_ == "conj" and ch.pos_ in VERB_POS and not has_subject(ch)]


def cause_side(event: Event, verb: Token, index: EventIndex, events: list[Event] = ()) -> list[Actor]:
    """The side whose act the sentence gives as the cause of a move: "… citing [Belarusian]
    military exercises", "… following [North Korean] missile launches", "in response to [China's]
    drills". The cause is a phrase after a cause preposition, or the object of a citing or
    responding participle, and must name another side, or hold a hostile act coded among
    ``events`` ("citing a surge in crossings and [Belarusian] exercises"); the subject of a clause
    "after [Russian drones] entered its airspace" is read by event_targets._provoker."""
    vocab = index.tables.vocab
    if event.type not in vocab("aimed_moves") or not event.source:
        return []
    mine = {a.code or a.country for a in event.source}
    # "Poland will deploy … and step up patrols, Tusk said, citing …": the reporting verb's phrases
    # give the cause too, also of a later conjunct of the reported clause
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in VERB_POS:
        first = first.head
    verbs = [verb] + ([first.head] if first.dep_ in ("ccomp", "parataxis") and first.head.pos_ in VERB_POS else [])
    verbs = [w for v in verbs for w in coordinated_verbs(v)]
    causes = [g for v in verbs for p, g in preps(v) if p in vocab("cause_preps")]
    causes += [g2 for v in verbs for p, g in preps(v) if has_word(g, vocab("cause_verbs")) for p2, g2 in preps(g) if p2 == "to"]
    for ch in (c for v in verbs for c in v.children):
        if ch.dep_ in ("advcl", "xcomp", "conj") and ch.pos_ in VERB_POS and has_word(ch, vocab("cause_verbs")):
            obj = direct_object(ch)
            causes += ([obj] if obj is not None else []) + [g for p, g in preps(ch) if p == "to"]
        elif ch.dep_ == "advcl" and ch.pos_ in VERB_POS:  # "…, calling them a response to [South Korean] drills"
            named = [o for o in ch.children if o.dep_ in ("oprd", "attr") and has_word(o, vocab("cause_verbs"))]
            causes += [g for o in named for p, g in preps(o) if p == "to"]
    # "after [Azerbaijani] shelling of border villages" parsed as a gerund: its subject
    causes += [s for g in causes if g.pos_ in VERB_POS for s in g.children if s.dep_ in ("nsubj", "nsubjpass")]
    for cause in causes:
        if friendly_cause(cause, index):
            continue
        found = [a for a in np_actors(cause, index) if (a.code or a.country) not in mine] or _act_within(cause, mine, events, index)
        if found:
            return found
    return []


def _act_within(cause: Token, mine: set, events: list[Event], index: EventIndex) -> list[Actor]:
    """The doer of a hostile act (provoking_types) coded inside a cause phrase whose head names no one."""
    start, end = cause.left_edge.idx, cause.right_edge.idx + len(cause.right_edge)
    for act in events:
        if start <= act.trigger.start < end and act.type in index.tables.vocab("provoking_types") and act.status != "negated":
            found = [a for a in act.source if (a.code or a.country) not in mine]
            if found:
                return found
    return []


def friendly_cause(cause: Token, index: EventIndex) -> bool:
    """'after a request from Vilnius', 'following talks with Kyiv': a cause that names a
    cooperative act (vocabulary.csv friendly_causes) is no hostile act the move answers."""
    pos = "verb" if cause.pos_ in VERB_POS else "noun"
    obj = direct_object(cause) if pos == "verb" else None
    if obj is not None and any(f in index.tables.light_verbs for f in words(cause)):
        cause, pos = obj, "noun"  # "if Pyongyang [carries out] a nuclear test": the act is the object's
    types = {e.type for f in words(cause) for e in index.tables.entries(pos, f) if e.type}
    return bool(types) and types <= index.tables.vocab("friendly_causes")


def reporting_victim(event: Event, index: EventIndex, sides: list[str]) -> list[Actor]:
    """'Pakistan's military said Indian forces had fired first': an attack whose sentence names no
    victim, reported by a state other than the attacker's, is an attack on that state (not when an
    international body or a side's own people report it), when that state borders the attacker's
    or the two are the article's two sides (``sides``): a distant third state reporting an attack
    ("Washington said Russian forces shelled the city") is not its victim."""
    reporter = event.attributed_to
    if event.type not in index.tables.vocab("reported_victim_types") or reporter is None or not event.source:
        return []
    attackers = {a.code or a.country for a in event.source}
    if reporter.code or not reporter.country or reporter.country in attackers:
        return []
    if any(neighbours(reporter.country, a) for a in attackers) or set(sides) == attackers | {reporter.country}:
        return [reporter]
    return []
