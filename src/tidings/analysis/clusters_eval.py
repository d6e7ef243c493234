"""Pairwise merge precision and recall of event clustering against gold clusters.

The gold (``examples/clusters.yaml``) says which gold events report the same real-world event.
Predicted events are matched to gold events as ``tidings eval`` does (same sentence, same type,
nearest trigger); every pair of matched gold events is then judged: merged by the clustering or
not, the same event in the gold or not. Pairs inside one article count only for articles whose
within-article repeats the gold lists (``exhaustive``). ``oracle_documents`` puts the gold events
themselves into the Documents, to measure the clustering without extraction errors.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

import yaml

from tidings.evaluation.annotations import AnchorErrors, locate
from tidings.evaluation.matching import Counts, greedy_match
from tidings.ingest.ids import derived_id
from tidings.models import Actor, Document, Event, Span
from tidings.ontology.events import load_types

Key = tuple[str, int]  # (article id, gold trigger start)


@dataclass
class GoldClusters:
    label: dict[Key, str]  # gold events in a multi-mention cluster -> cluster name
    exhaustive: set[str]  # article ids whose within-article pairs are judged
    errors: list[str] = field(default_factory=list)

    def of(self, key: Key) -> str:
        return self.label.get(key, f"single:{key[0]}:{key[1]}")


def load_gold_clusters(path: str | Path, records: list[dict]) -> GoldClusters:
    """Resolve the mentions of a gold cluster file against gold records (from ``examples/gold.jsonl``)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    by_stem = {Path(r["file"]).stem: r for r in records if r.get("file")}
    errors = AnchorErrors()
    label: dict[Key, str] = {}
    for cluster in data.get("clusters") or []:
        for n, m in enumerate(cluster.get("mentions") or []):
            where = f"{cluster.get('name')} mentions[{n}]"
            record = by_stem.get(m.get("file", ""))
            if record is None:
                errors.add(where, f"no gold article {m.get('file')!r}")
                continue
            offsets = locate(record["text"], m.get("trigger", ""), m.get("in"), where=where, errors=errors)
            if offsets is None:
                continue
            if not any(e["trigger"]["start"] == offsets[0] for e in record["events"]):
                errors.add(where, f"no gold event with trigger {m.get('trigger')!r} at {offsets[0]}")
                continue
            key = (record["id"], offsets[0])
            if key in label:
                errors.add(where, f"event already in cluster {label[key]!r}")
            label[key] = cluster["name"]
    exhaustive = {by_stem[s]["id"] for s in data.get("exhaustive") or [] if s in by_stem}
    missing = [s for s in data.get("exhaustive") or [] if s not in by_stem]
    for stem in missing:
        errors.add("exhaustive", f"no gold article {stem!r}")
    return GoldClusters(label=label, exhaustive=exhaustive, errors=errors.messages)


def _sentence_of(doc: Document, char: int) -> int:
    starts = [s.start for s in doc.sentences]
    return max(0, bisect_right(starts, char) - 1)


def match_events(records: list[dict], documents: dict[str, Document]) -> dict[str, Key]:
    """Predicted event id -> the gold event it matches (as ``tidings eval`` pairs them)."""
    matched: dict[str, Key] = {}
    for record in records:
        doc = documents.get(record["id"])
        if doc is None:
            continue

        def score(g: dict, p: Event) -> float | None:
            if p.type != g["type"] or p.sentence != _sentence_of(doc, g["trigger"]["start"]):
                return None
            return 1.0 / (1 + abs(p.trigger.start - g["trigger"]["start"]))

        for g, p in greedy_match(record["events"], doc.events, score).pairs:
            matched[p.id] = (record["id"], g["trigger"]["start"])
    return matched


@dataclass
class PairReport:
    pairs: Counts = field(default_factory=Counts)  # every judged pair
    cross_article: Counts = field(default_factory=Counts)  # pairs of events in different articles
    events_judged: int = 0
    gold_events: int = 0

    def as_dict(self) -> dict:
        def c(x: Counts) -> dict:
            return {"tp": x.tp, "fp": x.fp, "fn": x.fn, "precision": round(x.precision, 3),
                    "recall": round(x.recall, 3), "f1": round(x.f1, 3)}

        return {"pairs": c(self.pairs), "cross_article": c(self.cross_article),
                "events_judged": self.events_judged, "gold_events": self.gold_events}


def score_pairs(predicted: dict[Key, str], gold: GoldClusters, *, gold_events: int = 0) -> PairReport:
    """Judge every pair of gold events that have a predicted cluster id."""
    report = PairReport(events_judged=len(predicted), gold_events=gold_events)
    for a, b in combinations(sorted(predicted), 2):
        same_article = a[0] == b[0]
        if same_article and a[0] not in gold.exhaustive:
            continue
        truth, merged = gold.of(a) == gold.of(b), predicted[a] == predicted[b]
        for counts in (report.pairs,) if same_article else (report.pairs, report.cross_article):
            if truth and merged:
                counts.tp += 1
            elif merged:
                counts.fp += 1
            elif truth:
                counts.fn += 1
    return report


def _actors(codes: list[str]) -> list[Actor]:
    return [Actor(text=c, start=0, end=len(c), name=c, kind="country", country=c) for c in codes]


def oracle_documents(records: list[dict], documents: dict[str, Document]) -> dict[str, Document]:
    """The extracted Documents with their events replaced by the gold events (same text and sentences)."""
    quad = {name: info.quad_class for name, info in load_types().items()}
    out = {}
    for record in records:
        doc = documents.get(record["id"])
        if doc is None:
            continue
        events = [
            Event(id=derived_id(doc.id, "gold", g["trigger"]["start"]), type=g["type"], source=_actors(g.get("source") or []),
                  target=_actors(g.get("target") or []), trigger=Span(**g["trigger"]),
                  sentence=_sentence_of(doc, g["trigger"]["start"]), date=g.get("date"), status=g.get("status", "asserted"),
                  quad_class=quad[g["type"]], confidence=1.0)
            for g in record["events"]
        ]
        out[doc.id] = doc.model_copy(update={"events": events})
    return out


def oracle_keys(documents: dict[str, Document]) -> dict[str, Key]:
    return {e.id: (doc.id, e.trigger.start) for doc in documents.values() for e in doc.events}
