"""The hurt of a report of one incident told in a sentence with no event of its own ("Four others were wounded, one
critically."): the incident takes the count (:func:`attach_orphan_wounds`), first one in a sentence of the incident
(:func:`_wounded_of_own_sentence`), else the nearest to its mentions (:func:`_incident_sentences`,
:func:`_nearest_orphan_wounded`, :func:`_dead_retold`, :func:`_dead_told_first`).
"""
from __future__ import annotations

import bisect
from typing import Callable, Optional

from sitrep.model import KILLED_WHAT, VIOLENT_EVENT_TYPES, EventMention, Figure
from sitrep.nlp.doctext import doc_text
from sitrep.events.toll_candidates import _period_count
from sitrep.events.toll_incident import ORPHAN_SENTENCES, _one_day_incident
from sitrep.events.toll_lede import hurt_told_before
from sitrep.events.toll_sharing import _NO_DEAD_TYPES


def attach_orphan_wounds(events: list[EventMention], figures: list[Figure], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                         doc=None) -> None:
    """The hurt of a report of one incident told in a sentence with no event of its own ("Four others were wounded,
    one critically.", "A boy who was also shot remains in stable condition."): as :func:`attach_orphan_tolls` does
    for the dead, the one asserted violent incident (one of ordinary crime when it tells no other; of several deeds
    all of one day, the one with most dead: :func:`_one_day_incident`) that carries no count of wounded takes the nearest wounded-figure no event carries, told from the incident's first mention
    on and within :data:`ORPHAN_SENTENCES` sentences of one of its mentions; never a background or "since" count,
    nor one over a period. The incident's own count of dead is one of its mentions (from where it is told on), and so
    is a later sentence that tells those dead again (:func:`_dead_retold`: "The man ... was rushed to hospital, where
    he was later pronounced deceased. A 31-year-old woman was treated for a gunshot wound"). A fire or a crash that
    kills takes the hurt of its own sentence the same way."""
    # (a mob's beating or lynching is violence too: ACLED's "Mob violence", a riot)
    asserted = [e for e in events if (e.event_type in VIOLENT_EVENT_TYPES or e.sub_event_type == "Mob violence")
                and e.modality == "asserted"]
    # (a count of hurt that only a statement or a step carries -- "Three other passengers were injured and airlifted
    # to Nairobi" read as a Political event, "Four residents were pulled out injured" as a strategic development --
    # is no other incident's: still the incident's to take)
    carried = {fid for e in events if e.event_type not in _NO_DEAD_TYPES for fid in e.figures}
    # a fire or a crash that kills tells its hurt in its sentence the same way ("Two young children have died and
    # their mother is in hospital after a fire tore through a home")
    harm = asserted + [e for e in events if e.outside == "man_made_disaster" and e.modality == "asserted"]

    def sent_no(pos: int) -> int:
        return bisect.bisect_right(sentence_starts, pos) - 1

    _wounded_of_own_sentence(figures, harm, carried, sent_no)
    accidents = [e for e in harm if e.outside == "man_made_disaster"]
    violent = [e for e in asserted if not e.outside] or [e for e in asserted if e.outside == "crime"] or [
        e for e in accidents if e.fatalities is not None or len(accidents) == 1]  # a crash that kills, or the
    # report's one accident: its hurt told in a later sentence ("Two passengers died at the scene. The driver ...
    # with serious injuries"; "A fire swept through the market ... Three traders were treated for burns")
    ev = _one_day_incident(violent)
    if ev is None:
        return
    by_id = {f.id: f for f in figures}
    if any(by_id[fid].what == "wounded" for e in violent for fid in e.figures if fid in by_id):
        return
    first, mention_sents = _incident_sentences(violent, figures, carried, sent_no)
    f = _nearest_orphan_wounded(figures, carried, first, mention_sents, sent_no, doc,
                                lambda x: hurt_told_before(x, first, events, figures, sentence_starts, sent_no, doc))
    if f is not None:
        ev.figures.append(f.id)


def _wounded_of_own_sentence(figures: list[Figure], harm: list[EventMention], carried: set[str],
                             sent_no: Callable[[int], int]) -> None:
    """First, a count of wounded no event carries, in the sentence of one asserted act of violence (or deadly fire
    or crash), is its; so is one in a sentence that tells one incident again ("seven others injured in the
    attack"). Adds what it gives to ``carried``."""
    for f in figures:
        if f.what == "wounded" and not f.background and f.id not in carried:
            own = [e for e in harm if e.sentence.start <= f.span.start < e.sentence.end]
            if not own:
                own = [e for e in harm if any(sent_no(x.start) == sent_no(f.span.start) for x in e.evidence)]
            if len(own) == 1:
                own[0].figures.append(f.id)
                carried.add(f.id)


def _incident_sentences(violent: list[EventMention], figures: list[Figure], carried: set[str],
                        sent_no: Callable[[int], int]) -> tuple[int, list[int]]:
    """The sentence the incident is first told in and the sentences that mention it: those of its deeds' mentions,
    of its own count of dead ("One of the men died at the scene. The other ... suffered a broken leg": the hurt told
    next to the dead), of a later sentence that tells those dead again (:func:`_dead_retold`) and of one that tells
    them before (:func:`_dead_told_first`: "Two people were found dead and a third was taken to hospital ... Inside
    they found X and Y dead")."""
    spans = [x for e in violent for x in (e.sentence, *e.evidence)]  # (all the deeds of a one-day incident)
    mention_sents = [sent_no(s.start) for s in spans]
    first = sent_no(min(s.start for s in spans))
    own_dead = [e.fatalities for e in violent if e.fatalities is not None and not e.fatalities.background]
    if own_dead:
        first = min(first, *(sent_no(f.span.start) for f in own_dead))
    mention_sents += [sent_no(f.span.start) for f in own_dead]
    mention_sents += [sent_no(f.span.start) for f in _dead_retold(figures, carried, own_dead)
                      if sent_no(f.span.start) >= first]
    told_first = [sent_no(f.span.start) for f in _dead_told_first(figures, carried, own_dead)]
    if told_first:
        first = min(first, *told_first)
        mention_sents += told_first
    return first, mention_sents


def _nearest_orphan_wounded(figures: list[Figure], carried: set[str], first: int, mention_sents: list[int],  # type: ignore[no-untyped-def]
                            sent_no: Callable[[int], int], doc=None,
                            told_before: Callable[[Figure], bool] = lambda f: False) -> Optional[Figure]:
    """The wounded-figure no event carries nearest (in sentences, then first in the text) to one of the incident's
    mentions, told from its first sentence on (or before it, where ``told_before`` says the lede or the sentence
    just before tells it: :func:`sitrep.events.toll_lede.hurt_told_before`) and within :data:`ORPHAN_SENTENCES` of
    a mention; never a background or "since" count, nor one over a period (:func:`_period_count`)."""
    cands = []
    for f in figures:
        if f.what != "wounded" or f.background or f.since is not None or f.id in carried:
            continue
        k = sent_no(f.span.start)
        if (k < first and not told_before(f)) or (doc is not None and _period_count(f, doc_text(doc))):
            continue
        gap = min(abs(k - m) for m in mention_sents)
        if gap <= ORPHAN_SENTENCES:
            cands.append((gap, f.span.start, f))
    return min(cands, key=lambda c: (c[0], c[1]))[2] if cands else None


def _dead_retold(figures: list[Figure], carried: set[str], own_dead: list[Figure]) -> list[Figure]:
    """The incident's dead told again in a sentence with no event of its own ("The man ... was rushed to hospital,
    where he was later pronounced deceased.", "The bodies of the 38-year-old woman and the boy were found inside."):
    counts of the dead that no event carries, told after the incident's own count and no larger than it."""
    if not own_dead:
        return []
    top = max((f.low for f in own_dead if f.low is not None), default=None)
    start = min(f.span.start for f in own_dead)
    return [f for f in figures if f.what in KILLED_WHAT and f.id not in carried and not f.background
            and f.since is None and f.span.start > start and f.low is not None and top is not None and f.low <= top]


def _dead_told_first(figures: list[Figure], carried: set[str], own_dead: list[Figure]) -> list[Figure]:
    """The incident's dead told before its own count, in a sentence with no event of its own (a lede the deed's
    sentence tells again: "Two people were found dead and a third was taken to hospital after police were called ...
    Inside they found a man, 44, and a woman, 39, dead."): exact counts of the dead no event carries, told before the
    incident's own count and of the same value."""
    if len(own_dead) != 1 or own_dead[0].low is None or own_dead[0].low != own_dead[0].high:
        return []
    d = own_dead[0]
    return [f for f in figures if f.what in KILLED_WHAT and f.id not in carried and not f.background
            and f.since is None and f.span.start < d.span.start and f.low == d.low and f.high == d.low]
