"""A named group's claim of "the attack" in the sentence next door names the attacker the event left unnamed."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.events.roles import ActorFinder
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention


# "X claimed responsibility for the attack", "X has claimed the bombing": the claim of a deed told in the next or the
# previous sentence
_CLAIMS = re.compile(r"^[\s,]*(?:\w+\s+){0,2}?(?:has\s+|have\s+|had\s+)?claim(?:ed|s)?\b", re.I)
# "the attack", "this bombing", "Friday's attack"; not "that massacre": a distal demonstrative points past the deed
# just told ("... similar to the bombings in Paris. ISIS claimed that massacre")
_DEFINITE = re.compile(r"\b(?:the|this|these|its|their|yesterday's|\w+day's)\s+(?:\w+\s+){0,2}$", re.I)
# a claim denied or not yet made names nobody: "X has not claimed the attack", "no group has claimed the bombing"
_NEGATED = re.compile(r"\b(?:not|never|no|denied|denies|deny|yet to)\b", re.I)
# generic attacker nouns that a claim names: "a suicide bomber", "gunmen", "attackers"
GENERIC_ATTACKERS = frozenset({"gunman", "bomber", "attacker", "assailant", "militant", "shooter", "sniper",
                               "assassin", "man", "group"})


def _generic_attacker(ref: Optional[ActorRef]) -> bool:
    if ref is None:
        return True
    if ref.entity_id.endswith("_UNIDENT"):
        return True
    if not ref.entity_id.startswith("x:"):
        return False
    last = ref.name.lower().split()[-1] if ref.name.split() else ""
    last = last[:-3] + "man" if last.endswith("men") else last.rstrip("s")
    return last in GENERIC_ATTACKERS


def credit_claims(events: list[EventMention], finder: ActorFinder, text: str) -> None:
    """A named armed group that claims "the attack" in the sentence before or after a violent event whose attacker
    the text leaves unnamed ("A suicide bomber killed 20 ... . The Taliban claimed responsibility for the attack.")
    becomes that event's actor1 (confidence 0.6, its evidence the group's name in the claim; the generic phrase
    stays in the event's sentence). Only adjacent sentences, only a claim of a definite deed ("the attack", "this
    bombing") of the same kind as the event (or a plain "attack"), only an unnamed attacker: a named one is never
    replaced; never a claim denied or not made ("X has not claimed the attack")."""
    claims = []
    for c in events:
        a = c.actor1
        if a is None or a.span is None or c.trigger is None or c.event_type not in VIOLENT_EVENT_TYPES \
                or not finder.named_group(a) or not (a.span.end <= c.trigger.start):
            continue
        between = text[a.span.end:c.trigger.start]
        if _CLAIMS.match(between) and _DEFINITE.search(between) and not _NEGATED.search(between):
            claims.append(c)
    for c in claims:
        for e in events:
            if e is c or e.event_type not in VIOLENT_EVENT_TYPES or not _generic_attacker(e.actor1):
                continue
            if c.event_type != e.event_type and c.trigger.text.lower().rstrip("s") not in ("attack", "assault"):
                continue  # "claimed that massacre" after a bombing: another deed, maybe another incident
            if e.sentence.start == c.sentence.start:
                continue  # the claim's own sentence tells its own deed
            lo, hi = sorted([(e.sentence.start, e.sentence.end), (c.sentence.start, c.sentence.end)])
            if hi[0] < lo[1] or text[lo[1]:hi[0]].strip():
                continue  # not the sentence just before or just after
            g = c.actor1
            assert g is not None
            e.actor1 = ActorRef(g.entity_id, g.name, g.span, "primary", 0.6)

