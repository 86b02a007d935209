"""The web API's one write route, ``POST /api/ingest``: the operator's token, the body's size and shape checked
before the articles are ingested, analysed and linked (one writer at a time)."""
from __future__ import annotations

import hmac
import json
import tempfile
from pathlib import Path
from typing import Any, Optional

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from starlette.requests import ClientDisconnect

from sitrep.web.answer import error
from sitrep.web.stores import Stores

MAX_INGEST_BYTES = 5 * 1024 * 1024  # one request's body

def bearer_token(authorization: Optional[str]) -> Optional[str]:
    """The token of an ``Authorization`` header per RFC 6750 (scheme case-insensitive); None otherwise."""
    parts = (authorization or "").split()
    if len(parts) != 2 or parts[0].lower() != "bearer":
        return None
    return parts[1]


def require_token(request: Request, authorization: Optional[str] = Header(default=None)) -> None:
    """Refuses a write without the app's token (403 when the app has none: read-only; 401 for a missing or wrong
    one, compared in constant time)."""
    token: Optional[str] = request.app.state.token
    if not token:
        raise HTTPException(403, "this server is read-only (start it with --token to allow ingest)")
    given = bearer_token(authorization) or ""
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "missing or wrong token (Authorization: Bearer <token>)",
                            headers={"WWW-Authenticate": 'Bearer realm="sitrep"'})


def write(stores: Stores, items: list[dict[str, Any]]):  # type: ignore[no-untyped-def]
    """Ingests, analyses and links ``items`` in the store, one writer at a time; the ingest report."""
    from sitrep import pipeline

    with stores.lock, tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "api-ingest.jsonl"  # our own file name: nothing from the client reaches the file system
        path.write_text("\n".join(json.dumps(x) for x in items) + "\n", encoding="utf-8")
        st = stores.get()
        rep = pipeline.ingest(st, [str(path)])
        pipeline.analyze(st)
        pipeline.link(st)
    return rep


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
    rep = await run_in_threadpool(write, request.app.state.stores, items)
    return {"stored": rep.stored, "already": rep.already, "duplicates": rep.duplicates,
            "skipped": [e.problem for e in rep.skipped], "errors": [e.problem for e in rep.errors]}


def add_ingest_route(app: FastAPI) -> None:
    """Registers ``POST /api/ingest`` on ``app``, behind the token."""
    app.post("/api/ingest", dependencies=[Depends(require_token)], status_code=201)(ingest)
