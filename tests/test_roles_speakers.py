"""Accusers, speakers and claimers are never the attacker (issue 16), on sentences written for these tests, each with
its negative: the accuser of a relative clause of blame ("the bombing, which X blamed on Y") is the claimant and Y
the doer; a pronoun in a spokesman's speech stands for the body he speaks for, else stays blank; "who X says did it"
makes X the claimant and the clause's noun the doer; "blamed it on X" accuses X; "a group calling itself X" is X;
"no faction claimed" names no claimant and no actor."""
from __future__ import annotations

import datetime as dt

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_roles_frames import a1, a2

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def events(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("r1", published=dt.date(2023, 5, 6))).events


def deed(ann, text, trigger):  # type: ignore[no-untyped-def]
    return next(e for e in events(ann, text) if e.trigger is not None and e.trigger.text == trigger
                and e.event_type in VIOLENT_EVENT_TYPES)


def accusation(ann, text):  # type: ignore[no-untyped-def]
    return next(e for e in events(ann, text) if e.plover == "ACCUSE")


# -- 1. a relative clause of blame on the deed ------------------------------------------------------------------

def test_the_one_blamed_in_a_relative_clause_did_the_deed_and_the_accuser_only_claims_it(ann):
    text = "The bombing, which the rebels blamed on the army, killed 10 people in the market."
    ev = deed(ann, text, "bombing")
    assert a1(ev) == "the army"
    assert ev.claimant_name == "rebels"
    assert all(a1(e) != "the rebels" for e in events(ann, text) if e.event_type in VIOLENT_EVENT_TYPES)


def test_the_accusation_of_a_relative_clause_runs_from_accuser_to_accused(ann):
    acc = accusation(ann, "The massacre, which the opposition blamed on the militia, left 30 villagers dead.")
    assert a1(acc) == "the opposition"
    assert a2(acc) == "the militia"  # never the accuser as the accused


def test_who_carried_out_the_deed_in_a_relative_clause_is_still_its_doer(ann):
    ev = deed(ann, "The explosion, which the rebels set off at dawn, killed ten people.", "explosion")
    assert a1(ev) == "the rebels"


def test_a_deed_blamed_on_an_armed_noun_names_it_the_doer_not_the_victim(ann):
    ev = deed(ann, "The police blamed the bombing on the rebels.", "bombing")
    assert a1(ev) == "the rebels" and ev.actor2 is None
    assert ev.claimant_name == "The police"


def test_a_deed_blamed_on_a_date_names_no_doer(ann):
    evs = [e for e in events(ann, "Officials blamed the attack on the embassy on Tuesday.")
           if e.event_type in VIOLENT_EVENT_TYPES]
    assert all(e.actor1 is None for e in evs)


# -- 2. a pronoun in a speaker's speech ---------------------------------------------------------------------------

def test_they_in_a_spokesmans_speech_is_the_body_he_speaks_for(ann):
    ev = deed(ann, "A spokesman for the rebels said they shot down the helicopter near the border.", "shot")
    assert ev.actor1 is not None and ev.actor1.name == "rebels"


def test_they_in_the_speech_of_a_police_spokesman_is_the_police(ann):
    evs = events(ann, "A police spokesman said they arrested the gunmen after the attack.")
    ev = next(e for e in evs if e.trigger is not None and e.trigger.text == "arrested")
    assert ev.actor1 is not None and ev.actor1.name == "police"


def test_they_in_the_speech_of_a_speaker_for_no_one_named_stays_blank(ann):
    ev = deed(ann, "An official said they bombed the bridge overnight.", "bombed")
    assert ev.actor1 is None
    ev = deed(ann, "Witnesses said they shot the driver at the checkpoint.", "shot")
    assert ev.actor1 is None


def test_he_in_a_spokesmans_speech_is_not_the_spokesman(ann):
    ev = deed(ann, "A spokesman said he shot the intruder.", "shot")
    assert ev.actor1 is None


def test_a_body_that_speaks_for_itself_keeps_its_deed(ann):
    ev = deed(ann, "The rebels said they shot down the helicopter near the border.", "shot")
    assert ev.actor1 is not None and ev.actor1.name == "rebels"


# -- 3. "who X says did it" ---------------------------------------------------------------------------------------

def test_who_says_is_the_claimant_and_the_relative_clause_noun_the_doer(ann):
    ev = deed(ann, "The militants, who the army says attacked the convoy, fled into the hills.", "attacked")
    assert a1(ev) == "The militants"
    assert ev.claimant_name == "the army"


def test_the_one_who_says_is_never_the_doer_of_a_relative_clause(ann):
    ev = deed(ann, "Police detained two couriers who Kenya says shot the guard.", "shot")
    assert ev.actor1 is None or "Kenya" not in ev.actor1.name


def test_who_claims_to_have_done_it_did_it(ann):
    ev = deed(ann, "The rebels, who claim to have attacked the convoy, fled into the hills.", "attacked")
    assert a1(ev) == "The rebels"


def test_a_speaker_verb_read_as_a_control_verb_gives_its_subject_no_deed(ann):
    from sitrep.events.participants import subject_of
    from sitrep.nlp.models import load_pipeline

    doc = load_pipeline()("The court jailed the two gunmen who police say killed the judge.")
    killed = next(t for t in doc if t.lower_ == "killed")
    s = subject_of(killed)
    assert s is None or s.lower_ != "police"


# -- 4. "blamed it on X", "a group calling itself X" --------------------------------------------------------------

def test_blamed_it_on_x_accuses_x_of_the_deed_told_before(ann):
    text = "A car bomb exploded near the base. Officials blamed it on the insurgents."
    assert a2(accusation(ann, text)) == "the insurgents"
    ev = deed(ann, text, "bomb")
    assert a1(ev) == "the insurgents" and ev.claimant_name == "Officials"


def test_blamed_it_on_no_agent_accuses_no_one(ann):
    text = "A bomb killed three people in the market. The mayor blamed it on the weather."
    assert deed(ann, text, "bomb").actor1 is None
    assert all(e.actor2 is None for e in events(ann, text) if e.plover == "ACCUSE")


def test_a_group_calling_itself_by_a_name_is_that_name(ann):
    ev = deed(ann, "A group calling itself the Islamic Front bombed the hotel.", "bombed")
    assert a1(ev) == "the Islamic Front"


def test_a_group_calling_for_something_names_itself_nothing(ann):
    from sitrep.events.nominal import self_name
    from sitrep.nlp.models import load_pipeline

    doc = load_pipeline()("A group calling for talks bombed the hotel.")
    assert self_name(doc[1]) is None
    doc = load_pipeline()("Gunmen from a group calling itself the Islamic Front bombed the hotel.")
    name = self_name(doc[0])
    assert name is not None and name.text == "Front"


# -- 5. a negated claimer -----------------------------------------------------------------------------------------

def test_no_faction_claiming_a_deed_is_no_claimant_and_no_actor(ann):
    ev = deed(ann, "No faction claimed responsibility for the ambush that killed six soldiers.", "ambush")
    assert ev.claimant is None and ev.claimant_name is None
    assert ev.actor1 is None
    ev = deed(ann, "No group has claimed the attack on the convoy.", "attack")
    assert ev.claimant_name is None and ev.actor1 is None


def test_a_named_claimer_is_claimant_and_actor(ann):
    ev = deed(ann, "The rebels claimed the attack on the convoy.", "attack")
    assert a1(ev) == "The rebels" and ev.claimant_name == "The rebels"


def test_no_one_reads_negated_phrases_only():
    from sitrep.events.deps import no_one

    assert no_one("No faction") and no_one("nobody") and no_one("none of the groups")
    assert not no_one("Norwegian troops") and not no_one("the rebels")


def test_a_self_styled_group_is_named_without_the_marker(ann):
    ev = deed(ann, "A self-styled Liberation Army group bombed the bridge.", "bombed")
    assert a1(ev) == "Liberation Army group"
    ev = deed(ann, "A self-styled Army of the Poor claimed the kidnapping of the engineer.", "kidnapping")
    assert a1(ev) == "Army of the Poor"


def test_a_self_styled_army_is_never_the_states_army(ann):
    ev = deed(ann, "Police in Lima said a self-styled Army of the Poor claimed the kidnapping of the engineer in Peru.",
              "kidnapping")
    assert ev.actor1 is None or not ev.actor1.entity_id.endswith("_MIL")


def test_an_army_not_self_styled_keeps_its_state(ann):
    ev = deed(ann, "In Peru, the army bombed a rebel camp near Lima.", "bombed")
    assert ev.actor1 is not None and ev.actor1.entity_id == "PER_MIL"
