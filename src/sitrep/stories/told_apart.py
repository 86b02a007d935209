"""Whether two counted incidents of a story are told apart, and the largest count kept where they are not.

A report tells one incident in several ways: the victims in other words ("a policeman and his son" ... "the
shooting of the agent"), a place misread or borrowed from the dateline, a date only from the report, a round-up
("during the attacks") next to the attack it sums, or an older killing recalled in passing. Each may become an
incident of its own, and adding their counts counts the same dead twice. The rule here: two incidents are
**distinct** only when the report says so in their own words, by

* a **day** of their own (a date read at day precision from the text, not the report's day) that differs, except
  that a round-up ("the two killings", "during the attacks": an event noun in the plural) dated on or after the
  other may sum it (:func:`is_round_up`); or
* a **place** of their own (read in the count's own clause or sentence, not borrowed from the paragraph or the
  dateline) that is far from, and does not contain, the other's (``stories.merge.places_compatible``); or
* **words** of one report that mark one as another incident ("another car bomb", "in a separate attack", a
  sentence opening on another town; :func:`marked_apart`).

Incidents that nothing tells apart may be one incident: the story total takes the **largest** of their counts,
never their sum (the conservative reading of ACLED and UCDP: when unsure whether two counts are of one event, do not
add them), and the total's ``how`` says how many were folded so.

The fold (:func:`fold_untold`) is greedy, largest count first: an incident joins the first kept one that it is not
told apart from, nor from any incident already folded into it (so two incidents told apart are never folded
together through a third). Cost: incidents x kept incidents of one story (a handful; at most :data:`MAX_KEPT` kept
ones are compared).
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from sitrep.model import Event, EventMention, IncidentToll, Place

OWN_PLACE_SOURCES = frozenset({"clause", "sentence"})  # a place read in the count's own words
MAX_KEPT = 256  # kept incidents a new one is compared with (bounded cost on very long stories)
NEAR_KM = 25.0  # the story merge's distance for one place


def own_days(g: list[Event]) -> list[tuple[_dt.date, _dt.date]]:
    """The day intervals the incident's counts are dated to by their own words (day precision)."""
    return [(m.date_start, m.date_end or m.date_start) for e in g for m in e.mentions
            if m.fatalities is not None and m.date_precision == "day" and m.date_start is not None]


def own_places(g: list[Event]) -> list[Place]:
    """The places the incident's counts are placed at by their own clause or sentence."""
    return [m.place for e in g for m in e.mentions
            if m.fatalities is not None and m.place is not None and m.place_source in OWN_PLACE_SOURCES]


# an event noun in the plural after a determiner or a number: "the two killings", "during the attacks", "these recent
# bombings" (a verb's -s, "gunman kills three", has no determiner before it); number words: data/generic_victim_words.tsv
_ROUNDUP_DETERMINERS = frozenset({"the", "these", "those", "recent", "of"})
_WORD_BEFORE = re.compile(r"([\w-]+)\s+$")
# adjectives that tell the deeds apart between the number and the noun: "in two separate attacks", "three
# coordinated bombings", "the two simultaneous raids" (the word before the adjective decides)
_ADJ_BEFORE = re.compile(r"([\w-]+)\s+(?:separate|distinct|coordinated|simultaneous|unrelated|different)\s+$", re.I)
# a plural event noun whose two places are named: "(strikes) on Kharkiv and Odesa", "(attacks) in Kano and Jos"
_TWO_PLACES_AFTER = re.compile(r"^\s+(?:on|in|at|against)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+and\s+"
                               r"(?:the\s+)?[A-Z]")


# one word naming the deeds' doers, weapon or region between the number and the deeds: "in two bandit attacks", "in
# three air strikes", "in two Cauca attacks" (a word of letters; and a year before it is no number of deeds: "in the
# 2019 Easter bombings")
_DOERS_WORD = r"(?P<doers>[A-Za-z][a-z-]+\s+)?"
# the number before such a word before the plural deed noun, the count told over them: "(killed) in two bandit
# (attacks)", "during three air (strikes)" (never the deeds themselves listed: "launched 3 missile strikes and 64 air
# strikes", a general staff's tally, one of whose counts is no sum of them)
_NUMBER_DOERS_BEFORE = re.compile(r"\b(?:in|during|across)\s+(?:the\s+|these\s+)?([\w-]+)\s+"
                                  r"(?P<doers>[A-Za-z][a-z-]+)\s+$", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")


def _numbers_deeds(d: Optional[re.Match], numbers) -> bool:  # type: ignore[type-arg,no-untyped-def]
    """The match's number (group 1) numbers the deeds: a digit or a number word, never a year before a word of the
    deeds' doers ("the 2019 Easter bombings")."""
    if d is None:
        return False
    x = d.group(1)
    if "doers" in d.groupdict() and d.group("doers") and _YEAR.fullmatch(x):
        return False
    return x.isdigit() or x.lower() in numbers


# a verb's count told of several deeds after it: "were killed in two separate attacks", "died during the three raids"
_DEEDS_AFTER = re.compile(r"^\s+(?:in|during|across)\s+(?:the\s+|these\s+)?([\w-]+)\s+"
                          r"(?:(?:separate|distinct|coordinated|simultaneous|unrelated|different)\s+)?"
                          + _DOERS_WORD +
                          r"(?:attacks|raids|bombings|blasts|explosions|strikes|ambushes|clashes|incidents|shootings|"
                          r"assaults|killings|massacres)\b", re.I)


# the count itself told of a number of deeds, whatever the mention's trigger ("Ten people were killed in two separate
# attacks ..., a shooting at a bar and an assault on a rehab centre", read off "assault"; "killed eight people in two
# attacks"): up to four words after the count (its noun, its verb), then the deeds
_COUNT_THEN_DEEDS = re.compile(r"^(?:\s+[\w'-]+){0,4}?\s+(?:in|during|across)\s+(?:the\s+|these\s+)?([\w-]+)\s+"
                               r"(?:(?:separate|distinct|coordinated|simultaneous|unrelated|different)\s+)?"
                               + _DOERS_WORD +
                               r"(?:attacks|raids|bombings|blasts|explosions|strikes|ambushes|clashes|incidents|"
                               r"shootings|assaults|killings|massacres)\b", re.I)


# a count told as the sum of what came before it: "12 people in all", "a total of 12", "altogether"
_SUMMED = re.compile(r"\b(?:in all|in total|all told|altogether|a total of|a combined|combined toll)\b", re.I)


def told_as_sum(m: EventMention) -> bool:
    """The mention's count is told as a sum ("killed 12 people in all", "altogether ... 40")."""
    t = m.trigger
    if m.fatalities is None or m.fatalities.span is None:
        return False
    lo = min(m.fatalities.span.start, t.start if t is not None else m.fatalities.span.start) - m.sentence.start
    hi = max(m.fatalities.span.end, t.end if t is not None else m.fatalities.span.end) - m.sentence.start
    return bool(_SUMMED.search(m.sentence.text[max(0, lo - 20): hi + 30]))


# a deed told as spreading over many places: "as protests spread from Lima to several cities", "as the unrest spread
# across the country" (a count of the day everywhere, never of the one place "from" names)
_SPREAD_OVER = re.compile(r"\b(?:spread|spreads|spreading|spilled|widened)\s+(?:from\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+)?"
                          r"(?:to|into|across|over)\s+(?:several|many|other|various|dozens\s+of|a\s+number\s+of|more|"
                          r"the\s+rest\s+of\s+the|the)\s+(?:\w+\s+)?(?:cities|towns|regions|provinces|states|districts|"
                          r"country|nation)\b", re.I)


def spread_over_places(m: EventMention) -> bool:
    """The count's sentence tells the deed spreading over many places ("Three people were killed ... as protests
    spread from Lima to several cities"): the day's count everywhere, a round-up of the places' incidents."""
    if m.fatalities is None or m.fatalities.span is None:
        return False
    return bool(_SPREAD_OVER.search(m.sentence.text[max(0, m.fatalities.span.start - m.sentence.start):]))


def names_two_places(m: EventMention) -> bool:
    """The mention's trigger is an event noun in the plural whose two places follow it ("strikes on Kharkiv and
    Odesa killed 12"): the deeds at two places, summed."""
    t = m.trigger
    if t is None or not t.text.lower().endswith("s") or t.text.lower().endswith("ss"):
        return False
    return bool(_TWO_PLACES_AFTER.match(m.sentence.text[t.end - m.sentence.start:t.end - m.sentence.start + 60]))


def is_round_up(m: EventMention) -> bool:
    """A count told of several incidents at once: its trigger is an event noun in the plural with a determiner or a
    number before it ("the two killings", "killed during the attacks") or two places after it ("strikes on Kharkiv
    and Odesa"), or its count is told as a sum ("killed 12 people in all")."""
    if told_as_sum(m):
        return True
    t = m.trigger
    from sitrep.events.merge_tellings import quantity_words

    if counts_deeds(m) or spread_over_places(m):
        return True
    if t is None or not t.text.lower().endswith("s") or t.text.lower().endswith("ss"):
        return False
    if names_two_places(m):
        return True
    before = m.sentence.text[max(0, t.start - m.sentence.start - 40):max(0, t.start - m.sentence.start)]
    w = _ADJ_BEFORE.search(before) or _WORD_BEFORE.search(before)
    x = w.group(1).lower() if w else ""
    return x.isdigit() or x in quantity_words() or x in _ROUNDUP_DETERMINERS


def counts_deeds(m: EventMention) -> bool:
    """The count is told of a number of deeds: the trigger is followed by them ("were killed in two separate
    attacks", "died in the three raids") or is itself their plural noun after the number ("two separate attacks
    killed six", "in three coordinated bombings"); "the clashes killed 12" numbers no deeds."""
    from sitrep.events.merge_tellings import quantity_words

    t = m.trigger
    if t is None:
        return False
    off = t.start - m.sentence.start
    d = _DEEDS_AFTER.match(m.sentence.text[t.end - m.sentence.start:t.end - m.sentence.start + 60])
    if d is None and t.text.lower().endswith("s") and not t.text.lower().endswith("ss"):
        d = _ADJ_BEFORE.search(m.sentence.text[max(0, off - 40):off]) or _WORD_BEFORE.search(
            m.sentence.text[max(0, off - 40):off])
        if d is not None and not _numbers_deeds(d, quantity_words()):
            d = _NUMBER_DOERS_BEFORE.search(m.sentence.text[max(0, off - 40):off]) or d  # "two bandit attacks"
    if not _numbers_deeds(d, quantity_words()):
        return _count_told_of_deeds(m, quantity_words())
    return True


def _count_told_of_deeds(m: EventMention, numbers) -> bool:  # type: ignore[no-untyped-def]
    """The words right after the count number deeds ("Ten people were killed in two separate attacks")."""
    f = m.fatalities
    if f is None or f.span is None or not m.sentence.start <= f.span.end <= m.sentence.end:
        return False
    off = f.span.end - m.sentence.start
    d = _COUNT_THEN_DEEDS.match(m.sentence.text[off:off + 80])
    return _numbers_deeds(d, numbers)


def round_up(g: list[Event]) -> bool:
    """Whether every count of the incident ``g`` (its events) is a round-up of several incidents."""
    return _round_up(g)


def same_deeds_told(part: list[Event], up: list[Event]) -> bool:
    """The part ``part`` (its events) counts the very deeds the round-up ``up`` counts: each of its counts is told of
    the same event noun in the plural, as no round-up ("Air strikes on villages near Myawaddy killed at least five",
    then "the toll from the strikes rose to seven"): one collection of deeds told twice, not one deed among several;
    never when the round-up numbers its deeds ("the two attacks") or sums them ("in all")."""
    ups = [m for e in up for m in e.mentions if m.fatalities is not None]
    mine = [m for e in part for m in e.mentions if m.fatalities is not None]
    if not ups or not mine or any(told_as_sum(m) or counts_deeds(m) or names_two_places(m) for m in ups):
        return False
    nouns = {m.trigger.text.lower() for m in ups if m.trigger is not None}
    return all(m.trigger is not None and m.trigger.text.lower() in nouns and m.trigger.text.lower().endswith("s")
               and not m.trigger.text.lower().endswith("ss") and not is_round_up(m) for m in mine)


def _round_up(g: list[Event]) -> bool:
    counted = [m for e in g for m in e.mentions if m.fatalities is not None]
    return bool(counted) and all(is_round_up(m) for m in counted)


def _days_apart(a: list[Event], b: list[Event]) -> bool:
    """Dated to different days by their own words; a round-up dated on or after the other is no later incident
    (it sums the incidents up to its day)."""
    da, db = own_days(a), own_days(b)
    if not (da and db) or any(x[0] <= y[1] and y[0] <= x[1] for x in da for y in db):
        return False
    if _round_up(a) and min(x[0] for x in da) >= min(y[0] for y in db):
        return False
    return not (_round_up(b) and min(y[0] for y in db) >= min(x[0] for x in da))


def marked_apart(a: list[Event], b: list[Event]) -> bool:
    """Whether one report tells a counted mention of ``a`` and one of ``b`` as two incidents in words ("another car
    bomb", "in a separate attack", "In Tolbrin, ...": events.merge_guards.marked_apart; a round-up and its parts are
    :func:`is_round_up`'s, summed by the totals' own rule). Only the counted mentions of one article are paired."""
    from sitrep.events.merge_guards import marked_apart as words_apart

    mb: dict[str, list[EventMention]] = {}
    for e in b:
        for m in e.mentions:
            if m.fatalities is not None:
                mb.setdefault(m.article_id, []).append(m)
    return any(words_apart(x, y, sums=False) for e in a for x in e.mentions if x.fatalities is not None
               for y in mb.get(x.article_id, []))


def told_apart(a: list[Event], b: list[Event]) -> bool:
    """Whether the report tells the incidents ``a`` and ``b`` (their events) apart by a day or a place of their own,
    or marks one as another in words (:func:`marked_apart`)."""
    return _days_apart(a, b) or marked_apart(a, b) or places_apart(a, b)


def places_apart(a: list[Event], b: list[Event]) -> bool:
    """Whether the incidents ``a`` and ``b`` (their events) are placed by their own words at places far from, and not
    inside, each other."""
    from sitrep.stories.merge import places_compatible  # merge -> describe -> totals -> here: not at the top

    pa, pb = own_places(a), own_places(b)
    if not (pa and pb) or _unplaced_named_with(pa, b) or _unplaced_named_with(pb, a):
        return False
    return not any(places_compatible(x, y, NEAR_KM) or _feature_by_province(x, y)
                   or _feature_by_province(y, x) for x in pa for y in pb)


def _unplaced_named_with(places: list[Place], g: list[Event]) -> bool:
    """A place of ``places`` with no gazetteer entry (a village the gazetteer lacks, "Kasinga", with no point or its
    dateline city's, events/city_part) is named in the sentence of a
    count of the incident ``g`` (its events): "An overnight attack on the village of Kasinga in Lubero territory ...
    left at least 12" placed at Lubero; nothing says the village lies far from where that count places the deed."""
    names = {p.name for p in places if not p.geonameid and p.name and len(p.name) > 2}
    if not names:
        return False
    said = [m.sentence.text for e in g for m in e.mentions if m.fatalities is not None]
    return any(re.search(rf"\b{re.escape(n)}\b", t) for n in names for t in said)


FEATURE_KM = 150.0  # how far a lake or a region with no province may lie from a province it borders and still touch it


def _feature_by_province(f: Place, p: Place) -> bool:
    """A place with no province of its own (a lake, a marsh, a range: "an island in Lake Chad") and a province of
    the same country whose seat lies within :data:`FEATURE_KM` of it ("the Lac province"): nothing tells them
    apart, since the one may lie on the other."""
    from sitrep.stories.merge import haversine_km  # merge -> describe -> totals -> here: not at the top

    if f.admin1 or not (f.feature_class or "").startswith(("H.", "T.", "L.")) or p.precision != "province":
        return False
    if not f.country or f.country != p.country or None in (f.lat, f.lon, p.lat, p.lon):
        return False
    return haversine_km(f.lat, f.lon, p.lat, p.lon) <= FEATURE_KM  # type: ignore[arg-type]


_COARSE = frozenset({"year", "decade", "quarter", "season", "month", "week", "unknown"})


def incident_day(g: list[Event]) -> Optional[_dt.date]:
    """The day of an incident: the first of its events told to a finer grain than a month ("Nearly 60 were killed
    when a jet bombed the market, one of the deadliest strikes this year" is dated only to the year's start), else
    the first event's date."""
    fine = [e for e in g if e.date_start is not None and e.date_precision not in _COARSE]
    return min(fine, key=lambda e: e.date_start).date_start if fine else g[0].date_start


def exact_in_band(inc: IncidentToll, events: list[Event]) -> None:
    """ "Nearly 60 people were killed" beside "the names of 57 people killed" of one incident: the rounding stands
    for the exact count inside its band (0.9N..N), never a count above it; where the incident's best is the top of a
    "nearly N" band and an exact count of its events lies in the band below N, that count (the largest such) is the
    best; so is a floor in the band ("at least 29 soldiers" beside "Nearly 30": 29). The band's top is then no high
    of its own where no other count gives it (a rounding is no new bound)."""
    if inc.best is None:
        return
    figs = [m.fatalities for e in events for m in e.mentions if m.fatalities is not None]
    band = next((f for f in figs if f.hedge == "near" and f.high == inc.best and f.low is not None), None)
    if band is None or any(f.hedge is None and f.low == f.high == inc.best for f in figs):
        # (an exact count of the best itself, "bringing the number killed to 12" after "nearly a dozen" and 11:
        # the best is that count, not the rounding's top)
        return
    exact = [f.low for f in figs if f.low is not None and (f.hedge is None and f.low == f.high
             or f.hedge == "ge" and f.high is None) and band.low <= f.low < band.high]  # type: ignore[operator]
    if exact:
        inc.best = max(exact)
        top = band.high
        if inc.high == top and not any(f is not band and top in (f.low, f.high) for f in figs):
            inc.high = inc.best


def _fold(keep: IncidentToll, other: IncidentToll, boast: bool = False) -> None:
    # a side's count of its own deed (``boast``: its enemy's dead) never outvotes another's count, and never widens
    # the incident's high ("the rebels said they killed over 60 soldiers" beside the monitors' 27: 27, 27..27), as
    # ``totals.incident_toll`` keeps it out of the high; a lower count of a side is still a low (the army's four
    # soldiers "martyred" beside officials' seven: its partial count of its own dead)
    lows = [x for x in (keep.low, other.low, keep.best, other.best) if x is not None]
    highs = [x for x in (keep.high, keep.best) + (() if boast and keep.best is not None else (other.high, other.best))
             if x is not None]
    keep.event_ids += other.event_ids
    keep.n_claims += other.n_claims
    keep.low, keep.high = (min(lows) if lows else None), (max(highs) if highs else None)
    if not boast:
        keep.best = max(keep.best or 0, other.best or 0)
    if keep.claimant != other.claimant:
        keep.claimant = None


def untold_clusters(incidents: list[IncidentToll], groups: dict[int, list[Event]],
                    boasts: frozenset[int] = frozenset(),
                    apart: Optional[set[frozenset[int]]] = None) -> list[list[int]]:
    """The incidents (their indices) that nothing tells apart, in clusters: greedy, largest count first, an incident
    joining the first cluster none of whose members it is told apart from (nor paired with in ``apart``); each
    cluster's first index is the incident the others fold into (see :func:`fold_untold`)."""
    order = sorted(range(len(incidents)), key=lambda i: (id(incidents[i]) in boasts, -(incidents[i].best or 0), i))
    kept: list[tuple[list[int], list[list[Event]]]] = []
    for i in order:
        g = groups.get(id(incidents[i]), [])
        me = id(incidents[i])
        home = next((k for k in kept[:MAX_KEPT] if not any(told_apart(g, h) for h in k[1])
                     and not (apart and any(frozenset((me, id(incidents[x]))) in apart for x in k[0]))), None)
        if home is None:
            kept.append(([i], [g]))
        else:
            home[0].append(i)
            home[1].append(g)
    return [k[0] for k in kept]


def fold_untold(incidents: list[IncidentToll], groups: dict[int, list[Event]],
                boasts: frozenset[int] = frozenset(),
                apart: Optional[set[frozenset[int]]] = None) -> tuple[list[IncidentToll], int]:
    """The incidents with those nothing tells apart folded into the largest (see the module docstring), in their
    order, and how many were folded. ``groups`` maps ``id(incident)`` to its events; ``boasts`` holds the ids of
    incidents counted only by the side whose deed they count ("the army said it killed more than 100 terrorists"):
    they fold into another's count last, and their count is never kept over it. ``apart`` holds pairs of incident
    ids told apart already (the parts a round-up sums: ``totals._absorb_round_ups``)."""
    clusters = untold_clusters(incidents, groups, boasts, apart)
    folded = 0
    for c in clusters:
        head = incidents[c[0]]
        for n, i in enumerate(c[1:], start=2):
            _fold(head, incidents[i], id(incidents[i]) in boasts and id(head) not in boasts)
            events = [e for x in c[:n] for e in groups.get(id(incidents[x]), [])]
            exact_in_band(head, events)
            if head.date is not None:
                # one incident told in several reports: its first day told to the day (a later report's "after riots
                # that killed six" dated on its own Thursday, a count dated only "this year")
                head.date = incident_day(events) or head.date
            folded += 1
    keep = {c[0] for c in clusters}
    return [inc for i, inc in enumerate(incidents) if i in keep], folded
