"""Event clusters in Debian Chromium: from an event to the other articles that report it, landing on their sentence."""

from __future__ import annotations

import httpx
import pytest


def _api(live, path: str, **params) -> dict:
    return httpx.get(f"{live.url}{path}", params=params, timeout=30).json()


@pytest.fixture
def shared(live) -> dict:
    """The cluster reported by the most articles, with its mentions."""
    top = _api(live, "/api/clusters", min_articles=2, order="articles", limit=1)["items"][0]
    return _api(live, f"/api/clusters/{top['id']}")


def test_browser_cluster_from_an_event_lands_on_the_other_articles_sentence(tab, shared):
    cluster, mentions = shared["cluster"], shared["mentions"]
    origin = mentions[0]
    other = next(m for m in mentions if m["article_id"] != origin["article_id"])
    tab.open(f"#/article/{origin['article_id']}?event={origin['event_id']}")
    link = tab.page.locator("#finding a.reported-by")
    link.wait_for(timeout=20_000)
    assert link.inner_text() == f"reported by {cluster['num_articles']} articles"
    tab.shot("cluster-event-panel")

    link.click()
    tab.page.wait_for_url(f"**#/cluster/{cluster['id']}?event={origin['event_id']}")
    tab.ready()
    items = tab.page.locator("#cluster-mentions li.mention")
    assert items.count() == len(mentions)
    marks = tab.page.eval_on_selector_all("#cluster-mentions li.mention mark", "els => els.map(e => e.textContent)")
    assert marks == [m["trigger_text"] for m in mentions]
    quoted = tab.page.eval_on_selector_all("#cluster-mentions blockquote", "els => els.map(e => e.textContent)")
    assert quoted == [m["sentence_text"] for m in mentions]
    assert tab.page.locator("li.mention.origin").get_attribute("data-event") == origin["event_id"]
    tab.shot("cluster-view")

    tab.page.locator(f"li.mention[data-event='{other['event_id']}'] .mention-head a").click()
    tab.page.wait_for_url(f"**#/article/{other['article_id']}?event={other['event_id']}")
    tab.ready()
    focused = tab.page.eval_on_selector_all("#article-text .seg.focus", "els => els.map(e => e.textContent).join('')")
    assert focused == other["sentence_text"]
    selected = tab.page.eval_on_selector_all("#article-text .seg.selected", "els => els.map(e => e.textContent).join('')")
    assert selected == other["trigger_text"]
    assert tab.page.locator("#finding a.reported-by").inner_text() == f"reported by {cluster['num_articles']} articles"
    tab.shot("cluster-landed-on-sentence")
    assert tab.errors == []


def test_browser_events_table_shows_reports_and_opens_the_cluster(tab, shared):
    origin = shared["mentions"][0]
    tab.open(f"#/events?article_id={origin['article_id']}")
    tab.page.wait_for_selector("#events-table[data-reports='1']")
    cell = tab.page.locator(f"table.events tr[data-id='{origin['event_id']}'] td.reports a")
    assert cell.inner_text() == f"reported by {shared['cluster']['num_articles']} articles"
    tab.shot("cluster-events-table")
    cell.click()
    tab.page.wait_for_url(f"**#/cluster/{shared['cluster']['id']}?event={origin['event_id']}")
    tab.ready()
    assert tab.page.locator("#cluster-mentions li.mention").count() == len(shared["mentions"])
    assert tab.errors == []
