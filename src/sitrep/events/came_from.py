"""Where the doers came from is not where they struck: "Insurgents who had moved south from Mocimboa attacked Macomia",
"Fighters who crossed from Mali raided the village" (issue 14 item 4, places38). One decision: whether a place mention
is the "from" phrase of a relative or participle clause of coming ("who had moved from X", "arriving from X") on the
subject of a deed's verb; then ``events.place.PlaceScene.located`` leaves it out of the places that may say where an
event is, for that deed and for the next sentences' events that would take it as the paragraph's town. Not a verb of
fleeing ("Residents who fled from X said the town was shelled": X may be the scene), nor the subject of a speech verb."""
from __future__ import annotations

from typing import Any

from sitrep.events.roles import lemma

# verbs of coming or advancing whose "from" phrase is where the movers set out
COMING_VERBS = frozenset({"move", "come", "cross", "arrive", "travel", "ride", "drive", "sail", "advance",
                          "infiltrate", "sweep", "head", "march", "push", "return", "descend", "slip", "walk"})
_SPEECH = frozenset({"say", "tell", "report", "describe", "recount", "recall", "claim"})


def doers_origin(doc: Any, ts: list[int]) -> bool:
    """The mention ``ts`` hangs on "from" in a clause of coming whose noun is the subject of a verb that is no
    speech verb."""
    head = doc[ts[-1]]
    tset = set(ts)
    while head.dep_ in ("compound", "flat") and head.head.i in tset and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ != "from":
        return False
    verb = head.head.head
    if verb.dep_ == "advmod" and verb.pos_ == "ADV":
        verb = verb.head  # "who had moved south from X": the phrase hangs on the bearing
    if verb.pos_ != "VERB" or verb.dep_ not in ("relcl", "acl") or lemma(verb) not in COMING_VERBS:
        return False
    doers = verb.head
    return doers.dep_ in ("nsubj", "nsubjpass") and doers.head.pos_ == "VERB" and lemma(doers.head) not in _SPEECH
