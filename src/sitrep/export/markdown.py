"""The brief as Markdown (report.md): summary, key figures, disagreements, timeline, places, sources.

Article-derived strings are escaped for Markdown (``\\``-escapes for the
characters that make links, emphasis, code or raw HTML), so a hostile title
renders as text in any Markdown viewer.
"""
from __future__ import annotations

import re
from typing import Any, Optional

from sitrep.export.brief import citations, make_brief, published_note

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~{}])")


def md(s: Any) -> str:
    """Escape one article-derived string for Markdown (one line)."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(s if s is not None else "").split()))


def render_markdown(export: dict[str, Any], stories: Optional[list[tuple[str, str]]] = None) -> str:
    b = make_brief(export, stories)
    out = [f"# {md(b.title)}", ""]
    for title, summary in b.summaries:
        if len(b.summaries) > 1:
            out += [f"### {md(title)}", ""]
        out += [md(summary), ""]
    if not b.summaries:
        out += [f"{len(b.sources)} article(s), {len(export.get('events', []))} event(s).", ""]

    out += ["## Key figures", ""]
    if b.key_figures:
        for k in b.key_figures:
            out.append(f"- **{md(k.label)}**: {md(k.headline)}")
            out += [f"  - {md(ln.text())}" for ln in k.lines]
    else:
        out.append("No figures were found.")
    out += [""] + [md(t) for t in b.totals] + [""]

    out += ["## Disagreements", ""]
    if b.disagreements:
        for d in b.disagreements:
            refs = citations(b, [v["article_id"] for v in d.get("values", [])])
            out.append(f"- *{md(d['kind'])}* — **{md(d['subject'])}**: {md(d['explanation'])} {refs}")
    else:
        out.append("The sources do not disagree on any figure found.")
    out.append("")

    out += ["## Timeline", ""]
    if b.timeline:
        for label, t in b.timeline:
            out.append(f"- **{md(label)}** — {md(t['text'])} {citations(b, t['article_ids'])}")
    else:
        out.append("No dated events.")
    out.append("")

    out += ["## Places", ""]
    if b.points:
        for p in b.points:
            out.append(f"- {md(p['name'])} ({p['lat']:.3f}, {p['lon']:.3f}): {p['n']} event(s)")
    else:
        out.append("No located events.")
    if b.left_out:
        out += ["", "Far from the other events (not on the map): " + "; ".join(
            f"{md(p['name'])} ({p['n']} event(s))" for p in b.left_out) + "."]
    out.append("")

    out += ["## Sources", ""]
    for a in b.sources:
        when = published_note(a)
        wires = f" — wires: {md(', '.join(a['wires']))}" if a.get("wires") else ""
        out.append(f"{a['n']}. {md(a['outlet_label'])}, {md(a.get('title') or '(no title)')}, {md(when)}{wires} "
                   f"`{a['id'][:12]}`")
    out.append("")
    return "\n".join(out)
