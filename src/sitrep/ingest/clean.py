"""The cleaner: raw article text -> clean text plus an audit trail of what was cut.

:func:`clean` is a pure function. It cuts

* metadata stretches the caller found (header date line, byline, credit line),
* page junk lines (navigation, comment forms, vote counters, captchas,
  newsletter prompts, "Read: ..." and "More news from ..." links, photo
  captions), with patterns read from ``data/junk_patterns.tsv``,
* sentences that repeat earlier text of the same article, even when the copy
  is not byte-identical (measured by word-trigram containment),

and normalises white space. It never empties a real text: when the cuts
would leave nothing, a guessed title line and any cut that reads as prose are
put back (a one-line brief with no title looks like a headline). Every cut
is returned as a :class:`Removed` with offsets into the raw text. The
cleaner never invents text: the non-space characters of the clean text are the raw text's characters, in order; white
space is collapsed to one space, one line break or one blank line, and a
space is put back where a sentence lost its space ("road.During").
"""
from __future__ import annotations

import re
from typing import Iterator, Sequence

from sitrep.ingest.tables import junk_patterns
from sitrep.model import Removed

Cut = tuple[int, int, str]  # (start, end, reason) in raw-text offsets

_LINE = re.compile(r"[^\n]*\n?")
_WORD = re.compile(r"\w+")
_SENT_END = re.compile(r"[.!?]+[\"”’')\]]*(?:\s+|(?=[\"“‘(]?[A-Z][a-z]))")
_ABBREV = frozenset(
    "mr mrs ms dr prof gen lt col maj sgt capt cpl adm brig cmdr gov sen rep st mt no vs etc jr sr inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec approx dept est fig".split()
)
_PROSE_END = re.compile(r"[.!?][\"”’')\]]*$")
_LOST_SPACE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")

REPEAT_MIN_WORDS = 5  # a sentence shorter than this is never cut as a repeat on its own
REPEAT_CONTAINMENT = 0.7  # share of a sentence's word trigrams found in one earlier sentence (or two adjacent)
MAX_POSTING = 20  # a trigram in more sentences than this is too common to count
MIN_WORDS = 3  # a clean text of fewer words is empty: cuts that left it so are undone when they cut a real text
PROSE_MIN_WORDS = 6  # a sentence this long, mostly words, ending in . ! or ?, reads as prose


def iter_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) for each line of ``text``; ``end`` includes the line's ``\\n``."""
    for m in _LINE.finditer(text):
        if m.start() == m.end():
            break
        yield m.start(), m.end(), m.group()


def junk_reason(line: str) -> str | None:
    """The junk reason when a whole line is page furniture (``junk:captcha``...), else None."""
    s = line.strip()
    if not s or len(s) > 600:
        return None
    for p in junk_patterns():
        if p.scope == "line" and p.regex.fullmatch(s):
            return p.reason
    return None


def junk_cuts(raw: str) -> list[Cut]:
    """Cuts for junk lines and junk line tails (patterns of scope ``line`` and ``tail``)."""
    cuts: list[Cut] = []
    tails = [p for p in junk_patterns() if p.scope == "tail"]
    for start, end, line in iter_lines(raw):
        reason = junk_reason(line)
        if reason:
            cuts.append((start, end, reason))
            continue
        body = line.rstrip("\n")
        for p in tails:
            m = next((m for m in p.regex.finditer(body) if m.end() >= len(body.rstrip())), None)
            if m is not None:
                s = m.start()
                while s > 0 and body[s - 1] in " \t":
                    s -= 1
                cuts.append((start + s, start + len(body), p.reason))
                break
    return cuts


def sentence_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence-ish spans of ``text[start:end]`` (each includes its trailing white space).

    Splits after ., ! or ? followed by white space, or glued to a capitalised word
    (a lost space), but not after common abbreviations ("Gen.") or initials.
    """
    seg = text[start:end]
    prev = 0
    for m in _SENT_END.finditer(seg):
        cut = m.end()
        if cut >= len(seg):
            break
        before = seg[prev : m.start()]
        last = _WORD.findall(before[-12:])
        lw = last[-1] if last else ""
        if lw.lower() in _ABBREV or (len(lw) == 1 and lw.isupper()):
            continue
        if not m.group()[-1:].isspace() and not (len(lw) >= 2 and lw[-1].islower()):
            continue  # glued boundary only after a lowercase word ("road.During", not "U.S.Army")
        yield start + prev, start + cut
        prev = cut
    if prev < len(seg) and seg[prev:].strip():
        yield start + prev, end


def _kept(length: int, cuts: Sequence[Cut]) -> list[tuple[int, int]]:
    out, pos = [], 0
    for s, e, _ in cuts:
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if pos < length:
        out.append((pos, length))
    return out


def _merge(cuts: Sequence[Cut], length: int) -> list[Cut]:
    merged: list[Cut] = []
    for s, e, r in sorted((max(0, s), min(length, e), r) for s, e, r in cuts if e > s):
        if merged and (s < merged[-1][1] or (s == merged[-1][1] and r == merged[-1][2])):
            ps, pe, pr = merged[-1]
            merged[-1] = (ps, max(pe, e), pr)
        else:
            merged.append((s, e, r))
    return merged


def repeat_cuts(raw: str, cuts: Sequence[Cut]) -> list[Cut]:
    """Cuts for sentences that repeat earlier sentences of the article (near-identical copies included).

    A sentence is a repeat when at least ``REPEAT_CONTAINMENT`` of its word trigrams occur in one
    earlier sentence (or two adjacent ones, when a copy lost a sentence boundary). Trigrams are
    indexed in posting lists, so the work is linear in the text; trigrams found in more than
    ``MAX_POSTING`` sentences ("according to the") carry no evidence and are not counted.
    """
    postings: dict[int, list[int]] = {}
    seen_words: set[str] = set()
    sents: list[tuple[int, int, bool, list[str]]] = []
    for ks, ke in _kept(len(raw), cuts):
        for ls, le, _ in iter_lines(raw[ks:ke]):
            for s, e in sentence_spans(raw, ks + ls, ks + le):
                words = _WORD.findall(raw[s:e].lower())
                grams = {hash(tuple(words[i : i + 3])) for i in range(len(words) - 2)}
                rep = False
                if len(words) >= REPEAT_MIN_WORDS and grams:
                    counts: dict[int, int] = {}
                    for g in grams:
                        lst = postings.get(g)
                        if lst and len(lst) <= MAX_POSTING:
                            for j in lst:
                                counts[j] = counts.get(j, 0) + 1
                    best = max((c + counts.get(j + 1, 0) for j, c in counts.items()), default=0)
                    rep = best / len(grams) >= REPEAT_CONTAINMENT
                idx = len(sents)
                for g in grams:
                    postings.setdefault(g, []).append(idx)
                sents.append((s, e, rep, words))
                seen_words.update(words)
    out: list[Cut] = []
    for i, (s, e, rep, words) in enumerate(sents):
        if not rep and words and len(words) < REPEAT_MIN_WORDS and 0 < i < len(sents) - 1:
            # a short fragment ("Gen.") inside a repeated run goes with it
            rep = sents[i - 1][2] and sents[i + 1][2] and all(w in seen_words for w in words)
        if rep:
            if out and out[-1][1] >= s:
                out[-1] = (out[-1][0], e, "repeat")
            else:
                out.append((s, e, "repeat"))
    return out


_WS = re.compile(r"\s+")


def _ws(m: re.Match[str]) -> str:
    n = m.group().count("\n")
    return "\n\n" if n >= 2 else "\n" if n == 1 else " "


def _assemble(raw: str, cuts: Sequence[Cut]) -> str:
    # two stretches that a cut separated are separate words: join them with a space
    joined = " ".join(raw[s:e] for s, e in _kept(len(raw), cuts))
    return _LOST_SPACE.sub(" ", _WS.sub(_ws, joined).strip())


def reads_as_prose(s: str) -> bool:
    """Whether ``s`` holds a sentence: ``PROSE_MIN_WORDS`` words or more, mostly words, ending in . ! or ?"""
    for a, b in sentence_spans(s, 0, len(s)):
        sent = s[a:b].strip()
        toks = sent.split()
        if len(toks) >= PROSE_MIN_WORDS and _PROSE_END.search(sent):
            if sum(1 for t in toks if _WORD.match(t.strip("\"“‘'(["))) >= 0.8 * len(toks):
                return True
    return False


def _unempty(raw: str, cuts: Sequence[Cut]) -> list[Cut]:
    """The cuts minus those that emptied a real text: a guessed title line, and junk or repeats that read as prose.

    A short text with no title (a one-paragraph brief, a snippet) is often one line that looks like a
    headline; when cutting it as the title leaves no body, it was the body.
    """
    return [c for c in cuts if c[2] != "meta:title" and not reads_as_prose(raw[c[0] : c[1]])]


def clean(raw: str, cuts: Sequence[Cut] = ()) -> tuple[str, list[Removed]]:
    """Clean ``raw``: returns (clean text, what was cut as :class:`Removed` with offsets into ``raw``).

    ``cuts`` are extra stretches to remove (metadata lines found by the caller),
    each ``(start, end, reason)``.
    """
    base = _merge(list(cuts) + junk_cuts(raw), len(raw))
    final = _merge(base + repeat_cuts(raw, base), len(raw))
    if len(_WORD.findall(_assemble(raw, final))) < MIN_WORDS and len(_WORD.findall(raw)) >= MIN_WORDS:
        final = _unempty(raw, final)
    removed = [Removed(s, e, r, raw[s:e]) for s, e, r in final if raw[s:e].strip()]
    return _assemble(raw, final), removed
