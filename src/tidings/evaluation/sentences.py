"""Build ``examples/sentences.jsonl`` from the hand-written sentence set ``examples/sentences/*.yaml``.

The sentence set is a development set in the shape of the acceptance check: single news
sentences, each with its publication date and its gold events (type recall and
type+source+target recall). Each YAML file holds a list of sentences::

    published: 2026-03-10          # default date for the file's sentences (optional)
    sentences:
      - text: Russian forces shelled Kharkiv overnight, the governor said.
        published: 2026-03-11      # optional, overrides the file default
        events:
          - type: ASSAULT
            trigger: shelled       # whole words; add `occurrence: 2` (1-based) or `in:` if repeated
            source: [RUS]
            target: [UKR]
            status: reported

A sentence with no event has ``events: []``. Anchors are resolved by the same code as the
article annotations (``tidings.evaluation.annotations``); in addition every type, status and
actor code is checked against the ontology tables. Each sentence becomes one gold record
with only an ``events`` section, so ``tidings eval`` scores events alone on it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import get_args

import yaml

from tidings.evaluation.annotations import AnchorErrors, _plain, dumps_gold, resolve_item
from tidings.models import Article, Status
from tidings.ontology.csvfiles import read_csv

STATUSES = frozenset(get_args(Status))


def known_codes() -> frozenset[str]:
    """Actor codes a gold event may use: ISO alpha-3 of the country table and the IGO codes."""
    return frozenset(r["iso3"] for r in read_csv("actors/countries.csv")) | frozenset(
        r["code"] for r in read_csv("actors/igos.csv")
    )


def event_types() -> frozenset[str]:
    return frozenset(r["type"] for r in read_csv("events/types.csv"))


def check_event(event: dict, *, where: str, errors: AnchorErrors, codes: frozenset[str], types: frozenset[str]) -> None:
    if event.get("type") not in types:
        errors.add(where, f"unknown type {event.get('type')!r}")
    if event.get("status", "asserted") not in STATUSES:
        errors.add(where, f"unknown status {event.get('status')!r}")
    for side in ("source", "target"):
        value = event.get(side) or []
        if not isinstance(value, list):
            errors.add(where, f"{side} must be a list of codes")
            continue
        for code in value:
            if code not in codes:
                errors.add(where, f"unknown {side} code {code!r}")


def build_sentence(entry: dict, *, sid: str, file: str, published: str | None, errors: AnchorErrors,
                   codes: frozenset[str], types: frozenset[str]) -> dict | None:
    text = (entry.get("text") or "").strip()
    if not text:
        errors.add(sid, "missing 'text'")
        return None
    published = entry.get("published", published)
    article = Article(id=sid, text=text, published=published)
    events = []
    for n, item in enumerate(entry.get("events") or []):
        where = f"{sid} events[{n}]"
        check_event(item, where=where, errors=errors, codes=codes, types=types)
        resolved = resolve_item(item, article, key="trigger", where=where, errors=errors, whole_words=True)
        if resolved is not None:
            events.append(resolved)
    events.sort(key=lambda e: e["trigger"]["start"])
    return {"id": sid, "file": file, "title": None, "published": published, "text": text, "events": events}


def build_sentence_files(folder: Path, *, prefix: str, only: str = "") -> tuple[list[dict], list[str]]:
    """Sentence records from ``folder/<only>*.yaml``, ids ``<prefix>-<stem>-NN``; (records, errors).

    Besides the anchors and codes, every sentence needs a valid ``published`` date and every
    event ``date`` given must be a year, month or day."""
    errors = AnchorErrors()
    codes, types = known_codes(), event_types()
    records, seen = [], set()
    for path in sorted(folder.glob(f"{only}*.yaml")):
        data = _plain(yaml.safe_load(path.read_text(encoding="utf-8")) or {})
        for n, entry in enumerate(data.get("sentences") or [], start=1):
            sid = f"{prefix}-{path.stem}-{n:02d}"
            record = build_sentence(entry, sid=sid, file=path.name, published=data.get("published"),
                                    errors=errors, codes=codes, types=types)
            if record is None:
                continue
            if record["text"] in seen:
                errors.add(sid, "the same sentence occurs twice in the set")
            seen.add(record["text"])
            records.append(record)
    messages = errors.messages
    messages += [f"{r['id']}: bad or missing 'published'" for r in records if not _valid_date(r["published"])]
    messages += [
        f"{r['id']} events[{n}]: bad 'date' {e['date']!r}"
        for r in records for n, e in enumerate(r["events"]) if "date" in e and not _valid_event_date(e["date"])
    ]
    return records, messages


def build_sentences(examples: Path, *, only: str = "") -> tuple[list[dict], list[str]]:
    """The development set ``examples/sentences/*.yaml``; (records, errors)."""
    return build_sentence_files(examples / "sentences", prefix="s", only=only)


def build_checks(examples: Path, *, only: str = "") -> tuple[list[dict], list[str]]:
    """The blind held-out check set ``examples/checks/*.yaml``; (records, errors). Nobody tunes on it."""
    return build_sentence_files(examples / "checks", prefix="c", only=only)


def _valid_date(value) -> bool:
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        return False
    return True


def _valid_event_date(value) -> bool:
    return isinstance(value, str) and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value) is not None


def build_wire(examples: Path, *, only: str = "") -> tuple[list[dict], list[str]]:
    """The second development set ``examples/wire/*.yaml``, written without looking at the coder; (records, errors)."""
    return build_sentence_files(examples / "wire", prefix="w", only=only)


SETS = {"sentences": build_sentences, "checks": build_checks, "wire": build_wire}


def main_set(examples: Path, name: str, *, only: str = "") -> int:
    """Write ``examples/<name>.jsonl`` for the set ``name`` of ``SETS`` (nothing when ``only`` is given or on
    any error)."""
    import sys

    records, messages = SETS[name](examples, only=only)
    for message in messages:
        print(message, file=sys.stderr)
    if messages:
        print(f"{len(messages)} error(s); {name}.jsonl not written", file=sys.stderr)
        return 1
    events = sum(len(r["events"]) for r in records)
    if only:
        print(f"{len(records)} sentences OK, {events} events")
        return 0
    (examples / f"{name}.jsonl").write_text(dumps_gold(records), encoding="utf-8")
    print(f"wrote {examples / f'{name}.jsonl'}: {len(records)} sentences, {events} events")
    return 0
