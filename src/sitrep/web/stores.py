"""The web app's store: one connection per worker thread, and one writer at a time."""
from __future__ import annotations

import threading
from typing import Any

from fastapi import Request

from sitrep.store import open_store


class Stores:
    """The connections to the store ``db`` of one app: one per worker thread (a SQLite connection stays in its
    thread), and ``lock`` held by the one writer (SQLite WAL lets readers go on meanwhile)."""

    def __init__(self, db: str):
        self.db = db
        self.lock = threading.Lock()
        self.local = threading.local()

    def get(self) -> Any:
        """This thread's connection, opened on first use."""
        st = getattr(self.local, "store", None)
        if st is None:
            st = self.local.store = open_store(self.db)
        return st


def store_of(request: Request) -> Any:
    """The store of the app answering ``request``, through this thread's connection (call it in the thread that
    uses it: not from a dependency, which FastAPI may run in another thread)."""
    return request.app.state.stores.get()
