"""Denials and claims before the merge (events/merge.py, :func:`mark_claims`, :func:`denials_of_own_deeds`): a side
denying its own deed is a rejection (PLOVER REJECT), not a violent event; a violent event told by a side that
denies an attack in the same article is that side's claim (``claimed``), limited to the kind of deed denied;
a refusal to act (:func:`refusal`, cue ``refusal_stems``) denies no deed.

Evidence: the Kramatorsk-style reports of the war sets ("the ministry said it did not strike the station and that
the missile was fired by Ukrainian forces")."""
from __future__ import annotations

from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention


def _ids(*refs) -> set[str]:  # type: ignore[no-untyped-def]
    return {r.entity_id for r in refs if r is not None and r.entity_id}


def refusal(m: EventMention) -> bool:
    """A REJECT event that refuses to act ("police refused to give details", "declined to comment"), which denies
    no deed (data/event_sense_cues.tsv, refusal_stems)."""
    word = (m.trigger.text if m.trigger is not None else "").lower()
    return any(word.startswith(stem) for stem in sense_cue("refusal_stems"))


def mark_claims(mentions: list[EventMention], denied_kinds: Optional[dict[int, set[str]]] = None) -> None:
    """A violent event told by a side that, in the same article, denies an attack is that side's claim, not a
    fact: "the ministry said it did not strike the station and that the missile was fired by Ukrainian forces"
    makes the second deed ``claimed`` (its claimant is the ministry), never an asserted attack by the accused.
    A denial touches only the deed it denies: outside the denial's sentence, only the denier's tellings of a deed
    of the kind (ACLED event type) denied there, so that "police denied that a second device had been found" or a
    governor's "no fighting was reported there" leaves the same source's account of the bombing or the shelling
    asserted. ``denied_kinds`` gives, by sentence start, the violent types denied there before
    :func:`denials_of_own_deeds` made a side's denial of its own deed a rejection."""
    deniers: dict[str, set[str]] = {}
    denial_sentences: set[int] = set()
    kinds_at: dict[int, set[str]] = {k: set(v) for k, v in (denied_kinds or {}).items()}
    for m in mentions:
        if m.event_type in VIOLENT_EVENT_TYPES:  # "denied any role in the bombing": the deed its rejection names
            kinds_at.setdefault(m.sentence.start, set()).add(m.event_type)
    for m in mentions:
        if (m.plover == "REJECT" and not refusal(m)) or (m.modality == "denied" and m.event_type in VIOLENT_EVENT_TYPES):
            kinds = {m.event_type} if m.event_type in VIOLENT_EVENT_TYPES else kinds_at.get(m.sentence.start, set())
            for who in _ids(m.actor1) | ({m.claimant} if m.claimant else set()):
                deniers.setdefault(who, set()).update(kinds)
            denial_sentences.add(m.sentence.start)
    if not deniers:
        return
    for m in mentions:
        # told by the denier of a deed of this kind, or in the very sentence of the denial ("said it did not strike
        # X and that the rocket was fired by Y": the parse may not carry the claimant into the second clause)
        by_denier = (m.sentence.start in denial_sentences and (m.claimant is None or m.claimant in deniers)) \
            or (m.claimant is not None and m.event_type in deniers.get(m.claimant, set()))
        if m.event_type in VIOLENT_EVENT_TYPES and m.modality == "asserted" and by_denier \
                and not (_ids(m.actor1) & set(deniers)):
            m.modality = "claimed"


_SELF = frozenset({"it", "we", "they", "its", "our", "their", "itself", "ourselves", "themselves"})


def _norm_name(s: Optional[str]) -> str:
    s = (s or "").strip().lower()
    return s[4:] if s.startswith("the ") else s


def denials_of_own_deeds(mentions: list[EventMention]) -> set[str]:
    """ "The ministry said it did not strike the station": a side denying its own deed is a rejection (PLOVER
    REJECT, asserted: the denial was made), never a violent event; "rebels did not enter the town, residents
    said" (told by others) stays a denied deed, and so does one whose denial is told as an event of its own in its
    sentence ("the army denied that it shelled the village": the denial and the denied shelling) and no deed of its
    kind was told as done before it. Returns the ids of denied deeds that only repeat a deed told before (dropped:
    the sentence's rejection tells the denial)."""
    rejections = {m.sentence.start for m in mentions if m.plover == "REJECT" and m.modality == "asserted"}
    drop: set[str] = set()
    for m in mentions:
        if m.event_type not in VIOLENT_EVENT_TYPES or m.modality != "denied" or not m.claimant or m.actor1 is None:
            continue
        if m.sentence.start in rejections:
            if any(o.event_type == m.event_type and o.modality == "asserted" and o.sentence.start < m.sentence.start
                   for o in mentions):
                drop.add(m.id)  # "X denied that its forces fired the missile" after the strike was told: the
                # denial is about who did a deed already told, not another deed; the sentence's rejection tells it
            continue  # a deed told only as denied: the denial and the denied deed
        a = m.actor1
        own = (a.entity_id and a.entity_id == m.claimant) or (a.span is not None and a.span.text.lower() in _SELF) \
            or (_norm_name(a.name) and _norm_name(a.name) == _norm_name(m.claimant_name))
        if own:
            m.event_type, m.sub_event_type, m.plover, m.modality = "Political", None, "REJECT", "asserted"
    return drop
