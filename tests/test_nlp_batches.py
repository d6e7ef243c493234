"""Batches for nlp.pipe close on a count of articles or on a budget of characters, whichever comes first."""

from __future__ import annotations

import pytest

from tidings.config import Settings
from tidings.models import Article, Failure
from tidings.nlp.run import batches


def _items(spec: str) -> list[Article | Failure]:
    """'a100 f a50' → an Article of 100 characters, a Failure, an Article of 50 characters."""
    items: list[Article | Failure] = []
    for n, token in enumerate(spec.split()):
        if token == "f":
            items.append(Failure(path=f"bad-{n}", reason="unreadable"))
        else:
            items.append(Article(id=f"a{n}", text="x" * int(token[1:])))
    return items


def _shape(groups: list[list[Article | Failure]]) -> list[str]:
    return [" ".join("f" if isinstance(i, Failure) else f"a{len(i.text)}" for i in group) for group in groups]


@pytest.mark.parametrize(
    "spec, batch_size, batch_chars, expected",
    [
        ("a10 a10 a10 a10 a10", 2, 1_000, ["a10 a10", "a10 a10", "a10"]),
        ("a400 a400 a400 a400", 32, 1_000, ["a400 a400 a400", "a400"]),
        ("a5000 a10 a10", 32, 1_000, ["a5000", "a10 a10"]),
        ("a10 a5000 a10", 32, 1_000, ["a10 a5000", "a10"]),
        ("f f a10 f", 2, 1_000, ["f f", "a10 f"]),
        ("", 8, 1_000, []),
    ],
)
def test_nlp_batches_close_on_count_or_characters(spec, batch_size, batch_chars, expected):
    settings = Settings(batch_size=batch_size, batch_chars=batch_chars)
    items = _items(spec)
    groups = list(batches(iter(items), settings))
    assert _shape(groups) == expected
    assert [item for group in groups for item in group] == items
