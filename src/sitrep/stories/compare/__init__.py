"""Figures and disagreements: figures about the same quantity, compared across and inside articles.

Figures of one story are grouped by *quantity*: the same ``what`` (killed,
displaced, targets_hit…) and the same *group* - the side or population counted,
read from ``who`` with ``data/figure_groups.tsv`` ("regime personnel", "Syrian
soldiers" -> Syrian government forces), else the normalised ``who`` words. A
figure is either

* **cumulative** - it counts over a period (``since`` is set: "displaced since
  December", "killed in the past nine days") or counts a stock (displaced people,
  troops deployed): such figures are compared across time; or
* an **incident** figure - the toll of one event ("killed in the 3 Feb clash"):
  compared only with figures of the *same* incident, i.e. linked to the same merged
  event (through the event mentions' ``figures``/``fatalities``); figures tied to
  no event fall back to their ``as_of`` day. The fatalities of two different events
  are two quantities, never an update or a conflict of each other - except the events
  of one exchange between two states (a clash and the retaliation the same days, one of
  them not placed by its own sentence), whose tolls count the same dead: they are
  compared as one incident (a conflict, never an update).

Kinds:

* ``conflict``: figures of one incident (or of one cumulative count on one day)
  whose ranges do not overlap.
* ``scope`` for an incident: the values differ because one source counts a group
  separately - the smaller figure plus the figures listed beside it in the same
  clause ("seven soldiers and one contractor") add up to the other ("eight
  personnel").
* ``update``: a cumulative count changes from one day to a later one; the chain
  lists each distinct value at its first appearance. Periods that start within
  ``PERIOD_SLACK_DAYS`` of each other ("since December", "in the past two months")
  count as one period.
* ``scope``: a cumulative count over clearly different periods; a count for a group
  and a sub-group ("soldiers" vs "Turkish soldiers"); a period total next to the
  tolls of incidents that fall inside that period.
* ``scope``: people who fled abroad vs people displaced inside the country (read from the
  figure's sentence, ``context:`` rows of ``data/figure_groups.tsv``).
* stale: an article that gives two values of one cumulative count where one is
  older (an earlier ``as_of``, or first reported by an earlier article) is called out
  in an ``update`` whose explanation says the article repeats the stale figure.

Before comparing, a restatement of a figure in another unit right after it
("600 square kilometres (230 square miles)": same article, same ``what``, the second
in brackets right after the first, values within 5%) is dropped, and a figure with no
period that shares a clause with a period figure of the same ``what`` and claimant
("lost 14 soldiers in the past nine days and killed scores of troops") takes that
period.

The package, one module per decision; where a disagreement came out as it did (or did not come out), look in the
module that decides it:

==================  ================================================================================================
module              decides
==================  ================================================================================================
``find``            the order of the comparison (:func:`find_disagreements`); which figures are one quantity;
                    headcounts never compared (:data:`UNCOMPARED`)
``prepare``         which figures are compared and as what: day, group, period borrowed from the clause, incident
                    or cumulative (:data:`STOCKS`), siblings
``restatement``     a figure restated in another unit right after it (dropped)
``groups``          the side or population a figure counts (:func:`group_of`, :func:`who_key`)
``clauses``         a figure's sentence and clause; whether two figures share a clause
``event_links``     which merged event a figure counts the toll of
``incident_ids``    which merged events are one incident (one type, place, within two days)
``exchanges``       which events are one exchange between two states (compared, never an update)
``incident_tolls``  figures of one incident: equal, a group counted apart, a rising toll, a conflict
``cumulative``      a cumulative count across days: conflict on one day, update, different periods
``periods``         which cumulative figures count one period
``stale``           which figure an article repeats stale
``chain``           which values are steps of an update (distinct, not vaguer, not rounded another way)
``ranges``          the compared figure (:class:`_F`); when two values overlap, contain, are rounded bands
``scopes``          a group vs a sub-group, refugees vs internally displaced, wounded vs still in treatment
``period_total``    a period total next to the tolls of incidents inside the period
``wording``         no decision: values, days, sources and subjects in words (:func:`fmt_value`)
``records``         no decision: a disagreement's id and value records
==================  ================================================================================================

Every name the module had is importable from here as before.
"""
from __future__ import annotations

from sitrep.stories.compare.chain import (  # noqa: F401
    _chain,
)
from sitrep.stories.compare.clauses import (  # noqa: F401
    CLAUSE_CHARS, _CLAUSE_BREAK, _same_clause, clause_around, sentence_around,
)
from sitrep.stories.compare.cumulative import (  # noqa: F401
    _cumulative,
)
from sitrep.stories.compare.event_links import (  # noqa: F401
    _event_links, _event_of_sentence, _sentence_events, _undated_mention_figures,
)
from sitrep.stories.compare.exchanges import (  # noqa: F401
    _STATE_SIDE, _exchange_ids, _exchanges, _sides, _weakly_placed,
)
from sitrep.stories.compare.find import (  # noqa: F401
    UNCOMPARED, find_disagreements,
)
from sitrep.stories.compare.groups import (  # noqa: F401
    _DROP, _GENERIC_MILITARY, _NUMWORDS, _PERSON_COUNTS, _RESTATED, _group_rows, group_of, who_key,
)
from sitrep.stories.compare.incident_ids import (  # noqa: F401
    INCIDENT_SLACK_DAYS, _incident_ids,
)
from sitrep.stories.compare.incident_tolls import (  # noqa: F401
    _incident,
)
from sitrep.stories.compare.period_total import (  # noqa: F401
    _period_vs_incidents,
)
from sitrep.stories.compare.periods import (  # noqa: F401
    PERIOD_SLACK_DAYS, _periods,
)
from sitrep.stories.compare.prepare import (  # noqa: F401
    STOCKS, _prepare, _text_of,
)
from sitrep.stories.compare.ranges import (  # noqa: F401
    _F, _contains, _overlap, _rounded,
)
from sitrep.stories.compare.records import (  # noqa: F401
    _did, _dv,
)
from sitrep.stories.compare.restatement import (  # noqa: F401
    UNIT_RESTATEMENT_TOLERANCE, _is_restatement,
)
from sitrep.stories.compare.scopes import (  # noqa: F401
    _DISPLACED_SCOPES, _latest, _scope_by_who, _scope_displacement, _scope_treatment,
)
from sitrep.stories.compare.stale import (  # noqa: F401
    STALE_FLOOR_RATIO, _stale,
)
from sitrep.stories.compare.wording import (  # noqa: F401
    _Namer, _day, _fv, _subject, fmt_value,
)
