"""An ordered deed whose result the sentence tells is done (issue 16, branch ``attackers31``).

"A senior police officer ordered his men to open fire on protesters ..., killing three people": the deed sits under
"ordered" (an xcomp: the head's reading is a plan, "planned"), but the participle of killing hung on it tells what
the deed did, with its count of dead. Such a deed is asserted, not planned, and keeps its toll. Only the infinitive
an order verb asks for (order, command, tell, instruct, direct), only with a participle of a killing verb (kill, wound, injure, leave) whose own words hold a count of the dead or hurt:
"ordered his men to attack the village" with no result stays planned.
"""
from __future__ import annotations

from sitrep.model import Figure

__all__ = ["ordered_result_told"]

_ORDER_VERBS = frozenset({"order", "command", "tell", "instruct", "direct"})
_RESULT_VERBS = frozenset({"kill", "wound", "injure", "leave"})
_HARM_WHAT = frozenset({"killed", "dead", "deaths", "death", "fatalities", "killed_or_wounded", "wounded", "injured"})


def ordered_result_told(trig, figs: list[Figure]) -> bool:  # type: ignore[no-untyped-def]
    """``trig`` (or the verb it is the object of: "open fire") is the infinitive an order verb asks for, and a
    participle of killing hung on it holds a count of the dead or hurt among ``figs``."""
    verb = trig if trig.dep_ == "xcomp" else trig.head if trig.dep_ in ("dobj", "compound") else None
    if verb is None or verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _ORDER_VERBS:
        return False
    for p in verb.children:
        if p.dep_ == "advcl" and p.tag_ == "VBG" and p.lemma_.lower() in _RESULT_VERBS:
            lo, hi = p.idx, p.right_edge.idx + len(p.right_edge.text)
            if any(f.what in _HARM_WHAT and lo <= f.span.start and f.span.end <= hi for f in figs):
                return True
    return False
