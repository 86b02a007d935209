"""A later sentence that updates the toll of the incident told just before ("By Tuesday afternoon the death toll had
risen to nine") gives that incident the new count and is no event of its own (:func:`fold_toll_updates`); which
incidents an update may replace (:func:`updated`) and which one it speaks of (:func:`_updated_incident`).
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from sitrep.events.toll_far_update import far_updated_incident
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention, Figure
from sitrep.nlp.doctext import doc_text
from sitrep.events.toll_candidates import _candidates
from sitrep.events.toll_incident import ORPHAN_SENTENCES
from sitrep.events.toll_later_deaths import _fewer_hurt


# a sentence that updates a toll: "the death toll had risen to nine", "the ministry raised the toll to 23", "the
# number of dead climbed to 30"; the toll's incident may be named at length before the verb ("The death toll in
# Saturday night's firing over a land dispute in the village rose to three": up to 80 characters, issue 12, branch
# tolls42), the longer gap never across a verb of saying ("the toll late on Tuesday and said reinforcements had reached ...")
_TOLL_UPDATE = re.compile(r"\b(?:(?:death\s+)?toll|number\s+of\s+(?:dead|deaths|people\s+killed))\b"
                          r"(?:[^.;]{0,30}?|(?:(?!\b(?:said|says|told)\b)[^.;]){31,80}?)"
                          r"\b(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|grew)\b\s+(?:to\s+)?|"
                          r"\b(?:raised|raising|raises|revised|updated|put|bringing|brought|brings|taking|took|takes|pushing|pushed)"
                          r"\s+(?:the|its)\s+(?:total\s+)?(?:(?:death\s+)?toll|number\s+of\s+(?:dead|deaths|people\s+killed))\s+(?P<dir>up\s+|down\s+)?to\b|"
                          # "a health official later put the death toll at 19"; "hospital staff later said 14 people had
                          # died" (a later word of the dead: the count right after it)
                          r"\b(?:put|puts|putting)\s+(?:the|its)\s+(?:death\s+)?toll\s+at\b|"
                          r"\blater\b[^.;\"]{0,50}?\b(?:said|says|reported|confirmed)\s+(?:that\s+)?(?=(?:at\s+least\s+)?\d)",
                          re.I)
# the hurt counted with the update ("with 41 wounded"): no deed of its own
_HURT_WORDS = frozenset({"wounded", "injured", "hurt", "dead", "killed"})


_UPDATED_TYPES = VIOLENT_EVENT_TYPES | frozenset({"Protests", "Riots"})
_UPDATED_OUTSIDE = frozenset({"man_made_disaster"})  # a crash's, a fire's, a collapse's toll is updated as any incident's


def updated(e: EventMention) -> bool:
    """An asserted incident whose count a later update may replace: a violent deed, a protest or riot, an accident."""
    return (e.event_type in _UPDATED_TYPES or e.outside in _UPDATED_OUTSIDE) and e.modality == "asserted" \
        and e.fatalities is not None and e.fatalities.low is not None


def _updated_incident(out: list[EventMention], k: int, lo: int, hi: int,  # type: ignore[no-untyped-def]
                      sentence_starts: list[int], text: str = "") -> Optional[EventMention]:
    """The incident an update in sentence ``k`` (``lo``..``hi``) speaks of: the nearest counted one told within
    :data:`ORPHAN_SENTENCES` sentences before it (further back, the one incident of a report whose update tells a death
    of its hurt: :mod:`sitrep.events.toll_far_update`); else, for an update the report opens with ("Four more passengers
    have died ..., bringing the number of dead to 13") and that tells no deed of its own, the first one told within
    as many sentences after it."""
    def sent_no(e: EventMention) -> int:
        return bisect.bisect_right(sentence_starts, e.sentence.start) - 1

    own = [e for e in out if updated(e) and not (e.trigger is not None and lo <= e.trigger.start < hi)]
    prior = [e for e in own if e.sentence.start < lo and sent_no(e) >= k - ORPHAN_SENTENCES]
    if prior:
        return max(prior, key=lambda e: e.sentence.start)
    far = far_updated_incident(own, k, lo, text[lo:hi], ORPHAN_SENTENCES, sent_no)
    if far is not None:  # "... One of them ... died ..., raising the death toll to three", far on in a one-incident report
        return far
    if any(updated(e) or e.event_type in VIOLENT_EVENT_TYPES or e.outside in _UPDATED_OUTSIDE
           for e in out if e.sentence.start < hi):
        return None  # (an incident told in the update's own sentence, "A woman who was shot during an attack ... died
        # in hospital, raising the death toll to five", is the one the story's totals update)
    after = [e for e in own if e.sentence.start >= hi and sent_no(e) <= k + ORPHAN_SENTENCES]
    return min(after, key=lambda e: e.sentence.start) if after else None


def fold_toll_updates(events: list[EventMention], figures: list[Figure], sentence_starts: list[int], doc) -> list[EventMention]:  # type: ignore[no-untyped-def]
    """A later sentence that updates the toll of the incident told just before ("killing seven ... By Tuesday
    afternoon the death toll had risen to nine"; "the health ministry raised the death toll to 23, with 41
    wounded") gives that incident its count when the new count is no lower; an event read off the update's words
    for the hurt ("with 41 wounded"), with no doer, is the update, not a deed of its own. Only the nearest asserted
    violent incident with a count, told within :data:`ORPHAN_SENTENCES` sentences before the update, never across
    a sentence that opens another incident."""
    text = doc_text(doc)
    out = list(events)
    for k, lo in enumerate(sentence_starts):
        hi = sentence_starts[k + 1] if k + 1 < len(sentence_starts) else len(text)
        m = _TOLL_UPDATE.search(text[lo:hi])
        if m is None:
            continue
        f = next((x for x in _candidates(figures) if lo + m.end() <= x.span.start < min(hi, lo + m.end() + 20)
                  and x.low is not None), None)
        if f is None:
            continue
        # (a protest's or riot's dead are updated as any incident's: "the toll had risen to four")
        ev = _updated_incident(out, k, lo, hi, sentence_starts, text)
        if ev is None or f.id == ev.fatalities.id:
            continue
        if f.low < (ev.fatalities.low or 0) and (m.group("dir") or "").strip().lower() != "down":
            continue  # (a lower count only where the words revise it down: "revised the death toll down to 17")
        told = [e for e in out if e is not ev and e.trigger is not None and lo <= e.trigger.start < hi
                and e.actor1 is None and (e.trigger.text.lower() in _HURT_WORDS or (
                    e.event_type not in VIOLENT_EVENT_TYPES and e.fatalities is not None and e.fatalities.id == f.id))]
        # (a deed-less event read off the update's other words that took its count, "after more bodies were found
        # in the surrounding fields": the update, not an incident of its own)
        for e in told:
            ev.figures.extend(x for x in e.figures if x not in ev.figures)
            out.remove(e)
        if any(e is not ev and e.fatalities is not None and e.fatalities.id == f.id for e in out):
            continue  # the count is another deed's
        rose = (f.low or 0) - (ev.fatalities.low or 0)
        ev.fatalities = f
        if f.id not in ev.figures:
            ev.figures.append(f.id)
        if rose > 0 and _HURT_DIED.search(text[lo:hi]):
            _fewer_hurt(ev, figures, rose)  # "risen to 11 after two of the injured died": 31 hurt, 29 still
    return out


# an update that tells its new dead as some of the hurt: "the toll had risen to 11 after two of the injured died"
_HURT_DIED = re.compile(r"\bof\s+(?:the|those)\s+(?:wounded|injured|hurt)\s+(?:\w+\s+){0,2}?(?:died|succumbed|passed\s+away)\b",
                        re.I)
