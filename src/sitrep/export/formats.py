"""Export formats: the JSON of DESIGN.md §4 and what is derived from it (ACLED-style CSV, GeoJSON).

Every format is computed from the one JSON export (``story_json``), so they
can never disagree with each other.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Any, Callable

# ACLED's column names (ACLED codebook), then sitrep's additions.
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
EXTRA_COLUMNS = ["fatalities_low", "fatalities_high", "n_sources", "n_independent_sources", "evidence", "sitrep_id",
                 "plover"]
# ACLED time_precision: 1 = day, 2 = week or a few days, 3 = month or longer.
_TIME_PRECISION = {"day": 1, "reported": 1, "week": 2, "month": 3, "quarter": 3, "year": 3, "decade": 3}
# ACLED geo_precision: 1 = the town itself, 2 = near / a part of a region, 3 = a province or larger.
_GEO_PRECISION = {"point": 1, "town": 1, "district": 2, "province": 3, "region": 3, "country": 3}


def story_json(store) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """The JSON export (DESIGN.md §4) of everything in the store."""
    from sitrep.export.jsonexport import build_export

    return build_export(store, store.stories())


def _country_name(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=iso.upper())
        return c.name if c else iso
    except Exception:  # pragma: no cover - pycountry is a dependency
        return iso


def _inter(actor_id: str | None) -> int | str:
    """The ACLED inter code of an actor from the actor dictionary (data/actors.jsonl), "" when unknown."""
    if not actor_id:
        return ""
    from sitrep.nlp.actor_lexicon import get_resolver

    r = get_resolver()
    try:
        code = r.get(actor_id).get("inter")
    except KeyError:  # a bare role with no country ("CIVILIANS"): the role's code (data/actor_roles.tsv)
        code = (r.roles.get(actor_id) or {}).get("inter")
    return int(code) if code else ""


def disorder_type(event_type: str, sub_event_type: str | None) -> str:
    """ACLED's disorder_type of an event type (data/report_words.tsv, from the ACLED codebook); "" for
    events outside ACLED's types (PLOVER political events)."""
    from sitrep.stories.describe import report_words

    table = report_words().get("disorder", {})
    for key in (sub_event_type, event_type):
        if key and key in table:
            return table[key][0]
    return ""


def acled_rows(export: dict[str, Any]) -> list[dict[str, Any]]:
    """One ACLED-style row per asserted event of the JSON export (ACLED records only events reported to
    have happened: threats, plans, denials and claims stay in story.json). A field whose confidence is below
    the one shown is left blank (a weak place, a weak actor with its inter code) and a weakly dated event gets
    time_precision 3; story.json keeps the value and its confidence."""
    from sitrep.export.brief import outlet_of
    from sitrep.stories.confidence import SHOWN

    outlets = {a["id"]: outlet_of(a) for a in export.get("articles", [])}
    rows = []
    for e in export.get("events", []):
        if e.get("modality", "asserted") != "asserted":
            continue
        conf = e.get("confidence") or {}
        weak = {k for k, c in conf.items() if c is not None and c < SHOWN}
        loc = {} if "place" in weak else (e.get("location") or {})
        fat = e.get("fatalities") or {}
        date = e.get("date_start") or ""
        mentions = e.get("mentions") or []
        a1, a2 = ((None, None) if k in weak else (e.get(k), e.get(f"{k}_id")) for k in ("actor1", "actor2"))
        sources = sorted({outlets.get(m["article_id"], "unnamed outlet") for m in mentions})
        claimants = sorted({m["claimant"] for m in mentions if m.get("claimant")})
        evidence = " | ".join(f'{m["article_id"]}[{m["start"]}:{m["end"]}]' for m in mentions)
        inter1, inter2 = _inter(a1[1]), _inter(a2[1])
        row = {c: "" for c in ACLED_COLUMNS + EXTRA_COLUMNS}
        row.update(
            event_id_cnty=e["id"], event_date=date, year=date[:4], time_precision=3 if "date" in weak else
            _TIME_PRECISION.get(e.get("date_precision") or "", 3),
            disorder_type=disorder_type(e.get("event_type") or "", e.get("sub_event_type")),
            event_type=e.get("event_type") or "", sub_event_type=e.get("sub_event_type") or "",
            actor1=a1[0] or "", actor2=a2[0] or "", inter1=inter1, inter2=inter2,
            interaction=(int(f"{min(inter1, inter2)}{max(inter1, inter2)}") if inter1 and inter2 else
                         (inter1 * 10 if inter1 else "")),
            iso=loc.get("country") or "", country=_country_name(loc.get("country")),
            admin1=loc.get("admin1") or "", admin2=loc.get("admin2") or "", location=loc.get("name") or "",
            latitude=loc.get("lat") if loc.get("lat") is not None else "",
            longitude=loc.get("lon") if loc.get("lon") is not None else "",
            geo_precision=_GEO_PRECISION.get(loc.get("precision") or "", 3) if loc else "",
            source="; ".join(sources), source_scale="", notes=e.get("summary_shown") or e.get("summary") or "",
            fatalities=int(fat["best"]) if fat.get("best") is not None else 0,
            tags="; ".join(f"claimant: {c}" for c in claimants),
            fatalities_low=fat.get("low") if fat.get("low") is not None else "",
            fatalities_high=fat.get("high") if fat.get("high") is not None else "",
            n_sources=e.get("n_sources", 0), n_independent_sources=e.get("n_independent_sources", 0),
            evidence=evidence, sitrep_id=e["id"], plover=e.get("plover") or "",
        )
        rows.append(row)
    return rows


def guard_cell(v: Any) -> Any:
    """Defuse a cell a spreadsheet would run as a formula (one starting with = + - @, or a tab or carriage
    return before one) by prefixing a quote; empty cells, numbers and anything else stay as they are."""
    if isinstance(v, str) and v and v[0] in "=+-@\t\r":
        return "'" + v
    return v


def acled_csv(export: dict[str, Any]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS + EXTRA_COLUMNS, lineterminator="\n")
    w.writeheader()
    for row in acled_rows(export):
        w.writerow({k: guard_cell(v) for k, v in row.items()})
    return buf.getvalue()


def geojson(export: dict[str, Any]) -> dict[str, Any]:
    """Events with a confident place as GeoJSON points (RFC 7946: [lon, lat], WGS84), each with its
    ``modality``. A place below the confidence shown, or a whole country (its centroid is no event's
    place), is left out."""
    from sitrep.export.brief import confident_location

    feats = []
    for e in export.get("events", []):
        loc = confident_location(e)
        if loc is None:
            continue
        props = {k: v for k, v in e.items() if k not in ("location", "mentions")}
        props["location"] = loc.get("name")
        props["country"] = loc.get("country")
        props["admin1"] = loc.get("admin1")
        props["geo_precision"] = loc.get("precision")
        fat = e.get("fatalities") or {}
        props["fatalities"] = fat.get("best")
        props["fatalities_low"] = fat.get("low")
        props["fatalities_high"] = fat.get("high")
        props["sources"] = sorted({m["article_id"] for m in e.get("mentions") or []})
        feats.append({"type": "Feature", "id": e["id"],
                      "geometry": {"type": "Point", "coordinates": [float(loc["lon"]), float(loc["lat"])]},
                      "properties": props})
    return {"type": "FeatureCollection", "features": feats}


def _json(store) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    return json.dumps(story_json(store), ensure_ascii=False, indent=2), "application/json"


def _csv(store) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    return acled_csv(story_json(store)), "text/csv; charset=utf-8"


def _geojson(store) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    return json.dumps(geojson(story_json(store)), ensure_ascii=False), "application/geo+json"


def _md(store) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    from sitrep.export import report_texts

    return report_texts(store)["md"], "text/markdown; charset=utf-8"


def _html(store) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    from sitrep.export import report_texts

    return report_texts(store)["html"], "text/html; charset=utf-8"


FORMATS: dict[str, Callable[[Any], tuple[str, str]]] = {
    "json": _json, "acled-csv": _csv, "geojson": _geojson, "md": _md, "html": _html,
}
EXTENSIONS = {"json": "json", "acled-csv": "csv", "geojson": "geojson", "md": "md", "html": "html"}


def render(store, fmt: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """(body, media type) of the export ``fmt`` (one of FORMATS)."""
    return FORMATS[fmt](store)
