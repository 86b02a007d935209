"""Which sentences carry a quotation's claimant: a sentence inside an attributed quotation, or fully quoted
right after one, inherits its claimant (:func:`_carry_quotes`, with the quotation's source,
:func:`_quotation_source`, and the sentences' characters, :func:`_sentence_bounds`)."""
from __future__ import annotations

import bisect
from typing import Any, Optional, Sequence

from sitrep.model import Attribution
from sitrep.nlp.attribution.claim import _Claim
from sitrep.nlp.attribution.paragraph import _clip_paragraph
from sitrep.nlp.attribution.words import _QUOTE_CLOSE, _QUOTE_OPEN, _TRIM, _text


def _sentence_bounds(text: str, sents: Sequence[Any], quotes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each sentence's (start, end) characters, a sentence that begins with the closing mark of the previous quote,
    or blank lines, starting after them."""
    sent_bounds = []
    for s in sents:
        ss = s.start_char
        while ss < s.end_char and (text[ss].isspace() or any(qe == ss + 1 for _qs, qe in quotes)):
            ss += 1
        sent_bounds.append((ss, s.end_char))
    return sent_bounds


def _quotation_source(qspan: tuple[int, int], by_attr_start: Sequence[_Claim],
                      att_starts: Sequence[int]) -> Optional[_Claim]:
    """The claim a quotation ``qspan`` is told by: the first (by claim start) quoted attribution elsewhere inside
    the same quotation, or one attached to it (within three characters of its ends)."""
    lo_k = bisect.bisect_left(att_starts, qspan[0] - 3)
    hi_k = bisect.bisect_right(att_starts, qspan[1] + 3)
    for c in by_attr_start[lo_k:hi_k]:
        cs, ce = c.att.claim_start or 0, c.att.claim_end or 0
        if c.quote and cs < qspan[1] and qspan[0] < ce:
            return c
        if abs(c.att.span.start - qspan[1]) <= 3 or abs(c.att.span.end - qspan[0]) <= 3:
            return c
    return None


def _carry_quotes(doc: Any, sents: Sequence[Any], claims: Sequence[_Claim],
                  quotes: Sequence[tuple[int, int]]) -> list[_Claim]:
    """Sentences inside an attributed quotation, or fully quoted right after one, inherit its claimant."""
    by_sent: dict[int, list[_Claim]] = {}
    for c in claims:
        by_sent.setdefault(c.sent_i, []).append(c)
    out: list[_Claim] = []
    q_starts = [q[0] for q in quotes]
    # candidate sources of a quotation: attributions whose claimant or claim touches it
    by_attr_start = sorted(claims, key=lambda c: c.att.claim_start or 0)
    att_starts = [c.att.claim_start or 0 for c in by_attr_start]
    text = _text(doc)
    sent_bounds = _sentence_bounds(text, sents, quotes)
    last_quoted: Optional[_Claim] = None
    last_i = -10
    for si, (ss, se) in enumerate(sent_bounds):
        here = by_sent.get(si)
        if here:
            q = [c for c in here if c.quote]
            last_quoted, last_i = (q[-1], si) if q else (None, -10)
            continue
        # the quotation that this sentence sits in, if any (quotations do not overlap: bisect)
        k = bisect.bisect_right(q_starts, ss + 2)
        qspan = quotes[k - 1] if k > 0 and quotes[k - 1][1] >= se - 2 else None
        starts_quote = any(qs == ss for qs, _qe in quotes)
        src = _quotation_source(qspan, by_attr_start, att_starts) if qspan is not None else None
        if src is None and last_quoted is not None and si - last_i == 1:
            lq_lo, lq_hi = last_quoted.att.claim_start or 0, last_quoted.att.claim_end or 0
            same_quote = qspan is not None and lq_lo < qspan[1] and qspan[0] < lq_hi
            if starts_quote or same_quote:
                src = last_quoted
        if src is None:
            last_quoted, last_i = None, -10
            continue
        lo, hi = _clip_paragraph(text, ss, se, ss)
        while lo < hi and text[lo] in _QUOTE_OPEN + _TRIM:
            lo += 1
        while hi > lo and text[hi - 1] in _TRIM + _QUOTE_CLOSE:
            hi -= 1
        att = Attribution(src.att.span, src.att.cue, src.att.claimant_id, src.att.claimant_name, lo, hi)
        c = _Claim(att, si, src.person, True)
        out.append(c)
        last_quoted, last_i = c, si
    return out
