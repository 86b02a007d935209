"""Which counts that no event carries are claims of an incident.

Toll updates ("By evening the death toll had risen to 15": ``toll_running.is_toll_update_figure``; "a security source
put the toll at 52": ``put_toll.put_toll``; a tally since the incident's day: :func:`_tally_since`) are update claims
of the one incident their report counts before them, or of the story's one incident where the report counts none
(:func:`_story_incident`); none where the report counts several (:func:`_update_claims`); a rival's "put the toll at
22" beside the count its report tells is held as a claim (:func:`_counted_by_another`). Another claimant's count set
against an incident's count in its sentence ("..., while the Sudan Doctors Network said 31 people had died") is a
claim of that incident too, never a second incident (:func:`_rival_claims`).
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from sitrep.events.increment import is_increment
from sitrep.events.toll import is_toll_update_figure
from sitrep.events.toll_excluding import excluded_attackers
from sitrep.model import Article, Event, Figure, KILLED_WHAT
from sitrep.stories.own_losses import claims_own_kill
from sitrep.stories.put_toll import put_toll
from sitrep.stories.totals.claims import _before_count
from sitrep.stories.totals.common import Claim, UPDATE_DAYS
from sitrep.stories.totals.grouping import _day
from sitrep.stories.totals.places import _place_key


def _update_claims(groups: list[list[Event]], figures: list[Figure], articles: dict[str, Article],
                   events: list[Event]) -> dict[int, list[Claim]]:
    """Toll updates no event carries ("By evening the death toll had risen to 15":
    ``toll_running.is_toll_update_figure``; "a security source put the toll at 52": ``put_toll.put_toll``; a tally since
    the incident's day: :func:`_tally_since`), as update claims of the one incident their report counts before them;
    none where the report counts several incidents (whose toll rose is then not told). ``events``: the story's."""
    used = {m.fatalities.id for g in groups for e in g for m in e.mentions if m.fatalities is not None}
    out: dict[int, list[Claim]] = {}
    for f in figures:
        art = articles.get(f.span.article_id) if f.span is not None else None
        if art is None or f.id in used or f.background or f.low is None:
            continue
        counted = [g for g in groups if any(m.article_id == art.id and m.fatalities is not None for e in g for m in e.mentions)]
        if f.since is not None:  # a tally since the incident's day, as the story's one incident's toll
            one = _tally_since(f, art, groups, events) if not counted else None
            if one is not None:
                out.setdefault(id(one), []).append(_update_claim(f, art))
            continue
        put = put_toll(f, art.text) and not is_toll_update_figure(f, art.text)
        if not (put or is_toll_update_figure(f, art.text)):
            continue
        one = _story_incident(f, art, groups) if not counted else None
        if one is not None:
            counted = [one]  # a follow-up that counts nothing else: "the toll from last week's siege has risen to 21"
        elif len(counted) != 1 or not any(m.article_id == art.id and m.fatalities is not None
                                          and m.fatalities.span.start < f.span.start for e in counted[0] for m in e.mentions):
            continue
        claim = _update_claim(f, art)
        if put and _counted_by_another(f, art, counted[0]):
            # "The toll ... has risen to 31, the ministry said. The monitor put the toll at 22": a rival's count beside
            # the count its report tells, held as a claim (low, high) as _rival_claims holds one
            claim = claim[:4] + (False,) + claim[5:8] + (True, False)
        out.setdefault(id(counted[0]), []).append(claim)
    return out


def _counted_by_another(f: Figure, art: Article, g: list[Event]) -> bool:
    """The report of ``f`` counts the incident ``g`` itself ("Bandits killed 23 people ..., residents said"; "the
    toll has risen to 31, the ministry said") by a claimant other than ``f``'s, and not as that side's count of its
    own deed ("JNIM said it had killed 80 soldiers": :func:`own_losses.claims_own_kill`)."""
    for e in g:
        for m in e.mentions:
            who = m.fatalities.claimant or m.claimant if m.fatalities is not None else None
            if m.article_id == art.id and m.fatalities is not None and who != f.claimant \
                    and not claims_own_kill(who or "article:", _before_count(m, m.fatalities, art.text)):
                return True
    return False


def _update_claim(f: Figure, art: Article) -> Claim:
    """The update claim of a toll no event carries (see :func:`_update_claims`)."""
    hi = (f.high if f.high is not None else f.low) + excluded_attackers(f, art.text)  # "not counting the 4 attackers"
    lo = (f.low or 0) + excluded_attackers(f, art.text)
    who = f.claimant or f"article:{art.id}"
    as_of = f.as_of or art.published or _dt.date.min
    return (float(lo), float(hi), as_of, who, True, art.id, float(hi), float(hi), False, False)


def _tally_since(f: Figure, art: Article, groups: list[list[Event]], events: list[Event]) -> Optional[list[Event]]:
    """A killed count over a period of at most :data:`UPDATE_DAYS` ("At least 23 inmates have been killed in a week of
    clashes at the Latacunga prison") in a report that counts no incident of its own, where the story's one incident
    (:func:`_story_incident`) began within that period and the report places an event of its own at that incident's
    place: that incident's running toll (one claimant's tally over the days of one deed at one place)."""
    as_of = f.as_of or art.published
    if f.what not in KILLED_WHAT or as_of is None or f.since is None or not 0 <= (as_of - f.since).days <= UPDATE_DAYS:
        return None
    one = _story_incident(f, art, groups)
    if one is None or _day(one[0]) is None or not f.since <= _day(one[0]) <= as_of:
        return None
    key = _place_key(one[0])
    here = any(_place_key(e) == key and any(m.article_id == art.id for m in e.mentions)
               for e in events if e.modality == "asserted")
    return one if here else None


_RIVAL = re.compile(r",\s*(?:while|whereas|but)\s")  # "..., while the network said 31 had died"
_DEED_BEFORE = re.compile(r"\b(?:killed|killing|neutrali[sz]ed|eliminated|destroyed)\s+(?:more than\s+|at least\s+|some\s+)?$", re.I)


def _rival_claims(groups: list[list[Event]], figures: list[Figure], articles: dict[str, Article]) -> dict[int, list[Claim]]:
    """Another claimant's count told after an incident's counted mention in its sentence, set against it ("the
    ministry raised its count ... to 24, while the Sudan Doctors Network said 31 people had died"): a claim of that incident too (it widens
    its low and high; the best stays the incident's own rule), never a second incident (branch figures9)."""
    used = {m.fatalities.id for g in groups for e in g for m in e.mentions if m.fatalities is not None}
    out: dict[int, list[Claim]] = {}
    for f in figures:
        art = articles.get(f.span.article_id) if f.span is not None else None
        if (art is None or f.id in used or f.what not in KILLED_WHAT or f.background or f.since is not None
                or f.low is None or not f.claimant or is_increment(f, art.text)):
            continue
        held = [(g, m) for g in groups for e in g for m in e.mentions if m.article_id == art.id and m.fatalities is not None
                and m.sentence.start <= f.span.start < m.sentence.end]
        if len({id(g) for g, _m in held}) != 1 or any(m.fatalities.claimant == f.claimant for _g, m in held) \
                or not any(m.fatalities.span.end <= f.span.start
                           and _RIVAL.search(art.text[m.fatalities.span.end:f.span.start]) for _g, m in held) \
                or _DEED_BEFORE.search(art.text[max(0, f.span.start - 40):f.span.start]):
            continue  # ("while the RSF claimed to have killed 90 soldiers": a side's count of its own deed)
        hi = f.high if f.high is not None else f.low
        as_of = f.as_of or art.published or _dt.date.min
        # (held as a side's claim: it widens the low and high, never outvotes the incident's own counts for the best)
        out.setdefault(id(held[0][0]), []).append((float(f.low), float(hi), as_of, f.claimant, False, art.id,
                                                   float(hi), float(hi), True, False))
    return out


def _story_incident(f: Figure, art: Article, groups: list[list[Event]]) -> Optional[list[Event]]:
    """The incident a toll update updates in a report that counts no incident of its own ("The toll from last
    week's siege of a hotel has risen to 21"): where every counted event of the story lies at one place in the
    :data:`UPDATE_DAYS` before the update, with no count above it, the latest of them (one incident told by several
    events, each side's deed in it); None where the story counts incidents in several places."""
    as_of = f.as_of or art.published
    evs = [e for g in groups for e in g]
    if as_of is None or not evs or len({_place_key(e) for e in evs}) != 1:
        return None
    if any(e.date_start is None or not 0 <= (as_of - e.date_start).days <= UPDATE_DAYS
           or (e.fatalities_best or e.fatalities_low or 0) > (f.low or 0) for e in evs):
        return None
    return max(groups, key=lambda g: (max(e.date_start for e in g), max(e.fatalities_best or 0 for e in g)))
