"""Small helpers shared by extractors for finding records by character offsets."""

from __future__ import annotations

from typing import Sequence, TypeVar

from tidings.models import Span

S = TypeVar("S", bound=Span)


def covering(items: Sequence[S], start: int, end: int) -> S | None:
    """The first item whose span overlaps [start, end)."""
    for item in items:
        if item.start < end and start < item.end:
            return item
    return None


def inside(items: Sequence[S], start: int, end: int) -> list[S]:
    """Items lying entirely within [start, end)."""
    return [item for item in items if start <= item.start and item.end <= end]
