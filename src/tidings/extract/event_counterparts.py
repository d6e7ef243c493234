"""Sides the sentence leaves implicit, read off the rest of the sentence or the article.

- The sentence's other actor: "Tokyo pressed for his release at meetings with [Myanmar officials]".
- The article's counterpart: the code a side is most often paired with in the article's
  explicit dyads (a code paired with itself counts: domestic politics, civil war).
- The article's two sides: "the two sides agreed", "urged both countries".
Inferred sides lower the event's confidence and are recorded in ``Event.rule``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Token

from tidings.extract.event_arguments import names_event, verb_subject
from tidings.extract.event_compose import Candidate
from tidings.extract.event_pairs import main_pair_codes
from tidings.extract.event_home import (
    home_concession, home_critic, home_protest, home_repression, home_takeover, latest_mention, state_organ_subject,
)
from tidings.extract.event_phrases import in_quantity, np_actors
from tidings.extract.event_resume import referent_start
from tidings.extract.event_undergone import reacts_to
from tidings.extract.event_unclaimed import unclaimed_attack
from tidings.extract.event_recipients import aimed_at_no_one, has_own_subject, names_unnamed_recipient, trigger_token
from tidings.extract.event_source_repairs import uncoded_agent
from tidings.extract.event_index import EventIndex, side_code as _code, side_codes as _codes
from tidings.extract.event_syntax import VERB_POS, clause_verb, direct_object, has_word, preps
from tidings.models import Actor, Event


def infer_counterparts(events: list[Event], index: EventIndex, *, open_doers: frozenset[int] = frozenset()) -> list[Event]:
    """Fill the side the sentence leaves implicit with the article's counterpart.

    News text names the other party once and then leaves it implicit ("China vowed
    countermeasures" in a story about US tariffs). The counterpart of a code is the code it
    is most often paired with in this article's explicit dyads, else the most mentioned
    other actor when it is nearly as salient; in a story about one country only, that
    country itself (domestic politics, civil war). Inferred sides lower the confidence. A
    request for an act whose doer the text leaves open (``open_doers``, trigger starts: "the UN
    envoy called for an independent inquiry") stays aimed at no one.
    """
    salience = Counter(_code(a) for a in index.actors)
    partners: Counter[tuple[str, str]] = Counter()
    for e in events:
        for s in {_code(a) for a in e.source}:
            for t in {_code(a) for a in e.target}:
                if s != t:
                    partners[(s, t)] += 1
                    partners[(t, s)] += 1
                else:  # domestic politics, civil war: a code paired with itself
                    partners[(s, s)] += 2
    article = _Article(salience, partners, _codes(_main_pair(events, index)))
    out: list[Event] = []
    done: dict[int, Event] = {}  # events filled so far, by trigger start
    for e in events:
        ref = referent_start(e)
        if ref is not None:  # a re-mention keeps the sides of the event it resumes, as filled
            e = _as_resumed(e, done.get(ref))
        elif e.source and not e.target and index.tables.types[e.type].implicit_recipient and e.trigger.start not in open_doers:
            e = _implicit_target(e, article, index)
        elif e.target and not e.source:
            e = _implicit_source(e, article, index)
        elif (home := home_protest(e, index)) is not None:  # "resigned after weeks of street protests"
            e = e.model_copy(update={"source": [home], "target": [home], "confidence": round(e.confidence * 0.7, 2),
                                     "rule": (e.rule or "") + "; source and target: the one country of the sentence"})
        out.append(e)
        done[e.trigger.start] = e
    return out


def _as_resumed(e: Event, ref: Event | None) -> Event:
    """'the warning' after 'Moscow warned' (whose target the counterpart gave): the same target."""
    if ref is None or e.target or not ref.target or _codes(ref.source) != _codes(e.source):
        return e
    return e.model_copy(update={"target": ref.target, "rule": (e.rule or "") + "; target: that of the event resumed"})


@dataclass(frozen=True)
class _Article:
    salience: Counter
    partners: Counter
    sides: frozenset[str]  # codes of the article's two principal sides


def _implicit_target(e: Event, article: _Article, index: EventIndex) -> Event:
    if aimed_at_no_one(e, index):  # "the prime minister resigned"
        return e
    near = _sentence_other(e, index)
    if near is not None and names_unnamed_recipient(e, index):
        near = None  # "thanked European leaders for their support, a day after meeting Trump": the clause has its recipient
    other, how = near, "other actor of the sentence"
    if near is None and index.tables.types[e.type].counterpart_recipient:
        other, how = _counterpart(e.source, e.trigger.start, article.salience, article.partners, index)
        if how == "article counterpart" and not _between_sides(e.source, other, article.sides):
            other, how = _other_side(e.source, e.trigger.start, article.sides, index), "the other of the article's two sides"
        if other is not None and names_unnamed_recipient(e, index):
            other = None
        third = _third_party(e, other, index) if other is not None else None
        if third is not None:  # "Saudi Arabia offered to host talks …, and Ethiopia said it would attend"
            other, how = third, "third party of the sentence"
        if other is None and not names_unnamed_recipient(e, index):
            other, how = _faced_side(e, article, index), "the article's side an outside party faces"
        if other is None and not names_unnamed_recipient(e, index):
            other, how = home_concession(e, article.salience, index), "the source's own people"
    if other is not None and e.status == "negated" and _code(other) in _codes(e.source) and near is None:
        other = None  # "did not target civilian areas": a denied act has no victim to infer at home
    if other is None:
        return e
    group = _coordinated(other, e, index) if near is not None else [other]
    return e.model_copy(update={"target": group, "confidence": round(e.confidence * 0.8, 2),
                                "rule": (e.rule or "") + f"; target: {how}"})


def _implicit_source(e: Event, article: _Article, index: EventIndex) -> Event:
    home, how = home_critic(e, index), "the government's own country"
    if home is None:
        home, how = home_takeover(e, index), "the country whose power was seized"
    if home is None and (not has_own_subject(e, index) or state_organ_subject(e, index)):  # not "hackers … broke into"
        home, how = home_repression(e, index), "the state of the people it falls on"
    other, how = (home, how) if home is not None else _counterpart(
        e.target, e.trigger.start, article.salience, article.partners, index)
    unseen = e.type in index.tables.vocab("unseen_attacker_types")
    if home is None and (how != "article counterpart (domestic actors)" or unseen) and (has_own_subject(e, index, participle=unseen) or uncoded_agent(trigger_token(e, index), index)):
        other = None  # "gangs attacked …", "condemned by rights groups": the clause has an agent, only not a coded one
    if unseen and how in ("article counterpart (one-country story)", "article counterpart (domestic actors)"):
        other = None  # "the attack on the capital killed 12": an attack on the one country named is not its own
    if home is None and other is not None and unclaimed_attack(e, other, index):
        other = None  # "closed the border after the bombing", "if it is ever attacked": no doer told
    if other is None:
        return e
    return e.model_copy(update={"source": [other], "confidence": round(e.confidence * 0.7, 2),
                                "rule": (e.rule or "") + f"; source: {how}"})


def _other_side(source: list[Actor], at: int, sides: frozenset[str], index: EventIndex) -> Actor | None:
    """One of the article's two sides, most often paired with some third party, still faces the
    other side ("Israel reopened the crossing" in a story of Israel and Gaza where Egypt and Qatar
    pressed Israel)."""
    mine = _codes(source)
    if len(mine) != 1 or len(sides) != 2 or not mine < sides:
        return None
    return latest_mention(next(iter(sides - mine)), at, index)


def _faced_side(e: Event, article: _Article, index: EventIndex) -> Actor | None:
    """An outside party's act in a story about two sides (or one country's crisis) with no
    recipient named is aimed at the side it deals with: the country of a one-country crisis
    ("Washington would sanction any commander who broke the truce" in a story of Sudan's war),
    else the one of the two sides the article pairs it with ("Saudi Arabia and Qatar paid public
    sector salaries" in a story of Syria and Israel). Not allies acting with each other ("German
    and Lithuanian divers trained together", "the two leaders agreed to coordinate")."""
    mine = _codes(e.source)
    if not mine or mine & article.sides or "" in mine:
        return None
    if len(mine) > 1 and e.type in index.tables.vocab("reciprocal"):
        return None
    if len(article.sides) == 1:
        faced = next(iter(article.sides))
    else:
        votes = Counter({t: sum(article.partners[(s, t)] for s in mine) for t in article.sides})
        ranked = votes.most_common()
        if not ranked or ranked[0][1] == 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        faced = ranked[0][0]
    return latest_mention(faced, e.trigger.start, index)


def _third_party(e: Event, counterpart: Actor, index: EventIndex) -> Actor | None:
    """A party the sentence itself names, outside the event's clause, beats the article's
    counterpart when the sentence does not name the counterpart at all: the nearest one before
    the trigger that is neither the source nor the one reporting it."""
    sent = index.sentence_span(e.sentence)
    if sent is None:
        return None
    mine, reporter = _codes(e.source), e.attributed_to.start if e.attributed_to is not None else None
    named = [a for a in index.actors if sent[0] <= a.start < sent[1] and a.start != reporter
             and not _inside_place(a, index) and not in_quantity(a, index) and _party_mention(a, index)]
    if any(_code(a) == _code(counterpart) for a in named):
        return None
    others = [a for a in named if _code(a) not in mine and a.start < e.trigger.start]
    return others[-1] if others else None


def _party_mention(actor: Actor, index: EventIndex) -> bool:
    """A mention that names a party: a noun phrase of its own, or the modifier of people ("Filipino
    crew members", "Kenyan officers"), not of a thing ("the UN-administered trust fund")."""
    span = index.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ not in ("amod", "compound", "nmod", "npadvmod"):
        return True
    return has_word(root.head, index.tables.vocab_classes("animate_classes"))


def _between_sides(source: list[Actor], other: Actor | None, sides: frozenset[str]) -> bool:
    """The counterpart is a recipient only between the article's two principal sides: the source
    is one of them and the counterpart the other (or, in a story of one country's parties, that
    country). A third country's act has no addressee to infer."""
    if other is None or not sides:
        return False
    return _code(other) in sides


def _sentence_other(e: Event, index: EventIndex) -> Actor | None:
    """The nearest other coded actor of the event's own sentence, not its source nor the one
    reporting it ("[Moscow] expelled two diplomats, in a row with [Tallinn]")."""
    sent = index.sentence_span(e.sentence)
    if sent is None:
        return None
    mine = _codes(e.source)
    reporter = e.attributed_to.start if e.attributed_to is not None else None
    used = {a.start for a in e.source}
    trigger = index.doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if trigger is None:
        return None
    top = clause_verb(trigger.root)
    own = {t.i for a in e.source if (span := index.doc.char_span(a.start, a.end, alignment_mode="expand")) for t in span}
    found = [
        a for a in index.actors
        if sent[0] <= a.start < sent[1] and _code(a) not in mine and a.start not in used and a.start != reporter
        and _in_clause(a, top, index, own) and not _inside_place(a, index) and not in_quantity(a, index)
        and not _venue(a, e.type, index) and not reacts_to(a, trigger.root, index)
    ]
    return min(found, key=lambda a: abs(a.start - e.trigger.start)) if found else None


def _coordinated(actor: Actor, e: Event, index: EventIndex) -> list[Actor]:
    """The actor with those coordinated with it ("his [British and Iranian] counterparts")."""
    span = index.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return [actor]
    mine = _codes(e.source)
    group = [a for a in np_actors(span.root, index, deep=False) if _code(a) not in mine]
    return _unique_codes([actor, *group])


def _unique_codes(actors: list[Actor]) -> list[Actor]:
    seen: set[str] = set()
    return [a for a in actors if not (_code(a) in seen or seen.add(_code(a)))]


def _venue(actor: Actor, type_: str, index: EventIndex) -> bool:
    """'at a meeting in [Luxembourg]', 'a complaint at the [WTO]': where a meeting happens, or
    what a statement is made at, is no party of it ("at" except for attacks)."""
    span = index.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj":
        return False
    vocab = index.tables.vocab
    prep = span.root.head
    if prep.lower_ == "at":
        return type_ not in vocab("at_types")
    if type_ in vocab("forum_types") and prep.lower_ in vocab("forum_preps") and actor.kind == "igo":
        return True  # "lodged a complaint with the WTO": the forum, not the accused
    if prep.lower_ not in vocab("location_preps") or prep.lower_ in vocab("target_preps") or prep.lower_ == "from":
        return False
    # "a meeting in Luxembourg" is a venue; "a ceasefire in Lebanon", "a mission in Haiti" are not
    meetings = vocab("family:meeting")
    head = prep.head
    return any(e.type in meetings for w in (head.lemma_.lower(), head.lower_) for e in index.tables.entries("noun", w))


def _inside_place(actor: Actor, index: EventIndex) -> bool:
    """'the Gulf of [Oman]', 'the [Russian] border': a word of a longer place name is no party."""
    return any(p.start <= actor.start and actor.end <= p.end and (p.end - p.start) > (actor.end - actor.start)
               for p in index.places)


def _in_clause(actor: Actor, top: Token, index: EventIndex, own: set[int]) -> bool:
    """The actor hangs under the event's clause, not in a coordinated clause of its own
    ("…, and [Egypt] said it would send flour")."""
    span = index.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    # "Germany met [Poland] and signed a pact": the clause the event's verb is coordinated with
    # counts too, its subject excepted
    shared = top.head if top.dep_ == "conj" and top.head.pos_ in VERB_POS else None
    t = span.root
    for _ in range(20):
        if t == top:
            return True
        if t.i in own and t.i not in {x.i for x in span}:  # "China, [Pakistan]'s closest ally, called"
            return False
        if t.head == shared and t != top and t.dep_ not in ("nsubj", "nsubjpass", "conj", "cc", "punct"):
            return True
        if (t.pos_ in VERB_POS and t.dep_ in ("conj", "parataxis")) or t.dep_ == "agent":  # "talks [mediated by Qatar]"
            return False
        if _other_clause(t, top, index):
            return False
        if t.head == t:
            return False
        t = t.head
    return False


def _other_clause(t: Token, top: Token, index: EventIndex) -> bool:
    """A word through which an actor belongs to another clause or act than the event's: a
    subordinate verb ("…, [prompting] Japan's air force to scramble jets", "with Trump [hailing]
    it", "if Israel [restarted] its offensive"), or the "by" phrase of another act's noun ("after a
    visit to Minsk [by] a US envoy")."""
    vocab = index.tables.vocab
    if t.pos_ not in VERB_POS or t == top:  # "after a visit [by] X", not "a threat [by] X was condemned"
        return t.dep_ == "prep" and t.lower_ == "by" and t.head.dep_ == "pobj" and names_event(t.head, index)
    if t.dep_ == "advcl":  # not a purpose ("offered [to host] talks"), nor a condition, which names the other side
        return not any(ch.tag_ == "TO" or (ch.dep_ == "mark" and ch.lower_ in vocab("condition_marks")) for ch in t.children)
    return t.dep_ == "relcl" or (t.dep_ == "pcomp" and t.head.lower_ in vocab("absolute_preps"))


def _counterpart(side: list[Actor], at: int, salience: Counter, partners: Counter, index: EventIndex) -> tuple[Actor | None, str]:
    """(actor, how): the code the side is paired with in the article's dyads, else the most
    mentioned other actor, else the side's own country in a story about that one country."""
    mine = {_code(a) for a in side}
    if len(mine) != 1:
        return None, ""
    code = next(iter(mine))
    exclude = {a.start for a in side}
    home = index.tables.vocab("domestic_sectors") | index.tables.vocab("home_force_sectors")
    if all(a.sector in home for a in side):  # opposition, parties, civil society; police
        return latest_mention(code, at, index, exclude=exclude), "article counterpart (domestic actors)"
    paired = [(n, t) for (s, t), n in partners.items() if s == code]
    if paired:
        return latest_mention(max(paired)[1], at, index, exclude=exclude), "article counterpart"
    others = [(n, c) for c, n in salience.items() if c not in mine and c]
    total = sum(salience.values()) or 1
    if others and max(others)[0] >= 2 and max(others)[0] >= 0.5 * salience[code]:
        return latest_mention(max(others)[1], at, index), "article counterpart (most mentioned other)"
    if salience[code] >= 0.6 * total:
        return latest_mention(code, at, index, exclude={a.start for a in side}), "article counterpart (one-country story)"
    return None, ""


def fill_pairs(events: list[Event], cands: list[Candidate], index: EventIndex) -> list[Event]:
    """'the two sides agreed', 'urged both countries': the article's main pair of actors."""
    pair = _main_pair(events, index)
    if not pair:
        return events
    out = []
    for e, c in zip(events, cands):
        # "the two sides agreed", "the commanders of the two armies spoke", "the two armies spoke,
        # the Indian army said"
        if any(any(_names_pair(n, index) for n in _of_chain(t))
               for t in verb_subject(c.anchor, index) if c.anchor.pos_ in VERB_POS):
            e = e.model_copy(update={"source": pair, "rule": (e.rule or "") + "; source: the article's two sides"})
        elif not e.target and c.entry.pos == "verb":
            # "urged both countries", "called on both governments", "host talks between the two neighbours"
            objs = [direct_object(c.token)] + [g for p, g in preps(c.token) if p in index.tables.vocab("target_preps")]
            objs += [g for o in objs if o is not None for p, g in preps(o) if p == "between"]
            if any(obj is not None and _names_pair(obj, index) for obj in objs):
                mine = _codes(e.source)
                e = e.model_copy(update={"target": [a for a in pair if _code(a) not in mine] or pair,
                                         "rule": (e.rule or "") + "; target: the article's two sides"})
        if not e.target and e.source and _asks_restraint(c, index):
            # "China called for restraint", "urged calm": a call to hold back goes to the two sides
            parties = [a for a in pair if _code(a) not in _codes(e.source)]
            if len(parties) == 2:
                e = e.model_copy(update={"target": parties, "rule": (e.rule or "") + "; target: the article's two sides, asked to hold back"})
        if not e.target and e.source and e.mode == "third-party":  # "the truce, brokered by Qatar"
            mine = _codes(e.source)
            parties = [a for a in pair if _code(a) not in mine]
            if parties:
                e = e.model_copy(update={"target": parties, "rule": (e.rule or "") + "; target: the sides mediated between"})
        out.append(e)
    return out


def _of_chain(tok: Token) -> list[Token]:
    """A noun and the nouns of the "of" phrases inside it ("the directors general [of military
    operations [of the two armies]]")."""
    return [tok] + [t for t in tok.subtree if t.dep_ == "pobj" and t.head.lower_ == "of"]


def _names_pair(tok: Token | None, index: EventIndex) -> bool:
    if tok is None or index.actor(tok) is not None or not tok.lemma_.lower() in index.tables.classes.get("pair_nouns", frozenset()):
        return False
    pair_words = index.tables.vocab("pair_words")
    return any(c.lower_ in pair_words for c in tok.children if c.dep_ in ("nummod", "det", "predet", "amod", "quantmod"))


def _main_pair(events: list[Event], index: EventIndex) -> list[Actor]:
    """The article's two sides (event_pairs: counted from the dyads its sentences state), else its
    two most mentioned codes; one code when they are two parties of one country (civil war,
    domestic politics). Evidenced by their latest mentions."""
    codes = main_pair_codes(events, index)
    if not codes:
        codes = [c for c, _ in Counter(_code(a) for a in index.actors).most_common(2)]
        codes = codes if len(codes) == 2 else []
    mentions = [latest_mention(c, 10**9, index) for c in codes]
    return [m for m in mentions if m is not None]


def _asks_restraint(c: Candidate, index: EventIndex) -> bool:
    """A request whose object is restraint or calm (vocabulary.csv restraint_words), with no one named."""
    if c.type != "REQUEST" or c.token.pos_ not in VERB_POS:
        return False
    words = index.tables.vocab("restraint_words")
    objs = [direct_object(c.token)] + [g for p, g in preps(c.token) if p == "for"]
    return any(o is not None and has_word(o, words) for o in objs)
