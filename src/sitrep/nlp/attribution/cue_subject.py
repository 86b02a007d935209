"""Which word is a speech cue's claimant: its subject, a cut-off speaker's name, the subject borrowed from the
verb it is a conjunct of; none for a participle of another cue, a pronoun naming nobody or a passive
(:func:`_cue_subject`, :func:`_named_speaker`)."""
from __future__ import annotations

from typing import Any, Optional

from sitrep.nlp.attribution.cues import _is_cue
from sitrep.nlp.attribution.pronoun_claim import _PRONOUNS_ORG, _PRONOUNS_PERSON
from sitrep.nlp.attribution.subject import _subject
from sitrep.nlp.cut_speakers import cut_off_speaker


_PRONOUNS_SKIP = {"we", "i", "you", "this", "that", "who", "which", "these", "those"}


def _named_speaker(head: Any) -> Optional[Any]:
    """The person named in apposition to a cut-off speaker's title ("a police spokesman, Peter Wafula"), else the
    title itself: one speaker is one claimant, under the name his later reports give him."""
    if head is None:
        return None
    return next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), head)


def _cue_subject(cue: Any) -> Optional[tuple[Any, bool]]:
    """The claimant word of a speech cue and whether it is borrowed from the verb the cue is a conjunct of
    ("Russia hit back and accused ..."); None when the cue names no claimant: a participle hanging from another
    cue ("SANA reported ..., saying ..."), a pronoun that names nobody ("we", "someone"),
    a passive ("it was reported")."""
    subj = _subject(cue) or _named_speaker(cut_off_speaker(cue))  # "..., a police spokesman, Peter Wafula, said"
    inherited = False
    if subj is None and cue.dep_ == "conj" and _subject(cue.head) is not None:
        subj, inherited = _subject(cue.head), True  # "Russia hit back and accused ..."
    elif subj is None and cue.dep_ in ("advcl", "pcomp", "xcomp") and cue.tag_ == "VBG":
        base = cue.head if cue.dep_ != "pcomp" else cue.head.head
        if _is_cue(base):  # "SANA reported ..., saying ..." / "quoted ... as saying"
            return None
    if subj is None or subj.lower_ in _PRONOUNS_SKIP:
        return None
    if subj.pos_ in ("PRON", "DET", "NUM") and subj.lower_ not in _PRONOUNS_PERSON | _PRONOUNS_ORG:
        return None  # "nobody warned", "someone said", "one said": no claimant to name
    if cue.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in cue.children):
        return None  # "it was reported"
    return subj, inherited
