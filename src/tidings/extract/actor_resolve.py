"""Who each person mention is: full names, surnames, titles alone and pronouns.

Mentions are walked in text order with a registry of the article's people:
- a name ("Defense Minister Boris Pistorius", "Trump") joins the person of the same
  name, or of whom it is a name part ("Pistorius"), or a new person whose missing fields
  come from the office-holder table (the title in the text wins over the table);
- a title alone ("the chancellor", "the minister") joins the most recent person with a
  compatible role, else the holder of that office in the mention's country, else an
  unnamed office holder;
- a subject pronoun ("he said") joins the most recent person within a few sentences whose
  gender (learnt from earlier pronouns) does not clash; unresolvable pronouns are dropped.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tidings.extract.actor_mention import Mention, Person
from tidings.extract.actor_context import SentenceIndex
from tidings.ontology.actors import ActorEntry, ActorTables

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_PRONOUN_WINDOW = 3  # sentences
_NAME_PARTICLES = ("al-", "el-", "al ", "el ")
_SENTENCE_ENDS = (".", "!", "?", ":", ";", "—", "–")


def resolve_people(
    doc: Doc, mentions: list[Mention], *, tables: ActorTables, taken: set[int], sentences: SentenceIndex,
    lower: list[str],
) -> list[Mention]:
    """Resolve person mentions in place; add surname and pronoun mentions; return the people mentions kept."""
    parts = _all_parts(mentions)
    candidates = list(mentions) + _extra_candidates(doc, lower, parts, tables, taken)
    candidates.sort(key=lambda m: m.start)
    registry: list[Person] = []
    history: list[tuple[int, Person, bool]] = []  # (sentence, person, was a subject) of each resolved mention
    later = _names_by_sentence(doc, candidates, sentences)
    kept: list[Mention] = []
    for mention in candidates:
        person = _resolve_one(doc, mention, registry, history, tables, sentences, later)
        if person is None:
            continue
        mention.adopt(person)
        history.append((sentences.of_token(doc[mention.start]), person, _is_subject(doc, mention)))
        kept.append(mention)
    return kept


def _is_subject(doc: Doc, mention: Mention) -> bool:
    # "Pistorius (SPD), who …, called": climb appositions, compounds and conjuncts
    return heads_subject(doc[mention.start:mention.end].root, through=("appos", "compound", "conj"))


def heads_subject(token: Token, *, through: tuple[str, ...], steps: int = 3) -> bool:
    """Is the token the subject of its clause, or, within ``steps`` climbs through the ``through``
    relations, part of that subject?"""
    for _ in range(steps):
        if token.dep_ in _SUBJECT_DEPS:
            return True
        if token.dep_ not in through or token.head == token:
            return False
        token = token.head
    return token.dep_ in _SUBJECT_DEPS


def _names_by_sentence(doc: Doc, candidates: list[Mention], sentences: SentenceIndex) -> dict[int, list]:
    """sentence → [(token index, name words)] of the named mentions in it, for the binding rule of pronouns."""
    out: dict[int, list[tuple[int, frozenset[str]]]] = {}
    for mention in candidates:
        if mention.pending in ("named", "surname") and mention.extra.get("name"):
            words = frozenset(_parts(mention.extra["name"]))
            out.setdefault(sentences.of_token(doc[mention.start]), []).append((mention.start, words))
    return out


def _resolve_one(doc, mention: Mention, registry, history, tables: ActorTables, sentences, later) -> Person | None:
    if mention.pending == "named":
        return _named(mention, registry, tables)
    if mention.pending == "surname":
        return _by_part(mention.extra["name"], [p for _, p, _ in reversed(history)])
    if mention.pending == "title":
        return _titled(mention, registry, history, tables)
    if mention.pending == "pronoun":
        here = sentences.of_token(doc[mention.start])
        named_after = [words for start, words in later.get(here, []) if start > mention.start]
        return _pronoun(doc, mention, history, tables, here, named_after)
    return None


def _named(mention: Mention, registry: list[Person], tables: ActorTables) -> Person:
    name = mention.extra["name"]
    person = next((p for p in reversed(registry) if p.name.lower() == name.lower()), None)
    if person is None and " " not in name.strip():
        person = _by_part(name, list(reversed(registry)))
    elif person is None:  # "Prince Faisal" after "Prince Faisal bin Farhan"
        parts = set(_parts(name))
        person = next((p for p in reversed(registry) if len(parts) > 1 and parts <= set(p.parts)), None)
    if person is None:
        holder = next((e for e in tables.names.get(name) if e.source == "holder"), None)
        if holder is not None and _other_office(mention, holder):
            holder = None
        person = _new_person(mention, name, holder)
        registry.append(person)
    elif mention.role and not mention.extra.get("bare"):
        _apply_text(person, mention)
    return person


def _other_office(mention: Mention, holder: ActorEntry) -> bool:
    """"Colombia's army …, Defence Minister Pedro Sanchez said": a title in the text other than the holder's, with
    the scene in another country than the holder's, names a namesake, not the holder."""
    if mention.extra.get("bare") or mention.extra.get("weak") or not mention.role or not holder.role:
        return False
    scene = mention.country or mention.extra.get("context_country")
    if not scene or scene == holder.country:
        return False
    text, table = _office(mention.role), _office(holder.role)
    return not (text <= table or table <= text)  # "then President", "Minister" for "External Affairs Minister"


def _office(role: str) -> frozenset[str]:
    """The words of a role in one spelling: "Defence Secretary" and "Defense Minister", "Premier" and "Prime
    Minister" are one."""
    role = role.lower().replace("defence", "defense").replace("secretary", "minister")
    return frozenset(("prime minister" if role == "premier" else role).split())


def _new_person(mention: Mention, name: str, holder: ActorEntry | None) -> Person:
    titled = not mention.extra.get("bare")
    person = Person(name=holder.name if holder else name, role=mention.role, sector=mention.sector,
                    country=mention.country, code=mention.code, role_from_text=titled and bool(mention.role))
    if holder is not None:
        if not person.role or mention.extra.get("weak"):
            person.role, person.sector = holder.role, holder.sector
        person.sector = person.sector if person.role_from_text else holder.sector
        if not mention.extra.get("explicit_country"):
            person.country, person.code = holder.country, holder.code
    elif not person.country and not person.code:  # a bare name: the person most likely belongs to the scene
        person.country = mention.extra.get("context_country")
    if titled and not person.sector:
        person.sector = "GOV"
    person.parts = _parts(person.name) + (_parts(name) if holder else ())
    person.gender = mention.extra.get("gender") or (holder.gender if holder is not None else None)
    return person


def _apply_text(person: Person, mention: Mention) -> None:
    """A title written in the text beats what the holder table or a bare mention said."""
    if mention.extra.get("weak") or person.role_from_text:
        return
    person.role, person.role_from_text = mention.role, True
    person.sector = mention.sector or person.sector
    if mention.extra.get("explicit_country"):
        person.country, person.code = mention.country, mention.code
    elif not person.country and not person.code:
        person.country = mention.extra.get("context_country")


def _titled(mention: Mention, registry, history, tables: ActorTables) -> Person:
    role = mention.role or ""
    country = mention.country if mention.extra.get("explicit_country") else None
    if mention.extra.get("relative") and history and country and history[-1][1].role:
        role = history[-1][1].role  # "Erdogan met his Russian counterpart": the Russian President
    for _, person, _ in reversed(history):
        if person.role and _role_ok(person.role, role, tables) and (country is None or person.country == country):
            return person
    where = country or mention.code or mention.extra.get("context_country")
    holder = tables.holder(where, role)
    if holder is not None:
        known = next((p for p in registry if p.name == holder.name), None)
        if known is not None:
            return known
        person = Person(name=holder.name, country=holder.country, code=holder.code, sector=holder.sector,
                        role=holder.role, parts=_parts(holder.name), gender=holder.gender)
    else:
        person = Person(name=role, country=where if not mention.code else None, code=mention.code,
                        sector=mention.sector or "GOV", role=role)
    registry.append(person)
    return person


def _role_ok(known: str, wanted: str, tables: ActorTables) -> bool:
    known, wanted = known.lower(), wanted.lower()
    if known == wanted:
        return True
    return known.endswith(" " + wanted) and known.split()[0] not in tables.title_prefixes


def _pronoun(doc: Doc, mention: Mention, history, tables: ActorTables, here: int,
             named_after: list[frozenset[str]]) -> Person | None:
    """A compatible person of the sentence of the most recent compatible one (a few sentences back at most),
    preferring one known to have the pronoun's gender, then one who was the subject of a clause ("Barrot met
    Aoun and Salam. He pledged …" is Barrot), then the most recent; never a person named later in the pronoun's
    own sentence ("He told Greer …" is not Greer)."""
    gender = tables.pronouns[doc[mention.start].lower_]
    best: tuple[int, Person] | None = None
    scope = None
    for sentence, person, subject in reversed(history):
        if here - sentence > _PRONOUN_WINDOW or (scope is not None and sentence < scope):
            break
        if person.gender not in (None, gender) or any(words & set(person.parts) for words in named_after):
            continue
        scope = sentence if scope is None else scope
        score = 2 * (person.gender == gender) + subject
        if best is None or score > best[0]:
            best = (score, person)
    if best is None:
        return None
    best[1].gender = gender
    return best[1]


def _by_part(name: str, people: list[Person]) -> Person | None:
    key = _strip_particle(name.lower())
    for person in people:  # most recent first; surname (last part) before other parts
        if person.parts and person.parts[-1] == key:
            return person
    for person in people:
        if key in person.parts:
            return person
    return None


def _parts(name: str) -> tuple[str, ...]:
    words = [_strip_particle(w.lower().strip(".,")) for w in name.split()]
    return tuple(w for w in words if len(w) > 1)


def _strip_particle(word: str) -> str:
    for particle in _NAME_PARTICLES:
        if word.startswith(particle) and len(word) > len(particle) + 1:
            return word[len(particle):]
    return word


def _all_parts(mentions: list[Mention]) -> set[str]:
    out: set[str] = set()
    for mention in mentions:
        if mention.extra.get("name"):
            out.update(_parts(mention.extra["name"]))
    return out


def _extra_candidates(doc: Doc, lower: list[str], parts: set[str], tables: ActorTables, taken: set[int]) -> list[Mention]:
    """Capitalised tokens equal to a known name part, and subject pronouns, not yet in a mention."""
    out = []
    for i, word in enumerate(lower):
        if i in taken or (word not in tables.pronouns and _strip_particle(word) not in parts):
            continue
        token = doc[i]
        if word in parts and word in tables.pronouns and token.text[:1].isupper() and not _clause_initial(doc, i):
            out.append(Mention(start=i, end=i + 1, kind="person", name=token.text, pending="surname",
                               extra={"name": token.text}))  # "expected to meet He soon", "…,” He said"
        elif token.lower_ in tables.pronouns and token.dep_ in _SUBJECT_DEPS:
            out.append(Mention(start=token.i, end=token.i + 1, kind="person", name="", pending="pronoun"))
        elif token.pos_ == "PROPN" and token.text[:1].isupper() and _strip_particle(token.lower_) in parts:
            out.append(Mention(start=token.i, end=token.i + 1, kind="person", name=token.text, pending="surname",
                               extra={"name": token.text}))
    return out


def _clause_initial(doc: Doc, i: int) -> bool:
    """Does token ``i`` open a sentence (quote marks aside), where a pronoun is capitalised too?"""
    k = i - 1
    while k >= 0 and (doc[k].is_space or doc[k].is_quote):
        k -= 1
    return k < 0 or doc[k].text in _SENTENCE_ENDS or "\n" in doc[k].whitespace_
