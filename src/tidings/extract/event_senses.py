"""Words that name no act where they stand: a report of a game ("a relentless attack on the
batting line-up", "struck twice to seal a 3-0 win"), and prepositions of a date or time ("called
Erdogan [on] Sunday", "came under fire [over] the weekend"). Used by ``event_triggers``; the words
are sets of data/events/vocabulary.csv."""

from __future__ import annotations

import re

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex

_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")
_SCORE = re.compile(r"\b\d{1,2}\s?[-–]\s?\d{1,2}\s+([a-z]+)\b", re.IGNORECASE)  # "a 3-1 [win]"


def _has_score(text: str, index: EventIndex) -> bool:
    results = index.tables.vocab("score_results")
    return any(m.group(1).lower() in results for m in _SCORE.finditer(text))


def _has_phrase(lowered: str, phrases: frozenset[str]) -> bool:
    """A name of several words only sport copy uses ("the Champions League", "a pace attack")."""
    return any(re.search(rf"\b{re.escape(p)}\b", lowered) for p in phrases)


def in_game(type_: str | None, token: Token, index: EventIndex, games: dict[int, bool]) -> bool:
    """An attack, a meeting or a withdrawal (`sport_types`) in a sentence about a game: one with a
    word or a name only sport reports use (`sport_words`, `sport_phrases`) or a result ("a 3-0 win"). Only the sentences of
    matched triggers are read, once each (``games`` remembers them by first token)."""
    if type_ not in index.tables.vocab("sport_types"):
        return False
    start, end = index.sent_bounds[token.i]
    if start not in games:
        text = index.doc[start:end].text
        lowered = text.lower()
        words = set(_WORD.findall(lowered))  # "semi-final" whole, as the tokenizer does not keep it
        games[start] = (bool(words & index.tables.vocab("sport_words")) or _has_score(text, index)
                        or _has_phrase(lowered, index.tables.vocab("sport_phrases")))
    return games[start]


def date_preposition(word: Token) -> bool:
    """A preposition of a date ("called Erdogan [on] Sunday"): not the pattern's word."""
    objs = [c for c in word.children if c.dep_ == "pobj"]
    return word.dep_ == "prep" and bool(objs) and all(c.ent_type_ in ("DATE", "TIME") for c in objs)


def time_phrase(prep: Token, index: EventIndex) -> bool:
    """A preposition whose object is a date or time ("over the weekend", "for hours")."""
    return any(c.dep_ == "pobj" and only_time(c, index) for c in prep.children)


def only_time(token: Token, index: EventIndex) -> bool:
    """A date or time, not a place the model lumped into one ("[Kyiv overnight]" as TIME)."""
    return token.ent_type_ in ("DATE", "TIME") and index.place(token) is None and index.actor(token) is None


def habitual(type_: str | None, token: Token, index: EventIndex) -> bool:
    """A relative clause in the simple present that tells what someone does as a rule, not an act
    ("the UN agency that provides aid to Palestinian refugees", "Chinese refineries that buy
    Russian crude", "the body that coordinates aid deliveries"): no event for the material and
    cooperative acts of `habitual_types`; a denial or a charge stands ("charges that he denies")."""
    if type_ not in index.tables.vocab("habitual_types"):
        return False
    if token.dep_ in ("dobj", "compound") and token.head.dep_ in ("relcl", "dobj"):
        token = token.head if token.head.dep_ == "relcl" else token.head.head  # "that coordinates [aid deliveries]"
    if token.dep_ != "relcl" or token.tag_ not in ("VBZ", "VBP"):
        return False
    return not any(c.dep_ in ("aux", "auxpass", "neg") for c in token.children) and not any(
        t.ent_type_ in ("DATE", "TIME") for t in token.subtree)


def alleged_of_unnamed(token: Token, index: EventIndex) -> bool:
    """An act that unnamed people are accused or suspected of ("detained 23 people [suspected of]
    looting shops", "200 young men [accused of] collaborating with the army"): a charge against
    persons the text ties to no actor but a country's people ("40 men", "six people": kind group,
    vocabulary.csv unnamed_people_sectors), not an act of a political actor ("Sudanese and Emirati
    firms accused of supplying weapons", "Belarusian officials accused of torturing protesters"
    stay). The participles are vocabulary.csv alleging_participles."""
    if token.dep_ not in ("pcomp", "pobj") or token.head.lower_ not in ("of", "for"):
        return False
    verb = token.head.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in index.tables.vocab("alleging_participles"):
        return False
    accused = verb.head
    inside = {t.i for t in verb.subtree}
    actors = [a for t in accused.subtree if t.i not in inside and (a := index.actor(t)) is not None]
    return all(a.kind == "group" and a.sector in index.tables.vocab("unnamed_people_sectors") for a in actors)


def goal_of_act(verb: Token, own: str | None, typed: dict[int, str], tables) -> bool:
    """An infinitive of purpose that names a material act ("airlifted troops [to hunt down] the
    commanders", "set up a task force [to target] drug labs", "declared a truce [to allow] aid in")
    tells what an act is for, not an act done: no event for the types of `goal_types`. A purpose
    of speech is done by its act ("called Modi [to seek] help") and stays; so do the content of a
    threat ("threatened in a video to attack"), the answer an act prompts ("prompting Japan to
    scramble jets", parsed as a purpose: `prompt_verbs`) and the complement of a verb with no
    object ("committed to open corridors", parsed as a purpose too)."""
    if own not in tables.vocab("goal_types") or verb.dep_ != "advcl" or verb.head == verb:
        return False
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return False
    head = verb.head
    if head.lemma_.lower() in tables.vocab("prompt_verbs"):
        return False
    if not any(o.dep_ in ("dobj", "dative", "auxpass") for o in head.children):
        return False  # "committed to open corridors": a complement the parser took for a purpose
    return not any(typed.get(a.i) == "THREATEN" or a.lemma_.lower() == "threaten" for a in verb.ancestors)
