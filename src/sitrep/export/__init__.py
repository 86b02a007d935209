"""Exports and reports: story.json (DESIGN.md section 4), articles.json, report.md, report.html."""
from __future__ import annotations

import json
from pathlib import Path

from sitrep.model import Story


def write_report(store, out_dir: Path, stories: list[Story]) -> list[str]:  # type: ignore[no-untyped-def]
    """Write report.md, report.html, story.json and articles.json for ``stories`` to ``out_dir``.

    Returns the paths written. Each file is written to a temporary name and then
    renamed, so a killed run never leaves a half-written report.
    """
    from sitrep.export.html import render_html
    from sitrep.export.jsonexport import build_export
    from sitrep.export.markdown import render_markdown
    from sitrep.pipeline import articles_json

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    export = build_export(store, stories)
    ordered = sorted(stories, key=lambda s: (-len(s.article_ids), s.id))
    meta = [(s.title, s.summary) for s in ordered if s.events or len(s.article_ids) > 1] or [
        (s.title, s.summary) for s in ordered]
    files = {
        "story.json": json.dumps(export, ensure_ascii=False, indent=2),
        "articles.json": json.dumps(articles_json(store), ensure_ascii=False, indent=2),
        "report.md": render_markdown(export, meta),
        "report.html": render_html(export, meta),
    }
    written = []
    for name, body in files.items():
        p = out_dir / name
        tmp = p.with_suffix(p.suffix + ".tmp")
        tmp.write_text(body, encoding="utf-8")
        tmp.replace(p)
        written.append(str(p))
    return written
