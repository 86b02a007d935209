"""Texts for the newsness check: real news from ../shared/data and other text found on this machine.

Used by scripts/train_newsness.py (training, cross-validation) and bench/newsness.py (measuring the
skip decision). Each item is ``(group, label, kind, text)``: ``group`` is the document a text comes from
(cross-validation keeps a document's variants in one fold), ``label`` 1 for news and 0 for other text,
``kind`` the set or the sort of file. Every text goes through the ingest cleaner first, as in a run.
Deterministic: files are listed in sorted order and sampled with a seeded random generator.
"""
from __future__ import annotations

import fnmatch
import gzip
import json
import os
import random
import re
import sysconfig
from pathlib import Path
from typing import Iterator, Optional

import defusedxml.ElementTree as ET

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("SITREP_SHARED", ROOT.parent / "shared"))
MAX_READ = 25_000  # characters read from a file (the check looks at the first 20,000)

Item = tuple[str, int, str, str]

_SENT_END = re.compile(r"(?<=[A-Za-z0-9\"”')][.!?])\s+(?=[\"“A-Z])")


def _detok(tokens: list[str]) -> str:
    s = " ".join(tokens)
    s = re.sub(r" ([.,;:!?%)\]'’]|n't|'s)", r"\1", s)
    return re.sub(r"([(\[$]) ", r"\1", s)


def _muc(folder: Path) -> Iterator[tuple[str, str]]:
    head = re.compile(r"^((?:DEV|TST\d)-MUC\d-\d{4})\s*\(.*\)\s*$", re.MULTILINE)
    for f in sorted(folder.glob("*-muc*")):
        if "key" in f.name.lower():
            continue
        raw = f.read_text(encoding="latin-1")
        parts = head.split(raw)
        for i in range(1, len(parts) - 1, 2):
            yield parts[i], parts[i + 1].strip()


def news_docs(shared: Path = SHARED) -> Iterator[tuple[str, str, str]]:
    """(document id, set, text) of every real news text in ``shared``."""
    d = shared / "data"
    for a in ET.parse(d / "geowebnews" / "GWN.xml").getroot().iter("article"):
        yield f"gwn:{a.get('file')}", "geowebnews", a.findtext("text") or ""
    for i, a in enumerate(ET.parse(d / "geowebnews" / "GeoVirus.xml").getroot().iter("article")):
        yield f"geovirus:{i}", "geovirus", a.findtext("text") or ""
    for sub in ("dev", "tst1", "tst2"):
        for doc_id, text in _muc(d / "muc4" / sub):
            yield f"muc:{doc_id}", "muc4", text
    with open(d / "rams" / "dev.jsonlines", encoding="utf-8") as f:
        for ln in f:
            r = json.loads(ln)
            yield f"rams:{r['doc_key']}", "rams", " ".join(_detok(s) for s in r["sentences"])
    with open(d / "case2021-dev" / "dev.tsv", encoding="utf-8") as f:
        next(f)
        for ln in f:
            parts = ln.rstrip("\n").split("\t")
            if len(parts) >= 2:
                yield f"case:{parts[0]}", "case2021", parts[1]
    for f in sorted((d / "timebank").glob("*.tml")):
        m = re.search(r"<TEXT>(.*)</TEXT>", f.read_text(encoding="utf-8"), re.S)
        if m:
            yield f"timebank:{f.stem}", "timebank", re.sub(r"<[^>]+>", "", m.group(1)).strip()
    for f in sorted((shared / "seeds").glob("*.txt")):
        yield f"seed:{f.stem}", "seeds", f.read_text(encoding="utf-8")


def _read(path: str) -> Optional[str]:
    try:
        if os.path.islink(path) or not os.path.isfile(path) or os.path.getsize(path) > 5_000_000:
            return None
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rb") as f:  # type: ignore[operator]
            data = f.read(MAX_READ * 2)
    except (OSError, EOFError):
        return None
    if b"\x00" in data[:4096]:
        return None  # binary
    text = data.decode("utf-8", errors="replace")[:MAX_READ]
    if path.endswith((".html", ".htm", ".html.gz")):
        from sitrep.ingest.readers.html import html_record

        rec = html_record(text, path, "k", None)
        text = getattr(rec, "text", "")
    return text if len(text.split()) >= 3 else None


VENV = Path(sysconfig.get_paths()["purelib"])  # the running interpreter's installed packages
ROOTS = ("/usr/share", "/usr/include", "/usr/lib", "/etc", "/var/log", str(VENV))
# sort of file -> shell patterns on the full path (fnmatch: "*" also crosses "/"), and how many files to sample
OTHER: dict[str, tuple[list[str], int]] = {
    "licence": ([f"{VENV}/*/LICENSE*", f"{VENV}/*/COPYING*", f"{VENV}/*/licenses/*", "/usr/share/common-licenses/*",
                 "/usr/share/doc/*/copyright"], 450),
    "readme": ([f"{VENV}/*.dist-info/METADATA", "/usr/share/doc/*/README*", f"{VENV}/*/README*"], 250),
    "changelog": (["/usr/share/doc/*/changelog*", "/usr/share/doc/*/NEWS*"], 200),
    "python": ([f"{VENV}/*.py", "/usr/lib/python3*.py"], 450),
    "code": (["*.sh", "*.pl", "*.js", "*.h", "*.c", "*.pm", "*.pyi", "*.pyx", "*.rb", "*.lua"], 300),
    "table": (["*.csv", "*.tsv", "/usr/share/zoneinfo/*.tab", "/etc/services", "/etc/protocols", "/usr/share/misc/*"],
              200),
    "json": (["*.json"], 250),
    "config": (["/etc/*.conf", "*.cfg", "*.toml", "*.ini", "*.yaml", "*.yml", f"{VENV}/*.txt"], 300),
    "man": (["/usr/share/man/man*.gz"], 250),
    "log": (["/var/log/*.log", "/var/log/*.log.*"], 40),
    "html_doc": (["/usr/share/doc/*.html", f"{VENV}/*.html"], 200),
}


def _all_files() -> list[str]:
    out = []
    for root in ROOTS:
        for d, subdirs, files in os.walk(root, followlinks=False):
            subdirs.sort()
            out.extend(os.path.join(d, f) for f in sorted(files))
    return out


def other_docs(seed: int = 13) -> Iterator[tuple[str, str, str]]:
    """(file path, sort of file, text) of a seeded sample of non-news files on this machine."""
    rng = random.Random(seed)
    every = _all_files()
    seen: set[str] = set()
    for kind, (patterns, n) in OTHER.items():
        files = sorted({p for p in every if p not in seen and any(fnmatch.fnmatchcase(p, pat) for pat in patterns)})
        rng.shuffle(files)
        got = 0
        for p in files:
            if got >= n:
                break
            text = _read(p)
            if text is None:
                continue
            seen.add(p)
            got += 1
            yield p, kind, text


def _clean(text: str) -> str:
    from sitrep.ingest.clean import clean
    from sitrep.ingest.textmeta import extract

    return clean(text, extract(text).cuts)[0]


def _brief(text: str, rng: random.Random) -> Optional[str]:
    """The first one to three sentences of a news text: a short wire brief."""
    flat = " ".join(text.split())
    flat = flat[flat.find("[TEXT]") + 6 :] if "[TEXT]" in flat[:400] else flat  # a MUC message's body
    sents = _SENT_END.split(flat)
    if len(sents) < 2:
        return None
    k = rng.randint(1, min(3, len(sents) - 1))
    out = " ".join(sents[:k])
    return out if len(out.split()) >= 8 else None


def _head(text: str, rng: random.Random) -> Optional[str]:
    """The first few hundred characters of a file, cut at a line end: a short file of the same sort."""
    lines = text.splitlines(keepends=True)
    want = rng.randint(150, 900)
    out, n = [], 0
    for ln in lines:
        out.append(ln)
        n += len(ln)
        if n >= want:
            break
    s = "".join(out)
    return s if len(s) < len(text) and len(s.split()) >= 3 else None


def items(seed: int = 13, shared: Path = SHARED, variants: bool = True) -> list[Item]:
    """Every text, cleaned as ingest cleans it: news (label 1) and other text (label 0).

    With ``variants`` each news document also gives a short brief (its first sentences) and each other
    file its first few hundred characters, in the same group as the whole text.
    """
    rng = random.Random(seed)
    out: list[Item] = []
    for doc, kind, text in news_docs(shared):
        pieces = [text] + ([b] if variants and (b := _brief(text, rng)) and kind != "case2021" else [])
        for i, p in enumerate(pieces):
            c = _clean(p)
            if len(c.split()) >= 3:
                out.append((doc, 1, kind if i == 0 else kind + ":brief", c))
    for doc, kind, text in other_docs(seed):
        pieces = [text] + ([h] if variants and (h := _head(text, rng)) else [])
        if variants and kind in ("log", "table"):  # few files, many lines: windows of them too
            lines = text.splitlines(keepends=True)
            for start in range(40, len(lines) - 10, max(40, len(lines) // 8)):
                pieces.append("".join(lines[start : start + rng.randint(5, 40)]))
        for i, p in enumerate(pieces):
            c = _clean(p)
            if len(c.split()) >= 3:
                out.append((doc, 0, kind if i == 0 else kind + ":head", c))
    return out
