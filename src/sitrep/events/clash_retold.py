"""A protest's clashes with police, told again, are the protest's (issue 11; duplicated records).

"Police fired tear gas to keep teachers from reaching the square ..." and, two paragraphs on, "Wednesday's clashes
with police showed that the government was not willing to listen": the second telling names no crowd in its own
clause, so the clause reading makes it an Armed clash of someone unnamed with the police, a second event beside
the protest it retells. :func:`police_clash_retold` reads an Armed clash told by a word of a fight between two
sides (ontology cue ``crowd_clash_verbs``: "clashes", "scuffles", "fight"), whose one named side is a state
force and the other unnamed, with no armed group and no firearm named in its sentence (cues ``crowd_clash_armed``,
``firearm_words``). The protest fold (:mod:`sitrep.events.protest_fold`) folds it into a protest or riot
met with force, or a riot, told at its place and on its day; a peaceful protest never takes it.
"""
from __future__ import annotations

import re

from sitrep.model import EventMention

__all__ = ["police_clash_retold"]


def _stems(words) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    return tuple(w[:-1] if w.endswith("e") else w for w in words)


def police_clash_retold(m: EventMention) -> bool:
    """``m`` is a fight of no one named with a state force (module docstring)."""
    from sitrep.events.merge_doers import doer_kind
    from sitrep.events.ontology import load_ontology

    if m.sub_event_type != "Armed clash" or m.trigger is None or m.actor1 is not None:
        return False
    if m.actor2 is None or doer_kind(m.actor2) != "state":
        return False
    onto = load_ontology()
    if not m.trigger.text.lower().startswith(_stems(onto.cue("crowd_clash_verbs"))):
        return False
    words = {w.lower() for w in re.findall(r"[\w-]+", m.sentence.text)}
    armed = onto.cue("crowd_clash_armed") | onto.cue("firearm_words")
    return not any(w in armed or w.rstrip("s") in armed for w in words)
