"""Precision, recall and F1 of the extractors against gold annotations (``tidings eval``)."""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from tidings.evaluation.matching import Accuracy, Counts, greedy_match, span_score
from tidings.models import Article, Document
from tidings.store.rows import actor_code


@dataclass
class Report:
    articles: int = 0
    events: Counts = field(default_factory=Counts)          # type
    events_dyad: Counts = field(default_factory=Counts)     # type + source + target
    by_type: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    by_type_dyad: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    event_status: Accuracy = field(default_factory=Accuracy)
    event_date: Accuracy = field(default_factory=Accuracy)
    dyad: Accuracy = field(default_factory=Accuracy)        # of type-matched events
    quotes: Counts = field(default_factory=Counts)
    quote_speaker: Accuracy = field(default_factory=Accuracy)
    quote_kind: Accuracy = field(default_factory=Accuracy)
    quantities: Counts = field(default_factory=Counts)      # span + value + unit
    quantity_span: Counts = field(default_factory=Counts)
    places: Counts = field(default_factory=Counts)
    place_country: Accuracy = field(default_factory=Accuracy)
    place_within_50km: Accuracy = field(default_factory=Accuracy)

    def as_dict(self) -> dict:
        def counts(c: Counts) -> dict:
            return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": c.precision, "recall": c.recall, "f1": c.f1}

        def acc(a: Accuracy) -> dict:
            return {"right": a.right, "total": a.total, "accuracy": a.value}

        out: dict = {"articles": self.articles}
        for name, value in self.__dict__.items():
            if isinstance(value, Counts):
                out[name] = counts(value)
            elif isinstance(value, Accuracy):
                out[name] = acc(value)
            elif isinstance(value, dict):
                out[name] = {k: counts(v) for k, v in sorted(value.items())}
        return out


def load_gold(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def gold_articles(records: Iterable[dict]) -> list[Article]:
    return [
        Article(id=r["id"], text=r["text"], title=r.get("title"), published=r.get("published"), path=r.get("file"))
        for r in records
    ]


def _codes(actors) -> frozenset[str]:
    return frozenset(actor_code(a) for a in actors)


def _sentence_of(doc: Document, char: int) -> int:
    starts = [s.start for s in doc.sentences]
    return max(0, bisect_right(starts, char) - 1)


def match_events(gold: list[dict], doc: Document):
    """Gold events paired with predictions: same sentence and type, nearest trigger wins."""
    def score(g: dict, p) -> float | None:
        if p.type != g["type"] or p.sentence != _sentence_of(doc, g["trigger"]["start"]):
            return None
        return 1.0 / (1 + abs(p.trigger.start - g["trigger"]["start"]))

    return greedy_match(gold, doc.events, score)


def same_dyad(g: dict, p) -> bool:
    """The predicted event's source and target code sets equal the gold event's."""
    return _codes(p.source) == frozenset(g.get("source") or []) and _codes(p.target) == frozenset(g.get("target") or [])


def score_events(report: Report, gold: list[dict], doc: Document) -> None:
    matches = match_events(gold, doc)
    for g, p in matches.pairs:
        report.by_type[g["type"]].tp += 1
        report.events.tp += 1
        dyad_ok = same_dyad(g, p)
        report.dyad.add(dyad_ok)
        report.event_status.add(p.status == g.get("status", "asserted"))
        if g.get("date"):
            report.event_date.add(p.date == g["date"])
        if dyad_ok:
            report.events_dyad.tp += 1
            report.by_type_dyad[g["type"]].tp += 1
        else:
            report.events_dyad.fp += 1
            report.events_dyad.fn += 1
            report.by_type_dyad[g["type"]].fp += 1
            report.by_type_dyad[g["type"]].fn += 1
    for g in matches.missed:
        for counts in (report.events, report.by_type[g["type"]], report.events_dyad, report.by_type_dyad[g["type"]]):
            counts.fn += 1
    for p in matches.spurious:
        for counts in (report.events, report.by_type[p.type], report.events_dyad, report.by_type_dyad[p.type]):
            counts.fp += 1


def speaker_matches(gold_name: str | None, speaker) -> bool:
    """Null matches null; otherwise the gold surname (last word) must be in the predicted name, or vice versa."""
    if not gold_name or speaker is None:
        return not gold_name and speaker is None
    gold, pred = gold_name.lower(), speaker.name.lower()
    return gold.split()[-1] in pred.split() or pred.split()[-1] in gold.split() or gold == pred


def score_quotes(report: Report, gold: list[dict], doc: Document) -> None:
    matches = greedy_match(gold, doc.quotes, span_score)
    _tally(report.quotes, matches)
    for g, p in matches.pairs:
        report.quote_speaker.add(speaker_matches(g.get("speaker"), p.speaker))
        report.quote_kind.add(g.get("kind") == p.kind)


def _same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def score_quantities(report: Report, gold: list[dict], doc: Document) -> None:
    _tally(report.quantity_span, greedy_match(gold, doc.quantities, span_score))

    def score(g: dict, p) -> float | None:
        s = span_score(g, p)
        if s is None or not _same_value(float(g["value"]), p.value) or (g.get("unit") or None) != p.unit:
            return None
        return s

    _tally(report.quantities, greedy_match(gold, doc.quantities, score))


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def score_places(report: Report, gold: list[dict], doc: Document) -> None:
    matches = greedy_match(gold, doc.places, span_score)
    _tally(report.places, matches)
    for g, p in matches.pairs:
        report.place_country.add(g.get("country") == p.country)
        if g.get("lat") is not None and g.get("lon") is not None:
            near = p.lat is not None and p.lon is not None and km_between(g["lat"], g["lon"], p.lat, p.lon) <= 50
            report.place_within_50km.add(near)


def _tally(counts: Counts, matches) -> None:
    counts.tp += len(matches.pairs)
    counts.fn += len(matches.missed)
    counts.fp += len(matches.spurious)


_SCORERS = (
    ("events", score_events), ("quotes", score_quotes), ("quantities", score_quantities), ("places", score_places),
)


def evaluate(records: list[dict], documents: dict[str, Document]) -> Report:
    """Score Documents (by article id) against gold records."""
    report = Report()
    for record in records:
        doc = documents.get(record["id"])
        report.articles += 1
        if doc is None:
            # an article that failed to extract still counts: all its gold items are missed
            doc = Document(id=record["id"], text=record["text"])
        # a record scores only the sections it annotates (the sentence set has events alone)
        for section, scorer in _SCORERS:
            if section in record:
                scorer(report, record[section] or [], doc)
    return report
