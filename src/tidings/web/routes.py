"""Read-only JSON endpoints over the store."""

from __future__ import annotations

import os
from typing import Literal, Optional
from urllib.parse import parse_qsl

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tidings.analysis.dyads import DyadSeries, dyad_events, dyad_series
from tidings.analysis.network import Network, network
from tidings.models import Document
from tidings.store import Filter
from tidings.store.query import MAX_LIMIT
from tidings.web import queries
from tidings.web.cache import answer_key

DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
CODE = r"^[A-Za-z0-9_.\- ]{1,64}$"
Order = Literal["asc", "desc"]
EventSort = Literal[tuple(queries.SORTABLE["events"])]  # type: ignore[valid-type]
QuoteSort = Literal[tuple(queries.SORTABLE["quotes"])]  # type: ignore[valid-type]
ArticleSort = Literal[tuple(queries.SORTABLE["articles"])]  # type: ignore[valid-type]

router = APIRouter(prefix="/api")

Since = Query(None, pattern=DATE, description="first date, YYYY[-MM[-DD]]")
Until = Query(None, pattern=DATE, description="last date, inclusive: 2026-05 includes all of May")
Limit = Query(100, ge=1, le=MAX_LIMIT)
Offset = Query(0, ge=0)


def parse_query(model: type[BaseModel], request: Request):
    """``model`` from the query string; errors as FastAPI reports invalid parameters (422, ``query.<name>``).

    Hot listing routes validate their parameters as one model: FastAPI's per-parameter handling costs
    more than answering a page from the event index.
    """
    try:
        return model.model_validate(dict(request.query_params))
    except ValidationError as exc:
        raise RequestValidationError([{**e, "loc": ("query", *e["loc"])} for e in exc.errors(include_url=False)]) from None


def query_parameters(model: type[BaseModel]) -> list[dict]:
    """OpenAPI query parameters for the fields of ``model`` (a route parsed with ``parse_query``)."""
    schema = model.model_json_schema()
    return [{"name": name, "in": "query", "required": False, "schema": prop, "description": prop.get("description", "")}
            for name, prop in schema["properties"].items()]


async def answer(request: Request, compute, *, inline: bool = False) -> Response:
    """``compute(store)``'s answer as JSON, from the cache when the same request was answered before.

    ``inline`` computes on the event loop (answers of a few milliseconds that need no query); otherwise in a worker thread.
    """
    key = answer_key(request.scope["path"], request.scope["query_string"])

    def run():
        with request.app.state.access.reader() as store:
            return compute(store)

    return Response(await request.app.state.cache.get(key, run, inline=inline), media_type="application/json")


def _page(total: int, items, f: Filter) -> dict:
    return {"total": total, "limit": f.limit, "offset": f.offset, "items": items}


@router.get("/summary")
async def summary(request: Request) -> Response:
    """Counts of everything in the store, event types and the busiest actors and speakers."""

    def compute(store) -> dict:
        found = store.summary()
        for key in ("events_by_type", "top_actors", "top_speakers"):
            found[key] = [{"key": k, "n": int(n)} for k, n in found[key]]
        return {**found, "writable": request.app.state.token is not None}

    return await answer(request, compute)


@router.get("/status")
async def status(request: Request) -> dict:
    """Whether articles can be added, how the answer cache is doing, whether the event index is ready, and the process id."""
    state = request.app.state
    return {"writable": state.token is not None, "cache": state.cache.stats(), "events_index": state.events_index.stats(),
            "worker": os.getpid()}


@router.get("/articles")
async def articles(
    request: Request, text: Optional[str] = Query(None, max_length=200, description="words in the title"),
    since: Optional[str] = Since, until: Optional[str] = Until, limit: int = Limit, offset: int = Offset,
    sort: Optional[ArticleSort] = None, order: Order = "desc",
) -> Response:
    """Articles, newest first (or by ``sort``), without their text."""
    f = Filter(text=text, since=since, until=until, limit=limit, offset=offset)
    return await answer(request, lambda store: _page(*queries.list_rows(store, "articles", f, sort=sort, order=order), f))


@router.get("/articles/{article_id}", response_model=Document)
async def article(request: Request, article_id: str = Path(..., max_length=128)) -> Response:
    """One article with every finding and its character offsets into ``text``."""
    def compute(store) -> Document:
        doc = store.document(article_id)
        if doc is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return doc

    return await answer(request, compute)


class EventQuery(BaseModel):
    """The parameters of GET /api/events (one model: validated at once, much cheaper than one parameter at a time)."""

    model_config = ConfigDict(extra="ignore")

    actor: Optional[str] = Field(None, pattern=CODE, description="actor code (DEU, NATO) as source or target")
    type: Optional[str] = Field(None, max_length=32, description="PLOVER event type")
    status: Optional[Literal["asserted", "reported", "planned", "threatened", "hypothetical", "negated"]] = None
    since: Optional[str] = Field(None, pattern=DATE, description="first date, YYYY[-MM[-DD]]")
    until: Optional[str] = Field(None, pattern=DATE, description="last date, inclusive: 2026-05 includes all of May")
    text: Optional[str] = Field(None, max_length=200, description="words in the trigger")
    article_id: Optional[str] = Field(None, max_length=128)
    limit: int = Field(100, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0)
    sort: Optional[EventSort] = None
    order: Order = "desc"


def _events_compute(state, q: EventQuery):
    """(compute(store) for the page ``q`` asks for, whether it is answered inline from the event index)."""
    f = Filter(**q.model_dump(exclude={"sort", "order"}))
    index = state.events_index.current()

    def compute(store) -> dict:
        if index is not None:
            return _page(*queries.event_page_json(f, sort=q.sort, order=q.order, index=index), f)
        return _page(*queries.list_rows(store, "events", f, sort=q.sort, order=q.order), f)

    return compute, index is not None


@router.get("/events", openapi_extra={"parameters": query_parameters(EventQuery)})
async def events(request: Request) -> Response:
    """Coded events, filtered as in ``tidings events``; newest first unless ``sort`` is given."""
    compute, inline = _events_compute(request.app.state, parse_query(EventQuery, request))
    return await answer(request, compute, inline=inline)


async def events_fast_lane(scope) -> bytes | None:
    """The JSON of GET /api/events straight from the event index, without FastAPI's routing and dependency layers.

    Those layers cost as much as the page itself. None when the route must answer instead: no index
    yet, or invalid parameters (the route then reports them as usual). Called by ``errors.Guard``.
    """
    state = scope["app"].state
    if state.events_index.current() is None:
        return None
    query = scope.get("query_string", b"")
    try:
        q = EventQuery.model_validate(dict(parse_qsl(query.decode("latin-1"), keep_blank_values=True)))
    except ValidationError:
        return None
    compute, inline = _events_compute(state, q)
    if not inline:  # the index went away in between
        return None

    def run():
        with state.access.reader() as store:
            return compute(store)

    return await state.cache.get(answer_key(scope["path"], query), run, inline=True)


FAST_LANES = {"/api/events": events_fast_lane}


@router.get("/quotes")
async def quotes(
    request: Request,
    speaker: Optional[str] = Query(None, max_length=200, description="words of the speaker's name"),
    text: Optional[str] = Query(None, max_length=200, description="words in the quote"),
    since: Optional[str] = Since, until: Optional[str] = Until, article_id: Optional[str] = Query(None, max_length=128),
    limit: int = Limit, offset: int = Offset, sort: Optional[QuoteSort] = None, order: Order = "desc",
) -> Response:
    """Attributed quotes, searchable by speaker or words."""
    f = Filter(speaker=speaker, text=text, since=since, until=until, article_id=article_id, limit=limit, offset=offset)
    return await answer(request, lambda store: _page(*queries.list_rows(store, "quotes", f, sort=sort, order=order), f))


@router.get("/actors")
async def actors(
    request: Request, text: Optional[str] = Query(None, max_length=200, description="words of the code or name"),
    since: Optional[str] = Since, until: Optional[str] = Until, limit: int = Limit, offset: int = Offset,
) -> Response:
    """Actor codes that appear in events, busiest first."""
    def compute(store) -> dict:
        total, items = queries.list_actors(store, text=text, since=since, until=until, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    return await answer(request, compute)


@router.get("/dyads/{a}/{b}", response_model=DyadSeries)
async def dyad(
    request: Request, a: str = Path(..., pattern=CODE), b: str = Path(..., pattern=CODE),
    interval: Literal["day", "week", "month"] = "month", since: Optional[str] = Since, until: Optional[str] = Until,
) -> Response:
    """Events between actors ``a`` and ``b`` per period: counts per QuadClass and type, mean Goldstein, both ways."""
    return await answer(request, lambda store: dyad_series(store, a, b, interval=interval, since=since, until=until))


@router.get("/dyads/{a}/{b}/events")
async def dyad_event_list(
    request: Request, a: str = Path(..., pattern=CODE), b: str = Path(..., pattern=CODE),
    since: Optional[str] = Since, until: Optional[str] = Until, limit: int = Limit, offset: int = Offset,
) -> Response:
    """The events behind a dyad or one of its points, oldest first."""
    def compute(store) -> dict:
        rows = dyad_events(store, a, b, columns=queries.EVENT_COLUMNS, since=since, until=until, limit=limit, offset=offset)
        return {"limit": limit, "offset": offset, "items": [queries.shape_row("events", r) for r in rows]}

    return await answer(request, compute)


@router.get("/network", response_model=Network)
async def actor_network(
    request: Request, since: Optional[str] = Since, until: Optional[str] = Until,
    min_events: int = Query(1, ge=1, le=1_000_000), max_edges: int = Query(300, ge=1, le=5000),
) -> Response:
    """Actors as nodes, source → target edges with event counts and mean Goldstein score."""
    return await answer(request, lambda store: network(store, since=since, until=until, min_events=min_events, max_edges=max_edges))


@router.get("/map")
async def event_map(
    request: Request, actor: Optional[str] = Query(None, pattern=CODE), type: Optional[str] = Query(None, max_length=32),
    since: Optional[str] = Since, until: Optional[str] = Until, limit: int = Query(500, ge=1, le=5000),
) -> Response:
    """Event locations with coordinates, and events per country (with ISO numeric ids for the map)."""
    f = Filter(actor=actor, type=type, since=since, until=until)
    return await answer(request, lambda store: queries.map_points(store, f, limit=limit))
