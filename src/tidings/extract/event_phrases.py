"""Actors named by a noun phrase: heads, modifiers, appositions, "of" phrases, possessive and
personal pronouns, and people located in a place ("protesters in Belgrade")."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from tidings.extract.anaphora import co_arguments
from tidings.extract.event_index import EventIndex
from tidings.extract.event_syntax import VERB_POS, conjuncts, has_word, nearest_subject, of_object, preps
from tidings.models import Actor, Place

_NP_LINKS = ("compound", "amod", "poss", "nmod", "det")

@dataclass
class Arguments:
    source: list[Actor] = field(default_factory=list)
    target: list[Actor] = field(default_factory=list)
    explicit_source: bool = False
    resolved_pronoun: bool = False


def actors_of(tokens: list[Token], index: EventIndex, args: Arguments | None = None, *, deep: bool = True) -> list[Actor]:
    out: list[Actor] = []
    for tok in tokens:
        out += np_actors(tok, index, deep=deep, args=args)
    return out


def np_actors(
    tok: Token, index: EventIndex, *, deep: bool = True, args: Arguments | None = None, owners: bool = True
) -> list[Actor]:
    """Actors named by a noun phrase: its head, modifiers, appositions, coordinated heads, "of" phrases."""
    actor = index.actor(tok)
    if actor is not None:
        of = of_object(tok) if tok.pos_ == "NOUN" else None  # "the ministers of Britain, France and Germany"
        members = np_actors(of, index, deep=False) if of is not None else []
        head = members if len({m.code or m.country for m in members}) > 1 else index.actors_at(tok)
        head += _modifier_list(tok, index)
        # "Sudan's army chief Abdel Fattah al-Burhan [and] Egyptian President …": a conjunct may hang
        # on a word of the same mention (the name in apposition)
        same = [tok] + [ch for ch in tok.children if ch.dep_ in ("appos", "compound") and index.actor(ch) is actor]
        # "the leaders of Kazakhstan, [Kyrgyzstan], Tajikistan …": a country "in apposition" to another is the next of a list
        listed = [ch for ch in tok.children if ch.dep_ == "appos" and _listed_country(actor, index.actor(ch))]
        head += [a for ch in listed for a in np_actors(ch, index, deep=deep, args=args)]
        return head + [a for t in same for ch in t.children if ch.dep_ == "conj" for a in np_actors(ch, index, deep=deep, args=args)]
    if tok.dep_ == "poss" and tok.lower_ in index.tables.vocab("relative_pronouns"):
        return _antecedent_actors(tok.head, index)  # "Spain, [whose] cooperation with Morocco …"
    if tok.pos_ == "PRON":
        owners_ = _clause_owners(tok, index) if tok.dep_ == "poss" else []
        if owners_:
            return owners_
        group = plural_group(tok, index)
        if group:
            return group
        resolved = resolve_pronoun(tok, index)
        if resolved is not None and args is not None:
            args.resolved_pronoun = True
        return [resolved] if resolved is not None else []
    found: list[Actor] = []
    place = _people_in_place(tok, index)
    if place is not None and not any(ch.dep_ in _NP_LINKS and index.actor(ch) is not None for ch in tok.children):
        return [place]  # not "a [Russian] citizen in Poland": the nationality named wins
    for ch in tok.children:
        if ch.dep_ in _NP_LINKS:
            a = index.actor(ch)
            if a is not None:
                found += index.actors_at(ch)  # "the two countries' stance": every member of a set
                found += [b for g in conjuncts(ch)[1:] if (b := index.actor(g))]  # "Estonian, Latvian and Lithuanian ships"
                found += _hyphened(ch, index)  # "a [French]-Saudi plan"
            elif ch.dep_ == "poss" and ch.lower_ in index.tables.vocab("relative_pronouns"):
                found += _antecedent_actors(tok, index)  # "Russia, [whose] units are taking part"
            elif ch.pos_ == "PRON":
                if ch.dep_ == "poss" and owners:
                    found += np_actors(ch, index, deep=False, args=args)
            elif ch.dep_ in ("compound", "poss", "amod") and not _mediating(ch, index):  # "British-flagged tanker"
                found += [a for g in ch.children if g.dep_ in ("compound", "poss", "amod", "npadvmod") and (a := index.actor(g))]
        elif ch.dep_ in ("conj", "appos"):
            found += np_actors(ch, index, deep=deep, args=args)
        elif ch.dep_ == "relcl" and ch.lemma_.lower() in index.tables.vocab("heading_verbs") and (obj := _object(ch)) is not None:
            found += np_actors(obj, index, deep=False)  # "Pablo Beltrán, [who heads the ELN delegation]"
    if not found and deep:
        for p, g in preps(tok):
            if p in index.tables.vocab("nested_preps"):
                found += np_actors(g, index, deep=True, args=args)
    return found


def _hyphened(word: Token, index: EventIndex) -> list[Actor]:
    """'a French-Saudi plan', 'the Indian-Pakistani talks': an actor word the parser hangs on the
    next one across a hyphen names a side of its own."""
    doc = word.doc
    return [b for g in word.children if g.dep_ in ("amod", "compound", "nmod") and g.i + 2 == word.i
            and doc[g.i + 1].text in ("-", "–") and (b := index.actor(g)) is not None]


def _mediating(word: Token, index: EventIndex) -> bool:
    """'EU-brokered talks with Serbia', 'a Turkish-mediated deal': the third party of a mediation
    participle (a verb row of mode third-party) is no party of what it brokered."""
    return word.tag_ == "VBN" and any(e.mode == "third-party" for e in index.tables.entries("verb", word.lemma_.lower()))


def _modifier_list(tok: Token, index: EventIndex) -> list[Actor]:
    """'his British and Iranian counterparts': coordinated modifiers of an actor's head word name
    one actor each, besides the head's own."""
    actor = index.actor(tok)
    return [b for m in tok.children if m.dep_ in ("amod", "compound", "nmod") and any(g.dep_ == "conj" for g in m.children)
            for g in conjuncts(m) if (b := index.actor(g)) is not None and actor is not None and b.start != actor.start]


def _listed_country(actor: Actor, other: Actor | None) -> bool:
    return other is not None and actor.kind == other.kind == "country" and other.country != actor.country


def _object(verb: Token) -> Token | None:
    return next((ch for ch in verb.children if ch.dep_ == "dobj"), None)


def _clause_owners(pron: Token, index: EventIndex) -> list[Actor]:
    """'Moscow and Kyiv completed [their] exchange', 'Iran recalled [its] ambassador': a
    possessive pronoun stands for its own clause's named subject (all of a coordinated one)."""
    verb = pron.head
    for _ in range(4):
        if verb.pos_ in VERB_POS or verb.head == verb:
            break
        verb = verb.head
    subj = nearest_subject(verb) if verb.pos_ in VERB_POS else None
    if subj is None or subj.pos_ == "PRON" or subj.i > pron.i:
        return []
    found = [a for t in conjuncts(subj) if (a := index.actor(t)) is not None]
    plural = pron.lower_ in index.tables.vocab("plural_pronouns")
    if plural and found:  # "[Japanese and Philippine] air forces flew [their] first joint patrol"
        found += [b for t in conjuncts(subj) if index.actor(t) is not None for b in _modifier_list(t, index)]
    if plural and len(found) == 1:  # "[Pyongyang] warned the US and South Korea over [their] drills"
        return _nearest_group(pron, subj, index) or found
    return found if plural else found[:1]


def _nearest_group(pron: Token, subj: Token, index: EventIndex) -> list[Actor]:
    """The nearest coordinated actors between a singular subject and a plural pronoun."""
    for t in reversed(pron.doc[subj.i + 1:pron.i]):
        group = [a for g in conjuncts(t) if (a := index.actor(g)) is not None]
        if len(group) > 1 and t.dep_ != "conj":
            return group
    return []


def plural_group(pron: Token, index: EventIndex) -> list[Actor]:
    """'spoke with Tshisekedi and Kagame, urging [them] to', 'China and Russia said [they] would':
    a third-person plural pronoun stands for the nearest coordinated group of two or more sides
    named before it in its sentence."""
    if pron.lower_ not in index.tables.vocab("group_plural_pronouns"):
        return []
    for t in reversed(pron.doc[index.sent(pron).start:pron.i]):
        if t.pos_ not in ("NOUN", "PROPN") or t.dep_ in ("conj", "compound", "amod", "poss", "appos", "nmod"):
            continue
        if t.left_edge.i <= pron.i <= t.right_edge.i:
            continue  # "critics of the government of [their] citizenship": the phrase holding the pronoun names no group
        group = [a for a in np_actors(t, index, deep=True) if a.code or a.country]
        if len({a.code or a.country for a in group}) < 2 and any(w.dep_ == "cc" for w in t.subtree):
            # "with Tshisekedi and Rwandan President Paul Kagame" parsed without a conj
            group = [a for a in index.actors if t.left_edge.idx <= a.start < t.idx + len(t) and (a.code or a.country)]
        if len({a.code or a.country for a in group}) > 1:
            return group
    return []


def _antecedent_actors(tok: Token, index: EventIndex) -> list[Actor]:
    """The actors of the noun a relative clause hangs on, seen from a word inside the clause."""
    t = tok
    for _ in range(4):
        if t.dep_ == "relcl" and t.head != t:
            return np_actors(t.head, index, deep=False)
        if t.head == t:
            return []
        t = t.head
    return []


def _people_in_place(tok: Token, index: EventIndex) -> Actor | None:
    """'opposition politicians in Berlin', 'protesters in Tahrir Square': people of that country."""
    if not has_word(tok, index.tables.vocab_classes("people_classes")):
        return None
    for p, g in preps(tok):
        place = index.place(g) if p == "in" else None
        if place is not None and place.country:
            return place_actor(place, index, people=tok.lemma_.lower())
    return None


def place_actor(place: Place, index: EventIndex, *, people: str | None = None) -> Actor:
    """The actor a place stands for: its country ("shelled [Kharkiv]" → Ukraine, kind country),
    or the people gathered there ("protesters in [Berlin]", kind group, of Germany)."""
    country = index.country_names.get(place.country or "", place.country or place.name)
    if people:
        where = place.name if place.kind != "country" else country
        return Actor(text=place.text, start=place.start, end=place.end, name=f"{people} in {where}",
                     kind="group", country=place.country, sector="CVL")
    return Actor(text=place.text, start=place.start, end=place.end, name=country, kind="country", country=place.country)


def resolve_pronoun(tok: Token, index: EventIndex) -> Actor | None:
    """What a pronoun stands for: the subject of the reporting verb above it ("X said it would"),
    else the actor of the noun phrase it stands for (extract/anaphora.py: "boarded a
    Liberian-flagged ship … [It] was hit"), else the most recent compatible actor, subjects first."""
    word = tok.lower_
    persons = index.tables.vocab("person_pronouns")
    if word not in persons and word not in index.tables.vocab("group_pronouns"):
        return None
    want_person = word in persons
    shared = _shared_object(tok, index)
    if shared:
        return shared[0]
    reporter = _reporting_subject(tok, index)
    if reporter is not None and (reporter.kind == "person") == want_person:
        return reporter
    referent = index.antecedent(tok)  # "boarded a Greek-flagged tanker … [It] was seized"
    named = np_actors(referent, index, deep=False) if referent is not None else []
    if named and (named[0].kind == "person") == want_person:
        return named[0]
    floor = index.sent(tok).start_char - 600
    recent = [a for a in index.actors if floor <= a.start < tok.idx and (a.kind == "person") == want_person]
    subjects = [a for a in recent if index.doc.char_span(a.start, a.end, alignment_mode="expand").root.dep_ in ("nsubj", "nsubjpass")]
    pool = subjects or recent
    return pool[-1] if pool else None


def _shared_object(tok: Token, index: EventIndex) -> list[Actor]:
    """'released a [Japanese] filmmaker … and deported him', 'accused [Lee] of … and called on him to':
    the object pronoun of a verb coordinated with another stands for that verb's object."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head  # "called on [him] to"
    if tok.dep_ not in ("dobj", "pobj") or verb.dep_ != "conj" or verb.pos_ not in VERB_POS or verb.head.pos_ not in VERB_POS:
        return []
    obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    return np_actors(obj, index, deep=False) if obj is not None and obj.pos_ != "PRON" else []


def _reporting_subject(tok: Token, index: EventIndex) -> Actor | None:
    t = tok.head
    for _ in range(4):
        if t.dep_ in ("ccomp", "xcomp", "conj") and t.head != t:
            head = t.head
            subj = next((ch for ch in head.children if ch.dep_ == "nsubj"), None)
            if subj is not None and subj.i in co_arguments(tok):
                return None  # "police stopped a bus carrying refugees and deported [them]": not the police
            if subj is not None and subj.i < tok.i and subj.pos_ != "PRON":
                found = np_actors(subj, index, deep=True)
                return found[0] if found else None
            t = head
        else:
            return None
    return None


def in_quantity(actor: Actor, index: EventIndex) -> bool:
    """'25 million [Canadian] dollars': a word of an amount is no party of the event."""
    return any(q.start <= actor.start and actor.end <= q.end for q in index.quantities)
