"""List the event errors behind the `tidings eval` figures, one line per error, for reading.

    python -m tidings.evaluation.failures examples/sentences.jsonl [--kind missed|dyad|spurious]
    python -m tidings.evaluation.failures examples/wire.jsonl --skip w-c-   # keep batch c unread

Each line names the record, the error kind, the gold event (type, trigger, source → target) and
what the coder predicted in the same sentence, so rules can be improved from general failure
kinds rather than from single examples. Matching is the one `tidings eval` uses.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass

from tidings.evaluation.metrics import _codes, gold_articles, load_gold, match_events, same_dyad
from tidings.models import Document, Failure


@dataclass(frozen=True)
class EventError:
    record: str
    kind: str  # missed | dyad | spurious
    gold: str
    predicted: str
    sentence: str


def _gold_text(g: dict) -> str:
    return f"{g['type']} '{g['trigger']['text']}' {sorted(g.get('source') or [])}->{sorted(g.get('target') or [])}"


def _pred_text(p) -> str:
    return f"{p.type} '{p.trigger.text}' {sorted(_codes(p.source))}->{sorted(_codes(p.target))} {p.status}"


def event_errors(record: dict, doc: Document) -> list[EventError]:
    """Missed gold events, type matches with a wrong dyad, and spurious predictions of one record."""
    gold = record.get("events") or []

    matches = match_events(gold, doc)
    everything = "; ".join(_pred_text(p) for p in doc.events) or "-"
    errors = [EventError(record["id"], "missed", _gold_text(g), everything, record["text"]) for g in matches.missed]
    for g, p in matches.pairs:
        if not same_dyad(g, p):
            errors.append(EventError(record["id"], "dyad", _gold_text(g), _pred_text(p), record["text"]))
    errors += [EventError(record["id"], "spurious", "-", _pred_text(p), record["text"]) for p in matches.spurious]
    return errors


def unread(records: list[dict], skip: list[str]) -> list[dict]:
    """The records whose id starts with none of the ``skip`` prefixes: a batch kept back to measure
    rules on text nobody has read is neither run nor listed."""
    return [r for r in records if not any(r["id"].startswith(prefix) for prefix in skip)]


def main(argv: list[str] | None = None) -> int:
    from tidings.api import extract_many

    parser = argparse.ArgumentParser(description="List event errors against a gold JSONL file")
    parser.add_argument("gold")
    parser.add_argument("--kind", choices=("missed", "dyad", "spurious"), default=None)
    parser.add_argument("--skip", action="append", default=[], metavar="PREFIX",
                        help="leave out records whose id starts with PREFIX (repeatable)")
    args = parser.parse_args(argv)
    records = unread(load_gold(args.gold), args.skip)
    documents = {d.id: d for d in extract_many(gold_articles(records)) if not isinstance(d, Failure)}
    for record in records:
        doc = documents.get(record["id"]) or Document(id=record["id"], text=record["text"])
        for error in event_errors(record, doc):
            if args.kind in (None, error.kind):
                sys.stdout.write(f"{error.record}\t{error.kind}\t{error.gold}\t{error.predicted}\t{error.sentence}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
