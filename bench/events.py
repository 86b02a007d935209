"""Score extracted events against a gold file of events (see bench/README.md, section "events").

Usage:
    python bench/events.py PRED GOLD [--radius-km 25] [--date-slack 0] [--only-asserted] [--json]

PRED is one of:
  * a JSON export (DESIGN.md §4): an object with an "events" array
    (event_type, sub_event_type, plover, date_start, date_end, location{lat,lon}, fatalities{best,low,high}, actor1...);
  * a plain JSON list of events, either export-style or EventMention dicts (``sitrep.model.to_dict``:
    place{lat,lon}, fatalities{low,high}, actor1{entity_id,name}, modality);
  * JSON Lines, one annotate object per line (``{"events":[...]}``) or one event per line.
  Lists of EventMentions are first collapsed (same coarse type, sub-type, dates and ~1 km place) so that
  several mentions of one event count once.
GOLD is JSON Lines, one event per line:
  {"id","event_type","sub_event_type","plover","date_start","date_end",
   "location":{"name","lat","lon","radius_km"},"actor1","actor2","fatalities":{"low","high"},"modality",
   "evidence":[{"file","quote"}]}

Matching is one-to-one and greedy by score. A pair can match only when it has the same coarse type
(ACLED event_type; for "Political" events the PLOVER code), overlapping date intervals (widened by
--date-slack days), and a predicted location within the gold radius_km (default --radius-km) when both
have coordinates. Reported: recall, precision, F1, and per-field accuracy over the matched pairs (date
exact, sub-type, location within 5 km, fatalities inside the gold [low, high], actor1, modality).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

NOT_HAPPENED = {"threatened", "planned", "conditional", "denied", "background"}


@dataclass
class Ev:
    """An event reduced to the fields that are scored."""

    id: str
    event_type: str
    sub_event_type: Optional[str] = None
    plover: Optional[str] = None
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    radius_km: Optional[float] = None
    fat_low: Optional[float] = None
    fat_high: Optional[float] = None
    fat_best: Optional[float] = None
    actor1: list[str] = field(default_factory=list)  # ids and names
    modality: str = "asserted"
    raw: dict = field(default_factory=dict)

    @property
    def coarse(self) -> str:
        if self.event_type == "Political":
            return f"Political:{self.plover}"
        return self.event_type


def _date(v: Any) -> Optional[dt.date]:
    if not v:
        return None
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def _num(v: Any) -> Optional[float]:
    try:
        return None if v is None else float(v)
    except (TypeError, ValueError):
        return None


def _actor_keys(a: Any) -> list[str]:
    if a is None:
        return []
    if isinstance(a, str):
        return [a]
    if isinstance(a, dict):
        return [str(a[k]) for k in ("entity_id", "id", "name") if a.get(k)]
    if isinstance(a, list):
        return [k for x in a for k in _actor_keys(x)]
    return [str(a)]


def to_ev(d: dict, i: int) -> Ev:
    """Read a gold event, an export event or an EventMention dict."""
    loc = d.get("location") or d.get("place") or {}
    fat = d.get("fatalities") or {}
    if not isinstance(fat, dict):
        fat = {"best": fat, "low": fat, "high": fat}
    start = _date(d.get("date_start") or d.get("date"))
    return Ev(
        id=str(d.get("id", i)),
        event_type=d.get("event_type") or "",
        sub_event_type=d.get("sub_event_type"),
        plover=d.get("plover"),
        start=start,
        end=_date(d.get("date_end")) or start,
        lat=_num(loc.get("lat")),
        lon=_num(loc.get("lon")),
        radius_km=_num(loc.get("radius_km")),
        fat_low=_num(fat.get("low")),
        fat_high=_num(fat.get("high")),
        fat_best=_num(fat.get("best")),
        actor1=_actor_keys(d.get("actor1")),
        modality=d.get("modality") or "asserted",
        raw=d,
    )


def _read_json_any(path: Path) -> tuple[list[dict], bool]:
    """Events from a file, and whether they are per-article mentions (to be collapsed)."""
    text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
        docs = [data]
    except json.JSONDecodeError:
        docs = [json.loads(line) for line in text.splitlines() if line.strip()]
    events: list[dict] = []
    mentions = False
    for doc in docs:
        if isinstance(doc, dict) and "events" in doc:
            evs = doc["events"]
            # an export's events carry "mentions"; an annotate object's are mentions themselves
            if evs and not any("mentions" in e for e in evs):
                mentions = True
            events.extend(evs)
        elif isinstance(doc, list):
            events.extend(doc)
            mentions = mentions or any("sentence" in e for e in doc if isinstance(e, dict))
        elif isinstance(doc, dict):
            events.append(doc)
            mentions = mentions or "sentence" in doc
    return events, mentions


def collapse(evs: list[Ev]) -> list[Ev]:
    """Merge mentions of one event: same coarse type, sub-type, dates and place (~1 km)."""
    seen: dict[tuple, Ev] = {}
    for e in evs:
        key = (e.coarse, e.sub_event_type, e.start, e.end,
               None if e.lat is None else round(e.lat, 2), None if e.lon is None else round(e.lon, 2), e.modality)
        if key in seen:
            k = seen[key]
            if k.fat_high is None or (e.fat_high is not None and e.fat_high > k.fat_high):
                k.fat_low, k.fat_high, k.fat_best = e.fat_low, e.fat_high, e.fat_best
            k.actor1 = k.actor1 or e.actor1
        else:
            seen[key] = e
    return list(seen.values())


def load_pred(path: Path) -> list[Ev]:
    raw, mentions = _read_json_any(path)
    evs = [to_ev(d, i) for i, d in enumerate(raw) if isinstance(d, dict)]
    return collapse(evs) if mentions else evs


def load_gold(path: Path) -> list[Ev]:
    raw, _ = _read_json_any(path)
    return [to_ev(d, i) for i, d in enumerate(raw) if isinstance(d, dict)]


def km(a: Ev, b: Ev) -> Optional[float]:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))  # type: ignore[arg-type]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def actor_match(pred: list[str], gold: list[str]) -> bool:
    """Same actor: equal ids/names, or one name's words contained in the other's."""
    for p in pred:
        for g in gold:
            a, b = _norm(p), _norm(g)
            if not a or not b:
                continue
            if a == b or set(a.split()) <= set(b.split()) or set(b.split()) <= set(a.split()):
                return True
    return False


def fatalities_ok(p: Ev, g: Ev) -> Optional[bool]:
    if g.fat_low is None and g.fat_high is None:
        return None
    v = p.fat_best if p.fat_best is not None else p.fat_low
    if v is None:
        return False
    lo = g.fat_low if g.fat_low is not None else -math.inf
    hi = g.fat_high if g.fat_high is not None else math.inf
    return lo <= v <= hi


def compatible(p: Ev, g: Ev, radius_km: float, slack: int) -> Optional[float]:
    """The pair's score, or None when it cannot match."""
    if p.coarse != g.coarse or p.start is None or g.start is None:
        return None
    sl = dt.timedelta(days=slack)
    if p.start > (g.end or g.start) + sl or (p.end or p.start) < g.start - sl:
        return None
    r = g.radius_km or radius_km
    d = km(p, g)
    if g.lat is not None and g.lon is not None:
        if d is None or d > r:
            return None
    score = 1.0
    score += 0.5 if (p.sub_event_type or None) == (g.sub_event_type or None) else 0.0
    score += 0.3 if (p.start, p.end) == (g.start, g.end) else 0.0
    score += 0.2 * (1 - d / r) if d is not None else 0.0
    score += 0.2 if actor_match(p.actor1, g.actor1) else 0.0
    score += 0.1 if p.modality == g.modality else 0.0
    return score


def match(pred: list[Ev], gold: list[Ev], radius_km: float = 25.0, slack: int = 0) -> list[tuple[Ev, Ev]]:
    """One-to-one greedy matching by score (pairs are only formed within a coarse type)."""
    by_type: dict[str, list[Ev]] = {}
    for p in pred:
        by_type.setdefault(p.coarse, []).append(p)
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(by_type.get(g.coarse, [])):
            s = compatible(p, g, radius_km, slack)
            if s is not None:
                pairs.append((s, gi, id(p), p, g))
    pairs.sort(key=lambda x: (-x[0], x[1]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for s, gi, pid, p, g in pairs:
        if gi in used_g or pid in used_p:
            continue
        used_g.add(gi)
        used_p.add(pid)
        out.append((p, g))
    return out


def score(pred: list[Ev], gold: list[Ev], radius_km: float = 25.0, slack: int = 0, only_asserted: bool = False) -> dict:
    """Recall, precision, F1 and per-field accuracy of ``pred`` against ``gold``."""
    if only_asserted:
        pred = [p for p in pred if p.modality not in NOT_HAPPENED]
        gold = [g for g in gold if g.modality not in NOT_HAPPENED]
    pairs = match(pred, gold, radius_km, slack)
    n = len(pairs)
    rec = n / len(gold) if gold else 0.0
    prec = n / len(pred) if pred else 0.0
    f1 = 2 * rec * prec / (rec + prec) if rec + prec else 0.0

    def acc(vals: Iterable[Optional[bool]]) -> dict:
        v = [x for x in vals if x is not None]
        return {"n": len(v), "accuracy": round(sum(v) / len(v), 3) if v else None}

    fields = {
        "date_exact": acc((p.start, p.end) == (g.start, g.end) for p, g in pairs),
        "sub_event_type": acc((p.sub_event_type == g.sub_event_type) if g.sub_event_type else None for p, g in pairs),
        "location_5km": acc(((d if (d := km(p, g)) is not None else 1e9) <= 5) if g.lat is not None else None
                            for p, g in pairs),
        "fatalities": acc(fatalities_ok(p, g) for p, g in pairs),
        "actor1": acc(actor_match(p.actor1, g.actor1) if g.actor1 else None for p, g in pairs),
        "modality": acc(p.modality == g.modality for p, g in pairs),
    }
    per_type: dict[str, dict] = {}
    for g in gold:
        t = per_type.setdefault(g.coarse, {"gold": 0, "pred": 0, "matched": 0})
        t["gold"] += 1
    for p in pred:
        per_type.setdefault(p.coarse, {"gold": 0, "pred": 0, "matched": 0})["pred"] += 1
    for p, g in pairs:
        per_type[g.coarse]["matched"] += 1
    missed = [g.id for g in gold if all(g is not gg for _, gg in pairs)]
    return {
        "gold": len(gold), "pred": len(pred), "matched": n,
        "recall": round(rec, 3), "precision": round(prec, 3), "f1": round(f1, 3),
        "fields": fields, "per_type": per_type, "missed_gold_ids": missed,
        "matches": [{"gold": g.id, "pred": p.id} for p, g in pairs],
    }


def render(res: dict) -> str:
    lines = [
        f"events: gold {res['gold']}  predicted {res['pred']}  matched {res['matched']}",
        f"recall {res['recall']:.3f}  precision {res['precision']:.3f}  F1 {res['f1']:.3f}",
        "per-field accuracy over matched pairs:",
    ]
    for k, v in res["fields"].items():
        a = "-" if v["accuracy"] is None else f"{v['accuracy']:.3f}"
        lines.append(f"  {k:<16} {a:>6}  (n={v['n']})")
    lines.append("per coarse type (gold / predicted / matched):")
    for k, v in sorted(res["per_type"].items()):
        lines.append(f"  {k:<34} {v['gold']:>4} {v['pred']:>5} {v['matched']:>5}")
    if res["missed_gold_ids"]:
        lines.append("missed gold: " + ", ".join(res["missed_gold_ids"]))
    return "\n".join(lines)


PARSE_CACHE: Optional[Path] = None  # --parse-cache: spaCy parses kept between runs (for iterating on rules)


def _cached_docs(items, nlp):  # type: ignore[no-untyped-def]
    """The spaCy Docs of the items, read from PARSE_CACHE when this very list was parsed before (DocBin)."""
    import hashlib

    from spacy.tokens import DocBin

    from sitrep.nlp.models import pipeline_fingerprint

    key = hashlib.sha1((pipeline_fingerprint(nlp) + "".join(f"{i}\x00{t}\x00{p}" for i, t, p in items)).encode())
    key = key.hexdigest()[:16]
    assert PARSE_CACHE is not None
    f = PARSE_CACHE / f"{key}.docbin"
    if f.exists():
        return list(DocBin().from_disk(f).get_docs(nlp.vocab))
    docs = list(nlp.pipe([t for _, t, _ in items], batch_size=32))
    db = DocBin(store_user_data=True)
    for d in docs:
        db.add(d)
    PARSE_CACHE.mkdir(parents=True, exist_ok=True)
    db.to_disk(f)
    return docs


def _annotate(items, progress: bool = False):  # type: ignore[no-untyped-def]
    """Analyses of (id, text, published) items through the real Annotator (models loaded once)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from sitrep.nlp.annotate import Annotator, DocContext, annotate_doc

    items = list(items)
    if PARSE_CACHE is not None:  # the same analyses, only the parse is reused
        from sitrep.nlp.models import load_pipeline

        for (i, _, pub), doc in zip(items, _cached_docs(items, load_pipeline())):
            yield annotate_doc(doc, DocContext(article_id=str(i), published=pub))
        return
    ann = Annotator()
    ctxs = [(text, DocContext(article_id=str(i), published=pub)) for i, text, pub in items]
    for k, an in enumerate(ann.annotate_many(ctxs)):
        if progress and k % 100 == 0:
            print(f"  {k}/{len(ctxs)}", file=sys.stderr)
        yield an


def dev_case(a) -> dict:  # type: ignore[no-untyped-def]
    import devsets as ds

    if a.cv:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
        import train_subtype

        return train_subtype.cross_validate(folds=5, seed=15)
    from sitrep.events import subtype_model

    # the committed model was fitted on this very set: scored here it would be scored on its training data
    subtype_model.ENABLED = a.in_sample
    rows = ds.read_case()[: a.limit or None]
    ans = list(_annotate([(i, t, None) for i, t, _ in rows], a.progress))
    pred = [ds.main_code(an.events) for an in ans]
    gold = [g for _, _, g in rows]
    res = ds.case_report(gold, pred)
    if a.dump:  # each wrong snippet with every event sitrep found in it, for reading the errors by family
        with open(a.dump, "w", encoding="utf-8") as f:
            for (i, text, g), p, an in zip(rows, pred, ans):
                if g == p:
                    continue
                f.write(json.dumps({"id": i, "gold": g, "pred": p, "text": text, "events": [
                    {"trigger": e.trigger.text if e.trigger is not None else None, "type": e.event_type,
                     "sub": e.sub_event_type, "modality": e.modality, "conf": e.confidence,
                     "outside": getattr(e, "outside", None), "plover": e.plover, "code": ds.event_code(e),
                     "sentence": " ".join(e.sentence.text.split())} for e in an.events]},
                    ensure_ascii=False) + "\n")
    res["decision"] = ("rules + learned model IN SAMPLE (fitted on this set: not a score)" if a.in_sample
                       else "rules only (for rules + learned model cross-validated: --cv)")
    res["reference"] = "best CASE 2021 system (full test set): 0.839 (25 ACLED) / 0.771 (30 codes)"
    if a.errors:
        res["errors"] = [{"id": r[0], "gold": g, "pred": p} for r, g, p in zip(rows, gold, pred) if g != p][: a.errors]
    return res


def dev_rams(a) -> dict:  # type: ignore[no-untyped-def]
    import devsets as ds

    from sitrep.model import VIOLENT_EVENT_TYPES

    wins = [w for w in ds.read_rams() if w["label"] is not None][: a.limit or None]
    tp = npred = ngold = 0
    fp: list[str] = []
    fn: list[str] = []
    for w, an in zip(wins, _annotate([(w["id"], w["text"], None) for w in wins], a.progress)):
        s0, s1 = w["sentence"]
        # RAMS's attack class covers criminal violence too: a violent event sitrep flags as ordinary crime
        # (outside ACLED) still says "violent" here; a disaster or accident does not
        viol = any(e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"
                   and getattr(e, "outside", None) in (None, "crime")
                   and any(s0 <= sp.start < s1 for sp in [e.trigger, *getattr(e, "evidence", [])])
                   for e in an.events if e.trigger is not None)
        npred += viol
        ngold += w["label"]
        tp += viol and w["label"]
        if viol and not w["label"]:
            hit = [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"
                   and e.trigger is not None and s0 <= e.trigger.start < s1]
            fp.append(f"{w['type']} | " + "; ".join(f"{e.trigger.text}:{e.sub_event_type}" for e in hit)
                      + " | " + w["text"][s0:s1][:200])
        if w["label"] and not viol:
            # what sitrep made of the sentence instead: every event there, with its modality and why it is out
            c = w["trigger_char"]
            word = w["text"][c:].split(" ", 1)[0]
            seen = [f"{e.trigger.text}:{e.event_type}/{e.sub_event_type}/{e.modality}"
                    + (f"/outside={e.outside}" if getattr(e, "outside", None) else "")
                    for e in an.events if e.trigger is not None
                    and any(s0 <= sp.start < s1 for sp in [e.trigger, *getattr(e, "evidence", [])])]
            fn.append(f"{w['type']} | [{word}] | " + ("; ".join(seen) or "-") + " | " + w["text"][s0:s1][:240])
    res = {"windows": len(wins), "violent": ds.pr(tp, npred, ngold)}
    if a.errors:
        res["false_positives"] = fp[: a.errors]
        res["missed"] = fn[: a.errors]
    return res


def dev_muc(a) -> dict:  # type: ignore[no-untyped-def]
    import devsets as ds

    from sitrep.model import VIOLENT_EVENT_TYPES

    ds.ARSON_FIRE_ONLY = not a.arson_any
    texts, keys = ds.muc_sets(a.sets.split(","))
    ids = sorted(i for i in texts if i in keys)[: a.limit or None]
    proper = ds.proper_words()
    items = []
    for i in ids:
        place, day, body = ds.muc_body(texts[i])
        items.append((i, ds.truecase(body, proper), day))
    tp = npred = ngold = 0
    per: dict = {t: [0, 0, 0] for t in ds.MUC_TYPES}
    errs = []
    single: list[int] = []  # violent asserted events per document whose key has exactly one incident
    for (i, _, _), an in zip(items, _annotate(items, a.progress)):
        pred = ds.muc_types(an.events)
        gold = keys[i]
        if ds.muc_n_templates.get(i) == 1:
            single.append(sum(1 for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"))
        tp += len(pred & gold)
        npred += len(pred)
        ngold += len(gold)
        for t in ds.MUC_TYPES:
            per[t][0] += t in pred and t in gold
            per[t][1] += t in pred
            per[t][2] += t in gold
        if pred != gold:
            errs.append(f"{i} gold={sorted(gold)} pred={sorted(pred)}")
            for e in an.events:  # the events behind each type the key does not have
                t = ds.muc_types([e])
                if t and not t & gold:
                    a1 = e.actor1.name if e.actor1 else "-"
                    a2 = e.actor2.name if e.actor2 else "-"
                    trig = e.trigger.text if e.trigger is not None else "-"
                    errs.append(f"   +{sorted(t)[0]} {trig}:{e.sub_event_type} ({a1} > {a2}) | "
                                + " ".join(e.sentence.text.split())[:220])
    res = {"documents": len(ids), "incident_types": ds.pr(tp, npred, ngold),
           "per_type": {t: ds.pr(*v) for t, v in per.items()},
           "single_incident_documents": len(single),
           "violent_events_per_single_incident_document": round(sum(single) / len(single), 2) if single else None}
    if a.errors:
        res["errors"] = errs[: a.errors]
    return res


def dev_main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description="score sitrep's events on a development set in ../shared/data")
    ap.add_argument("set", choices=["case", "rams", "muc4"])
    ap.add_argument("--limit", type=int, default=0, help="first N items only (for iterating)")
    ap.add_argument("--sets", default="tst1,tst2", help="muc4: which parts (dev,tst1,tst2)")
    ap.add_argument("--errors", type=int, default=0, help="list up to N errors")
    ap.add_argument("--dump", type=Path, default=None,
                    help="case: write each wrong snippet (text, gold, main code, every event found) as JSON lines")
    ap.add_argument("--progress", action="store_true")
    ap.add_argument("--cv", action="store_true", help="case: rules + learned model, cross-validated by document "
                    "(scripts/train_subtype.py, no weights written)")
    ap.add_argument("--in-sample", action="store_true", help="case: keep the committed model on (fitted on this set)")
    ap.add_argument("--arson-any", action="store_true",
                    help="muc4: count every looting/property destruction as ARSON (the mapping before 2026-12-02)")
    ap.add_argument("--parse-cache", type=Path, default=None,
                    help="folder keeping the spaCy parses between runs (rules change, the parse does not)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    global PARSE_CACHE
    PARSE_CACHE = a.parse_cache
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    import devsets as ds

    if not ds.DATA.is_dir():
        print(f"error: {ds.DATA}: the shared development data is not beside this checkout (set SITREP_SHARED)", file=sys.stderr)
        return 1
    res = {"case": dev_case, "rams": dev_rams, "muc4": dev_muc}[a.set](a)
    print(json.dumps(res, indent=2))
    return 0


def main(argv: Optional[list[str]] = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("case", "rams", "muc4"):
        return dev_main(argv)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pred", type=Path)
    ap.add_argument("gold", type=Path)
    ap.add_argument("--radius-km", type=float, default=25.0, help="location tolerance when gold gives no radius_km")
    ap.add_argument("--date-slack", type=int, default=0, help="days added on both sides of the gold interval")
    ap.add_argument("--only-asserted", action="store_true", help="score only events that happened (drop threats, plans, denials, background)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    for p in (a.pred, a.gold):
        if not p.is_file():
            print(f"error: {p}: no such file", file=sys.stderr)
            return 1
    res = score(load_pred(a.pred), load_gold(a.gold), a.radius_km, a.date_slack, a.only_asserted)
    print(json.dumps(res, indent=2) if a.json else render(res))
    return 0


# ---------------------------------------------------------------- event dates (issue 17)

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")


def date_report(export: dict, gold: Optional[list[Ev]] = None, radius_km: float = 25.0, slack: int = 30) -> dict:
    """How the events of a story.json are dated: the share of violent events dated only by their report
    (``date_precision`` "reported"), those dated after every report that tells them, and, with a gold
    file, over pairs matched with ``slack`` days (so that a wrong date still pairs up): the exact day and
    whether the predicted interval contains the gold one."""
    every = export.get("events", [])
    events = [e for e in every if e.get("event_type") in VIOLENT]
    published = {a["id"]: _date(a.get("published")) for a in export.get("articles", [])}
    reported = [e for e in events if e.get("date_precision") == "reported"]
    reported_all = [e for e in every if e.get("date_precision") == "reported"]
    after = []
    for e in events:
        days = [published.get(m.get("article_id")) for m in e.get("mentions", [])]
        days = [d for d in days if d is not None]
        start = _date(e.get("date_start"))
        if start is not None and days and start > max(days):
            after.append(e["id"])
    out: dict = {"violent_events": len(events), "dated_only_by_report": len(reported),
                 "share_dated_only_by_report": round(len(reported) / len(events), 3) if events else None,
                 "events": len(every), "share_all_dated_only_by_report":
                     round(len(reported_all) / len(every), 3) if every else None,
                 "dated_after_their_reports": after}
    if gold is not None:
        g_v = [g for g in gold if g.modality not in NOT_HAPPENED]
        pairs = match([to_ev(e, i) for i, e in enumerate(every)], g_v, radius_km, slack)
        exact = [(p.start, p.end) == (g.start, g.end) for p, g in pairs]
        inside = [p.start is not None and g.start is not None and p.start <= g.start and (g.end or g.start) <= (p.end or p.start)
                  for p, g in pairs]
        out.update(gold_violent=len(g_v), matched=len(pairs),
                   exact_day=round(sum(exact) / len(exact), 3) if exact else None,
                   interval_contains_gold=round(sum(inside) / len(inside), 3) if inside else None)
    return out


def dates_main(argv: list[str]) -> int:
    """``bench/events.py dates STORY_JSON [GOLD]``: the event-date figures of one story.json."""
    ap = argparse.ArgumentParser(prog="events.py dates", description=date_report.__doc__.split("\n")[0])
    ap.add_argument("story", type=Path)
    ap.add_argument("gold", type=Path, nargs="?")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    export = json.loads(a.story.read_text(encoding="utf-8"))
    res = date_report(export, load_gold(a.gold) if a.gold else None)
    if a.json:
        print(json.dumps(res, indent=2))
        return 0
    def pct(x: Optional[float]) -> str:
        return "-" if x is None else f"{100 * x:.1f}%"
    print(f"violent events {res['violent_events']}; dated only by their report {res['dated_only_by_report']} "
          f"({pct(res['share_dated_only_by_report'])}; all events {pct(res['share_all_dated_only_by_report'])} of "
          f"{res['events']}); violent events dated after every report telling them: {len(res['dated_after_their_reports'])}")
    if a.gold:
        print(f"gold events that happened {res['gold_violent']}, matched (30-day slack) {res['matched']}: exact day "
              f"{pct(res['exact_day'])}, interval contains the gold date {pct(res['interval_contains_gold'])}")
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["dates"]:
        sys.exit(dates_main(sys.argv[2:]))
    sys.exit(main())
