"""Death and injury counts against the MUC-4 answer keys, with the misses sorted by family.

Usage:
    python bench/tolls.py [--split dev|tst1|tst2] [--case true|upper] [--limit N] [--dump FILE] [--errors N] [--json] [--ids ID,ID]

Each MUC-4 message with at least one incident template is run through the per-article stages (its body after
"[TEXT]", the dateline's date as publication date; ``--case true`` puts the upper-case wire text into sentence case
with ``devsets.truecase`` first, ``--case upper`` leaves it as distributed) and then through the link stage alone
(``stories.link_story`` over the one report), so that the story total is scored too. The spaCy parses are cached
under ``$TMPDIR/sitrep-tolls-cache`` (keyed by split, case and the text), so that reruns only pay for sitrep's own
annotators.

**The key's counts.** Per template, the deaths are the HUM TGT: NUMBER lines whose victims (the first quoted name
or description after the colon; what follows a "/" is another way to name the same victims) EFFECT OF INCIDENT marks
DEATH (optional "?" fills included); the injuries the same for INJURY. Several victim lines of one template are
added. Victims marked both DEATH and INJURY (one number for the dead and the hurt together, "11 people were killed
or wounded") give no death count: that template is not scored, as with PLURAL. How a fill is read:

* ``"A" / "B"`` alternatives of a line: any alternative is accepted (each line's alternatives combine with the
  other lines' when they are added);
* ``6-8`` (a range: "between 6 and 8"): a predicted count is right when it lies in the range (its low and high
  both inside, for a predicted range);
* ``6-`` (at least six; the keys also write "more than six" so): right when the predicted low is 6 or 7 (sitrep
  reads "more than 6" as low 7);
* ``~30`` (about 30): right when the predicted count (or range) contains 30;
* ``PLURAL`` (no number): the template is not scored for that count.

**The prediction.** ``event``: the largest fatality count of the message's asserted violent events (Battles,
Explosions/Remote violence, Violence against civilians), its low when it is a range's low (N for "about N" and
"nearly N": the figure's ``best``, whose bounds are the band 0.9N..1.1N / 0.9N..N), as ``bench/roles.py``
takes it (which scores every modality and accepts each victim line alone: its figure stays the comparable one);
``story``: the story total (``stories/totals.py``: over distinct incidents, never a sum of claims about one).
A message is right when the prediction equals one template's deaths or the sum over its templates.

Printed for deaths (and injuries): ``acc`` = right / messages whose key gives a number; ``prec`` = right / those
where sitrep gives a count; ``single_acc``: the same over messages whose key has exactly one incident with a
number (the "single-incident report" target, >= 0.60); ``over_single``: share of those single-incident messages
whose story total exceeds the key's count (the "never above the largest credible count" check: should be 0);
``multi_total_acc`` / ``multi_over``: over messages whose key has several incidents, the share whose story total is
right (the sum over the incidents, or one of them) / above every accepted count;
``spurious``: messages whose key has incidents but no death (and no PLURAL death) where sitrep gives a count.

Roles (issue 16): ``perp_org_acc`` / ``hum_tgt_acc``: messages where an actor1 or associate (an actor2) of any violent
event of the message, whatever its modality, shares a content word with one "/" alternative of a PERP: ORGANIZATION ID
(HUM TGT: NAME or DESCRIPTION) fill of its templates, over the messages whose key has such a fill (the reading of
``bench/roles.py muc4``, here on the cached parses, the dateline's date and the truecasing of this bench);
``perp_org_prec`` / ``hum_tgt_prec``: the same right messages over those where sitrep fills one. The dump (``--dump``)
has, per message, the gold and predicted actors and every violent event's trigger, modality, actor1, actor2 and
sentence, for sorting the misses by family, and ``story_total``: the story total with its ``how`` and each incident
(best, low, high, place, date, claimant, events) and each side's own claim left out of it.
Miss families (deaths): ``none_no_figure`` (no killed figure anywhere in the text), ``none_not_attached`` (killed
figures exist but on no violent event), ``wrong_value_elsewhere`` (the right number is a killed figure of the
message, the event took another: another incident's count or a partial one), ``wrong_low``/``wrong_high``
(no killed figure has the key's value; sitrep's is below / above it).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

import devsets as ds  # noqa: E402
from roles import SHARED, fills, muc_keys, muc_texts, words  # noqa: E402

from sitrep.model import KILLED_WHAT, VIOLENT_EVENT_TYPES, Article  # noqa: E402

CACHE = Path(os.environ.get("TMPDIR", tempfile.gettempdir())) / "sitrep-tolls-cache"

Interval = tuple[float, float, str]  # low, high, kind: "=" exact, "range", "atleast", "about"

# the number forms of MUC-4 keys, tried in order: "6-8" a range, "10-" at least, "-26" (at most, a few keys) and
# "~30" about, "7" exactly
_KEY_FORMS = (
    (re.compile(r"(\d+)\s*-\s*(\d+)"), "range"),
    (re.compile(r"(\d+)\s*-"), "atleast"),
    (re.compile(r"-\s*(\d+)"), "about"),
    (re.compile(r"~\s*(\d+)"), "about"),
    (re.compile(r"(\d+)"), "="),
)


def _fill_values(num: str) -> list[Interval]:
    """The values of one NUMBER fill's number part: "3", "6-8", "10-", "~30", "7 / 8" (alternatives)."""
    out = []
    for alt in num.split("/"):
        a = alt.strip().lstrip("?").strip()
        for rx, kind in _KEY_FORMS:
            m = rx.fullmatch(a)
            if m:
                lo = float(m.group(1))
                out.append((lo, float(m.group(2)) if kind == "range" else lo, kind))
                break
    return out


def template_counts(t: dict[str, list[str]], effect: str) -> Optional[list[Interval]]:
    """Accepted counts of one template for ``effect`` (DEATH, INJURY): the victim lines' values added, each
    combination of alternatives; None when no victim has that effect or one of them has no number (PLURAL)."""
    hit, other = set(), set()
    for line in t.get("HUM TGT: EFFECT OF INCIDENT", []):
        names = re.findall(r'"([^"]*)"', line)[:1]  # a victim is named by its first description, before its "/"
        if line.lstrip("? ").startswith(effect):
            hit |= set(names)
        elif line.lstrip("? ").startswith(("DEATH", "INJURY")):
            other |= set(names)
    if not hit:
        return None
    lines: list[list[Interval]] = []
    mixed: list[list[Interval]] = []  # lines of victims marked both DEATH and INJURY
    for line in t.get("HUM TGT: NUMBER", []):
        num, _, desc = line.partition(":")
        names = re.findall(r'"([^"]*)"', desc)
        if not names or names[0] not in hit:
            continue  # a line belongs to the effect by its first description ("OTHERS" / "PERSON" is the others)
        vals = _fill_values(num)
        if not vals:
            return None  # PLURAL or "-": the number is not known
        (mixed if names[0] in other else lines).append(vals)
    if mixed:
        return None  # victims marked both dead and injured: the key does not say how many of them died
    if not lines:
        return None
    combos: list[Interval] = [(0.0, 0.0, "=")]
    for vals in lines:
        combos = [(a[0] + b[0], a[1] + b[1], a[2] if b[2] == "=" else b[2]) for a in combos for b in vals][:64]
    return combos


def right(pred: Optional[tuple[float, Optional[float]]], accepted: list[Interval]) -> bool:
    if pred is None:
        return False
    lo, hi = pred
    for glo, ghi, kind in accepted:
        if kind == "=" and lo == glo and (hi is None or hi == glo):
            return True
        if kind == "range" and glo <= lo <= ghi and (hi is None or glo <= hi <= ghi):
            return True
        if kind == "atleast" and lo in (glo, glo + 1):  # "at least 6" (low 6) or "more than 6" (low 7)
            return True
        if kind == "about" and (lo == glo or (hi is not None and lo <= glo <= hi)):
            return True
    return False


def parse_cached(items: list[tuple[str, str]], split: str, case: str):  # type: ignore[no-untyped-def]
    from spacy.tokens import DocBin

    from sitrep.nlp.models import load_pipeline, pipeline_fingerprint

    nlp = load_pipeline()
    h = hashlib.sha1("\n\x00".join([pipeline_fingerprint(nlp)] + [t for _, t in items]).encode()).hexdigest()[:12]
    path = CACHE / f"{split}-{case}-{h}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe([t for _, t in items], batch_size=32))
    CACHE.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return docs


def _count(f) -> Optional[tuple[float, Optional[float]]]:  # type: ignore[no-untyped-def]
    if f is None or (f.low is None and f.high is None):
        return None
    if f.best is not None and f.best != f.low:
        return f.best, f.best  # "about 12" (bounds 10..14), "nearly 12" (10..12): the count the words give, 12
    return (f.low if f.low is not None else f.high), f.high


def _hit(refs, gold: list[list[str]]) -> bool:  # type: ignore[no-untyped-def]
    return any(words(a) & (words(r.name) | words(r.span.text if r.span else "")) for r in refs
               for alts in gold for a in alts)


def actor_scores(tpls: list[dict], violent, c: Counter, rec: dict) -> None:  # type: ignore[no-untyped-def]
    """Perpetrator organisation and human target of one message, read as ``bench/roles.py muc4`` reads them: right
    when an actor1 or associate (an actor2) of any violent event of the message, whatever its modality, shares a
    content word with one alternative of a PERP: ORGANIZATION ID (HUM TGT: NAME or DESCRIPTION) fill of its templates.
    ``prec``: right / messages whose key names one and where sitrep fills one."""
    perps = [a for e in violent for a in [e.actor1, *e.associates] if a is not None]
    tgts = [e.actor2 for e in violent if e.actor2 is not None]
    rec["actors"] = [(e.trigger.text if e.trigger else None, e.modality, e.actor1.name if e.actor1 else None,
                      e.actor2.name if e.actor2 else None, e.sentence.text[:240]) for e in violent]
    for k, refs, slots in (("perp", perps, ("PERP: ORGANIZATION ID",)),
                           ("tgt", tgts, ("HUM TGT: NAME", "HUM TGT: DESCRIPTION"))):
        gold = [alts for t in tpls for s in slots for alts in fills(t.get(s, []))]
        rec[k] = {"gold": gold, "pred": [(r.name, r.span.text if r.span else None) for r in refs]}
        if gold:
            ok = _hit(refs, gold)
            c[f"{k}_gold"] += 1
            c[f"{k}_right"] += ok
            c[f"{k}_filled_gold"] += bool(refs)
            rec[k]["right"] = ok


def _total_record(t) -> Optional[dict]:  # type: ignore[no-untyped-def]
    """How the story total was made, for the dump: the total, its words, each incident's and each side's claim."""
    if t is None:
        return None

    def inc(i):  # type: ignore[no-untyped-def]
        return {"best": i.best, "low": i.low, "high": i.high, "place": i.place, "date": i.date,
                "claimant": i.claimant, "n_claims": i.n_claims, "events": i.event_ids}

    return {"best": t.best, "low": t.low, "high": t.high, "n_incidents": t.n_incidents, "how": t.how,
            "incidents": [inc(i) for i in t.incidents], "party_claims": [inc(i) for i in t.party_claims]}


def score(args) -> dict:  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext, annotate_doc
    from sitrep.stories import link_story

    keys = muc_keys(args.split)
    raw = muc_texts(args.split)
    ids = [m for m in sorted(keys) if m in raw and any(t.get("MESSAGE: TEMPLATE", ["*"])[0].strip() != "*"
                                                        for t in keys[m])]
    if args.limit:
        ids = ids[: args.limit]
    proper = ds.proper_words() if args.case == "true" else frozenset()
    items, days = [], []
    for m in ids:
        _place, day, body = ds.muc_body(raw[m])
        items.append((m, ds.truecase(body, proper) if args.case == "true" else re.sub(r"\[[^\]]*\]", " ", body)))
        days.append(day)
    docs = parse_cached(items, args.split, args.case)
    c: Counter = Counter()
    fam: Counter = Counter()
    dump = []
    only = set(args.ids.split(",")) if getattr(args, "ids", None) else None
    for (mid, text), day, doc in zip(items, days, docs):
        if only is not None and mid not in only:
            continue
        an = annotate_doc(doc, DocContext(article_id=mid, published=day))
        art = Article(id=mid, text=text, published=day, published_precision="day" if day else "unknown")
        story = link_story(f"story-{mid}", [art], {mid: an}).story
        tpls = [t for t in keys[mid] if t.get("MESSAGE: TEMPLATE", ["*"])[0].strip() != "*"]
        violent = [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]
        killed_figs = [f for f in an.figures if f.what in KILLED_WHAT]
        rec = {"id": mid, "n_templates": len(tpls)}
        actor_scores(tpls, [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES], c, rec)
        for what, effect in (("deaths", "DEATH"), ("injured", "INJURY")):
            per = [template_counts(t, effect) for t in tpls]
            known = [p for p in per if p is not None]
            plural = any(p is None and any(ln.lstrip("? ").startswith(effect) for ln in t.get("HUM TGT: EFFECT OF INCIDENT", []))
                         for p, t in zip(per, tpls))
            if what == "deaths":
                counts = [(_count(e.fatalities), e) for e in violent if _count(e.fatalities) is not None]
            else:
                counts = []
                for e in violent:
                    for fid in e.figures:
                        f = next((x for x in an.figures if x.id == fid), None)
                        if f is not None and f.what == "wounded" and _count(f) is not None:
                            counts.append((_count(f), e))
            pred = max(counts, key=lambda x: (x[0][0], x[0][1] or 0))[0] if counts else None
            total = None
            if what == "deaths" and story.totals is not None and story.totals.n_incidents:
                total = (story.totals.best, story.totals.best)
            accepted = [v for p in known for v in p]
            if len(known) > 1:
                tot: list[Interval] = [(0.0, 0.0, "=")]
                for p in known:
                    tot = [(a[0] + b[0], a[1] + b[1], a[2] if b[2] == "=" else b[2]) for a in tot for b in p][:64]
                accepted += tot
            rec[what] = {"gold": sorted({(v[0], v[1], v[2]) for v in accepted}), "pred": pred, "total": total}
            if not known:
                if what == "deaths" and not plural and pred is not None and pred[0] > 0:
                    c[f"{what}_spurious"] += 1
                    rec["family"] = "spurious"
                if what == "deaths" and not plural:
                    c[f"{what}_nogold"] += 1
                continue
            c[f"{what}_gold"] += 1
            ok = right(pred, accepted)
            c[f"{what}_right"] += ok
            c[f"{what}_filled"] += pred is not None
            if len(tpls) == 1:
                c[f"{what}_single"] += 1
                c[f"{what}_single_right"] += ok
                if what == "deaths":
                    c["deaths_single_total_right"] += right(total, accepted)
                    c["deaths_single_total_filled"] += total is not None
                    gmax = max(v[1] for v in accepted)
                    c["deaths_single_over"] += total is not None and total[0] > gmax
            elif what == "deaths":  # several incidents: the total should be their sum (or one of them)
                c["deaths_multi"] += 1
                c["deaths_multi_total_right"] += right(total, accepted)
                c["deaths_multi_over"] += total is not None and total[0] > max(v[1] for v in accepted)
            if what == "deaths":
                if ok:
                    f = "right"
                elif pred is None:
                    f = "none_no_figure" if not killed_figs else "none_not_attached"
                elif any(right(_count(x), accepted) for x in killed_figs):
                    f = "wrong_value_elsewhere"
                else:
                    f = "wrong_low" if pred[0] < min(v[0] for v in accepted) else "wrong_high"
                fam[f] += 1
                rec["family"] = f
        rec["events"] = [{"type": e.sub_event_type, "fat": _count(e.fatalities),
                          "fig": e.fatalities.span.text if e.fatalities else None,
                          "sent": e.sentence.text[:200]} for e in violent]
        rec["killed_figs"] = [(f.span.text, f.low, f.high, f.what, text[max(0, f.span.start - 60): f.span.end + 40])
                              for f in killed_figs]
        rec["story_total"] = _total_record(story.totals)
        rec["text"] = text
        dump.append(rec)
    if args.dump:
        Path(args.dump).write_text("\n".join(json.dumps(r, default=str) for r in dump) + "\n", encoding="utf-8")

    def ratio(a: int, b: int) -> Optional[float]:
        return round(a / b, 3) if b else None

    res = {"dataset": f"muc4/{args.split}", "case": args.case, "messages": len(items)}
    for what in ("deaths", "injured"):
        res[f"{what}_gold"] = c[f"{what}_gold"]
        res[f"{what}_acc"] = ratio(c[f"{what}_right"], c[f"{what}_gold"])
        res[f"{what}_prec"] = ratio(c[f"{what}_right"], c[f"{what}_filled"])
        res[f"{what}_single"] = c[f"{what}_single"]
        res[f"{what}_single_acc"] = ratio(c[f"{what}_single_right"], c[f"{what}_single"])
    res["deaths_single_total_acc"] = ratio(c["deaths_single_total_right"], c["deaths_single"])
    res["deaths_single_total_prec"] = ratio(c["deaths_single_total_right"], c["deaths_single_total_filled"])
    res["deaths_single_over"] = ratio(c["deaths_single_over"], c["deaths_single"])
    res["deaths_multi"] = c["deaths_multi"]
    res["deaths_multi_total_acc"] = ratio(c["deaths_multi_total_right"], c["deaths_multi"])
    res["deaths_multi_over"] = ratio(c["deaths_multi_over"], c["deaths_multi"])
    res["deaths_spurious"] = f'{c["deaths_spurious"]}/{c["deaths_nogold"]}'
    res["families"] = dict(sorted(fam.items(), key=lambda kv: -kv[1]))
    for k, name in (("perp", "perp_org"), ("tgt", "hum_tgt")):
        res[f"{name}_gold"] = c[f"{k}_gold"]
        res[f"{name}_acc"] = ratio(c[f"{k}_right"], c[f"{k}_gold"])
        res[f"{name}_prec"] = ratio(c[f"{k}_right"], c[f"{k}_filled_gold"])
    if args.errors:
        shown = 0
        for r in dump:
            if r.get("family") not in (None, "right") and shown < args.errors:
                shown += 1
                print(json.dumps({k: r[k] for k in ("id", "family", "deaths", "events", "killed_figs") if k in r},
                                 default=str)[:1500], file=sys.stderr)
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev", choices=("dev", "tst1", "tst2"))
    ap.add_argument("--case", default="true", choices=("true", "upper"))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--dump", default=None)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--ids", default=None, help="comma-separated message ids: score only these (parses stay cached)")
    args = ap.parse_args()
    if not (SHARED / "muc4").exists():
        sys.exit(f"{SHARED / 'muc4'}: not found (the shared data is needed for this benchmark)")
    res = score(args)
    if args.json:
        print(json.dumps(res))
    else:
        for k, v in res.items():
            print(f"{k:>26}: {v}")


if __name__ == "__main__":
    main()
