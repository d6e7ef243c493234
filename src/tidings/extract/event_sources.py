"""Who acts: the source tokens of an event candidate.

Subjects (inherited through coordination, control, raising, participles and relatives),
passive "by" agents, possessives ("Germany's deployment"), nominal modifiers, the agent named by
the attack noun behind an agentless passive ("killed in an Israeli strike"), the parties of an
event noun as subject ("a ceasefire between X and Y took effect") and the owner of a container
noun ("the EU's package of sanctions").
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_adopted_texts import adopting_verb
from tidings.extract.event_claims import judges, told_owner
from tidings.extract.event_compose import Candidate
from tidings.extract.event_held_accused import holding_act
from tidings.extract.event_index import EventIndex, names_event
from tidings.extract.event_phrases import actors_of
from tidings.extract.event_relatives import light_relative_subject
from tidings.extract.event_source_repairs import (
    apposed_subject,
    compound_subject,
    hung_agent,
    joined_by,
    joined_head,
    noun_owner,
    participle_agent,
    stray_agent,
    swallowed_subject,
)
from tidings.extract.event_syntax import (
    VERB_POS,
    agent,
    conjuncts,
    direct_object,
    has_word,
    is_passive,
    nearest_subject,
    of_object,
    passive_conjunct,
    passive_subject,
    preps,
    unique_tokens,
    words,
)
from tidings.models import Actor
from tidings.ontology.speech import load_reporting_verbs

# relations through which a verb without a subject inherits one from above
_CLIMB = frozenset({"conj", "xcomp", "advcl", "ccomp", "pcomp", "acomp", "prep", "pobj", "npadvmod", "advmod"})


def source_tokens(c: Candidate, index: EventIndex) -> list[Token]:
    if c.agent is not None:
        return conjuncts(c.agent)
    own = [ch for ch in c.token.children if ch.dep_ in ("poss", "amod", "compound") and index.actor(ch) is not None]
    if own and c.entry.pos == "noun" and (c.token.dep_ == "pobj" or _object_of_judging_verb(c.token, index)):
        return own  # "took part in [the Belarusian] drills", "criticized [the U.S.] tariffs": the drills are Belarus's
    if _predicate(c.anchor) and (c.anchor != c.token or c.entry.pos == "verb"):
        found = verb_subject(c.anchor, index) or _raised_subject(c) or compound_subject(c.anchor, index)
        if found and not actors_of(found, index):  # "a truck bomb [that FARC dissidents were behind] killed six"
            found = [o for t in found for o in told_owner(t, index)] or _claimed_setting(c, index) or found
        if not found and is_passive(c.anchor):
            found = _causing_event_owner(c.anchor, c, index)
        found = _subject_parties(found, c, index) or found
        found += joined_by(c.anchor, index) if found else []
        if found or is_passive(c.anchor):
            return found
    if c.entry.pos != "noun":
        # "warnings by European leaders [that Moscow could attack]": a verb content under a noun keeps its own subject
        own = nearest_subject(c.token) if c.token != c.anchor and c.token.pos_ in VERB_POS else None
        if own is None and c.token != c.anchor and c.anchor.pos_ in ("NOUN", "PROPN"):
            return noun_owner(c.anchor)  # "a threat [by Moscow] to cut off gas supplies"
        return conjuncts(own) if own is not None else []
    gov = _named_governor(c)
    if gov is not None and (found := verb_subject(gov, index)):
        return found  # "raised concerns about …": the verb the row names the noun by lends its subject
    nouns = unique_tokens([c.token, c.host, c.token.head if c.token.dep_ == "compound" else None])
    # "Monday's bombing": a date's possessive owns nothing
    found = [ch for n in nouns for ch in n.children if ch.dep_ == "poss" and ch.ent_type_ not in ("DATE", "TIME")]
    found = (found or _container_owner(c.token, index) or _judged_agent(c.token, index) or told_owner(c.token, index)
             or light_relative_subject(c.token, index))  # "the loans [that Tokyo extended]"
    shared = c.type in index.tables.vocab("shared_clause")
    found += [g for n in nouns for p, g in preps(n) if p == "by"] or stray_agent(c.token, index)
    fought = c.token.lemma_.lower() in index.tables.vocab("mutual_fighting")  # "clashes between the army and JNIM"
    if (shared and c.mode != "third-party") or fought:  # "[Norway's] mediation between Colombia and the ELN": the parties are met
        found += [g for n in nouns for g in event_parties_of(n, c.token)]
    of = of_object(c.token)
    found += [g for p, g in (preps(of) if of is not None else []) if p == "by"] or participle_agent(of, index)  # "the arrest of X by Iran"
    # "deliveries [funded by Doha]", "a ceasefire [agreed between Israel and Lebanon]"
    participles = [ch for n in nouns for ch in n.children if ch.dep_ == "acl" and ch.tag_ == "VBN" and not _third_party(ch, index)]
    hosts = [g for v in participles for p, g in preps(v) if p == "by" or (p == "between" and shared)]
    if shared and not found:
        clause = _clause_subject_of_noun(c.host or c.token, index)
        if not hosts or len(_codes_of(clause, index)) > 1:  # "Peru and Chile agreed at talks [hosted by Brazil]"
            return clause or hosts
    return found + hosts


def _named_governor(c: Candidate) -> Token | None:
    """The verb whose object a noun trigger is, when its lexicon row names that verb (gov=)."""
    noun = c.token
    if c.anchor != noun or noun.dep_ != "dobj" or noun.head.pos_ not in VERB_POS:
        return None
    verb = noun.head
    named = any(k.key == "gov" and not k.negate and verb.lemma_.lower() in k.words for k in c.entry.constraints)
    return verb if named else None


def _raised_subject(c: Candidate) -> list[Token]:
    """'[Wang Yi] is expected to visit Moscow', 'the Council is scheduled to discuss': a passive
    wrapper over the act's clause passes its subject down to the act it frames."""
    if c.anchor in (c.token, c.light) or not is_passive(c.anchor) or agent(c.anchor) is not None:
        return []
    if not any(ch.dep_ == "xcomp" and (ch == c.token or c.token in ch.subtree) for ch in c.anchor.children):
        return []
    subj = passive_subject(c.anchor)
    return conjuncts(subj) if subj is not None else []


def _causing_event_owner(verb: Token, c: Candidate, index: EventIndex) -> list[Token]:
    """'two soldiers were killed [in an Israeli drone strike]': an agentless passive act takes
    its agent from the event noun of the same type that caused it, named by its modifiers."""
    for p, g in preps(verb):
        if p not in index.tables.vocab("causing_event_preps") or not any(e.type == c.type for f in words(g) for e in index.tables.entries("noun", f)):
            continue
        own = [ch for ch in g.children if ch.dep_ in ("poss", "amod", "compound", "nmod") and index.actor(ch) is not None]
        own = own or told_owner(g, index)  # "killed in an attack [claimed by ISWAP]"
        if own:
            return own
    return []


def _claimed_setting(c: Candidate, index: EventIndex) -> list[Token]:
    """'[Gunmen] ambushed a convoy, killing 17, in an attack claimed by ISWAP': an act whose subject names
    no one takes the agent the attack it was done in names (its claimant, its modifiers), also when the
    setting phrase hangs on the act's result participle."""
    results = [ch for ch in c.anchor.children if ch.dep_ == "advcl" and ch.tag_ == "VBG"]
    for verb in [c.anchor, *results]:
        if found := _causing_event_owner(verb, c, index):
            return found
    return []


def _subject_parties(subjects: list[Token], c: Candidate, index: EventIndex) -> list[Token]:
    """'a ceasefire [between India and Pakistan] took effect', 'the truce agreed between Israel
    and Hezbollah held': an event noun as subject acts through the parties it names."""
    if not subjects or not all(names_event(t, index) and index.actor(t) is None for t in subjects):
        return []
    if any(actors_of([t], index) for t in subjects):
        return []
    return [g for t in subjects for g in event_parties_of(t, c.anchor)]


def commissive_owner(c: Candidate, index: EventIndex) -> list[Actor]:
    """'the threat of new [U.S.] sanctions', 'an offer of [Qatari] mediation': who threatens or
    offers is who would carry out the act named."""
    if c.inner is None or c.entry.pos != "noun" or c.type not in index.tables.vocab("commissive_types"):
        return []
    return [a for ch in c.inner.children if ch.dep_ in ("amod", "compound", "poss", "nmod") and (a := index.actor(ch))]


def _container_owner(noun: Token, index: EventIndex) -> list[Token]:
    """'the EU's 20th package [of sanctions]', 'Russia's wave [of strikes]': a noun trigger in the
    "of" phrase of a head that names no act of its own belongs to that head's possessor."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of" or any(ch.dep_ == "poss" for ch in noun.children):
        return []
    head = noun.head.head
    acts = [e for f in words(head) for e in index.tables.entries("noun", f) if e.type and not e.constraints]
    if head.pos_ not in ("NOUN", "PROPN") or acts:  # "Hungary's veto [of sanctions]" is Hungary's act, not its sanctions
        return []
    return [ch for ch in head.children if ch.dep_ == "poss"]


def _judged_agent(noun: Token, index: EventIndex) -> list[Token]:
    """'criticised [Tunisian authorities] for the detention of …', 'blamed [the rebels] for the
    attack', 'summoned [the Israeli ambassador] over the killing of aid workers': the one judged
    or reproached for an act did it."""
    vocab = index.tables.vocab
    if noun.dep_ != "pobj" or any(index.actor(ch) for ch in noun.children):
        return []
    prep, verb = noun.head.lower_, noun.head.head
    if verb.dep_ == "dobj" and _names_party(verb, index):  # "summoned [the ambassador over the killing]", "accused [him] of"
        verb = verb.head
    if verb.pos_ not in VERB_POS or prep not in index.judging_preps:
        return []
    reproach = any(e.type in vocab("reproach_types") for f in words(verb) for e in index.tables.entries("verb", f))
    if not (judges(verb, index) and prep in vocab("judged_preps") | vocab("charged_preps")) and not reproach:
        return []
    obj = direct_object(verb)
    return [obj] if obj is not None and _names_party(obj, index) else []


def _names_party(tok: Token, index: EventIndex) -> bool:
    """The noun names an actor itself or through its modifier ("[Russian] military intelligence"),
    or is a personal pronoun standing for one ("accusing [them] of")."""
    return index.actor(tok) is not None or tok.pos_ == "PRON" or any(
        index.actor(ch) is not None for ch in tok.children if ch.dep_ in ("amod", "compound", "poss", "nmod"))


def _object_of_judging_verb(noun: Token, index: EventIndex) -> bool:
    """'criticized [the U.S.] tariffs': the object of a verb that wraps a judgement (wrappers.csv
    judge), not event_triggers' object of a reaction."""
    return noun.dep_ == "dobj" and noun.head.pos_ in VERB_POS and judges(noun.head, index)


def _third_party(verb: Token, index: EventIndex) -> bool:
    """'talks [mediated] by Qatar': a mediator's verb; its agent is not the talks' party."""
    return any(e.mode == "third-party" for e in index.tables.entries("verb", verb.lemma_.lower()))


def _predicate(token: Token) -> bool:
    """A verb, or an adjective heading a predicate ("Bogotá was [prepared] to talk", "ready to")."""
    return token.pos_ in VERB_POS or (token.pos_ == "ADJ" and token.dep_ in ("acomp", "ROOT", "conj", "ccomp", "xcomp"))


def _clause_subject_of_noun(noun: Token, index: EventIndex) -> list[Token]:
    """'agreed in a phone call', 'said after talks', 'condemned the attack [in a phone call with
    X]': the subject of the verb the phrase modifies, also through the object it hangs on and past a
    participle on a thing ("swapped prisoners in the first stage of an exchange [agreed] at talks").
    A meeting told beside a report ("X and Y agreed …, the minister said after talks") is met by the
    sides of the report, when they are two or more."""
    t = noun
    for _ in range(5):
        if t.dep_ != "pobj":
            return []
        t = t.head.head
        if t.dep_ == "dobj" and t.head.pos_ in VERB_POS:  # the phrase hung on the verb's object
            t = t.head
        if t.pos_ not in VERB_POS:
            continue
        found = verb_subject(t, index)
        reported = _reported_sides(t, index)
        if reported and len(_codes_of(found, index)) < 2:
            return reported
        if t.dep_ == "acl" and found == [t.head] and not actors_of(found, index):
            t = t.head  # "an exchange [agreed] at talks": what was agreed does not meet
            continue
        return found
    return []


def _reported_sides(verb: Token, index: EventIndex) -> list[Token]:
    """The subject of the verb's reported clause, when it names two or more codes ("[Mexico and
    Guatemala] agreed …, the minister said"; also when the parser made the report a conjunct of
    the clause it reports)."""
    clauses = [ch for ch in verb.children if ch.dep_ == "ccomp" and ch.pos_ in VERB_POS]
    if not clauses and verb.dep_ == "conj" and verb.head.pos_ in VERB_POS and has_word(verb, load_reporting_verbs().lemmas):
        clauses = [verb.head]
    for clause in clauses:
        found = verb_subject(clause, index)
        if len(_codes_of(found, index)) > 1:
            return found
    return []


def _codes_of(tokens: list[Token], index: EventIndex) -> set[str]:
    return {a.code or a.country for a in actors_of(tokens, index)}


def verb_subject(verb: Token, index: EventIndex) -> list[Token]:
    """nsubj (or passive agent), inherited through conj, control, raising, participles, relatives."""
    relatives = index.tables.vocab("relative_pronouns")
    t, came = verb, None
    for _ in range(6):
        subj = nearest_subject(t) or agent(t) or hung_agent(t, index) or apposed_subject(t, index)  # "a truce brokered [by Qatar]": the agent acts
        subj = subj or swallowed_subject(t, index)  # "after [Ankara and Beijing] dispatched flights"
        subj = _timed_subject(subj, index) if subj is not None else None
        if subj is None and is_passive(t):
            if t != verb:  # raising: "X is expected to discuss"
                subj = passive_subject(t)
            if subj is None:
                return []
        if subj is not None:
            if subj.lower_ in relatives and t.dep_ == "relcl":  # "the envoy who met …"
                return conjuncts(t.head)
            return conjuncts(subj)
        if t.dep_ == "acl" and t.tag_ == "VBN":
            if came is not None and came.dep_ in ("prep", "pcomp", "advcl", "xcomp"):
                return conjuncts(t.head)  # "[Lissu], arrested in April after calling for reforms": the one arrested acted
            if _misparsed_finite(t, index):
                return [t.head]
            held = holding_act(t, index)  # "detained 200 men [accused] of looting": the detainer accused them
            return verb_subject(held, index) if held is not None else []
        if t.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in t.children):
            owner = noun_owner(t.head) or _intent_holder(t.head, index)
            if owner:  # "a threat [by Mali's junta] to nationalise the mine", "[Kyiv's] bid to join NATO"
                return owner
        if t.dep_ in ("relcl", "acl"):
            adopting = adopting_verb(t.head, index)  # "the Parliament passed a resolution [calling] for …"
            return (verb_subject(adopting, index) if adopting is not None else []) or conjuncts(t.head)
        controller = _object_controller(t, index) or infinitive_controller(t, index)
        if controller is not None:  # "warned [Egypt] against sending troops", "prompting [Japan] to put …"
            return conjuncts(controller)
        if t.dep_ not in _CLIMB or t.head == t or passive_conjunct(t):
            return []  # "Nairobi was informed but not [consulted]": the subject is the one consulted
        came, t = t, joined_head(t, index)
    return []


def _intent_holder(noun: Token, index: EventIndex) -> list[Token]:
    """'[Russia] has no plans to call up reservists', '[Tehran] announced plans to enrich': the subject of
    the verb that holds or makes known an intention (vocabulary.csv intent_verbs) intends its infinitive;
    not one who judges it ("Moscow rejected plans to deploy troops")."""
    if noun.dep_ != "dobj" or not has_word(noun, index.tables.cue("planned_noun")):
        return []
    verb = noun.head
    if verb.pos_ not in VERB_POS or not has_word(verb, index.tables.vocab("intent_verbs")):
        return []
    subj = nearest_subject(verb)
    return conjuncts(subj) if subj is not None else []


def _timed_subject(subj: Token, index: EventIndex) -> Token:
    """'hours after [Kim Yo Jong] threatened Seoul': the parser makes the time span the subject and the
    real one the object of "after"."""
    if subj.lower_ not in index.tables.vocab("time_span_nouns"):
        return subj
    found = [g for p, g in preps(subj) if p in ("after", "before") and g.pos_ in ("PROPN", "NOUN", "PRON")]
    return found[0] if found else subj


def infinitive_controller(verb: Token, index: EventIndex) -> Token | None:
    """'…, prompting [Japan] to put its forces on alert', 'forced [the tanker] to change course': the
    object of a verb of prompting (vocabulary.csv prompt_verbs) does the act of its to-infinitive."""
    head = verb.head
    if verb.dep_ not in ("xcomp", "advcl") or head.pos_ not in VERB_POS or not any(ch.tag_ == "TO" for ch in verb.children):
        return None
    # not a purpose clause ("summoned the envoy [to demand] action"): the subject's own act
    if head.lemma_.lower() not in index.tables.vocab("prompt_verbs"):
        return None
    obj = direct_object(head)
    return obj if obj is not None and obj.i < verb.i and obj.pos_ in ("NOUN", "PROPN") else None


def _misparsed_finite(verb: Token, index: EventIndex) -> bool:
    """'[Oman], which has mediated between them, called on both sides': a past tense the parser
    took for a participle on the sentence's only noun root, after the comma that closes an
    apposition or relative clause, is that noun's finite verb (no auxiliary, no "by" agent)."""
    head = verb.head
    if head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i > verb.i or index.actor(head) is None:
        return False
    if verb.doc[verb.i - 1].text != "," or agent(verb) is not None or is_passive(verb):
        return False
    return not any(ch.dep_ == "acl" and ch.i < verb.i and ch.tag_ in ("VBD", "VBZ", "VBP") for ch in head.children)


def _object_controller(t: Token, index: EventIndex) -> Token | None:
    """The named object of the verb whose prepositional gerund ``t`` is: it does the act ("warned
    [Egypt] against sending troops", "added [three Chinese refineries] to its sanctions list for
    buying Iranian oil"); so does the one sanctioned or accused for it ("imposed sanctions on
    [three Chinese companies] for supplying Russia's military")."""
    if t.dep_ != "pcomp" or t.tag_ != "VBG" or t.head.dep_ != "prep":
        return None
    holder = t.head.head
    if holder.dep_ == "dobj" and index.actor(holder) is not None and judges(holder.head, index):
        return holder  # "accused [Ethiopian troops] of executing …": the parser hung the gerund on the accused
    if holder.pos_ in ("NOUN", "PROPN") and holder.dep_ == "pobj":  # "to its sanctions list [for buying]"
        holder = holder.head.head
    elif holder.pos_ in ("NOUN", "PROPN") and holder.dep_ == "dobj":  # "accusing [the bloc] of imposing": the
        holder = holder.head  # parser hung "of" on the object
    if holder.pos_ not in VERB_POS:
        return None
    obj = direct_object(holder)
    if obj is not None and index.actor(obj) is not None:
        return obj
    vocab = index.tables.vocab
    if t.head.lower_ not in index.judging_preps or not _reproaches(holder, obj, index):
        return None
    phrases = [*preps(holder), *(preps(obj) if obj is not None else [])]
    return next((g for p, g in phrases if p in vocab("target_preps") and index.actor(g) is not None), None)


def _reproaches(verb: Token, obj: Token | None, index: EventIndex) -> bool:
    """A verb, or the act noun its light verb takes, of the types one is reproached with."""
    wanted = index.tables.vocab("reproach_types")
    found = [e for f in words(verb) for e in index.tables.entries("verb", f)]
    found += [e for f in (words(obj) if obj is not None else ()) for e in index.tables.entries("noun", f)]
    return any(e.type in wanted for e in found)


def event_parties_of(noun: Token, trig: Token) -> list[Token]:
    """The 'between' phrase of an event noun, or of a participle on it ("the deal signed between"),
    also when the parser made the participle the noun's verb ("a ceasefire [agreed] last week between
    Israel and Lebanon held": an event noun does not agree)."""
    heads = [noun] + [ch for ch in noun.children if ch.dep_ == "acl" and ch != trig]
    if noun.dep_ == "nsubj" and noun.head != trig and noun.head.tag_ in ("VBN", "VBD"):
        heads.append(noun.head)
    # "followed a phone call last week [between A and B]": the parser hung the phrase on the verb
    after = noun.dep_ == "dobj" and noun.head != trig and noun.head.pos_ in VERB_POS
    found = [t for h in heads for p, g in preps(h) if p == "between" for t in conjuncts(g)]
    return found or ([t for p, g in preps(noun.head) if p == "between" and g.i > noun.i for t in conjuncts(g)] if after else [])
