"""SQLite store (the embedded default).

All writes happen inside :meth:`Store.transaction`, one transaction per batch,
so a run killed at any moment leaves the store as it was after the last
finished batch; the next run picks up from there (inputs already seen are
skipped by their ``sources`` key, articles already analysed are not redone).
"""
from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from sitrep.errors import StoreError
from sitrep.model import (
    Analysis,
    Article,
    Disagreement,
    Event,
    Removed,
    Story,
    event_id_of,
    from_dict,
    to_dict,
)

SCHEMA_VERSION = 3  # 2: articles.published_header (added in place to a version-1 store); 3: event_aliases
ANALYSIS_VERSION = 1  # bump when the per-article stages change what they produce


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _dumps(obj: Any) -> str:
    return json.dumps(to_dict(obj), ensure_ascii=False, separators=(",", ":"))


def open_store(url: str | Path) -> "Store":
    """Open (creating if needed) the store at ``url``: a file path, or ``postgresql://…``."""
    s = str(url)
    if s.startswith(("postgresql://", "postgres://")):
        from sitrep.store.postgres import PostgresStore  # optional dependency

        return PostgresStore(s)
    return Store(s)


class EventFilter:
    """Filters for :meth:`Store.list_events` (every value reaches SQL only as a parameter)."""

    def __init__(
        self,
        story: Optional[str] = None,
        date_from: Optional[str] = None,
        date_to: Optional[str] = None,
        event_type: Optional[str] = None,
        bbox: Optional[tuple[float, float, float, float]] = None,  # min_lon, min_lat, max_lon, max_lat
        actor: Optional[str] = None,
        text: Optional[str] = None,
    ):
        self.story, self.date_from, self.date_to = story, date_from, date_to
        self.event_type, self.bbox, self.actor, self.text = event_type, bbox, actor, text

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.story:
            clauses.append("story_id = ?")
            params.append(self.story)
        if self.date_from:
            clauses.append("COALESCE(date_end, date_start) >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append("date_start <= ?")
            params.append(self.date_to)
        if self.event_type:
            clauses.append("(event_type = ? OR sub_event_type = ?)")
            params += [self.event_type, self.event_type]
        if self.bbox:
            clauses.append("lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?")
            params += [self.bbox[0], self.bbox[2], self.bbox[1], self.bbox[3]]
        if self.actor:
            clauses.append("(LOWER(actor1) LIKE ? OR LOWER(actor2) LIKE ?)")
            like = "%" + self.actor.lower() + "%"
            params += [like, like]
        if self.text:
            clauses.append("LOWER(summary) LIKE ?")
            params.append("%" + self.text.lower() + "%")
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params



class Store:
    """The store API every stage uses. SQL is written once, with ``?`` parameters only."""

    _BEGIN = "BEGIN IMMEDIATE"  # SQLite: take the write lock at once (no upgrade deadlock between writers)

    placeholder = "?"

    def __init__(self, path: str):
        self.path = path
        if path != ":memory:":
            p = Path(path)
            if p.exists() and p.is_dir():
                raise StoreError(f"{path}: is a folder, not a database file; give --db a file name")
            if p.parent and not p.parent.exists():
                p.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{path}: not a sitrep database ({e})") from e
        self._depth = 0
        self._init_schema()

    # ------------------------------------------------------------------ plumbing
    def _init_schema(self) -> None:
        try:
            row = self.conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='meta'"
            ).fetchone()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: not a sitrep database ({e})") from e
        if row:
            v = self.conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
            version = int(v[0]) if v else 0
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: schema version {version} is newer than this sitrep "
                    f"({SCHEMA_VERSION}); upgrade sitrep"
                )
            if version == SCHEMA_VERSION:
                return
        sql = resources.files("sitrep.store").joinpath("schema.sql").read_text(encoding="utf-8")
        with self.transaction():
            for stmt in sql.split(";"):
                if stmt.strip():
                    self.conn.execute(stmt)
            self._create_fts()
            self._migrate()
            self.conn.execute(
                "INSERT INTO meta(key, value) VALUES ('schema_version', ?) "
                "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (str(SCHEMA_VERSION),),
            )

    def _migrate(self) -> None:
        """Bring an older store's tables up to this schema in place (inside the schema transaction): add columns only."""
        cols = {r[1] for r in self.conn.execute("PRAGMA table_info(articles)")}
        if "published_header" not in cols:
            self.conn.execute("ALTER TABLE articles ADD COLUMN published_header TEXT")

    def _create_fts(self) -> None:
        self.conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
            "article_id UNINDEXED, title, text, tokenize='unicode61 remove_diacritics 2')"
        )

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of work; nested calls join the outer transaction."""
        if self._depth == 0:
            self.conn.execute(self._BEGIN)
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            raise
        else:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("COMMIT")

    def execute(self, sql: str, params: Iterable[Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, tuple(params))

    def close(self) -> None:
        self.conn.close()

    def integrity_check(self) -> list[str]:
        """Problems found by SQLite's own check plus sitrep's cross-table checks (empty: all fine)."""
        problems = [r[0] for r in self.execute("PRAGMA integrity_check") if r[0] != "ok"]
        orphans = self.execute(
            "SELECT COUNT(*) FROM analyses WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        if orphans:
            problems.append(f"{orphans} analyses without an article")
        missing_fts = self.execute(
            "SELECT COUNT(*) FROM articles WHERE id NOT IN (SELECT article_id FROM articles_fts)"
        ).fetchone()[0]
        if missing_fts:
            problems.append(f"{missing_fts} articles missing from the search index")
        return problems

    # ------------------------------------------------------------------ sources & articles
    @staticmethod
    def _path_text(path: Optional[str]) -> Optional[str]:
        """A file name as storable text: bytes that are not UTF-8 (surrogate escapes from the file system) are
        kept as ``\\xNN`` (ingest already does this; a second guard, so a name can never fail a batch's INSERT)."""
        if path is None:
            return None
        try:
            return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        except UnicodeEncodeError:  # a lone surrogate that is no escaped byte
            return path.encode("utf-8", "surrogatepass").decode("utf-8", "backslashreplace")

    def source_seen(self, source_key: str) -> bool:
        return self.execute("SELECT 1 FROM sources WHERE source_key=?", (source_key,)).fetchone() is not None

    def record_source(
        self, source_key: str, source_path: str, article_id: Optional[str], status: str, reason: Optional[str] = None
    ) -> None:
        self.execute(
            "INSERT INTO sources(source_key, source_path, article_id, status, reason, seen_at) "
            "VALUES (?,?,?,?,?,?) ON CONFLICT(source_key) DO NOTHING",
            (source_key, self._path_text(source_path), article_id, status, reason, _now()),
        )

    def has_article(self, article_id: str) -> bool:
        return self.execute("SELECT 1 FROM articles WHERE id=?", (article_id,)).fetchone() is not None

    def add_article(self, a: Article) -> bool:
        """Store ``a``; return False (and change nothing) when an article with its id is already stored."""
        if self.has_article(a.id):
            return False
        seq = self.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM articles").fetchone()[0]
        self.execute(
            "INSERT INTO articles(id, seq, status, status_reason, source_path, url, outlet, title, byline, "
            "dateline, published, published_precision, published_how, published_header, wires, language, words, "
            "duplicate_of, text, raw_text, removed, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                a.id, seq, a.status, a.status_reason, self._path_text(a.source_path), a.url, a.outlet, a.title, a.byline,
                a.dateline, a.published.isoformat() if a.published else None, a.published_precision,
                a.published_how, a.published_header.isoformat() if a.published_header else None, json.dumps(a.wires), a.language, a.words, a.duplicate_of, a.text,
                a.raw_text, _dumps(a.removed), _now(),
            ),
        )
        self.execute(
            "INSERT INTO articles_fts(article_id, title, text) VALUES (?,?,?)", (a.id, a.title or "", a.text)
        )
        return True

    def update_article(self, a: Article) -> None:
        """Rewrite the metadata of a stored article (e.g. a date inferred at the story level)."""
        self.execute(
            "UPDATE articles SET status=?, status_reason=?, outlet=?, title=?, byline=?, dateline=?, "
            "published=?, published_precision=?, published_how=?, published_header=?, wires=?, duplicate_of=? WHERE id=?",
            (
                a.status, a.status_reason, a.outlet, a.title, a.byline, a.dateline,
                a.published.isoformat() if a.published else None, a.published_precision, a.published_how,
                a.published_header.isoformat() if a.published_header else None,
                json.dumps(a.wires), a.duplicate_of, a.id,
            ),
        )

    _ARTICLE_COLS = (
        "id, status, status_reason, source_path, url, outlet, title, byline, dateline, published, "
        "published_precision, published_how, published_header, wires, language, duplicate_of, text, raw_text, removed"
    )

    def _row_to_article(self, r: tuple) -> Article:
        keys = [k.strip() for k in self._ARTICLE_COLS.split(",")]
        d = dict(zip(keys, r))
        d["wires"] = json.loads(d["wires"])
        d["removed"] = [from_dict(Removed, x) for x in json.loads(d["removed"])]
        d["published"] = _dt.date.fromisoformat(d["published"]) if d["published"] else None
        d["published_header"] = _dt.date.fromisoformat(d["published_header"]) if d["published_header"] else None
        return Article(**d)

    def get_article(self, article_id: str) -> Optional[Article]:
        """The article with this id, or with this unique id prefix (as `git` does with hashes)."""
        rows = self.execute(
            f"SELECT {self._ARTICLE_COLS} FROM articles WHERE substr(id, 1, ?) = ? ORDER BY seq LIMIT 2",
            (len(article_id), article_id),
        ).fetchall()
        if len(rows) != 1:
            exact = [r for r in rows if r[0] == article_id]
            return self._row_to_article(exact[0]) if exact else None
        return self._row_to_article(rows[0])

    def articles(self, status: Optional[str] = None, ids: Optional[Iterable[str]] = None) -> Iterator[Article]:
        """Stored articles in insertion order, optionally only those of a status or a set of ids."""
        sql = f"SELECT {self._ARTICLE_COLS} FROM articles"
        params: list[Any] = []
        if status:
            sql += " WHERE status=?"
            params.append(status)
        sql += " ORDER BY seq"
        wanted = set(ids) if ids is not None else None
        for r in self.execute(sql, params):
            if wanted is None or r[0] in wanted:
                yield self._row_to_article(r)

    def article_rows(self, limit: int = -1, offset: int = 0) -> list[dict[str, Any]]:
        """Light listing for tables (no text), in insertion order; ``limit=-1``: all."""
        cols = [
            "id", "outlet", "published", "published_how", "published_header", "title", "words", "status", "status_reason",
            "duplicate_of", "language", "source_path", "wires",
        ]
        rows = self.execute(
            f"SELECT {', '.join(cols)} FROM articles ORDER BY seq LIMIT ? OFFSET ?", (int(limit), int(offset))
        ).fetchall()
        out = []
        for r in rows:
            d = dict(zip(cols, r))
            d["wires"] = json.loads(d["wires"])
            out.append(d)
        return out

    def count_articles(self) -> int:
        return self.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Full-text search over articles; ``query`` is treated as plain words, never as FTS syntax."""
        words = [w for w in "".join(c if c.isalnum() else " " for c in query).split() if w]
        if not words:
            return []
        match = " ".join('"' + w.replace('"', "") + '"' for w in words)
        rows = self.execute(
            "SELECT article_id, title, snippet(articles_fts, 2, '[', ']', '…', 12) FROM articles_fts "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?",
            (match, int(limit), int(offset)),
        ).fetchall()
        return [{"article_id": r[0], "title": r[1], "snippet": r[2]} for r in rows]

    # ------------------------------------------------------------------ near-duplicate signatures
    def put_signature(self, article_id: str, sig: bytes) -> None:
        self.execute(
            "INSERT INTO signatures(article_id, sig) VALUES (?,?) ON CONFLICT(article_id) DO NOTHING",
            (article_id, sig),
        )

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        yield from self.execute("SELECT article_id, sig FROM signatures")

    # ------------------------------------------------------------------ analyses
    def save_analysis(self, an: Analysis) -> None:
        """Replace the annotations of one article (call inside a transaction)."""
        aid = an.article_id
        self.execute("DELETE FROM event_mentions WHERE article_id=?", (aid,))
        self.execute("DELETE FROM figures WHERE article_id=?", (aid,))
        self.execute(
            "INSERT INTO analyses(article_id, version, data) VALUES (?,?,?) "
            "ON CONFLICT(article_id) DO UPDATE SET version=excluded.version, data=excluded.data",
            (aid, ANALYSIS_VERSION, _dumps(an)),
        )
        for m in an.events:
            self.execute(
                "INSERT INTO event_mentions(id, article_id, event_type, sub_event_type, modality, date_start, "
                "date_end, lat, lon, data) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    m.id, aid, m.event_type, m.sub_event_type, m.modality,
                    m.date_start.isoformat() if m.date_start else None,
                    m.date_end.isoformat() if m.date_end else None,
                    m.place.lat if m.place else None, m.place.lon if m.place else None, _dumps(m),
                ),
            )
        for f in an.figures:
            self.execute(
                "INSERT INTO figures(id, article_id, what, data) VALUES (?,?,?,?)", (f.id, aid, f.what, _dumps(f))
            )

    def get_analysis(self, article_id: str) -> Optional[Analysis]:
        r = self.execute("SELECT data FROM analyses WHERE article_id=?", (article_id,)).fetchone()
        return from_dict(Analysis, json.loads(r[0])) if r else None

    def analyses(self) -> Iterator[Analysis]:
        for (data,) in self.execute(
            "SELECT an.data FROM analyses an JOIN articles a ON a.id = an.article_id ORDER BY a.seq"
        ):
            yield from_dict(Analysis, json.loads(data))

    def unanalysed_ids(self) -> list[str]:
        """Ids of ``ok`` articles with no analysis of the current version (what a resumed run still has to do)."""
        return [
            r[0]
            for r in self.execute(
                "SELECT a.id FROM articles a LEFT JOIN analyses an ON an.article_id = a.id "
                "WHERE a.status IN ('ok', 'duplicate') AND (an.article_id IS NULL OR an.version < ?) ORDER BY a.seq",
                (ANALYSIS_VERSION,),
            )
        ]

    # ------------------------------------------------------------------ queries for the API
    def list_events(self, flt: EventFilter, limit: int = 100, offset: int = 0) -> tuple[int, list[Event]]:
        where, params = flt.where()
        total = self.execute(f"SELECT COUNT(*) FROM events{where}", params).fetchone()[0]
        rows = self.execute(
            f"SELECT data FROM events{where} ORDER BY date_start, id LIMIT ? OFFSET ?", params + [int(limit), int(offset)]
        )
        return total, [from_dict(Event, json.loads(d)) for (d,) in rows]

    def get_event(self, event_id: str) -> Optional[Event]:
        """The event with this id, or the one that now holds the mention an older id was made from (see
        ``event_aliases``): the returned event's ``id`` says which. None when neither exists."""
        r = self.execute("SELECT data FROM events WHERE id=?", (event_id,)).fetchone()
        if r is None:
            r = self.execute(
                "SELECT e.data FROM event_aliases a JOIN events e ON e.id = a.event_id WHERE a.alias=?", (event_id,)
            ).fetchone()
        return from_dict(Event, json.loads(r[0])) if r else None

    def list_figures(
        self, what: Optional[str] = None, article_id: Optional[str] = None, limit: int = 100, offset: int = 0
    ) -> tuple[int, list[dict[str, Any]]]:
        clauses, params = [], []
        if what:
            clauses.append("what = ?")
            params.append(what)
        if article_id:
            clauses.append("article_id = ?")
            params.append(article_id)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        total = self.execute(f"SELECT COUNT(*) FROM figures{where}", params).fetchone()[0]
        rows = self.execute(f"SELECT data FROM figures{where} ORDER BY id LIMIT ? OFFSET ?", params + [limit, offset])
        return total, [json.loads(d) for (d,) in rows]

    def list_disagreements(self, story: Optional[str] = None) -> list[dict[str, Any]]:
        if story:
            rows = self.execute("SELECT data FROM disagreements WHERE story_id=? ORDER BY id", (story,))
        else:
            rows = self.execute("SELECT data FROM disagreements ORDER BY story_id, id")
        return [json.loads(d) for (d,) in rows]


    # ------------------------------------------------------------------ stories
    def replace_stories(self, stories: list[Story]) -> None:
        """Write the story level: the given stories replace those with the same ids (one transaction)."""
        with self.transaction():
            for s in stories:
                self._delete_story(s.id)
                slim = Story(
                    id=s.id, title=s.title, article_ids=s.article_ids, figures=s.figures,
                    timeline=s.timeline, summary=s.summary, totals=s.totals, key_figures=s.key_figures,
                )
                self.execute("INSERT INTO stories(id, title, data) VALUES (?,?,?)", (s.id, s.title, _dumps(slim)))
                for aid in dict.fromkeys(s.article_ids):
                    self.execute("INSERT INTO story_articles(story_id, article_id) VALUES (?,?)", (s.id, aid))
                for e in s.events:
                    self.execute(
                        "INSERT INTO events(id, story_id, event_type, sub_event_type, date_start, date_end, lat, "
                        "lon, actor1, actor2, fatalities_best, summary, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (
                            e.id, s.id, e.event_type, e.sub_event_type,
                            e.date_start.isoformat() if e.date_start else None,
                            e.date_end.isoformat() if e.date_end else None,
                            e.place.lat if e.place else None, e.place.lon if e.place else None,
                            e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None,
                            e.fatalities_best, e.summary, _dumps(e),
                        ),
                    )
                    for alias in dict.fromkeys(event_id_of(m.id) for m in e.mentions):
                        self.execute(
                            "INSERT INTO event_aliases(alias, event_id) VALUES (?,?) "
                            "ON CONFLICT(alias) DO UPDATE SET event_id=excluded.event_id",
                            (alias, e.id),
                        )
                for d in s.disagreements:
                    self.execute(
                        "INSERT INTO disagreements(id, story_id, kind, data) VALUES (?,?,?,?)",
                        (d.id, s.id, d.kind, _dumps(d)),
                    )

    def delete_stories(self, story_ids: Iterable[str]) -> None:
        with self.transaction():
            for sid in story_ids:
                self._delete_story(sid)

    def _delete_story(self, sid: str) -> None:
        for table in ("events", "disagreements", "story_articles"):
            self.execute(f"DELETE FROM {table} WHERE story_id=?", (sid,))
        self.execute("DELETE FROM stories WHERE id=?", (sid,))

    def story_ids(self) -> list[str]:
        return [r[0] for r in self.execute("SELECT id FROM stories ORDER BY id")]

    def get_story(self, story_id: str) -> Optional[Story]:
        r = self.execute("SELECT data FROM stories WHERE id=?", (story_id,)).fetchone()
        if not r:
            return None
        s = from_dict(Story, json.loads(r[0]))
        s.events = [
            from_dict(Event, json.loads(d))
            for (d,) in self.execute("SELECT data FROM events WHERE story_id=? ORDER BY date_start, id", (story_id,))
        ]
        s.disagreements = [
            from_dict(Disagreement, json.loads(d))
            for (d,) in self.execute("SELECT data FROM disagreements WHERE story_id=? ORDER BY id", (story_id,))
        ]
        return s

    def stories(self) -> list[Story]:
        return [s for sid in self.story_ids() if (s := self.get_story(sid)) is not None]
