"""Exports and reports: story.json (DESIGN.md section 4), articles.json, report.md, report.html."""
from __future__ import annotations

import json
from pathlib import Path

from sitrep.model import Story


def report_meta(stories: list[Story]) -> list[tuple[str, str]]:
    """(title, lead paragraph) of the stories a report shows, largest first (stories with events or
    several articles; all stories when none has)."""
    ordered = sorted(stories, key=lambda s: (-len(s.article_ids), s.id))
    return [(s.title, s.summary) for s in ordered if s.events or len(s.article_ids) > 1] or [
        (s.title, s.summary) for s in ordered]


def report_texts(store, stories: list[Story] | None = None) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """report.md and report.html of ``stories`` (default: the stored stories): one code path for
    ``sitrep run``, ``sitrep export --format md|html`` and the API, so they write the same report."""
    from sitrep.export.html import render_html
    from sitrep.export.jsonexport import build_export
    from sitrep.export.markdown import render_markdown

    if stories is None:
        stories = store.stories()
    export = build_export(store, stories)
    meta = report_meta(stories)
    return {"json": json.dumps(export, ensure_ascii=False, indent=2), "md": render_markdown(export, meta),
            "html": render_html(export, meta)}


def write_report(store, out_dir: Path, stories: list[Story]) -> list[str]:  # type: ignore[no-untyped-def]
    """Write report.md, report.html, story.json and articles.json for ``stories`` to ``out_dir``.

    Returns the paths written. Each file is written to a temporary name and then
    renamed, so a killed run never leaves a half-written report.
    """
    from sitrep.pipeline import articles_json

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    texts = report_texts(store, stories)
    files = {
        "story.json": texts["json"],
        "articles.json": json.dumps(articles_json(store), ensure_ascii=False, indent=2),
        "report.md": texts["md"],
        "report.html": texts["html"],
    }
    written = []
    for name, body in files.items():
        p = out_dir / name
        tmp = p.with_suffix(p.suffix + ".tmp")
        tmp.write_text(body, encoding="utf-8")
        tmp.replace(p)
        written.append(str(p))
    return written
