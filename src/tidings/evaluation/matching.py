"""How predictions are matched to gold items, one article at a time.

- events: same sentence (the one holding the gold trigger) and same type; among candidates
  the predicted trigger nearest to the gold one wins. Each prediction matches at most once.
- quotes, quantities, places: character spans overlap; the largest overlap wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Sequence


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.right += int(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class Matches:
    pairs: list[tuple[Any, Any]] = field(default_factory=list)  # (gold, predicted)
    missed: list[Any] = field(default_factory=list)
    spurious: list[Any] = field(default_factory=list)


def greedy_match(
    gold: Sequence[Any], predicted: Sequence[Any], score: Callable[[Any, Any], float | None]
) -> Matches:
    """Pair items by descending score; ``score`` returns None when two items cannot match."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            s = score(g, p)
            if s is not None:
                candidates.append((s, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g, used_p, result = set(), set(), Matches()
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            result.pairs.append((gold[gi], predicted[pi]))
    result.missed = [g for i, g in enumerate(gold) if i not in used_g]
    result.spurious = [p for i, p in enumerate(predicted) if i not in used_p]
    return result


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def span_score(g: dict, p: Any) -> float | None:
    shared = overlap(g["start"], g["end"], p.start, p.end)
    return shared / max(g["end"] - g["start"], p.end - p.start, 1) if shared else None
