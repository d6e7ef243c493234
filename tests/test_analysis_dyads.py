"""Dyad time series over a store holding hand-made events with known dates, types and scores."""

from __future__ import annotations

import pytest

from tidings.analysis.dyads import dyad_events, dyad_series
from tidings.analysis.dyads import period_of
from tidings.models import Actor, Document, Event, Sentence, Span


def _actor(code: str) -> Actor:
    return Actor(text=code, start=0, end=3, name=code, kind="country", country=code)


def _doc(n: int, events: list[tuple[str, str, str, str | None, int, float | None]]) -> Document:
    """One article with events (source, target, type, date, quad_class, goldstein) on trigger 'xxx'."""
    text = "xxx " * max(1, len(events))
    evs = [
        Event(id=f"e{n}-{i}", type=kind, source=[_actor(s)], target=[_actor(t)],
              trigger=Span(text="xxx", start=4 * i, end=4 * i + 3), sentence=0, date=date, quad_class=quad,
              goldstein=g, confidence=0.9)
        for i, (s, t, kind, date, quad, g) in enumerate(events)
    ]
    return Document(id=f"doc{n}", text=text.strip(), published="2024-01-01", sentences=[Sentence(start=0, end=len(text.strip()))], events=evs)


@pytest.fixture
def dyad_store(store):
    store.write([
        _doc(1, [("USA", "DEU", "AGREE", "2024-01-02", 1, 4.0), ("DEU", "USA", "ACCUSE", "2024-01-03", 3, -2.0),
                 ("USA", "FRA", "AID", "2024-01-03", 2, 7.0)]),
        _doc(2, [("USA", "DEU", "SANCTION", "2024-02-20", 4, -8.0), ("USA", "DEU", "AGREE", "2024-02", 1, None)]),
        _doc(3, [("FRA", "DEU", "ASSAULT", "2024-02-21", 4, -10.0)]),
    ])
    return store


@pytest.mark.parametrize(
    "date, interval, expected",
    [
        ("2024-02-14", "month", ("2024-02", "2024-02-01", "2024-02-29")),
        ("2023-12-31", "month", ("2023-12", "2023-12-01", "2023-12-31")),
        ("2024-02-14", "day", ("2024-02-14", "2024-02-14", "2024-02-14")),
        ("2024-02-14", "week", ("2024-02-12", "2024-02-12", "2024-02-18")),
        ("2024-02", "month", ("2024-02", "2024-02-01", "2024-02-29")),
        ("2024-02", "week", None),
        ("2024", "month", None),
    ],
)
def test_analysis_dyads_period_of(date, interval, expected):
    assert period_of(date, interval) == expected


def test_analysis_dyads_counts_both_directions(dyad_store):
    series = dyad_series(dyad_store, "usa", "DEU", interval="month")
    assert (series.total.events, series.a_to_b.events, series.b_to_a.events) == (4, 3, 1)
    assert series.total.quad_class == {"verbal_cooperation": 2, "verbal_conflict": 1, "material_conflict": 1}
    assert series.total.types == {"AGREE": 2, "ACCUSE": 1, "SANCTION": 1}
    assert series.total.mean_goldstein == pytest.approx((4 - 2 - 8) / 3, abs=1e-3)
    assert [(p.period, p.both.events) for p in series.points] == [("2024-01", 2), ("2024-02", 2)]
    assert series.points[1].a_to_b.mean_goldstein == -8.0


def test_analysis_dyads_coarse_dates_left_out_of_finer_points(dyad_store):
    series = dyad_series(dyad_store, "USA", "DEU", interval="day")
    assert series.imprecise == 1
    assert [p.period for p in series.points] == ["2024-01-02", "2024-01-03", "2024-02-20"]


def test_analysis_dyads_order_of_actors_only_swaps_directions(dyad_store):
    ab, ba = dyad_series(dyad_store, "USA", "DEU"), dyad_series(dyad_store, "DEU", "USA")
    assert ab.a_to_b == ba.b_to_a and ab.total == ba.total


@pytest.mark.parametrize("since, until, n", [("2024-02", None, 2), (None, "2024-01", 2), ("2024-01-03", "2024-01-03", 1)])
def test_analysis_dyads_date_window(dyad_store, since, until, n):
    assert dyad_series(dyad_store, "USA", "DEU", since=since, until=until).total.events == n
    assert len(dyad_events(dyad_store, "DEU", "USA", columns=["id"], since=since, until=until)) == n


def test_analysis_dyads_unknown_pair_is_empty(dyad_store):
    series = dyad_series(dyad_store, "USA", "CHN")
    assert series.total.events == 0 and series.points == [] and series.total.mean_goldstein is None
