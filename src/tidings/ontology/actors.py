"""Typed loaders for the actor tables in data/actors/ (see the README there for sources).

Every table becomes :class:`ActorEntry` records in one of two phrase indexes:

- ``names``: proper names that must be capitalised in the text (countries and their
  aliases, demonyms, capitals, seats of government, IGOs, named organizations, office
  holders). Short mixed-case acronyms ("US", "UN", "WHO", "AfD") must match exactly.
- ``nouns``: common nouns matched in any case (titles such as "defense minister",
  generic institutions such as "the army", generic groups such as "protesters").

Lookups are plain dict hits on the lower-cased, whitespace-normalised phrase; the
``first_words`` map (first ``\\w+`` run → longest phrase length in tokens) lets the
extractor try only the few token positions that can start a phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tidings.ontology.actor_refs import ReferenceTables, load_reference_tables
from tidings.ontology.csvfiles import read_csv

_FIRST_WORD = re.compile(r"\w+")
_TOKENISH = re.compile(r"\w+|[^\w\s]")
_LEADING_THE = re.compile(r"^the\s+", re.I)


@dataclass(frozen=True)
class ActorEntry:
    """What one table row says a phrase denotes."""

    source: str  # country|alias|demonym|capital|seat|igo|org|party|institution|group|holder|title
    kind: str  # Actor.kind
    name: str
    country: str | None = None
    code: str | None = None
    sector: str | None = None
    role: str | None = None
    plural: bool = False  # demonym used as a noun for people ("Germans")
    context: bool = False  # generic noun may take its country from the article context
    weak: bool = False  # a title too vague to beat the holder table or an earlier title ("counterpart")
    gender: str | None = None  # of the bearer of a title ("spokeswoman")
    relative: bool = False  # the title is that of another person ("his Russian counterpart")
    offices: bool = False  # a plural of a title: a group of office holders ("defense ministers")
    shared: bool = False  # a national body's name that other countries use too ("Foreign Office", "National Guard")
    form: str = ""  # the phrase as written in the table


@dataclass
class PhraseIndex:
    """Normalised phrase → entries, plus a first-word filter."""

    entries: dict[str, list[ActorEntry]] = field(default_factory=dict)
    first_words: dict[str, int] = field(default_factory=dict)

    def add(self, phrase: str, entry: ActorEntry) -> None:
        key = normalise(phrase)
        if not key:
            return
        self.entries.setdefault(key, []).append(entry)
        first = first_word(key)
        if first:
            size = len(_TOKENISH.findall(key))
            self.first_words[first] = max(self.first_words.get(first, 0), size)

    def get(self, phrase: str) -> list[ActorEntry]:
        return self.entries.get(normalise(phrase), [])


@dataclass(frozen=True)
class ActorTables:
    names: PhraseIndex
    nouns: PhraseIndex
    countries: dict[str, str]  # ISO alpha-3 → canonical name
    adjectives: dict[str, str]  # ISO alpha-3 → first demonym ("Germany" → "German")
    honorifics: frozenset[str]
    title_prefixes: frozenset[str]  # words before a title: "Deputy", "former", "new"
    holders_by_role: dict[tuple[str | None, str], ActorEntry]  # (country or code, role lower) → holder
    owned_by: frozenset[str]  # "Hamas-run", "Kremlin-controlled": the name before owns the noun after
    hyphen_links: dict[str, str]  # "based" → "place", "backed" → "link": the name before is no actor of the noun
    allegiance_links: frozenset[tuple[str, ...]]  # "working for", "loyal to": the name after owns the group before
    locatives: dict[str, str]  # preposition → "always" | "verb" (locative only after a verb) | "never"
    static_prepositions: frozenset[str]  # "in", "near": where something is, not where it goes
    unowned_modifiers: frozenset[str]  # "foreign", "international": a group of no country in context
    pronouns: dict[str, str]  # subject pronoun → gender
    bodies: dict[str, tuple[str, str]] = field(default_factory=dict)  # "commission" → ("EU", "European Union")
    place_only: frozenset[str] = frozenset()  # prepositions whose object is a place even when tagged as a person
    party_heads: dict[str, bool] = field(default_factory=dict)  # "party" → False, "front" → True (needs an ORG entity)
    igo_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "alliance" → ("NATO", "CSTO")
    thing_nouns: frozenset[str] = frozenset()  # "tanker", "USS", "firm": the name after one names no person
    weapons: frozenset[str] = frozenset()  # "drones", "missiles": a side only when the text states it
    place_nouns: frozenset[str] = frozenset()  # "port", "town": "the port of X" names a place, not a person
    domestic_sectors: frozenset[str] = frozenset()  # national politics (parties, parliament, the opposition)
    follower_sectors: frozenset[str] = frozenset()  # executive bodies that follow a foreign institution just named
    silent_prefixes: frozenset[str] = frozenset()  # title prefixes left out of the role ("new", "visiting")
    abroad_prefixes: frozenset[str] = frozenset()  # the bearer is away from home: "visiting" (no scene country)
    located_sectors: frozenset[str] = frozenset()  # people who belong where they are (protesters, police, workers)
    unlocating_sectors: frozenset[str] = frozenset()  # bodies that do not tell where a story is (the media quoted)
    hostile_verbs: frozenset[str] = frozenset()  # "firing on its soldiers": the doer does not own the victims
    relations: frozenset[str] = frozenset()  # "sister", "aide": a name in apposition takes the relative's side
    giver_verbs: frozenset[str] = frozenset()  # "drew a warning [from Beijing]": the name after "from" gives or acts
    recipient_verbs: frozenset[str] = frozenset()  # "extended a loan [to Hanoi]": the name after "to" receives
    refs: ReferenceTables = field(default_factory=ReferenceTables)  # article-level references ("the group")

    def holder(self, country: str | None, role: str | None) -> ActorEntry | None:
        if not role:
            return None
        return self.holders_by_role.get((country, role.lower()))


def normalise(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def first_word(text: str) -> str | None:
    match = _FIRST_WORD.search(text.lower())
    return match.group(0) if match else None


def _rows(name: str) -> list[dict[str, str]]:
    return read_csv(f"actors/{name}")


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


def _strip_the(phrase: str) -> str:
    return _LEADING_THE.sub("", phrase)


def _add_countries(names: PhraseIndex, countries: dict[str, str], adjectives: dict[str, str]) -> None:
    for row in _rows("countries.csv"):
        iso, name = row["iso3"], row["name"]
        countries[iso] = name
        adjectives[iso] = (_split(row["demonyms"]) or [name])[0]
        base = dict(kind="country", name=name, country=iso, sector="GOV")
        for phrase in [name, *_split(row["aliases"])]:
            names.add(_strip_the(phrase), ActorEntry(source="country", form=_strip_the(phrase), **base))
        demonyms = _split(row["demonyms"])
        for phrase in demonyms:
            plural = phrase.endswith("s") and phrase[:-1] in demonyms
            names.add(phrase, ActorEntry(source="demonym", form=phrase, plural=plural, **base))
        for phrase in _split(row["capitals"]):
            names.add(_strip_the(phrase), ActorEntry(source="capital", form=_strip_the(phrase), **base))


def _add_named(names: PhraseIndex, countries: dict[str, str]) -> None:
    for row in _rows("seats.csv"):
        country = row["country"] or None
        entry = dict(
            kind="country" if country else "igo",
            name=countries.get(country, row["name"]) if country else row["name"],
            country=country, code=row["code"] or None, sector=row["sector"] or None,
        )
        names.add(row["phrase"], ActorEntry(source="seat", form=row["phrase"], **entry))
    for row in _rows("igos.csv"):
        for phrase in [row["name"], row["code"], *_split(row["aliases"])]:
            entry = ActorEntry(source="igo", kind="igo", name=row["name"], code=row["code"], sector="IGO",
                               form=_strip_the(phrase))
            names.add(_strip_the(phrase), entry)
    for row in _rows("organizations.csv"):
        for phrase in [row["name"], *_split(row["aliases"])]:
            entry = ActorEntry(source="org", kind=row["kind"], name=row["name"], country=row["country"] or None,
                               code=row["code"] or None, sector=row["sector"] or None, form=_strip_the(phrase),
                               shared=row["shared"] == "yes" and phrase == row["name"])
            names.add(_strip_the(phrase), entry)


def _add_holders(names: PhraseIndex) -> dict[tuple[str | None, str], ActorEntry]:
    by_role: dict[tuple[str | None, str], ActorEntry] = {}
    for row in _rows("holders.csv"):
        entry = dict(kind="person", name=row["name"], country=row["country"] or None, code=row["code"] or None,
                     sector=row["sector"] or None, role=row["role"] or None, gender=row["gender"] or None)
        for phrase in [row["name"], *_split(row["aliases"])]:
            names.add(phrase, ActorEntry(source="holder", form=phrase, **entry))
        holder = ActorEntry(source="holder", form=row["name"], **entry)
        by_role.setdefault((holder.country or holder.code, (holder.role or "").lower()), holder)
    return by_role


def _add_nouns(nouns: PhraseIndex) -> None:
    titles = list(_rows("titles.csv"))
    for row in titles:
        nouns.add(row["phrase"], ActorEntry(source="title", kind="person", name=row["role"], role=row["role"],
                                            sector=row["sector"] or None, form=row["phrase"],
                                            weak=row["weak"] in ("yes", "relative"), gender=row["gender"] or None,
                                            relative=row["weak"] == "relative", country=row["country"] or None))
    for row in _rows("institutions.csv"):
        nouns.add(row["phrase"], ActorEntry(source="institution", kind=row["kind"], name=row["name"],
                                            sector=row["sector"] or None, context=row["context"] == "yes",
                                            form=row["phrase"]))
    _add_portfolios(nouns)
    for row in _rows("groups.csv"):
        nouns.add(row["phrase"], ActorEntry(source="group", kind="group", name=row["name"],
                                            sector=row["sector"] or None, context=row["context"] == "yes",
                                            plural=True, form=row["phrase"]))
    for row in titles:  # "foreign ministers", "generals": groups of office holders, unless groups.csv says otherwise
        plural = _plural(row["phrase"])
        if plural and not nouns.get(plural):
            nouns.add(plural, ActorEntry(source="group", kind="group", name=_plural(row["role"]) or row["role"],
                                         sector=row["sector"] or "GOV", context=row["weak"] != "yes", plural=True,
                                         form=plural, offices=True))


def _add_portfolios(nouns: PhraseIndex) -> None:
    """Cabinet portfolios → "X minister", "X secretary", "X commissioner", "minister of/for X" titles and
    "X ministry", "ministry of/for X" institutions, unless titles.csv or institutions.csv already word them."""
    for row in _rows("portfolios.csv"):
        portfolio = row["portfolio"]
        titles = [(f"{portfolio} {office}", f"{row['role']} {office.title()}", sector)
                  for office, sector in (("minister", "GOV"), ("secretary", "GOV"), ("commissioner", None))]
        titles += [(f"minister {prep} {portfolio}", f"{row['role']} Minister", "GOV") for prep in ("of", "for")]
        for phrase, role, sector in titles:
            if not nouns.get(phrase):
                nouns.add(phrase, ActorEntry(source="title", kind="person", name=role, role=role, sector=sector,
                                             form=phrase))
        for phrase in (f"{portfolio} ministry", f"ministry of {portfolio}", f"ministry for {portfolio}"):
            if not nouns.get(phrase):
                nouns.add(phrase, ActorEntry(source="institution", kind="organization", name=f"{row['role']} Ministry",
                                             sector="GOV", context=True, form=phrase))


def _plural(phrase: str) -> str | None:
    """English plural of a title's head word ("secretary of state" → "secretaries of state")."""
    words = phrase.split()
    head = next((i for i, w in enumerate(words) if w.lower() in ("of", "for", "in")), len(words)) - 1
    if head < 0 or "-" in words[head]:
        return None
    word = words[head]
    if word.lower().endswith("man"):
        word = word[:-3] + "men"
    elif word.lower().endswith("y") and word[-2:-1].lower() not in "aeiou":
        word = word[:-1] + "ies"
    elif word.lower().endswith(("s", "sh", "ch", "x")):
        word = word + "es"
    else:
        word = word + "s"
    return " ".join(words[:head] + [word] + words[head + 1:])


def _words(name: str) -> frozenset[str]:
    return frozenset(row["word"].lower() for row in _rows(name))


def load_actor_tables() -> ActorTables:
    """Read every actor table once (callers cache through ``tidings.ontology.load_ontology``)."""
    names, nouns, countries, adjectives = PhraseIndex(), PhraseIndex(), {}, {}
    _add_countries(names, countries, adjectives)
    _add_named(names, countries)
    holders_by_role = _add_holders(names)
    for row in _rows("party_families.csv"):  # "the Greens": a party whose country the article gives
        names.add(row["phrase"], ActorEntry(source="party", kind="organization", name=row["name"], sector="PTY",
                                            form=row["phrase"]))
    for row in _rows("blocked.csv"):  # longer phrases that contain a name but are no actor ("Latin American")
        names.add(row["phrase"], ActorEntry(source="block", kind="organization", name=row["phrase"],
                                            form=row["phrase"]))
    _add_nouns(nouns)
    sectors, prefixes = list(_rows("sectors.csv")), list(_rows("title_prefixes.csv"))
    return ActorTables(
        names=names, nouns=nouns, countries=countries, adjectives=adjectives,
        honorifics=_words("honorifics.csv"), title_prefixes=_words("title_prefixes.csv"),
        holders_by_role=holders_by_role, owned_by=_words("owned_by.csv"),
        hyphen_links={row["word"]: row["use"] for row in _rows("hyphen_links.csv")},
        allegiance_links=frozenset(tuple(row["phrase"].split()) for row in _rows("allegiance_links.csv")),
        locatives={row["word"]: row["use"] for row in _rows("locatives.csv")},
        static_prepositions=frozenset(row["word"] for row in _rows("locatives.csv") if row["static"] == "yes"),
        unowned_modifiers=_words("unowned_modifiers.csv"),
        pronouns={row["word"]: row["gender"] for row in _rows("pronouns.csv")},
        bodies={row["head"]: (row["code"], row["name"]) for row in _rows("bodies.csv")},
        place_only=frozenset(row["word"] for row in _rows("locatives.csv") if row["person"] == "no"),
        party_heads={row["word"]: row["entity"] == "yes" for row in _rows("party_heads.csv")},
        igo_nouns={row["noun"]: tuple(_split(row["codes"])) for row in _rows("igo_nouns.csv")},
        thing_nouns=frozenset(row["word"] for row in _rows("thing_nouns.csv")),
        weapons=frozenset(row["word"] for row in _rows("weapons.csv")),
        place_nouns=frozenset(row["word"] for row in _rows("place_nouns.csv")),
        domestic_sectors=frozenset(row["sector"] for row in sectors if row["domestic"] == "yes"),
        follower_sectors=frozenset(row["sector"] for row in sectors if row["follower"] == "yes"),
        unlocating_sectors=frozenset(row["sector"] for row in sectors if row["article"] == "no"),
        located_sectors=frozenset(row["sector"] for row in sectors if row["located"] == "yes"),
        silent_prefixes=frozenset(row["word"] for row in prefixes if row["keep"] == "no"),
        abroad_prefixes=frozenset(row["word"] for row in prefixes if row["abroad"] == "yes"),
        giver_verbs=_words("giver_verbs.csv"),
        recipient_verbs=_words("recipient_verbs.csv"),
        relations=_words("relations.csv"),
        hostile_verbs=_words("hostile_verbs.csv"),
        refs=load_reference_tables(),
    )
