"""Trigger detection: which tokens name an event, by lexicon row (data/events/triggers.csv)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex
from tidings.extract.event_labels import restated_judgement
from tidings.extract.event_nouns import (
    bare_gerund,
    class_of_acts,
    counted_acts,
    generic_subject,
    mentioned_before,
    modifier_only,
    orphan_time_anchor,
    re_mention_site,
    rehearsed,
    toll_of_situation,
    weapon_capability,
)
from tidings.extract.event_parse_repairs import clause_mark, headline_verb, of_gerund, of_predicate, predicate_words
from tidings.extract.event_same_act import same_act
from tidings.extract.event_senses import alleged_of_unnamed, date_preposition, habitual, in_game, only_time, time_phrase
from tidings.extract.event_trigger_roles import noun_subjects, objects, subjects, through_quantifier
from tidings.extract.event_syntax import (
    MODIFIERS,
    NOUN_POS,
    direct_object,
    forms,
    governor,
    has_word,
    preps,
)
from tidings.ontology.events import Constraint, EventTables, TriggerEntry


# the note of a judged act named only by a reaction's object ("Tehran denied the charge")
JUDGED_ACT = "an act told elsewhere, judged"

# hyphens the tokenizer splits a compound at ("build-up")
_HYPHENS = frozenset({"-", "‑"})


@dataclass(frozen=True)
class TriggerMatch:
    token: Token
    entry: TriggerEntry | None    # the row whose constraints hold: the event the word names
    wrapper: TriggerEntry | None  # the row saying how the word wraps a complement, if any
    start: int                    # token range of the trigger words ("called on")
    end: int
    note: str | None = None       # how the row was chosen, when not by its own constraints
    refers: int | None = None     # the earlier trigger a re-mention names


def find_triggers(index: EventIndex) -> list[TriggerMatch]:
    """Every token whose lemma opens a lexicon row whose pattern and constraints hold."""
    out = []
    tables = index.tables
    seen: dict[str, int] = {}  # event noun lemma -> start of the sentence that first names it
    sports: dict[int, bool] = {}  # sentence start -> whether the sentence tells a game
    agent_heads = index.tables.classes.get("agent_heads", frozenset())
    for token in index.doc:
        pos = _pos(token, tables)
        if pos is None or not _has_rows(token, pos, tables) or index.names_something(token):
            continue
        if token.dep_ in ("compound", "amod") and has_word(token.head, agent_heads):  # "riot police", "a hacking group"
            continue
        if pos == "verb" and token.dep_ == "amod" and token.tag_ != "VBD":  # "the detained leader", not "test-fired"
            continue
        if pos == "noun" and modifier_only(token, index):  # "attack drones", "relief supplies"
            continue
        if pos == "noun" and orphan_time_anchor(token, index, out):  # "after the attack", told nowhere
            continue
        if pos == "noun" and token.dep_ == "pobj" and token.head.lower_ in tables.vocab("privative_preps"):
            continue  # "held without charge": the act did not happen
        if pos == "noun" and generic_subject(token, tables):  # "Sanctions rarely work"
            continue
        if pos == "noun" and rehearsed(token, tables):  # "drills simulating a blockade"
            continue
        if pos == "verb" and toll_of_situation(token, tables):  # "the war has killed 150,000 people"
            continue
        if pos == "verb" and weapon_capability(token, tables):  # "missiles, which can strike targets 500 km away"
            continue
        if class_of_acts(token, tables) or counted_acts(token, tables):  # "every one of these exercises", "a surge in killings"
            continue
        nominal = tables.entries("noun", token.lower_)
        if (pos == "verb" and not (nominal and of_gerund(token)) or not nominal) and bare_gerund(token):
            continue  # "it has to be built on talking"; not an event noun of its own ("Fighting raged")
        if pos == "noun" and mentioned_before(token, index, seen):  # "The sanctions hit an economy…"
            continue
        match = _match_token(token, pos, index)
        if match is None and pos == "verb" and (token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") or of_gerund(token)):
            match = _match_token(token, "noun", index)  # gerunds: "Fighting raged", "after four days of fighting"
        if pos == "noun" and re_mention_site(token, index):
            match = _re_mention(token, match, out, index) or match
        kind = match.entry.type if match is not None and match.entry is not None else None
        if restated_judgement(token, kind, {m.token.i: m.entry.type for m in out if m.entry is not None}, index):
            continue  # "denounced [what it called] unprovoked firing": the denunciation said again
        if match is not None and not (in_game(kind, token, index, sports) or habitual(kind, token, index)
                                      or alleged_of_unnamed(token, index)):
            out.append(_on_amount(match))
    return same_act(out, index)


def _noun_only(token: Token, tables: EventTables) -> bool:
    """A word the lexicon knows only as a noun, tagged a verb as the complement of a verb it
    knows ("India, Pakistan agree to [ceasefire]" in a headline): it is read as the noun."""
    words = (*hyphened(token), *forms(token))
    if token.head == token or not any(tables.entries("verb", f) for f in forms(token.head)):
        return False
    return not any(tables.entries("verb", f) for f in words) and any(tables.entries("noun", f) for f in words)


def _compound_noun(token: Token, tables: EventTables) -> bool:
    """The end of a hyphenated compound the lexicon knows only as a noun ("counter-offensive",
    "walk-out"), whatever the tagger made of the last part."""
    whole = hyphened(token)
    return any(tables.entries("noun", f) for f in whole) and not any(tables.entries("verb", f) for f in whole)


def _has_rows(token: Token, pos: str, tables: EventTables) -> bool:
    """Whether any lexicon row could name the token: one of its own part of speech, or a noun row
    (a gerund "Fighting raged", a re-mention). The filters below run only on such tokens."""
    return any(tables.entries(p, f) for f in (*hyphened(token), *forms(token)) for p in {pos, "noun"})


def hyphened(token: Token) -> tuple[str, ...]:
    """The forms of a word that ends a hyphenated compound the tokenizer split ("build-up",
    "sit-in", "pull-out"): the lexicon names the whole compound."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text not in _HYPHENS or doc[token.i - 1].whitespace_ or doc[token.i - 2].whitespace_:
        return ()
    prefix = doc[token.i - 2].lower_
    return tuple(f"{prefix}-{f}" for f in forms(token))


def _re_mention(noun: Token, match: TriggerMatch | None, told: list[TriggerMatch], index: EventIndex) -> TriggerMatch | None:
    """A definite subject noun names the latest event of an earlier sentence that one of its rows
    can name, even when its own arguments (which the row's constraints ask for) are told there:
    "Trump spoke with Xi. The call lasted 90 minutes" (CONSULT), "India and France held joint
    exercises. The exercises ended on Sunday" (COOPERATE, as before). Its participants are the
    earlier event's (event_resume); its status is its own clause's."""
    particles = index.tables.vocab("particles")
    rows = [r for f in forms(noun) for r in index.tables.entries("noun", f)
            if r.type and r.weight > 0 and _pattern_tokens(noun, r, particles) is not None]
    if not rows or (match is not None and match.entry is not None and match.entry.type is None):
        return None
    start = index.sent_bounds[noun.i][0]
    earlier = [m for m in told if m.entry is not None and m.entry.type and m.token.i < start]
    lemma = noun.lemma_.lower()
    same = [m for m in earlier if m.token.lemma_.lower() == lemma]
    for m in reversed(same or earlier):
        row = next((r for r in rows if r.type == m.entry.type), None)
        if row is None:
            continue
        if match is not None and match.entry is not None and (match.entry.type == row.type or not same):
            return None  # its own row already names it
        wrapper = match.wrapper if match is not None else None
        return TriggerMatch(noun, row, wrapper, noun.i, noun.i + 1, note=f"re-mention of '{m.token.text}'", refers=m.token.i)
    if (match is None or match.entry is None) and _judged_object(noun, index):  # "officials dismissed [the warning]"
        wrapper = match.wrapper if match is not None else None
        return TriggerMatch(noun, _row_of_told(rows, told, noun), wrapper, noun.i, noun.i + 1, note=JUDGED_ACT)
    return None


def _row_of_told(rows: list[TriggerEntry], told: list[TriggerMatch], noun: Token) -> TriggerEntry:
    """The row of a judged noun that names the latest act told before it, else its first row:
    "Lithuania closed its border crossings, and Minsk called [the closure] a hybrid attack" is
    the closing of the crossings (COERCE), not of an embassy (SANCTION)."""
    for m in reversed([m for m in told if m.entry is not None and m.entry.type and m.token.i < noun.i]):
        if (row := next((r for r in rows if r.type == m.entry.type), None)) is not None:
            return row
    return rows[0]


def _judged_object(noun: Token, index: EventIndex) -> bool:
    """The definite object of a reaction ("rejected the criticism", "denied the charge") names
    an act even when the article has not told it as an event (examples/ANNOTATION.md, Q2)."""
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return False
    reactions = index.tables.vocab("reaction_types")
    return any(r.type in reactions for f in forms(noun.head) for r in index.tables.entries("verb", f))


def _on_amount(match: TriggerMatch) -> TriggerMatch:
    """'pledged $50 million in aid': the amount is the verb's object, so the event noun acts
    from there (one event with the verb, not a second one)."""
    noun = match.token
    if match.entry is None or match.entry.pos != "noun" or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return match
    amount = noun.head.head
    while amount.dep_ in ("nummod", "compound", "quantmod") and amount.head != amount:
        amount = amount.head
    counted = any(c.dep_ == "nummod" for c in amount.children)  # "300 million euros"
    if not (counted or amount.like_num or amount.pos_ == "NUM" or amount.tag_ == "$" or amount.ent_type_ == "MONEY"):
        return match
    return TriggerMatch(amount, match.entry, match.wrapper, match.start, match.end)


def _pos(token: Token, tables: EventTables) -> str | None:
    if token.pos_ not in NOUN_POS and _compound_noun(token, tables):
        return "noun"  # "launched a counter-[offensive]": the small model tags the compound's end an adjective
    if token.pos_ == "VERB" and _noun_only(token, tables):
        return "noun"  # "India, Pakistan agree to [ceasefire]": a headline's noun tagged a verb
    if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass")):
        return "verb"
    if token.pos_ == "ADJ" and (token.tag_ == "VBN" or any(c.dep_ in ("xcomp", "prep") for c in token.children)):
        if token.tag_ == "VBN" or tables.entries("verb", token.lemma_.lower()):
            return "verb"  # "would be frozen", "ready to host", "ready for talks"
    if token.pos_ in NOUN_POS and token.dep_ == "relcl" and token.tag_ in ("NNS", "NN"):
        return "verb"  # "a charge Tehran [rejects]": the small model tags the clause's verb a noun
    if headline_verb(token, tables):
        return "verb"  # "Protesters [storm] parliament in Kathmandu": a headline's verb tagged a noun
    if token.pos_ in NOUN_POS:
        return "noun"
    return None


def _match_token(token: Token, pos: str, index: EventIndex) -> TriggerMatch | None:
    tables = index.tables
    joined = next((r for f in hyphened(token) if (r := tables.entries(pos, f))), ())
    rows = joined or next((r for f in forms(token) if (r := tables.entries(pos, f))), ())
    if not rows:
        return None
    entry = wrapper = None
    extra_tokens: list[Token] = []
    fallback = None
    particles = tables.vocab("particles")
    own = {c.lower_ for c in token.children if c.dep_ == "prt"}
    # a phrasal verb is another verb: its rows come first ("handed over its weapons"), and "called
    # up reservists on Sunday" is no "call on"
    rows = sorted(rows, key=lambda r: not own & set(r.extra)) if own else rows
    for row in rows:
        found = _pattern_tokens(token, row, particles)
        if found is None or (own and row.extra and not own & set(row.extra)):
            continue
        holds = all(_holds(c, token, row, index) for c in row.constraints)
        # a phrasal verb is another verb: "set up a hospital" wraps nothing as "set to" does
        wraps = row.wraps and not (own and not own & set(row.extra))
        if wraps and fallback is None:
            fallback = row
        if wraps and wrapper is None and holds:
            wrapper = row  # the first wrapper row whose constraints hold, else the first one
        if entry is None and row.type and holds:
            entry, extra_tokens = row, found
    wrapper = wrapper or fallback
    if entry is not None and entry.weight < 0:  # a sense that names no act ("fight corruption"), nor wraps one
        wrapper = None if wrapper is not None and wrapper.pattern == entry.pattern else wrapper
        entry = None
    if entry is None and wrapper is None:
        return None
    adjacent = [t.i for t in extra_tokens if abs(t.i - token.i) <= 2] + ([token.i - 2] if joined else [])
    return TriggerMatch(token, entry, wrapper, min([token.i, *adjacent]), max([token.i, *adjacent]) + 1)


def _pattern_tokens(token: Token, row: TriggerEntry, particles: frozenset[str]) -> list[Token] | None:
    """The tokens matching the row's further pattern words (a verb's first one its child, the others
    children or grandchildren). A verb's
    particle ("take over", "give in") is its own: a particle or the word right after it, not a
    preposition of a later phrase ("took India to court [over] the treaty")."""
    found = []
    for n, word in enumerate(row.extra):
        if n == 0 and row.pos == "verb":  # the verb's own word: "called the accusations [a smokescreen for …]" is no "call for"
            hit = next((c for c in token.children if has_word(c, frozenset({word})) and not date_preposition(c)
                        and not of_predicate(c, token)
                        and not _infinitive_mark(c)), None) or clause_mark(token, word)
        else:
            hit = _near(token, frozenset({word}))
        if hit is None or date_preposition(hit):  # "called Erdogan [on] Sunday" is no "call on"
            return None
        if n == 0 and row.pos == "verb" and word in particles and not _particle(hit, token):
            return None
        found.append(hit)
    return found


def _infinitive_mark(word: Token) -> bool:
    """The "to" of the verb's own infinitive ("wants [to] take power in the street"), which is no
    preposition of a pattern ("take to the streets")."""
    return word.dep_ == "aux" and word.tag_ == "TO"


def _particle(word: Token, verb: Token) -> bool:
    return word.head == verb and (word.dep_ in ("prt", "advmod") or word.i == verb.i + 1 or _after_object(word, verb))


def _after_object(word: Token, verb: Token) -> bool:
    """A particle parted from its verb by the object, parsed as a preposition that holds no noun of
    its own ("drove the rebels [out] of the town"), unlike the start of a later phrase ("took India
    to court [over] the treaty")."""
    obj = direct_object(verb)
    return (obj is not None and word.i == obj.right_edge.i + 1
            and not any(c.dep_ == "pobj" for c in word.children))


def _near(token: Token, wanted: frozenset[str]) -> Token | None:
    for c in token.children:
        if has_word(c, wanted):
            return c
        for g in c.children:
            if has_word(g, wanted):
                return g
    return None


def _holds(c: Constraint, token: Token, row: TriggerEntry, index: EventIndex) -> bool:
    if c.key == "inverse":  # a flag, not a condition: "received jets from Denmark"
        return True
    if c.key == "noobj":
        return direct_object(token) is None
    if c.key == "noxcomp":
        return not any(ch.dep_ in ("xcomp", "ccomp", "oprd") for ch in token.children)
    if c.key == "child":
        return _near(token, c.words) is not None
    if c.key == "phrase":  # "came under fire from rights groups [over] a media law": any depth, not a time
        return any(has_word(t, c.words) and not time_phrase(t, index) for t in token.subtree if t != token)
    if c.key == "dep":
        return any(ch.dep_ in c.words for ch in token.children)
    if c.key == "noprep":  # dates do not count: "fired a missile on Thursday"
        direct = direct_object(token) if row.pos == "verb" else None  # "a barrage of rockets [at] Israel"
        heads = [token] + objects(token, row, index.tables) + ([direct] if direct is not None else [])
        return not any(p in c.words and not only_time(g, index) for h in heads for p, g in preps(h))
    found = _candidates(c.key, token, row, index.tables)
    # "returned [them]", "[it] was shelled": a pronoun is read as the phrase it stands for
    hit = any(_fits(c, t, index) or ((a := index.antecedent(t)) is not None and _fits(c, a, index)) for t in found)
    return not hit if c.negate else hit


def _held(noun: Token, tables: EventTables) -> bool:
    """People a relative or participle clause says are held: "released 12 gendarmes [it had
    detained since May]", "a filmmaker [who had been detained in July]", "seafarers [held since
    2023]" (vocabulary.csv detention_verbs)."""
    detaining = tables.vocab("detention_verbs")
    return any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in detaining for c in noun.children)


def _candidates(key: str, token: Token, row: TriggerEntry, tables: EventTables) -> list[Token]:
    if key == "obj":
        return objects(token, row, tables)
    if key == "subj":
        return subjects(token, row, tables) if row.pos == "verb" else noun_subjects(token)
    if key == "mod":  # "joint military drills": modifiers of modifiers count
        mods = [c for c in token.children if c.dep_ in MODIFIERS]
        return mods + [g for m in mods for g in m.children if g.dep_ in ("amod", "compound", "advmod")]
    if key == "xcomp":
        return [g for c in token.children if c.dep_ == "xcomp" for g in c.subtree]
    if key == "pred":  # "called the deal [a gimmick]", "called that intercept [unsafe]", "described it [as illegal]"
        return predicate_words(token)
    if key == "cargo":  # "a convoy [carrying medicine] reached El Fasher", "flew two planes [carrying supplies]"
        carriers = subjects(token, row, tables) + objects(token, row, tables) if row.pos == "verb" else [token]
        cargo_verbs = tables.vocab("cargo_verbs")
        # "a ship carrying 3,000 tonnes of flour": the measure's "of" phrase names the cargo
        return [through_quantifier(o, tables) for s in carriers for a in s.children if a.dep_ == "acl" and has_word(a, cargo_verbs)
                for o in a.children if o.dep_ == "dobj"]
    if key == "gov":
        gov = governor(token) if row.pos == "noun" else (token.head if token.head != token else None)
        return [gov] if gov is not None else []
    found = [g for p, g in preps(token) if p == key]
    if row.pos == "verb":  # the parser hangs "of their citizenship", "to WhatsApp" on the verb or its object
        found += [g for o in objects(token, row, tables) for p, g in preps(o) if p == key]
    return found


def _fits(c: Constraint, token: Token, index: EventIndex) -> bool:
    if c.actor and index.is_actor(token):
        return True
    if c.igo and (actor := index.actor(token)) is not None and actor.kind == "igo":
        return True
    if c.place and index.place(token) is not None:
        return True
    if c.held and _held(token, index.tables):
        return True
    if has_word(token, c.words):
        return True
    # "the export controls": a compound modifier may carry the word ("tariff threats")
    return any(has_word(m, c.words) for m in token.children if m.dep_ == "compound")
