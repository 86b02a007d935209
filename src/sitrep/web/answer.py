"""The shapes of the web API's answers: the one error shape and the one page of a list."""
from __future__ import annotations

from typing import Any, Optional

from fastapi.responses import JSONResponse


def error(status: int, message: str, headers: Optional[dict[str, str]] = None) -> JSONResponse:
    """The one shape of every error the server answers."""
    return JSONResponse({"error": message, "status": status}, status_code=status, headers=headers)


def page(total: int, items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """One page of a list: the items from ``offset``, at most ``limit``, and the offset of the next page (None at
    the end)."""
    nxt = offset + limit if offset + limit < total else None
    return {"total": total, "limit": limit, "offset": offset, "next_offset": nxt, "items": items}
