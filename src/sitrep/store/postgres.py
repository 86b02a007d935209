"""PostgreSQL store for teams (``--db postgresql://user@host/dbname``).

The same schema (store/schema.sql, with SQLite's types mapped) and the same
Store API; only the few dialect differences are overridden here: parameter
style, transactions, the full-text index (tsvector instead of FTS5) and the
integrity check. Needs the optional dependency ``psycopg`` (``pip install
'psycopg[binary]'``).
"""
from __future__ import annotations

import re
from importlib import resources
from typing import Any, Iterable

from sitrep.errors import StoreError
from sitrep.store.sqlite import SCHEMA_VERSION, Store

_TYPES = [(re.compile(r"\bBLOB\b"), "BYTEA"), (re.compile(r"\bREAL\b"), "DOUBLE PRECISION")]


class PostgresStore(Store):
    placeholder = "%s"
    _BEGIN = "BEGIN"

    def __init__(self, url: str):  # noqa: D107 - see class docstring
        try:
            import psycopg
        except ImportError as e:  # pragma: no cover - optional dependency
            raise StoreError(f"{url}: PostgreSQL needs the psycopg package (pip install 'psycopg[binary]')") from e
        self.path = url
        try:
            self.conn = psycopg.connect(url, autocommit=True)
        except psycopg.Error as e:
            raise StoreError(f"{url}: cannot connect ({str(e).strip().splitlines()[0]})") from e
        self._depth = 0
        self._init_schema()

    def _init_schema(self) -> None:
        has_meta = self.conn.execute("SELECT to_regclass('meta') IS NOT NULL").fetchone()[0]
        if has_meta:
            v = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            version = int(v[0]) if v else 0
            if version > SCHEMA_VERSION:
                raise StoreError(f"{self.path}: schema version {version} is newer than this sitrep ({SCHEMA_VERSION})")
            if version == SCHEMA_VERSION:
                return
        sql = resources.files("sitrep.store").joinpath("schema.sql").read_text(encoding="utf-8")
        for pat, repl in _TYPES:
            sql = pat.sub(repl, sql)
        with self.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(7431001)")  # two first runs at once: one creates
            for stmt in sql.split(";"):
                if stmt.strip():
                    self.conn.execute(stmt)
            self._create_fts()
            self._migrate()
            self.execute(
                "INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
                "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (str(SCHEMA_VERSION),),
            )

    def _migrate(self) -> None:
        self.conn.execute("ALTER TABLE articles ADD COLUMN IF NOT EXISTS published_header TEXT")

    def _create_fts(self) -> None:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS articles_fts (article_id TEXT PRIMARY KEY, title TEXT, text TEXT, "
            "tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED)"
        )
        self.conn.execute("CREATE INDEX IF NOT EXISTS articles_fts_tsv ON articles_fts USING GIN (tsv)")

    def execute(self, sql: str, params: Iterable[Any] = ()):  # type: ignore[no-untyped-def]
        return self.conn.execute(sql.replace("%", "%%").replace("?", "%s"), tuple(params))

    def integrity_check(self) -> list[str]:
        problems = []
        orphans = self.execute(
            "SELECT COUNT(*) FROM analyses WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        if orphans:
            problems.append(f"{orphans} analyses without an article")
        missing = self.execute(
            "SELECT COUNT(*) FROM articles WHERE id NOT IN (SELECT article_id FROM articles_fts)"
        ).fetchone()[0]
        if missing:
            problems.append(f"{missing} articles missing from the search index")
        return problems

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        words = [w for w in "".join(c if c.isalnum() else " " for c in query).split() if w]
        if not words:
            return []
        rows = self.execute(
            "SELECT article_id, title, ts_headline('simple', text, q, 'StartSel=[,StopSel=],MaxWords=12,MinWords=5') "
            "FROM articles_fts, plainto_tsquery('simple', ?) q WHERE tsv @@ q "
            "ORDER BY ts_rank(tsv, q) DESC LIMIT ? OFFSET ?",
            (" ".join(words), int(limit), int(offset)),
        ).fetchall()
        return [{"article_id": r[0], "title": r[1], "snippet": r[2]} for r in rows]
