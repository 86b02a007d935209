-- sitrep store, schema version 2 (2: articles.published_header).  One schema for SQLite (default) and PostgreSQL.
-- JSON columns hold model objects serialised with sitrep.model.to_dict.
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
-- One row per distinct clean article (id = hash of the normalised clean text).
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,               -- insertion order
    status TEXT NOT NULL,               -- ok, skipped, duplicate
    status_reason TEXT,
    source_path TEXT,
    url TEXT,
    outlet TEXT,
    title TEXT,
    byline TEXT,
    dateline TEXT,
    published TEXT,                     -- ISO date or NULL
    published_precision TEXT NOT NULL,
    published_how TEXT NOT NULL,
    published_header TEXT,              -- ISO date the header gave when published was corrected, else NULL
    wires TEXT NOT NULL,                -- JSON list
    language TEXT,
    words INTEGER NOT NULL,
    duplicate_of TEXT,
    text TEXT NOT NULL,
    raw_text TEXT NOT NULL,
    removed TEXT NOT NULL,              -- JSON list of Removed
    ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_seq ON articles(seq);
-- Every input seen (a file, a JSONL line, a WARC record), so re-ingesting adds nothing.
CREATE TABLE IF NOT EXISTS sources (
    source_key TEXT PRIMARY KEY,        -- sha256 of the input bytes + the record's place in it
    source_path TEXT NOT NULL,
    article_id TEXT,
    status TEXT NOT NULL,               -- stored, same-as, skipped, error
    reason TEXT,
    seen_at TEXT NOT NULL
);
-- MinHash signatures for near-duplicate detection (the LSH index is rebuilt from them).
CREATE TABLE IF NOT EXISTS signatures (
    article_id TEXT PRIMARY KEY,
    sig BLOB NOT NULL
);
-- Per-article annotations (sitrep.model.Analysis as JSON).
CREATE TABLE IF NOT EXISTS analyses (
    article_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS event_mentions (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    event_type TEXT,
    sub_event_type TEXT,
    modality TEXT,
    date_start TEXT,
    date_end TEXT,
    lat REAL,
    lon REAL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS event_mentions_article ON event_mentions(article_id);
CREATE TABLE IF NOT EXISTS figures (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    what TEXT,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS figures_article ON figures(article_id);
-- Story level (written by the link stage).
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,
    title TEXT,
    data TEXT NOT NULL                  -- Story without its events/disagreements (they have tables)
);
CREATE TABLE IF NOT EXISTS story_articles (
    story_id TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (story_id, article_id)
);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    event_type TEXT,
    sub_event_type TEXT,
    date_start TEXT,
    date_end TEXT,
    lat REAL,
    lon REAL,
    actor1 TEXT,
    actor2 TEXT,
    fatalities_best REAL,
    summary TEXT,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_story ON events(story_id);
CREATE INDEX IF NOT EXISTS events_date ON events(date_start);
-- every id an event answers to: the id each of its mentions would give it (model.event_id_of), so an id
-- published before a relink renamed, merged or split its event still finds the event holding that mention
CREATE TABLE IF NOT EXISTS event_aliases (
    alias TEXT PRIMARY KEY,
    event_id TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS disagreements (
    id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    kind TEXT,
    data TEXT NOT NULL
);
