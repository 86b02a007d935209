"""Which words a speech cue's claim covers: its complement clause, the count it takes, the tally it gives a
number, the clause it hangs from, else the longer side of the line outside the attribution (:func:`_claim_range`,
within :func:`_line_bounds`)."""
from __future__ import annotations

from typing import Any

from sitrep.nlp.attribution.other_speaker import _other_speaker, _semicolon_between, _speaker_after_semicolon
from sitrep.nlp.attribution.tally import _put_tally
from sitrep.nlp.attribution.told_on import _told_on
from sitrep.nlp.attribution.trim import _trim
from sitrep.nlp.doctext import doc_attr


def _line_bounds(doc: Any, sent: Any, lo: int, hi: int) -> tuple[int, int]:
    """Token range of the line (within the sentence) holding tokens lo..hi-1."""
    line_lo, line_hi = sent.start, sent.end
    texts, spaces = doc_attr(doc, "text"), doc_attr(doc, "whitespace_")  # (text_with_ws, from the Doc's lists)
    for k in range(lo - 1, sent.start - 1, -1):
        if "\n" in texts[k] or "\n" in spaces[k]:
            line_lo = k + 1
            break
    for k in range(max(hi - 1, sent.start), sent.end):
        if "\n" in texts[k] or "\n" in spaces[k]:
            line_hi = k + 1
            break
    return line_lo, line_hi


def _claim_range(doc: Any, sent: Any, cue: Any, attr_lo: int, attr_hi: int) -> tuple[int, int]:
    """Character range of the claim: the cue's complement clause, else the sentence outside the attribution."""
    line_lo, line_hi = _line_bounds(doc, sent, attr_lo, attr_hi)
    tally = _put_tally(cue, attr_hi)
    if tally is not None:
        # "Scores were arrested; officials put the figure at 64": the tally the cue gives its number is the claim, never
        # the clause the parser hangs on it (the count told before is no claim of the speaker's)
        return _trim(doc, tally.left_edge.i, min(line_hi, cue.right_edge.i + 1))
    for c in cue.children:
        if c.dep_ in ("ccomp", "xcomp") and c.right_edge.i < attr_lo and _semicolon_between(doc, c.right_edge.i, attr_lo):
            continue  # "officials said eight died; the rebels said thirty": what stands before the semicolon is not
            # the rebels' claim (the parser may hang "eight died" on the rebels' "said")
        if c.dep_ in ("ccomp", "xcomp") and (c.right_edge.i < attr_lo or c.left_edge.i >= attr_hi):
            end = min(line_hi, c.right_edge.i + 1, _other_speaker(c, cue), _speaker_after_semicolon(doc, c, cue))
            if c.right_edge.i < attr_lo and end == c.right_edge.i + 1:
                end = min(line_hi, _told_on(cue, attr_hi) or end)
            return _trim(doc, max(line_lo, c.left_edge.i), end)
    obj = next((c for c in cue.children if c.dep_ in ("dobj", "obj") and c.i >= attr_hi), None)
    if obj is not None and (obj.like_num or any(t.like_num for t in obj.subtree)):
        # "while the rebels claimed thirty", "the army gave a toll of 12": the count the cue takes is the claim
        return _trim(doc, attr_hi, min(line_hi, cue.right_edge.i + 1))
    if cue.dep_ in ("parataxis", "ccomp") and line_lo <= cue.head.i < cue.i:
        # "X seized the town, the monitor said": the head clause before the attribution
        return _trim(doc, max(line_lo, cue.head.left_edge.i), attr_lo)
    before = (line_lo, attr_lo)
    after = (attr_hi, line_hi)
    lo, hi = before if (before[1] - before[0]) >= (after[1] - after[0]) else after
    if hi <= lo:
        return _trim(doc, line_lo, line_hi)
    return _trim(doc, lo, hi)
