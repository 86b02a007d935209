"""Check the gold files of the example set.

- every quote in events.jsonl and disagreements.jsonl occurs verbatim in the example file it names
  (for a .jsonl example: in the `text` of one of its lines; for other files: in the raw file);
- every event and disagreement has the documented fields with allowed values (README.md in this folder);
- timeline.txt is in the tilse format: entries separated by a line of dashes, each a YYYY-MM-DD line and at
  least one sentence, dates strictly increasing.

Run: python examples/gold/check.py      (exit code 0 when all is well, 1 otherwise)
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent

EVENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
               "Strategic developments", "Political"}
MODALITIES = {"asserted", "denied", "threatened", "planned", "conditional", "background"}
KINDS = {"conflict", "update", "scope"}
EVENT_FIELDS = {"id", "event_type", "sub_event_type", "plover", "date_start", "date_end", "location", "actor1",
                "actor2", "fatalities", "modality", "evidence", "note"}
SEPARATOR = re.compile(r"^-{5,}$")


def texts_of(name: str) -> list[str]:
    """The texts a quote may come from: the raw file, or each `text` of a JSON Lines file."""
    raw = (EXAMPLES / name).read_text(encoding="utf-8")
    if name.endswith(".jsonl"):
        return [json.loads(line)["text"] for line in raw.splitlines() if line.strip()]
    return [raw]


def _date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def check_quote(where: str, q: dict) -> list[str]:
    if not (EXAMPLES / q["file"]).is_file():
        return [f"{where}: no example file {q['file']}"]
    if not any(q["quote"] in t for t in texts_of(q["file"])):
        return [f"{where}: quote not found in {q['file']}: {q['quote']!r}"]
    return []


def check_event(e: dict) -> list[str]:
    where = f"events.jsonl {e.get('id')}"
    errs = [f"{where}: missing field {k}" for k in sorted(EVENT_FIELDS - e.keys())]
    if errs:
        return errs
    if e["event_type"] not in EVENT_TYPES:
        errs.append(f"{where}: unknown event_type {e['event_type']!r}")
    if e["event_type"] == "Political" and not e["plover"]:
        errs.append(f"{where}: a Political event needs a PLOVER code")
    if _date(e["date_start"]) > _date(e["date_end"]):
        errs.append(f"{where}: date_start after date_end")
    loc = e["location"]
    if loc is not None and not ({"name", "lat", "lon", "radius_km"} <= loc.keys()
                                and -90 <= loc["lat"] <= 90 and -180 <= loc["lon"] <= 180 and loc["radius_km"] > 0):
        errs.append(f"{where}: bad location {loc!r}")
    fat = e["fatalities"]
    if fat is not None and not (isinstance(fat.get("low"), int) and isinstance(fat.get("high"), int)
                                and 0 <= fat["low"] <= fat["high"]):
        errs.append(f"{where}: bad fatalities {fat!r}")
    if e["modality"] not in MODALITIES:
        errs.append(f"{where}: unknown modality {e['modality']!r}")
    if not e["evidence"]:
        errs.append(f"{where}: no evidence")
    for q in e["evidence"]:
        errs += check_quote(where, q)
    return errs


def check_disagreement(d: dict, n: int) -> list[str]:
    where = f"disagreements.jsonl line {n}"
    errs = [f"{where}: missing field {k}" for k in ("subject", "kind", "values", "note") if k not in d]
    if errs:
        return errs
    if d["kind"] not in KINDS:
        errs.append(f"{where}: unknown kind {d['kind']!r}")
    if len(d["values"]) < 2:
        errs.append(f"{where}: a disagreement needs two values or more")
    for q in d["values"]:
        errs += check_quote(where, q)
    return errs


def check_timeline(path: Path) -> list[str]:
    errs, last = [], None
    blocks, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if SEPARATOR.match(line.strip()):
            blocks.append(cur)
            cur = []
        elif line.strip():
            cur.append(line.strip())
    blocks.append(cur)
    for i, b in enumerate(blocks, 1):
        if len(b) < 2:
            errs.append(f"timeline.txt entry {i}: needs a date line and at least one sentence")
            continue
        try:
            d = _date(b[0])
        except ValueError:
            errs.append(f"timeline.txt entry {i}: first line is not a YYYY-MM-DD date: {b[0]!r}")
            continue
        if last is not None and d <= last:
            errs.append(f"timeline.txt entry {i}: dates not strictly increasing")
        last = d
    return errs


def main() -> int:
    errs: list[str] = []
    ids = set()
    for line in (HERE / "events.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            e = json.loads(line)
            if e.get("id") in ids:
                errs.append(f"events.jsonl: duplicate id {e.get('id')}")
            ids.add(e.get("id"))
            errs += check_event(e)
    for n, line in enumerate((HERE / "disagreements.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            errs += check_disagreement(json.loads(line), n)
    errs += check_timeline(HERE / "timeline.txt")
    for e in errs:
        print(e)
    print("gold files OK: every quote found, fields valid" if not errs else f"{len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
