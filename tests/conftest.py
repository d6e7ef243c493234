"""Shared fixtures: the real spaCy pipeline (built once per test process) and fresh stores."""

from __future__ import annotations

import pytest

from tidings.nlp import build_nlp
from tidings.store import open_store

from paths import EXAMPLES, ROOT  # noqa: F401  (re-exported for older imports)


@pytest.fixture(scope="session")
def nlp():
    return build_nlp()


@pytest.fixture
def store():
    s = open_store(":memory:")
    yield s
    s.close()


@pytest.fixture(scope="session")
def postgres_server():
    from pgserver import start_postgres

    server = start_postgres()
    yield server
    server.stop()


@pytest.fixture(params=["duckdb", "postgres"])
def any_store(request, tmp_path):
    """The same store tests on both backends: a DuckDB file and a real PostgreSQL database."""
    if request.param == "duckdb":
        url = str(tmp_path / "store.duckdb")
    else:
        url = request.getfixturevalue("postgres_server").create_database()
    s = open_store(url)
    yield s
    s.close()


@pytest.fixture
def db_path(tmp_path) -> str:
    return str(tmp_path / "test.duckdb")
