"""A doer told only by a description of a group ("the Somali Islamist group", "Fighters from the Somali Islamist
group") is the one armed group the article names, wherever it names it.

Wire copy names a group once and describes it elsewhere, before or after the name: "Fighters from the Somali
Islamist group attacked an army base ... . Al-Shabaab, in a broadcast on its radio station ...", "Al-Shabaab
militants raided a police camp ... . The Somali Islamist group said ... it had killed 11 troops". The role reader
gives such a doer a description of its own (an ``x:`` id, "Somali Islamist group", "Fighters"), which names no
actor ACLED codes. Here: a violent event whose actor1 is such a description (a definite "the" phrase of a group noun
whose modifiers are nationalities or armed words, alone or as the "from"/"of" phrase of a side noun) takes the one
armed group of the actor dictionary that the article names (confidence 0.6, its evidence
the group's first mention). None when the article names no group or two (a guess), or when that group is the
event's target. (events/antecedents.group_antecedent reads "the group" pointing back one sentence, with no
nationality; this reads the nationality-described phrase anywhere in the report.)
"""
from __future__ import annotations

import re

from sitrep.events.antecedents import UNNAMED_ROLES
from sitrep.events.nominal import armed_words
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention

__all__ = ["name_described_doers"]

_GROUP_WORDS = frozenset({"group", "movement", "organisation", "organization"})
# "(Fighters from) the Somali Islamist group", "the al Qaeda-linked Somali group"
_DESCRIBED = re.compile(r"^(?:[\w-]+\s+(?:from|of)\s+the\s+|the\s+)?((?:[\w'-]+\s+){1,3})(?:group|movement|organi[sz]ation)\b",
                        re.I)
_LINKED = re.compile(r"^[\w'-]+-(?:linked|allied|affiliated|aligned)$", re.I)


def _describes(words: list, doc) -> bool:  # type: ignore[no-untyped-def]
    """Each modifier is a nationality (NORP) or an armed word ("Islamist", "jihadist", "al Qaeda-linked"), and one is a
    nationality or a faith-armed word: "the Somali Islamist group" (not "the armed group": no description)."""
    armed = armed_words() | {"islamist", "jihadist", "militant", "extremist", "insurgent", "armed"}
    told = False
    for tok in words:
        w = tok.lower_
        if tok.ent_type_ == "NORP" or w in ("islamist", "jihadist") or _LINKED.match(tok.text):
            told = True
        elif w not in armed and w not in ("al", "qaeda") and tok.ent_type_ != "NORP":
            return False
    return told


def name_described_doers(events: list[EventMention], doc, finder, text: str) -> None:  # type: ignore[no-untyped-def]
    todo = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.actor1 is not None
            and e.actor1.entity_id.startswith("x:") and e.actor1.span is not None]
    if not todo:
        return
    group = None
    for e in todo:
        a = e.actor1
        start, tail = a.span.start, text[a.span.start:a.span.end + 60]
        if not any(w in tail.lower() for w in _GROUP_WORDS):
            continue  # (the cheap gate: a group noun at the doer's words)
        m = _DESCRIBED.match(tail)
        if m is None or m.start(1) > a.span.end - a.span.start + 20:
            continue  # (a pronoun standing for the description, "it said it had killed 11", is left: a boast)
        span = doc.char_span(start + m.start(1), start + m.end(1), alignment_mode="expand")
        if span is None or not _describes([t for t in span if not t.is_punct], doc):
            continue
        if group is None:
            found: dict[str, ActorRef] = {}
            for mm in finder.mentions:
                if not mm.entity_id or mm.entity_id.endswith(UNNAMED_ROLES) or mm.entity_id.startswith("x:"):
                    continue
                ref = ActorRef(mm.entity_id, mm.name or mm.span.text, mm.span, "primary", 0.6)
                if finder.named_group(ref):
                    found.setdefault(mm.entity_id, ref)
            if len(found) != 1:
                return
            group = next(iter(found.values()))
        if e.actor2 is not None and e.actor2.entity_id == group.entity_id:
            continue
        e.actor1 = group
