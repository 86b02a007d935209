"""A blame the accused throws back names no doer: "The army accused the M23 of firing the shells. The M23 denied it
and said the shells had been fired by the army." Each side's word is the other's accusation; blank beats wrong.

An accusation (PLOVER ACCUSE, accuser A, accused X) is contested when, in its sentence or the next, a deed told as a
claim (modality claimed) names A as its doer, or another accusation lays a deed on A by X. Then no violent event
keeps a doer whose words lie in those sentences (the accused X read off the accusation, A off the counter-claim):
neither side's word decides. A doer the text asserts elsewhere ("the army shelled the town") is kept.

A denial that throws the blame back (:func:`drop_denied_and_returned`): "The group denied that its fighters were
involved and accused soldiers of killing the traders". The one denying (D) answers someone's blame with one of its
own on Y (in its sentence or the next): the report's deeds told up to the denial (the background aside) keep no doer that is D, Y or a name the dictionary does not
know ("terrorists", "Kokang rebels": one side's word for the other). A denial that owns the deed ("denied targeting
civilians") or that blames no one ("rejected the accusation, saying the dead were fighters") changes nothing."""
from __future__ import annotations

import re

from sitrep.model import VIOLENT_EVENT_TYPES, EventMention

__all__ = ["adjacent", "drop_contested_doers", "drop_denied_and_returned", "shifted_blame"]

# actor ids of names that decide nothing when a blame is thrown back: unknown names and generic sides
_UNKNOWN_PREFIXES = ("x:", "unk:")
_GENERIC_SUFFIXES = ("_UNIDENT", "_ISLAMIST", "_OPP")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d']?\s")


def adjacent(text: str, first: EventMention, later: EventMention) -> bool:
    """``later`` is told in the sentence of ``first`` or the one right after it."""
    if later.sentence.start == first.sentence.start:
        return True
    if later.sentence.start < first.sentence.end:
        return False
    gap = text[first.sentence.end:later.sentence.start]
    return not gap.strip()


def drop_contested_doers(events: list[EventMention], text: str) -> list[EventMention]:
    for acc in events:
        if acc.plover != "ACCUSE" or acc.actor2 is None:
            continue
        accuser, accused = acc.actor1.entity_id if acc.actor1 is not None else None, acc.actor2.entity_id
        if accuser == accused:
            continue
        counter = [e for e in events if e is not acc and accuser and adjacent(text, acc, e) and e.actor1 is not None
                   and e.actor1.entity_id == accuser and (
                       e.event_type in VIOLENT_EVENT_TYPES and e.modality == "claimed"
                       or e.plover == "ACCUSE" and e.actor2 is not None and e.actor2.entity_id == accuser)]
        counter += [e for e in events if e.plover == "ACCUSE" and accuser and adjacent(text, acc, e)
                    and e.actor1 is not None and e.actor1.entity_id == accused and e.actor2 is not None
                    and e.actor2.entity_id == accuser]
        counter += shifted_blame(events, text, acc, accused)
        if not counter:
            continue
        spans = [(acc.sentence.start, acc.sentence.end)] + [(e.sentence.start, e.sentence.end) for e in counter]
        for e in events:
            a = e.actor1
            if e.event_type not in VIOLENT_EVENT_TYPES or a is None or a.span is None:
                continue
            if a.entity_id in (accuser, accused) and any(lo <= a.span.start < hi for lo, hi in spans):
                e.actor1 = None
                e.associates = []
    return events


def _two_sentences_on(text: str, first: EventMention, later: EventMention) -> bool:
    """``later`` is told in the sentence of ``first`` or in one of the two right after it."""
    if later.sentence.start < first.sentence.start:
        return False
    if later.sentence.start < first.sentence.end:
        return True
    return len(_SENTENCE_END.findall(text[first.sentence.end:later.sentence.start])) <= 1


def shifted_blame(events: list[EventMention], text: str, acc: EventMention, accused: str) -> list[EventMention]:
    """The accused's own account names another doer: "Six were killed ..., the civil defence said, blaming Israeli
    troops. The Israeli military said ... It said Hamas gunmen had opened fire in the area" (a violent deed told
    within two sentences with the accused as its claimant and someone else as its doer): the blame is contested."""
    return [e for e in events if e is not acc and e.event_type in VIOLENT_EVENT_TYPES and e.claimant == accused
            and e.actor1 is not None and e.actor1.entity_id != accused and _two_sentences_on(text, acc, e)]


def _unsure(entity_id: str) -> bool:
    return entity_id.startswith(_UNKNOWN_PREFIXES) or entity_id.endswith(_GENERIC_SUFFIXES)


def drop_denied_and_returned(events: list[EventMention], text: str) -> list[EventMention]:
    from sitrep.events.accusation import denies_a_part

    for den in events:
        if den.plover != "REJECT" or den.modality != "asserted" or den.trigger is None:
            continue
        if not denies_a_part(den, text):
            continue
        same = [e for e in events if e is not den and adjacent(text, den, e)]
        denier = den.actor1.entity_id if den.actor1 is not None else None
        back = [e for e in same if e.plover == "ACCUSE" and e.actor2 is not None and e.actor2.entity_id != denier]
        back += [e for e in same if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "claimed"
                 and e.actor1 is not None and e.actor1.entity_id != denier]
        if not back:
            continue
        returned = {e.actor2.entity_id if e.plover == "ACCUSE" else e.actor1.entity_id for e in back}  # type: ignore[union-attr]
        sides = returned | ({denier} if denier else set())
        last = max(e.sentence.start for e in back + [den])
        for e in events:
            a = e.actor1
            if e.event_type not in VIOLENT_EVENT_TYPES or a is None or e.sentence.start > last \
                    or e.modality == "background":
                continue
            if a.entity_id in sides or _unsure(a.entity_id):
                e.actor1 = None
                e.associates = []
    return events
