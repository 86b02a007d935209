"""A group's past deeds told with another's are no doer of the incident (issue 16, branch attackers25).

"No group claimed responsibility. Both Baloch separatists and Tehrik-i-Taliban Pakistan fighters have carried out
attacks in Balochistan in recent months": the background run of deeds names two doers joined by "and"; which of them,
if either, did the incident is what the report leaves open. A merge lends the incident no doer from such a mention
(blank beats a guess between two). Nor from a background run of deeds told by a plural deed noun whose doer is
only a kind ("Jihadist groups have planted mines on several roads in northern Mali": Islamist Militants (Mali)): the
region's habit names no one who did the incident, and it was the doer the incident had before a vehicle that struck
the mine stopped being read as one (events/struck_device). Nor from a past deed the report calls like the incident
("Al Shabaab has planted similar devices on roads near the border in the past", "X has carried out such attacks"):
a group's like deeds are the reason to suspect it, which the report leaves a suspicion (branch attackers27).
"""
from __future__ import annotations

import re

from sitrep.model import EventMention

_JOINED = re.compile(r"\s*(?:,|and|&|as well as)\s*(?:the\s+)?", re.I)


def paired_background_doers(m: EventMention) -> bool:
    """``m`` is told as background and its doer is named together with another ("X and Y have carried out
    attacks"): an associate or its other side joined to actor1 by "and" or a comma in ``m``'s sentence."""
    a = m.actor1
    if m.modality != "background" or a is None or a.span is None:
        return False
    s = m.sentence
    for o in [*m.associates, m.actor2]:
        if o is None or o.span is None or o.span.start < a.span.end or not (s.start <= o.span.start < s.end):
            continue
        if _JOINED.fullmatch(s.text[a.span.end - s.start:o.span.start - s.start]):
            return True
    return False


def unnamed_run_doer(m: EventMention) -> bool:
    """``m`` is a background run of deeds (a plural deed noun: "have planted mines on several roads") whose doer is
    told only by kind (an ``x:`` description or a dictionary role of unnamed doers, events/merge_doers.unnamed_doer)."""
    from sitrep.events.merge_doers import unnamed_doer
    from sitrep.events.merge_types import plural_deed

    return m.modality == "background" and m.actor1 is not None and plural_deed(m) and unnamed_doer(m.actor1)


# "similar devices", "such attacks": a deed told as like the incident, so not it
_LIKE_BEFORE = re.compile(r"\b(?:similar|such|comparable)\s+(?:\w+\s+)?$", re.I)
_LIKE_AFTER = re.compile(r"^\s+(?:\w+\s+)?(?:similar|such|comparable)\s", re.I)


def like_deed_run(m: EventMention) -> bool:
    """``m`` is told as background and as like the incident: "has planted similar devices", "such attacks have been
    blamed on X" (the word before the deed noun or right after the deed verb)."""
    if m.modality != "background" or m.trigger is None:
        return False
    s = m.sentence
    before = s.text[max(0, m.trigger.start - s.start - 30):m.trigger.start - s.start]
    after = s.text[m.trigger.end - s.start:m.trigger.end - s.start + 30]
    return bool(_LIKE_BEFORE.search(before) or _LIKE_AFTER.match(after))


# a present perfect just before the deed word ("has bombed", "have been bombed", "has also attacked")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|'ve)\s+(?:(?:been|also|often|repeatedly|\w+ly)\s+)*$", re.I)
# "before" or "in the past" ending the clause or followed by its by-phrase: "have been bombed before by X",
# "has attacked mosques in the past" (not "before the vote", "in the past week": a time of the incident)
_RECORD_AFTER = re.compile(r"\b(?:before|in\s+the\s+past|previously)\s*(?:[.,;:]|by\b|$)", re.I)


def record_run(m: EventMention) -> bool:
    """``m`` tells a group's record, not the incident: a present perfect deed told with "before" or "in the past"
    ("Shiite mosques have been bombed before by the local branch of the Islamic State group", "The group has
    attacked churches in the past"): like :func:`like_deed_run`, the reason to suspect a group, which the report
    leaves a suspicion (branch attackers39, terror_reports16 t08)."""
    if m.trigger is None or m.actor1 is None:
        return False
    s = m.sentence
    rel = m.trigger.start - s.start
    if not _PERFECT_BEFORE.search(s.text[max(0, rel - 40):rel]):
        return False
    tail = s.text[m.trigger.end - s.start:]
    return bool(_RECORD_AFTER.search(tail[:120]))


def lends_no_doer(m: EventMention) -> bool:
    """A background mention whose doer a merge must not lend (:func:`paired_background_doers`,
    :func:`unnamed_run_doer`, :func:`like_deed_run`, :func:`record_run`)."""
    return paired_background_doers(m) or unnamed_run_doer(m) or like_deed_run(m) or record_run(m)
