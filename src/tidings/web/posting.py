"""POST /api/articles: add an article (text or HTML), extracted with the real pipeline. Needs a bearer token."""

from __future__ import annotations

import hmac
import logging
import threading
from typing import Optional

from fastapi import APIRouter, Depends, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator

from tidings.api import extract_many
from tidings.errors import ReadError
from tidings.ingest.dateline import find_dateline
from tidings.ingest.html import parse_html
from tidings.ingest.ids import article_id
from tidings.ingest.text import normalize
from tidings.models import Article, Failure

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/api")


class NewArticle(BaseModel):
    """Exactly one of ``text`` or ``html``, with optional metadata."""

    model_config = ConfigDict(extra="forbid")

    text: Optional[str] = Field(None, description="plain article text")
    html: Optional[str] = Field(None, description="an HTML page; the main text is extracted")
    title: Optional[str] = Field(None, max_length=1000)
    url: Optional[str] = Field(None, max_length=2000)
    source: Optional[str] = Field(None, max_length=200)
    published: Optional[str] = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$")

    @model_validator(mode="after")
    def _one_body(self) -> "NewArticle":
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        if not (self.text or self.html or "").strip():
            raise ValueError("the article is empty")
        return self


def check_bearer(authorization: str | None, token: str | None) -> None:
    """Raise 403 when posting is disabled, 401 unless the header carries the token (constant-time compare)."""
    if token is None:
        raise HTTPException(403, "adding articles is disabled: start the server with --token or TIDINGS_TOKEN")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})


def to_article(body: NewArticle) -> Article:
    if body.html is not None:
        parsed = parse_html(body.html, path="<api>", published=body.published)
        updates = {k: v for k, v in (("title", body.title), ("url", body.url), ("source", body.source)) if v}
        return parsed.model_copy(update=updates)
    text = normalize(body.text or "")
    return Article(id=article_id(text), text=text, title=body.title, url=body.url, source=body.source,
                   published=body.published or find_dateline(text), path="<api>")


class Extractor:
    """The spaCy pipeline, built on first use and shared; one article at a time."""

    def __init__(self, nlp=None):
        self._nlp = nlp
        self._lock = threading.Lock()

    def __call__(self, article: Article):
        with self._lock:
            if self._nlp is None:
                from tidings.nlp import build_nlp

                logger.info("loading the spaCy pipeline for POST /api/articles")
                self._nlp = build_nlp()
            return next(extract_many([article], nlp=self._nlp))


def require_token(request: Request, authorization: Optional[str] = Header(None)) -> None:
    check_bearer(authorization, request.app.state.token)


@router.post("/articles", status_code=201, dependencies=[Depends(require_token)])
def add_article(request: Request, body: NewArticle) -> JSONResponse:
    """Extract and store one article (needs ``Authorization: Bearer <token>``); answers with its id and counts."""
    state = request.app.state
    try:
        article = to_article(body)
    except ReadError as exc:
        raise HTTPException(422, exc.reason)
    result = state.extractor(article)
    if isinstance(result, Failure):
        raise HTTPException(422, result.reason)
    with state.access.writer() as store:
        store.write([result])
    state.events_index.invalidate()  # before the cache: an answer from the old index is not kept
    state.cache.clear()
    counts = {k: len(getattr(result, k)) for k in ("events", "quotes", "actors", "quantities", "places")}
    return JSONResponse({"id": result.id, **counts}, status_code=201, headers={"Location": f"/api/articles/{result.id}"})
