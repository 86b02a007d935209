"""A takeover told as met by no fight in the sentence before it: "An armed group withdrew its fighters and handed its
checkpoints to interior ministry forces. No shots were fired. ... police units took over the checkpoints within
hours": the police's takeover is a non-violent transfer of territory (ACLED), not the government regaining ground by
force. The subtype rule ``peaceful_takeover`` reads the takeover's own sentence; a denial of any fighting ("no shots
were fired", "there was no resistance", "no fighting was reported") told in the sentence just before (the last
of the paragraph before counts: a lead's closing line) or in its own sentence, counts as well (cue ``unopposed_nouns``: the nouns such a denial names)."""
from __future__ import annotations

from sitrep.events.cues import sense_cue

_NO = frozenset({"no", "without"})


def _fight_denied(sent) -> bool:  # type: ignore[no-untyped-def]
    nouns = sense_cue("unopposed_nouns")
    for t in sent:
        if t.lemma_.lower() not in nouns or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(c.dep_ in ("det", "neg") and c.lower_ in _NO for c in t.children):
            return True  # "no shots were fired", "no resistance"
        if t.dep_ == "pobj" and t.head.lower_ == "without":
            return True  # "without a shot", "without resistance"
    return False


def told_unopposed(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok``'s sentence, or the sentence just before it, denies any fighting."""
    sent = tok.sent
    if _fight_denied(sent):
        return True
    if sent.start == 0:
        return False
    return _fight_denied(tok.doc[sent.start - 1].sent)
