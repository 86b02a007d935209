"""The brief as one self-contained HTML file (report.html).

No network is needed to open it and nothing can run in it: inline CSS, an
inline SVG map (equirectangular projection of the event points with a
graticule, each point labelled), no scripts, no external resources, a
Content-Security-Policy meta tag that forbids scripts and remote loads, and
every article-derived string passed through ``html.escape``.
"""
from __future__ import annotations

import math
from html import escape
from typing import Any, Optional

from sitrep.export.brief import Brief, citations, make_brief, published_note

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;max-width:64rem;margin:2rem auto;padding:0 1rem;color:#1d232a}
h1{font-size:1.6rem;margin-bottom:.3rem}h2{border-bottom:1px solid #ccd;padding-bottom:.2rem;margin-top:2rem}
.summary{background:#f4f6f8;padding:.8rem 1rem;border-radius:6px}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e3e6ea;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f6f8}.kind{font-weight:600;text-transform:uppercase;font-size:.75rem;padding:.1rem .4rem;border-radius:3px}
.conflict{background:#fde2e1;color:#8a1c13}.update{background:#e3effd;color:#123f7a}.scope{background:#eee7fb;color:#4b2a86}
.date{white-space:nowrap;font-weight:600}.cite{color:#667;font-size:.85rem}.muted{color:#667}
svg{background:#f8fafc;border:1px solid #dde;max-width:100%;height:auto}
svg .grat{stroke:#d5dbe3;stroke-width:.6}svg .glab{fill:#8a94a3;font-size:9px}
svg .pt{fill:#c0392b;stroke:#fff;stroke-width:1}svg .plab{fill:#1d232a;font-size:11px}
ul.src li{margin-bottom:.2rem}
"""


def e(s: Any) -> str:
    """Escape one article-derived value for HTML text or attribute content."""
    return escape("" if s is None else str(s), quote=True)


def svg_map(points: list[dict[str, Any]], width: int = 640, height: int = 400) -> str:
    """An inline SVG map: equirectangular projection fitted to the points, graticule, labelled points."""
    if not points:
        return '<p class="muted">No located events.</p>'
    lats = [p["lat"] for p in points]
    lons = [p["lon"] for p in points]
    lat0, lat1, lon0, lon1 = min(lats), max(lats), min(lons), max(lons)
    span = max(lat1 - lat0, (lon1 - lon0) * math.cos(math.radians((lat0 + lat1) / 2)), 0.2)
    pad = span * 0.25
    lat0, lat1 = lat0 - pad, lat1 + pad
    kx = math.cos(math.radians((lat0 + lat1) / 2))  # equirectangular with a standard parallel at the centre
    cx = (lons[0] if len(set(lons)) == 1 else (min(lons) + max(lons)) / 2)
    half_w = (lat1 - lat0) / 2 * (width / height) / max(kx, 0.1)
    lon0, lon1 = min(lon0 - pad, cx - half_w), max(lon1 + pad, cx + half_w)
    margin = 30

    def x(lon: float) -> float:
        return margin + (lon - lon0) / (lon1 - lon0) * (width - 2 * margin)

    def y(lat: float) -> float:
        return margin + (lat1 - lat) / (lat1 - lat0) * (height - 2 * margin)

    step = _nice_step(max(lat1 - lat0, lon1 - lon0) / 5)
    parts = [f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
             f'aria-label="Map of event locations">']
    g = math.floor(lat0 / step) * step
    while g <= lat1:
        if g >= lat0:
            parts.append(f'<line class="grat" x1="{margin}" y1="{y(g):.1f}" x2="{width - margin}" y2="{y(g):.1f}"/>'
                         f'<text class="glab" x="2" y="{y(g) + 3:.1f}">{g:.4g}°</text>')
        g += step
    g = math.floor(lon0 / step) * step
    while g <= lon1:
        if g >= lon0:
            parts.append(f'<line class="grat" x1="{x(g):.1f}" y1="{margin}" x2="{x(g):.1f}" y2="{height - margin}"/>'
                         f'<text class="glab" x="{x(g) - 8:.1f}" y="{height - 8}">{g:.4g}°</text>')
        g += step
    for p in points:
        r = 4 + min(6, 2 * math.log2(1 + p["n"]))
        px, py = x(p["lon"]), y(p["lat"])
        parts.append(f'<circle class="pt" cx="{px:.1f}" cy="{py:.1f}" r="{r:.1f}"><title>{e(p["name"])}: '
                     f'{p["n"]} event(s)</title></circle>'
                     f'<text class="plab" x="{px + r + 2:.1f}" y="{py + 4:.1f}">{e(p["name"])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _nice_step(raw: float) -> float:
    if raw <= 0:
        return 1.0
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def _cites(b: Brief, ids: list[str]) -> str:
    return f'<span class="cite">{e(citations(b, ids))}</span>'


def render_html(export: dict[str, Any], stories: Optional[list[tuple[str, str]]] = None) -> str:
    b = make_brief(export, stories)
    h = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
         f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f"<title>{e(b.title)}</title><style>{_CSS}</style></head><body>", f"<h1>{e(b.title)}</h1>"]
    if b.summaries:
        for title, summary in b.summaries:
            head = f"<h3>{e(title)}</h3>" if len(b.summaries) > 1 else ""
            h.append(f'{head}<p class="summary">{e(summary)}</p>')
    else:
        h.append(f'<p class="summary">{len(b.sources)} article(s), {len(export.get("events", []))} event(s).</p>')

    h.append("<h2>Key figures</h2>")
    if b.key_figures:
        h.append("<table><tr><th>What is counted</th><th>Value</th><th>Latest value of each source</th></tr>")
        for k in b.key_figures:
            lines = "<br>".join(e(ln.text()) for ln in k.lines)
            h.append(f"<tr><td>{e(k.label)}</td><td>{e(k.headline)}</td><td>{lines}</td></tr>")
        h.append("</table>")
    else:
        h.append('<p class="muted">No figures were found.</p>')
    h += [f'<p class="muted">{e(t)}</p>' for t in b.totals]

    h.append("<h2>Disagreements</h2>")
    if b.disagreements:
        h.append("<ul>")
        for d in b.disagreements:
            kind = d["kind"] if d["kind"] in ("conflict", "update", "scope") else "conflict"
            h.append(f'<li><span class="kind {kind}">{e(d["kind"])}</span> <strong>{e(d["subject"])}</strong>: '
                     f'{e(d["explanation"])} {_cites(b, [v["article_id"] for v in d.get("values", [])])}</li>')
        h.append("</ul>")
    else:
        h.append('<p class="muted">The sources do not disagree on any figure found.</p>')

    h.append("<h2>Timeline</h2>")
    if b.timeline:
        h.append("<table>")
        for label, t in b.timeline:
            h.append(f'<tr><td class="date">{e(label)}</td><td>{e(t["text"])} {_cites(b, t["article_ids"])}</td></tr>')
        h.append("</table>")
    else:
        h.append('<p class="muted">No dated events.</p>')

    h.append("<h2>Map</h2>")
    h.append(svg_map(b.points))
    if b.left_out:
        h.append('<p class="muted">Far from the other events (not on the map): '
                 + "; ".join(f"{e(p['name'])} ({p['n']} event(s))" for p in b.left_out) + ".</p>")

    h.append('<h2>Sources</h2><ol class="src">')
    for a in b.sources:
        when = published_note(a)
        wires = f' — wires: {e(", ".join(a["wires"]))}' if a.get("wires") else ""
        h.append(f'<li value="{a["n"]}"><strong>{e(a["outlet_label"])}</strong>, {e(a.get("title") or "(no title)")}, '
                 f'{e(when)}{wires} <span class="muted">{e(a["id"][:12])}</span></li>')
    h.append("</ol>")
    h.append('<p class="muted">Generated by sitrep. Every line cites its articles by number; '
             "figures and events carry character offsets in story.json.</p></body></html>")
    return "\n".join(h)
