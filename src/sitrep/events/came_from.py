"""Where the doers came from is not where they struck: "Insurgents who had moved south from Mocimboa attacked Macomia",
"Fighters who crossed from Mali raided the village" (issue 14 item 4, places38). One decision: whether a place mention
is the "from" phrase of a relative or participle clause of coming ("who had moved from X", "arriving from X") on the
subject of a deed's verb; then ``events.place.PlaceScene.located`` leaves it out of the places that may say where an
event is, for that deed and for the next sentences' events that would take it as the paragraph's town; so is the
"from" phrase of a verb of sending ("The army sent troops from Kaya to reinforce the town"). Not a verb of
fleeing ("Residents who fled from X said the town was shelled": X may be the scene), nor the subject of a speech verb."""
from __future__ import annotations

from typing import Any

from sitrep.events.roles import lemma

# verbs of coming or advancing whose "from" phrase is where the movers set out
COMING_VERBS = frozenset({"move", "come", "cross", "arrive", "travel", "ride", "drive", "sail", "advance",
                          "infiltrate", "sweep", "head", "march", "push", "return", "descend", "slip", "walk"})
_SPEECH = frozenset({"say", "tell", "report", "describe", "recount", "recall", "claim"})


# verbs of sending forces or people somewhere: "sent troops from X", "deployed soldiers from X to the town", "flew
# reinforcements from X": X is where they set out, the act (reinforcing, deploying) happens where they go
SENDING_VERBS = frozenset({"send", "deploy", "dispatch", "redeploy", "fly", "airlift", "rush", "move", "transfer",
                           "bring", "reinforce"})
# a unit's kind word after the name ("from the Middle Shabelle region"): the phrase hangs on the kind word
_UNIT_WORDS = frozenset({"region", "province", "state", "district", "county", "area", "governorate", "territory"})


def doers_origin(doc: Any, ts: list[int]) -> bool:
    """The mention ``ts`` hangs on "from" in a clause of coming whose noun is the subject of a verb that is no
    speech verb, or on "from" after a verb of sending or its object ("sent troops from X")."""
    head = doc[ts[-1]]
    tset = set(ts)
    while head.dep_ in ("compound", "flat") and head.head.i in tset and head.head.i != head.i:
        head = head.head
    if head.dep_ == "compound" and head.head.lower_ in _UNIT_WORDS:
        head = head.head  # "from the Middle Shabelle region"
    if head.dep_ != "pobj" or head.head.lower_ != "from":
        return False
    verb = head.head.head
    if sent_from(verb):
        return True
    if verb.dep_ == "advmod" and verb.pos_ == "ADV":
        verb = verb.head  # "who had moved south from X": the phrase hangs on the bearing
    if verb.pos_ != "VERB" or verb.dep_ not in ("relcl", "acl") or lemma(verb) not in COMING_VERBS:
        return False
    doers = verb.head
    return doers.dep_ in ("nsubj", "nsubjpass") and doers.head.pos_ == "VERB" and lemma(doers.head) not in _SPEECH


def sent_from(tok: Any) -> bool:
    """``tok``, what a "from" phrase hangs on, is a verb of sending or its object ("sent troops from X", "deployed
    from X"): the phrase says where the forces set out, not where the act happened."""
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj":
        tok = tok.head
    return tok.pos_ == "VERB" and lemma(tok) in SENDING_VERBS


# verbs of a journey with both ends named ("a bus travelling from X to Y overturned", "hauling feed from X to Y",
# "carrying 42 passengers from X to Y"): neither end is where the vehicle crashed or was attacked on the way
JOURNEY_VERBS = frozenset({"travel", "carry", "haul", "transport", "ferry", "ply", "head", "journey", "shuttle"})
_JOURNEY_PREPS = frozenset({"from", "to"})
_PAIR_GAP = 6  # tokens between "from" and "to" at most ("from the port city of X to Y")


def journey_end(doc: Any, ts: list[int]) -> bool:
    """The mention ``ts`` is one end of a journey ("from X to Y") that a verb of ``JOURNEY_VERBS`` governs: where the
    travellers set out or were going, not where the deed happened on the way (issue 14, places44)."""
    head = doc[ts[-1]]
    tset = set(ts)
    while head.dep_ in ("compound", "flat") and head.head.i in tset and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ not in _JOURNEY_PREPS:
        return False
    prep = head.head
    # the other end: "to" after a "from", or "from" before a "to", in the same few tokens
    if prep.lower_ == "to":
        pair = any(doc[k].lower_ == "from" for k in range(max(prep.i - _PAIR_GAP, 0), prep.i))
    else:
        pair = any(doc[k].lower_ == "to" for k in range(head.i + 1, min(head.i + _PAIR_GAP, len(doc))))
    if not pair:
        return False
    tok = prep.head
    for _ in range(3):  # "carrying 42 passengers from X": the phrase hangs on the cargo, the cargo on the verb
        if tok.pos_ == "VERB":
            return lemma(tok) in JOURNEY_VERBS
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
