"""The modality of a clause's event: :func:`sitrep.events.modality.head.modality` of its head, then what the event's
own words say, one stage a decision, in this order:

- :func:`_head_modality` (here): the head's reading, unless a time anchor or a caption's present tells it done;
- :func:`_done_deed_modality` (here): a denied or planned head whose deed is nonetheless done (counted,
  presupposed, cleared of);
- :func:`_feared_or_standing` (here): feared (:mod:`.threat`), a standing pact, a state, a reference back;
- :func:`sitrep.events.modality.denial._negated_deed`: denied by the deed's own words;
- :func:`sitrep.events.modality.planned._contingent_or_planned`: a contingency, a plan, a ban;
- :func:`sitrep.events.modality.setting._told_as_setting`: the setting of something else;
- :func:`sitrep.events.modality.tally._reference_or_tally`: a reference back, a humanitarian toll, a kind, a trend;
- :func:`sitrep.events.modality.tally._running_toll`: a running toll, a period's tally;
- :func:`sitrep.events.modality.threat._promise_or_threat`: a promise (planned), a threat.
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sitrep.events.modality.background import BACKGROUND_AGE_DAYS, _dated_long_before
from sitrep.events.modality.clause import EventClause
from sitrep.events.modality.denial import _negated_deed
from sitrep.events.modality.habit import rate_of_deeds
from sitrep.events.modality.head import modality
from sitrep.events.modality.planned import _contingent_or_planned, present_with_weekday
from sitrep.events.modality.setting import _told_as_setting
from sitrep.events.modality.tally import _reference_or_tally, _running_toll
from sitrep.events.modality.threat import _promise_or_threat, _threat_content, feared_deed
from sitrep.events.ontology import Ontology
from sitrep.events.ordered_result import ordered_result_told
from sitrep.events.reference import (VIOLENT, cleared_of, definite, described, presupposed, reference_kind,
                                     state_participle, time_anchor)
from sitrep.events.standing_pact import pact_setting, topic_of_talks
from sitrep.events.toll import counted_deed
from sitrep.model import KILLED_WHAT, TimeExpr


USE_VERBS = frozenset({"use", "employ", "deploy", "fire", "launch"})  # "the army does not use such missiles"


def event_modality(g, primary, tdef, onto: Ontology, clause_times: list[TimeExpr], time: Optional[TimeExpr],  # type: ignore[no-untyped-def]
                   clause_figs: list, actor1, published: Optional[_dt.date]) -> str:
    """The modality of a clause's event: :func:`modality` of its head, then what the event's own words
    say about it: a reference to an old agreement or an event told before, a humanitarian toll, a running
    toll, a promise, a threat or a denial. Each stage below makes one of these decisions, in this order."""
    c = EventClause(g, primary, tdef, onto, clause_times, time, clause_figs, actor1, published)
    # "after the strike": the clause's own head, or its only trigger under a verb that is no event ("showed off
    # missiles at a parade, the first since last year's clashes")
    c.anchor = time_anchor(c.trig) and (g.head.i == c.trig.i or all(t.tok.i == c.trig.i for t in g.triggers))
    mod = _head_modality(c)
    mod = _done_deed_modality(mod, c)
    mod = _feared_or_standing(mod, c)
    mod = _negated_deed(mod, c)
    mod = _contingent_or_planned(mod, c)
    mod = _told_as_setting(mod, c)
    mod = _reference_or_tally(mod, c)
    mod = _running_toll(mod, c)
    return _promise_or_threat(mod, c)


def _head_modality(c: EventClause) -> str:
    """The modality the clause's head verb gives (:func:`modality`), unless a time anchor or a caption's present
    says the deed is told as done."""
    g, trig = c.g, c.trig
    # "urged residents to leave, two days after the strike": the anchor is not what the plan verb asks for
    habit = (trig.i == g.head.i and trig.pos_ == "VERB") or g.head.lemma_.lower() in USE_VERBS or (
        g.head.lemma_.lower() == "come" and any(x.lower_ == "under" for x in g.head.children))  # "comes under fire"
    mod = "asserted" if c.anchor else modality(g.head, c.onto, c.clause_times, c.published, habit)
    if c.anchor and _dated_long_before(c.time, c.published):
        mod = "background"  # "tightened the rules after a blaze ... killed 56 people in September 2023": an old deed
    if mod == "asserted" and not c.anchor and rate_of_deeds(trig, c.clause_times):
        mod = "background"  # "Road crashes kill more than 1,000 people a year": a yearly rate, no incident
    if mod == "planned" and (c.tdef.event_type in VIOLENT or c.tdef.sub_event_type == "Mob violence") \
            and present_with_weekday(g.head, c.clause_times):
        mod = "asserted"  # "Fans skirmish in the port on Saturday": a caption's present, not a plan (nor a mob's)
    return mod


def _done_deed_modality(mod: str, c: EventClause) -> str:
    """A denied, planned or conditional head whose deed is nonetheless done: counted, presupposed or cleared of."""
    trig, g, tdef, published = c.trig, c.g, c.tdef, c.published
    if mod in ("denied", "planned", "conditional", "threatened") and counted_deed(trig, c.clause_figs):
        mod = "asserted"  # "will investigate the killing of three hikers": the killing is done (toll_counted_deeds.py)
        if published is not None and any(t.end is not None and (published - t.end).days > BACKGROUND_AGE_DAYS
                                          for t in c.clause_times):
            mod = "background"  # "the murder of five monks last year was never solved": done, but long ago
    if mod == "planned" and ordered_result_told(trig, c.clause_figs):
        mod = "asserted"  # "ordered his men to open fire ..., killing three people": the order was carried out
    if mod in ("denied", "planned", "conditional") and presupposed(trig, g, tdef):
        # "declined to indict the officer for the fatal shooting": the shooting is not denied; "told them not
        # to speak about the Kelso attack": a known incident named in passing, with no news of its own
        mod = "background" if definite(trig) and c.time is None and not described(trig) else "asserted"
    if mod == "denied" and cleared_of(trig, g, tdef):
        # "X was not behind the attack", "no arrests have been made in the killing": the part or the arrests
        # are denied, the deed the sentence names is taken as done
        mod = "background" if definite(trig) and c.time is None and not described(trig) else "asserted"
    return mod


def _feared_or_standing(mod: str, c: EventClause) -> str:
    """An asserted deed that is only feared, a state, a standing pact or a reference back (:func:`reference_kind`)."""
    trig, tdef = c.trig, c.tdef
    if mod == "asserted" and _threat_content(trig, c.onto) and not counted_deed(trig, c.clause_figs):
        mod = "conditional"  # "warnings of attacks on hotels", "alerts continued, about attacks on bases": feared
        # (as "the threat of air strikes", "fears of an offensive" read later here: what may happen)
    if mod == "asserted" and feared_deed(trig) and not counted_deed(trig, c.clause_figs):
        mod = "conditional"  # "residents feared artillery fire would follow": what may come
    if mod == "asserted" and tdef.event_type == "Strategic developments" and tdef.sub_event_type != "Agreement" \
            and topic_of_talks(trig, c.onto):
        mod = "planned"  # "talks on merging the group into the army": a step under discussion, not taken
    if mod == "asserted" and state_participle(trig):
        mod = "background"  # "the besieged city": the city's state, not a new incident
    if mod == "asserted" and tdef.sub_event_type == "Agreement":
        mod = pact_setting(trig, c.onto) or mod  # "despite a ceasefire agreed in 2020", "talks on a truce": no new pact
    counted = any(f.what in KILLED_WHAT for f in c.clause_figs)
    ref = reference_kind(trig, c.g.head, c.anchor, counted)
    if mod == "asserted" and ref:
        mod = ref
    return mod
