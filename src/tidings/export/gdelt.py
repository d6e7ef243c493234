"""Events in the column order of the GDELT 2.0 event table, for the fields tidings has.

Every value is written as text, so CAMEO codes such as "0311" keep their leading zero.
Country codes are ISO 3166 alpha-3 (GDELT uses CAMEO country codes for actors and FIPS
10-4 for geography; the alpha-3 codes coincide with CAMEO's for states). Columns tidings
does not produce (ethnic, religion, known group, ADM codes, AvgTone) are left empty.
"""

from __future__ import annotations

import datetime as dt

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


def gdelt_row(doc: Document, event: Event) -> list[str]:
    cameo = event.cameo or ""
    source = event.source[0] if event.source else None
    target = event.target[0] if event.target else None
    root_sentence = 1 if event.sentence == 0 else 0
    return (
        [event.id]
        + _dates(event.date or doc.published)
        + _actor(source)
        + _actor(target)
        + [str(root_sentence), cameo, cameo[:3], cameo[:2], str(event.quad_class),
           "" if event.goldstein is None else f"{event.goldstein:g}", "1", "1", "1", ""]
        + _geo(None)
        + _geo(None)
        + _geo(event.location)
        + [(doc.published or "").replace("-", ""), doc.url or ""]
    )
