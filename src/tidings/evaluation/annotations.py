"""Build ``examples/gold.jsonl`` from hand-written annotation files.

Annotators never count characters. Each ``examples/annotations/<name>.yaml`` sits beside
``examples/corpus/<name>.txt`` and anchors every item by text: ``text`` (or ``trigger``) is
the exact span, ``in`` an optional longer unique stretch of the article that contains it.
This module turns those anchors into character offsets of the article text as the
text reader produces it, and fails loudly on any anchor that is missing or ambiguous.
See ``examples/ANNOTATION.md`` for the guidelines.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tidings.ingest.text import read_text_file
from tidings.models import Article

SECTIONS = ("events", "quotes", "quantities", "places")


@dataclass
class AnchorErrors:
    messages: list[str] = field(default_factory=list)

    def add(self, where: str, message: str) -> None:
        self.messages.append(f"{where}: {message}")


def occurrences(haystack: str, span: str, *, whole_words: bool = False) -> list[int]:
    """Start offsets of ``span`` in ``haystack``; with ``whole_words`` only those not inside a word."""
    pattern = re.escape(span)
    if whole_words:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    return [m.start() for m in re.finditer(pattern, haystack)]


def locate(
    text: str, span: str, within: str | None, *, where: str, errors: AnchorErrors,
    occurrence: int | None = None, whole_words: bool = False,
) -> tuple[int, int] | None:
    """Offsets of ``span`` in ``text``, inside the unique occurrence of ``within`` if given.

    ``occurrence`` (1-based) picks the n-th occurrence when the span occurs more than once.
    """
    base, haystack = 0, text
    if within:
        count = text.count(within)
        if count != 1:
            errors.add(where, f"'in' text {within!r} occurs {count} times (must be once)")
            return None
        base = text.index(within)
        haystack = within
    starts = occurrences(haystack, span, whole_words=whole_words)
    if not starts:
        errors.add(where, f"{span!r} not found" + (f" inside {within!r}" if within else ""))
        return None
    if occurrence is not None:
        if not 1 <= occurrence <= len(starts):
            errors.add(where, f"{span!r} occurs {len(starts)} times; no occurrence {occurrence}")
            return None
        return base + starts[occurrence - 1], base + starts[occurrence - 1] + len(span)
    if len(starts) > 1 and not within:
        errors.add(where, f"{span!r} occurs {len(starts)} times; add an 'in' anchor or an occurrence")
        return None
    return base + starts[0], base + starts[0] + len(span)


def resolve_item(
    item: dict, article: Article, *, key: str, where: str, errors: AnchorErrors, whole_words: bool = False,
) -> dict | None:
    item = dict(item)
    anchor = item.pop(key, None)
    within = item.pop("in", None)
    occurrence = item.pop("occurrence", None)
    if not isinstance(anchor, str) or not anchor:
        errors.add(where, f"missing '{key}'")
        return None
    offsets = locate(
        article.text, anchor, within, where=where, errors=errors, occurrence=occurrence, whole_words=whole_words
    )
    if offsets is None:
        return None
    start, end = offsets
    span = {"text": anchor, "start": start, "end": end}
    if key == "trigger":
        item["trigger"] = span
        return item
    return {**span, **item}


def build_article(txt: Path, annotation: Path, errors: AnchorErrors) -> dict:
    article = read_text_file(str(txt))
    data = _plain(yaml.safe_load(annotation.read_text(encoding="utf-8")) or {})
    record = {
        "id": article.id,
        "file": txt.name,
        "title": article.title,
        "published": data.get("published", article.published),
        "text": article.text,
    }
    for section in SECTIONS:
        key = "trigger" if section == "events" else "text"
        items = []
        for n, item in enumerate(data.get(section) or []):
            resolved = resolve_item(item, article, key=key, where=f"{annotation.name} {section}[{n}]", errors=errors)
            if resolved is not None:
                items.append(resolved)
        record[section] = sorted(items, key=lambda i: i["trigger"]["start"] if key == "trigger" else i["start"])
    return record


def _plain(value):
    """YAML reads 2026-05-03 as a date; gold keeps dates as ISO strings."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def build_gold(examples: Path, *, only: str = "") -> tuple[list[dict], list[str]]:
    """Annotated articles under ``examples/`` (names starting with ``only``); (records, anchor errors)."""
    errors = AnchorErrors()
    records = []
    for annotation in sorted((examples / "annotations").glob(f"{only}*.yaml")):
        txt = examples / "corpus" / (annotation.stem + ".txt")
        if not txt.exists():
            errors.add(annotation.name, f"no article {txt}")
            continue
        records.append(build_article(txt, annotation, errors))
    return records, errors.messages


def dumps_gold(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    import sys

    import argparse

    parser = argparse.ArgumentParser(description="Build examples/gold.jsonl from annotations/*.yaml")
    parser.add_argument("examples", nargs="?", default="examples")
    parser.add_argument("--only", default="", help="check only files whose names start with this; write nothing")
    parser.add_argument("--sentences", action="store_true",
                        help="build examples/sentences.jsonl from sentences/*.yaml instead")
    parser.add_argument("--checks", action="store_true",
                        help="build examples/checks.jsonl (the blind held-out set) from checks/*.yaml instead")
    parser.add_argument("--wire", action="store_true",
                        help="build examples/wire.jsonl (the second development set) from wire/*.yaml instead")
    args = parser.parse_args(argv)
    examples = Path(args.examples)
    chosen = [name for name in ("sentences", "checks", "wire") if getattr(args, name)]
    if chosen:
        from tidings.evaluation.sentences import main_set

        return main_set(examples, chosen[0], only=args.only)
    records, messages = build_gold(examples, only=args.only)
    for message in messages:
        print(message, file=sys.stderr)
    if messages:
        print(f"{len(messages)} anchor error(s); gold not written", file=sys.stderr)
        return 1
    if args.only:
        counts = {s: sum(len(r[s]) for r in records) for s in SECTIONS}
        print(f"{len(records)} articles OK: {counts}")
        return 0
    (examples / "gold.jsonl").write_text(dumps_gold(records), encoding="utf-8")
    print(f"wrote {examples / 'gold.jsonl'}: {len(records)} articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(__import__("sys").argv[1:]))
