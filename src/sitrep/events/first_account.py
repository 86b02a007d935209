"""A deed told only as a first account that the report then corrects.

"Residents at first believed the grove had come under artillery fire, but a civil defence team found the crater of
a buried mine", "Officers first reported that a mortar shell had struck the house, but a police official later
said pieces of a drone were found": the shelling is what someone first took the blast for; the report goes on to
say what it was (ACLED codes the event as the corrected account tells it). The deed under such a first account is
no event of its own (its blast is told by the sentence before, with its true weapon).

A first account: the trigger's clause is the complement of a verb of saying or believing (cue
``first_account_verbs``) that "first", "initially", "originally" or "at first" modifies (cue
``first_account_adverbs``), and the same verb is followed in its sentence by a correction: a clause joined by
"but" or a "later" (cue ``correction_words``). A first account with no correction ("police initially said two
people died") is left as it is.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import climb_to

_EMBED = frozenset({"ccomp", "xcomp"})


def _first_marked(verb) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` carries "first", "initially", "originally" or "at first"."""
    words = sense_cue("first_account_adverbs")
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in words:
            return True
        if c.dep_ == "prep" and c.lower_ == "at" and any(o.lower_ in words for o in c.children):
            return True  # "at first" ("first" its object, or an advmod under "at")
    return False


def first_account(trig) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``trig`` is told only as what someone first said or believed, corrected later in its sentence."""
    cur = climb_to(trig, _EMBED, 3, lambda v: v.pos_ in ("VERB", "AUX")
                   and v.lemma_.lower() in sense_cue("first_account_verbs"))
    if cur is None or not _first_marked(cur):
        return False
    fixes = sense_cue("correction_words")
    return any(t.i > trig.i and t.lower_ in fixes for t in cur.sent)
