"""Events in the column order of the GDELT 2.0 event table, for the fields tidings has.

Every value is written as text, so CAMEO codes such as "0311" keep their leading zero.
Country codes are ISO 3166 alpha-3 (GDELT uses CAMEO country codes for actors and FIPS
10-4 for geography; the alpha-3 codes coincide with CAMEO's for states). Columns tidings
does not produce (ethnic, religion, known group, ADM codes, AvgTone) are left empty.

One row per (source, target) actor pair. A tidings event keeps compound actors together
("Germany and France imposed tariffs on Brazil and Argentina" is one event with two sources
and two targets); GDELT has one Actor1 and one Actor2 per row, so such an event becomes one row
per pair (2 × 2 = 4 rows here), every row with the same event fields. A missing side is an
empty actor. Pairs whose actor columns would be identical (two German ministers: both
``DEUGOV``) are written once. GLOBALEVENTID is the event id when the event has one row, and
``<event id>-<n>`` (n = 1, 2, ...) on each of its rows when it has several.

NumMentions, NumSources and NumArticles come from the event's cluster (``tidings.analysis.dedup``:
the same real-world event reported by several articles) when clustering has run: its mentions,
its distinct publishers and its articles. An event in no cluster counts itself: 1 mention,
1 article, 1 source when the article's publisher is known (its ``source``, else its URL host),
else 0 — as a cluster counts publishers.
"""

from __future__ import annotations

import datetime as dt
from tidings.export.clusters import EventCluster
from tidings.models import Actor, Document, Event, Place

_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code"]
_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in _ACTOR]
    + [f"Actor2{c}" for c in _ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in _GEO]
    + [f"Actor2Geo_{c}" for c in _GEO]
    + [f"ActionGeo_{c}" for c in _GEO]
    + ["DATEADDED", "SOURCEURL"]
)
_GEO_TYPE = {"country": "1", "admin": "2", "region": "2"}


def _actor(actor: Actor | None) -> list[str]:
    if actor is None:
        return [""] * len(_ACTOR)
    code = (actor.country or actor.code or "") + (actor.sector or "")
    group = actor.code if actor.kind in ("igo", "organization", "group") and actor.code else ""
    return [code, actor.name.upper(), actor.country or "", group, "", "", "", actor.sector or "", "", ""]


def _geo(place: Place | None) -> list[str]:
    if place is None:
        return [""] * len(_GEO)
    kind = _GEO_TYPE.get(place.kind or "", "4")
    fmt = lambda v: "" if v is None else f"{v:.4f}"  # noqa: E731
    return [kind, place.name, place.country or "", "", "", fmt(place.lat), fmt(place.lon), str(place.geonameid or "")]


def _dates(date: str | None) -> list[str]:
    if not date:
        return ["", "", "", ""]
    parts = (date.split("-") + ["01", "01"])[:3]
    day = dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    fraction = day.year + (day.timetuple().tm_yday - 1) / 365.0
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def actor_pairs(event: Event) -> list[tuple[list[str], list[str]]]:
    """The Actor1 and Actor2 columns of every (source, target) pair, in order, without repeats."""
    sources = [_actor(a) for a in event.source] or [_actor(None)]
    targets = [_actor(a) for a in event.target] or [_actor(None)]
    pairs = [(s, t) for s in sources for t in targets]
    return [p for n, p in enumerate(pairs) if p not in pairs[:n]]


def gdelt_rows(doc: Document, event: Event, counts: EventCluster) -> list[list[str]]:
    """The GDELT rows of one event: one per (source, target) actor pair (see the module docstring)."""
    cameo = event.cameo or ""
    root_sentence = 1 if event.sentence == 0 else 0
    action = (
        [str(root_sentence), cameo, cameo[:3], cameo[:2], str(event.quad_class),
         "" if event.goldstein is None else f"{event.goldstein:g}",
         str(counts.mentions), str(counts.sources), str(counts.articles), ""]
    )
    tail = _geo(None) + _geo(None) + _geo(event.location) + [(doc.published or "").replace("-", ""), doc.url or ""]
    dates = _dates(event.date or doc.published)
    pairs = actor_pairs(event)
    ids = [event.id] if len(pairs) == 1 else [f"{event.id}-{n}" for n in range(1, len(pairs) + 1)]
    return [[eid] + dates + source + target + action + tail for eid, (source, target) in zip(ids, pairs)]
