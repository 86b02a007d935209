"""Who strikes a mine is its victim (issue 16, branch attackers25).

"Four people were killed when their minibus struck a roadside bomb", "An army truck hit a landmine", "a bus ran over a
mine", "a soldier stepped on a mine": the vehicle or person that set the device off is what it struck, not who laid
it. ACLED codes the one who planted the device as actor1 (often unnamed); the subject of such a verb is the victim.
"""
from __future__ import annotations

# devices set off by whoever meets them (the ontology's landmine/IED nouns)
DEVICE_NOUNS = frozenset({"bomb", "mine", "landmine", "ied", "explosive", "device"})
# verbs whose object is the device met ("struck a bomb", "hit a mine")
MEET_VERBS = frozenset({"strike", "hit"})  # (not "trigger": "Maoists triggered an IED" set it off)
# verbs whose "over"/"on"/"into" phrase is the device met ("ran over a mine", "stepped on a landmine")
MEET_MOTION = frozenset({"run", "drive", "step", "roll", "tread"})


def struck_device(v, trig) -> bool:  # type: ignore[no-untyped-def]
    """``v``, the verb whose subject is read, tells that subject meeting the device ``trig`` names."""
    if trig.lemma_.lower() not in DEVICE_NOUNS:
        return False
    lem = v.lemma_.lower()
    if trig.dep_ == "dobj" and trig.head.i == v.i:
        return lem in MEET_VERBS
    return (trig.dep_ == "pobj" and trig.head.dep_ == "prep" and trig.head.lower_ in ("over", "on", "into")
            and trig.head.head.i == v.i and lem in MEET_MOTION)
