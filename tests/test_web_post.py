"""POST /api/articles: off without a token, bearer-checked with one, extracts with the real pipeline."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tidings.web import create_app
from tidings.web.posting import check_bearer

TOKEN = "s3cret-token"
TEXT = (
    "Germany and France agree on new aid for Ukraine\n\n"
    "BERLIN, 4 May 2026 - Germany pledged 500 million euros in military aid to Ukraine on Monday, "
    "Defense Minister Boris Pistorius said in Berlin."
)
HTML = (
    "<html><head><title>Talks in Vienna</title></head><body><article><h1>Talks in Vienna</h1>"
    "<p>Iran and the IAEA resumed talks in Vienna on Tuesday, officials said. The agency's chief met "
    "Iranian negotiators for three hours and described the meeting as constructive.</p>"
    "<p>Both sides said they would meet again next week to discuss inspections at two sites.</p></article></body></html>"
)


@pytest.fixture
def writable(db_path, nlp):
    with TestClient(create_app(db_path, token=TOKEN, nlp=nlp, max_body=50_000)) as c:
        yield c


def test_web_post_disabled_without_token(db_path):
    with TestClient(create_app(db_path)) as c:
        response = c.post("/api/articles", json={"text": TEXT}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 403 and response.json()["status"] == 403


@pytest.mark.parametrize("header", [None, "Bearer wrong", f"Basic {TOKEN}", "Bearer", f"Bearer {TOKEN}x"])
def test_web_post_rejects_missing_or_wrong_token(writable, header):
    headers = {"Authorization": header} if header else {}
    response = writable.post("/api/articles", json={"text": TEXT}, headers=headers)
    assert response.status_code == 401
    assert response.json() == {"status": 401, "message": "missing or wrong bearer token"}


@pytest.mark.parametrize("body", [{"text": TEXT}, {"html": HTML, "published": "2026-05-05"}])
def test_web_post_extracts_and_stores(writable, body):
    response = writable.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201, response.text
    article_id = response.json()["id"]
    assert response.headers["location"] == f"/api/articles/{article_id}"
    doc = writable.get(f"/api/articles/{article_id}").json()
    assert doc["sentences"] and doc["language"] == "en"
    assert any(a["id"] == article_id for a in writable.get("/api/articles").json()["items"])


@pytest.mark.parametrize(
    "body, field",
    [({}, "request"), ({"text": "a", "html": "<p>a</p>"}, "request"), ({"text": "x", "published": "May 4"}, "published"),
     ({"text": "x", "extra": 1}, "extra")],
)
def test_web_post_invalid_body_is_422(writable, body, field):
    response = writable.post("/api/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422 and response.json()["field"] == field


def test_web_post_body_size_limit(writable):
    response = writable.post("/api/articles", json={"text": "word " * 20_000}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413 and response.json()["status"] == 413


def test_web_post_html_without_text_is_422(writable):
    response = writable.post("/api/articles", json={"html": "<html><body></body></html>"},
                             headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422 and "no article text" in response.json()["message"]


@pytest.mark.parametrize("token, header, ok", [("abc", "Bearer abc", True), ("abc", "bearer abc", True),
                                               ("abc", "Bearer abd", False), ("ä-token", "Bearer ä-token", True)])
def test_web_post_check_bearer(token, header, ok):
    if ok:
        check_bearer(header, token)
    else:
        with pytest.raises(Exception, match="401"):
            check_bearer(header, token)


def test_web_post_empty_token_refused(db_path):
    with pytest.raises(ValueError):
        create_app(db_path, token="  ")


def test_web_post_clears_the_answer_cache(writable):
    before = writable.get("/api/articles").json()["total"]
    assert writable.get("/api/articles").json()["total"] == before  # answered from the cache
    response = writable.post("/api/articles", json={"text": TEXT + " More."}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 201
    assert writable.get("/api/articles").json()["total"] == before + 1
    assert writable.get("/api/status").json()["cache"]["hits"] >= 1
