"""Every crash the fuzzer (fuzz/run.py) ever found, replayed: each must now pass its target's checks.

Saved inputs live in tests/data/hostile/fuzz/<target>-<sha1>.bin; the target is the name's prefix
(text, html, jsonl, pipeline). Inputs found by hand while hardening the readers are kept here too
(jsonl-bigint, jsonl-lone-surrogate, ...); the two big ones are generated below.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CRASHES = ROOT / "tests" / "data" / "hostile" / "fuzz"
SAVED = sorted(CRASHES.glob("*.bin")) if CRASHES.is_dir() else []


def _targets():
    spec = importlib.util.spec_from_file_location("fuzz_targets", ROOT / "fuzz" / "targets.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("fuzz_targets", module)
    spec.loader.exec_module(module)
    return module


TARGETS = _targets()


@pytest.mark.parametrize("path", SAVED, ids=[p.name for p in SAVED])
def test_fuzz_regressions_saved_crash_now_passes(path, request):
    target = path.name.split("-", 1)[0]
    data = path.read_bytes()
    if target == "pipeline":
        from test_properties import extract_checked

        extract_checked(request.getfixturevalue("nlp"), data.decode("utf-8", errors="surrogatepass"))
    else:
        TARGETS.target_for(path.name)(data)


@pytest.mark.parametrize(
    "target, data",
    [
        ("jsonl", b"[" * 100_000),  # RecursionError escaped the reader and stopped the whole ingest
        ("html", b"<html><body>" + b"<div>" * 100_000 + b"<p>Text here.</p>"),  # nothing past 255 levels
    ],
    ids=["jsonl-deep-nesting", "html-deep-nesting"],
)
def test_fuzz_regressions_big_inputs_found_while_hardening(target, data):
    TARGETS.READERS[target](data)
