"""The attacked side's defence told after the attack is the same incident (issue 11; duplicated records).

"Militants attacked an army checkpoint ... killing five soldiers" and then "Troops returned fire and killed seven
of the attackers", "The army said it had repelled the attack", "Our troops held their ground and repulsed the
attackers": the second sentence tells the same fight from the other side, so its doer is the first one's victim
and the merge of restatements (:func:`sitrep.events.merge.same_incident`), which asks for the same doer, kept it
as a second event (ACLED codes one armed clash). :func:`defence_retold` reads such a mention: its words up to its
trigger tell a defence (repel, repulse, return fire, fire back, fight off, beat back), its doer is not the
attack's doer (a state force, "the army" too, the attack's victim, or no one named) and its victim is no one named, the attack's
doer, or the attackers told by a word that points back ("the attackers", "the assailants", "the insurgents").
The other tests of a restatement (type, date, place, modality, nearness) still hold.
"""
from __future__ import annotations

import re

from sitrep.model import ActorRef, EventMention

__all__ = ["defence_retold", "fights_the_doers"]

_DEFENCE = re.compile(r"\b(?:repel\w*|repuls\w*|return(?:ed|ing|s)?\s+fire|fir(?:ed|ing|es)\s+back|"
                      r"f(?:ought|ight|ighting)\s+off|beat(?:ing|s)?\s+back)\b", re.I)
# the attackers named again by a word of their deed or their kind, with "the" before it
_BACK = re.compile(r"\b(?:attackers?|assailants?|raiders?|insurgents?|militants?|gunmen|fighters?|rebels?|"
                   r"jihadists?|terrorists?)\b", re.I)


def _pointing_back(v: ActorRef) -> bool:
    return v.entity_id.startswith("x:") and bool(_BACK.search(v.name))


def fights_the_doers(b: EventMention) -> bool:
    """``b``'s other side is the doers of a deed told before, named again by a word that points back ("police
    exchanged fire with the attackers", "troops fought the gunmen"): ``b``'s doer fights them, so it is no doer of
    that deed, and the fight is no kind of it (a merge lends neither to a deed whose doer is unread)."""
    return b.actor2 is not None and b.actor2.span is not None and _pointing_back(b.actor2) \
        and b.actor2.span.text.lower().startswith("the ")


def _state(d: ActorRef) -> bool:
    """A state's forces: by the merge's reading, or a description with a word of the ontology cue ``state_words``
    ("the army", "the military")."""
    from sitrep.events.merge_doers import doer_kind
    from sitrep.events.ontology import load_ontology

    if doer_kind(d) == "state":
        return True
    words = load_ontology().cue("state_words")
    return d.entity_id.startswith("x:") and any(w.lower() in words for w in re.findall(r"[\w-]+", d.name))


def defence_retold(a: EventMention, b: EventMention) -> bool:
    """``b`` (later) tells the defence against ``a``'s attack (module docstring)."""
    from sitrep.events.merge_doers import doer_kind
    from sitrep.events.merge_tellings import same_actor

    t = b.trigger
    if t is None or a.actor1 is None or not _DEFENCE.search(b.sentence.text[:t.end - b.sentence.start]):
        return False
    d, v = b.actor1, b.actor2
    if d is not None and (same_actor(d, a.actor1) or not (
            (a.actor2 is not None and same_actor(d, a.actor2)) or _state(d))):
        return False
    return v is None or same_actor(v, a.actor1) or _pointing_back(v) or doer_kind(v) in ("armed", "")
