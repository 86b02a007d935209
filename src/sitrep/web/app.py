"""The web API and the analyst's page (FastAPI; `sitrep serve`).

Read-only without a token; the one write endpoint (ingest) needs the operator's
token as ``Authorization: Bearer <token>`` (RFC 6750: the scheme in any case, never a bare token).
Every response carries a strict Content-Security-Policy; the page uses no inline script and renders
article text only through ``textContent`` (see static/app.js).

Every error, whatever raised it (a bad parameter, an unknown route or method, a refused Host, a bug),
is ``{"error": "<what happened>", "status": <code>}`` with the same security headers.

This module assembles the app and answers for every response's headers and errors; the routes are in
:mod:`sitrep.web.routes` (read API, page) and :mod:`sitrep.web.ingest` (the one write route).
"""
from __future__ import annotations

import json
import logging
from typing import Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from sitrep.web.answer import error
from sitrep.web.ingest import MAX_INGEST_BYTES, add_ingest_route, bearer_token
from sitrep.web.routes import MAX_OFFSET, MAX_PAGE, STATIC, add_page_routes, add_read_routes
from sitrep.web.stores import Stores

__all__ = ["CSP", "DOCS_CSP", "LOOPBACK_HOSTS", "MAX_INGEST_BYTES", "MAX_OFFSET", "MAX_PAGE", "STATIC", "bearer_token",
           "create_app", "error"]

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")


LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
log = logging.getLogger("sitrep.web")


def _host_name(host: str) -> str:
    """The name part of a Host header (no port; an IPv6 literal keeps its brackets)."""
    if host.startswith("["):
        return host.split("]", 1)[0] + "]"
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def create_app(db: str, token: Optional[str] = None, allowed_hosts: Optional[list[str]] = None) -> FastAPI:
    """The app over the store ``db``. Without ``token`` the API is read-only (ingest answers 403).

    ``allowed_hosts``: the only ``Host`` headers answered (``sitrep serve`` on loopback passes
    ``LOOPBACK_HOSTS``, so a web page that re-binds its own domain name to 127.0.0.1 cannot read the API).
    """
    app = FastAPI(
        title="sitrep", version="1", description="Sourced, geolocated, dated events from news reports.",
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
    )
    app.state.stores = Stores(db)
    app.state.token = token
    app.state.hosts = {h.lower() for h in allowed_hosts or ()}
    app.middleware("http")(security_headers)
    app.exception_handler(StarletteHTTPException)(http_error)  # FastAPI's HTTPException, unknown routes, methods
    app.exception_handler(RequestValidationError)(validation_error)
    add_read_routes(app)
    add_ingest_route(app)
    add_page_routes(app)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    return app


async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
    """Every answer, errors and refused Hosts included, with the security headers; a request for a Host the app
    does not answer is refused, and a bug is logged once and answered in the one error shape."""
    hosts = request.app.state.hosts
    if hosts and _host_name(request.headers.get("host", "").lower()) not in hosts:
        resp: Response = error(400, "this server answers only its loopback names (Host header refused)")
    else:
        try:
            resp = await call_next(request)
        except Exception:  # a bug: logged here once, answered in the one error shape with the headers
            log.exception("error answering %s %s", request.method, request.url.path)
            resp = error(500, "internal error (logged on the server)")
    path = request.url.path
    # the interactive docs page (vendored Swagger UI) sets style attributes: it alone may use inline styles
    resp.headers["Content-Security-Policy"] = DOCS_CSP if path == "/api/docs" else CSP
    resp.headers["X-Content-Type-Options"] = "nosniff"
    resp.headers["Referrer-Policy"] = "no-referrer"
    resp.headers["X-Frame-Options"] = "DENY"
    return resp


async def http_error(request: Request, exc: StarletteHTTPException):  # type: ignore[no-untyped-def]
    """FastAPI's HTTPException, an unknown route (404) or method (405), in the one error shape."""
    msg = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
    if exc.status_code == 404 and msg == "Not Found":
        msg = f"no such route: {request.url.path[:200]}"
    elif exc.status_code == 405 and msg == "Method Not Allowed":
        msg = f"{request.method} is not allowed on {request.url.path[:200]}"
    return error(exc.status_code, msg, getattr(exc, "headers", None))


async def validation_error(request: Request, exc: RequestValidationError):  # type: ignore[no-untyped-def]
    """A parameter that failed validation, in the one error shape (400)."""
    msgs = [f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()]
    return error(400, "; ".join(msgs))
