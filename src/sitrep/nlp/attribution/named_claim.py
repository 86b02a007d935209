"""Whom a named claimant phrase names: the actor it resolves to; a bare "the ministry added" the ministry that
spoke last (:func:`_named_claim`)."""
from __future__ import annotations

from typing import Any

from sitrep.nlp.actor_lexicon import MINISTRY_ROLES
from sitrep.nlp.attribution.claim import _Claim
from sitrep.nlp.attribution.scan import _Scan


def _named_claim(scan: _Scan, si: int, subj: Any, claims: list[_Claim], found_here: list[_Claim], s: int, e: int,
                 cue_text: str, c_lo: int, c_hi: int) -> _Claim:
    """The claim of a claimant phrase, resolved to an actor; a bare "the ministry added" is the ministry that
    spoke last, if one did."""
    eid, name, person = scan.rv.resolve(subj, s, e)
    if subj.lower_ == "ministry" and not any(t.pos_ in ("ADJ", "PROPN") for t in subj.lefts):
        # "the ministry added": the ministry that spoke last, if one did
        prev_min = next((c for c in reversed(claims + found_here) if c.att.claimant_id
                         and scan.rv.res.actors.get(c.att.claimant_id, {}).get("role") in MINISTRY_ROLES), None)
        if prev_min is not None:
            eid, name = prev_min.att.claimant_id, prev_min.att.claimant_name
    att = scan.attribution(s, e, cue_text, eid, name, c_lo, c_hi)
    return _Claim(att, si, person, scan.has_quote(c_lo, c_hi), subj.tag_ in ("NNS", "NNPS"))
