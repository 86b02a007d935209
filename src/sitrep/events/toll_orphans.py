"""The dead of a report of one incident told in a sentence with no event of its own ("He died in hospital."): the
incident takes the count (:func:`attach_orphan_tolls`), or amends its own count with what later sentences add
(:func:`_amend_own_toll`); a count a statement of the dead alone took is free for the incident
(:func:`_dead_only_statements_took`, :func:`_take_from_statement`); a count of the lede is the incident's
(:mod:`sitrep.events.toll_lede`).
"""
from __future__ import annotations

import bisect
import re

from sitrep.model import EventMention, Figure
from sitrep.nlp.doctext import doc_text
from sitrep.events.toll_also import _add_orphan_also
from sitrep.events.toll_candidates import _candidates, _period_count
from sitrep.events.toll_incident import ORPHAN_PAST_DAYS, ORPHAN_SENTENCES, _the_incident
from sitrep.events.toll_lede import bodies_of, lede_no
from sitrep.events.toll_running import _TOLL_NAMED
from sitrep.events.toll_later_deaths import _add_earlier_deaths, _add_later_deaths, _ordinal_update, _partitive_whole
from sitrep.events.toll_sharing import _NO_DEAD_TYPES


def _dead_only_statements_took(events: list[EventMention]) -> dict[str, EventMention]:
    """Deaths that a statement or an arrest alone took ("Deputies ... provided medical aid, but the man died at the
    scene"), by the count's id: no one dies of those (:data:`_NO_DEAD_TYPES`), so the count is free for the incident.
    For reports of ordinary crime only: in a war's, a statement's dead are often another side's claim ("calls made
    by the kidnappers say the official has been killed")."""
    deeds_carry = {fid for o in events if o.event_type not in _NO_DEAD_TYPES
                   for fid in (*o.figures, *([o.fatalities.id] if o.fatalities is not None else []))}
    return {e.fatalities.id: e for e in events if e.fatalities is not None and e.event_type in _NO_DEAD_TYPES
            and e.fatalities.id not in deeds_carry}


def _amend_own_toll(ev: EventMention, figures: list[Figure], carried: set[str], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                    doc) -> None:
    """The incident has a count of its own: what later sentences add to it, in this order: "also" killed
    (:func:`_add_orphan_also`), an ordinal update (:func:`_ordinal_update`), the whole of a partitive
    (:func:`_partitive_whole`), later and earlier deaths (:func:`_add_later_deaths`, :func:`_add_earlier_deaths`)."""
    _add_orphan_also(ev, figures, carried, sentence_starts, doc)
    _ordinal_update(ev, figures, carried, sentence_starts, doc)
    _lede_total(ev, figures, carried, sentence_starts, doc)
    _partitive_whole(ev, figures, carried, sentence_starts, doc)
    _add_later_deaths(ev, figures, carried, sentence_starts, doc)
    _add_earlier_deaths(ev, figures, carried, sentence_starts, doc)


_PRONOUN_COUNTS = frozenset({"he", "she", "his", "her", "him"})


def _lede_total(ev: EventMention, figures: list[Figure], carried: set[str], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                doc) -> None:
    """The report's lede tells the whole toll in a sentence with no event of its own ("Three people are dead in what
    police describe as a murder-suicide"), and the one incident took a part of it told later ("The woman's estranged
    husband ... was found dead"): the lede's count, exact, no background or period tally and larger than the
    incident's own exact count, is the incident's (branch tolls43)."""
    own = ev.fatalities
    if own is None or own.low is None or own.low != own.high or own.span.start < ev.sentence.start \
            or own.span.text.lower() in _PRONOUN_COUNTS:
        return  # (a count read off "his" of "taking his own life" is recounted from the deed's objects later:
        # events/murder_suicide.recount_suicide_victims)
    lede = lede_no(doc, sentence_starts)
    if lede + 1 >= len(sentence_starts) or ev.sentence.start < sentence_starts[lede + 1]:
        return  # (the incident is told in the lede itself: its own count is the lede's)
    lo, hi = sentence_starts[lede], sentence_starts[lede + 1]
    text = doc_text(doc)
    for f in _candidates(figures):
        if not lo <= f.span.start < hi or f.id in carried or f.low is None or f.low != f.high \
                or f.low <= own.low or _period_count(f, text) or _part_of_count(f, doc):
            continue
        ev.fatalities = f
        ev.figures.append(f.id)
        return


def _take_from_statement(fid: str, said: dict[str, EventMention]) -> None:
    """A count a statement of the dead alone took (:func:`_dead_only_statements_took`) that the incident now
    carries is no longer the statement's."""
    if fid in said:
        stmt = said[fid]
        stmt.fatalities = None
        stmt.figures = [x for x in stmt.figures if x != fid]


def attach_orphan_tolls(events: list[EventMention], figures: list[Figure], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                        doc=None) -> None:
    """A report of one incident often gives the toll in a sentence of its own, with no event word: "He died in
    hospital." When an article tells exactly one asserted violent incident (after restatements are merged; one of
    ordinary crime when it tells no other, or several deeds of ordinary crime all of one day) and it has no count, it
    takes the nearest killed-figure that no event carries, told after the incident's first mention and within :data:`ORPHAN_SENTENCES` sentences of one of its
    mentions, or in the article's first sentence when it tells no event and the incident is told within
    :data:`ORPHAN_SENTENCES` sentences of it, or in the sentence just before its first ("Deputies found X and his wife dead. Both had been shot.");
    never a background or "since" total, nor a count dated more than :data:`ORPHAN_PAST_DAYS` days before the
    incident. A lede's count of bodies found ("the bodies of three men were discovered") is the incident's however
    far its deed is told (:func:`sitrep.events.toll_lede.bodies_of`)."""
    ev, violent, crime = _the_incident(events)
    if ev is None:
        return
    carried = {fid for e in events for fid in e.figures} | {e.fatalities.id for e in events if e.fatalities is not None}
    said = _dead_only_statements_took(events) if crime else {}
    if ev.fatalities is not None:
        if doc is not None:
            _amend_own_toll(ev, figures, carried, sentence_starts, doc)
        return
    # a toll a later sentence names, merged into the incident's own figures with no toll taken ("... was attacked on
    # Tuesday. The provisional toll is 24 civilians killed"): its own, never carried by another (never another deed's
    # count: "Police said it came a week after the murder of five monks")
    text = doc_text(doc) if doc is not None else ""
    named = {f.id for f in figures if f.span is not None and f.span.start >= ev.sentence.end
             and _TOLL_NAMED.search(text[max(0, f.span.start - 40):f.span.start])}
    carried = carried - ((set(ev.figures) & named) - {fid for e in events if e is not ev for fid in e.figures})
    spans = [x for e in violent for x in (e.sentence, *e.evidence)]  # (all the deeds of a one-day incident)

    def sent_no(pos: int) -> int:
        return bisect.bisect_right(sentence_starts, pos) - 1

    mention_sents = [sent_no(s.start) for s in spans]
    first = min(s.start for s in spans)
    lede = lede_no(doc, sentence_starts)
    cands = []
    for f in _candidates(figures):
        if f.id in said and f.span.start >= first:
            carried = carried - {f.id}
        before = f.span.start < first
        in_lede = before and sent_no(f.span.start) == lede and not any(
            e.sentence.start <= f.span.start < e.sentence.end for e in events)
        bodies = in_lede and bodies_of(f, doc)  # "the bodies of three men were discovered": the lede tells it
        in_lede = in_lede and (sent_no(first) - lede <= ORPHAN_SENTENCES or bodies)
        if f.id in carried or before and sent_no(f.span.start) != sent_no(first) - 1 and not in_lede:
            continue  # (the sentence just before may find the dead the incident's first mention tells how:
            # "Deputies found X and his wife dead. Both had been shot."; so may a lede with no event of its own:
            # "Four members of a family were found dead in a murder-suicide. [...] Investigators believe X shot ...")
        if f.as_of is not None and ev.date_start is not None and (ev.date_start - f.as_of).days > ORPHAN_PAST_DAYS:
            continue  # "Last year, 20 people were killed in a similar attack": an older count, not this toll
        if doc is not None and _period_count(f, doc_text(doc)):
            continue  # "the violence that has left more than 300 dead nationwide this month"
        if doc is not None and _part_of_count(f, doc):
            continue  # "The toll is 24 civilians killed, including five children": the five are a part, never the toll
        gap = min(abs(sent_no(f.span.start) - k) for k in mention_sents)
        if bodies:
            gap = min(gap, ORPHAN_SENTENCES)
        if gap <= ORPHAN_SENTENCES:
            cands.append((gap, before, f.span.start, f))
    if cands:
        ev.fatalities = min(cands, key=lambda c: (c[0], c[1], c[2]))[3]
        ev.figures.append(ev.fatalities.id)
        _take_from_statement(ev.fatalities.id, said)


_PART_BEFORE = re.compile(r"\b(?:including|among them|among whom)\s+$", re.I)


def _part_of_count(f: Figure, doc) -> bool:  # type: ignore[no-untyped-def]
    """``f`` breaks another count down, told after "including" or "among them" ("24 civilians killed, including five
    children"); a list of the dead named one by one is no part ("named the dead as X, 20, Y, 23, and Z")."""
    return bool(_PART_BEFORE.search(doc_text(doc)[max(0, f.span.start - 20):f.span.start]))
