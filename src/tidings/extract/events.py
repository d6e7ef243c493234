"""PLOVER events from verbal and nominal triggers.

The coder runs in five steps over one parsed Doc, each in its own module:
triggers (event_triggers) → one event per predicate (event_compose) → source/target
(event_arguments) → status and reporter (event_status) → date, place, quantities (event_context).
Every event records the lexicon rows and rules that produced it in ``Event.rule``.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from spacy.tokens import Doc, Token

from tidings.extract.event_arguments import Arguments, asks_for_one_sided, attach, names_event, resolve_pronoun
from tidings.extract.event_compose import Candidate, compose
from tidings.extract.event_dates_carry import carry_dates
from tidings.extract.event_context import event_date, event_location, event_quantities
from tidings.extract.event_fund_appeals import asks_for_funds, leave_donors_open
from tidings.extract.event_help import Help, help_deployments
from tidings.extract.event_hosted import guests_meet
from tidings.extract.event_index import EventIndex
from tidings.extract.event_labels import aim_labels
from tidings.extract.event_lifted import share_lifted_sides
from tidings.extract.event_referents import aim_rejected
from tidings.extract.event_refused import aim_refused_proposals, drop_rejected_content, rejects_content_only
from tidings.extract.event_relatives import rejects_uncoded_claim
from tidings.extract.event_signers import name_signers
from tidings.extract.event_status import StatusInfo, judge_status
from tidings.extract.event_syntax import VERB_POS, has_word, is_passive, nearest_subject, passive_subject, shared_passive_subject
from tidings.extract.event_counterparts import fill_pairs, infer_counterparts
from tidings.extract.event_target_fallbacks import aim_at_judged_acts, aim_at_resumed_referents
from tidings.extract.event_targets import complete_targets, resume_definite_events
from tidings.extract.event_triggers import find_triggers
from tidings.ingest.ids import derived_id
from tidings.models import Actor, Event, Place, Quantity, Quote, Span
from tidings.ontology.events import WrapperRule

logger = logging.getLogger(__name__)


def extract_events(
    doc: Doc,
    *,
    ontology,
    actors: list[Actor],
    places: list[Place],
    quantities: list[Quantity],
    quotes: list[Quote],
    published: str | None,
    doc_id: str | None = None,
) -> list[Event]:
    """Events of one Doc. Their ids derive from ``doc_id`` (default: ``doc._.doc_id`` when the
    pipeline declares it, else a hash of the text) and the trigger offsets, so two copies of
    one text stored under different ids never share event ids."""
    if doc_id is None and Doc.has_extension("doc_id"):
        doc_id = doc._.doc_id
    index = EventIndex.build(
        doc, tables=ontology.events, actors=sorted(actors, key=lambda a: a.start), places=places,
        quantities=quantities, quotes=quotes, published=published, doc_id=doc_id,
        country_names=ontology.actors.countries,
    )
    candidates = compose(find_triggers(index), index)
    helps = help_deployments(candidates, index)
    purposes = {h.purpose.i for h in helps.values() if h.purpose is not None}
    built: list[tuple[Event, Candidate]] = []
    coded: dict[int, str] = {}  # trigger token -> the type its event was coded as
    for c in candidates:
        if c.token.i in purposes:  # "sent troops [to fight] alongside the rebels": part of the aid
            continue
        c = _as_referent(c, coded, index)
        if (e := _event(c, index, helps.get(c.token.i))) is not None:
            built.append((e, c))
            coded.update({t.i: e.type for t in (c.token, c.inner) if t is not None})
    events, cands = [e for e, _ in built], [c for _, c in built]
    events = share_lifted_sides(events, cands, index)
    events = resume_definite_events(complete_targets(events, cands, index), cands, index)
    events = share_lifted_sides(events, cands, index)
    events = aim_at_judged_acts(events, cands, index)  # "condemned [Tuesday's attack]": a re-mention's doer, now resumed
    events = aim_at_resumed_referents(events, cands, index)  # "criticised the talks": the talks' sides, now resumed
    events = aim_rejected(events, cands, index)
    events = aim_refused_proposals(events, cands, index)  # "declined the Philippines' invitation": put to the decliner
    events = drop_rejected_content(events, cands, index)  # "vetoed a resolution [against Syria]": not at the content's parties
    events = aim_labels(events, cands, index)
    events = guests_meet(events, cands, index)
    events = leave_donors_open(events, cands, index)  # "appealed for $4.2 billion to feed 20 million Sudanese"
    open_doers = frozenset(e.trigger.start for e, c in zip(events, cands)
                           if not e.target and (asks_for_one_sided(c, index) or asks_for_funds(c, index)
                                                or rejects_uncoded_claim(c.token, e.type, index)
                                                or rejects_content_only(c, index)))
    events = infer_counterparts(fill_pairs(events, cands, index), index, open_doers=open_doers)
    events = name_signers(events, cands, index)  # "under a deal signed in May"
    events = carry_dates(events, doc.text, published)
    return [e for e, c in zip(events, cands) if _has_actor(e, c, index)]


def _as_referent(c: Candidate, coded: dict[int, str], index: EventIndex) -> Candidate:
    """A re-mention ("the cut", "the withdrawal") is coded as the event it names was, within one
    family of vocabulary.csv ("The US will withdraw 5,000 troops … the timing of the cut": CONCEDE)."""
    earlier = coded.get(c.refers) if c.refers is not None else None
    if earlier is None or earlier == c.type or c.mode not in (None, "withdraw"):
        return c
    if not any(c.type in f and earlier in f for _, f in index.tables.vocab_group("family")):
        return c
    return replace(c, type=earlier, rules=[*c.rules, f"coded as the {earlier} it names"])


def _event(c: Candidate, index: EventIndex, helps: Help | None = None) -> Event | None:
    tables = index.tables
    if helps is not None:  # "sent police to help Ecuador's government": aid, not a show of force
        c = replace(c, type="AID", mode=None, entry=replace(c.entry, cameo="072"),
                    rules=[*c.rules, "forces sent to help a side are AID (Conventions of 2026-11-28, rule 4)"])
    status = judge_status(c, index)
    type_ = c.type
    planned = status.status == "planned" or (status.status == "threatened" and type_ != "THREATEN")
    withheld = status.status == "negated" and type_ in tables.vocab("stance_types")  # "will not back Ukraine's bid"
    if planned or (status.future and status.status in ("negated", "reported") and not withheld) or _offered(status):
        type_ = tables.remap_planned(type_, c.mode)
    threat = _conditional_threat(type_, c.mode, status, tables)
    if threat is not None:  # "If the US side insists, China will fight to the end"
        type_ = threat.result
        c = replace(c, mode=threat.mode, rules=[*c.rules, f"conditional {c.type} is a threat"])
    mode = c.mode if c.mode and (type_, c.mode) in tables.modes else None
    args = attach(c, index)
    if helps is not None:
        args.target = helps.helped
    if _domestic_seizure(type_, c, args, tables):  # "Georgian authorities froze the accounts of two TV channels"
        type_, mode = "COERCE", "seize"
        c = replace(c, rules=[*c.rules, "a freeze on the source's own country is repression (COERCE)"])
    attributed = _attributed(status, index)
    by_reporter = attributed is not None and not args.source and _reporter_is_agent(c, status, index, attributed, args)
    if by_reporter:
        args.source = [attributed]
    future = status.status in ("planned", "hypothetical") or (status.status == "threatened" and type_ != "THREATEN")
    reporter = status.reporter.verb if status.reporter is not None else None
    date, date_rule = event_date(c, index, future=future, reporter=reporter)
    location, place_rule = event_location(c, index)
    same_root = c.entry.cameo and c.entry.cameo[:2] == tables.types[type_].cameo
    cameo = tables.cameo_code(c.entry.cameo if type_ == c.type or same_root else None, type_, mode)
    start, end = index.doc[c.start].idx, index.doc[c.end - 1].idx + len(index.doc[c.end - 1].text)
    return Event(
        id=derived_id(index.text_id, start, end, type_),
        type=type_,
        mode=mode,
        contexts=list(c.entry.contexts),
        source=args.source,
        target=args.target,
        trigger=Span(text=index.text[start:end], start=start, end=end),
        sentence=index.sentence(c.token),
        date=date,
        location=location,
        quantities=event_quantities(c, index),
        status=status.status,
        attributed_to=attributed,
        cameo=cameo,
        goldstein=tables.goldstein_for(cameo),
        quad_class=tables.types[type_].quad_class,
        confidence=_confidence(c, args, status),
        rule="; ".join([*c.rules, f"status: {status.cue}", f"date: {date_rule}", f"place: {place_rule}"]
                       + (["source: the reporter"] if by_reporter else [])),
    )


def _domestic_seizure(type_: str, c: Candidate, args: Arguments, tables) -> bool:
    """PLOVER's SANCTION reduces relations between actors; freezing the assets of one's own
    media, parties or citizens is a seizure (COERCE). Only for the verbs of vocabulary.csv
    domestic_seizures, when every target belongs to the source's country."""
    if type_ != "SANCTION" or c.token.lemma_.lower() not in tables.vocab("domestic_seizures"):
        return False
    sources = {a.country for a in args.source if a.country}
    targets = {a.country for a in args.target}
    return bool(sources) and bool(targets) and targets <= sources and all(a.kind != "igo" for a in args.target)


def _conditional_threat(type_: str, mode: str | None, status: StatusInfo, tables) -> WrapperRule | None:
    """A coercive act promised as the consequence of a condition ("Tehran would close the
    Strait of Hormuz if the country were attacked") is a threat (PLOVER THREATEN), with the
    mode a threat of that act takes (wrappers.csv, kind threat); the condition's own act is not."""
    if type_ not in tables.vocab("conditional_threats") or status.status != "hypothetical":
        return None
    if not (status.future and status.cue.startswith("consequent")):
        return None
    return tables.wrapper_rule("threat", type_, mode)


def _offered(status: StatusInfo) -> bool:
    """An act held out as possible, not carried out ("could pull its contingent out", "would
    consider lifting restrictions", "could begin joint inspections") is offered: a withdrawal is a
    concession (CONCEDE), cooperation a commitment (AGREE); the act a condition asks for ("if it
    gave up enrichment") stays what it is."""
    if status.status != "hypothetical" or status.cue.startswith("condition"):
        return False
    return status.future or status.cue.startswith("modal")


def _has_actor(event: Event, c: Candidate, index: EventIndex) -> bool:
    """Events need an identifiable political actor; one without any is kept only when its sentence
    names actors the coder failed to attach (low confidence), not in a sentence naming none. A firm
    (vocabulary.csv business_sectors) is no political actor by itself: "Nvidia withdrew its
    forecast" is no event, "the Commission fined Apple" is."""
    business = index.tables.vocab("business_sectors")
    sides = event.source + event.target
    if any(a.sector not in business for a in sides):
        return True
    if not sides and not index.sentence_has_actor(c.token):
        return False
    return any(a.sector not in business for a in index.sentence_actors(c.token))


def _attributed(status: StatusInfo, index: EventIndex) -> Actor | None:
    reporter = status.reporter
    if reporter is None:
        return None
    if reporter.actor is not None:
        return reporter.actor
    if reporter.speaker is None:
        return None
    actor = index.actor(reporter.speaker)
    if actor is None and reporter.speaker.pos_ == "PRON":
        actor = resolve_pronoun(reporter.speaker, index)
    return actor


def _reporter_is_agent(c: Candidate, status: StatusInfo, index: EventIndex, reporter: Actor, args: Arguments) -> bool:
    """A reported clause without an agent ("tariffs would be raised, Trump said") takes its
    reporter as source, except for violence, repression and protest, which speakers report
    about others; for people done to ("its monitors were granted access", "the alliance had
    not been consulted") and events that merely happen ("the truce took effect"); and when the
    reporter is the target's own side."""
    if status.reporter is None or c.type in index.tables.vocab("reported_by_others"):
        return False
    if (reporter.code or reporter.country) in {a.code or a.country for a in args.target}:
        return False
    verb = c.anchor
    if verb.pos_ not in VERB_POS:
        return True
    subj = nearest_subject(verb) or shared_passive_subject(verb)
    if subj is None or subj.i == c.token.i:
        return True
    if is_passive(verb):
        return not _animate(subj, index)
    return not names_event(subj, index)


def _animate(noun: Token, index: EventIndex) -> bool:
    """People, groups and institutions, not things ("tariffs", "sanctions")."""
    kinds = index.tables.vocab_classes("animate_classes")
    return (index.actor(noun) is not None or has_word(noun, kinds) or noun.pos_ == "PRON"
            or any(ch.dep_ == "poss" for ch in noun.children))


def _confidence(c: Candidate, args: Arguments, status: StatusInfo) -> float:
    score = 0.9 * c.entry.weight
    if c.entry.pos == "noun" and not args.explicit_source:
        score -= 0.2
    if not args.source:
        score -= 0.2
    if not args.target:
        score -= 0.05
    if args.resolved_pronoun:
        score -= 0.1
    if c.inner is not None or len(c.rules) > 1:
        score -= 0.05
    return round(min(1.0, max(0.05, score)), 2)
