"""The article store: SQLite by default (one file), PostgreSQL for teams."""
from sitrep.store.sqlite import SCHEMA_VERSION, Store, open_store

__all__ = ["SCHEMA_VERSION", "Store", "open_store"]
