"""An agreement told again with a pointer to the paper signed is the same agreement (branch subtypes17).

A report tells a deal first with its day and then again with its scene: "The government signed a ceasefire with a
rebel faction in Juba on Monday ... The adviser and the faction's leader signed the document at a hotel", "The SDF
and tribal fighters agreed a ceasefire on Monday ... Elders and commanders signed the truce at a tent in Hajin".
The second telling names no day of its own and points back to the paper ("the document", "the truce", "this
accord"): one agreement (ACLED codes one Agreement event per deal), not a second one dated by the report.

:func:`fold_retold_pacts` folds such an asserted Agreement into the first asserted Agreement of the article told
before it, at a compatible place (``merge_places.places_compatible``); the first telling takes the later one's place where
its own was only the article's and the later one's comes from its own clause, and a side it lacked.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.model import EventMention

__all__ = ["fold_retold_pacts"]

_AGREEMENT = "Agreement"
# the paper pointed back to, right after the verb of the later telling ("signed the document", "sealed this accord")
_POINTER_OBJECT = re.compile(r"^\s+(?:the|this|that)\s+(?:\w+\s+)?(?:document|deal|accord|agreement|truce|ceasefire|"
                             r"pact|text|treaty|declaration)s?\b", re.I)
# the paper itself as the trigger, pointed back to ("the truce was signed", "under this accord")
_POINTER_BEFORE = re.compile(r"\b(?:the|this|that)\s+$", re.I)
_PACT_NOUNS = frozenset({"deal", "accord", "agreement", "truce", "ceasefire", "pact", "treaty"})


def _retold(m: EventMention) -> bool:
    if m.trigger is None or m.date_precision != "reported" or m.modality != "asserted":
        return False
    rel = m.trigger.start - m.sentence.start
    before, after = m.sentence.text[:max(0, rel)], m.sentence.text[rel + len(m.trigger.text):]
    if m.trigger.text.lower() in _PACT_NOUNS:
        return bool(_POINTER_BEFORE.search(before))
    return bool(_POINTER_OBJECT.match(after))


def _host_of(m: EventMention, hosts: list[EventMention]) -> Optional[EventMention]:
    from sitrep.events.merge_places import places_compatible

    if m.sub_event_type != _AGREEMENT or not _retold(m):
        return None
    return next((k for k in hosts if k.sentence.start < m.sentence.start and places_compatible(k, m)), None)


def _take(host: EventMention, m: EventMention) -> None:
    from sitrep.events.merge_places import weak_place

    if weak_place(host) and m.place_source == "clause" and not weak_place(m):
        host.place, host.place_source = m.place, m.place_source
    if host.actor2 is None and m.actor2 is not None and (host.actor1 is None or m.actor2.entity_id != host.actor1.entity_id):
        host.actor2 = m.actor2
    for s in [m.sentence, *m.evidence]:
        if s != host.sentence and s not in host.evidence:
            host.evidence.append(s)


def fold_retold_pacts(mentions: list[EventMention]) -> list[EventMention]:
    """The mentions with the agreements told again folded into their first telling (module docstring); order kept."""
    hosts = [k for k in mentions if k.sub_event_type == _AGREEMENT and k.modality == "asserted"]
    if len(hosts) < 2:
        return mentions
    out: list[EventMention] = []
    for m in mentions:
        host = _host_of(m, [k for k in hosts if any(k is o for o in out)])
        if host is None:
            out.append(m)
        else:
            _take(host, m)
    return out
