"""Clustering inputs: computed once per article from the store's tables, recomputed when an article changes."""

from __future__ import annotations

import pytest

from tidings.analysis.clusters_inputs import update_inputs
from tidings.analysis.clusters_rows import inputs_for, is_anaphor, lead_tokens
from tidings.analysis.clusters_text import content_tokens
from tidings.analysis.dedup import cluster_events
from tidings.ingest.ids import article_id
from tidings.models import Actor, Document, Event, Sentence, Span

LEAD = "The United States will withdraw 5,000 troops from Germany, Hegseth said on Sunday."
SECOND = "Officials in Berlin said the withdrawal had not been discussed with them."


def _doc(text_1: str = LEAD, *, aid: str | None = None, url: str | None = "https://www.example.com/a") -> Document:
    text = f"{text_1} {SECOND}"
    aid = aid or article_id(text)
    hegseth = Actor(text="Hegseth", start=text.index("Hegseth"), end=text.index("Hegseth") + 7, name="Pete Hegseth",
                    kind="person", country="USA")
    germany = Actor(text="Germany", start=0, end=7, name="Germany", kind="country", country="DEU")
    w1, w2 = text.index("withdraw"), text.index("withdrawal")
    events = [
        Event(id=f"{aid}-0", type="CONCEDE", source=[hegseth], target=[germany], trigger=Span(text="withdraw", start=w1, end=w1 + 8),
              sentence=0, status="planned", quad_class=1, confidence=0.9, rule="triggers.csv:1 verb 'withdraw'"),
        Event(id=f"{aid}-1", type="CONCEDE", source=[], target=[germany], trigger=Span(text="withdrawal", start=w2, end=w2 + 10),
              sentence=1, quad_class=1, confidence=0.9, rule="triggers.csv:2 noun 'withdrawal'"),
    ]
    return Document(id=aid, text=text, title="U.S. troops to leave Germany", url=url, published="2026-05-04",
                    sentences=[Sentence(start=0, end=len(text_1)), Sentence(start=len(text_1) + 1, end=len(text))],
                    actors=[hegseth, germany], events=events)


def _inputs(store) -> dict[str, tuple]:
    rows = store.fetch("SELECT event_id, tokens, anaphor, persons_source, persons_target FROM cluster_event_inputs")
    return {r[0]: r[1:] for r in rows}


def _stored_inputs(store) -> tuple[list, list]:
    return (store.fetch("SELECT * FROM cluster_article_inputs ORDER BY article_id"),
            store.fetch("SELECT * FROM cluster_event_inputs ORDER BY event_id"))


def test_dedup_inputs_are_written_with_the_article(any_store):
    doc = _doc()
    any_store.write([doc])
    found = _inputs(any_store)
    assert found[doc.events[0].id] == (" ".join(sorted(content_tokens(LEAD))), False, "hegseth", "")
    assert found[doc.events[1].id] == (" ".join(sorted(content_tokens(SECOND))), True, "", "")
    story, pub = any_store.fetch("SELECT story, publisher FROM cluster_article_inputs")[0]
    assert pub == "example.com"
    assert set(story.split()) == lead_tokens(doc.title, doc.text, [s.end for s in doc.sentences])
    assert update_inputs(any_store) == 0  # nothing to compute: the write stored them


def test_dedup_inputs_of_an_older_store_are_computed_from_its_tables(any_store):
    """A store written before the input tables existed: ``update_inputs`` computes the rows a write stores."""
    docs = [_doc(aid="a"), _doc(aid="b", url=None)]
    any_store.write(docs)
    written = _stored_inputs(any_store)
    for table in ("cluster_article_inputs", "cluster_event_inputs"):
        any_store.execute(f"DELETE FROM {table}")
    assert update_inputs(any_store) == 2
    assert _stored_inputs(any_store) == written
    assert written[0] == sorted([inputs_for(d)[0] for d in docs])


def test_dedup_inputs_follow_changed_and_deleted_articles(any_store):
    first = _doc(aid="kept-id")
    any_store.write([first, _doc(aid="other")])
    changed = _doc("The United States will pull 5,000 troops out of Germany, Hegseth said on Sunday.", aid="kept-id")
    any_store.write([changed])  # a rewrite replaces the article's inputs with it
    assert update_inputs(any_store) == 0
    assert _inputs(any_store)[changed.events[0].id][0] == " ".join(sorted(content_tokens(changed.text[: changed.sentences[0].end])))
    any_store.execute("DELETE FROM cluster_event_inputs WHERE event_id = ?", [changed.events[1].id])
    assert update_inputs(any_store) == 1  # an event without inputs: its article is recomputed
    assert len(_inputs(any_store)) == 4
    any_store.execute("DELETE FROM events WHERE article_id = 'other'")
    any_store.execute("DELETE FROM articles WHERE id = 'other'")
    update_inputs(any_store)
    assert {r[0] for r in any_store.fetch("SELECT article_id FROM cluster_article_inputs")} == {"kept-id"}
    assert {r[0] for r in any_store.fetch("SELECT article_id FROM cluster_event_inputs")} == {"kept-id"}


def test_dedup_inputs_clustering_reads_no_document(store):
    """Once the inputs exist, clustering needs nothing from the stored documents."""
    store.write([_doc(aid="a"), _doc(aid="b", url="https://other.org/b")])
    first = cluster_events(store)
    store.execute("UPDATE articles SET document = '{}'")
    again = cluster_events(store)
    assert (first.events, first.clusters, first.multi_article) == (again.events, again.clusters, again.multi_article)
    assert first.multi_article >= 1


@pytest.mark.parametrize(
    "sentence, trigger, rule, expected",
    [
        ("Officials discussed the withdrawal on Monday.", "withdrawal", "noun 'withdrawal'", True),
        ("Officials discussed the planned troop withdrawal.", "withdrawal", "noun 'withdrawal'", True),
        ("The army attacked the town.", "attacked", None, False),
        ("The rebels attack the town.", "attack", "verb 'attack'", False),
        ("Officials discussed a withdrawal on Monday.", "withdrawal", "noun 'withdrawal'", False),
        ("The talks would withdraw nothing.", "withdraw", None, False),  # 'would' is a stop word
    ],
)
def test_dedup_inputs_anaphor(sentence, trigger, rule, expected):
    start = sentence.index(trigger)
    assert is_anaphor(sentence, start, 0, trigger, rule) is expected
