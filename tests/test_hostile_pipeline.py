"""Hostile input through the whole ingest: the batch goes on, good articles are stored, failures are
recorded in the store with their reason and listed at the end, and the exit code says so."""

from __future__ import annotations

import csv
import logging
import os
import shutil
import subprocess
import sys
import threading

import pytest

from tidings.api import ingest
from tidings.config import Settings
from tidings.ingest import read_paths
from tidings.models import Article, Document, Failure
from tidings.nlp.run import process
from tidings.store import open_store

HOSTILE = os.path.join(os.path.dirname(__file__), "data", "hostile")
CASES = list(csv.DictReader(open(os.path.join(HOSTILE, "cases.csv"), encoding="utf-8")))
SENTENCE = "the minister said that troops from Germany and France would stay in the region for talks "
TIDINGS = os.path.join(os.path.dirname(sys.executable), "tidings")


def long_sentence(n_chars: int = 100_000) -> str:
    """A sentence of ``n_chars`` characters with no punctuation at all."""
    return (SENTENCE * (n_chars // len(SENTENCE) + 1))[:n_chars].strip()


def _generated(root) -> dict[str, str]:
    """Big and file-system cases written next to the committed ones; name -> expected failure reason or ''."""
    with open(root / "huge-50mb.txt", "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (root / "long-sentence.txt").write_text("No punctuation\n\n" + long_sentence())
    depth = 100_000
    (root / "nested-100k.html").write_text(
        "<html><body>" + "<div>" * depth + "<p>Estonia expelled a Russian diplomat on Friday.</p>" + "</div>" * depth)
    (root / "link-to-good.txt").symlink_to(root / "good-article.txt")
    (root / "broken-link.txt").symlink_to(root / "nowhere.txt")
    (root / "odd name ü\n€.txt").write_text("T\n\nCuba and Venezuela signed an oil agreement on Tuesday.")
    return {"huge-50mb.txt": "file too large", "long-sentence.txt": "took longer than 5 s",
            "nested-100k.html": "", "broken-link.txt": "broken symbolic link", "odd name ü\\n€.txt": ""}


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory, nlp):
    root = tmp_path_factory.mktemp("hostile") / "corpus"
    shutil.copytree(HOSTILE, root)
    (root / "cases.csv").unlink()
    generated = _generated(root)
    store = open_store(str(root.parent / "store.duckdb"))
    report = ingest([str(root)], db=store, nlp=nlp, settings=Settings(max_seconds=5, batch_size=8))
    read = {r.path[len(str(root)) + 1 :]: r for r in read_paths([str(root)]) if r.path}
    yield store, report, read, generated
    store.close()


@pytest.mark.parametrize("case", CASES, ids=[c["input"] for c in CASES])
def test_hostile_pipeline_case_is_stored_or_recorded_as_documented(hostile_run, case):
    store, report, read, _ = hostile_run
    item = read[case["input"]]
    recorded = {f["path"].rsplit("/corpus/", 1)[-1]: f["reason"] for f in store.failures()}
    if case["stored"] == "yes":
        assert isinstance(item, Article) and store.has_article(item.id)
        assert case["input"] not in recorded
    else:
        assert case["expect"] in recorded[case["input"]]


def test_hostile_pipeline_generated_cases_are_stored_or_recorded(hostile_run):
    store, report, read, generated = hostile_run
    recorded = {f["path"].rsplit("/corpus/", 1)[-1]: f["reason"] for f in store.failures()}
    for name, reason in generated.items():
        if reason:
            assert reason in recorded[name], name
        else:
            assert name not in recorded, recorded.get(name)
    texts = {doc.text for doc in store.documents()}
    assert any(t.startswith("Estonia expelled") for t in texts)
    assert any(t.startswith("Cuba and Venezuela") for t in texts)


def test_hostile_pipeline_failures_are_reported_once_each_and_match_the_store(hostile_run):
    store, report, _, _ = hostile_run
    assert not report.ok
    reported = sorted((f.path, f.reason) for f in report.failures)
    assert reported == sorted((f["path"], f["reason"]) for f in store.failures())
    assert len(reported) == len(set(reported))
    expected_stored = sum(c["stored"] == "yes" for c in CASES) + 2  # + nested-100k.html and the odd name
    assert store.count("articles") == expected_stored == report.stored


@pytest.mark.parametrize("name, language", [("german.txt", "de"), ("arabic.txt", "ar"), ("chinese.txt", "zh"),
                                            ("french.txt", "fr"), ("spanish.txt", "es"), ("russian.txt", "ru")])
def test_hostile_pipeline_other_languages_can_be_processed_with_a_warning(nlp, caplog, name, language):
    [article] = list(read_paths([os.path.join(HOSTILE, name)]))
    with caplog.at_level(logging.WARNING, logger="tidings.nlp.run"):
        [doc] = list(process([article], nlp, Settings(other_languages="warn")))
    assert isinstance(doc, Document) and doc.language == language
    assert f"language {language!r}" in caplog.text
    [doc] = list(process([article], nlp, Settings(languages=())))
    assert doc.language == language


@pytest.mark.parametrize("name", ["good-article.txt", "english-wire-brief.txt", "english-headline-only.txt"])
def test_hostile_pipeline_english_articles_are_marked_english(nlp, name):
    [article] = list(read_paths([os.path.join(HOSTILE, name)]))
    [doc] = list(process([article], nlp, Settings()))
    assert isinstance(doc, Document) and doc.language == "en"


def test_hostile_pipeline_time_limit_holds_off_the_main_thread(nlp):
    articles = [Article(id="slow", text=long_sentence(60_000)), Article(id="fine", text="Chile recalled its envoy.")]
    results: list = []
    worker = threading.Thread(target=lambda: results.extend(process(articles, nlp, Settings(max_seconds=1))))
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive()
    assert isinstance(results[0], Failure) and "took longer than 1 s" in results[0].reason
    assert isinstance(results[1], Document)


def test_hostile_pipeline_max_chars_is_enforced(nlp):
    [result] = list(process([Article(id="big", text="word " * 100)], nlp, Settings(max_chars=100)))
    assert isinstance(result, Failure) and "article too long: 500 characters (limit 100" in result.reason


def test_hostile_cli_ingest_lists_failures_and_exits_1(tmp_path):
    db = str(tmp_path / "cli.duckdb")
    run = subprocess.run([TIDINGS, "ingest", HOSTILE, "--db", db], capture_output=True, text=True, timeout=300)
    assert run.returncode == 1, run.stderr[-2000:]
    failed = [c for c in CASES if c["stored"] == "no"]
    assert f"{len(failed)} input(s) failed:" in run.stderr
    for case in failed:
        assert case["input"] in run.stderr
    with open_store(db) as store:
        assert store.count("articles") == len(CASES) - len(failed)
        assert len(store.failures()) == len(failed)
