"""Forces sent to help another side are aid, not a show of force (ANNOTATION.md, Conventions of
2026-11-28, rule 4; CAMEO 072 "provide military aid", 074 "provide military protection or
peacekeeping").

A deployment (MOBILIZE) is AID aimed at the party it helps when its clause says so:
- a purpose clause with a verb of help ("sent 300 police officers [to help] Ecuador's
  government", "poured troops into South Kivu [to bolster] the Congolese army") or of fighting
  beside someone ("troops [to fight alongside] the rebels");
- the helped party's request or invitation ("at Honiara's request");
- an arrangement or agreement with that party ("under a security arrangement with the junta");
- a fight against armed groups as part of a mission ("to confront gangs", "the UN-backed
  mission said").
The helped party is the purpose verb's object (or the subject of its complement: "help [the
army] retake the town"), the "alongside" object, the requesting or contracting side, else the
country the forces go to when the object is that country's army or government. Help for the
source's own side or for an alliance ("to reinforce NATO patrols") stays MOBILIZE, and so do
deployments to exercises or to a border (one's own side of it). A promised dispatch becomes AGREE through the
planned-act remapping of AID like any promised aid.
"""

from __future__ import annotations

from spacy.tokens import Token

from dataclasses import dataclass

from tidings.extract.event_compose import Candidate
from tidings.extract.event_index import EventIndex, side_code
from tidings.extract.event_phrases import np_actors, place_actor
from tidings.extract.event_syntax import OBJECTS, direct_object, has_word, preps, subject
from tidings.models import Actor

__all__ = ["Help", "help_deployments"]


@dataclass(frozen=True)
class Help:
    helped: list[Actor]   # the party the forces help
    purpose: Token | None  # the purpose clause that tells it ("to help …"): part of the act, no event


def help_deployments(cands: list[Candidate], index: EventIndex) -> dict[int, Help]:
    """The deployments of the article that help another side, by trigger token."""
    found = {}
    for c in cands:
        if c.type == "MOBILIZE" and c.inner is None and (h := _help(c, index)) is not None:
            found[c.token.i] = h
    return found


def _help(c: Candidate, index: EventIndex) -> Help | None:
    """The party a deployment of forces helps, or None when the clause tells no help."""
    vocab = index.tables.vocab
    mine = _source_codes(c, index)
    heads = _clause_heads(c.token)
    arrivals = [g for h in heads for p, g in preps(h) if p in vocab("arrival_preps")]
    if any(has_word(g, vocab("border_nouns")) for g in arrivals):  # "sent troops to the U.S. border under a deal"
        return None
    for clause in (ch for h in heads for ch in h.children if _purpose(ch)):
        if has_word(clause, vocab("help_verbs")):
            found = _others(_helped_nouns(clause), index, mine) or _destination(c, clause, heads, index, mine)
        elif has_word(clause, vocab("combat_verbs")):
            beside = [g for p, g in preps(clause) if p in vocab("alongside_preps")]
            found = _others(beside, index, mine)
            if not beside and _mission_named(c.token, index):
                found = _destination(c, None, heads, index, mine)
        else:
            continue
        if found:
            return Help(found, clause)
    for p, g in (pg for h in heads for pg in preps(h)):
        if p == "at" and has_word(g, vocab("request_nouns")):  # "at Honiara's request", "at the request of Bamako"
            owners = [ch for ch in g.children if ch.dep_ == "poss"] + [o for q, o in preps(g) if q == "of"]
            if found := _others(owners, index, mine):
                return Help(found, None)
        if p == "under" and has_word(g, vocab("arrangement_nouns")):  # "under an arrangement with the junta"
            if found := _others([o for q, o in preps(g) if q == "with"], index, mine):
                return Help(found, None)
    return None


def _clause_heads(token: Token) -> list[Token]:
    """The trigger and, for a verb, its object ("sent troops [to help]" may hang on "troops")."""
    obj = direct_object(token) if token.pos_ in ("VERB", "AUX") else None
    return [token] + ([obj] if obj is not None else [])


def _purpose(clause: Token) -> bool:
    """An infinitive clause of purpose: "to help", "to bolster"."""
    if clause.dep_ not in ("advcl", "xcomp", "acl", "relcl"):
        return False
    return any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in clause.children)


def _helped_nouns(verb: Token) -> list[Token]:
    """"help [the army]", "help [Ecuador's government] fight gangs": the object, else the subject
    of the verb's complement clause."""
    found = [ch for ch in verb.children if ch.dep_ in OBJECTS]
    found += [s for ch in verb.children if ch.dep_ in ("ccomp", "xcomp") for s in [subject(ch)] if s is not None]
    return found + [d for n in found for d in _doers(n)]


def _doers(noun: Token) -> list[Token]:
    """"to support [a new offensive by M23 rebels]", "to back [the army's campaign]": help for an
    act is help for whoever does it, its owner or "by" phrase."""
    return [ch for ch in noun.children if ch.dep_ == "poss"] + [g for p, g in preps(noun) if p == "by"]


def _others(nouns: list[Token], index: EventIndex, mine: set[str]) -> list[Actor]:
    """Actors the nouns name (or the country of a place: "at Honiara's request"), other than the
    source's own side and alliances of several states."""
    found = [a for n in nouns for a in np_actors(n, index) or _place_side(n, index) if a.kind != "igo" and side_code(a) not in mine]
    return list({side_code(a): a for a in found}.values())


def _place_side(noun: Token, index: EventIndex) -> list[Actor]:
    place = index.place(noun)
    return [place_actor(place, index)] if place is not None and place.country else []


def _destination(c: Candidate, clause: Token | None, heads: list[Token], index: EventIndex, mine: set[str]) -> list[Actor]:
    """The country the forces go to, when the help goes to its army or government ("arrived in
    Mali's Mopti region to reinforce [the army]") or the clause names no helped party at all."""
    if clause is not None and not any(has_word(n, index.tables.vocab("helped_heads")) for n in _helped_nouns(clause)):
        return []
    for p, g in (pg for h in heads for pg in preps(h)):
        if p not in index.tables.vocab("arrival_preps"):
            continue
        place = index.place(g)
        if place is None:  # "into eastern Congo's South Kivu province": the owner names the country
            place = next((index.place(ch) for ch in g.children if ch.dep_ == "poss" and index.place(ch)), None)
        if place is not None and place.country and place.country not in mine:
            return [place_actor(place, index)]
    return []


def _mission_named(token: Token, index: EventIndex) -> bool:
    """The sentence names a mission or peacekeeping force ("the U.N.-backed mission said")."""
    return any(has_word(t, index.tables.vocab("mission_nouns")) for t in index.sent(token))


def _source_codes(c: Candidate, index: EventIndex) -> set[str]:
    """Codes of the forces' own side: the verb's subject ("Hundreds of troops [from Russia]"), or
    the owner and "of" phrase of a deployment noun ("the deployment of [Kenyan] police")."""
    if c.token.pos_ in ("VERB", "AUX"):
        words = [s for s in [subject(c.token)] if s is not None]
    else:
        words = [ch for ch in c.token.children if ch.dep_ == "poss"]
        words += [g for p, g in preps(c.token) if p == "of"]
    words += [g for w in list(words) for p, g in preps(w) if p in ("from", "of")]
    return {side_code(a) for w in words for a in np_actors(w, index)}
