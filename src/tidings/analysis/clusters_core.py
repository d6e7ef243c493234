"""Grouping event mentions that report the same real-world event (pure; no store).

Mentions arrive sorted by date. Each one joins the open cluster with the best evidence score,
if that reaches the threshold, or opens a new cluster. A mention can join a cluster when:

- same PLOVER type, and both negated or both not;
- its date lies within ``window_days`` of the cluster's first mention. Dates are intervals (a day,
  a month, a year); a planned, threatened or hypothetical event spans from the publication that
  announces it to the date it is set for, so "will withdraw by December" reported on 4 May meets
  "the pullout" reported on 5 May;
- it is reported within ``window_days`` of the cluster's reach (see ``placement``): a mention is
  placed on its day, an announced event from its announcement to its date, but an event told
  as done with only a month or a year ("in March", "last year") on its publication day. The
  period does not say which of its events is meant, so such a report meets the reports of its
  own days only, not every report of the period (a year-dated report would otherwise join, and
  hold open for a year, reports of the same dyad months apart);
- the actor codes fit: sources overlap and targets overlap (an empty side fits anything), or the
  two are crossed (A met B / B met A, at a penalty), or no code is known (at a penalty);
- it is not in the same sentence as the mention it is compared with (one sentence, two
  predicates of one type: "blocked convoys and looted warehouses" are two events), no named
  person on either side contradicts that mention's, and one is not hypothetical while the other
  is asserted or reported (what would happen if ... is not what happened). (Event locations are
  not compared: too often they are the dateline's city, not the place of the event.)

The score is the best evidence over the cluster's mentions — the weighted token similarity of
the two trigger sentences, plus, for a mention of another article, a share of the similarity of
the two articles' leads (title and first sentences: articles on one story report its events
from different angles, in sentences that share few words), plus a small bonus when the triggers
share a stem ("imposed"/"impose") — then a bonus when the cluster holds a mention of the same
article (articles repeat their events), a bonus when the trigger is a definite noun phrase ("the
withdrawal", "the tariff increase"), which refers back to an event already known, and a bonus
when both sides share a code and the dyad is between two parties (USA-DEU; a domestic dyad such
as the Sudanese army and the RSF, SDN-SDN, has too many interactions to tell them apart).
The weights are measured with ``benchmarks/dedup_eval.py`` against ``examples/clusters.yaml``.

Clusters close once no later mention can reach their window, so memory stays bounded by the
events of one window, not by the corpus. Candidate clusters come from an index by actor code,
by rare sentence token and by article, so a mention is never compared with every open cluster.
"""

from __future__ import annotations

import datetime as dt
import heapq
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional

from pydantic import BaseModel, ConfigDict, Field

from tidings.analysis.clusters_text import Weights, similarity

UNDATED = 0  # ordinal used for mentions with neither an event date nor a publication date
IRREALIS = frozenset({"planned", "threatened", "hypothetical"})
FACTUAL = frozenset({"asserted", "reported"})
SCORE_DIGITS = 9  # scores are compared at this precision (see score)


class ClusterSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    window_days: int = Field(7, ge=0, description="mentions further apart than this never merge")
    threshold: float = Field(0.4, ge=0.0, description="evidence score a mention needs to join a cluster")
    same_article_bonus: float = Field(0.15, ge=0.0, description="added when the cluster has a mention in the same article")
    anaphor_bonus: float = Field(0.15, ge=0.0, description="added when the trigger is a definite noun phrase")
    story_weight: float = Field(0.3, ge=0.0, description="times the similarity of two articles' leads (title and "
                                "first sentences), added for a mention of another article")
    trigger_bonus: float = Field(0.05, ge=0.0, description="added when two triggers share their stem (imposed/impose)")
    dyad_bonus: float = Field(0.15, ge=0.0, description="added when both sources and both targets share a code "
                              "(two distinct parties)")
    crossed_penalty: float = Field(0.2, ge=0.0, description="subtracted when only source and target crossed fit")
    unknown_actors_penalty: float = Field(0.1, ge=0.0, description="subtracted when no actor code is shared")
    compare_last: int = Field(12, ge=1, description="a mention is compared with the first and the last N members")
    block_max_df: float = Field(0.05, gt=0.0, le=1.0, description="tokens in a larger share of sentences do not block")


def date_interval(value: str | None) -> tuple[int, int]:
    """First and last day (proleptic ordinals) of 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'."""
    if not value:
        return UNDATED, UNDATED
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts).toordinal()
        return day, day
    if len(parts) == 2:
        year, month = parts
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(year, month, 1).toordinal(), last.toordinal()
    return dt.date(parts[0], 1, 1).toordinal(), dt.date(parts[0], 12, 31).toordinal()


def sort_date(date: str | None, published: str | None, status: str) -> str | None:
    """The date a mention is placed and ordered by: its publication for an announced event not yet past
    when announced (its date's period does not end before publication: "by the end of the year" is
    '2026', announced on 2026-05-04) and for any event dated only by a month or a year, else its date."""
    if published and date and (len(date) < 10 or (status in IRREALIS and published[: len(date)] <= date)):
        return published
    return date


def placement(date: str | None, published: str | None, status: str) -> tuple[int, int, int, int]:
    """Where a mention stands in the stream of reports and which days its event can fall on, as
    ordinals: (start, reach, first, last). It is read at ``start`` (``sort_date``) and can take
    mentions read up to ``window_days`` after ``reach``; its event falls between ``first`` and
    ``last``. A day-dated event: all four are its day. An announced event (planned, threatened,
    hypothetical; its period not past when announced): read at its announcement, reaching to the
    end of the period it is set for. An event dated only by a month or a year: read and reaching
    at its publication, falling in its period."""
    first, last = date_interval(date)
    start, reach = date_interval(sort_date(date, published, status))
    if not (status in IRREALIS and published and date and published[: len(date)] <= date):
        return start, reach, first, last
    return start, max(reach, last), min(start, first), last


@dataclass(slots=True)
class Mention:
    """One event as the clustering sees it (ids and offsets are carried through to the store)."""

    event_id: str
    article_id: str
    type: str
    source: frozenset[str]
    target: frozenset[str]
    date: Optional[str]
    published: Optional[str] = None
    status: str = "asserted"
    sentence: int = 0
    tokens: frozenset[str] = frozenset()
    anaphor: bool = False
    persons_source: frozenset[str] = frozenset()
    persons_target: frozenset[str] = frozenset()
    story: frozenset[str] = frozenset()  # content tokens of the article's title and lead
    stems: frozenset[str] = frozenset()  # of the trigger's words (see clusters_text.trigger_stems)
    extra: tuple = ()  # row data the store keeps (offsets, publisher...: clusters_store.Carried)
    score: float = 1.0  # evidence with which it joined its cluster (1.0 for the first mention)
    start: int = UNDATED  # see placement
    reach: int = UNDATED
    first: int = UNDATED
    last: int = UNDATED
    mass: float = 0.0
    story_mass: float = 0.0

    def __post_init__(self) -> None:
        self.start, self.reach, self.first, self.last = placement(self.date, self.published, self.status)

    @property
    def negated(self) -> bool:
        return self.status == "negated"

    @property
    def codes(self) -> frozenset[str]:
        return self.source | self.target


@dataclass(slots=True)
class Open:
    """A cluster still accepting mentions."""

    seq: int
    members: list[Mention]
    source: set[str]
    target: set[str]
    articles: set[str]
    reach: int  # of the first mention (see placement)
    first: int
    last: int
    keys: set[tuple] = field(default_factory=set)  # where the index files it

    @classmethod
    def start(cls, seq: int, m: Mention) -> "Open":
        return cls(seq, [m], set(m.source), set(m.target), {m.article_id}, m.reach, m.first, m.last)

    def add(self, m: Mention) -> None:
        self.members.append(m)
        self.source |= m.source
        self.target |= m.target
        self.articles.add(m.article_id)


def _fits(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> bool:
    """Two sides do not conflict: one is empty, or they share a code."""
    return not a or not b or not a.isdisjoint(b)


def actor_match(m: Mention, c: Open) -> str | None:
    """'direct', 'crossed', 'unknown' (nothing shared, nothing in conflict) or None (conflict).

    A side fits when either is empty or they share a code; two fitting sides match 'direct' when at
    least one of them has codes on both mentions (so shares one), else 'unknown'. Called for every
    candidate cluster of every mention: written as set tests only."""
    ms, mt, cs, ct = m.source, m.target, c.source, c.target
    if _fits(ms, cs) and _fits(mt, ct):
        return "direct" if (ms and cs) or (mt and ct) else "unknown"
    if _fits(ms, ct) and _fits(mt, cs) and ((ms and ct) or (mt and cs)):
        return "crossed"
    return None


def _same_dyad(m: Mention, c: Open) -> bool:
    """Both sides share a code and the dyad is between two parties (a domestic dyad, SDN-SDN for the
    army and the RSF, says little about which of their many interactions is meant)."""
    return bool(m.source and m.target and m.source.isdisjoint(m.target)
                and not (m.source.isdisjoint(c.source) or m.target.isdisjoint(c.target)))


def _comparable(a: Mention, b: Mention) -> bool:
    if a.article_id == b.article_id and a.sentence == b.sentence:
        return False
    if {a.status, b.status} & {"hypothetical"} and {a.status, b.status} & FACTUAL:
        return False  # what would happen if ... is not what happened
    for x, y in ((a.persons_source, b.persons_source), (a.persons_target, b.persons_target)):
        if x and y and x.isdisjoint(y):
            return False
    return True


def evidence(m: Mention, o: Mention, weights: Weights, settings: ClusterSettings) -> float:
    """How strongly two mentions' texts say they report one event: their trigger sentences, their
    articles' leads (when in two articles) and their triggers' stems."""
    found = similarity(m.tokens, o.tokens, weights, mass_a=m.mass, mass_b=o.mass)
    if m.article_id != o.article_id and settings.story_weight:
        found += settings.story_weight * similarity(m.story, o.story, weights, mass_a=m.story_mass, mass_b=o.story_mass)
    if not m.stems.isdisjoint(o.stems):
        found += settings.trigger_bonus
    return found


def score(m: Mention, c: Open, weights: Weights, settings: ClusterSettings) -> float | None:
    """The evidence that ``m`` reports the event of cluster ``c``; None when it cannot."""
    window = settings.window_days
    if m.start - c.reach > window or m.first - c.last > window or c.first - m.last > window:
        return None
    how = actor_match(m, c)
    if how is None:
        return None
    last = settings.compare_last
    members = c.members if len(c.members) <= last + 1 else [c.members[0], *c.members[-last:]]
    found = [evidence(m, o, weights, settings) for o in members if _comparable(m, o)]
    if not found:
        return None
    total = max(found)
    total += settings.same_article_bonus if m.article_id in c.articles else 0.0
    total += settings.anaphor_bonus if m.anaphor else 0.0
    if how == "direct" and _same_dyad(m, c):
        total += settings.dyad_bonus
    total -= {"direct": 0.0, "crossed": settings.crossed_penalty, "unknown": settings.unknown_actors_penalty}[how]
    # Rounded: the sums run over token sets, whose order changes with Python's string hash seed, so the
    # last bits differ from one process to the next; a score on the threshold (0.39999999999999997 or
    # 0.4000000000000001) must not decide the clusters differently in two runs.
    return round(total, SCORE_DIGITS)


class _Index:
    """Open clusters by (type, negated) and actor code, rare token or article; expired by window end."""

    def __init__(self, weights: Weights, settings: ClusterSettings) -> None:
        self.buckets: dict[tuple, dict[int, Open]] = {}
        self.expiry: list[tuple[int, int, Open]] = []
        self.window = settings.window_days
        self.max_df = max(2, int(settings.block_max_df * weights.n_docs))
        self.weights = weights

    def keys(self, m: Mention) -> set[tuple]:
        """Where a mention is looked up and filed: its article, its actor codes and its rare tokens."""
        kind = (m.type, m.negated)
        keys = {(*kind, "@", m.article_id)}
        keys.update((*kind, "c", code) for code in m.codes)
        keys.update((*kind, "t", t) for t in m.tokens if self.weights.df(t) <= self.max_df)
        return keys

    def file(self, c: Open, keys: set[tuple]) -> None:
        """Index cluster ``c`` under the ``keys`` of its new member."""
        if len(c.members) == 1:
            heapq.heappush(self.expiry, (c.reach + self.window, c.seq, c))
        for key in keys - c.keys:
            self.buckets.setdefault(key, {})[c.seq] = c
            c.keys.add(key)

    def candidates(self, keys: set[tuple]) -> list[Open]:
        found: dict[int, Open] = {}
        for key in keys:
            bucket = self.buckets.get(key)
            if bucket:
                found.update(bucket)
        return [found[k] for k in sorted(found)]

    def expire(self, before: int) -> Iterator[Open]:
        """Close and yield every cluster whose window ends before day ``before``."""
        while self.expiry and self.expiry[0][0] < before:
            _, _, c = heapq.heappop(self.expiry)
            for key in c.keys:
                bucket = self.buckets[key]
                del bucket[c.seq]
                if not bucket:
                    del self.buckets[key]
            yield c

    def drain(self) -> Iterator[Open]:
        yield from self.expire(10**9)


def cluster_mentions(mentions: Iterable[Mention], *, weights: Weights, settings: ClusterSettings) -> Iterator[list[Mention]]:
    """Clusters (lists of mentions, first mention first) from mentions sorted by ``start``."""
    index = _Index(weights, settings)
    seq = 0
    for m in mentions:
        m.mass, m.story_mass = weights.mass(m.tokens), weights.mass(m.story)
        for closed in index.expire(m.start):
            yield closed.members
        best, best_score = None, settings.threshold
        keys = index.keys(m)
        for c in index.candidates(keys):
            s = score(m, c, weights, settings)
            if s is not None and (s > best_score or (best is None and s >= best_score)):
                best, best_score = c, s
        if best is None:
            m.score = 1.0
            best = Open.start(seq, m)
            seq += 1
        else:
            m.score = round(best_score, 4)
            best.add(m)
        index.file(best, keys)
    for c in index.drain():
        yield c.members
