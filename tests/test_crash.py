"""Crash safety: SIGKILL `tidings ingest` at random points; the store stays whole and a re-run finishes.

The corpus is examples/corpus replicated into one JSONL file with varied ids, big enough that
the process is killed while reading, extracting or writing. After each kill the store must open
and hold only complete articles: every stored article's rows, in every table, are exactly those
of a clean ingest of the same input. Re-running the same command finishes the rest, and the
final store equals the clean one row for row (no duplicates).

For a longer measurement: TIDINGS_CRASH_KILLS=8 pytest -s tests/test_crash.py -k sigkill
(the outcome of every kill is printed).
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tidings.api import ingest
from tidings.store import open_store
from tidings.store.rows import ARTICLE_TABLES

ROOT = Path(__file__).resolve().parent.parent
TIDINGS = os.path.join(os.path.dirname(sys.executable), "tidings")
REPLICAS = int(os.environ.get("TIDINGS_CRASH_REPLICAS", "3"))
KILLS = int(os.environ.get("TIDINGS_CRASH_KILLS", "4"))
PLAN = ("commit", "time", "after-commit", "commit")
WAL_ARTICLES = 100_000  # bytes: a batch of articles, not the schema written at open


def _corpus(path: Path) -> int:
    texts = sorted((ROOT / "examples" / "corpus").glob("*.txt"))
    lines = []
    for k in range(REPLICAS):
        for file in texts:
            title, _, body = file.read_text(encoding="utf-8").partition("\n")
            lines.append(json.dumps({"id": f"{file.stem}-r{k}", "title": title, "text": body.strip()}))
    lines.insert(len(lines) // 2, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


def _rows(store) -> dict[str, collections.Counter]:
    """Per article id: a multiset of (table, row) over every table that holds findings."""
    found: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for (article_id, document) in store.fetch("SELECT id, document FROM articles"):
        found[article_id][("articles", document)] += 1
    for table in ARTICLE_TABLES:
        at = _columns(store, table).index("article_id")
        for row in store.fetch(f"SELECT * FROM {table}"):
            found[row[at]][(table, row)] += 1
    return found


_COLUMNS: dict[str, list[str]] = {}


def _columns(store, table: str) -> list[str]:
    if table not in _COLUMNS:
        _COLUMNS[table] = [r[0] for r in store.fetch(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position", [table])]
    return _COLUMNS[table]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The JSONL corpus and a clean ingest of it by the same command (its rows and its run time)."""
    root = tmp_path_factory.mktemp("crash")
    source = _source_hash()
    path = root / "corpus.jsonl"
    n = _corpus(path)
    clean = str(root / "clean.duckdb")
    started = time.monotonic()
    run = subprocess.run([TIDINGS, "ingest", str(path), "--db", clean, "--quiet"], capture_output=True, text=True,
                         timeout=900)
    seconds = time.monotonic() - started
    assert run.returncode == 1 and "1 input(s) failed" in run.stderr, run.stderr[-2000:]
    with open_store(clean) as store:
        assert store.count("articles") == n
        reference = _rows(store)
    return path, n, reference, seconds, source


def _source_hash() -> str:
    """The package's code and data: another session editing the checkout mid-test changes the findings."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "src" / "tidings").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path).encode() + path.read_bytes())
    return digest.hexdigest()


def _check(problem: str, source: str, message: str) -> None:
    if problem and _source_hash() != source:
        pytest.skip(f"the package's source changed while the test ran: {problem}")
    assert not problem, f"{message}: {problem}"


def _kill(process: subprocess.Popen) -> None:
    os.kill(process.pid, signal.SIGKILL)
    process.wait()


def _kill_after(command: list[str], seconds: float) -> int | None:
    """Exit code, or None when the process was killed after ``seconds``."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        return process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        _kill(process)
        return None


def _kill_on_write(command: list[str], wal: str, linger: float) -> int | None:
    """Kill ``linger`` seconds after the store's write-ahead log grows past the schema's few bytes."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    start = os.path.getsize(wal) if os.path.exists(wal) else 0
    deadline = time.monotonic() + 600
    while process.poll() is None and time.monotonic() < deadline:
        size = os.path.getsize(wal) if os.path.exists(wal) else 0
        if size > start + WAL_ARTICLES:
            time.sleep(linger)
            _kill(process)
            return None
        time.sleep(0.002)
    if process.poll() is None:
        _kill(process)
        return None
    return process.returncode


def _torn(stored: dict, reference: dict) -> str:
    for article_id, rows in stored.items():
        if article_id not in reference:
            return f"orphan rows for {article_id}"
        if rows != reference[article_id]:
            tables = sorted({t for t, _ in (rows - reference[article_id]) + (reference[article_id] - rows)})
            return f"article {article_id} differs from a clean ingest in {tables}"
    return ""


def _attempt(plan: str, command: list[str], db: str, seconds: float, rng: random.Random) -> tuple[str, int | None]:
    """(where the kill was aimed, exit code or None when killed) for one run of ``command``."""
    if plan == "time":  # a clean run takes `seconds`: die somewhere between model loading and the end
        delay = rng.uniform(0.2, 0.9) * seconds
        return f"{delay:.1f} s", _kill_after(command, delay)
    linger = rng.uniform(0, 0.03) if plan == "commit" else rng.uniform(0.2, 2.0)  # in a commit, or after one
    return f"{plan} +{linger:.2f} s", _kill_on_write(command, db + ".wal", linger)


def _rerun_to_the_end(command: list[str], db: str, n: int, reference: dict, source: str, context: str) -> str:
    """Run ``command`` once more: the store must then equal a clean ingest, every article once."""
    final = subprocess.run(command, capture_output=True, text=True, timeout=900)
    assert final.returncode in (0, 1), final.stderr[-2000:]
    with open_store(db) as store:
        final_rows = _rows(store)
        _check(_torn(final_rows, reference), source, f"{context}, after the re-run")
        assert final_rows == reference, f"{context}: final store differs from a clean ingest"
        [(count, duplicates)] = store.fetch("SELECT count(*), count(*) - count(DISTINCT id) FROM articles")
    assert (count, duplicates) == (n, 0)
    return f"re-run exit {final.returncode}: {count}/{n} articles, {duplicates} duplicates"


def test_crash_sigkill_leaves_only_complete_articles_and_rerun_finishes(corpus, tmp_path):
    """KILLS SIGKILLs; when a run gets to the end first, that store is checked and a fresh one used."""
    path, n, reference, seconds, source = corpus
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    outcomes: list[tuple[str, str, int]] = []
    rounds: list[str] = []
    while sum(code == "killed" for _, code, _ in outcomes) < KILLS and len(rounds) < 2 * KILLS:
        db = str(tmp_path / f"killed-{len(rounds)}.duckdb")
        command = [TIDINGS, "ingest", str(path), "--db", db, "--quiet"]
        while sum(code == "killed" for _, code, _ in outcomes) < KILLS:
            how, code = _attempt(PLAN[len(outcomes) % len(PLAN)], command, db, seconds, rng)
            with open_store(db) as store:  # opens after a SIGKILL (DuckDB replays its WAL)
                stored = _rows(store)
            outcomes.append((how, "killed" if code is None else f"exit {code}", len(stored)))
            _check(_torn(stored, reference), source, f"seed {seed}, attempt {len(outcomes)} at {how}")
            if code is not None:
                break  # this run got to the end: check the store, go on with a fresh one
        rounds.append(_rerun_to_the_end(command, db, n, reference, source, f"seed {seed} ({outcomes})"))
    assert any(how.startswith("commit") and code == "killed" for how, code, _ in outcomes), outcomes
    print(f"crash runs (kill point, outcome, complete articles stored after it): {outcomes}; "
          f"stores: {rounds}; seed {seed}", file=sys.stderr)


def test_crash_rerun_records_each_failure_once(tmp_path, nlp):
    path = tmp_path / "small.jsonl"
    path.write_text('{"id": "a", "text": "Chile recalled its ambassador."}\n{broken\n')
    with open_store(str(tmp_path / "twice.duckdb")) as store:
        for _ in range(2):
            ingest([str(path)], db=store, nlp=nlp)
        assert len(store.failures()) == 1


def _jsonl(path: Path, records: list[dict]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_crash_changed_version_of_an_article_is_kept_beside_the_first(tmp_path, nlp):
    url = "https://example.org/news/1"
    first = {"url": url, "text": "Chile recalled its ambassador from Peru on Monday."}
    second = {"url": url, "text": "Chile recalled its ambassador from Peru on Monday, the ministry said."}
    with open_store(str(tmp_path / "versions.duckdb")) as store:
        ingest([_jsonl(tmp_path / "v1.jsonl", [first])], db=store, nlp=nlp)
        report = ingest([_jsonl(tmp_path / "v2.jsonl", [second])], db=store, nlp=nlp)
        again = ingest([_jsonl(tmp_path / "v2b.jsonl", [second])], db=store, nlp=nlp)
        rows = store.fetch("SELECT id, url FROM articles ORDER BY id")
        assert report.stored == 1 and again.unchanged == 1
        assert len(rows) == 2 and {u for _, u in rows} == {url}  # two ids, one url
        assert {store.document(i).text for i, _ in rows} == {first["text"], second["text"]}


def test_crash_changed_text_under_the_same_jsonl_id_replaces_the_old_version(tmp_path, nlp):
    with open_store(str(tmp_path / "same-id.duckdb")) as store:
        ingest([_jsonl(tmp_path / "a.jsonl", [{"id": "n1", "text": "Chile recalled its ambassador."}])],
               db=store, nlp=nlp)
        ingest([_jsonl(tmp_path / "b.jsonl", [{"id": "n1", "text": "Peru recalled its ambassador."}])],
               db=store, nlp=nlp)
        assert store.document("n1").text == "Peru recalled its ambassador."
