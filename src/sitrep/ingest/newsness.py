"""Is a clean text a news report? A scored check, so that licences, code, tables and logs are skipped, not analysed.

:func:`features` measures a text with explicit, cheap features (share of prose in
sentences, stop-word rate, symbol and digit density, code lines, table lines,
legal and technical vocabulary, reporting verbs, dates, ...); :func:`news_score`
is a logistic regression over them whose weights and threshold are trained by
``scripts/train_newsness.py`` on real news (``../shared/data``) against other
text found on a machine (licences, READMEs, source code, CSV/JSON, man pages,
logs) and committed in ``data/models/newsness.json``. Two thresholds, one for
texts under :data:`SHORT_WORDS` words and one for longer texts, are chosen so
that real news, short wire briefs above all, is almost never skipped: when in
doubt, a text is analysed.

Only the first :data:`SAMPLE_CHARS` characters are measured: what kind of
document a text is shows early, and the check must stay cheap next to spaCy.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from sitrep.ingest.tables import _rows
from sitrep.resources import data_path

SAMPLE_CHARS = 20_000
MODEL_FILE = "models/newsness.json"
SHORT_WORDS = 150  # texts shorter than this (briefs, snippets) have their own, lower threshold
Z_CLIP = 3.0  # standardised features are clipped to +-this: no one odd measure decides alone

_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?")
_TOKENS = re.compile(r"\S+")
_SYMBOLS = re.compile(r"[{}\[\]<>=_|\\/#*;$@~^`+%&]")
_DIGITS = re.compile(r"\d")
# a "sentence": a run of text ending in . ! or ? (optionally closed by a quote or bracket), lines joined
_SENT = re.compile(r"[^.!?]+(?:[.!?]+[\"”’')\]]*|$)")
_CODE = re.compile(
    r"(?:[{};]\s*$|^\s*[{}]|==|!=|->|=>|::|&&|\|\||\+\+|\+=|^\s*(?:def|class|import|from|return|if|for|while|elif|else|"
    r"try|except|function|var|let|const|public|private|static|void|int|#include|#define|package)\b|\w\(\)|^\s*#!|"
    r"^\s*(?://|/\*|\*/)|^\s*[\w.]+\s*=\s*\S)",
    re.MULTILINE,
)
_URL = re.compile(r"[\"'(<]?(?:https?://|www\.|[^@\s]+@[^@\s]+\.\w|[~.]{0,2}/\w[\w.-]*/)")  # a URL, e-mail or path token
_ED = re.compile(r"\b[a-z]{3,}ed\b")
_BULLET = re.compile(r"^\s*(?:[-*•+>]|\d{1,3}[.)]|\(?[a-z0-9]\))\s+", re.MULTILINE)
_SEP = re.compile(r"[,;\t|]")

FEATURES = (
    "prose", "stop", "symbol", "code", "legal", "tech", "digit", "table", "sent_len", "report", "time", "you",
    "first", "short_lines", "alpha", "url", "past", "bullet", "terms",
)
# what a feature's pull towards "not news" says about the text (used to word the skip reason)
KIND = {
    "prose": "no running prose", "stop": "not running English prose", "symbol": "source code or markup",
    "code": "source code or configuration", "legal": "a licence or legal text", "tech": "technical documentation",
    "digit": "a table or data dump", "table": "a table or data dump", "sent_len": "not running prose",
    "report": "no reporting", "time": "no dated events", "you": "instructions or terms addressed to the reader",
    "first": "a project's or vendor's own text", "short_lines": "a list, log or boilerplate",
    "alpha": "a table, log or data dump", "url": "links and file paths", "past": "no past events",
    "bullet": "a list or boilerplate", "terms": "terms and conditions",
}


SPECIFIC = frozenset(("symbol", "code", "legal", "tech", "digit", "table", "you", "url", "terms"))


@lru_cache(maxsize=1)
def word_groups() -> dict[str, frozenset[str]]:
    """Word group -> words, from ``data/newsness_words.tsv``."""
    return {r["group"]: frozenset(r["words"].split()) for r in _rows("newsness_words.tsv")}


@lru_cache(maxsize=1)
def _word_index() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for g, ws in word_groups().items():
        for w in ws:
            out[w] = out.get(w, ()) + (g,)
    return out


def _rate(n: int, d: int) -> float:
    return n / d if d else 0.0


def features(text: str) -> list[float]:
    """The feature vector of ``text`` (in the order of :data:`FEATURES`)."""
    t = text[:SAMPLE_CHARS]
    low = t.lower()
    words = _WORDS.findall(low)
    nw = len(words)
    index = _word_index()
    counts = dict.fromkeys(word_groups(), 0)
    for w in words:
        for g in index.get(w, ()):
            counts[g] += 1
    tokens = _TOKENS.findall(t)
    nt = len(tokens)
    nonspace = len(t) - sum(t.count(c) for c in " \n\t\r") or 1
    lines = [ln for ln in t.split("\n") if ln.strip()]
    nl = len(lines) or 1
    # sentences over the text with lines joined (hard-wrapped reports are prose too)
    flat = " ".join(t.split())
    prose_chars = 0
    sent_words: list[int] = []
    for m in _SENT.finditer(flat):
        s = m.group().strip()
        if not s:
            continue
        toks = s.split()
        sent_words.append(len(toks))
        alpha = sum(1 for x in toks if x[:1].isalpha() or x[:1] in "\"“‘'(")
        ended = s[-1:] in ".!?\"”’')]" or m.end() == len(flat)  # a brief's last sentence may lack its stop
        if 5 <= len(toks) <= 80 and ended and alpha >= 0.7 * len(toks):
            prose_chars += len(s)
    table = 0
    for ln in lines:
        seps = _SEP.findall(ln)
        if len(seps) >= 2:
            fields = _SEP.split(ln)
            if sum(len(f.strip()) for f in fields) / len(fields) < 24 and not ln.rstrip().endswith((".", "!", "?")):
                table += 1
    mean_sent = sum(sent_words) / len(sent_words) if sent_words else 0.0
    alpha_tokens = sum(1 for x in tokens if x.strip("\"“”‘’'()[],.;:!?-").isalpha())
    return [
        _rate(prose_chars, len(flat)),
        _rate(counts.get("stop", 0), nw),
        math.sqrt(_rate(len(_SYMBOLS.findall(t)), nonspace)),
        math.sqrt(min(1.0, _rate(len(_CODE.findall(t)), nl))),
        math.sqrt(_rate(counts.get("legal", 0), nw)),
        math.sqrt(_rate(counts.get("tech", 0), nw)),
        math.sqrt(_rate(len(_DIGITS.findall(t)), nonspace)),
        _rate(table, nl),
        math.log1p(min(mean_sent, 200.0)),
        math.sqrt(_rate(counts.get("report", 0), nw)),
        math.sqrt(_rate(counts.get("time", 0), nw)),
        math.sqrt(_rate(counts.get("you", 0), nw)),
        math.sqrt(_rate(counts.get("first", 0), nw)),
        _rate(sum(len(ln) for ln in lines if len(ln.split()) <= 4), sum(len(ln) for ln in lines)),
        _rate(alpha_tokens, nt),
        math.sqrt(_rate(sum(1 for x in tokens if ("/" in x or "@" in x or "www." in x) and _URL.match(x)), nt)),
        math.sqrt(_rate(len(_ED.findall(low)), nw)),
        _rate(len(_BULLET.findall(t)), nl),
        math.sqrt(_rate(counts.get("terms", 0), nw)),
    ]


@dataclass(frozen=True)
class Model:
    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    bias: float
    short_threshold: float  # a text of fewer than SHORT_WORDS words whose news score is below this is not news
    threshold: float  # the same for longer texts (their features are surer, so real news there scores higher)

    def threshold_for(self, n_words: int) -> float:
        return self.short_threshold if n_words < SHORT_WORDS else self.threshold


@lru_cache(maxsize=1)
def model() -> Model:
    """The trained model of ``data/models/newsness.json``."""
    with open(data_path(MODEL_FILE), encoding="utf-8") as f:
        d = json.load(f)
    if tuple(d["features"]) != FEATURES:
        raise ValueError(f"{MODEL_FILE} was trained on other features; rerun scripts/train_newsness.py")
    return Model(tuple(d["features"]), tuple(d["mean"]), tuple(d["scale"]), tuple(d["weights"]), float(d["bias"]),
                 float(d["short_threshold"]), float(d["threshold"]))


def _contributions(x: list[float], m: Model) -> list[float]:
    return [w * max(-Z_CLIP, min(Z_CLIP, (v - mu) / sd)) for v, mu, sd, w in zip(x, m.mean, m.scale, m.weights)]


def news_score(text: str) -> float:
    """Probability-like score (0..1) that ``text`` is a news report."""
    m = model()
    z = m.bias + sum(_contributions(features(text), m))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def not_news_reason(text: str) -> Optional[str]:
    """Why ``text`` is not a news report (to skip it), or None when it may be news."""
    m = model()
    x = features(text)
    contrib = _contributions(x, m)
    z = m.bias + sum(contrib)
    score = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
    thr = m.threshold_for(n_words(text))
    if score >= thr:
        return None
    # name the kind of text by the strongest specific evidence (legal words, code, tables...) when there is some
    specific = [i for i, n in enumerate(m.names) if n in SPECIFIC and contrib[i] < -1.0]
    worst = min(specific or range(len(contrib)), key=lambda i: contrib[i])
    return f"not a news report (reads as {KIND[m.names[worst]]}; news score {score:.2g} < {thr:.2g})"


def n_words(text: str) -> int:
    """Words of the measured sample (what picks the short or the long threshold)."""
    return len(text[:SAMPLE_CHARS].split())
