"""Which verb is a speech cue: a verb of speech of ``data/speech_cues.tsv`` (:func:`speech_cues`), or a verb
that gives a tally its number (:func:`_is_cue`)."""
from __future__ import annotations

import functools
from typing import Any

from sitrep.nlp.actor_lexicon import _read_tsv
from sitrep.nlp.attribution.tally import _TALLY_VERBS, tally_put, tally_revised


@functools.lru_cache(maxsize=1)
def speech_cues() -> dict[str, str]:
    """Cue lemma -> kind (say, claim, deny, accuse, report, quote, prep)."""
    return {r["cue"]: r["kind"] for r in _read_tsv("speech_cues.tsv")}


def _is_cue(tok: Any) -> bool:
    if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in _TALLY_VERBS:
        return tally_put(tok)
    if tok.pos_ in ("VERB", "AUX") and tally_revised(tok):
        return True
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in speech_cues() and speech_cues()[tok.lemma_.lower()] != "prep"
