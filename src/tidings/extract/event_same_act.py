"""One act said twice is one event: an event noun that only restates the act of a verb or noun
near it is dropped (the sets it uses are in data/events/vocabulary.csv)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex
from tidings.extract.event_nouns import denied_part
from tidings.extract.event_senses import goal_of_act
from tidings.extract.event_syntax import direct_object, has_subject, has_word, within
from tidings.ontology.events import EventTables, TriggerEntry

if TYPE_CHECKING:
    from tidings.extract.event_triggers import TriggerMatch


def same_act(matches: list[TriggerMatch], index: EventIndex) -> list[TriggerMatch]:
    """Drop an event noun that only restates the verb's act: its object of the same type
    ("convene a meeting"), the state it puts someone in ("placed under house arrest"), the setting
    of a material conflict ("arrested in a raid", "killed in an ambush"), the purpose of an act of
    its type ("arrived in Canberra for a visit"), and a purpose clause "to protest" under a protest
    ("blocked a road to protest"). The prepositions and types are sets of vocabulary.csv."""
    tables = index.tables
    typed = {m.token.i: m.entry.type for m in matches if m.entry is not None and m.entry.type and m.entry.weight > 0}
    undone = {m.token.i for m in matches if m.entry is not None and m.entry.type in tables.vocab("undoing")}
    lifted = {m.token.i for m in matches if m.entry is not None and m.entry.type in tables.vocab("lifting")}
    setting, same_preps = tables.vocab("setting_types"), tables.vocab("same_act_preps")
    protests = tables.vocab("protest_types")
    entries = {m.token.i: m.entry for m in matches if m.entry is not None and m.entry.type and m.entry.weight > 0}
    keep = []
    for m in matches:
        t, own = m.token, (m.entry.type if m.entry is not None else None)
        if own and m.entry.pos == "noun" and hosted_by(t, index) is not None:
            keep.append(m)  # "Turkey hosted talks between Russian and Ukrainian delegations": the talks are theirs
            continue
        if own and m.entry.pos == "noun" and t.dep_ == "dobj" and typed.get(t.head.i) == own and not own_act_object(t, t.head, own, own, index):
            continue
        if own and t.dep_ == "pobj" and t.head.lower_ in tables.vocab("undone_preps") and t.head.head.i in undone:
            continue  # "the lifting of the sanctions", "a pause in fighting": no event of its own
        site = _partitive_site(t, tables)  # "in [one of the deadliest attacks]": the phrase stands where "one" does
        if own and m.entry.pos == "noun" and site.dep_ == "pobj":
            prep, verb_type = site.head.lower_, typed.get(phrase_owner(site.head, typed).i)
            if verb_type == own and prep in same_preps:  # "arrived in Canberra for a visit"
                continue
            if verb_type in setting and own in setting and prep in tables.vocab("setting_preps"):
                continue
        if own and has_word(t, tables.vocab("protest_verbs")) and t.dep_ in ("advcl", "xcomp") and typed.get(t.head.i) in protests:
            continue  # "blocked a road to protest"
        if own in protests and m.entry.pos == "noun" and _motive_of_act(t, typed, tables):
            continue  # "recalled its ambassador [in protest]": why that act was done, no protest of its own
        if own and m.entry.pattern in tables.vocab("yielding_patterns") and _yield_told_by(t, typed, tables):
            continue  # "[bowed] to pressure from farmers and repealed the law": the repeal is the concession
        if own and _purpose_of_same(t, own, typed):  # "held a phone call to [discuss] the war"
            continue
        if goal_of_act(t, own, typed, tables):  # "airlifted troops [to hunt down] the commanders"
            continue
        if own and t.dep_ == "pcomp" and t.head.lower_ in tables.vocab("gerund_same_preps") and typed.get(t.head.head.i) == own:
            continue  # "killed 13 police officers by [downing] a helicopter", "thanked Tokyo for [standing by] it"
        if own and m.entry.pos == "noun" and _object_of_same(t, own, typed, tables):  # "host a round of [talks]"
            continue
        if own and m.entry.pos == "noun" and _ranked_again(t, own, typed, index):  # "…, in one of the deadliest attacks"
            continue
        if own and m.entry.pos == "noun" and _latest_of_series(t, own, typed, index):  # "in the latest of a string of attacks"
            continue
        if own and m.entry.pos == "noun" and (_apposition_of_same(t, own, typed) or _apposition_of_same(site, own, typed, site is not t and quantifier(site, index))):
            continue  # "accused X of Y, [an allegation] Z denies", "took delivery of tanks, part of an arms [purchase]"
        if own in tables.vocab("restating_types") and _elaborating(t, own, typed):  # "called for a truce, [urging] …"
            continue
        if own in protests and m.entry.pos == "noun" and _venue_of_speech(t, typed, tables):
            continue  # "Trump accused Germany [at a rally] in Ohio"
        if own and _plea_reason(t, typed, index):  # "asked the AU to keep its troops, [warning] that al Shabaab could …"
            continue
        if own and m.entry.pos == "noun" and _label(t, tables):  # "called the closure a 'hybrid [attack]'"
            continue
        if own and _held_until_release(t, m.entry, entries, tables):  # "freed a British couple [held] for eight months"
            continue
        if own and _theme_again(t, m.entry, entries, index):  # "released 64 soldiers and [handed them over]"
            continue
        if own and _lifted(t, lifted) and not own_act_object(t, t.head, own, typed.get(t.head.i), index):
            continue  # "promised to lift its [ban]"
        keep.append(m)
    return keep


def _ranked_again(noun: Token, own: str, typed: dict[int, str], index: EventIndex) -> bool:
    """A superlative that ranks an act its sentence has told ("shelled Kharkiv, killing nine, the
    governor said, in one of the deadliest attacks this year", "the largest delivery since March")
    names that act again."""
    if not any(c.dep_ == "amod" and c.tag_ == "JJS" for c in noun.children):
        return False
    if noun.dep_ == "dobj" and any(c.dep_ == "nsubj" for c in noun.head.children):
        return False  # "days after NATO opened [its largest exercise]": an act of its own clause
    start = index.sent_bounds[noun.i][0]
    return any(typed.get(i) == own for i in range(start, noun.i))


def _latest_of_series(noun: Token, own: str, typed: dict[int, str], index: EventIndex) -> bool:
    """'hit a refinery …, in the latest of a string of attacks', 'landed in Damascus, the latest in
    a series of deliveries': the act its sentence told, ranked in a series of its type, not a new one
    ('detained three mayors, the latest in a series of investigations' names another act)."""
    tables = index.tables
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or noun.head.head == noun.head:
        return False
    part = noun.head.head
    if part.lemma_.lower() not in tables.vocab("series_nouns") or part.dep_ != "pobj" or part.head.lower_ not in ("of", "in"):
        return False
    rank = part.head.head
    if not (rank.tag_ == "JJS" or rank.lower_ in tables.vocab("rank_words")):
        return False
    start = index.sent_bounds[noun.i][0]
    return any(typed.get(i) == own for i in range(start, noun.i))


def partitive_head(noun: Token) -> Token | None:
    """'[one] of the deadliest attacks', '[the first tranche] of a rescue package': the word an
    "of" phrase holding the noun hangs from."""
    head = noun.head
    return head.head if noun.dep_ == "pobj" and head.lower_ == "of" and head.head != head else None


def quantifier(tok: Token, index: EventIndex) -> bool:
    """A word of quantity or part (vocabulary.csv ``quantifiers``: "part", "some", "tranche")."""
    words = index.tables.vocab("quantifiers")
    return tok.lemma_.lower() in words or tok.lower_ in words


def _partitive_site(noun: Token, tables: EventTables) -> Token:
    """'one of the deadliest attacks', 'another of the raids', 'part of an arms purchase', 'three
    hours of talks': the word the phrase hangs from (a number, a word of vocabulary.csv
    ``partitive_words``, or a span of time counted by a number, ``duration_nouns``)."""
    part = partitive_head(noun)
    if part is None:
        return noun
    if part.pos_ == "NUM" or part.lower_ in tables.vocab("partitive_words"):
        return part
    if part.lemma_.lower() in tables.vocab("duration_nouns") and any(c.dep_ == "nummod" for c in part.children):
        return part
    return noun


def phrase_owner(prep: Token, typed: dict[int, str]) -> Token:
    """What a phrase of setting or purpose says more about: the parser may hang it on a noun of the
    act's own object or place ("detained three mayors from the opposition [in dawn raids]", "to
    discuss the move [at their meeting]") or on a participle that only adds a result ("fired
    missiles at a tanker, setting it ablaze, [in their first attack]"); the act is then the verb
    above. A word that names an act of its own stops the climb, and so does a bare noun of an
    idiom that relates two acts ("freed ten hostages in exchange [for] the release of prisoners",
    "in response [to] the drills")."""
    t = prep.head
    for _ in range(6):
        if typed.get(t.i) is not None or t.head == t or _bare_idiom_noun(t):
            return t
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "pobj", "appos", "conj", "nsubjpass"):
            t = t.head
        elif t.pos_ == "ADP" and t.dep_ == "prep":
            t = t.head
        elif t.tag_ == "VBG" and t.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "mark") for c in t.children):
            t = t.head
        else:
            return t
    return t


def _bare_idiom_noun(noun: Token) -> bool:
    """'in [exchange] for', 'in [response] to', 'in [return] for': a singular common noun after a
    preposition with no article, possessive, number or adjective."""
    return (noun.dep_ == "pobj" and noun.tag_ == "NN"
            and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in noun.children))


def _apposition_of_same(noun: Token, own: str, typed: dict[int, str], quantified: bool = False) -> bool:
    """A noun set beside a clause or object to name its act again ("accused Paris of funding
    militants, [an allegation] France rejects", "delivered 1,800 tonnes, [the largest delivery]
    since March"): the act of that clause, not a second one (examples/ANNOTATION.md, Q2); a
    ``quantified`` one (a word of vocabulary.csv quantifiers) also when only set off by a comma."""
    set_off = quantified and noun.i > 0 and noun.doc[noun.i - 1].text == ","  # ", part of an arms purchase"
    if (noun.dep_ not in ("appos", "npadvmod") and not set_off) or noun.head == noun:
        return False
    t = noun.head  # the parser may hang it on the clause's last noun ("of funding [groups], an allegation")
    for _ in range(8):
        if typed.get(t.i) == own:
            return True
        if t.head == t or (t.pos_ in ("VERB", "AUX") and not _gerund_content(t)):
            return False
        t = t.head
    return False


def _gerund_content(verb: Token) -> bool:
    """'accused Paris of [funding] groups along the border with Mali, an allegation …': a gerund
    after a preposition is the content of the act above it, which the apposition may name."""
    return verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.pos_ == "ADP"


def _elaborating(verb: Token, own: str, typed: dict[int, str]) -> bool:
    """A participle after a comma that says again what its clause did ("called for a Christmas
    truce, [urging] Moscow and Kyiv to silence their weapons", "adopted new sanctions,
    [targeting] shadow fleet tankers"): the same act, of the same type."""
    if not restating_participle(verb):
        return False
    head = verb.head
    return typed.get(head.i) == own or any(typed.get(o.i) == own for o in head.subtree if o.dep_ in ("dobj", "pobj") and o.i < verb.i)


def _venue_of_speech(noun: Token, typed: dict[int, str], tables: EventTables) -> bool:
    """'At a rally in Ohio, Trump accused Germany of …', 'praised Budapest's migration policy at a
    joint rally': a gathering named as where a speaker's words were said (vocabulary.csv
    venue_preps, speech_types) is the speaker's meeting, no protest of its own; 'detained 27 people
    at a rally', 'fired tear gas at a rally' act on the protest and keep it."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in tables.vocab("venue_preps"):
        return False
    return typed.get(phrase_owner(noun.head, typed).i) in tables.vocab("speech_types")


def _motive_of_act(noun: Token, typed: dict[int, str], tables: EventTables) -> bool:
    """'Manila summoned China's ambassador [in protest]', 'recalled its envoy [in protest] at the
    arrests': the bare idiom tells why a diplomatic act (vocabulary.csv protest_motive_types) was
    done, no protest of its own (wire README, batch c). A protest by other means ('unions shut
    down ports in protest', 'drove tractors into the capital in protest') keeps the protest."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in" or not has_word(noun, tables.vocab("protest_verbs")):
        return False
    return _bare_idiom_noun(noun) and typed.get(phrase_owner(noun.head, typed).i) in tables.vocab("protest_motive_types")


def _yield_told_by(verb: Token, typed: dict[int, str], tables: EventTables) -> bool:
    """A generic yielding coordinated with the concession its subject made ("Congress [bowed] to
    pressure and repealed the law", "the junta [gave in] to the demands and agreed to hold
    elections"): that concession, told once. Alone ("would not bow to pressure"), or beside an act
    of another subject ("bowed to pressure, and the army withdrew"), it is its own act."""
    yielded = tables.vocab("yielded_types")
    if verb.dep_ == "conj" and typed.get(verb.head.i) in yielded:
        return True  # "released the activists and [bowed] to pressure"
    return any(c.dep_ == "conj" and typed.get(c.i) in yielded and not has_subject(c) for c in verb.children)


def _plea_reason(verb: Token, typed: dict[int, str], index: EventIndex) -> bool:
    """A warning participle after a comma under a request ("asked the AU to keep 4,000 troops,
    [warning] that al Shabaab could retake the outskirts", "argued for softer wording, [warning]
    that criticism would push the junta toward China") gives the reason for the plea: what a third
    party or a situation would do, no threat of the asker's. A warning of what the asker or the
    one asked would do or undergo ("urged Kyiv to withdraw, warning that it would act") stays."""
    tables = index.tables
    if verb.lemma_.lower() not in tables.vocab("warning_verbs") or not restating_participle(verb):
        return False
    if typed.get(verb.head.i) not in tables.vocab("plea_types"):
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
    if subj is None or subj.pos_ == "PRON":
        return False
    actor = index.actor(subj)
    parties = [index.actor(c) for c in verb.head.children if c.dep_ in ("nsubj", "dobj", "dative")]
    return actor is None or all(p is None or p.text != actor.text for p in parties)


def _theme_again(verb: Token, own: TriggerEntry, told: dict[int, TriggerEntry], index: EventIndex) -> bool:
    """A handing over (vocabulary.csv `handing_verbs`) coordinated with or hanging on a verb of
    the same type, whose object is a pronoun for that verb's object, tells its act again
    ("released 64 detained soldiers and [handed them over] to the Red Cross", "returned two
    fishermen, [handing them over] at the border"); "convicted Bolsonaro and sentenced him" and
    "arrested 20 people and deported them" are two acts."""
    if verb.dep_ not in ("conj", "advcl") or verb.lemma_.lower() not in index.tables.vocab("handing_verbs"):
        return False
    other = told.get(verb.head.i)
    if other is None or other.type != own.type:
        return False
    obj, told_obj = direct_object(verb), direct_object(verb.head)
    referent = index.antecedent(obj) if obj is not None else None
    return referent is not None and told_obj is not None and within(referent, told_obj)


def _label(noun: Token, tables: EventTables) -> bool:
    """The name a labelling verb (vocabulary.csv labelling_verbs) gives what it judges ("Minsk
    called the closure a 'hybrid [attack]'", "described the blockade as an [attack] on food
    supplies", "stabbed a councillor, in what his party called a politically motivated [assault]"):
    a judgement, no act of its own. A free relative that is itself the object of an act is the
    only name of that act ("denounced what it called unprovoked Afghan [firing]")."""
    t = noun
    while t.dep_ == "conj" and t.head != t:
        t = t.head  # "a grave provocation and an [attack] on peace"
    if t.dep_ == "pobj" and t.head.lower_ == "as":
        t = t.head
    if not (t.dep_ == "oprd" or (t.dep_ == "prep" and t.lower_ == "as")):
        return False
    verb = t.head.head if t.dep_ == "prep" and t.head.dep_ == "dobj" else t.head  # "described [the blockade] as"
    if verb.lemma_.lower() not in tables.vocab("labelling_verbs"):
        return False
    named = direct_object(verb)
    return named is None or named.tag_ != "WP" or verb.dep_ == "pcomp"


def _held_until_release(verb: Token, own: TriggerEntry, told: dict[int, TriggerEntry], tables: EventTables) -> bool:
    """'freed a British couple [held] for eight months', 'freeing 30 prisoners [held] without charge':
    a participle of captivity (vocabulary.csv captivity_verbs) that describes the people a release
    frees tells the state that release ends, not an act of its own ('released 30 people [detained]
    during the protests' names the detention, an act)."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in tables.vocab("captivity_verbs"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children) or own.mode != "arrest":
        return False
    captives = verb.head
    while captives.dep_ == "conj" and captives.head != captives:
        captives = captives.head
    release = told.get(captives.head.i) if captives.dep_ == "dobj" else None
    return release is not None and release.mode == "release"


def own_act_object(noun: Token, verb: Token, own: str, verb_type: str | None, index: EventIndex) -> bool:
    """The verb's object names an act of its own, not the verb's act said again: a meeting hosted
    between guests ("hosted [talks] between A and B"), a definite act one side is denied a part in
    ("did not attend [the talks]", Q2), a measure in force that a lifting ends ("lifted [its ban]")."""
    lifting = verb_type in index.tables.vocab("lifting")
    return (hosted_by(noun, index) is not None or denied_part(noun, verb, index)
            or (lifting and measure_in_force(noun, own, index.tables)))


def restating_participle(verb: Token) -> bool:
    """A participle after a comma with no subject or mark of its own, which may say again what its
    clause did ("called for a truce, [urging] Moscow and Kyiv to …")."""
    if verb.dep_ not in ("advcl", "conj") or verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "mark") for c in verb.children):
        return False
    return verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _lifted(noun: Token, lifted: set[int]) -> bool:
    t = noun.head if noun.dep_ == "compound" else noun
    return t.dep_ in ("dobj", "nsubjpass") and t.head.i in lifted


def measure_in_force(noun: Token, own: str, tables: EventTables) -> bool:
    """The object of a lifting told as done names a measure that was in force, an act of its own
    ("lifted [its ban] on social media", "[sanctions] were lifted"), unless a relative clause tells
    its imposition ("the sanctions [that ECOWAS imposed]")."""
    return (own in tables.vocab("lifted_measure_types") and noun.dep_ in ("dobj", "nsubjpass")
            and lifted_as_done(noun.head) and not _relative_follows(noun, tables))


def _relative_follows(noun: Token, tables: EventTables) -> bool:
    """'the sanctions [that ECOWAS imposed]', however the parser hangs the clause."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return any(c.dep_ == "relcl" for c in noun.children) or (
        nxt is not None and nxt.lower_ in tables.vocab("relative_pronouns"))


def lifted_as_done(verb: Token) -> bool:
    """A lifting told as done in its own clause ("Nepal lifted its ban on social media", "sanctions
    were lifted", "and Washington eased sanctions on Belavia"): the measure it ends was in force,
    an act of its own (wire README; ANNOTATION Q2); not one promised, asked for or wrapped
    ("promised to lift its ban", "would lift the curfew")."""
    if verb.dep_ not in ("ROOT", "conj") or verb.tag_ not in ("VBD", "VBN", "VBZ"):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)


def _purpose_of_same(verb: Token, own: str, typed: dict[int, str]) -> bool:
    """A purpose clause restating its head's act: 'sent a delegation to Caracas to discuss',
    'held a phone call to discuss'."""
    if verb.dep_ != "advcl" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children):
        return False
    head = verb.head
    return typed.get(head.i) == own or any(typed.get(o.i) == own for o in head.children if o.dep_ == "dobj")


def _object_of_same(noun: Token, own: str, typed: dict[int, str], tables: EventTables) -> bool:
    """'offered to host [a new round of talks]': through a light noun, the object of a verb of its type."""
    t = noun
    while t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in tables.light_nouns:
        t = t.head.head
    return t is not noun and t.dep_ == "dobj" and typed.get(t.head.i) == own


def hosted_by(noun: Token, index: EventIndex) -> Token | None:
    """The verb that hosted the meeting the noun names between guests, told as done ("hosted talks
    between A and B", "hosted A and B for talks", "hosted a round of talks between …"): the
    host's act is not the guests' meeting (vocabulary.csv ``hosting_verbs``; wire README). With
    one guest ("hosted the Iranian minister for talks") the talks are the hosting itself."""
    tables = index.tables
    t = noun
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in tables.light_nouns:
        t = t.head.head  # "a fresh round of [talks]"
    if t.dep_ == "pobj" and t.head.lower_ == "for":
        t = t.head
    verb = t.head
    if t.dep_ not in ("dobj", "prep") or verb.lemma_.lower() not in tables.vocab("hosting_verbs"):
        return None
    if not (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.dep_ == "aux" and a.lemma_ == "have" for a in verb.children))):
        return None
    if t.dep_ == "dobj":
        guests = [g for p in t.subtree if p.dep_ == "prep" and p.lower_ in ("between", "among") for g in p.subtree]
    else:
        guests = [g for o in verb.children if o.dep_ == "dobj" for g in o.subtree]
    return verb if len({index.actor(g).name for g in guests if index.actor(g) is not None}) > 1 else None
