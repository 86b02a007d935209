"""Whom a pronoun claimant names: "he/she added" the last person who spoke, "It added" / "They also said"
the one organisation that spoke in the sentence before; none otherwise (:func:`_pronoun_claim`)."""
from __future__ import annotations

from typing import Any, Optional

from sitrep.nlp.attribution.claim import _Claim
from sitrep.nlp.attribution.scan import _Scan


_PRONOUNS_PERSON = {"he", "she"}
_PRONOUNS_ORG = {"it", "they"}  # only right after an organisation's claim, and only sentence-initially


def _pronoun_claim(scan: _Scan, sent: Any, si: int, subj: Any, claims: list[_Claim], s: int, e: int,
                   cue_text: str, c_lo: int, c_hi: int) -> Optional[_Claim]:
    """A pronoun's claimant, else None: "he/she added" the last person claimant, at most three sentences back
    and with no other person named since; "It added ..." / "They also said ..." the one organisation that spoke
    in the sentence before, when the pronoun opens the sentence and agrees in number."""
    if subj.lower_ in _PRONOUNS_PERSON:
        prev = next((c for c in reversed(claims) if c.person), None)
        if prev is None or si - prev.sent_i > 3:
            return None
        if scan.person_between(prev.att.span.end, s, prev.att.claimant_id):
            return None
        att = scan.attribution(s, e, cue_text, prev.att.claimant_id, prev.att.claimant_name, c_lo, c_hi)
        return _Claim(att, si, True, scan.has_quote(c_lo, c_hi))
    prev_claims = [c for c in claims if c.sent_i == si - 1 and c.att.claimant_id]
    if subj.i != sent.start + (1 if sent[0].is_punct or sent[0].is_space else 0) and subj.i != sent.start:
        return None
    if len({c.att.claimant_id for c in prev_claims}) != 1:
        return None
    prev = prev_claims[-1]
    if prev.person or prev.plural != (subj.lower_ == "they"):
        return None
    att = scan.attribution(s, e, cue_text, prev.att.claimant_id, prev.att.claimant_name, c_lo, c_hi)
    return _Claim(att, si, False, scan.has_quote(c_lo, c_hi), prev.plural)
