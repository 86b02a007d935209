"""Where another speaker takes the word inside a claim ("eight died, while the rebels claimed thirty",
"eight died; the rebels said thirty"): the claim stops there (:func:`_other_speaker`,
:func:`_speaker_after_semicolon`, :func:`_semicolon_between`)."""
from __future__ import annotations

from typing import Any

from sitrep.nlp.attribution.cues import _is_cue
from sitrep.nlp.attribution.subject import _subject


def _other_speaker(clause: Any, cue: Any) -> int:
    """The token index where a clause inside the claim gives another speaker the word ("eight died, *while the rebels
    claimed thirty*"): the claim stops there (the end of ``clause`` when no other speaker)."""
    end = clause.right_edge.i + 1
    for t in clause.subtree:
        if t.i > clause.i and t is not cue and t.dep_ in ("advcl", "conj", "parataxis") and _is_cue(t) \
                and _subject(t) is not None:
            end = min(end, t.left_edge.i)
    return end


def _semicolon_between(doc: Any, i: int, j: int) -> bool:
    """A semicolon among the tokens strictly between ``i`` and ``j``."""
    return any(doc[k].text == ";" for k in range(i + 1, j))


def _speaker_after_semicolon(doc: Any, clause: Any, cue: Any) -> int:
    """The token index of a semicolon inside the claim ``clause`` after which another speaker takes the word ("eight
    died; the rebels said thirty", however the parser hung the second "said"): the claim stops there (the end of
    ``clause`` when there is none). A semicolon with no speech verb of its own subject after it ("eight died; ten were
    hurt") leaves the claim whole."""
    end = clause.right_edge.i + 1
    semis = [k for k in range(max(clause.left_edge.i, cue.i + 1), end) if doc[k].text == ";"]
    for k in semis:
        if any(_is_cue(t) and t is not cue and (subj := _subject(t)) is not None and subj.i > k
               for t in doc[k + 1:end]):
            return k
    return end
