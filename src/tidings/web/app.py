"""The FastAPI app: JSON API under /api, the analyst's page at /, API docs at /docs. Every asset is local."""

from __future__ import annotations

import contextlib
import json
import logging
import os
from importlib import resources

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from tidings.web import clusters, posting, routes
from tidings.web.access import StoreAccess
from tidings.web.cache import AnswerCache
from tidings.web.event_index import IndexHolder
from tidings.web.queries import SORTABLE
from tidings.web.errors import Guard, install_error_handlers

logger = logging.getLogger(__name__)

MAX_BODY = 2 * 1024 * 1024
CACHE_BYTES = 64 * 1024 * 1024


def _static_dir() -> str:
    return str(resources.files("tidings.web") / "static")


def create_app(
    store_url: str, *, token: str | None = None, nlp=None, max_body: int = MAX_BODY, cache_bytes: int = CACHE_BYTES,
    event_index: bool = True, prepare: bool = True,
) -> FastAPI:
    """The app over the store at ``store_url``.

    Without a token the store is opened read-only and POST is off; with one, POST /api/articles needs it as a
    bearer token. ``nlp`` is the pipeline for POSTed articles (built on first use when None); answers are
    cached up to ``cache_bytes`` (0 turns the cache off). With ``event_index`` the events table of a DuckDB
    store is also held in memory (built in the background, about 300 MB per million events) so that the
    events list answers any filter and sort in milliseconds; until it is ready, the store answers.
    ``prepare=False`` skips creating or migrating the store's tables (done by the parent of worker processes).
    """
    if token is not None and not token.strip():
        raise ValueError("the token must not be empty")
    access = StoreAccess(store_url, writable=token is not None, prepare=prepare)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        app.state.events_index.close()
        access.close()

    app = FastAPI(
        title="tidings", summary="PLOVER event data with evidence: articles, events, quotes, dyads, network.",
        docs_url=None, redoc_url=None, lifespan=lifespan,
    )
    app.state.access = access
    app.state.token = token
    app.state.extractor = posting.Extractor(nlp)
    app.state.cache = AnswerCache(max_bytes=cache_bytes)
    app.state.events_index = IndexHolder(access, sorts=SORTABLE["events"], active=event_index)
    app.state.events_index.start()
    install_error_handlers(app)
    app.include_router(routes.router)
    app.include_router(clusters.router)
    app.include_router(posting.router)
    static = _static_dir()
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(os.path.join(static, "index.html"), headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(os.path.join(static, "docs.html"), headers={"Cache-Control": "no-cache"})

    app.add_middleware(Guard, max_body=max_body, cache=app.state.cache, lanes=routes.FAST_LANES)
    return app


WORKER_SETTINGS = "TIDINGS_SERVE_SETTINGS"  # how ``serve`` hands its settings to worker processes


class ServeOptionsError(ValueError):
    """Options of ``serve`` that cannot go together."""


def serve(db: str, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None,
          event_index: bool = True, workers: int = 1, cache_bytes: int = CACHE_BYTES, access_log: bool = True) -> None:
    """Run the app with uvicorn until interrupted. ``token`` falls back to $TIDINGS_TOKEN.

    ``workers`` > 1 runs that many processes over the same read-only store (no token then): each
    answers on its own core and holds its own answer cache and event index (memory times ``workers``).
    """
    import uvicorn

    token = token or os.environ.get("TIDINGS_TOKEN") or None
    if workers > 1 and token:
        raise ServeOptionsError("--workers > 1 serves a read-only store: adding articles (--token or $TIDINGS_TOKEN) needs --workers 1")
    logger.info("serving %s on http://%s:%d/ (adding articles %s; %d worker%s)", db, host, port,
                "on" if token else "off", workers, "s" if workers > 1 else "")
    if workers <= 1:
        app = create_app(db, token=token, event_index=event_index, cache_bytes=cache_bytes)
        uvicorn.run(app, host=host, port=port, log_level="info", access_log=access_log)
        return
    StoreAccess(db, writable=False).close()  # create or migrate the tables once, before the workers open it
    os.environ[WORKER_SETTINGS] = json.dumps({"db": db, "event_index": event_index, "cache_bytes": cache_bytes})
    uvicorn.run("tidings.web.app:worker_app", factory=True, host=host, port=port, workers=workers, log_level="info",
                access_log=access_log)


def worker_app() -> FastAPI:
    """The app of one worker process of ``serve(workers=N)``, from the settings its parent left in the environment."""
    settings = json.loads(os.environ[WORKER_SETTINGS])
    return create_app(settings["db"], event_index=settings["event_index"], cache_bytes=settings["cache_bytes"], prepare=False)
