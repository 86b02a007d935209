"""A toll, a tally or a reference back, not a new incident: "at least 120 have been killed" (a running toll), "police
killed 340 people in 2024" (a period's tally), "90,000 were killed under the junta" (a conflict's toll), "the
fighting has displaced 900,000", "said the strike showed ..." (an event told before), "investigating attacks on
shopkeepers" (a kind of deed), "kidnapping has become common" (a trend), "under the Sochi deal".

Decides ``background`` for an asserted deed (the stages :func:`_reference_or_tally` and :func:`_running_toll`).
Evidence: the clause's figures (killed, humanitarian), the trigger's determiners, the perfect; cues
``consequence_verbs``, ``kill_lemmas`` (data/ontology.json), ``occurrence_verbs`` (data/event_sense_cues.tsv);
events/reference, events/trend, events/weapon_habit, events/setting_cause, nlp/period_tally.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deeds_judged import judged_deeds
from sitrep.events.modality.clause import EventClause
from sitrep.events.one_death_now import one_person_died
from sitrep.events.ontology import Ontology
from sitrep.events.reference import VIOLENT, definite, generic_plural, share_of_deeds, share_of_victims, war_toll
from sitrep.events.setting_cause import displacement_cause, reported_topic
from sitrep.events.trend import kind_or_repeat, told_as_trend
from sitrep.events.weapon_habit import weapon_use_habit
from sitrep.model import HUMANITARIAN_WHAT, KILLED_WHAT
from sitrep.nlp.period_tally import period_tally


CONFLICT_TOLL = 1000  # killed in one undated clause: a conflict's toll, not an incident
# the words that tell such a toll; a blast or a massacre with thousands dead is one incident ("the Nagasaki blast")
TOLL_TRIGGERS = frozenset({"kill", "killing", "murder", "die", "death", "slay", "wound", "injure"})


def _reference_or_tally(mod: str, c: EventClause) -> str:
    """An asserted nominal deed that refers back to an old agreement or an event told before, or a humanitarian
    toll; an undated deed told as a kind, a trend, a habit, or a whole conflict's toll."""
    trig, g, onto, tdef, primary, time = c.trig, c.g, c.onto, c.tdef, c.primary, c.time
    fatalities_in_clause = next((f for f in c.clause_figs if f.what in KILLED_WHAT), None)
    humanitarian = [f for f in c.clause_figs if f.what in HUMANITARIAN_WHAT]
    nominal = all(t.tok.pos_ != "VERB" for t in g.triggers)
    if mod == "asserted" and nominal and tdef.code == "sd.agreement" and definite(primary.tok):
        mod = "background"  # "under the Sochi deal", "the 2018 ceasefire": a reference to an old agreement
    if mod == "asserted" and nominal and tdef.event_type != "Political" and (humanitarian or (
            g.head.lemma_.lower() in onto.cue("consequence_verbs") and not _incident_toll(fatalities_in_clause)
            and not _set_off(primary.tok, g.head, tdef, onto))):
        mod = "background"  # "the fighting has displaced 900,000": a humanitarian toll, not a new event
        # ("clashes left 30 dead on Monday": the dead of one incident, told without a displaced count, are its toll)
    if mod == "asserted" and nominal and (definite_reference(primary.tok) or judged_deeds(primary.tok)) and time is None \
            and fatalities_in_clause is None \
            and not killing_relative(primary.tok, onto) \
            and g.head.lemma_.lower() not in onto.cue("kill_lemmas") and tdef.event_type != "Political" \
            and not (primary.tok.dep_ == "nsubj" and primary.tok.head.lemma_.lower() in sense_cue("occurrence_verbs")):
        mod = "background"  # "said the strike showed ...", "called the attack despicable": a reference to an event told before
    if mod == "asserted" and tdef.event_type in VIOLENT and time is None and not c.clause_times \
            and fatalities_in_clause is None and generic_plural(trig, g):
        mod = "background"  # "investigating attacks on shopkeepers": a kind of deed, not an incident
    if mod == "asserted" and not c.clause_times and (displacement_cause(trig, onto) or reported_topic(trig)):
        mod = "background"  # "families displaced by fighting", "reported on protests by miners": a cause of
        # flight or a topic of reporting, no incident (events/setting_cause)
    if mod == "asserted" and tdef.event_type in VIOLENT and (share_of_deeds(trig) or (
            time is None and not c.clause_times and share_of_victims(trig))):
        mod = "background"  # "used in about half of the murders", "two-thirds of the victims were shot": a share
        # of many deeds counted, no incident
    if mod == "asserted" and time is None and fatalities_in_clause is None and told_as_trend(trig):
        mod = "background"  # "kidnapping has become common", "stepped up arrests of critics": a trend, no incident
    if mod == "asserted" and tdef.event_type in VIOLENT and time is None and not c.clause_times and kind_or_repeat(trig):
        mod = "background"  # "have killed dozens with such bombs", "has seen repeated fighting": a kind or a series
    if mod == "asserted" and tdef.event_type in VIOLENT and time is None and not c.clause_times \
            and fatalities_in_clause is None and weapon_use_habit(trig):
        mod = "background"  # "Both groups have used bombs in crowded places": a habit or a capability, no incident
    if mod == "asserted" and tdef.event_type in VIOLENT and not c.clause_times and fatalities_in_clause is not None \
            and (fatalities_in_clause.low or 0) >= CONFLICT_TOLL and trig.lemma_.lower() in TOLL_TRIGGERS:
        mod = "background"  # "blamed for the murder of 80,000 villagers", "90,000 were killed under the junta": a whole
        # conflict's toll, told with no date of its own, not one incident
    return mod


def _running_toll(mod: str, c: EventClause) -> str:
    """An asserted killing told as a running toll or a period's tally (a promise or a threat is read next:
    :func:`sitrep.events.modality.threat._promise_or_threat`)."""
    trig, g, onto, tdef, time = c.trig, c.g, c.onto, c.tdef, c.time
    only_kill = all(t.tok.lemma_.lower() in onto.cue("kill_lemmas") and t.pattern.deps != ("wound",) for t in g.triggers)
    # ("X has died of gunshot wounds" is one death by a weapon, toll_wound_deaths.died_of_wounds, not a running toll)
    perfect = any(a.lemma_.lower() == "have" and a.dep_ == "aux" for a in g.head.children) or gapped_perfect(g.head)
    if mod == "asserted" and only_kill and perfect and (time is None or war_toll(g.head)) \
            and (c.actor1 is None or war_toll(g.head)) and not one_person_died(c.clause_figs):
        mod = "background"  # "at least 120 have been killed", "a revolt which has killed hundreds": a running toll
        # (one person, "A man has died", is an incident's news: events/one_death_now)
    if mod == "asserted" and tdef.event_type in VIOLENT and period_tally(trig, g.head, onto.cue("kill_lemmas")):
        mod = "background"  # "police killed 340 people in 2024", "strikes that had killed hundreds over the past
        # year": a tally of a period's many incidents (nlp/period_tally.py)
    return mod


def gapped_perfect(verb) -> bool:  # type: ignore[no-untyped-def]
    """ "12 million have been uprooted and tens of thousands killed in the war": a bare participle on a count joined
    to a perfect verb shares its "have" (the parser hangs it on the count as a modifier; branch precision19,
    quiet_reports13 z02)."""
    if verb.tag_ != "VBN" or verb.dep_ != "acl" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    noun = verb.head
    joined = noun.dep_ == "conj" or any(c.dep_ == "conj" and c.i == verb.i - 1 for c in noun.children)
    above = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None) if joined else None
    # (the count is joined to the verb itself or, misparsed, to a noun of its phrase, the participle then hung on
    # that noun: "driven from their homes and thousands killed")
    return above is not None and any(a.lemma_.lower() == "have" and a.dep_ == "aux" for a in above.children)


def _set_off(tok, head, tdef, onto) -> bool:  # type: ignore[no-untyped-def]
    """The deed noun is a device or blast the verb sets off ("Maoists triggered an IED under their vehicle": its
    object; verbs: cue ``device_set_off_verbs``), not a cause told with its consequence ("the shooting sparked
    protests": its subject), a fight one deed set off ("opened fire, triggering a gunfight") or a device driven in
    ("drove a car bomb into the gate"): those are the incident told again, not a second deed."""
    return tok.dep_ == "dobj" and tok.head.i == head.i and tdef.event_type == "Explosions/Remote violence" \
        and head.lemma_.lower() in onto.cue("device_set_off_verbs")


def _incident_toll(fig) -> bool:  # type: ignore[no-untyped-def]
    """A count of dead told as one incident's ("left 30 dead on Monday"), not a running one ("since December")."""
    return fig is not None and not fig.background and fig.since is None


def definite_reference(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "the strike", "this attack", "Friday's shelling": a noun that points back to an event already told
    (not "a strike", "strikes", "an attack by X on Y")."""
    if tok.tag_ in ("NNS", "NNPS"):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("by", "on", "against", "in") for c in tok.children):
        return False  # "the shelling by X of Y", "the attack on Z": a full description, likely new
    return any((c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss" for c in tok.children)


def killing_relative(tok, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """The event noun ``tok`` carries a relative clause that tells whom it killed or hurt ("the shooting that killed
    two men"): news of the deed itself, not a reference to one told before."""
    return any(c.dep_ == "relcl" and c.lemma_.lower() in onto.cue("kill_lemmas") for c in tok.children)
