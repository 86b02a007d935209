"""The claims of "according to X (and Y)": each conjunct of its object is a claimant, the source of a
document ("according to a statement from the ministry") the ministry (:func:`_according_to_claims`)."""
from __future__ import annotations

from typing import Any

from sitrep.nlp.attribution.claim import _Claim
from sitrep.nlp.attribution.claim_range import _claim_range
from sitrep.nlp.attribution.claimant_phrase import _line_start_token, _phrase_bounds
from sitrep.nlp.attribution.paragraph import _clip_paragraph
from sitrep.nlp.attribution.scan import _Scan
from sitrep.nlp.attribution.words import _char_range, _text


_DOCUMENTS = {"statement", "report", "tally", "figure", "data", "estimate", "count", "toll", "source",
              "communique", "release", "tweet", "post", "update", "assessment", "survey", "document"}


def _according_to_claims(scan: _Scan, sent: Any, si: int, tok: Any) -> list[_Claim]:
    """ "according to X (and Y)": each conjunct of the object is a claimant (the source of a document: "according
    to a statement from the ministry": the ministry), all of one claim; none when "to" has no object."""
    doc = scan.doc
    to = doc[tok.i + 1]
    objs = [c for c in to.children if c.dep_ == "pobj"]
    if not objs:
        return []
    first = objs[0]
    if first.lemma_.lower() in _DOCUMENTS:  # "according to a statement from the ministry"
        src = [g for c in first.children if c.dep_ == "prep" and c.lower_ in ("from", "by", "of")
               for g in c.children if g.dep_ == "pobj"]
        if src:
            first = src[0]
    # "according to the Observatory and Al Watan newspaper": each conjunct is a claimant,
    # wherever the parser hung the conjunction inside the first phrase
    conj = [t for t in first.subtree if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")]
    ccs = [t.i for t in first.subtree if t.dep_ == "cc" and t.i > first.i]
    heads = [first] + conj
    lo_tok = tok.i
    hi_tok = first.right_edge.i + 1
    c_lo, c_hi = _claim_range(doc, sent, tok, lo_tok, hi_tok)
    c_lo, c_hi = _clip_paragraph(_text(doc), c_lo, c_hi, tok.idx)
    out: list[_Claim] = []
    for h in heads:
        i, j = _phrase_bounds(h)
        if h is first and ccs:
            j = min(j, ccs[0])
        elif h is not first:
            i = max(i, (ccs[0] + 1) if ccs else i)
        i = _line_start_token(doc, i, h.i)
        s, e = _char_range(doc, i, j)
        eid, name, person = scan.rv.resolve(h, s, e)
        att = scan.attribution(s, e, "according to", eid, name, c_lo, c_hi)
        out.append(_Claim(att, si, person, scan.has_quote(c_lo, c_hi)))
    return out
