"""Event dates on real single-incident reports: MUC-4 (../shared/data/muc4), whose answer keys give each
incident's date.

Usage (from the repository root):

    PYTHONPATH=src .venv/bin/python bench/event_dates_muc4.py [--data ../shared/data/muc4] [--split dev|tst1|tst2]
        [--limit 150] [--truecase] [--json]

A report counts as single-incident when its key holds exactly one template, of an accomplished attack,
bombing, kidnapping or arson, dated to one day ("12 JAN 90"). Each such report goes, with the date of
its dateline ("SAN SALVADOR, 13 JAN 90 -- ...") as the publication date, through exactly the command
outside checks use: ``sitrep annotate --raw --jsonl``. The texts are upper case as distributed (the
parse suffers; the figures are a floor); ``--truecase`` first lowers them and puts capitals back on names,
months and weekdays, as ``bench/events.py muc4`` does.

Printed, over the violent events (ACLED Battles, Explosions/Remote violence, Violence against civilians)
that happened (modality asserted):
- the share dated only by their report (``date_precision`` "reported"; issue 17 target <= 25 %);
- the share of reports whose first violent event's date interval contains the incident's date (target
  >= 85 %), beside the same share for the report's date alone (what dating everything by it gives);
- the share of all violent events whose interval contains the incident's date.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = next((p / "shared" / "data" / "muc4" for p in ROOT.parents if (p / "shared" / "data" / "muc4").is_dir()),
                    ROOT.parent / "shared" / "data" / "muc4")
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
TYPES = ("ATTACK", "BOMBING", "KIDNAPPING", "ARSON")
_MON = {m: i for i, m in enumerate(("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"), 1)}
_DAY = re.compile(r"^(\d{1,2}) ([A-Z]{3}) (\d\d)$")
_DOC = re.compile(r"^((?:DEV|TST\d)-MUC\d-\d{4})\b", re.M)
_DATELINE = re.compile(r"^\s*[^\n,]{2,40},\s+(\d{1,2}) ([A-Z]{3}) (\d\d)\b")


def _date(d: str, m: str, y: str) -> dt.date | None:
    if m not in _MON:
        return None
    try:
        return dt.date(1900 + int(y), _MON[m], int(d))
    except ValueError:
        return None


def read_texts(folder: Path, split: str) -> dict[str, tuple[dt.date, str]]:
    """Document id -> (dateline date, text after the dateline's "--")."""
    out = {}
    for f in sorted(folder.glob(f"{split}-muc*")):
        raw = f.read_text(encoding="latin-1")
        starts = [(m.start(), m.group(1)) for m in _DOC.finditer(raw)]
        for i, (s, did) in enumerate(starts):
            body = raw[s:starts[i + 1][0] if i + 1 < len(starts) else len(raw)]
            body = body.split("\n", 1)[1] if "\n" in body else ""
            m = _DATELINE.match(body)
            if m is None or "--" not in body:
                continue
            d = _date(*m.groups())
            if d is not None:
                out[did] = (d, body.split("--", 1)[1].strip())
    return out


def read_keys(folder: Path, split: str) -> dict[str, list[dict[str, str]]]:
    """Document id -> its templates (slot name -> first line of the fill)."""
    keys: dict[str, list[dict[str, str]]] = {}
    files = sorted(folder.glob("key-*"))
    for f in files:
        cur: dict[str, str] | None = None
        for line in f.read_text(encoding="latin-1").splitlines():
            m = re.match(r"^\s*\d+\.\s+([A-Z ]+:[A-Z ]+?)\s{2,}(.*)$", line)
            if not m:
                continue
            slot, fill = m.group(1).strip(), m.group(2).strip()
            if slot == "MESSAGE: ID":
                cur = {"id": fill.split()[0]}
                keys.setdefault(cur["id"], []).append(cur)
            elif cur is not None:
                cur[slot] = fill
    return keys


def single_incidents(texts, keys) -> list[tuple[str, dt.date, str, dt.date]]:
    """(id, dateline date, text, incident date) of the single-incident reports."""
    out = []
    for did, (dct, text) in texts.items():
        ts = keys.get(did, [])
        if len(ts) != 1:
            continue
        t = ts[0]
        m = _DAY.match(t.get("INCIDENT: DATE", ""))
        if not m or t.get("INCIDENT: TYPE") not in TYPES or t.get("INCIDENT: STAGE OF EXECUTION") != "ACCOMPLISHED":
            continue
        d = _date(*m.groups())
        if d is not None:
            out.append((did, dct, text, d))
    return out


def case_words() -> frozenset[str]:
    """Words written with a capital in news prose, for truecasing: names (``devsets.proper_words``) and the
    month and weekday names of sitrep's time lexicon (a truecased "on 5 march" would lose its month)."""
    sys.path.insert(0, str(ROOT / "bench"))
    sys.path.insert(0, str(ROOT / "src"))
    import devsets  # noqa: PLC0415
    from sitrep.nlp.timelex import lexicon  # noqa: PLC0415

    lx = lexicon()
    names = {w for w in (*lx.months, *lx.weekdays) if len(w) > 3}
    return devsets.proper_words() | names | {w + "'s" for w in names}  # "Wednesday's attack"


def annotate(docs, truecase: bool = False) -> dict[str, list[dict]]:
    if truecase:
        sys.path.insert(0, str(ROOT / "bench"))
        import devsets  # noqa: PLC0415

        words = case_words()
    with tempfile.TemporaryDirectory() as d:
        f = Path(d) / "muc4.jsonl"
        with open(f, "w", encoding="utf-8") as fh:
            for did, dct, text, _ in docs:
                text = devsets.truecase(text, words) if truecase else text
                fh.write(json.dumps({"id": did, "text": text, "published": dct.isoformat()}) + "\n")
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
        res = subprocess.run([sys.executable, "-m", "sitrep.cli", "annotate", "--raw", "--jsonl", str(f)],
                             capture_output=True, text=True, env=env, check=False)
        if res.returncode != 0:
            sys.exit(f"sitrep annotate failed ({res.returncode}): {res.stderr[-2000:]}")
    return {o["id"]: o["events"] for o in map(json.loads, res.stdout.splitlines())}


def contains(e: dict, day: dt.date) -> bool:
    a, b = e.get("date_start"), e.get("date_end") or e.get("date_start")
    return bool(a) and a[:10] <= day.isoformat() <= (b or a)[:10]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--split", default="dev", choices=["dev", "tst1", "tst2"])
    ap.add_argument("--limit", type=int, default=150, help="first N single-incident reports (0: all)")
    ap.add_argument("--truecase", action="store_true",
                    help="truecase the upper-case texts first (bench/devsets.py truecase, plus month and weekday names)")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    folder = Path(a.data) / a.split
    if not folder.is_dir():
        sys.exit(f"{folder}: no such folder (see ../shared/data/muc4/SOURCE.md)")
    docs = single_incidents(read_texts(folder, a.split), read_keys(folder, a.split))
    docs = docs[:a.limit] if a.limit else docs
    pred = annotate(docs, a.truecase)
    n_ev = n_rep = n_in = n_first = n_dct = n_with = n_after = 0
    for did, dct, _, day in docs:
        evs = [e for e in pred.get(did, []) if e.get("event_type") in VIOLENT and e.get("modality") == "asserted"]
        n_dct += dct == day
        if not evs:
            continue
        n_with += 1
        n_ev += len(evs)
        n_rep += sum(e.get("date_precision") == "reported" for e in evs)
        n_in += sum(contains(e, day) for e in evs)
        n_first += contains(evs[0], day)
        n_after += sum(bool(e.get("date_start")) and e["date_start"][:10] > dct.isoformat() for e in evs)
    res = {"reports": len(docs), "reports_with_violent_events": n_with, "violent_events": n_ev,
           "share_dated_only_by_report": round(n_rep / n_ev, 3) if n_ev else None,
           "first_event_contains_incident_date": round(n_first / n_with, 3) if n_with else None,
           "report_date_is_incident_date": round(n_dct / len(docs), 3) if docs else None,
           "events_containing_incident_date": round(n_in / n_ev, 3) if n_ev else None,
           "events_dated_after_their_report": n_after}
    if a.json:
        print(json.dumps(res, indent=2))
        return
    print(f"MUC-4 {a.split}{' (truecased)' if a.truecase else ''}: {res['reports']} single-incident reports, {n_with} with violent events that happened "
          f"({n_ev} events); path: sitrep annotate --raw --jsonl")
    print(f"  dated only by their report: {100 * (res['share_dated_only_by_report'] or 0):.1f}% of the events (target <= 25%)")
    print(f"  first violent event's interval contains the incident date: "
          f"{100 * (res['first_event_contains_incident_date'] or 0):.1f}% of the reports (target >= 85%); "
          f"the report's date alone: {100 * (res['report_date_is_incident_date'] or 0):.1f}%")
    print(f"  all violent events whose interval contains the incident date: "
          f"{100 * (res['events_containing_incident_date'] or 0):.1f}%; dated after their report: {n_after}")


if __name__ == "__main__":
    main()
