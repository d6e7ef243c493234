"""Choosing among places that share a name: prior (population, notability, kind) plus the
article's context (its dateline country, countries it names, a qualifier as in "Paris, Texas")."""

from __future__ import annotations

from dataclasses import dataclass, field

from tidings.ontology.places import GazEntry

_IN_CONTEXT = 1.0
# a province or county known only from ISO 3166-2 (no coordinates) shares one flat prior, well
# below any town's, so "Kent" in a story about Britain would go to a US town: when its country is
# one the article names, it counts this much in choosing the country (not the place within it)
_SUBDIVISION_IN_CONTEXT = 2.5
_IN_DATELINE_COUNTRY = 0.5
_ALTERNATE_NAME = -1.0  # "Andong" is Andong (KOR) before it is an old name of Dandong (CHN)
_CLEAR_MARGIN = 2.0


@dataclass
class Context:
    dateline_country: str | None = None
    countries: set[str] = field(default_factory=set)


def choose(entries: tuple[GazEntry, ...], context: Context, *, qualifier: tuple[GazEntry, ...] = ()) -> GazEntry | None:
    """The likeliest entry. A qualifier ("Paris, *Texas*") restricts the choice when it can."""
    if not entries:
        return None
    pool = list(entries)
    if qualifier:
        narrowed = [e for e in pool if any(_within(e, q) for q in qualifier)]
        pool = narrowed or pool
    country = max(pool, key=lambda e: _score(e, context) + _subdivision_bonus(e, context)).country
    return max((e for e in pool if e.country == country), key=lambda e: _score(e, context))


def _within(entry: GazEntry, qualifier: GazEntry) -> bool:
    if entry is qualifier or entry.country is None or entry.country != qualifier.country:
        return False
    if qualifier.kind == "admin" and qualifier.admin1 and entry.admin1:
        return entry.admin1 == qualifier.admin1
    return qualifier.kind in ("country", "admin")


def _subdivision_bonus(entry: GazEntry, context: Context) -> float:
    subdivision = entry.kind == "admin" and entry.lat is None
    return _SUBDIVISION_IN_CONTEXT - _IN_CONTEXT if subdivision and entry.country in context.countries else 0.0


def _score(entry: GazEntry, context: Context) -> float:
    score = entry.prior + (0.0 if entry.primary else _ALTERNATE_NAME)
    if entry.country and entry.kind != "country":
        if entry.country in context.countries:
            score += _IN_CONTEXT
        if entry.country == context.dateline_country:
            score += _IN_DATELINE_COUNTRY
    return score


def clear_choice(entries: tuple[GazEntry, ...]) -> GazEntry | None:
    """The top entry when it needs no context: alone, or well ahead of the next one and named by
    its own name ("Antioquia" is an old name of Antakya before it is a Colombian province)."""
    if not entries:
        return None
    if len(entries) == 1 or (entries[0].primary and entries[0].prior - entries[1].prior >= _CLEAR_MARGIN):
        return entries[0]
    return None
