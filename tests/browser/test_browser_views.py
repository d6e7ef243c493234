"""The analyst's page in Debian Chromium: every view, event → article, highlights vs offsets, filters, dyads, XSS."""

from __future__ import annotations

import httpx
import pytest

from test_web_support import BROWSER_TOKEN as TOKEN
from test_web_support import PAYLOADS

VIEWS = [
    ("home", "#/", "table.grid tbody tr"),
    ("events", "#/events", "table.events tbody tr"),
    ("dyads-empty", "#/dyads", "form.filters"),
    ("network", "#/network", "svg.network path.edge"),
    ("map", "#/map", "svg.world circle.place"),
    ("quotes", "#/quotes", "li.quote-card"),
]


def _api(live, path: str, **params) -> dict:
    return httpx.get(f"{live.url}{path}", params=params, timeout=30).json()


@pytest.mark.parametrize("name, hash_, selector", VIEWS)
def test_browser_view_loads_without_errors(tab, name, hash_, selector):
    tab.open(hash_)
    assert tab.page.locator(selector).count() > 0
    tab.shot(f"view-{name}")
    assert tab.errors == []


def test_browser_map_draws_shipped_boundaries(tab):
    tab.open("#/map")
    assert tab.page.locator("svg.world path.country").count() > 150
    assert tab.page.locator("svg.world path.country.has-events").count() > 0


def _segments(tab) -> list[dict]:
    return tab.page.eval_on_selector_all(
        "#article-text .seg",
        "els => els.map(e => ({start: +e.dataset.start, end: +e.dataset.end, f: e.dataset.f.split(' ').filter(Boolean), text: e.textContent}))",
    )


def _check_highlights(segments: list[dict], key: str, span: dict) -> None:
    mine = [s for s in segments if key in s["f"]]
    assert mine, key
    assert (min(s["start"] for s in mine), max(s["end"] for s in mine)) == (span["start"], span["end"])
    assert "".join(s["text"] for s in sorted(mine, key=lambda s: s["start"])) == span["text"]


def test_browser_event_row_opens_article_with_highlights_at_api_offsets(tab, live):
    tab.open("#/events")
    row = tab.page.locator("table.events tbody tr").first
    event_id, article_id = row.get_attribute("data-id"), row.get_attribute("data-article")
    row.click()
    tab.page.wait_for_url(f"**#/article/{article_id}?event={event_id}")
    tab.ready()
    doc = _api(live, f"/api/articles/{article_id}")
    segments = _segments(tab)
    assert tab.page.eval_on_selector("#article-text", "e => e.textContent") == doc["text"]
    for event in doc["events"]:
        _check_highlights(segments, f"event:{event['id']}", event["trigger"])
    for kind, plural in (("actor", "actors"), ("quote", "quotes"), ("quantity", "quantities"), ("place", "places")):
        for i, span in enumerate(doc[plural]):
            if span["end"] > span["start"]:
                _check_highlights(segments, f"{kind}:{i}", span)
    selected = tab.page.eval_on_selector_all("#article-text .seg.selected", "els => els.map(e => e.textContent).join('')")
    event = next(e for e in doc["events"] if e["id"] == event_id)
    assert selected == event["trigger"]["text"]
    assert tab.page.locator("#finding h3").inner_text() == f"Event {event['type']}"
    sentence = doc["sentences"][event["sentence"]]
    assert tab.page.locator("#finding blockquote.evidence").inner_text() == doc["text"][sentence["start"] : sentence["end"]]
    tab.shot("article-from-event")
    assert tab.errors == []


def test_browser_highlights_after_emoji_match_the_api_offsets(tab, live, web_db):
    """API offsets count code points; the page must not shift highlights after astral characters (2 UTF-16 units)."""
    emoji = web_db[1]["emoji"]
    event = emoji.events[-1]
    tab.open(f"#/article/{emoji.id}?event={event.id}")
    doc = _api(live, f"/api/articles/{emoji.id}")
    assert tab.page.eval_on_selector("#article-text", "e => e.textContent") == doc["text"]
    segments = _segments(tab)
    for e in doc["events"]:
        _check_highlights(segments, f"event:{e['id']}", e["trigger"])
    for kind, plural in (("actor", "actors"), ("quote", "quotes"), ("quantity", "quantities"), ("place", "places")):
        for i, span in enumerate(doc[plural]):
            _check_highlights(segments, f"{kind}:{i}", span)
    selected = tab.page.eval_on_selector_all("#article-text .seg.selected", "els => els.map(e => e.textContent).join('')")
    assert selected == event.trigger.text
    sentence = doc["sentences"][event.sentence]
    assert tab.page.locator("#finding blockquote.evidence").inner_text() == doc["text"][sentence["start"] : sentence["end"]]
    assert tab.page.locator("#finding blockquote.evidence mark").inner_text() == event.trigger.text
    tab.shot("article-emoji")
    assert tab.errors == []


def test_browser_hover_shows_fields_of_the_finding(tab, live):
    article = _api(live, "/api/events", limit=1)["items"][0]["article_id"]
    tab.open(f"#/article/{article}")
    tab.page.locator("#article-text .seg.k-actor").first.hover()
    assert tab.page.locator("#finding h3").inner_text() == "Actor"
    assert "name" in tab.page.locator("#finding dl.fields").inner_text()


def test_browser_events_filter_and_sort(tab, live):
    tab.open("#/events")
    tab.page.select_option("form.filters select[name=type]", "ACCUSE")
    tab.page.fill("form.filters input[name=actor]", "")
    tab.page.click("form.filters button[type=submit]")
    tab.page.wait_for_url("**type=ACCUSE**")
    tab.page.wait_for_selector("#events-table[data-loading='0']")
    types = tab.page.locator("table.events tbody tr td:nth-child(2)").all_inner_texts()
    total = _api(live, "/api/events", type="ACCUSE")["total"]
    assert types and set(types) == {"ACCUSE"}
    assert tab.page.locator(".pager .range").inner_text().endswith(f"of {total}")
    tab.page.click("th[data-sort=goldstein]")
    tab.page.wait_for_url("**sort=goldstein**")
    tab.page.wait_for_selector("#events-table[data-loading='0']")
    scores = [float(x) for x in tab.page.locator("table.events tbody tr td:nth-child(7)").all_inner_texts() if x != "—"]
    assert scores == sorted(scores, reverse=True)
    tab.shot("events-filtered-sorted")
    assert tab.errors == []


def test_browser_dyad_chart_and_events_under_a_point(tab, live):
    a, b = (x["code"] for x in _api(live, "/api/actors", limit=2)["items"])
    tab.open("#/dyads")
    tab.page.fill("form.filters input[name=a]", a)
    tab.page.fill("form.filters input[name=b]", b)
    tab.page.click("form.filters button[type=submit]")
    tab.page.wait_for_selector("svg.dyad-chart circle.point")
    series = _api(live, f"/api/dyads/{a}/{b}", interval="month")
    points = [p for p in series["points"] if p["both"]["mean_goldstein"] is not None]
    assert tab.page.locator("svg.dyad-chart circle.point").count() == len(points)
    dot = tab.page.locator("svg.dyad-chart circle.point").first
    period = dot.get_attribute("data-period")
    dot.click()
    tab.page.wait_for_selector("#dyad-events ul.event-list li")
    point = next(p for p in series["points"] if p["period"] == period)
    assert tab.page.locator("#dyad-events ul.event-list li").count() == min(200, point["both"]["events"])
    tab.shot("dyad-chart")
    assert tab.errors == []


def test_browser_quotes_search(tab):
    tab.open("#/quotes")
    tab.page.fill("form.filters input[name=text]", "patience")
    tab.page.click("form.filters button[type=submit]")
    tab.page.wait_for_url("**text=patience**")
    tab.page.wait_for_selector("#quotes-out[data-loading='0']")
    texts = tab.page.locator("li.quote-card blockquote").all_inner_texts()
    assert texts and all("patience" in t.lower() for t in texts)


def _assert_nothing_ran(tab) -> None:
    assert tab.page.evaluate("() => window.__pwned") is None
    assert tab.page.locator("img, iframe, object, embed, #view script, #view svg[onload]").count() == 0
    assert tab.page.locator("a[href^='javascript']").count() == 0
    assert tab.page.evaluate("() => [...document.querySelectorAll('*')].some(e => [...e.attributes].some(a => a.name.startsWith('on')))") is False
    assert tab.errors == []  # a blocked inline script would show as a CSP error here


def test_browser_hostile_article_executes_nothing(tab, live, web_db):
    hostile = web_db[1]["hostile"]
    tab.open(f"#/article/{hostile.id}")
    for seg in tab.page.locator("#article-text .seg").all():
        seg.hover()
        seg.click()
    text = tab.page.locator("#article-text").inner_text()
    assert all(p in text for p in PAYLOADS)
    _assert_nothing_ran(tab)
    tab.shot("hostile-article")
    for hash_ in ("#/", "#/quotes?speaker=onerror", f"#/events?article_id={hostile.id}", "#/network", "#/dyads?a=USA&b=DEU"):
        tab.open(hash_)
        _assert_nothing_ran(tab)


def test_browser_hostile_text_posted_through_the_pipeline_executes_nothing(tab, live):
    text = "Payload test\n\nGermany accused Russia of cyberattacks on Monday, officials said. " + " ".join(PAYLOADS)
    response = httpx.post(f"{live.url}/api/articles", json={"text": text, "title": PAYLOADS[0]},
                          headers={"Authorization": f"Bearer {TOKEN}"}, timeout=60)
    assert response.status_code == 201, response.text
    tab.open(f"#/article/{response.json()['id']}")
    assert PAYLOADS[2] in tab.page.locator("#article-text").inner_text()
    assert tab.page.locator("h1").inner_text() == PAYLOADS[0]
    _assert_nothing_ran(tab)
