"""Cross-article event clustering: the rules on hand-made mentions, and the tables on both store backends."""

from __future__ import annotations

import pytest

from tidings.analysis.clusters_core import ClusterSettings, Mention, Open, cluster_mentions, date_interval, score, sort_date
from tidings.analysis.clusters_store import SORT_DATE_SQL
from tidings.analysis.clusters_text import Weights, content_tokens, trigger_stems
from tidings.analysis.dedup import (
    ClusterFilter, cluster_events, cluster_of, clusters, clusters_of, count_clusters, earliest_date, mentions,
)
from tidings.ingest.ids import article_id
from tidings.models import Actor, Document, Event, Sentence, Span
from tidings.store import open_store

WITHDRAW = "The United States will withdraw 5,000 troops from Germany, the Pentagon said on Sunday."
WITHDRAW_2 = "Washington plans to pull 5,000 troops out of Germany, including units at Ramstein, the Pentagon said."
WITHDRAW_3 = "The Pentagon confirmed that 5,000 American troops will leave Germany by December."
POLAND = "Poland offered to host additional American soldiers at a new base near the Belarus border."
LITHUANIA = "Lithuania offered the Pentagon land near Pabrade for a permanent brigade base."


def _actor(code: str, *, person: str | None = None) -> Actor:
    if person:
        return Actor(text=person, start=0, end=len(person), name=person, kind="person", country=code)
    return Actor(text=code, start=0, end=3, name=code, kind="country", country=code)


def _doc(sentences: list[str], events: list[dict], *, published: str = "2026-05-04", source: str | None = None) -> Document:
    """An article of ``sentences``; each event dict names its sentence, trigger word, type and dyad."""
    text = " ".join(sentences)
    aid = article_id(text + (source or ""))
    starts = [sum(len(s) + 1 for s in sentences[:i]) for i in range(len(sentences))]
    evs = []
    for n, e in enumerate(events):
        start = starts[e["sentence"]] + sentences[e["sentence"]].index(e["trigger"])
        evs.append(Event(
            id=f"{aid}-{n}", type=e["type"], source=[_actor(c, person=e.get("person")) for c in e["source"]],
            target=[_actor(c) for c in e["target"]], trigger=Span(text=e["trigger"], start=start, end=start + len(e["trigger"])),
            sentence=e["sentence"], date=e.get("date"), status=e.get("status", "asserted"), quad_class=1, confidence=0.9,
        ))
    actors = [a for e in evs for a in (*e.source, *e.target)]  # the pipeline lists every event actor
    return Document(id=aid, text=text, published=published, source=source, actors=actors,
                    sentences=[Sentence(start=s, end=s + len(t)) for s, t in zip(starts, sentences)], events=evs)


def _withdrawal(sentence: str, trigger: str, *, published: str, source: str, offer: tuple[str, str] | None = None,
                **more) -> Document:
    """An article on the US withdrawal; ``offer`` adds a second sentence: (text, country) offering to host troops."""
    event = {"sentence": 0, "trigger": trigger, "type": "CONCEDE", "source": ["USA"], "target": ["DEU"], "status": "planned", **more}
    if offer is None:
        return _doc([sentence], [event], published=published, source=source)
    other = {"sentence": 1, "trigger": "offered", "type": "AGREE", "source": [offer[1]], "target": ["USA"]}
    return _doc([sentence, offer[0]], [event, other], published=published, source=source)


@pytest.fixture
def story() -> list[Document]:
    return [
        _withdrawal(WITHDRAW, "withdraw", published="2026-05-04", source="Reuters", offer=(POLAND, "POL")),
        _withdrawal(WITHDRAW_2, "pull", published="2026-05-05", source="AP", offer=(LITHUANIA, "LTU")),
        _withdrawal(WITHDRAW_3, "leave", published="2026-05-05", source="Reuters", date="2026-12"),
    ]


def test_dedup_clusters_one_event_reported_by_three_articles(any_store, story):
    any_store.write(story)
    report = cluster_events(any_store)
    assert (report.events, report.clusters, report.multi_article) == (5, 3, 1)
    found = clusters(any_store, ClusterFilter(type="CONCEDE"))
    assert len(found) == 1
    c = found[0]
    assert (c.num_mentions, c.num_articles, c.num_sources) == (3, 3, 2)
    assert (c.source, c.target, c.date, c.first_seen, c.last_seen) == (["USA"], ["DEU"], "2026-05-04", "2026-05-04", "2026-05-05")
    members = mentions(any_store, c.id)
    assert {m.article_id for m in members} == {d.id for d in story}
    for m in members:
        doc = next(d for d in story if d.id == m.article_id)
        assert doc.text[m.trigger_start : m.trigger_end] == m.trigger_text
        assert m.trigger_text in doc.text[m.sentence_start : m.sentence_end] and m.sentence == 0
    assert cluster_of(any_store, story[1].events[0].id).id == c.id
    every = [e.id for d in story for e in d.events]
    by_event = clusters_of(any_store, every + ["no-such-event"])
    assert set(by_event) == set(every) and by_event[story[1].events[0].id] == cluster_of(any_store, story[1].events[0].id)
    assert clusters_of(any_store, []) == {}


def test_dedup_recomputing_is_idempotent(any_store, story):
    any_store.write(story)
    cluster_events(any_store)
    first = any_store.fetch("SELECT cluster_id, event_id, score FROM event_cluster_members ORDER BY event_id")
    cluster_events(any_store)
    again = any_store.fetch("SELECT cluster_id, event_id, score FROM event_cluster_members ORDER BY event_id")
    assert first == again and len(first) == 5
    assert count_clusters(any_store) == 3


@pytest.mark.parametrize(
    "f, expected",
    [
        (ClusterFilter(actor="DEU"), 1),
        (ClusterFilter(actor="POL"), 1),
        (ClusterFilter(actor="USA"), 3),
        (ClusterFilter(min_articles=2), 1),
        (ClusterFilter(type="agree"), 2),
        (ClusterFilter(since="2026-05-05"), 1),
        (ClusterFilter(until="2026-05-04"), 2),
        (ClusterFilter(until="2026-05"), 3),
    ],
)
def test_dedup_cluster_filters(store, story, f, expected):
    store.write(story)
    cluster_events(store)
    assert len(clusters(store, f)) == expected


def test_dedup_queries_before_clustering_are_empty(store):
    assert clusters(store) == [] and mentions(store, "nope") == [] and cluster_of(store, "nope") is None


def test_dedup_queries_on_a_read_only_store_never_clustered_are_empty(tmp_path, story):
    path = str(tmp_path / "plain.duckdb")
    with open_store(path) as writable:
        writable.write(story)
    with open_store(path, read_only=True) as store:
        assert clusters(store) == [] and count_clusters(store) == 0
        assert mentions(store, "nope") == [] and cluster_of(store, "nope") is None


def test_dedup_clusters_are_read_from_a_read_only_store(tmp_path, story):
    path = str(tmp_path / "clustered.duckdb")
    with open_store(path) as writable:
        writable.write(story)
        cluster_events(writable)
        expected = clusters(writable)
    with open_store(path, read_only=True) as store:
        assert clusters(store) == expected and expected
        assert mentions(store, expected[0].id) and cluster_of(store, mentions(store, expected[0].id)[0].event_id)


def _mention(n: int, sentence: str, *, article: str | None = None, sentence_no: int | None = None, **fields) -> Mention:
    values = {"type": "CONCEDE", "source": frozenset({"USA"}), "target": frozenset({"DEU"}), "date": "2026-05-04",
              "published": "2026-05-04", **fields}
    return Mention(event_id=f"e{n}", article_id=article or f"a{n}", sentence=n if sentence_no is None else sentence_no,
                   tokens=content_tokens(sentence), **values)


# Background news: country names and reporting verbs are common, so they weigh little.
BACKGROUND = [content_tokens(f"Officials in Germany and the United States said on day {n} that talks continue.") for n in range(200)]


def _groups(*pairs: Mention) -> list[list[str]]:
    weights = Weights.from_sentences([*BACKGROUND, *(m.tokens for m in pairs)])
    ordered = sorted(pairs, key=lambda m: m.start)
    return sorted(sorted(x.event_id for x in c) for c in cluster_mentions(ordered, weights=weights, settings=ClusterSettings()))


@pytest.mark.parametrize(
    "second, merged",
    [
        ({}, True),
        ({"date": "2026-05-20"}, False),  # outside the 7-day window
        ({"date": "2026-05-09"}, True),
        ({"target": frozenset({"FRA"})}, False),  # the target conflicts
        ({"target": frozenset()}, True),  # an empty side fits
        ({"source": frozenset({"DEU"}), "target": frozenset({"USA"})}, True),  # crossed, but the sentences agree
        ({"status": "negated"}, False),
        ({"status": "hypothetical"}, False),  # what would happen is not what happened
        ({"status": "reported"}, True),
        ({"type": "RETREAT"}, False),
        ({"persons_source": frozenset({"rubio"})}, False),  # vs Hegseth below
        ({"article": "a0", "sentence_no": 0}, False),  # the same sentence holds two events
        ({"status": "planned", "date": "2026-12"}, True),  # announced on 4 May, due in December
        ({"date": "2026-05", "published": "2026-05-06"}, True),  # dated by its month, reported two days later
        ({"date": "2026", "published": "2026-05-05"}, True),
        ({"date": "2026", "published": "2026-11-10"}, False),  # dated by its year, reported six months later
        ({"date": "2025", "published": "2026-05-05"}, False),  # reported the next day, but of another year
    ],
)
def test_dedup_merge_rules(second, merged):
    text = "The United States will withdraw 5,000 troops from Ramstein in Germany, Hegseth said."
    first = _mention(0, text, persons_source=frozenset({"hegseth"}))
    other = _mention(1, text, **second)
    assert (_groups(first, other) == [["e0", "e1"]]) is merged


@pytest.mark.parametrize("published", ["2026-05-02", "2026-05-06", "2026-12-20"])
def test_dedup_report_dated_by_its_year_does_not_join_reports_months_apart(published):
    """A report told as done in "2026" is placed at its publication: it may meet the reports of those days,
    but does not hold together two reports of the dyad four months apart (nor wait for them a year)."""
    text = "The United States will withdraw 5,000 troops from Ramstein in Germany, Hegseth said."
    year = _mention(0, text, date="2026", published=published)
    may, september = _mention(1, text), _mention(2, text, date="2026-09-01", published="2026-09-01")
    groups = _groups(year, may, september)
    assert not any({"e1", "e2"} <= set(g) for g in groups)
    assert (["e0", "e1"] in groups) is (published != "2026-12-20")


def test_dedup_different_sentences_stay_apart():
    a = _mention(0, "The United States will withdraw 5,000 troops from Germany by December.")
    b = _mention(1, "Germany and the United States signed a contract for 35 fighter jets and air defense systems.")
    assert _groups(a, b) == [["e0"], ["e1"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Germany's troops", {"germany", "troop"}),
        ("5,000 soldiers", {"5000", "soldier"}),
        ("The talks in Vienna", {"talk", "vienna"}),
        ("it was not there", set()),
    ],
)
def test_dedup_content_tokens(text, expected):
    assert content_tokens(text) == expected


@pytest.mark.parametrize(
    "value, days",
    [("2026-05-04", 1), ("2026-02", 28), ("2024-02", 29), ("2026", 365), (None, 1)],
)
def test_dedup_date_interval(value, days):
    first, last = date_interval(value)
    assert last - first + 1 == days


def _partition(store) -> set[frozenset[str]]:
    rows = store.fetch("SELECT cluster_id, event_id FROM event_cluster_members")
    groups: dict[str, set[str]] = {}
    for cid, eid in rows:
        groups.setdefault(cid, set()).add(eid)
    return {frozenset(g) for g in groups.values()}


def test_dedup_incremental_run_matches_full_recompute(any_store, story):
    april = _doc([POLAND], [{"sentence": 0, "trigger": "offered", "type": "AGREE", "source": ["POL"], "target": ["USA"]}],
                 published="2026-04-01")
    any_store.write([april, *story[:2]])
    cluster_events(any_store)
    any_store.write(story[2:])
    assert earliest_date(story[2:]) == "2026-05-05"
    assert earliest_date([_doc([WITHDRAW], [{"sentence": 0, "trigger": "withdraw", "type": "CONCEDE", "source": ["USA"],
                                             "target": ["DEU"], "date": "2020"}], published="2026-05-06")]) == "2026-05-06"
    report = cluster_events(any_store, since=earliest_date(story[2:]))
    assert report.events == 5  # April's event cannot change: it is not clustered again
    incremental = _partition(any_store)
    cluster_events(any_store)
    assert incremental == _partition(any_store)
    assert clusters(any_store, ClusterFilter(type="CONCEDE"))[0].num_articles == 3


LEAD = "U.S. to pull 5,000 troops from Germany. The United States will withdraw 5,000 troops from Germany by December."


@pytest.mark.parametrize("same_story", [True, False])
def test_dedup_articles_on_one_story_share_events_told_in_other_words(same_story):
    """Two articles' sentences share few words; their leads say they tell one story."""
    a = _mention(0, "The United States will withdraw 5,000 troops from Germany by December.", story=content_tokens(LEAD))
    other = LEAD if same_story else "Poland and Lithuania offered to host more American soldiers near Belarus."
    b = _mention(1, "Critics said the Pentagon's decision caught the government off guard.", story=content_tokens(other))
    assert (_groups(a, b) == [["e0", "e1"]]) is same_story


@pytest.mark.parametrize(
    "source, target, bonus",
    [({"USA"}, {"DEU"}, True), ({"SDN"}, {"SDN"}, False), ({"USA"}, set(), False), ({"USA", "DEU"}, {"DEU"}, False)],
)
def test_dedup_dyad_bonus_only_between_two_parties(source, target, bonus):
    """A shared dyad is evidence when it names two parties; a domestic one (army vs rebels: SDN-SDN) is not."""
    text = "Officials said the talks would continue next week in the capital."
    weights = Weights.from_sentences(BACKGROUND)
    settings = ClusterSettings()
    sides = {"source": frozenset(source), "target": frozenset(target)}
    first, second = _mention(0, text, **sides), _mention(1, text, **sides)
    without = ClusterSettings(dyad_bonus=0.0)
    for m in (first, second):
        m.mass = weights.mass(m.tokens)
    gain = score(second, Open.start(0, first), weights, settings) - score(second, Open.start(0, first), weights, without)
    assert gain == pytest.approx(settings.dyad_bonus if bonus else 0.0)


@pytest.mark.parametrize(
    "a, b, shared",
    [("imposed", "impose", True), ("threat", "threatened", True), ("took effect", "take effect", True),
     ("spoke with", "spoken", True), ("call", "call", True), ("accused", "imposed", False), ("met", "meeting", False)],
)
def test_dedup_trigger_stems(a, b, shared):
    assert (not trigger_stems(a).isdisjoint(trigger_stems(b))) is shared


@pytest.mark.parametrize(
    "date, published, status, expected",
    [
        ("2026", "2026-05-04", "planned", "2026-05-04"),  # "by the end of the year", announced in May
        ("2026-12", "2026-05-04", "threatened", "2026-05-04"),
        ("2026-05-04", "2026-05-04", "planned", "2026-05-04"),
        ("2026-05-03", "2026-05-04", "planned", "2026-05-03"),  # announced for a day already past
        ("2026-05-03", "2026-05-04", "asserted", "2026-05-03"),
        ("2025", "2026-05-04", "hypothetical", "2026-05-04"),  # a month or a year only: placed at its report
        ("2026-12", "2026-05-04", "asserted", "2026-05-04"),
        ("2025-10", "2026-05-17", "reported", "2026-05-17"),
        ("2026-06", None, "planned", "2026-06"),
        ("2026", None, "asserted", "2026"),
    ],
)
def test_dedup_sort_date_in_python_and_sql(store, date, published, status, expected):
    """Mentions are read in SQL order and clustered in Python order: the two must agree."""
    assert sort_date(date, published, status) == expected
    doc = _doc([WITHDRAW], [{"sentence": 0, "trigger": "withdraw", "type": "CONCEDE", "source": ["USA"],
                             "target": ["DEU"], "status": status, "date": date}], published=published)
    store.write([doc])
    assert store.fetch(f"SELECT {SORT_DATE_SQL} FROM events e") == [(expected,)]
