"""Words for the story level: date labels at their precision, source names, one-line event summaries."""
from __future__ import annotations

import datetime as _dt
from functools import lru_cache
from typing import Optional

from sitrep.model import Article, Event, StoryTotal
from sitrep.resources import data_path
from sitrep.stories.totals import story_totals, total_sentence


def date_label(d: Optional[_dt.date], precision: str) -> str:
    """A date as a reader should see it at its precision: "3 Feb 2020", "week of 3 Feb 2020", "Feb 2020"."""
    if d is None:
        return "date unknown"
    day = f"{d.day} {d.strftime('%b')} {d.year}"
    if precision == "day":
        return day
    if precision == "week":
        monday = d - _dt.timedelta(days=d.weekday())
        return f"week of {monday.day} {monday.strftime('%b')} {monday.year}"
    if precision == "month":
        return d.strftime("%b %Y")
    if precision == "quarter":
        return f"Q{(d.month - 1) // 3 + 1} {d.year}"
    if precision == "year":
        return str(d.year)
    if precision == "decade":
        return f"{d.year // 10 * 10}s"
    if precision == "reported":
        return f"reported {day}"
    return f"about {day}"


def source_name(a: Optional[Article], article_id: str = "") -> str:
    """How an explanation names an article: its outlet (and wire), else its title, else "a report of <date>";
    never a local file's name (it says nothing to a reader and can leak a path)."""
    if a is None:
        return article_id[:12] or "an unknown source"
    name = a.outlet or outlet_label(a) if a.url else a.outlet
    if not name and a.title:
        t = " ".join(a.title.split())
        name = f"“{t[:57] + '…' if len(t) > 60 else t}”"
    if not name:
        name = f"a report of {date_label(a.published, 'day')}" if a.published else "an unnamed report"
    if a.wires and a.outlet and not any(w.lower() == a.outlet.lower() for w in a.wires):
        name += f" ({', '.join(a.wires)})"
    return name


def _tsv_rows(name: str, width: int) -> list[list[str]]:
    """The rows of a tab-separated data file with at least ``width`` columns (comments and blanks skipped)."""
    path = data_path(name)
    if not path.exists():
        return []
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return [r for r in rows if len(r) >= width]


@lru_cache(maxsize=1)
def _verbs() -> dict[str, tuple[str, str]]:
    return {r[0]: (r[1], r[2]) for r in _tsv_rows("event_verbs.tsv", 3)}


def _verb(e: Event) -> tuple[str, str]:
    v = _verbs()
    for key in (e.sub_event_type, f"plover:{e.plover}" if e.plover else None, e.event_type):
        if key and key in v:
            return v[key]
    return ("acted against", (e.sub_event_type or e.event_type or "event").lower())


def event_summary(e: Event, with_date: bool = True) -> str:
    """One line: "<actor1> <verb> <actor2> in <place> on <date>" (the parts that are known)."""
    with_obj, without = _verb(e)
    a1 = e.actor1.name if e.actor1 else None
    a2 = e.actor2.name if e.actor2 else None
    if a1 and a2:
        core = f"{a1} {with_obj} {a2}"
    elif a1:
        core = f"{a1}: {without}"
    elif a2:
        core = f"{without[:1].upper() + without[1:]} against {a2}"
    else:
        core = without[:1].upper() + without[1:]
    if e.place is not None and e.place.name:
        where = e.place.name
        if e.place.admin1 and e.place.admin1.lower() != e.place.name.lower() and e.place.precision in (
                "point", "town", "district"):
            where += f" ({e.place.admin1})"
        core += f" in {where}"
    if with_date and e.date_start is not None:
        lab = date_label(e.date_start, e.date_precision)
        core += (" — " + lab) if e.date_precision == "reported" else (
            f" on {lab}" if e.date_precision == "day" else f", {lab}")
    if e.modality != "asserted":
        core += f" [{e.modality}]"
    return core


def _range_label(days: list[_dt.date]) -> str:
    lo, hi = min(days), max(days)
    if lo == hi:
        return date_label(lo, "day")
    if (lo.year, lo.month) == (hi.year, hi.month):
        return f"{lo.day}–{hi.day} {hi.strftime('%b %Y')}"
    if lo.year == hi.year:
        return f"{lo.day} {lo.strftime('%b')} – {hi.day} {hi.strftime('%b %Y')}"
    return f"{date_label(lo, 'day')} – {date_label(hi, 'day')}"



@lru_cache(maxsize=1)
def report_words() -> dict[str, dict[str, tuple[str, str]]]:
    """``data/report_words.tsv`` by kind: {kind: {key: (value, value2)}}."""
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for r in _tsv_rows("report_words.tsv", 4):
        out.setdefault(r[0], {})[r[1]] = (r[2], r[3])
    return out


def country_short(iso: Optional[str]) -> str:
    """A country's short English name ("Syria", not "Syrian Arab Republic"); "" when unknown."""
    if not iso:
        return ""
    from sitrep.nlp.actor_lexicon import get_resolver

    r = get_resolver()
    name = r.country_name.get(iso.upper())
    if name:
        return str(name)
    try:
        import pycountry

        c = pycountry.countries.get(alpha_2=iso.upper())
        return str(getattr(c, "common_name", None) or c.name) if c else iso
    except Exception:  # pragma: no cover - pycountry is a dependency
        return iso


def region_name(name: str) -> str:
    """A province's name without its generic word: "Idlib Governorate" -> "Idlib" (data/report_words.tsv)."""
    drop = report_words().get("admin_word", {})
    words = name.split()
    kept = [w for w in words if w.lower() not in drop]
    return " ".join(kept) if kept else name


def _confident(e: Event) -> dict[str, bool]:
    from sitrep.stories.confidence import FIELDS, field_confidence, shown

    conf = field_confidence(e)
    return {k: shown(conf, k) for k in FIELDS}


def main_place(events: list[Event]) -> str:
    """Where most confidently placed events happened (weighted by independent sources): "<town>, <region>,
    <country>" when one town holds at least half of them, else "<region>, <country>"."""
    from collections import Counter

    regions: Counter = Counter()
    towns: Counter = Counter()
    country_of: dict[str, str] = {}
    region_of: dict[str, str] = {}
    total = 0
    for e in events:
        p = e.place
        if p is None or e.modality != "asserted" or p.precision == "country" or not _confident(e)["place"]:
            continue
        w = max(1, e.n_independent_sources)
        total += w
        town = p.precision in ("point", "town", "district")
        name = p.admin1 if town and p.admin1 else p.name
        if town and p.name:
            towns[p.name] += w
            region_of.setdefault(p.name, region_name(p.admin1) if p.admin1 else "")
        if not name:
            continue
        key = region_name(name)
        regions[key] += w
        if p.country:
            country_of.setdefault(key, p.country)
            country_of.setdefault(p.name, p.country)
    if not regions and not towns:
        return ""
    if towns and towns.most_common(1)[0][1] * 2 >= total:
        top = towns.most_common(1)[0][0]
        parts = [top, region_of.get(top, "")]
    else:
        top = regions.most_common(1)[0][0]
        parts = [top]
    parts.append(country_short(country_of.get(top)))
    return ", ".join(dict.fromkeys(x for x in parts if x))


def actor_label(ref_id: str, name: str) -> str:
    """How a title names an actor: a state's forces and government by the country ("Syrian government forces")."""
    from sitrep.nlp.actor_lexicon import get_resolver

    r = get_resolver()
    try:
        entry = r.get(ref_id)
    except KeyError:
        return name
    if entry.get("type") in ("state", "state_forces") and entry.get("country"):
        country = r.actors.get(r.iso2_to_iso3.get(entry["country"], ""), {})
        dem = (country.get("demonyms") or [None])[0]
        if dem:
            return f"{dem} government forces"
    return name


def _pair(a: str, b: str) -> str:
    for tail in ("government forces", "forces"):
        if a.endswith(" " + tail) and b.endswith(" " + tail):
            return f"{a[: -len(tail) - 1]} and {b[: -len(tail) - 1]} {tail}"
    return f"{a} and {b}"


_VIOLENT_FIRST = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Protests")


def what_happened(events: list[Event]) -> str:
    """A few words on the main kind of event and its main actors ("fighting between Syrian and Turkish ...")."""
    from collections import Counter

    kinds: Counter = Counter()
    for e in events:
        kinds[e.event_type] += max(1, e.n_independent_sources)
    if not kinds:
        return ""
    violent = [k for k in _VIOLENT_FIRST if kinds.get(k)]
    kind = max(violent, key=lambda k: kinds[k]) if violent else kinds.most_common(1)[0][0]
    pairs: Counter = Counter()
    firsts: Counter = Counter()
    for e in events:
        if e.event_type != kind:
            continue
        ok = _confident(e)
        a1 = actor_label(e.actor1.entity_id, e.actor1.name) if e.actor1 and ok["actor1"] else None
        a2 = actor_label(e.actor2.entity_id, e.actor2.name) if e.actor2 and ok["actor2"] else None
        w = max(1, e.n_independent_sources)
        if a1:
            firsts[a1] += w
        if a1 and a2 and a1 != a2:
            pairs[tuple(sorted((a1, a2)))] += w
    with_actors, without = report_words().get("title", {}).get(kind, ("", kind.lower()))
    if "{pair}" in with_actors and pairs:
        a, b = pairs.most_common(1)[0][0]
        return with_actors.replace("{pair}", _pair(a, b))
    if "{a1}" in with_actors and "{pair}" not in with_actors and firsts:
        return with_actors.replace("{a1}", firsts.most_common(1)[0][0])
    return without


def core_days(days: list[_dt.date]) -> list[_dt.date]:
    """The days of the story's core period: a day more than a week and four times the typical distance from
    the median day (an anniversary, the start of a war retold as background) is left out."""
    if len(days) < 3:
        return days
    ords = sorted(d.toordinal() for d in days)
    mid = ords[len(ords) // 2]
    typical = sorted(abs(o - mid) for o in ords)[len(ords) // 2]
    limit = max(7, 4 * typical)
    return [d for d in days if abs(d.toordinal() - mid) <= limit]


def story_title(events: list[Event], articles: list[Article]) -> str:
    """"<main place>, <period>: <what happened>" from the confident, asserted events."""
    asserted = [e for e in events if e.modality == "asserted"]
    sure = [e for e in asserted if _confident(e)["type"]] or asserted
    if not sure:
        titled = [a.title for a in articles if a.title]
        return titled[0] if titled else (f"{len(articles)} article(s)" if articles else "Empty story")
    days = core_days([e.date_start for e in sure if e.date_start is not None and _confident(e)["date"]] or [
        e.date_start for e in sure if e.date_start is not None])
    head = ", ".join(x for x in (main_place(sure), _range_label(days) if days else "") if x)
    what = what_happened(sure)
    if head and what:
        return f"{head}: {what}"
    return head or what[:1].upper() + what[1:]


def masked(e: Event) -> Event:
    """A copy of ``e`` whose low-confidence fields are emptied (shown as unknown, never guessed)."""
    import dataclasses

    ok = _confident(e)
    return dataclasses.replace(
        e, place=e.place if ok["place"] else None,
        actor1=e.actor1 if ok["actor1"] else None, actor2=e.actor2 if ok["actor2"] else None,
        date_start=e.date_start if ok["date"] else None, date_end=e.date_end if ok["date"] else None,
        date_precision=e.date_precision if ok["date"] else "unknown",
        fatalities_best=e.fatalities_best if ok["fatalities"] else None,
        fatalities_low=e.fatalities_low if ok["fatalities"] else None,
        fatalities_high=e.fatalities_high if ok["fatalities"] else None)


def lead_events(events: list[Event], k: int = 3) -> list[Event]:
    """The highest-confidence, best-sourced incidents: asserted, typed with confidence, most independent sources."""
    from sitrep.stories.confidence import field_confidence

    scored = []
    for e in events:
        if e.modality != "asserted":
            continue
        conf = field_confidence(e)
        ok = _confident(e)
        if not ok["type"]:
            continue
        known = sum(1 for f in ("place", "date", "actor1") if ok[f])
        statement = e.event_type == "Political"  # talks, accusations, denials: not incidents, they come last
        scored.append(((statement, -e.n_independent_sources, -known, -(conf["type"] or 0), e.summary, e.id), e))
    return [e for _, e in sorted(scored, key=lambda x: x[0])[:k]]


def incident_sentence(e: Event) -> str:
    """One incident as a sentence, its unknown fields said to be unknown: "On 3 Feb 2020, A shelled B in C."."""
    m = masked(e)
    core = event_summary(m, with_date=False)
    if m.place is None:
        core += " (place unknown)"
    if m.date_start is not None:
        lab = date_label(m.date_start, m.date_precision)
        when = f"On {lab}" if m.date_precision == "day" else lab[:1].upper() + lab[1:]
    else:
        when = "On an unknown date"
    return f"{when}, {core[:1].lower() + core[1:] if m.actor1 is None else core}."


def site_name(outlet: Optional[str], url: Optional[str]) -> str:
    """An outlet's name for readers: the outlet, else the web site of its URL; "" when neither is known
    (never a file path)."""
    if outlet:
        return outlet
    if url:
        from urllib.parse import urlsplit

        return (urlsplit(url).hostname or "").removeprefix("www.")
    return ""


def outlet_label(a: Optional[Article]) -> str:
    """An article's outlet for readers (:func:`site_name`), else "an unnamed outlet"."""
    return (site_name(a.outlet, a.url) if a is not None else "") or "an unnamed outlet"


def sources_text(articles: list[Optional[Article]]) -> str:
    """The outlets of some reports: "TRT World, Reuters and 2 reports with no named outlet"."""
    named = list(dict.fromkeys(outlet_label(a) for a in articles if a is not None and (a.outlet or a.url)))
    unnamed = len(articles) - sum(1 for a in articles if a is not None and (a.outlet or a.url))
    if unnamed:
        named.append(f"{unnamed} report{'s' if unnamed > 1 else ''} with no named outlet")
    return ", ".join(named[:-1]) + (" and " if len(named) > 1 else "") + named[-1] if named else "no source"


def story_summary(events: list[Event], articles: list[Article], n_disagreements: int,
                  totals: Optional[StoryTotal] = None) -> str:
    """The lead: coverage, then the best-sourced, confident incidents one by one with their sources, then the
    deaths over distinct incidents (stories/totals.py, computed here when not given)."""
    by_id = {a.id: a for a in articles}
    outlets = {outlet_label(a) if a.outlet or a.url else a.id for a in articles}
    pubs = [a.published for a in articles if a.published]
    s = f"{len(articles)} report(s) from {len(outlets)} source(s)"
    if pubs:
        s += f", published {_range_label(pubs)}"
    s += "."
    asserted = [e for e in events if e.modality == "asserted"]
    if asserted:
        s += f" They describe {len(asserted)} distinct event(s)."
        for e in lead_events(events):
            arts = [by_id.get(aid) for aid in dict.fromkeys(m.article_id for m in e.mentions)]
            s += f" {incident_sentence(e)[:-1]} (sources: {sources_text(arts)}; {e.n_independent_sources} independent)."
        s += total_sentence(totals if totals is not None else story_totals(events, by_id))
    if n_disagreements:
        s += f" Sources disagree on {n_disagreements} point(s); see Disagreements."
    return s
