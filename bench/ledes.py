"""Datelines and ledes of the project's own report sets (branch ledes): per set and per dateline shape, the lead
sentences whose dateline is not read (``unread``: ``Article.dateline`` empty), not split off (``nosplit``:
``line_breaks.dateline_start`` finds none), glued to the lede (``glued``: the lede's sentence starts before the
dateline's end) or whose first words are cut off (``cut``: the sentence at the dateline's end is under 25 characters
or three words).

Usage: PYTHONPATH=src .venv/bin/python bench/ledes.py [tests/data/SET/ ...]   (default: every set; about a minute)

A line "opens on a dateline" here by a pattern of its own, looser than sitrep's (capitalised words, an optional
region, date and bracketed wire, then a dash or a colon, in the first four lines of the clean text): a few headlines
and labels ("BREAKING:", "Issued: 2025-11-05") are counted too and stay "unread", rightly.
"""
import collections
import glob
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
from sitrep.ingest.records import Record
from sitrep.ingest.article import build_article
from sitrep.nlp.models import load_pipeline
from sitrep.nlp.line_breaks import dateline_start

# generic dateline-ish opening of a line: capitalised words then a (wire) / date / dash within 90 chars
GEN = re.compile(r"^\s*(?P<place>[A-Z][A-Za-zÀ-ÿ'.\-]+(?:[ /-]+[A-Z][A-Za-zÀ-ÿ'.\-]+){0,3})"
                 r"(?P<rest>(?:,\s*[A-Z][\w.' ]{1,30}?)?(?:,\s*[\w ,.]{3,25}?)?\s*(?:\([A-Za-z .-]{1,30}\))?\s*)"
                 r"(?:[—–]+|\s-{1,2}|:)\s+(?=[A-Z0-9\"“])")


def shape(m):  # type: ignore[no-untyped-def]
    """The dateline's shape: capitals or not, a country or region, a date, a wire, a dash or a colon."""
    place = m.group("place"); rest = m.group("rest")
    caps = "CAPS" if place.upper() == place else "Title"
    agency = "wire" if "(" in rest else "nowire"
    mon = re.search(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", rest)
    yr = re.search(r"\b(19|20)\d\d\b", rest)
    date = "dated" if yr else ("monthday" if mon else "")
    country = "country" if re.match(r",\s*[A-Z][a-z]", rest) and not mon else ""
    colon = "colon" if m.group(0).rstrip().endswith(":") else "dash"
    return "/".join(x for x in (caps, country, date, agency, colon) if x)


nlp = load_pipeline()
dirs = sys.argv[1:] or sorted(glob.glob("tests/data/*/"))
out = collections.defaultdict(collections.Counter)
ex = collections.defaultdict(list)
for d in dirs:
    files = sorted(f for f in glob.glob(os.path.join(d, "**/*.txt"), recursive=True) if not f.endswith("README.txt"))
    for f in files:
        raw = open(f, encoding="utf-8").read()
        try:
            a = build_article(Record(source=f, source_path=f, key=f, text=raw))
        except Exception:  # noqa: BLE001 (an input ingest refuses: no lede)
            continue
        t = a.text
        # the first line of the clean text that opens on a dateline-ish shape (first 3 content lines)
        at = 0; m = None
        for l in t.split("\n")[:4]:
            m = GEN.match(l)
            if m and m.group("place").split()[0].lower() not in ("source", "update", "photo", "note", "watch", "editor"):
                break
            at += len(l) + 1; m = None
        name = os.path.relpath(f, "tests/data")
        set_ = name.split("/")[0]
        if not m:
            out[set_]["nodl"] += 1
            continue
        sh = shape(m)
        out[set_]["dl"] += 1
        dl_end = at + m.end()
        read = a.dateline is not None
        ds = dateline_start(t)
        doc = nlp(t)
        sent = next((s for s in doc.sents if s.start_char <= dl_end < s.end_char), None)
        prob = []
        if not read: prob.append("unread")
        if not ds: prob.append("nosplit")
        if sent is not None:
            if sent.start_char < dl_end - 1:
                prob.append("glued")
            if sent.end_char - dl_end < 25 or len([x for x in sent if not x.is_punct]) <= 3:
                prob.append("cut")
        for p in prob:
            out[set_][p] += 1
            out["ALL:" + sh][p] += 1
            ex[p].append((name, sh, t[at:at+90].replace("\n", " | "), sent.text[:60] if sent is not None else None))
        out["ALL:" + sh]["dl"] += 1
for k in sorted(out):
    print(k, dict(out[k]))
for p in ex:
    print("==", p, len(ex[p]))
    for e in ex[p]:
        print("  ", e)
