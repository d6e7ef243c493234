"""Tables for article-level references (data/actors/, see the README there): generic nouns that
stand for a named organization ("the group"), words that name a country only in an article about
it ("the North"), IGO agencies that "UN <noun>" means in an article naming them ("UN inspectors"),
first-person words that stand for a quote's speaker ("we", "our"), plural nouns and pronouns that stand
for a set of parties named before ("the two leaders", "both sides", "They")."""

from __future__ import annotations

from dataclasses import dataclass, field

from tidings.ontology.csvfiles import read_csv


@dataclass(frozen=True)
class Alias:
    country: str
    needs: frozenset[str]  # the alias stands for ``country`` only in an article naming one of these


@dataclass(frozen=True)
class SetNoun:
    members: tuple[str, ...]  # fixed members ("the two Koreas"), else those the article named before
    people: bool  # the members are people ("the two leaders"), else any party ("both sides")


@dataclass(frozen=True)
class ReferenceTables:
    anaphors: dict[str, frozenset[str]] = field(default_factory=dict)  # "group" → sectors it may stand for
    aliases: dict[str, Alias] = field(default_factory=dict)  # "North" (as written) → PRK, in articles naming PRK or KOR
    children: dict[str, list[tuple[str, frozenset[str]]]] = field(default_factory=dict)  # "UN" → [(IAEA, nouns)]
    first_person: dict[str, str] = field(default_factory=dict)  # "we" → "plural", "i" → "singular"
    set_nouns: dict[str, SetNoun] = field(default_factory=dict)  # "leaders" → people; "koreas" → PRK, KOR
    set_words: dict[str, str] = field(default_factory=dict)  # "the" → definite, "two" → pair, "they" → pronoun
    set_sizes: dict[str, int] = field(default_factory=dict)  # "both" → 2, "three" → 3: how many members a word counts
    # head word → [(the words before it, the countries it names)]: "states" → [(("baltic",), (EST, LTU, LVA))]
    named_sets: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = field(default_factory=dict)
    # head word → [(words before it, countries it may stand for; empty = any)]: "state" → [(("gulf",), {SAU, …})]
    descriptors: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = field(default_factory=dict)


def _rows(name: str) -> list[dict[str, str]]:
    return read_csv(f"actors/{name}")


def _set(value: str) -> frozenset[str]:
    return frozenset(part.strip() for part in value.split("|") if part.strip())


def load_reference_tables() -> ReferenceTables:
    children: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for row in _rows("igo_children.csv"):
        children.setdefault(row["parent"], []).append((row["child"], _set(row["nouns"].lower())))
    return ReferenceTables(
        anaphors={row["noun"].lower(): _set(row["sectors"]) for row in _rows("anaphors.csv")},
        aliases={row["word"]: Alias(row["country"], _set(row["needs"])) for row in _rows("article_aliases.csv")},
        children=children,
        first_person={row["word"].lower(): row["number"] for row in _rows("first_person.csv")},
        set_nouns={row["noun"].lower(): SetNoun(tuple(sorted(_set(row["members"]))), row["parties"] == "person")
                   for row in _rows("set_nouns.csv")},
        set_words={row["word"].lower(): row["use"] for row in _rows("set_words.csv")},
        set_sizes={row["word"].lower(): int(row["size"]) for row in _rows("set_words.csv") if row["size"]},
        named_sets=_named_sets(),
        descriptors=_descriptors(),
    )


def _named_sets() -> dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    out: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
    for row in _rows("named_sets.csv"):
        *before, head = row["name"].lower().split()
        out.setdefault(head, []).append((tuple(before), tuple(sorted(_set(row["members"])))))
    return out


def _descriptors() -> dict[str, list[tuple[tuple[str, ...], frozenset[str]]]]:
    out: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
    for row in _rows("country_descriptors.csv"):
        words = tuple(row["phrase"].lower().split())
        countries = frozenset() if row["countries"] == "*" else _set(row["countries"])
        out.setdefault(words[-1], []).append((words[:-1], countries))
    for forms in out.values():
        forms.sort(key=lambda form: -len(form[0]))  # the longest phrase first: "island nation" before "nation"
    return out
