"""The claim of a speech cue: its claimant phrase, the words it claims, and whom the claimant names (a pronoun
or a named phrase: :func:`_cue_claim`)."""
from __future__ import annotations

from typing import Any, Optional

from sitrep.nlp.attribution.claim import _Claim
from sitrep.nlp.attribution.claim_range import _claim_range
from sitrep.nlp.attribution.claimant_phrase import _line_start_token, _phrase_bounds, _subject_start
from sitrep.nlp.attribution.cue_subject import _cue_subject
from sitrep.nlp.attribution.cue_words import _cue_words
from sitrep.nlp.attribution.named_claim import _named_claim
from sitrep.nlp.attribution.paragraph import _clip_paragraph
from sitrep.nlp.attribution.pronoun_claim import _PRONOUNS_ORG, _PRONOUNS_PERSON, _pronoun_claim
from sitrep.nlp.attribution.scan import _Scan
from sitrep.nlp.attribution.trim import _trim
from sitrep.nlp.attribution.words import _char_range, _text


def _cue_claim(scan: _Scan, sent: Any, si: int, cue: Any, claims: list[_Claim],
               found_here: list[_Claim]) -> Optional[_Claim]:
    """The claim of a speech cue: its claimant phrase (:func:`_cue_subject`), the words it claims (what follows
    the cue, for a borrowed subject; none when the cue ends the text), and whom the claimant names: a pronoun
    the speaker before it (:func:`_pronoun_claim`), else the resolved phrase (:func:`_named_claim`)."""
    doc = scan.doc
    found = _cue_subject(cue)
    if found is None:
        return None
    subj, inherited = found
    i, j = _phrase_bounds(subj)
    i = min(i, _subject_start(subj))
    i = _line_start_token(doc, i, subj.i)
    s, e = _char_range(doc, i, j)
    cue_text, cue_last = _cue_words(doc, cue)
    attr_lo = min(i, cue.i) if not inherited else cue.i
    attr_hi = max(j, cue_last + 1)
    if inherited:  # "... and accused the Turks of failing": the claim is what follows the cue
        if cue_last + 1 >= len(doc):
            return None  # the cue ends the text: nothing is claimed
        c_lo, c_hi = _trim(doc, cue_last + 1, min(len(doc), max(cue.right_edge.i + 1, cue_last + 2)))
    else:
        c_lo, c_hi = _claim_range(doc, sent, cue, attr_lo, attr_hi)
    c_lo, c_hi = _clip_paragraph(_text(doc), c_lo, c_hi, s)
    if subj.lower_ in _PRONOUNS_PERSON or subj.lower_ in _PRONOUNS_ORG:
        return _pronoun_claim(scan, sent, si, subj, claims, s, e, cue_text, c_lo, c_hi)
    return _named_claim(scan, si, subj, claims, found_here, s, e, cue_text, c_lo, c_hi)
