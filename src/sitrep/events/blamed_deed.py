"""A blame that names its deed in words ("officials blamed X for the raid", "blamed the attack on X") names the doer
of the incident told a few sentences before it, when that incident's doer is unnamed or only a side.

Wire copy tells the deed first and the blame last: "Gunmen killed three SDF fighters at a checkpoint ... . SDF
spokesman Y blamed the attack on Islamic State sleeper cells."; "Rebels attacked a police station ... . The minister
blamed the ELN for the assault." The blame is an ACCUSE event whose accused (actor2) is a named armed group; the
deed noun after it ("the raid", "the assault") often makes no event of its own, or one read as background, so
events/claims.credit_claims (which reads a deed event in the blame's sentence) and events/accusation (a pronoun or
no deed: "blamed X for it", "blamed X.") leave it. Here: the blamed group becomes actor1 (confidence 0.6, its
evidence the group's name) of the violent deeds told in the three sentences before the blame whose doer is unnamed
(none, "gunmen", an unidentified group) or only a side ("rebels", "Islamist militants"). Never a group denied or
negated, never past a sentence that opens another incident, never past a deed whose doer is named (another
incident), never the deed's own victim; a named doer is never replaced.
"""
from __future__ import annotations

import re

from sitrep.events.accusation import OPENS_ANOTHER, _DENIAL_BEFORE, _MEMBERS_OF, _sentence_ends
from sitrep.events.claims import _DEED_WORDS, claiming_group, unnamed_side
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention

__all__ = ["credit_blamed_deeds"]

_DEF = r"(?:the|this|these|its|their|\w+day's|\w+day’s)\s+(?:[\w-]+\s+){0,2}?"
# after the accused: its acronym ("(ELN)", ", or ELN,"), then "for the raid"
_FOR_DEED = re.compile(r"^(?:\s*\([A-Z][\w-]*\))?(?:,\s*or\s+[A-Z][\w-]*,)?\s+for\s+" + _DEF + _DEED_WORDS + r"\b")
# between the verb and the accused: "blamed the attack on (fighters of) X", "attributed the bombing to X"
_DEED_ON = re.compile(r"^\s+" + _DEF + _DEED_WORDS + r"\s+(?:on|to)\s+(?:the\s+)?"
                      r"(?:(?:[\w-]+\s+){1,2}(?:of|from)\s+(?:the\s+)?)?$", re.I)
_NEG = re.compile(r"\b(?:not|never|no)\b", re.I)
_VERBS = ("blam", "attribut")


def _names_deed(acc: EventMention, text: str) -> bool:
    """Blame ``acc`` names a definite deed in words: "blamed (fighters of) X for the raid", "blamed the attack on X"."""
    a, t = acc.actor2, acc.trigger
    if a is None or a.span is None or t is None or a.span.start < t.end:
        return False
    between = text[t.end:a.span.start]
    if _DEED_ON.match(between):
        return True
    if between.strip() and not _MEMBERS_OF.fullmatch(between):
        return False
    return bool(_FOR_DEED.match(text[a.span.end:acc.sentence.end]))


def credit_blamed_deeds(events: list[EventMention], text: str, finder) -> None:  # type: ignore[no-untyped-def]
    for acc in events:
        t = acc.trigger
        if acc.plover != "ACCUSE" or t is None or not t.text.lower().startswith(_VERBS):
            continue  # (the cheap gate: a blame's own verb)
        if not claiming_group(acc.actor2, finder) or not _names_deed(acc, text):
            continue
        lead = text[acc.sentence.start:t.start]
        if _DENIAL_BEFORE.search(lead) or _NEG.search(lead):
            continue  # "denied any role and blamed X", "did not blame X"
        g = acc.actor2
        prev = sorted((e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.trigger is not None
                       and e.sentence.end <= acc.sentence.start and e.modality != "background"),
                      key=lambda e: e.sentence.start)
        for e in reversed(prev):
            gap = text[e.sentence.end:acc.sentence.start]
            if OPENS_ANOTHER.search(gap) or _sentence_ends(gap + " X") > 3:
                break
            if not unnamed_side(e.actor1):
                break  # a deed with a named doer: another incident, or one the blame may be about
            if e.actor2 is not None and e.actor2.entity_id == g.entity_id:
                continue
            e.actor1 = ActorRef(g.entity_id, g.name, g.span, "primary", 0.6)
            if e.claimant is None and acc.actor1 is not None:
                e.claimant, e.claimant_name = acc.actor1.entity_id, acc.actor1.name
