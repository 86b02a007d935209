"""Shells that are a gun's spent cartridges, no shelling (issue 16, branch tolls19).

Police reports of shootings list what they found at the scene: "Recovered from the scene were the revolver, three
empty shells and 12 sachets", "Investigators recovered 23 empty shells for a 5.56mm rifle", "14 spent shells", "shell
casings", "shotgun shells". The trigger layer reads the noun "shell" as ACLED's Shelling/artillery/missile attack; here
it names the cases of rounds fired by a gun, no event. :func:`spent_shells` tells it from its own words: a modifier
of ``spent_case_words`` ("empty", "spent", "used"), a following "casings"/"cases", or a gun of ``small_arm_words``
beside it ("shotgun shells", "shells for a rifle", "shells of a pistol"); the cue lists are
``data/event_sense_cues.tsv``.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue

__all__ = ["spent_shells"]


def spent_shells(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is the noun "shell(s)" told as a gun's cartridge cases (module docstring)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() != "shell":
        return False
    cases, arms = sense_cue("spent_case_words"), sense_cue("small_arm_words")
    if any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in cases | arms for c in tok.children):
        return True  # "empty shells", "spent shells", "shotgun shells"
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in cases:
        return True  # "shell casings"
    return any(c.dep_ == "prep" and c.lower_ in ("for", "of", "from")
               and any(g.lemma_.lower() in arms for p in c.children if p.dep_ == "pobj" for g in p.subtree)
               for c in tok.children)  # "shells for a 5.56mm rifle"
