"""Targets the clause leaves implicit, filled in after every event of the article is coded.

- Anaphoric objects: "Moscow rejected [the allegations]", "The Kremlin welcomed [the
  decision]" — the target is the source of the event the noun refers back to: the event
  named by that very noun when it is a trigger, else the latest earlier event by someone else.
- Places attacked or visited: "shelled residential areas of [Kharkiv]", "a visit to [Warsaw]"
  — the place's country stands for the target.
- Protest is aimed at the protesters' own government unless the clause names a target.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from tidings.extract.event_body_meetings import body_meeting_noun
from tidings.extract.event_compose import Candidate
from tidings.extract.event_index import EventIndex, side_codes as _codes, side_code as _code
from tidings.extract.event_ground import place_target, unseen_attacker
from tidings.extract.event_home_foes import home_foes
from tidings.extract.event_pairs import main_pair_codes
from tidings.extract.event_moves import HostileActs, answered_in_sentence, cause_side, coordinated_verbs, friendly_cause, reporting_victim
from tidings.extract.event_recipients import aimed_at_no_one
from tidings.extract.event_same_act import restating_participle
from tidings.extract.event_referents import EarlierEvents, detention_grounds, held_until_release, reaction_object, referred_sides
from tidings.extract.event_arguments import asks_for_one_sided, names_event, np_actors, place_actor, verb_subject
from tidings.extract.event_offshore import taken_at_sea
from tidings.extract.event_vessels import carried_people
from tidings.extract.event_aid_recipients import shared_recipient
from tidings.extract.event_phrases import actors_of
from tidings.extract.event_sources import infinitive_controller
from tidings.extract.event_target_fallbacks import (
    aim_at_captors,
    aim_at_judged_acts,
    asking_state,
    condition_subject,
    met_in_setting,
    own_government,
    protest_voiced,
    request_heeded,
    voting_body,
)
from tidings.extract.event_syntax import VERB_POS, agent, direct_object, has_word, is_passive, passive_subject, preps
from tidings.extract.event_resume import resume_definite_events
from tidings.models import Actor, Event, Place

__all__ = ["complete_targets", "resume_definite_events"]

# The vocabularies (types that refer back, domestic sectors, prepositions…) are sets of
# data/events/vocabulary.csv, read through ``index.tables.vocab(name)``.


def complete_targets(events: list[Event], cands: list[Candidate], index: EventIndex) -> list[Event]:
    by_trigger = {e.trigger.start: e for e in events}
    earlier, hostile = EarlierEvents(events), HostileActs(index)
    pair: list[list[str]] = []

    def sides() -> list[str]:  # the article's two sides, counted once, when a fallback asks for them
        if not pair:
            pair.append(main_pair_codes(events, index))
        return pair[0]

    out, done = [], {}
    for event, cand in zip(events, cands):
        event = detention_grounds(event, cand.token, done, index) or held_until_release(event, cand.token, done, index) or event
        event = taken_at_sea(event, cand.token, index)
        if event.type == "PROTEST" and not event.source and event.location is not None and event.location.country:
            # "several thousand pupils took to the streets in Berlin": protesters of that country
            event = event.model_copy(update={"source": [place_actor(event.location, index, people="protesters")]})
        if not event.source and _agentless_repression(event, cand, index):
            event = _security_force(event, cand, index) or event
        if not event.source and _unnamed_state_act(event, cand, index):
            event = _state_of_place(event, index)
        if not event.target and event.type in index.tables.vocab("reciprocal"):
            event = _domestic_pair(event)
        if not event.target and asks_for_one_sided(cand, index):
            event = _asked_doer(event, cand, index)
        elif not event.target and not aimed_at_no_one(event, index):
            for how, fill in (
                ("the victims of its toll", lambda: _toll_victims(event, cand, index)),
                ("the sides of the earlier event the object names", lambda: _referred(event, cand, index, earlier)),
                ("the source of the event referred to", lambda: _anaphoric(event, cand, index, events, by_trigger)),
                # before the side an act answers: aid told after aid is no answer to it
                ("the recipient of the aid told beside it", lambda: shared_recipient(event, out + events[len(out) + 1:], index)),
                ("the actor whose act provoked it", lambda: _provoker(event, cand, index)),
                ("the side whose act the sentence gives as its cause", lambda: cause_side(event, _verb(cand), index, events)),
                ("the side whose act told before it answers", lambda: answered_in_sentence(event, _verb(cand), out, index)),
                ("the parties of the mediated event", lambda: _mediated_parties(event, cand, events, cands)),
                ("the subject of the condition", lambda: condition_subject(event, cand, index)),
                ("the body the vote is cast in", lambda: voting_body(event, cand, index)),
                ("the doer of the act done at its request", lambda: request_heeded(event, cand, index)),
                ("what the protest is against", lambda: _protested(event, cand, index, events)),
                ("the body meeting as itself", lambda: _body_meeting(event, cand, index)),
                ("the one the act it is the setting of is done to", lambda: met_in_setting(event, cand, index)),
                ("the captor's own people", lambda: _own_captives(event, cand, index)),
                ("the people the vessel stopped carries", lambda: carried_people(event, _verb(cand), index)),
                ("the country of the place", lambda: place_target(event, cand, index)),
                ("the side whose hostile act it answers", lambda: hostile.answered(event, cand.token, index)),
                ("the target of the protest it is voiced at", lambda: protest_voiced(event, out, index)),
                ("the party the participle restating it names", lambda: _restated(event, cand, index)),
                ("the source's own government", lambda: own_government(event, index)),
                ("the state that reports the attack", lambda: reporting_victim(event, index, sides())),
            ):
                target = fill()
                if target:
                    event = event.model_copy(update={"target": target, "rule": (event.rule or "") + f"; target: {how}"})
                    break
        event = unseen_attacker(event, cand, index)
        out.append(event)
        done[cand.token.i] = event
        hostile.add(event)
    return aim_at_captors(aim_at_judged_acts(out, cands, index), cands, index)


def _asked_doer(event: Event, cand: Candidate, index: EventIndex) -> Event:
    """A request for an act of state with no addressee: the doer the asked act's own words name
    ("called for new [European Union] sanctions"), else the speaker's own state when politicians or
    citizens ask, else no one."""
    inner = cand.inner
    mods = [ch for ch in inner.children if ch.dep_ in ("compound", "amod", "nmod", "poss")] if inner.pos_ not in VERB_POS else []
    mine = _codes(event.source)
    target, how = [a for m in mods for a in np_actors(m, index, deep=False) if _code(a) not in mine], "the doer the act asked for names"
    if not target:
        target, how = asking_state(event, index), "the state that would do the act asked for"
    if not target:
        return event
    return event.model_copy(update={"target": target, "rule": (event.rule or "") + f"; target: {how}"})


def _referred(event: Event, cand: Candidate, index: EventIndex, earlier: EarlierEvents) -> list[Actor]:
    """'Iranian officials dismissed [the warning]', 'The US welcomed [the agreements]'."""
    noun = reaction_object(event, cand.token, index)
    return referred_sides(event, noun, earlier, index) if noun is not None else []


def _verb(cand: Candidate) -> Token:
    return cand.anchor if cand.anchor.pos_ in VERB_POS else cand.token


def _toll_victims(event: Event, cand: Candidate, index: EventIndex) -> list[Actor]:
    """'a U.S. missile strike on a boat killed [three Colombian fishermen]': an attack noun whose
    verb tells its toll (vocabulary.csv casualty_verbs) is aimed at those it killed or wounded,
    and one in which people died (death_verbs) at those who died."""
    noun = cand.token
    vocab = index.tables.vocab
    if event.type == "ASSAULT" and noun.dep_ == "pobj" and noun.head.lower_ in vocab("setting_preps"):
        verb = noun.head.head  # "nine soldiers [died] in an ambush": those who died in it
        subj = next((ch for ch in verb.children if ch.dep_ == "nsubj"), None) if has_word(verb, vocab("death_verbs")) else None
        mine = _codes(event.source)
        return [a for a in (np_actors(subj, index) if subj is not None else []) if _code(a) not in mine]
    if event.type != "ASSAULT" or noun.pos_ in VERB_POS or noun.dep_ != "nsubj" or not has_word(noun.head, vocab("casualty_verbs")):
        return []
    if _definite_reference(noun, index):  # "the raids had killed four people": the raids resumed keep their sides
        return []
    victims = direct_object(noun.head)
    mine = _codes(event.source)
    return [a for a in (np_actors(victims, index) if victims is not None else []) if _code(a) not in mine]


def _restated(event: Event, cand: Candidate, index: EventIndex) -> list[Actor]:
    """'called for a truce in Ukraine, [urging Moscow and Kyiv] to silence their weapons': a
    participle of the same type that restates the act names whom it is aimed at."""
    if event.type not in index.tables.vocab("restated_types"):
        return []
    verb = _verb(cand)
    mine = _codes(event.source)
    for ch in verb.children:
        if not restating_participle(ch) or not any(e.type == event.type for e in index.tables.entries("verb", ch.lemma_.lower())):
            continue
        slots = [direct_object(ch)] + [g for p, g in preps(ch) if p in index.tables.vocab("target_preps")]
        found = [a for t in slots if t is not None for a in np_actors(t, index) if _code(a) not in mine]
        if found:
            return found
    return []


def _provoker(event: Event, cand: Candidate, index: EventIndex) -> list[Actor]:
    """'Taiwan scrambled jets [after 30 Chinese aircraft entered its zone]': an act taken in
    response to another side's act (a clause after "after", "following"…) is aimed at that side;
    not a military move answering a cooperative act (vocabulary.csv friendly_causes)."""
    if not event.source:
        return []
    vocab, mine, verb = index.tables.vocab, _codes(event.source), _verb(cand)
    moves = event.type in vocab("aimed_moves") and verb.pos_ in VERB_POS
    verbs = coordinated_verbs(verb) if moves else [verb]  # "moved troops and put forces on alert [after …]"
    # a move also answers a hostile condition ("could move a brigade to Romania if [Russia] escalates")
    marks = vocab("temporal_preps") | (vocab("condition_marks") if moves else frozenset())
    for clause in (ch for v in verbs for ch in v.children):
        if clause.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children):
            continue
        if moves and friendly_cause(clause, index):  # "sent troops after Vilnius requested them": no hostile act
            continue
        subj = next((s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        found = [a for a in (np_actors(subj, index) if subj is not None else []) if _code(a) not in mine]
        if not found and moves and subj is not None:
            found = home_foes(event, subj, index)
        if found:
            return found
    return _prompter(verb, mine, index) if verb.pos_ in VERB_POS else []


def _prompter(verb: Token, mine: frozenset[str], index: EventIndex) -> list[Actor]:
    """'China sailed a carrier through the strait, [prompting] Taiwan to scramble jets': an act
    another side's act prompted (vocabulary.csv prompt_verbs) is aimed at that side."""
    prompt = verb.head
    if infinitive_controller(verb, index) is None or prompt.lemma_.lower() not in index.tables.vocab("prompt_verbs"):
        return []
    if prompt.dep_ not in ("advcl", "conj") or prompt.head.pos_ not in VERB_POS:
        return []
    return [a for a in actors_of(verb_subject(prompt.head, index), index) if _code(a) not in mine]


def _protested(event: Event, cand: Candidate, index: EventIndex, events: list[Event]) -> list[Actor]:
    """'chanting slogans against [US] customs inspections', 'to protest against the tariffs': the
    owner of what a protest's own clause is against, or the side of the earlier event it names."""
    if event.type != "PROTEST":
        return []
    objects = [g for t in cand.token.subtree for p, g in preps(t) if p == "against"]
    mine = _codes(event.source)
    for obj in objects:
        found = [a for a in np_actors(obj, index) if _code(a) not in mine]
        if not found and names_event(obj, index) and _definite_reference(obj, index):
            found = _earlier_parties(obj, event, events, index)
        if found:
            return found
    return []


def _body_meeting(event: Event, cand: Candidate, index: EventIndex) -> list[Actor]:
    """'The Security Council will discuss the truce on Friday': a meeting of one international
    body, with no other party named, is the body's own (ANNOTATION.md Q6)."""
    verb = cand.token.pos_ in VERB_POS and cand.token.lemma_.lower() in index.tables.vocab("body_meeting_verbs")
    if not (verb or body_meeting_noun(cand, index)):
        return []
    return list(event.source) if event.source and all(_body(a) for a in event.source) and len(_codes(event.source)) == 1 else []


def _body(actor: Actor) -> bool:
    """An international body, or one of its officials ("the UN secretary-general")."""
    return actor.kind == "igo" or bool(actor.code)


def _own_captives(event: Event, cand: Candidate, index: EventIndex) -> list[Actor]:
    """'Belarus freed 52 political prisoners', 'Syrian authorities released 600 detainees', 'pardoned
    14 prisoners': the prisoners a state releases or pardons, with no nationality named, are its own people."""
    clemency = cand.token.lemma_.lower() in index.tables.vocab("clemency_verbs")  # "pardoned 14 prisoners"
    if (cand.mode != "release" and not clemency) or not event.source or cand.token.pos_ not in VERB_POS:
        return []
    obj = direct_object(cand.token) or passive_subject(cand.token)
    if obj is None or obj.lower_ not in index.tables.vocab("own_captives") or np_actors(obj, index):
        return []
    own = [a for a in event.source if a.country and not a.code]
    return [own[0]] if own and len(_codes(event.source)) == 1 else []  # not "Russia and Ukraine exchanged prisoners"


def _unnamed_state_act(event: Event, cand: Candidate, index: EventIndex) -> bool:
    """'Three journalists were arrested in Istanbul': repression told in the passive without an
    agent is the act of the state where it happens (not a seizure, which may be by anyone)."""
    verb = cand.token
    if event.type not in index.tables.vocab("repression") or event.mode == "seize":
        return False
    if cand.entry.pos == "noun":  # "the detention of a British aid worker in Iran": no owner, no "by"
        owned = any(ch.dep_ == "poss" for ch in verb.children) or any(p == "by" for p, _ in preps(verb))
        return not owned and event.location is not None and not _at_dateline(event)
    passive = is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN")  # "300 people [detained] in Minsk"
    return passive and agent(verb) is None


def _agentless_repression(event: Event, cand: Candidate, index: EventIndex) -> bool:
    """Repression told without an agent: a passive verb, or a noun no one owns ("no arrests were reported")."""
    verb = cand.token
    if event.type not in index.tables.vocab("repression") or event.mode == "seize":
        return False
    if cand.entry.pos == "noun":
        return not any(ch.dep_ in ("poss", "compound", "amod") and index.actor(ch) for ch in verb.children) and not any(
            p == "by" for p, _ in preps(verb))
    return (is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN")) and agent(verb) is None


def _security_force(event: Event, cand: Candidate, index: EventIndex) -> Event | None:
    """'Police kept them away from the gate, but no one was detained': the security force the
    sentence names did it, the nearest one before the act first."""
    sectors = index.tables.vocab("security_sectors")
    taken = {a.start for a in event.target}
    forces = [a for a in index.sentence_actors(cand.token) if a.sector in sectors and a.country and a.start not in taken]
    if not forces:
        return None
    before = [a for a in forces if a.start < event.trigger.start]
    force = before[-1] if before else forces[0]
    return event.model_copy(update={"source": [force], "rule": (event.rule or "") + "; source: the security force of the sentence"})


def _at_dateline(event: Event) -> bool:
    return "place: dateline" in (event.rule or "")


def _state_of_place(event: Event, index: EventIndex) -> Event:
    place = event.location if event.location is not None else _home_dateline(index)
    if place is None or not place.country:
        return event
    state = place_actor(place, index).model_copy(update={"sector": "GOV"})
    return event.model_copy(update={"source": [state], "rule": (event.rule or "") + "; source: the state where it happened"})


def _home_dateline(index: EventIndex) -> Place | None:
    """The dateline city, when it lies in the country the article is most about (not a
    neighbouring capital the story is filed from)."""
    place = index.dateline_place
    counts = Counter(a.country for a in index.actors if a.country and not a.code)
    return place if place is not None and counts and counts.most_common(1)[0][0] == place.country else None


def _domestic_pair(event: Event) -> Event:
    """'Sudan's army and the RSF agreed to a truce': two parties of one country meet or agree
    with each other; the first acts towards the others."""
    parties = {a.name for a in event.source}
    if len(event.source) < 2 or len(_codes(event.source)) != 1 or len(parties) < 2:
        return event
    first = event.source[0]
    others = [a for a in event.source[1:] if a.name != first.name]
    return event.model_copy(update={"source": [first], "target": others})


def _mediated_parties(event: Event, cand: Candidate, events: list[Event], cands: list[Candidate]) -> list[Actor]:
    """'talks mediated by Qatar', 'agreed to a truce brokered by the US': a third party's help
    goes to the parties of the event it qualifies (named by that noun or folded into a wrapper)."""
    tok = cand.token
    if event.type != "CONSULT" or tok.dep_ != "acl" or tok.tag_ != "VBN":
        return []
    head = tok.head.i
    named = next((e for e, c in zip(events, cands) if head in (c.token.i, c.inner.i if c.inner is not None else -1)), None)
    mine = _codes(event.source)
    return [a for a in named.source if _code(a) not in mine] if named is not None else []


def _anaphoric(event: Event, cand: Candidate, index: EventIndex, events, by_trigger) -> list[Actor]:
    if event.type not in index.tables.vocab("anaphor_types") or cand.entry.pos != "verb":
        return []
    obj = direct_object(cand.token)
    if obj is None or not _definite_reference(obj, index):
        return []
    named = by_trigger.get(obj.idx)
    if named is not None and named.source and _codes(named.source) != _codes(event.source):
        return list(named.source)
    mine = _codes(event.source)
    if named is None and names_event(obj, index):  # "welcomed the releases": those of the earlier release
        return _earlier_parties(obj, event, events, index)
    if named is None and not index.tables.classes.get("anaphor", frozenset()) & {obj.lemma_.lower(), obj.lower_}:
        return []
    wanted = _referent_types(obj, index)
    earlier = [
        e for e in events
        if e.trigger.start < event.trigger.start and e.source and _codes(e.source) != mine and e.type in wanted
    ]
    return list(earlier[-1].source) if earlier else []


def _earlier_parties(noun: Token, event: Event, events: list[Event], index: EventIndex) -> list[Actor]:
    """The sides of the latest earlier event of the kind a definite event noun names ("the
    talks", "the agreement"), other than the judging source: its actor when it acted on
    someone, both parties when they acted together."""
    types = {e.type for f in (noun.lemma_.lower(), noun.lower_) for e in index.tables.entries("noun", f) if e.type}
    families = [f for _, f in index.tables.vocab_group("family") if types & f]
    wanted = frozenset(types).union(*families)
    mine = _codes(event.source)
    earlier = [e for e in events if e.trigger.start < event.trigger.start and e.type in wanted and e.source
               and e.mode != "third-party"]  # "the talks" are the parties', not their mediator's
    if not earlier:
        return []
    ref = earlier[-1]
    sides = ref.source if ref.target and _codes(ref.target) != _codes(ref.source) else ref.source + ref.target
    return [a for a in sides if _code(a) not in mine]


def _referent_types(obj: Token, index: EventIndex) -> frozenset[str]:
    """'the allegations' point back to an accusation, 'the warning' to a threat, 'the decision'
    to an act."""
    classes = index.tables.classes
    for name, types in index.tables.vocab_group("refers"):
        if classes.get(name, frozenset()) & {obj.lemma_.lower(), obj.lower_}:
            return types
    return index.tables.vocab("acts")


def _definite_reference(obj: Token, index: EventIndex) -> bool:
    if any(index.actor(t) is not None for t in obj.subtree):
        return False
    definite = index.tables.vocab("definite")
    return any(ch.dep_ in ("det", "poss") and ch.lower_ in definite for ch in obj.children)
