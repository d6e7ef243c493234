"""Targets filled from another event of the same sentence, after every event has its sides.

- A judgement of an act ("Beijing condemned the detention of two Chinese students in Vilnius")
  is aimed at whoever did that act, when the clause names no one else: the source of the event
  its complement names, other than the judge's own side.
- A call for someone's release is aimed at the captor, not at the one held ("Washington called
  for the release of two American citizens detained in Venezuela"): the side the release is asked
  "from", else the side that the sentence tells holding them.
- A demand voiced at a protest is aimed where the protest is ("gathered outside the Japanese
  embassy, demanding compensation"), before the protesters' own government.
- Protest and domestic demands address the source's own government; a threat's condition names
  the one threatened; a vote against with no one named is cast in the body that votes; a
  request the clause says an act was done "at" is addressed to the doer of that act (fallbacks of ``event_targets.complete_targets``, kept here for its size).
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_compose import Candidate
from tidings.extract.event_index import EventIndex, side_code as _code
from tidings.extract.event_offshore import not_own_people
from tidings.extract.event_phrases import np_actors, place_actor
from tidings.extract.event_recipients import trigger_token
from tidings.extract.event_referents import EarlierEvents, reaction_object, referred_sides
from tidings.extract.event_syntax import VERB_POS, direct_object, has_word, nearest_subject, of_object, preps
from tidings.models import Actor, Event

__all__ = ["aim_at_captors", "aim_at_judged_acts", "aim_at_resumed_referents", "asking_state", "condition_subject", "met_in_setting", "own_government",
           "protest_voiced", "request_heeded", "voting_body"]


def aim_at_judged_acts(events: list[Event], cands: list[Candidate], index: EventIndex) -> list[Event]:
    """'condemned the detention of …', 'denounced the strike on …': the judged act's doer."""
    by_token = {c.token.i: e for e, c in zip(events, cands)}
    out = []
    for event, cand in zip(events, cands):
        if not event.target and event.source and cand.inner is not None and cand.entry.wraps == "judge":
            judged = by_token.get(cand.inner.i)
            mine = {_code(a) for a in event.source}
            doers = [a for a in (judged.source if judged is not None else []) if _code(a) not in mine]
            if doers:
                event = event.model_copy(update={"target": doers, "rule": (event.rule or "") + "; target: the doer of the act judged"})
        out.append(event)
    return out


_REFERRED = "target: the sides of the earlier event the object names"


def aim_at_resumed_referents(events: list[Event], cands: list[Candidate], index: EventIndex) -> list[Event]:
    """'Israel criticised the talks', after 'Araghchi spoke to reporters after the talks' (a re-mention
    of the Saudi-Iranian meeting): the earlier event a reaction's object names is looked up again
    once re-mentions have taken the sides of the events they resume."""
    if not any(_REFERRED in (e.rule or "") for e in events):
        return events
    earlier, out = EarlierEvents(events), []
    for event, cand in zip(events, cands):
        noun = reaction_object(event, cand.token, index) if _REFERRED in (event.rule or "") else None
        found = referred_sides(event, noun, earlier, index) if noun is not None else []
        if found and {_code(a) for a in found} != {_code(a) for a in event.target}:
            event = event.model_copy(update={"target": found, "rule": (event.rule or "") + " (looked up again once resumed)"})
        out.append(event)
    return out


def aim_at_captors(events: list[Event], cands: list[Candidate], index: EventIndex) -> list[Event]:
    """'demanded the release of a French aid worker [from Iran]', 'asked for his release' (of a
    writer held in Beijing): a request for a release is aimed at whoever holds the people."""
    out = []
    for event, cand in zip(events, cands):
        inner = _release(cand, index) if event.type in index.tables.vocab("release_request_types") else None
        if inner is not None:
            released = _released(inner)
            held = {_code(a) for a in np_actors(released, index)} if released is not None else set()
            mine = {_code(a) for a in event.source}
            if {_code(a) for a in event.target} <= held | mine:
                captor = _named_captor(inner, index, mine) or _holding_side(event, events, held | mine, released)
                if captor:
                    event = event.model_copy(update={"target": captor, "rule": (event.rule or "") + "; target: the captor"})
        out.append(event)
    return out


def _release(cand: Candidate, index: EventIndex) -> Token | None:
    """The release a request asks for: its wrapped complement, or the object of "ask for"."""
    asked = [cand.inner] if cand.inner is not None else []
    if cand.token.pos_ in VERB_POS:
        asked += [g for p, g in preps(cand.token) if p == "for"] + [direct_object(cand.token)]
    return next((t for t in asked if t is not None and _is_release(t, index)), None)


def _is_release(inner: Token, index: EventIndex) -> bool:
    pos = "verb" if inner.pos_ in VERB_POS else "noun"
    return any(e.mode == "release" for f in (inner.lemma_.lower(), inner.lower_) for e in index.tables.entries(pos, f))


def _released(inner: Token) -> Token | None:
    """Who is to be freed: the object of the verb, the "of" phrase or owner of the noun."""
    if inner.pos_ in VERB_POS:
        return direct_object(inner)
    return of_object(inner) or next((ch for ch in inner.children if ch.dep_ == "poss"), None)


def _named_captor(inner: Token, index: EventIndex, mine: set[str]) -> list[Actor]:
    """'the release of the aid worker [from Iran]': the side named after "from"."""
    heads = [inner] + ([_released(inner)] if _released(inner) is not None else [])
    for p, g in (pg for h in heads for pg in preps(h)):
        if p != "from":
            continue
        found = [a for a in np_actors(g, index) if _code(a) not in mine]
        place = index.place(g)
        if not found and place is not None and place.country and place.country not in mine:
            found = [place_actor(place, index)]
        if found:
            return found
    return []


def _holding_side(event: Event, events: list[Event], taken: set[str], released: Token | None) -> list[Actor]:
    """The doer of a detention the same sentence tells of the people held ("… held in Beijing",
    "journalists [detained by the Taliban]")."""
    span = (released.left_edge.idx, released.right_edge.idx + len(released.right_edge)) if released is not None else (0, 0)
    kinds = [e for e in events if e.sentence == event.sentence and e.type == "COERCE" and e.status != "negated"]
    for e in kinds:
        doers = [a for a in e.source if _code(a) not in taken]
        inside = span[0] <= e.trigger.start < span[1]
        if doers and ({_code(a) for a in e.target} & taken or inside):
            return doers
    return []


def protest_voiced(event: Event, done: list[Event], index: EventIndex) -> list[Actor]:
    """'Protesters gathered outside the Japanese embassy in Seoul, demanding compensation …': the
    target of the protest of the same side told earlier in the sentence."""
    if event.type not in index.tables.vocab("domestic_demand_types") or not event.source:
        return []
    mine = {_code(a) for a in event.source}
    for e in reversed(done):
        if e.sentence == event.sentence and e.type == "PROTEST" and {_code(a) for a in e.source} == mine:
            return [a for a in e.target if _code(a) not in mine]
    return []


def asking_state(event: Event, index: EventIndex) -> list[Actor]:
    """'Chilean senators called for air strikes on smugglers' camps': an act of state that a
    country's politicians, parties or citizens ask for with no one named to do it falls to their
    own government; a government, an international body or a party of no country leaves the doer
    open (ANNOTATION.md, Conventions of 2026-11-28, rule 7)."""
    domestic = index.tables.vocab("domestic_sectors")
    if not event.source or any(a.kind == "igo" or a.code or not a.country or a.sector not in domestic for a in event.source):
        return []
    used = {a.start for a in event.source} | ({event.attributed_to.start} if event.attributed_to is not None else set())
    countries = dict.fromkeys(a.country for a in event.source)
    found = [_own_mention(c, event.trigger.start, index, used) or _government(c, event, index) for c in countries]
    return [a for a in found if a is not None]


def own_government(event: Event, index: EventIndex) -> list[Actor]:
    """Protest, and demands by civilians and opposition, address their own government;
    police repression with no named target falls on the country's own people. The target is
    another mention of that country, never the source mention itself."""
    if not event.source:
        return []
    vocab = index.tables.vocab
    domestic = all(a.sector in vocab("domestic_sectors") or a.kind == "group" for a in event.source)
    if event.type == "PROTEST" or (event.type in vocab("domestic_demand_types") and domestic):
        countries = [a.country for a in event.source if a.country]
    elif event.type in vocab("repression") and event.mode != "seize" and not _closes_passage(event, index) and not _not_own(event, index):
        place = None if _sent_to(event, index) else event.location  # "expelled them [to Guatemala]": not where it happened
        if place is not None and place.country and place.country not in {a.country for a in event.source}:
            return [place_actor(place, index)]  # "Israeli troops … detained four men near Quneitra": abroad
        countries = [a.country for a in event.source if a.country and a.sector in vocab("repression_sectors")]
    else:
        return []
    used = {a.start for a in event.source} | ({event.attributed_to.start} if event.attributed_to is not None else set())
    found = [_own_mention(c, event.trigger.start, index, used) or _government(c, event, index) for c in dict.fromkeys(countries)]
    return [a for a in found if a is not None]


def _not_own(event: Event, index: EventIndex) -> bool:
    tok = trigger_token(event, index)
    return tok is not None and not_own_people(tok, index)


def _sent_to(event: Event, index: EventIndex) -> bool:
    """The event's place is where people were sent (vocabulary destination_preps: "deported them
    to Guatemala"), not where the state acted on them."""
    return any(f"after '{p}'" in (event.rule or "") for p in index.tables.vocab("destination_preps"))


def _closes_passage(event: Event, index: EventIndex) -> bool:
    """'Eritrea closed the border crossing': a closure of a border, crossing, port or airspace
    stops the neighbour's movement, not the closer's own people (ANNOTATION.md, Conventions of
    2026-11-28, rule 8); its target comes from the sentence or the article's counterpart."""
    tok = trigger_token(event, index)
    if tok is None:
        return False
    theme = direct_object(tok) if tok.pos_ in VERB_POS else of_object(tok) or next(
        (c for c in tok.children if c.dep_ == "compound"), None)
    passages = index.tables.vocab_classes("passage_classes")
    return theme is not None and (theme.lemma_.lower() in passages or theme.lower_ in passages)


def _government(country: str, event: Event, index: EventIndex) -> Actor | None:
    """Last resort when the article names the country nowhere else ("Serbian protesters
    gathered"): its government, evidenced by the source mention that carries the country."""
    mention = next((a for a in event.source if a.country == country), None)
    if mention is None:
        return None
    name = index.country_names.get(country, country)
    return Actor(text=mention.text, start=mention.start, end=mention.end, name=name, kind="country",
                 country=country, sector="GOV")


def _own_mention(country: str, at: int, index: EventIndex, used: set[int]) -> Actor | None:
    """The country's government as named elsewhere in the article (nearest earlier mention
    first), else a place of that country standing for it."""
    mentions = [a for a in index.actors if a.country == country and not a.code and a.start not in used]
    govs = [a for a in mentions if a.kind == "country" or a.sector == "GOV"] or mentions
    if govs:
        before = [a for a in govs if a.start < at]
        return before[-1] if before else govs[0]
    places = [p for p in index.places if p.country == country and p.start not in used]
    return place_actor(places[0], index) if places else None


def condition_subject(event: Event, cand: Candidate, index: EventIndex) -> list[Actor]:
    """'warned of consequences if Berlin did not keep its pledges': the threatened party."""
    if event.type != "THREATEN":
        return []
    conditions = index.tables.vocab("condition_marks")
    for clause in cand.token.children:
        if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in conditions for m in clause.children):
            subj = next((s for s in clause.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            actor = index.actor(subj) if subj is not None else None
            if actor is not None and (actor.code or actor.country) not in {_code(a) for a in event.source}:
                return [actor]
    return []


def voting_body(event: Event, cand: Candidate, index: EventIndex) -> list[Actor]:
    """'The General Assembly adopted the declaration, [with the United States and Israel voting
    against]', 'EU governments endorsed the plan, while Hungary voted against it': a vote (vocabulary.csv
    ballot_verbs) aimed at no one named is cast against the international body whose decision the
    sentence tells, the subject of a clause above the vote."""
    if event.type not in index.tables.vocab("ballot_types") or not has_word(cand.token, index.tables.vocab("ballot_verbs")):
        return []
    mine = {_code(a) for a in event.source}
    t = cand.token
    for _ in range(6):
        if t.head == t:
            return []
        t = t.head
        subj = nearest_subject(t) if t.pos_ in VERB_POS else None
        bodies = [a for a in (np_actors(subj, index) if subj is not None else []) if a.code and a.code not in mine]
        if bodies:
            return bodies
    return []


def request_heeded(event: Event, cand: Candidate, index: EventIndex) -> list[Actor]:
    """'The Security Council will meet on Monday [at the request of France]': a request named as
    the ground of an act (vocabulary.csv heeded_request_preps) was addressed to that act's doer."""
    noun = cand.token
    if event.type != "REQUEST" or noun.pos_ in VERB_POS or noun.dep_ != "pobj":
        return []
    prep, verb = noun.head, noun.head.head
    if prep.lower_ not in index.tables.vocab("heeded_request_preps") or verb.pos_ not in VERB_POS:
        return []
    subj = nearest_subject(verb)
    mine = {_code(a) for a in event.source}
    return [a for a in (np_actors(subj, index) if subj is not None else []) if _code(a) not in mine]


def met_in_setting(event: Event, cand: Candidate, index: EventIndex) -> list[Actor]:
    """'Fiji's prime minister congratulated [Anthony Albanese] in a phone call', 'thanked [Modi]
    during a meeting': a meeting that is the setting of another act of its clause, naming no
    partner of its own, was held with the one that act is done to (its object)."""
    vocab, noun = index.tables.vocab, cand.token
    if event.type not in vocab("setting_meeting_types") or noun.pos_ in VERB_POS or noun.dep_ != "pobj":
        return []
    prep, verb = noun.head, noun.head.head
    if prep.lower_ not in vocab("meeting_setting_preps") or any(p in ("with", "between", "of") for p, _ in preps(noun)):
        return []
    if verb.dep_ == "pobj" and verb.head.dep_ == "prep":  # "congratulated Albanese [on his re-election] in a call"
        verb = verb.head.head
    if verb.pos_ not in VERB_POS:
        return []
    obj = direct_object(verb)
    mine = {_code(a) for a in event.source}
    return [a for a in (np_actors(obj, index) if obj is not None else []) if _code(a) not in mine]
