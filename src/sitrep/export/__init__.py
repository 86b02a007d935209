"""Exports and reports (scaffold: articles.json and a Markdown list of articles)."""
from __future__ import annotations

from pathlib import Path

from sitrep.model import Story


def write_report(store, out_dir: Path, stories: list[Story]) -> list[str]:  # type: ignore[no-untyped-def]
    from sitrep.pipeline import articles_json
    import json

    out_dir.mkdir(parents=True, exist_ok=True)
    arts = articles_json(store)
    p1 = out_dir / "articles.json"
    p1.write_text(json.dumps(arts, ensure_ascii=False, indent=2), encoding="utf-8")
    lines = ["# sitrep report", "", f"{len(arts)} articles", ""]
    for a in arts:
        lines.append(f"- {a['published'] or 'date unknown'} — {a['outlet'] or '?'} — {a['title'] or a['id']}")
    p2 = out_dir / "report.md"
    p2.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(p1), str(p2)]
