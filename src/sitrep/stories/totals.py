"""Story totals of deaths: one toll per distinct incident, never a sum of claims about the same incident.

Several merged events of a story are often one real incident: the strike itself, and the later sentences that
say its toll "rose to 52" or "stood at 52" (dated to the day of the count, sometimes placed by a dateline).
Adding their tolls counts the same dead two or three times. This module groups fatality-bearing events into
incidents, gives each incident one toll, and sums over distinct incidents only.

**Which events.** Asserted events of a violent type (Battles, Explosions/Remote violence, Violence against
civilians) or riots (a gang riot in a prison, a mob's deadly violence: ACLED counts their dead too) with a fatality
count (:data:`TOLLED_TYPES`).

**One incident** (ACLED counts one event per location and day):

* two events at the same place on the same day, with the same acting side (or one not named, or named only
  generically where the other is an armed group it may be: "jihadists" and JNIM in Mali,
  ``generic_actors.may_be_group``; or one of them a riot, the setting in which its deaths happen: "police shot dead
  three as the riot spread"), are one incident,
  unless one report marks them as two in words ("another car bomb": ``told_apart.marked_apart``)
  (a state and its organs are one side, as in merging);
* an event with a count told as a *toll update* (its sentence has "toll" or a count verb: "the number killed ... rose
  to 52", "the death toll stood at 52") joins the nearest earlier incident of the previous
  :data:`UPDATE_DAYS` days whose place is compatible: the same place, the same province, no place on either
  side, or a place the update took only from the article (its dateline), not from its own words; or, where its own
  report counts one incident alone in those days, that one when it lies in the update's province ("bringing the death
  toll from the attack to 23" placed at a town of the state the first telling named: :func:`_one_in_region`).

* one incident told twice is counted once: the same count of the same victims (``compare.group_of``) within a
  day in compatible places (two reports of "three guards killed", one dated "the previous day"); the same count
  (three or more) on the same day in one province, of a group in one report and of people in another ("six
  civilians", and villagers who "walked to Pemba after Wednesday's raid, in which six people died":
  :func:`_people_retold`); in one
  report, the same count told again in compatible places, or, wherever the two are placed, a count of named victims
  (1: "the assassination of Ana Ruiz") that the fuller count's sentence names too (3: "Ruiz was killed along with
  two of her guards"); and,
  wherever the two are placed, two incidents whose counts were read from the very same words (a restatement that
  took the fuller count of a later sentence, placed elsewhere by a name misread as a town); and one deed told over
  two days at one place (a siege stormed the next morning, fighting that "went on for a second day":
  ``continued.continues``) is one incident of the larger count, dated on its first day. A new
  incident is compared only with those a day apart or from the same reports (an index, at most
  :data:`MAX_TWICE`), never with all.

**An incident's toll** (:func:`incident_toll`), from every fatality claim of its events (each with its
claimant, article, as-of date and whether it is told as a toll update):

* ``best`` when the toll is told as updated ("rose to 57", also in a sentence of its own that no event carries: "by
  evening the death toll had risen to 57", given to the one incident its report counts before it): the toll as last known: each claimant's (or, for
  unattributed counts, each article's) latest update is its current one, and among the current updates of the
  latest as-of date the lowest (ACLED's conservative rule between competing claims);
* ``best`` otherwise: the merged best of the best-sourced event (merge.py: most independent reports, then the
  most recent, then the lowest), so competing reports of one incident are never added; a range gives its low end
  ("between 10 and 20": 10; "thousands": 2,000) and "about N" gives N; a count that more reports of the incident
  give than give that best wins (:func:`_most_reports`: votes across the incident's events, never a side's counts
  of its own deed);
* a best that is a lower bound on a round ten ("more than 40") gives way to another claimant's exact count within
  that ten (42): the same count rounded down (:func:`_count_for_rounded_bound`); any other floor ("at least
  eight") to the one exact count above it that every other report of the incident gives (:func:`_count_above_floor`);
* ``low``/``high``: the lowest and highest of all claims (the competing and superseded values); a round count told
  as near it ("Nearly 30") whose band holds another report's one exact count (28) is that count rounded
  (:func:`_roundings_as_counts`), no bound of its own;
* ``claimant``: set when every claim comes from one claimant (a party's own count, "per X"), so that it can be
  shown as that party's claim.

**A side's claim about its own action** ("the ministry said its forces neutralised 114"): an incident counted
only by one claimant that is the acting side (a state and its organs are one side) is kept apart in
``party_claims``, labelled with the claimant, and not added to the total. So is an incident no one is quoted for,
told by a report that quotes the acting side for its other counts of what it did ("the ministry said its forces
neutralised 40 fighters ... Last week its army also killed 25 enemy soldiers"): the report relays that side's
count, and it is labelled as that side's claim (:func:`_carry_side_claims`). So is a state's forces' count of their
enemy's dead relayed with no claimant read as the state ("The army's statement that its troops 'neutralised 47
terrorists' could not be confirmed": ``own_losses.relayed_enemy_dead``), labelled with the force's name. A side
that alone counts an incident in which it also counts its own dead ("three soldiers were killed ..., the army
said" and then "four soldiers and 14 militants") gives the incident's count, added and labelled "per" that side
(:func:`_counts_own_dead`).

**A round-up** ("a series of attacks killed 12 this week", "the two attacks killed 12 in all") is an incident of its
own, never merged with one of its parts, and takes in the incidents of its report dated on its day or in the week
before, each no larger than it (:func:`_absorb_round_ups`): their dead are among its dead.

**The story total** (:func:`story_totals`) is the sum of the incidents' ``best`` (and of their ``low`` and
``high``), with ``how`` saying so in words. It lives on ``Story.totals`` as a :class:`sitrep.model.StoryTotal`:

``{"what": "killed", "best", "low", "high", "n_incidents", "how",
"incidents": [{"event_ids", "place", "date", "best", "low", "high", "claimant", "n_claims"}],
"party_claims": [the same, for incidents only the acting side counted]}``

Outputs render ``how`` and the incident list next to the total; they never add event tolls themselves.

**Key figures** (:func:`key_figures`, the one grouping: stored on ``Story.key_figures``, written to story.json's
``key_figures``, laid out by export/brief.py and the web view): the story's figures grouped by what is counted, for
whom (read with the figure's sentence: "lost 14 soldiers" by a ministry counts its own side) and since when, each
group with the latest claim of each claimant (:class:`sitrep.model.KeyFigure`: ``{"what", "group", "since",
"n_articles", "kind", "claims": [{"claimant", "low", "high", "as_of", "figure_id", "article_id", "quoted"}]}``), so
that a report shows each party's current count side by side instead of one range across different groups.
"""
from __future__ import annotations

import datetime as _dt
import math
import re
from typing import Optional

from sitrep.model import (KILLED_WHAT, VIOLENT_EVENT_TYPES, ActorRef, Article, ClaimValue, Event, Figure, IncidentToll,
                          KeyFigure, StoryTotal)
from sitrep.events.generic_actors import may_be_group
from sitrep.events.increment import added_before_whole, is_increment
from sitrep.events.toll import is_toll_update, is_toll_update_figure
from sitrep.events.toll_excluding import excluded_attackers
from sitrep.stories.continued import continues
from sitrep.stories.own_losses import (STATE_FORCES, civilians_of_another, claims_own_kill, enemy_dead, foreign_forces_dead,
                                       home_forces, own_losses, own_partial_count, relayed_enemy_dead)
from sitrep.stories.claimant_names import fold_claimants, named_titles, unquoted_restated
from sitrep.stories.count_scope import NATIONWIDE, told_abroad, told_for_country
from sitrep.stories.count_parts import common_population, part_group
from sitrep.stories.key_periods import EARLIER_DAYS, STOCK_WHAT, earlier_count, incident_since, since_long_before
from sitrep.stories.own_day import own_day_of
from sitrep.stories.force_claim import own_or_force_kill
from sitrep.stories.part_retold import whole_over_part
from sitrep.stories.put_toll import put_toll
from sitrep.stories.recaps import recap_only, recap_told
from sitrep.stories.restated import rounded_restated
from sitrep.stories.tellers import counting_articles
from sitrep.stories.unplaced import placed_by_name
from sitrep.stories.kept_apart import named_by_round_up, own_towns_differ, sums_exactly_apart
from sitrep.stories.told_apart import (OWN_PLACE_SOURCES, exact_in_band, fold_untold, incident_day, is_round_up,
                                      marked_apart, names_two_places, places_apart, round_up, same_deeds_told,
                                      told_apart, told_as_sum)

# the event types whose dead a story total adds up
TOLLED_TYPES = VIOLENT_EVENT_TYPES | frozenset({"Riots"})
UPDATE_DAYS = 7  # a toll update refers to an incident at most this many days before it
# a round-up may be dated a day before a part its own words name (its sentence's other day: "called on Thursday for
# ... after strikes on Kharkiv and Odesa killed 12" told of Wednesday's and Thursday's strikes)
ROUND_UP_SLACK_DAYS = 1
MAX_TWICE = 64  # incidents compared with a new one for "told twice" (a day apart or in the same report)

# low, high, as_of, claimant key, told as a toll update, article, the high the merge saw (an "about N" count's band,
# a range's top), the count the claim gives for best (N of "about N", a range's low end; else that high), told by
# the event's acting side or held as a side's claim ("the army said its troops killed 150": a side's count of its own
# deed; a rival's "while the network said 31": never the best), and told as that side's own deed (its enemy's dead:
# never the incident's low or high)
Claim = tuple[float, float, _dt.date, str, bool, str, float, float, bool, bool]


def _nominal(f: Figure) -> Optional[float]:
    """The count a report gives, where it is not the figure's high (:func:`sitrep.nlp.figure_hedges.figure_best`: N of
    "about N" / "approximately N", read as the band 0.9N..1.1N: ACLED codes N; the low end of a range, "between 10 and
    20": 10, or of a plural number word, "thousands": 2,000: the conservative count); None for any other count."""
    from sitrep.nlp.figures import figure_best

    return figure_best(f)


def _claims(e: Event, articles: dict[str, Article], names: dict[str, str],
            fighting: tuple[ActorRef, ...] = ()) -> list[Claim]:
    """One claim for each fatality count of the event's mentions; ``fighting``: the actors of the story's events (a
    claimant among them counting its enemy's dead tells its own deed, :func:`own_losses.enemy_dead`)."""
    from sitrep.stories.merge import same_actor, counts_of

    out = []
    # a round-up merged into one of the incidents it sums ("strikes on Kharkiv and Odesa killed 12", "killed 12 in
    # all") is no claim of that incident's toll where the incident has counts of its own ("in the clashes", a plural
    # that often tells one incident, is kept)
    own = {id(m) for m, _lo, _hi in counts_of(e.mentions) if not (names_two_places(m) or told_as_sum(m))}
    for m, lo, hi in counts_of(e.mentions):
        f = m.fatalities
        art = articles.get(m.article_id)
        if art is not None and (is_increment(f, art.text) or added_before_whole(f, art.text)):
            continue  # "two more bodies were found": deaths added to the toll, no claim of it
        if own and id(m) not in own:
            continue
        as_of = f.as_of or m.date_end or m.date_start or (art.published if art else None) or _dt.date.min
        who = f.claimant or m.claimant or f"article:{m.article_id}"
        names.setdefault(who, f.claimant_name or m.claimant_name or who)
        seen_hi = float(hi)
        n = _nominal(f)
        if n is not None and n != lo:
            lo = hi = n  # "approximately 12" is a claim of 12, not of 14
        side = ActorRef(who, who)
        fights = any(same_actor(a, side) for a in fighting)
        at = e.place.country if e.place is not None else None
        by_doer = not who.startswith("article:") and (
            (e.actor1 is not None and same_actor(e.actor1, side))
            or enemy_dead(who, f.who, fights or home_forces(who, at)) or foreign_forces_dead(who, f.who, fights, at))
        # a state's count of its enemy's dead relayed with no state claimant read ("the army's statement that its
        # troops 'neutralised 47 terrorists'"; "..., the army general staff said")
        by_doer = by_doer or relayed_enemy_dead(who, f.who, e.actor1.entity_id if e.actor1 is not None else None,
                                                _quoted(m, f)) or own_or_force_kill(who, f.who, _before_count(m, f, art.text if art else ""))
        x = excluded_attackers(f, art.text) if art is not None else 0  # "21, not counting the four attackers": 25
        # (a count read from the next sentence, "..., bringing the toll to 11", is an update by its own words)
        upd = is_toll_update(m) or (art is not None and is_toll_update_figure(f, art.text))
        out.append((float(lo) + x, float(hi) + x, as_of, who, upd, m.article_id, seen_hi,
                    (float(n) if n is not None else seen_hi) + x, by_doer, by_doer))
    return out


_QUOTES = re.compile("[\"\u201c\u201d]")


_SENTENCE_END = re.compile(r"[.!?][\"\u201d']?\s+|\n")


def _before_count(m, f: Figure, text: str = "") -> str:  # type: ignore[no-untyped-def]
    """The words of the count's sentence before the count ("JNIM said on Monday it had killed "). A count the
    mention's sentence does not hold (a side's claim in a later sentence of the report merged into the mention: "The
    RSF rejected the accusation; a statement from the group claimed it had killed more than 100 army soldiers") is
    read in its own sentence of the report's ``text``."""
    sent = m.sentence
    if f.span is None:
        return ""
    if sent is None or not sent.start <= f.span.start <= sent.end:
        if not text or f.span.start > len(text):
            return ""
        window = text[max(0, f.span.start - 200):f.span.start]
        ends = list(_SENTENCE_END.finditer(window))
        return window[ends[-1].end():] if ends else window
    return sent.text[:f.span.start - sent.start]


def _quoted(m, f: Figure) -> bool:  # type: ignore[no-untyped-def]
    """The count stands inside quotation marks of its sentence (a side's words relayed: 'its troops "neutralised 47
    terrorists"')."""
    sent = m.sentence
    if f.span is None or sent is None or not sent.start <= f.span.start <= sent.end:
        return False
    return len(_QUOTES.findall(sent.text[:f.span.start - sent.start])) % 2 == 1


def _victim_groups(g: list[Event], articles: dict[str, Article]) -> set[str]:
    """The groups the incident's counts are of ("Turkish military", "civilians"): ``compare.group_of``."""
    from sitrep.stories.compare import group_of

    out = set()
    for e in g:
        for m in e.mentions:
            if m.fatalities is not None:
                art = articles.get(m.article_id)
                grp = group_of(m.fatalities, art.text if art is not None else "")
                if grp and grp != "people":
                    out.add(grp)
    return out


_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]{2,})\b")


def _named_victims(g: list[Event]) -> set[str]:
    """Names of the victims an incident's counts name one by one ("the assassination of Ana Ruiz": {"Ruiz"}): the
    capitalised words of a count read from named victims (nlp/victims.py: its ``who`` is its own text)."""
    out = set()
    for e in g:
        for m in e.mentions:
            f = m.fatalities
            if f is not None and f.who and f.who == f.span.text and (f.low or 0) <= 3:
                out |= set(_NAME.findall(f.who)) or set(_ONE_NAME.findall(f.who))  # "Ruiz was killed": {"Ruiz"}
    return out


_ONE_NAME = re.compile(r"^([A-Z][a-z]{2,})$")


def _named_twice(ga: list[Event], gb: list[Event], best_a: float, best_b: float) -> bool:
    """A count of named victims (1: "Ruiz was killed") whose names the other count's sentences name too (3: "Ana
    Ruiz died along with two of her guards"; the case of a name as the report writes it): one incident, wherever
    each is placed, since a person is killed once."""
    pairs = [(ga, gb), (gb, ga)] if best_a == best_b else [(ga, gb) if best_a < best_b else (gb, ga)]
    for small, big in pairs:  # two counts of one: either may be the one that names the victim
        names = _named_victims(small)
        text = _count_sentences(big)
        if names and all(re.search(rf"\b{re.escape(n)}\b", text, re.I) for n in names):
            return True
    return False


def _count_spans(g: list[Event]) -> set[tuple[str, int, int]]:
    """Where an incident's counts were read: (article, start, end) of each mention's fatality figure."""
    return {(m.article_id, m.fatalities.span.start, m.fatalities.span.end) for e in g for m in e.mentions
            if m.fatalities is not None and m.fatalities.span is not None}


def _count_sentences(g: list[Event]) -> str:
    return " ".join(m.sentence.text for e in g for m in e.mentions if m.fatalities is not None)


def _same_count_twice(a: tuple, b: tuple) -> bool:  # type: ignore[type-arg]
    """Two incidents that are one told twice: the same count of the same victims within a day, in compatible places
    ("three guards were killed in a drone strike the previous day" and, in a later report, "earlier, three guards
    were killed in an enemy attack"); or, in one report, the same count in compatible places (a
    report tells its incident again: "the killing of the three nurses ... the killing of these three
    nurses"), or a count of named victims that the other count's sentence names too ("the assassination of
    Ana Ruiz" and "Ruiz was killed along with two of her guards": 1 of the 3)."""
    ia, ga, va = a
    ib, gb, vb = b
    if ia.best is None or ib.best is None:
        return False
    if ia.best == ib.best and _count_spans(ga) & _count_spans(gb):
        return True  # the very same words counted by both (a restatement took the fuller count): one incident
    one_report = bool(counting_articles(ga) & counting_articles(gb))
    if one_report and _named_twice(ga, gb, ia.best, ib.best):
        return True  # one named victim told twice, even where a misread place sets the two apart
    if _people_retold(a, b):
        return True
    if not (_compatible(ga[0], gb[0]) or _compatible(gb[0], ga[0])):
        return False
    near = ia.date is not None and ib.date is not None and abs((ia.date - ib.date).days) <= 1
    if ia.best == ib.best and ((near and va & vb) or one_report and (near or not (va and vb) or va & vb)):
        return True
    return _large_count_retold(a, b)


RETOLD_MIN = 3  # a count of people (no group named) told again beside the same count of a group: from three dead
SAME_COUNT_MIN = 10  # an exact count that two deeds of one place and week rarely share (as ``cluster.toll_keys``)


def _people_retold(a: tuple, b: tuple) -> bool:  # type: ignore[type-arg]
    """The same count (three or more) on the same day in one province, of a group in one report and of people (no
    group named) in another ("six civilians" killed outside Mocimboa da Praia; later, villagers "walked to Pemba after
    Wednesday's raid, in which six people died", the retelling placed at the town they reached): one told twice."""
    (ia, ga, va), (ib, gb, vb) = a, b
    if ia.best != ib.best or ia.best < RETOLD_MIN or bool(va) == bool(vb) or ia.date is None or ia.date != ib.date:
        return False
    if counting_articles(ga) & counting_articles(gb):
        return False  # one report telling two counts: its own words set them apart
    pa, pb = ga[0].place, gb[0].place
    return pa is not None and pb is not None and bool(pa.admin1) and pa.admin1 == pb.admin1 and pa.country == pb.country


def _large_count_retold(a: tuple, b: tuple) -> bool:  # type: ignore[type-arg]
    """The same exact count of ten or more of the same victims, at one place (each placed at the other's town by
    its own events), in two reports of the story within :data:`UPDATE_DAYS` ("killed at least 22 villagers near
    Ouallam on Friday", and the next week "The attack on Friday killed 22 villagers", its Friday read as the day
    before the report): one massacre told again, never a second one."""
    (ia, ga, va), (ib, gb, vb) = a, b
    if ia.best is None or ia.best != ib.best or ia.best < SAME_COUNT_MIN or not (va & vb):
        return False
    if ia.date is None or ib.date is None or abs((ia.date - ib.date).days) > UPDATE_DAYS:
        return False
    if counting_articles(ga) & counting_articles(gb):
        return False  # one report telling two counts: its own words set them apart
    ka, kb = _place_key(ga[0]), _place_key(gb[0])
    return ka is not None and ka == kb


def _one_deed_two_days(k: tuple, item: tuple, claims: list[Claim],  # type: ignore[type-arg]
                       articles: dict[str, Article]) -> bool:
    """Two incidents that are one deed told over two days (``continued.continues``): a siege and its storming the
    next morning, a battle that "went on for a second day"."""
    (ki, kg, _kv), (ii, ig, _iv) = k, item
    return continues((ki.date, ki.best, _place_key(kg[0]), kg), (ii.date, ii.best, _place_key(ig[0]), ig),
                     [c[2] for c in claims], articles)


def incident_toll(events: list[Event], claims: list[Claim], published: Optional[dict[str, _dt.date]] = None
                  ) -> tuple[Optional[float], Optional[float], Optional[float]]:
    """best, low, high of one incident from its events and their claims (see the module docstring); ``published``:
    the reports' days by article id (where a side's count gives way to the others', the latest report's count is
    the best among counts of one as-of day)."""
    if not claims:
        best = max((e.fatalities_best or e.fatalities_low or 0 for e in events), default=None)
        lows = [e.fatalities_low for e in events if e.fatalities_low is not None]
        highs = [e.fatalities_high for e in events if e.fatalities_high is not None]
        return best, min(lows, default=best), max(highs, default=best)
    # low and high are counts of the incident's dead, never a side's count of its enemy's dead ("the junta said it
    # killed nine terrorists" beside the monitors' 19 and 26; "JNIM said it had killed 80 soldiers" beside 40 -> 52),
    # unless only sides count it
    counted = _roundings_as_counts([c for c in claims if not c[9]] or claims, events)
    low, high = min(c[0] for c in counted), max(c[1] for c in counted)
    updates = [c for c in claims if c[4]]
    if updates:  # a toll told as risen or reached: the latest one, per claimant, the lowest where they compete
        current: dict[str, Claim] = {}
        for c in updates:
            old = current.get(c[3])
            if old is None or (c[2], c[1]) > (old[2], old[1]):
                current[c[3]] = c
        last = max(c[2] for c in current.values())
        best = min(c[1] if c[0] == c[1] else c[0] for c in current.values() if c[2] == last)
        best = _later_fuller(best, claims, current, published or {})
        return _count_for_rounded_bound(best, events, claims), low, high
    # competing reports of the incident itself: the best-sourced event's merged best (votes, then recency, then
    # the lowest: merge.py), never a sum
    head = max(events, key=lambda e: (e.n_independent_sources, e.n_sources, -(e.fatalities_best or 0)))
    head = _later_named_count(head, events, claims, published or {})
    if len(events) > 1 and len({m.article_id for e in events for m in e.mentions}) == 1 \
            and len({e.event_type for e in events}) == 1:
        # one report's own counts of one incident (one type of deed) are no competing reports: its largest holds
        # the others ("Two jawans were killed in an ambush" read as 3 with "the body of a Maoist cadre killed in the
        # exchange"; never "177 dead and 251 wounded" in five days beside the clash's six)
        head = max(events, key=lambda e: e.fatalities_best or 0)
    best = head.fatalities_best if head.fatalities_best is not None else low
    best = _most_reports(best, claims)
    if best is not None and not low <= best <= high:
        best = min(max(best, low), high)  # the merge took a count that is no claim of the incident (a round-up's)
    given = {c[6]: c[7] for c in claims if c[6] != c[7]}  # the merge's value of "about N" -> N, of a range -> its low
    best = given.get(best, best) if best is not None else best
    # a side's count of what its own action did ("the army said its troops killed more than 150 fighters") is never
    # the best where someone else counts the incident too ("at least 41 killed, a doctors' group said"): it stays a
    # claim (low, high); the others' latest count is the best (the lowest of that day)
    others = [c for c in claims if not c[8]]
    if others and len(others) < len(claims) and best not in {c[7] for c in others} | {c[0] for c in others}:
        # the latest count, of the latest report where several tell the same day's (the army's 8 soldiers, then
        # residents' 11 soldiers and three civilians: a count of the day given later is a fuller one)
        pub = published or {}
        best = max(others, key=lambda c: (c[2], pub.get(c[5]) or _dt.date.min, -c[7]))[7]
    return _count_for_rounded_bound(best, events, claims), low, high


def _later_named_count(head: Event, events: list[Event], claims: list[Claim], published: dict[str, _dt.date]) -> Event:
    """Among events of one incident as well sourced as ``head`` and told by different reports, the one a later report
    tells with a higher count of a named claimant ("12 soldiers, two security sources said" on Monday, "the defence
    ministry said on Wednesday that 14 soldiers were killed"): the count of the day given later is the fuller one,
    never a side's count of its own deed; ``head`` where none is."""
    def day(e: Event) -> _dt.date:
        return max((published.get(m.article_id) or _dt.date.min for m in e.mentions), default=_dt.date.min)

    named = {c[5] for c in claims if not c[8] and not c[4] and not c[3].startswith("article:")}
    later = [e for e in events if e is not head and (e.n_independent_sources, e.n_sources)
             == (head.n_independent_sources, head.n_sources) and (e.fatalities_best or 0) > (head.fatalities_best or 0)
             and day(e) > day(head) and {m.article_id for m in e.mentions} <= named
             and not {m.article_id for m in e.mentions} & {m.article_id for m in head.mentions}]
    return max(later, key=lambda e: (day(e), -(e.fatalities_best or 0))) if later else head


def _later_fuller(best: float, claims: list[Claim], current: dict[str, Claim], published: dict[str, _dt.date]) -> float:
    """The count of a named claimant that told no update, in a report published after every update's report and
    above their best ("At least 32 people were killed in last weekend's raid, the rights observatory said on
    Thursday, well above the government's figure of 21"): a fuller count told later, the incident's toll as last
    known; ``best`` where there is none (the lowest of several such). Never a side's count of its own deed, never an
    unattributed restatement. ``published``: the reports' days by article id."""
    told = [published.get(c[5]) for c in current.values()]
    if not told or any(d is None for d in told):
        return best
    last = max(told)  # type: ignore[type-var]
    later = [c for c in claims if not c[4] and not c[8] and (published.get(c[5]) or _dt.date.min) > last
             and c[3] not in current and not c[3].startswith("article:") and c[7] > best]
    return min((c[7] for c in later), default=best)


def _most_reports(best: Optional[float], claims: list[Claim]) -> Optional[float]:
    """The count that more reports of the incident give than give ``best`` (votes across its events, as merge.py
    votes within one): the army's "eight soldiers" in one report against "11 soldiers and three civilians" (14) in
    two later ones is 14. Only counts no side gives of its own deed vote; a tie keeps ``best``."""
    votes: dict[float, set[str]] = {}
    for c in claims:
        if not c[8]:
            votes.setdefault(c[7], set()).add(c[5])
    if best is None or not votes:
        return best
    top = max(votes, key=lambda v: len(votes[v]))
    n = len(votes[top])
    if n >= 2 and n > len(votes.get(best, ())) and sum(len(a) == n for a in votes.values()) == 1:
        return top
    return best


ROUNDING_HEDGES = frozenset({"near", "approx"})  # "nearly 30", "about 30": a round count told for an exact one


def _roundings_as_counts(claims: list[Claim], events: list[Event]) -> list[Claim]:
    """``claims`` with each round count told as near it ("Nearly 30 people were killed", "about 30", "nearly 25": a
    hedge of :data:`ROUNDING_HEDGES` on a round five or ten) whose band holds one exact count of another report (the police's 28)
    taken as that count: the same toll rounded, never a higher or lower bound of the incident."""
    rounded = {(m.article_id, float(f.high)): (f.low, f.high) for e in events for m in e.mentions
               if (f := m.fatalities) is not None and f.hedge in ROUNDING_HEDGES and f.high is not None
               and f.low is not None and f.high >= 10 and f.high % 5 == 0}
    if not rounded:
        return claims
    out = []
    for c in claims:
        band = rounded.get((c[5], c[1])) or rounded.get((c[5], c[6]))
        exact = {x[0] for x in claims if x[5] != c[5] and x[0] == x[1] and x[0] % 10 and not x[8]} if band else set()
        inside = {v for v in exact if band[0] <= v <= band[1]} if band else set()
        out.append((min(inside), min(inside)) + c[2:] if len(inside) == 1 else c)  # type: ignore[arg-type]
    return out


def _count_for_rounded_bound(best: Optional[float], events: list[Event], claims: list[Claim]) -> Optional[float]:
    """The exact count a rounded lower bound stands for: where the incident's best is an open bound on a round
    number ("more than 40", read as 41; "at least 40") and another claim, not the acting side's, is an exact count
    within that round ten (42), the bound tells the same count rounded down, never a lower toll: the exact count (the
    lowest such) is the best. Any other best is kept."""
    if best is None:
        return best
    bound = None
    for e in events:
        for m in e.mentions:
            f = m.fatalities
            if f is not None and f.high is None and f.low == best:
                bound = f
    if bound is None:
        return best
    n = best - 1 if bound.hedge == "gt" else best  # "more than 40": low 41
    if n < 10 or n % 10:
        return _count_above_floor(best, bound, claims)
    opened = {m.fatalities.low for e in events for m in e.mentions
              if m.fatalities is not None and m.fatalities.high is None}
    exact = [c[0] for c in claims if c[0] == c[1] == c[7] and not c[8] and c[0] not in opened and n < c[0] < n + 10]
    return min(exact) if exact and min(exact) > best else best


def _count_above_floor(best: float, bound: Figure, claims: list[Claim]) -> float:
    """The one exact count that a floor ("at least eight inmates were killed") is no rival to: where every claim of
    the incident other than the floor's own report is one and the same exact count above it ("ten people, including
    two guards", twice), not the acting side's, that count is the best (the floor said only that there were no
    fewer). Two differing exact counts, or one at or below the floor, keep the floor."""
    art = bound.span.article_id if bound.span is not None else None
    others = [c for c in claims if c[5] != art]
    if not others or any(c[8] or not c[0] == c[1] == c[7] for c in others):
        return best
    values = {c[0] for c in others}
    return values.pop() if len(values) == 1 and min(values) > best else best


def _relayed_side(g: list[Event], claims: list[Claim]) -> bool:
    """An incident whose every count is a state's forces' count of their enemy's dead, relayed with no claimant
    read as the state itself (``own_losses.relayed_enemy_dead``: "the army's statement that its troops 'neutralised 47
    terrorists'"), every event done by one and the same state force: that force's claim."""
    from sitrep.stories.merge import same_actor

    doer = g[0].actor1 if g else None
    return (doer is not None and (doer.entity_id or "").upper().endswith(STATE_FORCES)
            and _sides_only(claims) and all(e.actor1 is not None and same_actor(e.actor1, doer) for e in g)
            and all(c[3].startswith("article:") or not _known_actor(c[3]) for c in claims))


def _counts_own_dead(g: list[Event], claims: list[Claim]) -> bool:
    """The incident's one claimant also counts a deed done to it (a claim not of its own deed, in an event whose
    victim is that claimant's side: "three soldiers were killed when militants fired on an army patrol, an army
    spokesman said"): its own losses, which it has no cause to inflate."""
    from sitrep.stories.merge import same_actor

    sides = {c[3] for c in claims}
    if len(sides) != 1:
        return False
    side = next(iter(sides))
    ref = ActorRef(side, side)
    return any(not c[8] for c in claims) and any(e.actor2 is not None and same_actor(e.actor2, ref) for e in g)


def _known_actor(claimant: str) -> bool:
    """A claimant read as a known actor's id ("MLI_MIL", "x:residents"), not as its words ("the army general staff")."""
    return ":" in claimant or "_" in claimant or claimant.isupper()


def _sides_only(claims: list[Claim]) -> bool:
    """Every claim is told by the side whose deed it counts (:func:`incident_toll`: never the best beside another's)."""
    return bool(claims) and all(c[8] for c in claims)


def _place_key(e: Event) -> Optional[str]:
    if e.place is None:
        return None
    return str(e.place.geonameid) if getattr(e.place, "geonameid", None) else (e.place.name or None)


def _placed_by_article_only(e: Event) -> bool:
    return all(m.place_source == "article" or m.place is None for m in e.mentions if m.fatalities is not None)


def _articles(e: Event) -> set[str]:
    return {m.article_id for m in e.mentions}


def _dateline_only_abroad(e: Event, cands: list[Event]) -> bool:
    """The event's counts are placed only by their report's dateline (``place_source`` "article"), and that report
    places another counted event in its own words in another country: the dateline is where the reporter files from
    (Nairobi for a strike in Ethiopia), no place of the deed."""
    if e.place is None or not e.place.country or not _placed_by_article_only(e):
        return False
    arts = _articles(e)
    return any(m.article_id in arts and m.place_source in OWN_PLACE_SOURCES and m.place is not None
               and m.place.country and m.place.country != e.place.country
               for x in cands if x is not e for m in x.mentions if m.fatalities is not None)


def _compatible(upd: Event, inc: Event) -> bool:
    a, b = _place_key(upd), _place_key(inc)
    if a is None or b is None or a == b or _placed_by_article_only(upd):
        return True
    pa, pb = upd.place, inc.place
    return bool(pa and pb and pa.admin1 and pa.admin1 == pb.admin1 and pa.country == pb.country
                and (pa.precision == "province" or pb.precision == "province"))


def _one_in_region(upd: Event, groups: list[list[Event]]) -> list[list[Event]]:
    """The earlier incident of the update's own report, where that report counts only that one in the update's
    :data:`UPDATE_DAYS` and it lies in the update's province (the same first level region of the same country): "The
    death toll from an attack on a village in Riverland State has risen to 23" and later "..., bringing the death toll
    from the attack to 23", the second placed at a town of that state; [] otherwise (the report counts several, or
    its one lies in another province)."""
    pu = upd.place
    if pu is None or not pu.admin1:
        return []
    arts = counting_articles([upd])
    mine = [g for g in groups if counting_articles(g) & arts]
    inside = [g for g in mine if g[0].place is not None and g[0].place.admin1 == pu.admin1
              and g[0].place.country == pu.country]
    return inside if len(inside) == 1 and len(mine) == 1 else []


def _told_twice(item, cands: list, claims, articles: dict[str, Article]):  # type: ignore[no-untyped-def]
    """The incident of ``cands`` (``(IncidentToll, events, victims)`` items) that the new ``item`` tells again, and
    the day to keep for it: the same count of the same victims, one deed over two days (its own day kept), or a far
    report's own day ("on Sunday" in Sydney of Saturday night's shooting in Celaya: the day of the reports written
    where it happened, ``stories/own_day``); ``(None, None)`` when none."""
    inc, g = item[0], item[1]
    if round_up(g):
        return None, None  # a round-up is no retelling of one of its parts: it absorbs them (_absorb_round_ups)
    cands = [k for k in cands if not round_up(k[1])]
    twice = next((k for k in cands if _same_count_twice(k, item) or _one_deed_two_days(k, item, claims, articles)),
                 None)
    if twice is not None:
        return twice, None
    for k in cands:
        day_of = own_day_of((k[0].date, _place_key(k[1][0]), k[1]), (inc.date, _place_key(g[0]), g), articles)
        if day_of is not None:
            return k, day_of
    return None, None


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


def story_totals(events: list[Event], articles: dict[str, Article],
                 figures: Optional[list[Figure]] = None) -> Optional[StoryTotal]:
    """Deaths over the story's distinct incidents; None when no violent event has a count. ``figures`` (the story's)
    lets a toll update that no event carries ("the death toll had risen to 15") update its incident."""
    cands = [e for e in events if e.modality == "asserted" and (e.event_type in TOLLED_TYPES or _force_on_protest(e))
             and (e.fatalities_low is not None or e.fatalities_high is not None or e.fatalities_best is not None)]
    if not cands:
        return None
    cands = placed_by_name(cands)  # "Chiure" left unresolved in one report is the Chiúre another report places
    groups = _incident_groups(cands)
    made, claims_of, names, recalled = _incident_tolls(groups, events, articles, figures)
    incidents, party = _sides_apart(made, claims_of, cands)
    _carry_side_claims(incidents, party, made, claims_of, names)
    # the same count by the same side on the same day, once read as its own action and once (a misread actor)
    # as another's: one claim, kept with the side's claims and never added
    claimed = {(i.claimant, i.date, i.best) for i in party}
    incidents = [i for i in incidents if i.claimant is None or (i.claimant, i.date, i.best) not in claimed]
    if not incidents and not party:
        return None
    incidents, party = _only_count(incidents, party)
    # a round-up first takes in the incidents it sums (its count never stands for one of them), then the incidents
    # nothing tells apart fold into the largest
    n_before = sum(len(i.event_ids) for i in incidents)
    apart: set[frozenset[int]] = set()
    incidents, absorbed = _absorb_round_ups(incidents, {id(inc): g for inc, g, _v in made}, apart)
    incidents, untold = fold_untold(incidents, {id(inc): g for inc, g, _v in made},
                                    frozenset(id(inc) for inc, _g, _v in made if _sides_only(claims_of[id(inc)])),
                                    apart)
    _own_losses_low(incidents, events, figures or [])
    _party_losses_low(incidents, party, {id(inc): g for inc, g, _v in made}, claims_of)
    n = len(incidents)
    best_t = sum(i.best or 0 for i in incidents)
    low_t = sum(i.low if i.low is not None else (i.best or 0) for i in incidents)
    high_t = sum(i.high if i.high is not None else (i.best or 0) for i in incidents)
    how = _how_counted(incidents, n_before - n - absorbed, untold, absorbed, recalled, party)
    return StoryTotal(what="killed", best=best_t, low=low_t, high=high_t, n_incidents=n, how=how, incidents=incidents,
                      party_claims=party)


def _own_losses_low(incidents: list[IncidentToll], events: list[Event], figures: list[Figure]) -> None:
    """A side's count of its own dead ("the army said it lost five soldiers", "14 of its own fighters":
    :func:`own_losses.own_partial_count`) below an incident's low, in a report that tells that incident alone, on its
    day (a day either side), or in a report that tells none of the story's one incident, in the
    :data:`UPDATE_DAYS` after it ("The council said 14 of its own fighters had been killed" three days on): a claim of
    part of its dead, the incident's low."""
    by_id = {e.id: e for e in events}
    arts = {id(i): {m.article_id for k in i.event_ids if k in by_id for m in by_id[k].mentions} for i in incidents}
    for f in figures:
        if f.what not in KILLED_WHAT or f.background or f.since is not None or f.low is None or f.low != f.high \
                or f.span is None or not own_partial_count(f.claimant, f.who):
            continue
        told = [i for i in incidents if f.span.article_id in arts[id(i)]]
        days = (-1, 1)
        if not told and len(incidents) == 1:
            told, days = incidents, (0, UPDATE_DAYS)
        if len(told) != 1 or told[0].low is None or f.low >= told[0].low:
            continue
        day = told[0].date
        if day is not None and f.as_of is not None and not days[0] <= (f.as_of - day).days <= days[1]:
            continue
        told[0].low = float(f.low)


def _party_losses_low(incidents: list[IncidentToll], party: list[IncidentToll], groups: dict[int, list[Event]],
                      claims_of: dict[int, list[Claim]]) -> None:
    """A state's forces fighting in the story's one incident count their own dead ("four soldiers were martyred in
    the exchange of fire and troops killed six attackers", the military said): a side's claim, kept apart and never
    added, and also a claim of part of the incident's dead: below the incident's low, on its day (a day either
    side), it is the low (as :func:`_own_losses_low` takes a side's count of its own dead told as a figure)."""
    if len(incidents) != 1 or incidents[0].low is None:
        return
    inc = incidents[0]
    for p in party:
        sides = {c[3] for c in claims_of.get(id(p), [])}
        whos = [m.fatalities.who for e in groups.get(id(p), []) for m in e.mentions if m.fatalities is not None]
        if len(sides) != 1 or not whos or p.best is None or p.best >= inc.low \
                or not all(own_partial_count(next(iter(sides)), w) for w in whos):
            continue
        if inc.date is not None and p.date is not None and abs((p.date - inc.date).days) > 1:
            continue
        inc.low = float(p.best)


# a protest the authorities fired on: its dead are counted as ACLED counts them (the sub-type's fatalities)
FORCE_ON_PROTEST = "Excessive force against protesters"


def _force_on_protest(e: Event) -> bool:
    """ "Seven people were shot dead by police during a protest": the protesters killed are the story's dead."""
    return e.event_type == "Protests" and e.sub_event_type == FORCE_ON_PROTEST


def _day(e: Event) -> _dt.date:
    return e.date_start or _dt.date.min


def _incident_groups(cands: list[Event]) -> list[list[Event]]:
    """The story's counted events grouped into incidents: the same place and day and side acting, or a toll update
    of an earlier incident. Sorts ``cands``: events told only as toll updates come last."""
    from sitrep.stories.merge import same_actor  # merge -> describe -> totals: imported here, not at the top

    told = {e.id: [is_toll_update(m) for m in e.mentions if m.fatalities is not None] for e in cands}
    update = {k: any(v) for k, v in told.items()}
    rnd = {e.id: round_up([e]) for e in cands}
    # events told only as toll updates come last, so that the incidents they restate exist by then
    # (and those placed only by a dateline abroad after the incidents placed in their reports' words)
    abroad = {e.id: _dateline_only_abroad(e, cands) for e in cands}
    cands.sort(key=lambda e: (bool(told[e.id]) and all(told[e.id]), abroad[e.id], _day(e), e.id))
    groups: list[list[Event]] = []
    by_key: dict[tuple, list[list[Event]]] = {}
    for e in cands:
        key = (_place_key(e), _day(e))
        # a round-up ("the two attacks killed 12 in all") is never one of the incidents it sums: kept apart here,
        # it absorbs them below (_absorb_round_ups)
        same_day = [g for g in by_key.get(key, []) if (same_actor(e.actor1, g[0].actor1)
                                                        or may_be_group(e.actor1, g[0].actor1)
                                                        or "Riots" in (e.event_type, g[0].event_type))
                    and not rnd[e.id] and not rnd[g[0].id] and not marked_apart([e], g)]
        if not same_day and abroad[e.id]:
            # placed only by a dateline abroad ("NAIROBI (Reuters) - ... the strike had killed 35"): the incident its
            # report places in its own words on that day, where the side acting agrees
            same_day = [g for g in groups if _day(g[0]) == _day(e) and not rnd[e.id] and not rnd[g[0].id]
                        and any(m.article_id in _articles(e) and m.place_source in OWN_PLACE_SOURCES
                                for x in g for m in x.mentions if m.fatalities is not None)
                        and (same_actor(e.actor1, g[0].actor1) or may_be_group(e.actor1, g[0].actor1))]
            same_day = same_day if len(same_day) == 1 else []
        if same_day:  # the same place and day, the same side acting: one incident
            same_day[0].append(e)
            continue
        if update[e.id] and not rnd[e.id]:  # (a round-up's "bringing the toll of the three attacks to 35" sums them)
            g_up = _updated_incident(e, groups)
            if g_up is not None:
                g_up.append(e)
                by_key.setdefault(key, []).append(g_up)
                continue
        g = [e]
        groups.append(g)
        by_key.setdefault(key, []).append(g)
    return groups


def _updated_incident(e: Event, groups: list[list[Event]]) -> Optional[list[Event]]:
    """The earlier incident a toll update restates: within :data:`UPDATE_DAYS` before it and compatible, at its place
    first; else the one such incident in its region; None when there is none."""
    # never a round-up's incident: the toll of one incident rose, not the sum of several
    groups = [g for g in groups if not round_up(g)]
    earlier = [g for g in groups if 0 <= (_day(e) - _day(g[0])).days <= UPDATE_DAYS and _compatible(e, g[0])]
    if not earlier:  # "bringing the death toll from the attack to 23" placed at a town of the earlier one's state
        earlier = _one_in_region(e, [g for g in groups if 0 <= (_day(e) - _day(g[0])).days <= UPDATE_DAYS])
    if not earlier:
        return None
    same = [g for g in earlier if _place_key(g[0]) == _place_key(e)]
    return (same or earlier)[-1]


def _sole_claimant(claims: list[Claim]) -> Optional[str]:
    """The one claimant of all the claims, None when several or only articles tell them."""
    who = {c[3] for c in claims}
    return next(iter(who)) if len(who) == 1 and not next(iter(who)).startswith("article:") else None


def _incident_tolls(groups: list[list[Event]], events: list[Event], articles: dict[str, Article],  # type: ignore[no-untyped-def]
                    figures: Optional[list[Figure]]):
    """Each incident's toll from its claims, an incident told twice counted once; incidents the reports only recall
    set apart. Returns (made: (incident, its events, victim groups), claims by id(incident), claimant names,
    recalled)."""
    names: dict[str, str] = {}
    claims_of: dict[int, list[Claim]] = {}
    by_near: dict[tuple[str, object], list] = {}  # type: ignore[type-arg]
    made: list[tuple[IncidentToll, list[Event], set[str]]] = []
    recalled: list[IncidentToll] = []  # earlier incidents the reports only recall (stories/recaps.py)
    extra = _update_claims(groups, figures or [], articles, events)
    for k, v in _rival_claims(groups, figures or [], articles).items():
        extra.setdefault(k, []).extend(v)
    published = {aid: a.published for aid, a in articles.items() if a.published is not None}
    fighting = tuple({a.entity_id or a.name: a for e in events for a in (e.actor1, e.actor2) if a is not None}.values())
    for g in groups:
        claims = [c for e in g for c in _claims(e, articles, names, fighting)] + extra.get(id(g), [])
        best, low, high = incident_toll(g, claims, published)
        best = whole_over_part(best, g, articles)  # "the 11 civilians" retold from "13 people, 11 of them civilians"
        only = _sole_claimant(claims)
        head = g[0]
        inc = IncidentToll(event_ids=[e.id for e in g], place=head.place.name if head.place else None,
                           date=incident_day(g), best=best, low=low, high=high,
                           claimant=names.get(only, only) if only else None, n_claims=len(claims))
        exact_in_band(inc, g)
        if recap_only(g, inc.date, events, articles, TOLLED_TYPES) or recap_told(g, events, articles, TOLLED_TYPES):
            recalled.append(inc)  # "On 17 March a suicide car bomb ... killed nine": another story's incident
            continue
        item = (inc, g, _victim_groups(g, articles))
        # candidates: incidents a day apart or told in one of the same reports (an index: never all pairs)
        near_keys = [("d", inc.date + _dt.timedelta(days=k)) for k in (-1, 0, 1)] if inc.date else []
        keys = near_keys + [("a", aid) for aid in counting_articles(g)] + _count_key(inc)
        seen: set[int] = set()
        cands_twice = [k for key in keys for k in by_near.get(key, []) if id(k) not in seen and not seen.add(id(k))]
        twice, day_of = _told_twice(item, cands_twice[:MAX_TWICE], claims, articles)
        if twice is not None:  # one incident told twice: counted once
            _count_once(twice[0], twice[1], inc, g, day_of)
            claims_of[id(twice[0])] += claims
            continue
        made.append(item)
        claims_of[id(inc)] = claims
        for key in ([("d", inc.date)] if inc.date else []) + [("a", aid) for aid in counting_articles(g)] + _count_key(inc):
            by_near.setdefault(key, []).append(item)
    return made, claims_of, names, recalled


def _count_key(inc: IncidentToll) -> list[tuple[str, object]]:
    """The index key of an incident's exact count of ten or more (:func:`_large_count_retold`'s candidates)."""
    return [("n", inc.best)] if inc.best is not None and inc.best >= SAME_COUNT_MIN else []


def _count_once(k_inc: IncidentToll, k_g: list[Event], inc: IncidentToll, g: list[Event],
                day_of: Optional[_dt.date]) -> None:
    """One incident told twice: ``inc`` (events ``g``) joins the incident ``k_inc`` (events ``k_g``) told before."""
    k_inc.event_ids += inc.event_ids
    k_inc.n_claims += inc.n_claims
    k_inc.low = min(x for x in (k_inc.low, inc.low, k_inc.best) if x is not None)
    k_inc.high = max(x for x in (k_inc.high, inc.high, k_inc.best, inc.best) if x is not None)
    k_inc.best = max(k_inc.best or 0, inc.best or 0)  # a count of some of its victims is part of the other
    exact_in_band(k_inc, k_g + g)  # "nearly 60" in one report, 57 named in another: 57
    if day_of is not None:
        k_inc.date = day_of  # the day told by the reports written where it happened
    elif inc.date is not None and (k_inc.date is None or incident_day(k_g + g) == inc.date != k_inc.date):
        k_inc.date, k_inc.place = inc.date, inc.place  # a deed over two days is dated on its first (to the day)
    if k_inc.claimant != inc.claimant:
        k_inc.claimant = None
    k_g.extend(g)


def _sides_apart(made, claims_of: dict[int, list[Claim]], cands: list[Event]  # type: ignore[no-untyped-def]
                 ) -> tuple[list[IncidentToll], list[IncidentToll]]:
    """(incidents, party): ``party`` holds the incidents counted only by a side of the fighting about its own
    action (never added); a state's count relayed with no claimant is labelled as its own."""
    from sitrep.stories.merge import same_actor

    incidents: list[IncidentToll] = []
    party: list[IncidentToll] = []  # incidents counted only by a side of the fighting about its own action
    claimants = {c[3] for inc, _g, _v in made for c in claims_of[id(inc)] if not c[3].startswith("article:")}
    sides = {w for w in claimants if any(a is not None and same_actor(a, ActorRef(w, w))
                                         for e in cands for a in (e.actor1, e.actor2))}  # claimants that fight
    for inc, g, _v in made:
        claims = claims_of[id(inc)]
        own = _own_side_count(g, claims, _sole_claimant(claims), sides)
        if not own and _relayed_side(g, claims):
            own = True  # a state's count of its enemy's dead relayed with no state claimant read: labelled as its own
            inc.claimant = g[0].actor1.name if g[0].actor1 is not None else inc.claimant
        (party if own else incidents).append(inc)
    return incidents, party


def _only_count(incidents: list[IncidentToll], party: list[IncidentToll]
                ) -> tuple[list[IncidentToll], list[IncidentToll]]:
    """(incidents, party) with a side's count of its own deed added when it is the story's only count of dead, of
    one side ("Police killed three men during a raid, a police spokesman said"; "the military said troops killed six
    militants"): no other count stands beside it, so, as ACLED codes the fatalities its one source gives, it is the
    total, still labelled with its claimant. Beside any other count of the story's dead (the elders' 12 beside the
    army's "neutralised 40"), or beside another side's claim, it stays a party claim, never added."""
    if incidents or not party or len({i.claimant for i in party}) != 1 or party[0].claimant is None:
        return incidents, party
    return party, []


def _own_side_count(g: list[Event], claims: list[Claim], only: Optional[str], sides: set[str]) -> bool:
    """The incident's one claimant is the side that acted in it, counting what it did (not its own dead)."""
    from sitrep.stories.merge import same_actor

    # (a side that also counts its own dead in the incident, "three soldiers were killed ... the number of dead
    # rose to four soldiers and 14 militants, the army said", gives the incident's count, not a boast)
    own = only is not None and any(e.actor1 is not None and same_actor(e.actor1, ActorRef(only, only)) for e in g) \
        and not _counts_own_dead(g, claims)
    if not own and only is not None and only in sides:
        # a side of the fighting counting the other side's dead ("the ministry said 101 regime soldiers were
        # neutralised", whoever the sentence is read to name as acting): that side's claim, never added
        own = all(e.actor2 is not None and not same_actor(e.actor2, ActorRef(only, only)) for e in g) \
            and not own_losses(only, g) \
            and not civilians_of_another(only, g)  # "12 soldiers were killed, an army officer said": its own dead;
        # "the gunmen killed five people, police said": civilians its enemy killed, no boast
    return own


def _how_counted(incidents: list[IncidentToll], merged: int, untold: int, absorbed: int,
                 recalled: list[IncidentToll], party: list[IncidentToll]) -> str:
    """The total's account: what was added, and each count left out and why."""
    n = len(incidents)
    how = (f"the best count of each of {n} distinct incident(s), added" if n > 1 else
           "the best count of the one incident" if n == 1 else "no incident counted by anyone but the acting side")
    if n:
        how += (" (within an incident: the latest toll where it is told as risen, else the best-sourced report; "
                "low and high are the lowest and highest claims)")
    if merged:
        how += f"; {merged} further event(s) about an incident already counted (same place and day, or its toll told again) not added"
    if untold:
        how += (f"; {untold} further count(s) that no day or place of their own tells apart from a larger one taken as "
                "about the same incident: the largest kept, not added")
    if absorbed:
        how += (f"; {absorbed} count(s) told both one by one and in a round-up (\"the attacks killed 12 in all\"): "
                "counted once, never added twice")
    sole = [i for i in incidents if i.claimant]
    if sole:
        how += "; counted by one party only: " + "; ".join(f"{fmt(i.best)} per {i.claimant}" for i in sole)
    if recalled:
        how += ("; not added, earlier incident(s) the reports only recall: "
                + "; ".join(f"{fmt(i.best)} at {i.place or 'an unnamed place'} on {i.date}" for i in recalled))
    if party:
        how += ("; not added: " + "; ".join(f"{fmt(i.best)} per {i.claimant} (its own side's claim)" for i in party))
    return how


def _absorb_round_ups(incidents: list[IncidentToll], groups: dict[int, list[Event]],
                      apart: Optional[set[frozenset[int]]] = None) -> tuple[list[IncidentToll], int]:
    """A round-up count ("a series of attacks killed 12 this week", "the two attacks killed 12 in all":
    ``told_apart.round_up``) takes in the incidents its report also tells one by one, and those another report of the
    story tells at a place its own words do not set apart from the round-up's ("two days of clashes in Tripoli
    killed 15" after one report's 9 on Monday and another's 6 on Tuesday in Tripoli), dated on its day or in the
    :data:`UPDATE_DAYS` before it (:func:`_within_round_up_days`), each no larger than it: their dead are among its dead, so they are not added.
    Where the parts add up to more than the round-up, the parts are the count (``best`` = their sum): never below
    what the report tells incident by incident; the round-up then tells them apart, and each pair of them goes into
    ``apart`` (ids) so that no later fold joins them again. Largest round-up first; each incident is taken in once.
    Returns the incidents left and how many were taken in."""
    ups = sorted((i for i in incidents if i.best is not None and round_up(groups.get(id(i), []))),
                 key=lambda i: -(i.best or 0))
    if not ups:
        return incidents, 0
    taken: set[int] = set()
    spent: set[int] = set()  # round-ups whose parts are counted one by one
    for r in ups:
        if id(r) in taken:
            continue
        arts = counting_articles(groups.get(id(r), []))
        parts = [i for i in incidents if i is not r and id(i) not in taken and i.best is not None and i.best <= (r.best or 0)
                 and not round_up(groups.get(id(i), []))
                 and (arts & _telling_articles(groups.get(id(i), []))
                      or not places_apart(groups.get(id(i), []), groups.get(id(r), []))
                      or named_by_round_up(groups.get(id(i), []), groups.get(id(r), [])))
                 and _within_round_up_days(r, i, groups)]
        if not parts:
            continue
        total = sum(i.best or 0 for i in parts)
        if len(parts) > 1 and total >= (r.best or 0) and (
                _all_apart([groups.get(id(i), []) for i in parts], exact_sum=total == r.best)
                or sums_exactly_apart(groups.get(id(r), []), r.best, [(i.best, groups.get(id(i), [])) for i in parts])):
            # the parts, told apart from each other, tell every death of the round-up ("eight in two separate
            # attacks" beside the raid's 5 -> 6 near Mozogo and the bomb's 3 near Kolofata): the incidents are
            # counted one by one, the round-up is their sum, not added (parts nothing tells apart stay inside it: the
            # fold after it might take them for one)
            spent.add(id(r))
            if apart is not None:
                apart.update(frozenset((id(a), id(b))) for k, a in enumerate(parts) for b in parts[k + 1:])
            continue
        kept, folded = fold_untold(list(parts), groups)  # one part told in two reports is one of the parts
        if len(kept) > 1 and sum(i.best or 0 for i in kept) >= (r.best or 0):
            # the parts, once each is counted once, still tell every death of the round-up ("eight in two separate
            # attacks" beside the raid near Mozogo told as 5 and as 6, and the bomb's 3): counted one by one
            spent.add(id(r))
            taken.update(id(i) for i in parts if id(i) not in {id(k) for k in kept})
            if apart is not None:
                apart.update(frozenset((id(a), id(b))) for k, a in enumerate(kept) for b in kept[k + 1:])
            continue
        _r_takes_in(r, kept)
        if len(kept) == 1 and same_deeds_told(groups.get(id(kept[0]), []), groups.get(id(r), [])):
            # "air strikes near Myawaddy killed at least five" and the next day's "the toll from the strikes rose
            # to seven": the round-up's deeds are the part's, told again; the part's count is a claim of them
            r.low = min(r.low if r.low is not None else r.best or 0, kept[0].low if kept[0].low is not None
                        else kept[0].best or 0)
        for i in parts:
            taken.add(id(i))
    return [i for i in incidents if id(i) not in taken and id(i) not in spent], len(taken) + len(spent)


def _r_takes_in(r: IncidentToll, kept: list[IncidentToll]) -> None:
    """Round-up ``r`` takes in its parts (``kept``: the parts once each incident told twice is counted once, each
    holding those folded into it): never below what they add up to."""
    total = sum(i.best or 0 for i in kept)
    lows = sum(i.low if i.low is not None else (i.best or 0) for i in kept)
    highs = sum(i.high if i.high is not None else (i.best or 0) for i in kept)
    r.best = max(r.best or 0, total)
    r.low = max(r.low if r.low is not None else 0, lows)
    r.high = max(r.high if r.high is not None else 0, highs, r.best)
    for i in kept:  # (each holds the events and claims of the parts folded into it)
        r.event_ids += i.event_ids
        r.n_claims += i.n_claims
        if r.claimant != i.claimant:
            r.claimant = None


def _telling_articles(g: list[Event]) -> set[str]:
    """The reports that tell the incident ``g`` (its events), with a count or without one ("Gunmen raided a village
    near Bol, and a landmine hit an army truck near Baga Sola" after the round-up's "nine ... in two separate
    attacks")."""
    return {m.article_id for e in g for m in e.mentions}


def _within_round_up_days(r: IncidentToll, i: IncidentToll, groups: dict[int, list[Event]]) -> bool:
    """Part ``i`` is dated on round-up ``r``'s day or in the :data:`UPDATE_DAYS` before it (or inside the round-up's
    own days: "this week"), or up to
    :data:`ROUND_UP_SLACK_DAYS` after it when the round-up's own words name its town (``kept_apart.named_by_round_up``)."""
    if r.date is None or i.date is None:
        return True
    ends = [e.date_end or e.date_start for e in groups.get(id(r), []) if e.date_start is not None]
    last = max(ends + [r.date])  # a round-up of "this week" is told up to the week's end
    if 0 <= (last - i.date).days <= UPDATE_DAYS and i.date >= r.date:
        return True
    if 0 <= (r.date - i.date).days <= UPDATE_DAYS:
        return True
    d = (r.date - i.date).days
    return -ROUND_UP_SLACK_DAYS <= d < 0 and named_by_round_up(groups.get(id(i), []), groups.get(id(r), []))


def _all_apart(gs: list[list[Event]], exact_sum: bool = False) -> bool:
    """Every two of the incidents (their events) are told apart (``told_apart``: a day, a place, words); where their
    counts add up to the round-up exactly, their own words placing them in two towns is enough, however near ("nine
    ... in two separate massacres in Choloma and La Lima" beside Choloma's 5 and La Lima's 4, 21 km apart)."""
    return all(told_apart(a, b) or (exact_sum and own_towns_differ(a, b)) for k, a in enumerate(gs) for b in gs[k + 1:])


def _carry_side_claims(incidents: list[IncidentToll], party: list[IncidentToll], made, claims_of: dict[int, list[Claim]],  # type: ignore[no-untyped-def]
                       names: dict[str, str]) -> None:
    """An incident no one is quoted for, told in a report that quotes the acting side for its other counts of what
    it did ("the ministry said its forces neutralised 40 fighters ... Last week its army also killed 25 enemy
    soldiers"), is that side's claim too: the report relays it. It moves to ``party`` with that claimant."""
    from sitrep.stories.merge import same_actor

    side_by_article: dict[str, list[str]] = {}
    for inc, _g, _v in made:
        if inc in party:
            for c in claims_of[id(inc)]:
                side_by_article.setdefault(c[5], []).append(c[3])
    if not side_by_article:
        return
    for inc, g, _v in made:
        if inc not in incidents:
            continue
        claims = claims_of[id(inc)]
        if not claims or any(not c[3].startswith("article:") for c in claims):
            continue
        actors = [e.actor1 for e in g]
        if any(a is None for a in actors):
            continue
        sides = []
        for c in claims:
            side = next((w for w in side_by_article.get(c[5], []) if all(same_actor(a, ActorRef(w, w)) for a in actors)), None)
            if side is None:
                break
            sides.append(side)
        else:
            if len(set(sides)) == 1:
                inc.claimant = names.get(sides[0], sides[0])
                incidents.remove(inc)
                party.append(inc)


def fmt(x: Optional[float]) -> str:
    return f"{int(x):,}" if x is not None else "?"


def total_sentence(t: Optional[StoryTotal]) -> str:
    """One sentence for a summary: "Reported deaths: 57 (30–57 across claims) in 1 incident; ..."."""
    if t is None:
        return ""
    if not t.n_incidents:
        return f" Reported deaths: only claims by the acting side ({t.how})."
    rng = f" ({fmt(t.low)}–{fmt(t.high)} across claims)" if t.low != t.high else ""
    return f" Reported deaths: {fmt(t.best)}{rng} in {t.n_incidents} distinct incident(s): {t.how}."


# counts of people harmed, in the order a report lists them (a count with no period may be of several incidents)
PEOPLE_FIRST = ("killed", "wounded", "injured", "missing", "detained", "abducted", "displaced", "evacuated")


# counts of people harmed in an incident: two claimants' counts with no period may be of different incidents; a count
# of people uprooted, held or missing is the story's one population (figure_sets2: "differ", never "incidents")
HURT_IN_INCIDENTS = ("killed", "wounded", "injured")


# counts of people told for a place, which may be the whole country's (stories/count_scope.py); refugees are counted
# where they arrive ("6,300 refugees in South Sudan"), never the country's own people
_LOCAL_OR_NATIONAL = frozenset({"displaced", "detained", "missing", "in_need"})


def counted_population(what: str, grp: str) -> tuple[str, str]:
    """What a key figure counts and for whom, one name for one population: people who crossed a border are refugees
    whether told as refugees ("the number of refugees has risen to 15,000") or as displaced who fled abroad
    ("1,200 crossed into Venezuela"); people displaced "within South Kivu" are the displaced of the story, whatever
    the phrase (UNHCR/IOM: internally displaced persons are those displaced who stayed in their country)."""
    if what == "refugees" or what == "displaced" and grp == "refugees abroad":
        return "refugees", "refugees abroad"
    if what == "displaced" and grp == "internally displaced":
        return what, "people"
    return what, grp


def figure_group(f: Figure, text: str = "") -> str:
    """The key-figure group of a figure: whom it counts (``compare.group_of``); "" for a count of things or
    measures with no named group ("people" is a group only for counts of people harmed)."""
    from sitrep.stories.compare import group_of

    g = group_of(f, text)
    return g if g != "people" or f.what in PEOPLE_FIRST else ""


def _round_bound(c: ClaimValue) -> bool:
    """A lower bound told in round figures ("more than 4,000": low 4,001; "at least 500"), a rounding of a count."""
    if c.low is None or c.high is not None:
        return False
    n = int(c.low) if c.low == int(c.low) else 0
    return any(x >= 100 and x % 10 ** (len(str(x)) - 1) == 0 for x in (n, n - 1))


def _one_count_rounded(claims: list[ClaimValue], what: str = "") -> bool:
    """Claims that are one count rounded several ways ("nearly one million" and "almost 950,000" displaced): every
    claim a closed band or value, at least one a band ("about", "nearly", "some"), and a value inside them all.
    Different exact counts are never one. For people uprooted, missing or held (``key_periods.STOCK_WHAT``; not
    tolls, whose "at least" claims rise with the count) a lower bound told in round figures ("more than 4,000")
    is a band too, when a closed claim lies above it ("4,300")."""
    bounds = [c for c in claims if what in STOCK_WHAT and _round_bound(c)]
    closed = [c for c in claims if c not in bounds]
    if not closed or any(c.low is None or c.high is None for c in closed) \
            or all(c.low == c.high for c in closed) and not bounds:
        return False
    if _about_counts_differ(closed):
        return False
    return max(c.low for c in claims) <= min(c.high for c in closed)  # type: ignore[type-var]


def _about_nominal(c: ClaimValue) -> Optional[int]:
    """N of an "about N" claim (its band floor(0.9 N)..ceil(1.1 N)), else None."""
    if c.low is None or c.high is None or c.low == c.high:
        return None
    n = round((c.low + c.high) / 2)
    return n if abs(c.low - math.floor(0.9 * n)) <= 1 and abs(c.high - math.ceil(1.1 * n)) <= 1 else None


def _rounded_to(n: int, unit: int) -> int:
    return int(math.floor(n / unit + 0.5)) * unit


def _about_counts_differ(claims: list[ClaimValue]) -> bool:
    """Two "about" counts neither of which is the other rounded ("about 8,000" and "about 8,500": 8,500 to the
    thousand is 9,000): two counts, not one rounded two ways ("about 8,000" and "about 8,200" are one)."""
    def zeros(n: int) -> int:  # the rounding a count is told to: 8,000 -> 3 (thousands), 8,500 -> 2
        return len(str(n)) - len(str(n).rstrip("0"))

    ns = sorted({n for n in map(_about_nominal, claims) if n})
    return any(zeros(a) > zeros(b) and _rounded_to(b, 10 ** zeros(a)) != a for a in ns for b in ns if a != b)


def _figure_groups(figures: list[Figure], articles: dict[str, Article],
                   use_text: bool) -> dict[tuple[str, str, Optional[_dt.date], bool], list[Figure]]:
    """The figures with a value by (what is counted, for whom, since when, a period total): never an increment
    ("four more victims died"); refugees abroad only where a border is crossed; a country's count nationwide; a
    war's total so far, or a count as of weeks before the report, a period total."""
    from sitrep.stories.compare import sentence_around  # compare imports describe, which imports this module

    groups: dict[tuple[str, str, Optional[_dt.date], bool], list[Figure]] = {}
    for f in figures:
        if f.low is None and f.high is None:
            continue
        art = articles.get(f.span.article_id)
        if art is not None and use_text and is_increment(f, art.text):
            continue  # "four more victims died": the deaths added to a count, never a count of the group
        text = art.text if art is not None and use_text else ""
        sentence = sentence_around(text, f.span.start, f.span.end) if text else ""
        grp = figure_group(f, text)
        if f.what == "displaced" and grp == "refugees abroad" and text and not told_abroad(sentence):
            grp = "people"  # "more than 2,000 residents have fled Verrettes": a town left, no border crossed
        what, grp = counted_population(f.what, grp)
        grp = (part_group(text, f.span.start, f.span.end) if text else None) or common_population(what, grp)
        if what in _LOCAL_OR_NATIONAL and text and told_for_country(sentence):
            grp = NATIONWIDE  # "more than 1 million are displaced inside Haiti": the country's, not the story's
        pub = art.published if art is not None else None
        # a war's or campaign's total so far, or a count of people uprooted or held as of weeks before the report
        period = f.background and f.since is None and f.what in KILLED_WHAT or earlier_count(f, pub) \
            or since_long_before(f, sentence, pub)
        groups.setdefault((what, grp, incident_since(f, pub), period), []).append(f)
    return groups


def _fold_rounded_periods(groups: dict[tuple[str, str, Optional[_dt.date], bool], list[Figure]],
                          articles: dict[str, Article]) -> dict[tuple[str, str, Optional[_dt.date], bool], list[Figure]]:
    """A count of people uprooted, missing or held told over a recent period ("nearly 250,000 have fled in two weeks
    of fighting", a period starting under ``key_periods.EARLIER_DAYS`` before the count) joins the same group told
    with no period when the two are one count rounded several ways ("almost 240,000", "238,600"): one count, never
    two key figures."""
    for key in [k for k in groups if k[2] is not None and not k[3] and k[0] in STOCK_WHAT]:
        plain = (key[0], key[1], None, False)
        fs = groups[key]
        ends = [f.as_of or (articles[f.span.article_id].published if f.span.article_id in articles else None)
                for f in fs]
        if plain not in groups or any(e is None or (e - key[2]).days >= EARLIER_DAYS for e in ends):
            continue
        if _one_count_rounded(_latest_claims(groups[plain] + fs, articles), key[0]) \
                and _one_count_rounded(_latest_claims(groups[plain], articles) + _latest_claims(fs, articles), key[0]):
            groups[plain] = groups[plain] + groups.pop(key)
    return groups


def _latest_claims(fs: list[Figure], articles: dict[str, Article]) -> list[ClaimValue]:
    """The latest claim of each claimant among ``fs`` (claimants folded; a figure nobody is quoted for is its
    outlet's, each report with no named outlet its own), newest first: the latest as-of date, then the later report,
    then the first in the text."""
    from sitrep.stories.describe import site_name  # describe imports this module: here, not at the top

    latest: dict[str, tuple[tuple, Figure, bool]] = {}  # type: ignore[type-arg]
    titled = named_titles(fs, lambda aid: articles[aid].text if aid in articles else "")
    folded = fold_claimants([f.claimant_name or f.claimant for f in fs if f.claimant_name or f.claimant])
    for f in fs:
        art = articles.get(f.span.article_id)
        outlet = site_name(art.outlet, art.url) if art is not None else ""
        quoted = bool(f.claimant_name or f.claimant)
        who = folded[f.claimant_name or f.claimant] if quoted else (outlet or f"#{f.span.article_id}")
        who = titled.get(who, who)
        pub = art.published if art is not None else None
        key = (f.as_of or pub or _dt.date.min, pub or _dt.date.min, -f.span.start)
        if who not in latest or key > latest[who][0]:
            latest[who] = (key, f, quoted)
    rows = sorted(latest.items(), key=lambda kv: (kv[1][0], kv[0]), reverse=True)
    claims = [ClaimValue(claimant=who if not who.startswith("#") else "", low=f.low, high=f.high, as_of=f.as_of,
                         figure_id=f.id, article_id=f.span.article_id, quoted=quoted)
              for who, (_k, f, quoted) in rows]
    return claims


def key_figures(figures: list[Figure], articles: dict[str, Article], use_text: bool = True) -> list[KeyFigure]:
    """The story's key figures: one per what is counted, for whom and since when (a period total is not an incident
    count), with the latest claim of each claimant, newest first; never a range across groups, never a sum.

    A figure nobody is quoted for is its outlet's claim (each report with no named outlet its own). The latest
    claim of a claimant is the one of the latest as-of date, then of the later report, then the first in the text
    (a conversion in brackets, "600 km² (230 square miles)", comes after the figure it converts). ``kind`` says
    whether the claimants agree (one value, or one count rounded several ways: :func:`_one_count_rounded`), differ,
    or (counts of people harmed with no period) may count different incidents. Outputs only lay these out (export/brief.py); ``use_text=False`` groups without reading the
    articles' text (an export carries none)."""
    groups = _fold_rounded_periods(_figure_groups(figures, articles, use_text), articles)
    out = []
    for (what, grp, since, period), fs in groups.items():
        fs = rounded_restated(what, unquoted_restated(fs))
        claims = _latest_claims(fs, articles)
        values = {(c.low, c.high) for c in claims}
        kind = "agree" if len(values) == 1 or _one_count_rounded(claims, what) else \
            "differ" if since is not None or period or what not in HURT_IN_INCIDENTS else "incidents"
        out.append(KeyFigure(what=what, group=grp, claims=claims, since=since,
                             n_articles=len({f.span.article_id for f in fs}), kind=kind, period=period))
    rank = {w: i for i, w in enumerate(PEOPLE_FIRST)}
    out.sort(key=lambda k: (-k.n_articles, rank.get(k.what, len(rank)), k.what, k.group, k.since or _dt.date.min,
                            k.period))
    return out
