"""The JSON export of DESIGN.md section 4 (the stable format other tools read).

``build_export(store, stories)`` returns exactly the keys of the design:
``articles``, ``events``, ``figures``, ``disagreements``, ``timeline`` (see
``story.schema.json`` beside this module). Dates are ISO strings; offsets are
character offsets into the article's clean text.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any, Optional

from sitrep.model import Article, Event, Figure, Place, Story, to_dict
from sitrep.stories.confidence import field_confidence


def _d(x: Optional[_dt.date]) -> Optional[str]:
    return x.isoformat() if x is not None else None


def article_json(a: Article) -> dict[str, Any]:
    return {"id": a.id, "source_path": a.source_path, "url": a.url, "outlet": a.outlet, "title": a.title,
            "published": _d(a.published), "published_precision": a.published_precision,
            "published_how": a.published_how, "published_header": _d(a.published_header), "wires": list(a.wires)}


def location_json(p: Optional[Place]) -> Optional[dict[str, Any]]:
    if p is None:
        return None
    return {"name": p.name, "lat": p.lat, "lon": p.lon, "country": p.country, "admin1": p.admin1,
            "admin2": p.admin2, "geonameid": p.geonameid, "precision": p.precision,
            "confidence": round(p.confidence, 2)}


def shown_summary(e) -> str:  # type: ignore[no-untyped-def]
    """The event's one line with its low-confidence fields left out (shown as unknown, never guessed)."""
    from sitrep.stories.describe import incident_sentence

    return incident_sentence(e)


def event_json(e: Event) -> dict[str, Any]:
    return {
        "id": e.id, "event_type": e.event_type, "sub_event_type": e.sub_event_type, "plover": e.plover,
        "date_start": _d(e.date_start), "date_end": _d(e.date_end), "date_precision": e.date_precision,
        "location": location_json(e.place),
        "actor1": e.actor1.name if e.actor1 else None, "actor2": e.actor2.name if e.actor2 else None,
        "actor1_id": e.actor1.entity_id if e.actor1 else None, "actor2_id": e.actor2.entity_id if e.actor2 else None,
        "modality": e.modality, "confidence": field_confidence(e),
        "fatalities": {"best": e.fatalities_best, "low": e.fatalities_low, "high": e.fatalities_high},
        "summary": e.summary, "summary_shown": shown_summary(e), "n_sources": e.n_sources, "n_independent_sources": e.n_independent_sources,
        "mentions": [{"article_id": m.article_id, "start": m.sentence.start, "end": m.sentence.end,
                      "sentence": m.sentence.text, "claimant": m.claimant_name or m.claimant}
                     for m in e.mentions],
    }


def figure_json(f: Figure) -> dict[str, Any]:
    return {"id": f.id, "what": f.what, "who": f.who, "low": f.low, "high": f.high, "as_of": _d(f.as_of),
            "claimant": f.claimant_name or f.claimant, "article_id": f.span.article_id, "start": f.span.start,
            "end": f.span.end, "text": f.span.text, "since": _d(f.since), "background": f.background}


def export_stories(articles: list[Article], stories: list[Story]) -> dict[str, Any]:
    """The export of ``stories`` over ``articles`` (no store needed)."""
    in_story = {aid for s in stories for aid in s.article_ids}
    events, figures, disagreements, timeline, totals = [], [], [], [], []
    key_figures: list[dict[str, Any]] = []
    seen_fig: set[str] = set()
    for s in stories:
        events.extend(event_json(e) for e in s.events)
        for f in s.figures:
            if f.id not in seen_fig:
                seen_fig.add(f.id)
                figures.append(figure_json(f))
        for d in s.disagreements:
            disagreements.append({"id": d.id, "subject": d.subject, "kind": d.kind, "explanation": d.explanation,
                                  "values": [{"low": v.low, "high": v.high, "as_of": _d(v.as_of),
                                              "claimant": v.claimant, "article_id": v.article_id,
                                              "figure_id": v.figure_id, "claim": v.claim} for v in d.values]})
        # toll totals over distinct incidents, when the story computes them (stories/totals.py): passed on as given
        tot = getattr(s, "totals", None)
        if tot is not None:
            totals.append(dict(to_dict(tot), story_id=s.id))
        # key figures as the story groups them (stories/totals.py): the report lays them out, never regroups them
        key_figures.extend(dict(to_dict(k), story_id=s.id) for k in getattr(s, "key_figures", None) or [])
        timeline.extend({"date": _d(t.date), "precision": t.precision, "text": t.text, "event_ids": list(t.event_ids),
                         "article_ids": list(t.article_ids)} for t in s.timeline)
    timeline.sort(key=lambda t: (t["date"] or "9999", t["precision"] != "day"))
    events.sort(key=lambda e: (e["date_start"] or "9999", e["id"]))
    # the same order whether the stories come fresh from linking or back from the store
    kinds = {"conflict": 0, "update": 1, "scope": 2}
    disagreements.sort(key=lambda d: (kinds.get(d["kind"], 3), d["subject"], d["id"]))
    arts = [article_json(a) for a in articles if not in_story or a.id in in_story]
    out = {"articles": arts, "events": events, "figures": figures, "disagreements": disagreements,
           "timeline": timeline}
    if totals:
        out["totals"] = totals
    if key_figures:
        out["key_figures"] = key_figures
    return out


def build_export(store, stories: Optional[list[Story]] = None) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The JSON export of the store (its stored stories unless ``stories`` is given)."""
    if stories is None:
        stories = store.stories()
    articles = [a for a in store.articles() if a.status in ("ok", "duplicate")]
    return export_stories(articles, stories)
