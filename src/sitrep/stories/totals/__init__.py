"""Story totals of deaths: one toll per distinct incident, never a sum of claims about the same incident.

Several merged events of a story are often one real incident: the strike itself, and the later sentences that
say its toll "rose to 52" or "stood at 52" (dated to the day of the count, sometimes placed by a dateline).
Adding their tolls counts the same dead two or three times. This package groups fatality-bearing events into
incidents, gives each incident one toll, and sums over distinct incidents only; it also groups the story's figures
into key figures. One module per decision; where a total or a key figure came out as it did, look in the module that
decides it:

==================  ================================================================================================
module              decides
==================  ================================================================================================
``story_total``     the order of the decisions and the sum (:func:`story_totals`; each incident's toll and the
                    "told twice" search: ``_incident_tolls``); which events count (:data:`TOLLED_TYPES`, force on
                    a protest)
``grouping``        which counted events are one incident: same place, day and side; a toll update joins the
                    incident it updates
``places``          whether two events' places allow one incident; a dateline abroad is no place of the deed
``claims``          which claims an event's counts make (claimant, as-of day, update or not, a side's own deed)
``extra_claims``    which counts no event carries are claims of an incident: toll updates, tallies, a rival's count
``best_count``      an incident's best, low and high from its claims (:func:`incident_toll`)
``told_twice``      which two incidents are one told twice, counted once
``side_claims``     which incidents are a side's claim about its own action (``party_claims``, not added)
``round_ups``       what a round-up ("the two attacks killed 12 in all") takes in
``own_dead_low``    when a side's count of its own dead is an incident's low
``wording``         no count: ``how`` in words, :func:`fmt`, :func:`total_sentence`
``figure_groups``   key figures: what is counted, for whom, since when, each claimant's latest claim
                    (:func:`key_figures`)
``rounded_counts``  whether claims are one count rounded several ways (a key figure's "agree")
``common``          no decision: :data:`TOLLED_TYPES`, :data:`UPDATE_DAYS`, :data:`Claim`
==================  ================================================================================================

**The story total** (:func:`story_totals`) is the sum of the incidents' ``best`` (and of their ``low`` and
``high``), with ``how`` saying so in words. It lives on ``Story.totals`` as a :class:`sitrep.model.StoryTotal`:

``{"what": "killed", "best", "low", "high", "n_incidents", "how",
"incidents": [{"event_ids", "place", "date", "best", "low", "high", "claimant", "n_claims"}],
"party_claims": [the same, for incidents only the acting side counted]}``

Outputs render ``how`` and the incident list next to the total; they never add event tolls themselves.
**Key figures** (:func:`key_figures`) are stored on ``Story.key_figures`` (:mod:`.figure_groups`).

Every name of the former ``stories/totals.py`` stays importable from here (private ones too, which tests import).
Its code moved verbatim; the order of the checks is the old module's. The short lists it keeps in code are codes,
not words of text (event types, figure ``what`` values, hedge codes), and the two regular expressions of
``extra_claims`` stay with the code that reads them.
"""
from __future__ import annotations

from sitrep.stories.totals.best_count import (ROUNDING_HEDGES, _count_above_floor, _count_for_rounded_bound,
                                              _later_fuller, _later_named_count, _most_reports, _roundings_as_counts,
                                              incident_toll)
from sitrep.stories.totals.claims import _QUOTES, _SENTENCE_END, _before_count, _claims, _nominal, _quoted
from sitrep.stories.totals.common import Claim, TOLLED_TYPES, UPDATE_DAYS
from sitrep.stories.totals.extra_claims import (_DEED_BEFORE, _RIVAL, _counted_by_another, _rival_claims,
                                                _story_incident, _tally_since, _update_claim, _update_claims)
from sitrep.stories.totals.figure_groups import (HURT_IN_INCIDENTS, PEOPLE_FIRST, _LOCAL_OR_NATIONAL, _figure_groups,
                                                 _fold_rounded_periods, _latest_claims, counted_population,
                                                 figure_group, key_figures)
from sitrep.stories.totals.grouping import _day, _incident_groups, _updated_incident
from sitrep.stories.totals.own_dead_low import _own_losses_low, _party_losses_low
from sitrep.stories.totals.places import (_articles, _compatible, _dateline_only_abroad, _one_in_region, _place_key,
                                          _placed_by_article_only)
from sitrep.stories.totals.round_ups import (ROUND_UP_SLACK_DAYS, _absorb_round_ups, _all_apart, _r_takes_in,
                                             _telling_articles, _within_round_up_days)
from sitrep.stories.totals.rounded_counts import (_about_counts_differ, _about_nominal, _one_count_rounded,
                                                  _round_bound, _rounded_to)
from sitrep.stories.totals.side_claims import (_carry_side_claims, _counts_own_dead, _known_actor, _only_count,
                                               _own_side_count, _relayed_side, _sides_apart, _sides_only,
                                               _sole_claimant)
from sitrep.stories.totals.story_total import (FORCE_ON_PROTEST, MAX_TWICE, _force_on_protest, _incident_tolls,
                                               story_totals)
from sitrep.stories.totals.told_twice import (RETOLD_MIN, SAME_COUNT_MIN, _NAME, _ONE_NAME, _count_key, _count_once,
                                              _count_sentences, _count_spans, _large_count_retold, _named_twice,
                                              _named_victims, _one_deed_two_days, _people_retold, _same_count_twice,
                                              _told_twice, _victim_groups)
from sitrep.stories.totals.wording import _how_counted, fmt, total_sentence

__all__ = [
    "Claim", "FORCE_ON_PROTEST", "HURT_IN_INCIDENTS", "MAX_TWICE", "PEOPLE_FIRST", "RETOLD_MIN", "ROUNDING_HEDGES",
    "ROUND_UP_SLACK_DAYS", "SAME_COUNT_MIN", "TOLLED_TYPES", "UPDATE_DAYS", "_DEED_BEFORE", "_LOCAL_OR_NATIONAL",
    "_NAME", "_ONE_NAME", "_QUOTES", "_RIVAL", "_SENTENCE_END", "_about_counts_differ", "_about_nominal",
    "_absorb_round_ups", "_all_apart", "_articles", "_before_count", "_carry_side_claims", "_claims", "_compatible",
    "_count_above_floor", "_count_for_rounded_bound", "_count_key", "_count_once", "_count_sentences", "_count_spans",
    "_counted_by_another", "_counts_own_dead", "_dateline_only_abroad", "_day", "_figure_groups",
    "_fold_rounded_periods", "_force_on_protest", "_how_counted", "_incident_groups", "_incident_tolls", "_known_actor",
    "_large_count_retold", "_later_fuller", "_later_named_count", "_latest_claims", "_most_reports", "_named_twice",
    "_named_victims", "_nominal", "_one_count_rounded", "_one_deed_two_days", "_one_in_region", "_only_count",
    "_own_losses_low", "_own_side_count", "_party_losses_low", "_people_retold", "_place_key",
    "_placed_by_article_only", "_quoted", "_r_takes_in", "_relayed_side", "_rival_claims", "_round_bound",
    "_rounded_to", "_roundings_as_counts", "_same_count_twice", "_sides_apart", "_sides_only", "_sole_claimant",
    "_story_incident", "_tally_since", "_telling_articles", "_told_twice", "_update_claim", "_update_claims",
    "_updated_incident", "_victim_groups", "_within_round_up_days", "counted_population", "figure_group", "fmt",
    "incident_toll", "key_figures", "story_totals", "total_sentence",
]
