"""benchmarks/replicate_store.py and cluster_memory.py: the tools behind the 100k-store figures."""

from __future__ import annotations

import datetime as dt

from factories import make_document
from test_web_support import ROOT  # noqa: F401  (puts benchmarks/ on sys.path)
from tidings.store import open_store

import cluster_memory
import replicate_store


def test_bench_replicate_copies_every_article_table_with_new_ids_and_moved_dates(tmp_path, capsys):
    source, copy = str(tmp_path / "one.duckdb"), str(tmp_path / "three.duckdb")
    doc = make_document()
    with open_store(source) as store:
        store.write([doc])
    assert replicate_store.main([source, copy, "3"]) == 0
    with open_store(copy) as store:
        ids = sorted(r[0] for r in store.fetch("SELECT id FROM articles"))
        assert ids == sorted([doc.id, f"{doc.id}-r1", f"{doc.id}-r2"])
        for table in ("events", "event_actors", "quotes", "cluster_article_inputs", "cluster_event_inputs"):
            assert store.fetch(f"SELECT count(DISTINCT article_id) FROM {table}")[0][0] == 3, table
        dates = [r[0] for r in store.fetch("SELECT published FROM articles ORDER BY id")]
        assert all(abs((dt.date.fromisoformat(d) - dt.date.fromisoformat(doc.published)).days) <= 750 for d in dates)
        assert store.document(f"{doc.id}-r1") is not None
    assert cluster_memory.main([copy]) == 0
    assert "3 events" in capsys.readouterr().out


def test_bench_replicate_spread_puts_copies_one_after_another(tmp_path, capsys):
    source, copy = str(tmp_path / "two.duckdb"), str(tmp_path / "six.duckdb")
    first = make_document(published="2026-05-04")
    last = make_document("Germany raised tariffs on Brazil. Merkel said: \"It is fair.\"", published="2026-05-14")
    with open_store(source) as store:
        store.write([first, last])
    assert replicate_store.main([source, copy, "3", "--spread"]) == 0
    stride = 10 + 31  # the source's span of publication dates, plus a month
    with open_store(copy) as store:
        published = dict(store.fetch("SELECT id, published FROM articles"))
        events = dict(store.fetch("SELECT article_id, date FROM events"))
    for k, suffix in enumerate(("", "-r1", "-r2")):
        for doc in (first, last):
            moved = (dt.date.fromisoformat(doc.published) + dt.timedelta(days=k * stride)).isoformat()
            assert published[doc.id + suffix] == moved
            assert events[doc.id + suffix] == (dt.date.fromisoformat(doc.events[0].date)
                                               + dt.timedelta(days=k * stride)).isoformat()
    assert "copies 41 days apart" in capsys.readouterr().out
