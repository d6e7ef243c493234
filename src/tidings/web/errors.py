"""Every error as JSON ``{"status", "message"[, "field"]}``, and the ASGI guard in front of the app."""

from __future__ import annotations

import json
import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from tidings.errors import TidingsError
from tidings.web.cache import AnswerCache, answer_key

logger = logging.getLogger(__name__)

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        b"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


def error_body(status: int, message: str, field: str | None = None) -> dict:
    body = {"status": status, "message": message}
    if field:
        body["field"] = field
    return body


def _field_of(error: dict) -> str:
    loc = [str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body", "header")]
    return ".".join(loc) or "request"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        field = _field_of(errors[0]) if errors else "request"
        message = "; ".join(f"{_field_of(e)}: {e.get('msg', 'invalid')}" for e in errors) or "invalid request"
        return JSONResponse(error_body(422, f"invalid {message}", field), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(error_body(exc.status_code, str(exc.detail)), status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(TidingsError)
    async def tidings_error(request: Request, exc: TidingsError) -> JSONResponse:
        return JSONResponse(error_body(422, str(exc)), status_code=422)

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> JSONResponse:
        logger.exception("%s %s failed", request.method, request.url.path)
        return JSONResponse(error_body(500, "internal error; see the server log"), status_code=500)


class Guard:
    """ASGI middleware: caps request bodies (read up front), adds security headers to every response, and answers
    cached GETs and the ``lanes`` (hot listings, see ``routes.FAST_LANES``) without routing."""

    def __init__(self, app, *, max_body: int, cache: AnswerCache | None = None, lanes: dict | None = None):
        self.app = app
        self.max_body = max_body
        self.cache = cache
        self.lanes = lanes or {}  # path -> async (scope) -> JSON bytes, or None to let the app answer

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await self._reject(send)
            return
        if self.cache is not None and scope["method"] == "GET" and scope["path"].startswith("/api/"):
            found = self.cache.lookup(answer_key(scope["path"], scope.get("query_string", b"")))
            if found is not None:  # answered before: skip routing and validation altogether
                await _send_json(send, 200, found)
                return
            lane = self.lanes.get(scope["path"])
            found = None if lane is None else await lane(scope)
            if found is not None:
                await _send_json(send, 200, found)
                return
        if scope["method"] in ("POST", "PUT", "PATCH"):
            body = await self._read(receive)
            if body is None:
                await self._reject(send)
                return
            receive = _replay(body, receive)

        async def secured_send(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *SECURITY_HEADERS]}
            await send(message)

        await self.app(scope, receive, secured_send)

    async def _read(self, receive) -> bytes | None:
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(chunks)
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_body:
                return None
            if not message.get("more_body"):
                return b"".join(chunks)

    async def _reject(self, send) -> None:
        await _send_json(send, 413, json.dumps(error_body(413, f"request body larger than {self.max_body} bytes")).encode())


async def _send_json(send, status: int, body: bytes) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *SECURITY_HEADERS]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _replay(body: bytes, receive):
    sent = False

    async def replayed():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed
