"""Fuzz the readers (text, HTML, JSONL) and the extractors for a bounded time; save every crash.

    python fuzz/run.py --seconds 300            # every target, time shared between them
    python fuzz/run.py --target html --seconds 60

Hypothesis drives generation (raw bytes, HTML-ish pages, JSONL-ish feeds, arbitrary and
news-like Unicode for the pipeline). A crash is shrunk to a minimal input and saved under
tests/data/hostile/fuzz/<target>-<sha1>.bin, where tests/test_fuzz_regressions.py replays it
in every `make test`. The exit code is 1 when a crash was found.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from strategies import INPUTS  # noqa: E402
from targets import READERS  # noqa: E402

CRASHES = HERE.parent / "tests" / "data" / "hostile" / "fuzz"
CHUNK = 50  # examples per Hypothesis run; a crash ends its run, the time budget is checked between examples
QUIET = ("trafilatura", "htmldate", "courlan", "charset_normalizer")  # they log every unparsable page
logger = logging.getLogger("fuzz")


def save(target: str, data: bytes) -> Path:
    CRASHES.mkdir(parents=True, exist_ok=True)
    path = CRASHES / f"{target}-{hashlib.sha1(data).hexdigest()[:12]}.bin"
    path.write_bytes(data)
    return path


@dataclass
class _Tally:
    """Executions of one target and its time budget."""

    stop: float
    runs: int = 0


def _runner(strategy, check, failing: list, tally: _Tally):
    @settings(max_examples=CHUNK, deadline=None, database=None, derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(data=strategy)
    def run(data) -> None:
        if time.monotonic() >= tally.stop and not failing:
            return  # out of time: let Hypothesis finish the chunk (but shrink a crash it found)
        tally.runs += 1
        try:
            check(data)
        except Exception:
            failing.append(data)
            raise

    return run


def _pipeline_check():
    sys.path.insert(0, str(HERE.parent / "tests"))
    from test_properties import ANY_TEXT, NEWSY, extract_checked

    from tidings.nlp import build_nlp

    nlp = build_nlp()
    return st.one_of(ANY_TEXT, NEWSY), (lambda text: extract_checked(nlp, text))


def fuzz(name: str, seconds: float) -> tuple[int, list[Path]]:
    """(executions of the target, crash files written) for one target within ``seconds``."""
    if name == "pipeline":
        strategy, check = _pipeline_check()
        encode = lambda text: text.encode("utf-8", errors="surrogatepass")  # noqa: E731
    else:
        strategy, check, encode = INPUTS[name], READERS[name], (lambda data: data)
    tally, crashes = _Tally(stop=time.monotonic() + seconds), []
    while time.monotonic() < tally.stop:
        failing: list = []
        try:
            _runner(strategy, check, failing, tally)()
        except Exception as exc:  # noqa: BLE001  a crash: keep the shrunk input and go on fuzzing
            path = save(name, encode(failing[-1]))
            if path not in crashes:  # the same minimal input found again is one crash
                crashes.append(path)
                logger.error("%s: crash %s: %s -> %s", name, type(exc).__name__, str(exc)[:200], path)
    return tally.runs, crashes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=300, help="total time budget")
    parser.add_argument("--target", choices=[*READERS, "pipeline", "all"], default="all")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.ERROR, format="%(message)s")
    logger.setLevel(logging.INFO)
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    targets = [*READERS, "pipeline"] if args.target == "all" else [args.target]
    found, total, started = [], 0, time.monotonic()
    for name in targets:
        runs, crashes = fuzz(name, args.seconds / len(targets))
        logger.info("%-8s %7d executions, %d crash(es)", name, runs, len(crashes))
        found, total = found + crashes, total + runs
    logger.info("all      %7d executions, %d crash(es) in %.0f s", total, len(found), time.monotonic() - started)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
