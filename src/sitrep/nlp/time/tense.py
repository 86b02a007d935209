"""Tense of the clause around a time expression: word cues (no parse) and the parse's verb (spaCy)."""
from __future__ import annotations

import re
from typing import Any, Callable, Optional

from sitrep.nlp.time.patterns import _FUTURE_CUE, _PAST_CUE, _POD, _WD

_WAS_DUE = re.compile(r"\b(?:had\s+been|was|were|had)\s+(?:\w+\s+)?$", re.I)
_WEEKDAY_ONLY = re.compile(rf"(?:on\s+)?(?:{_WD})(?:\s+(?:{_POD}))?", re.I)


def _clause_tense(text: str, start: int, end: int) -> Optional[bool]:
    """Tense of the clause around ``text[start:end]``: True future, False past, None no cue.

    The nearest tense cue before the expression in its sentence decides; else the first one after it.
    """
    s = max(text.rfind(".", 0, start), text.rfind("\n", 0, start), text.rfind(";", 0, start), start - 150)
    before = text[s + 1:start]
    best: Optional[tuple[int, bool]] = None
    for m in _FUTURE_CUE.finditer(before):
        if _WAS_DUE.search(before, 0, m.start()):
            best = (m.start(), False)  # "had been due to expire Friday": a plan told in the past
            continue
        best = (m.start(), True)
    for m in _PAST_CUE.finditer(before):
        if best is None or m.start() > best[0]:
            if not _FUTURE_CUE.fullmatch(m.group(0)):
                best = (m.start(), False)
    if best is not None:
        return True if best[1] else None  # word cues say "future" or nothing: past tense is the parse's call
    stop = len(text)
    for ch in ".;\n":
        k = text.find(ch, end)
        if k != -1:
            stop = min(stop, k)
    after = text[end:min(stop, end + 120)]
    f = _FUTURE_CUE.search(after)
    p = _PAST_CUE.search(after)
    if f and (not p or f.start() < p.start()):
        return True
    return None


def _future_oracle(doc: Any) -> Callable[[int, int], Optional[bool]]:
    """Tense from the parse: the verb that governs the expression (will/shall/'ll -> future, Tense=Past -> past)."""

    def at(start: int, end: int) -> Optional[bool]:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return None
        tok = span.root
        for _ in range(4):
            if tok.pos_ in ("VERB", "AUX") or tok.head is tok:
                break
            tok = tok.head
        if tok.pos_ not in ("VERB", "AUX"):
            return None
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in ("will", "shall", "'ll", "wo", "would", "'d") for a in auxes):
            return True
        if any(a.lower_ == "going" for a in auxes) or (tok.dep_ == "xcomp" and tok.head.lemma_ in ("plan", "expect", "hope", "intend", "agree", "schedule")):
            return True
        if "Past" in tok.morph.get("Tense") and not any(a.lower_ in ("to",) for a in auxes):
            if tok.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes):
                return None  # "a vigil is planned for Wednesday": a present passive, left to the word cues
            return False
        r = span.root
        on_verb = tok.i in (r.head.i, r.head.head.i)  # "resume Monday", "meet on Friday", "meet separately Monday"
        if (tok.tag_ in ("VBZ", "VBP") and not auxes and tok.lemma_.lower() not in _NOT_SCHEDULE and on_verb
                and r.dep_ != "poss" and _WEEKDAY_ONLY.fullmatch(span.text)):
            return True  # "the talks resume Monday", "voting takes place on Sunday": the present of a timetable
        return None

    return at


# present-tense verbs that do not tell a timetable: reporting ("says Monday"), states and habits
_NOT_SCHEDULE = frozenset({"say", "tell", "report", "claim", "add", "announce", "state", "confirm", "insist", "warn",
                           "note", "write", "tweet", "believe", "think", "remain", "have", "be", "know", "want",
                           "need", "continue", "seem", "appear", "show", "indicate", "deny", "accuse", "blame",
                           # the same form in the past: the tagger cannot tell "hurt" from "hurt"
                           "hit", "hurt", "cut", "put", "set", "let", "cost", "shut", "spread", "quit", "burst",
                           "cast", "split", "upset", "bet", "broadcast", "forecast", "read", "beat", "shed", "bid"})
