"""Old or found ordnance destroyed on purpose, no explosion attack (branch precision16, quiet_reports10).

Demining and bomb-disposal news tells explosions that harm no one: "a team blew up a pile of 400 bomblets with a
controlled charge", "army engineers detonated 300 unexploded mortar shells", "deminers destroyed 52 old landmines".
The trigger layer reads "blew up" / "detonated" as ACLED's Remote explosive/landmine/IED. :func:`ordnance_cleared`
tells such a clearance from its own words: a verb of ``clearing_verbs`` whose patient (its object or passive subject,
or the "of" object of a heap: "a pile of bomblets") is a word of ``cleared_ordnance``, and the clause marks it as a
clearance: the ordnance is old, unexploded or found (``clearance_marks`` on the patient), the blast is "controlled"
(a ``clearance_marks`` word on a noun of the clause), or the doer is a deminer or a disposal team
(``clearance_doers``). "Militants detonated a bomb near the market" has none of these marks and stays an attack.
The cue lists are ``data/event_sense_cues.tsv``.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import child

__all__ = ["ordnance_cleared"]

_HEAPS = frozenset({"pile", "heap", "cache", "stockpile", "batch", "stack", "load", "collection"})


def _lem(tok) -> str:  # type: ignore[no-untyped-def]
    return tok.lemma_.lower()


def _ordnance(verb):  # type: ignore[no-untyped-def]
    """The ordnance noun the verb acts on ("blew up 300 shells", "a pile of 400 bomblets"), or None."""
    obj = child(verb, "dobj", "nsubjpass")
    if obj is not None and _lem(obj) in _HEAPS:
        obj = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"), None)
    return obj if obj is not None and _lem(obj) in sense_cue("cleared_ordnance") else None


def _marked(tok) -> bool:  # type: ignore[no-untyped-def]
    marks = sense_cue("clearance_marks")
    return any(c.dep_ in ("amod", "compound") and (_lem(c) in marks or c.lower_ in marks) for c in tok.children)


def ordnance_cleared(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a verb of blowing up ordnance that the clause tells as a clearance, or the ordnance noun it acts
    on ("detonated 300 unexploded mortar shells": no shelling either) (module docstring)."""
    noun = tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "nsubjpass") and _lem(tok) in sense_cue("cleared_ordnance")
    verb = tok.head if noun else tok
    if verb.pos_ != "VERB" or _lem(verb) not in sense_cue("clearing_verbs"):
        return False
    obj = _ordnance(verb)
    # "unexploded mortar shells", "old landmines"; "with a controlled charge"; "deminers blew up ..."
    return obj is not None and (_marked(obj) or any(t.pos_ == "NOUN" and _marked(t) for t in verb.subtree
                                                     if t.i != obj.i) or _clearance_doer(verb))


def _clearance_doer(verb) -> bool:  # type: ignore[no-untyped-def]
    """The verb's doer (subject or "by" agent) is a word of ``clearance_doers`` or has one as a modifier."""
    doer = child(verb, "nsubj")
    if doer is None:
        agent = child(verb, "agent")
        doer = child(agent, "pobj") if agent is not None else None
    doers = sense_cue("clearance_doers")
    return doer is not None and (_lem(doer) in doers or any(
        c.dep_ == "compound" and _lem(c) in doers for c in doer.children))
