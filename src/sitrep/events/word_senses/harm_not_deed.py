"""A **killing or harm** that is no one's violent deed, and the wounded as people.

Decides: a killing by a storm or a disease ("the storm killed 18", cues ``killing_hazards``, ``storm_debris``); a
jailing that is a court's sentence; voters bombarded with adverts (``bombarded_things``); animals killed ("killed
cattle and goats", ``killed_animals``); harm by a fall ("killed when a tree fell on his car", ``falling_things``,
``hurt_verbs``); "its wounded" as people, no wounding. Evidence: data/event_sense_cues.tsv. Tests:
tests/test_events_word_senses.py, tests/test_quiet_precision8.py.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import child
from sitrep.events.word_senses.common import _lem


def _doer(verb):  # type: ignore[no-untyped-def]
    """Who or what does ``verb``: its subject, the "by" object of its passive, or for "which killed" the noun the
    relative clause describes."""
    subj = child(verb, "nsubj")
    if subj is None:
        agent = child(verb, "agent")
        subj = child(agent, "pobj") if agent is not None else None
    if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subj = verb.head
    return subj


def hazard_killed(tok) -> bool:  # type: ignore[no-untyped-def]
    """A verb of killing whose doer is a storm, a flood, an earthquake or a disease (cue ``killing_hazards``, on the
    doer or a noun before it: "Cyclone Idai"): "the storm killed 18 people", "malaria, which killed 180,000 last
    year": deaths, but no violence (branch precision8, quiet_reports2 r07, r17); so is a wild animal ("a tiger
    attacked and killed a honey collector": a second verb with no subject of its own takes the first one's; branch
    precision13)."""
    if tok.pos_ != "VERB" or _lem(tok) not in sense_cue("hazard_killing_verbs"):
        return False
    doer = _doer(tok)
    if doer is None and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        doer = _doer(tok.head)  # "a tiger attacked and killed a honey collector": the first verb's doer
    if doer is None:
        return False
    hazards = sense_cue("killing_hazards")
    if _lem(doer) in sense_cue("storm_debris") and any(_lem(c) == "fall" for c in doer.children):
        return True  # "two people were killed by falling trees": an accident of weather
    return _lem(doer) in hazards or any(c.dep_ in ("compound", "amod") and _lem(c) in hazards for c in doer.children)


def sentenced(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "A court jailed a man for life", "was imprisoned for 30 years": a verb of jailing told as a court's sentence
    (a court or judge doing it, or a "for" phrase of life or of years), no arrest (branch precision8, r16)."""
    if tok.pos_ != "VERB" or _lem(tok) not in ("jail", "imprison"):
        return False
    doer = _doer(tok)
    if doer is not None and _lem(doer) in ("court", "judge", "tribunal", "magistrate"):
        return True
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ == "for":
            for o in p.children:
                if o.dep_ == "pobj" and (_lem(o) == "life" or (_lem(o) in ("year", "month") and any(
                        c.dep_ == "nummod" for c in o.children))):
                    return True
    return False


def bombarded_with_words(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "bombarding voters with adverts", "bombarded with questions": a verb of bombarding whose "with" object is a
    word of ``bombarded_things`` (messages, not shells; branch precision8, r18)."""
    if tok.pos_ != "VERB" or _lem(tok) not in ("bombard", "pelt", "barrage"):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "with" and any(
        o.dep_ == "pobj" and _lem(o) in sense_cue("bombarded_things") for o in p.children) for p in tok.children)


_POSSESSORS = frozenset({"'s", "’s", "its", "their", "our", "his", "her", "your"})


def the_wounded(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "medical care for its wounded", "the front's wounded": a participle of wounding right after a possessor, with
    no object, agent or noun after it, names people (the wounded), not a deed ("the wounded" after "the" is
    :func:`sitrep.events.triggers.find_triggers`' own check)."""
    if _lem(tok) not in ("wound", "injure") or tok.tag_ not in ("VBN", "VBD", "JJ", "NNS", "NN") or tok.i == 0:
        return False
    if tok.doc[tok.i - 1].lower_ not in _POSSESSORS:
        return False
    if any(c.dep_ in ("dobj", "agent", "nsubj") for c in tok.children):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


def animals_killed(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "killed cattle and goats", "slaughtered their livestock", "the killing of the herd": a verb or noun of
    ``animal_killing_words`` whose patient (and each patient coordinated with it) is a word of ``killed_animals``:
    animals killed are property lost, not people killed (a raid that also burns houses is a property destruction);
    so is a trade or a livelihood "killed" (``killed_things``: "fuel levies were killing small businesses", branch
    precision18, quiet_reports12 y15): words, no one killed."""
    if _lem(tok) not in sense_cue("animal_killing_words") and tok.lower_ not in sense_cue("animal_killing_words"):
        return False
    from sitrep.events.people_object import _patient

    if tok.pos_ in ("NOUN", "PROPN"):
        obj = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"), None)
    else:
        obj = _patient(tok)
    if obj is None:
        return False
    objs = [obj] + [c for c in obj.children if c.dep_ == "conj"]
    lost = sense_cue("killed_animals") | sense_cue("killed_things")
    return all(_lem(o) in lost or o.lower_ in lost for o in objs)


_HURT_VERBS = sense_cue("hurt_verbs")


def hurt_by_falling(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "A man was killed when a tree fell on his car", "a woman was slightly injured when a branch hit her car": a
    verb of harm whose "when" clause has a falling thing of a storm (cue ``falling_things``: tree, branch, rock ...)
    as its subject is an accident of weather, no violence (branch precision12: quiet_reports6 t09, quiet_reports5
    s11)."""
    if tok.pos_ != "VERB" or _lem(tok) not in _HURT_VERBS:
        return False
    return any(c.dep_ == "advcl" and any(m.lower_ == "when" for m in c.children) and any(
        s.dep_ == "nsubj" and _lem(s) in sense_cue("falling_things") for s in c.children) for c in tok.children)
