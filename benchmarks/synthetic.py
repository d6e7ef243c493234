"""Synthetic articles with known events, actors, quotes, quantities and places, written fast into a store.

Every finding carries exact offsets into its article's text, so the web page and the API can be
tested against known answers, and the store can be filled with a million events for benchmarks.

    python benchmarks/synthetic.py --db /tmp/big.duckdb --events 1000000

Library use: ``synthetic_documents(n_articles, ...)`` yields Documents; ``fill(store, n_events)``
writes them (bulk-loaded through NumPy column arrays on DuckDB, ``store.write`` elsewhere).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import datetime as dt
import logging
import random
import sys
import time
from pathlib import Path
from typing import Iterator, Sequence

from tidings.ingest.ids import article_id, derived_id
from tidings.models import Document
from tidings.store import Store, open_store
from tidings.analysis.clusters_rows import article_input, event_input
from tidings.store.rows import SEP, TABLES
from tidings.store.schema import columns

logger = logging.getLogger(__name__)

# Synthetic vocabulary (test data, not ontology): code, name, capital, lat, lon.
COUNTRIES = [
    ("USA", "the United States", "Washington", 38.90, -77.04),
    ("DEU", "Germany", "Berlin", 52.52, 13.40),
    ("FRA", "France", "Paris", 48.86, 2.35),
    ("GBR", "Britain", "London", 51.51, -0.13),
    ("RUS", "Russia", "Moscow", 55.76, 37.62),
    ("UKR", "Ukraine", "Kyiv", 50.45, 30.52),
    ("CHN", "China", "Beijing", 39.90, 116.40),
    ("JPN", "Japan", "Tokyo", 35.68, 139.69),
    ("IND", "India", "New Delhi", 28.61, 77.21),
    ("BRA", "Brazil", "Brasilia", -15.79, -47.88),
    ("IRN", "Iran", "Tehran", 35.69, 51.39),
    ("ISR", "Israel", "Jerusalem", 31.77, 35.21),
    ("TUR", "Turkey", "Ankara", 39.93, 32.86),
    ("EGY", "Egypt", "Cairo", 30.04, 31.24),
    ("SDN", "Sudan", "Khartoum", 15.50, 32.56),
    ("NGA", "Nigeria", "Abuja", 9.08, 7.40),
    ("ZAF", "South Africa", "Pretoria", -25.75, 28.19),
    ("MEX", "Mexico", "Mexico City", 19.43, -99.13),
    ("AUS", "Australia", "Canberra", -35.28, 149.13),
    ("KOR", "South Korea", "Seoul", 37.57, 126.98),
]
# PLOVER type, verb phrase, quad class, Goldstein, CAMEO
TYPES = [
    ("AGREE", "agreed with", 1, 4.0, "030"),
    ("CONSULT", "met", 1, 1.0, "040"),
    ("SUPPORT", "praised", 1, 3.5, "051"),
    ("CONCEDE", "offered concessions to", 1, 5.0, "080"),
    ("COOPERATE", "signed a deal with", 2, 6.0, "061"),
    ("AID", "sent aid to", 2, 7.0, "070"),
    ("RETREAT", "withdrew troops from", 2, 7.5, "087"),
    ("REQUEST", "urged", 3, -0.1, "020"),
    ("ACCUSE", "accused", 3, -2.0, "112"),
    ("REJECT", "rejected a proposal from", 3, -4.0, "120"),
    ("THREATEN", "threatened", 3, -6.0, "130"),
    ("PROTEST", "protested against", 4, -6.5, "140"),
    ("SANCTION", "imposed sanctions on", 4, -8.0, "163"),
    ("MOBILIZE", "deployed troops near", 4, -7.2, "154"),
    ("COERCE", "seized ships of", 4, -9.0, "170"),
    ("ASSAULT", "shelled positions of", 4, -10.0, "190"),
]
STATUSES = ["asserted", "asserted", "asserted", "reported", "planned", "negated"]
START = dt.date(2020, 1, 1)


def _actor(text: str, start: int, *, name: str, kind: str, country: str | None, role: str | None = None) -> dict:
    return {"text": text, "start": start, "end": start + len(text), "name": name, "kind": kind, "country": country,
            "code": None, "sector": "GOV", "role": role}


class _Writer:
    """Appends text and returns the start offset of what was appended."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def add(self, piece: str) -> int:
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start


def _country(w: _Writer, row: tuple, *, capital_first: bool = False) -> dict:
    code, name, *_ = row
    text = name[0].upper() + name[1:] if capital_first else name
    return _actor(text, w.add(text), name=name.removeprefix("the "), kind="country", country=code)


def _event_sentence(w: _Writer, rnd: random.Random, i: int, published: str, sentence: int) -> dict:
    """One sentence '<Source> <verb> <target> in <capital>[, with about N troops].' as an Event dict."""
    src, tgt = rnd.sample(COUNTRIES, 2)
    kind, verb, quad, goldstein, cameo = TYPES[rnd.randrange(len(TYPES))]
    source = _country(w, src, capital_first=True)
    w.add(" ")
    t0 = w.add(verb)
    w.add(" ")
    target = _country(w, tgt)
    w.add(" in ")
    where = rnd.choice((src, tgt))
    place = {"text": where[2], "start": w.add(where[2]), "end": w.length, "name": where[2], "country": where[0],
             "lat": where[3], "lon": where[4], "geonameid": None, "kind": "city"}
    quantities = []
    if rnd.random() < 0.3:
        w.add(", with about ")
        value = rnd.randrange(1, 50) * 100
        text = f"{value} troops"
        quantities.append({"text": text, "start": w.add(text), "end": w.length, "value": float(value), "low": None,
                           "high": None, "previous": None, "unit": "troops", "about": "troops", "approximate": True})
    w.add(".")
    return {
        "id": derived_id(i, "event", t0), "type": kind, "mode": None, "contexts": [], "source": [source],
        "target": [target], "trigger": {"text": verb, "start": t0, "end": t0 + len(verb)}, "sentence": sentence,
        "date": published, "location": place, "quantities": quantities, "status": rnd.choice(STATUSES),
        "attributed_to": None, "cameo": cameo, "goldstein": goldstein, "quad_class": quad,
        "confidence": round(0.5 + rnd.random() / 2, 2), "rule": "synthetic",
    }


def _quote_sentence(w: _Writer, rnd: random.Random, sentence: int) -> dict:
    code, name, *_ = rnd.choice(COUNTRIES)
    w.add('"')
    said = rnd.choice(("We will not back down", "The talks were constructive", "Our patience has limits"))
    q0 = w.add(said)
    w.add('," said ')
    who = f"Minister Jane Doe{rnd.randrange(50)}"
    speaker = _actor(who, w.add(who), name=who.removeprefix("Minister "), kind="person", country=code, role="Minister")
    w.add(f" of {name.removeprefix('the ')}.")
    return {"text": said, "start": q0, "end": q0 + len(said), "kind": "direct", "speaker": speaker, "cue": "said",
            "sentence": sentence}


def document_dict(i: int, *, events: int = 10, seed: int = 0, extra: str = "", per_day: int = 0) -> dict:
    """Article number ``i`` as a Document dict: ``events`` event sentences and one quote, dated by ``i``.

    With ``per_day`` > 0 the articles come in date order, ``per_day`` a day, as a news feed is ingested;
    with 0 their dates jump around six years (an archive ingested in no particular order).
    """
    rnd = random.Random(seed * 1_000_003 + i)
    days = i // per_day if per_day > 0 else (i * 7) % 2190
    published = (START + dt.timedelta(days=days)).isoformat()
    w = _Writer()
    sentences, evs = [], []
    for n in range(events):
        start = w.length
        evs.append(_event_sentence(w, rnd, i, published, n))
        sentences.append({"start": start, "end": w.length})
        w.add(" ")
    start = w.length
    quote = _quote_sentence(w, rnd, len(sentences))
    sentences.append({"start": start, "end": w.length})
    w.add(f" (Report {i}.)" + extra)
    text = "".join(w.parts)
    return {
        "id": article_id(text), "title": f"Synthetic report {i}", "url": None, "source": "synthetic",
        "published": published, "language": "en", "text": text, "sentences": sentences,
        "actors": [a for e in evs for a in e["source"] + e["target"]] + [quote["speaker"]], "events": evs,
        "quotes": [quote], "quantities": [q for e in evs for q in e["quantities"]],
        "places": [e["location"] for e in evs],
    }


def synthetic_document(i: int, *, events: int = 10, seed: int = 0, extra: str = "") -> Document:
    return Document.model_validate(document_dict(i, events=events, seed=seed, extra=extra))


def synthetic_documents(n_articles: int, *, events: int = 10, seed: int = 0, first: int = 0) -> Iterator[Document]:
    for i in range(first, first + n_articles):
        yield synthetic_document(i, events=events, seed=seed)


def _codes(actors: list[dict]) -> str:
    return SEP + SEP.join(dict.fromkeys(a["code"] or a["country"] or a["name"] for a in actors)) + SEP if actors else ""


def _event_row(d: dict, e: dict) -> tuple:
    s, place = d["sentences"][e["sentence"]], e["location"]
    return (e["id"], d["id"], e["type"], e["mode"], SEP.join(e["contexts"]), _codes(e["source"]), _codes(e["target"]),
            SEP.join(dict.fromkeys(a["name"] for a in e["source"])), SEP.join(dict.fromkeys(a["name"] for a in e["target"])),
            e["trigger"]["text"], e["trigger"]["start"], e["trigger"]["end"], e["sentence"], s["start"], s["end"],
            e["date"] or d["published"], d["published"], place["name"], place["country"], place["lat"], place["lon"],
            e["status"], None, e["cameo"], e["goldstein"], e["quad_class"], e["confidence"])


def fast_rows(d: dict) -> dict[str, list[tuple]]:
    """The store rows of a synthetic Document dict, as ``rows_for`` makes them (a test checks), without pydantic."""
    aid, pub = d["id"], d["published"]
    return {
        "articles": [(aid, d["title"], d["url"], d["source"], pub, d["language"], len(d["text"]), len(d["sentences"]),
                      len(d["events"]), len(d["quotes"]), json.dumps(d), article_id(d["text"]))],
        "events": [_event_row(d, e) for e in d["events"]],
        "event_actors": [(e["id"], aid, side, a["code"] or a["country"] or a["name"], a["name"], e["date"] or pub)
                         for e in d["events"] for side in ("source", "target") for a in e[side]],
        "quotes": [(derived_id(aid, "quote", q["start"], q["end"]), aid, q["text"], q["start"], q["end"], q["kind"],
                    q["speaker"]["name"], q["speaker"]["country"], q["speaker"]["role"], q["cue"], q["sentence"], pub)
                   for q in d["quotes"]],
        "actors": [(aid, *(a[k] for k in ACTOR_KEYS)) for a in d["actors"]],
        "quantities": [(aid, *(q[k] for k in QUANTITY_KEYS)) for q in d["quantities"]],
        "places": [(aid, *(p[k] for k in PLACE_KEYS)) for p in d["places"]],
        **_input_rows(d),
        "failures": [],
    }


def _input_rows(d: dict) -> dict[str, list[tuple]]:
    """The clustering inputs, as ``clusters_rows.inputs_for`` makes them from the Document."""
    aid, text, sentences = d["id"], d["text"], d["sentences"]
    persons = {a["name"] for a in d["actors"] if a["kind"] == "person"}
    article = article_input(aid, article_id(text), d["title"], d["source"], d["url"], text, [s["end"] for s in sentences])
    events = [event_input(e["id"], aid, text, e["trigger"]["text"],
                          (e["trigger"]["start"], sentences[e["sentence"]]["start"], sentences[e["sentence"]]["end"]),
                          e["rule"], tuple([a["name"] for a in e[side] if a["name"] in persons] for side in ("source", "target")))
              for e in d["events"]]
    return {"cluster_article_inputs": [article], "cluster_event_inputs": events}


ACTOR_KEYS = columns(TABLES["actors"])[1:]
QUANTITY_KEYS = columns(TABLES["quantities"])[1:]
PLACE_KEYS = columns(TABLES["places"])[1:]


def _chunk_rows(args: tuple[int, int, int, int, int]) -> dict[str, list[tuple]]:
    first, count, events, seed, per_day = args
    tables: dict[str, list[tuple]] = {name: [] for name in TABLES}
    for i in range(first, first + count):
        for name, rows in fast_rows(document_dict(i, events=events, seed=seed, per_day=per_day)).items():
            tables[name].extend(rows)
    return tables


def _insert_duckdb(con, tables: dict[str, list[tuple]]) -> None:
    import numpy as np

    for name, rows in tables.items():
        if not rows:
            continue
        cols = columns(TABLES[name])
        arrays = {c: np.array([r[k] for r in rows], dtype=object) for k, c in enumerate(cols)}  # noqa: F841
        select = ", ".join(f'arrays."{c}"' for c in cols)
        con.execute(f"INSERT INTO {name} SELECT {select} FROM arrays")


def fill(store: Store, n_events: int, *, events_per_article: int = 10, seed: int = 0, chunk: int = 2000,
         processes: int = 1, first: int = 0, chronological: bool = True) -> int:
    """Write about ``n_events`` synthetic events (whole articles, numbered from ``first``); returns the article count.

    ``chronological`` spreads the articles over six years in date order (a store fed as news arrives);
    otherwise their dates are shuffled. DuckDB stores are bulk-loaded from NumPy columns; other stores
    go through ``store.write``.
    """
    n_articles = max(1, n_events // events_per_article)
    per_day = max(1, n_articles // 2190) if chronological else 0
    jobs = [(start, min(chunk, first + n_articles - start), events_per_article, seed, per_day)
            for start in range(first, first + n_articles, chunk)]
    if type(store).__name__ != "DuckDBStore":
        for start, count, events, _, _ in jobs:
            docs = [Document.model_validate(document_dict(i, events=events, seed=seed, per_day=per_day))
                    for i in range(start, start + count)]
            store.write(docs)
        return n_articles
    pool = multiprocessing.get_context("fork").Pool(processes) if processes > 1 else None
    dropped = _drop_indexes(store.con)  # loading into indexed tables slows down as they grow
    try:
        results = pool.imap(_chunk_rows, jobs) if pool else map(_chunk_rows, jobs)
        for n, tables in enumerate(results, start=1):
            _insert_duckdb(store.con, tables)
            logger.info("%d/%d articles", min(n * chunk, n_articles), n_articles)
    finally:
        if pool:
            pool.close()
        for statement in dropped:
            store.con.execute(statement)
    return n_articles


def _drop_indexes(con) -> list[str]:
    """Drop the store's indexes; returns the statements that make them again."""
    found = con.execute("SELECT index_name, sql FROM duckdb_indexes() WHERE index_name LIKE 'idx_%'").fetchall()
    for name, _ in found:
        con.execute(f'DROP INDEX "{name}"')
    return [sql for _, sql in found]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="store path or URL (an existing DuckDB file is appended to)")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--per-article", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--shuffled", action="store_true", help="dates in no order (default: in date order, as a feed)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    started = time.perf_counter()
    with open_store(args.db) as store:
        n = fill(store, args.events, events_per_article=args.per_article, seed=args.seed, processes=args.processes,
                 chronological=not args.shuffled)
    logger.info("wrote %d articles (%d events) in %.1f s", n, n * args.per_article, time.perf_counter() - started)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
    sys.exit(main())
