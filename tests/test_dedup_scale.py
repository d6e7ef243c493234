"""Clustering at scale: clusters are handed on as soon as their window closes, and reading the store
page by page gives the clusters one page gives."""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.analysis import clusters_store as tables
from tidings.analysis import dedup
from tidings.analysis.clusters_core import ClusterSettings, Mention, cluster_mentions
from tidings.analysis.clusters_text import Weights, content_tokens
from tidings.analysis.dedup import cluster_events
from tidings.models import Actor, Document, Event, Sentence, Span
from tidings.store import open_store

DAYS = 60


def _day(n: int) -> str:
    return (dt.date(2026, 1, 1) + dt.timedelta(days=n)).isoformat()


def _mentions(consumed: list[int]):
    """Two mentions a day of one story each day; records the day of every mention handed out."""
    for n in range(DAYS):
        for k in range(2):
            consumed.append(n)
            yield Mention(event_id=f"e{n}-{k}", article_id=f"a{n}-{k}", type="CONSULT", source=frozenset({"USA"}),
                          target=frozenset({"DEU"}), date=_day(n), published=_day(n),
                          tokens=content_tokens(f"Talks number {n} on tariff code {n * 7} in Geneva"))


def test_dedup_scale_clusters_leave_as_their_window_closes():
    """Memory follows the events of one window: a cluster is yielded before the input is read to its end."""
    consumed: list[int] = []
    weights = Weights.from_sentences([content_tokens("Talks in Geneva on tariffs")] * 50)
    settings = ClusterSettings(window_days=3)
    yielded = 0
    for cluster in cluster_mentions(_mentions(consumed), weights=weights, settings=settings):
        yielded += len(cluster)
        if len(consumed) < 2 * DAYS:  # not the final drain: only closed clusters, a window behind the input
            anchor = int(cluster[0].event_id[1:].split("-")[0])
            assert consumed[-1] - anchor <= settings.window_days + 1
    assert yielded == 2 * DAYS


def _doc(n: int, date: str | None = None) -> Document:
    day = _day(n // 3)
    text = f"Officials from the United States and Germany met in Geneva on round {n // 3} of the tariff talks."
    usa = Actor(text="United States", start=text.index("United"), end=text.index("United") + 13, name="United States",
                kind="country", country="USA")
    deu = Actor(text="Germany", start=text.index("Germany"), end=text.index("Germany") + 7, name="Germany",
                kind="country", country="DEU")
    met = text.index("met")
    event = Event(id=f"doc{n}-0", type="CONSULT", source=[usa], target=[deu], trigger=Span(text="met", start=met, end=met + 3),
                  sentence=0, date=date or day, quad_class=1, confidence=0.9)
    return Document(id=f"doc{n}", text=text, published=day, source=f"paper{n % 2}", sentences=[Sentence(start=0, end=len(text))],
                    actors=[usa, deu], events=[event])


@pytest.mark.parametrize("page_size", [1, 4, 1000])
def test_dedup_scale_pages_give_the_clusters_one_page_gives(store, page_size, monkeypatch):
    store.write([_doc(n) for n in range(30)])
    cluster_events(store)
    whole = sorted(store.fetch("SELECT cluster_id, event_id FROM event_cluster_members"))
    reader = tables.read_mentions
    monkeypatch.setattr(tables, "read_mentions", lambda s, **kw: reader(s, **{**kw, "page_size": page_size}))
    report = cluster_events(store)
    assert sorted(store.fetch("SELECT cluster_id, event_id FROM event_cluster_members")) == whole
    assert report.events == 30 and report.largest > 4  # clusters that span several pages


class _Stop(Exception):
    """The run is stopped (a crash, a kill) in the middle of its writes."""


def _members(store) -> list[tuple]:
    """Every (cluster, event, score); and every cluster row has its mentions, and only its own."""
    rows = sorted(store.fetch("SELECT cluster_id, event_id, score FROM event_cluster_members"))
    counted = dict(store.fetch("SELECT id, num_mentions FROM event_clusters"))
    assert counted == {cid: sum(1 for r in rows if r[0] == cid) for cid, *_ in rows}
    return rows


@pytest.mark.parametrize("writes_before_stop", [1, 3])
@pytest.mark.parametrize("rerun_since", [None, _day(9)])
def test_dedup_scale_a_stopped_run_leaves_what_the_next_run_completes(any_store, monkeypatch, writes_before_stop,
                                                                       rerun_since):
    """Clusters are committed a batch at a time; a run stopped midway leaves whole clusters only, and the next
    run (a full one, or one from a later date) gives the clusters of an uninterrupted run."""
    any_store.write([_doc(n) for n in range(30)])
    cluster_events(any_store, window_days=1)
    whole = _members(any_store)
    monkeypatch.setattr(dedup, "_WRITE_BATCH", 2)
    calls, insert = [], tables.insert

    def stopping(store, table, rows):
        calls.append(table)
        if calls.count("event_cluster_members") > writes_before_stop:
            raise _Stop
        insert(store, table, rows)

    monkeypatch.setattr(tables, "insert", stopping)
    with pytest.raises(_Stop):
        cluster_events(any_store, window_days=1)
    left = _members(any_store)
    assert 0 < len(left) < len(whole) and set(left) <= set(whole)  # whole clusters of the final result, committed
    assert dedup.unclustered(any_store)  # so an ingest that stores nothing new still clusters
    monkeypatch.setattr(tables, "insert", insert)
    cluster_events(any_store, window_days=1, since=rerun_since)
    assert _members(any_store) == whole
    assert not dedup.unclustered(any_store)


@pytest.mark.parametrize("date", ["2026-01", "2026"])
def test_dedup_scale_incremental_run_with_month_and_year_dates(any_store, date):
    """Events dated only by a month or a year are placed at their publication: clustering from the earliest
    publication of the new articles, not from the start of the period, gives the full recomputation's clusters."""
    docs = [_doc(n, date=date if n % 4 == 0 else None) for n in range(42)]
    any_store.write(docs[:24])
    cluster_events(any_store, window_days=1)
    any_store.write(docs[24:])
    since = dedup.earliest_date(docs[24:])
    assert since == _day(8)
    report = cluster_events(any_store, window_days=1, since=since)
    incremental = [row[:2] for row in _members(any_store)]  # scores of kept clusters keep the old token weights
    assert report.events < len(docs)
    cluster_events(any_store, window_days=1)
    assert [row[:2] for row in _members(any_store)] == incremental


@pytest.mark.parametrize("configured, during", [("512MB", "128.0 MiB"), ("64MB", "61.0 MiB")])
def test_dedup_scale_duckdb_cache_is_bounded_while_clustering(tmp_path, monkeypatch, configured, during):
    """DuckDB's limit (what it keeps cached of the file) is lowered while clustering, never raised, then set back."""
    monkeypatch.setenv("TIDINGS_DUCKDB_MEMORY", configured)
    seen, reader = [], tables.read_mentions

    def reading(store, **kw):
        seen.append(store.fetch("SELECT current_setting('memory_limit')")[0][0])
        return reader(store, **kw)

    monkeypatch.setattr(tables, "read_mentions", reading)
    with open_store(str(tmp_path / "store.duckdb")) as store:
        store.write([_doc(n) for n in range(6)])
        before = store.fetch("SELECT current_setting('memory_limit')")[0][0]
        assert cluster_events(store).events == 6
        assert seen == [during] and store.fetch("SELECT current_setting('memory_limit')")[0][0] == before


@pytest.mark.parametrize("set_on_connection", ["300MB", "2.55GiB", "1000.3MiB"])
def test_dedup_scale_duckdb_limit_set_back_to_the_value_before(tmp_path, monkeypatch, set_on_connection):
    """The limit set back is the one the connection had, not the environment's, and is not cut at each run."""
    monkeypatch.setenv("TIDINGS_DUCKDB_MEMORY", "512MB")
    with open_store(str(tmp_path / "store.duckdb")) as store:
        store.write([_doc(n) for n in range(3)])
        store.execute(f"SET memory_limit = '{set_on_connection}'")
        before = store.fetch("SELECT current_setting('memory_limit')")[0][0]
        for _ in range(3):
            cluster_events(store)
            assert store.fetch("SELECT current_setting('memory_limit')")[0][0] == before
