"""The actor network over hand-made events."""

from __future__ import annotations

import pytest

from tidings.analysis.network import network
from test_analysis_dyads import _doc


@pytest.fixture
def net_store(store):
    store.write([
        _doc(1, [("USA", "DEU", "AGREE", "2024-01-02", 1, 4.0), ("USA", "DEU", "ACCUSE", "2024-01-03", 3, -2.0),
                 ("DEU", "USA", "AID", "2024-03-03", 2, 7.0)]),
        _doc(2, [("FRA", "DEU", "ASSAULT", "2024-02-21", 4, -10.0), ("FRA", "FRA", "CONSULT", "2024-02-21", 1, 1.0)]),
    ])
    return store


def test_analysis_network_directed_edges_with_scores(net_store):
    net = network(net_store)
    edges = {(e.source, e.target): e for e in net.edges}
    assert set(edges) == {("USA", "DEU"), ("DEU", "USA"), ("FRA", "DEU")}  # self-loops are left out
    assert (edges["USA", "DEU"].events, edges["USA", "DEU"].mean_goldstein) == (2, 1.0)
    assert (edges["USA", "DEU"].cooperation, edges["USA", "DEU"].conflict) == (1, 1)
    assert [n.id for n in net.nodes] == ["DEU", "USA", "FRA"]
    assert {n.id: n.events for n in net.nodes} == {"DEU": 4, "USA": 3, "FRA": 1}


@pytest.mark.parametrize("kwargs, expected", [
    ({"min_events": 2}, {("USA", "DEU")}),
    ({"since": "2024-02"}, {("DEU", "USA"), ("FRA", "DEU")}),
    ({"until": "2024-01"}, {("USA", "DEU")}),
    ({"max_edges": 1}, {("USA", "DEU")}),
])
def test_analysis_network_filters(net_store, kwargs, expected):
    assert {(e.source, e.target) for e in network(net_store, **kwargs).edges} == expected
