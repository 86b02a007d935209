"""Doers the first wave left (issue 16, branch attackers20): a force member who shot his own wife is not the force
(local_reports10 q06), a past conjunct the parser hung on "Police are hunting for gunmen who ..." (q10), the region's
war and a run of deeds told as background (attack_reports13 n03), a claim of "the ambush" after "was ambushed" by a
group whose name the role reading cut short (war_reports4 w16), and the doers' group told back as "the gunmen were
from / belonged to a cell of / belonged to X, a gang" (now read by events/member_doer alone: guards that pass before
and after the move). Sentences written for these tests; people and incidents made up (towns and groups real)."""
from __future__ import annotations

import datetime as dt

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _violent(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 5, 6)))
    return [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]


def _doers(ann, text):  # type: ignore[no-untyped-def]
    evs = [e for e in _violent(ann, text) if e.modality == "asserted"]
    assert evs, text
    return [e.actor1.name if e.actor1 is not None else None for e in evs]


def test_a_constable_who_shot_his_wife_is_not_the_police(ann):  # noqa: F811
    doers = _doers(ann, "A police sergeant shot his wife dead at their house in Nakuru on Saturday night and then "
                        "turned the gun on himself, police said.")
    assert not any(d and "Police" in d for d in doers), doers


def test_the_constable_named_later_by_his_title(ann):  # noqa: F811
    doers = _doers(ann, "A police sergeant shot his wife dead at their house in Nakuru on Saturday night, police said."
                        "\n\nSergeant Peter Omondi, 41, and his wife Mary Akinyi, 36, both died at the scene.")
    assert "Peter Omondi" in doers, doers


def test_an_officer_who_shot_a_suspect_stays_the_police(ann):  # noqa: F811
    doers = _doers(ann, "A police officer shot a robbery suspect dead in Nakuru on Saturday night, police said.")
    assert any(d and "Police" in d for d in doers), doers


def test_police_hunting_gunmen_who_stormed_and_opened_fire(ann):  # noqa: F811
    doers = _doers(ann, "Police in Limpopo are hunting for gunmen who stormed a tavern in Seshego, near Polokwane, "
                        "on Saturday night and opened fire on patrons.")
    assert not any(d and "Police" in d for d in doers), doers


def test_the_regions_war_and_a_run_of_mines_are_background(ann):  # noqa: F811
    text = ("Six passengers were killed when a minibus struck a landmine near Gao on Monday, officials said. No group "
            "claimed the blast.\n\nJihadist groups have planted mines on several roads in northern Mali, where the "
            "army and its allies are fighting insurgents.")
    doers = _doers(ann, text)
    assert not any(d and ("Militants" in d or "Military" in d) for d in doers), doers


def test_a_dated_clash_in_a_where_clause_and_counted_mines_stay_deeds(ann):  # noqa: F811
    from sitrep.events.region_setting import spread_perfect, where_war_goes_on
    from sitrep.nlp.models import load_pipeline

    nlp = load_pipeline()
    doc = nlp("The bus stopped in Gao, where troops are fighting insurgents.")
    fight = next(t for t in doc if t.lower_ == "fighting")
    assert where_war_goes_on(fight, [], [])
    assert not where_war_goes_on(fight, ["today"], [])
    doc = nlp("Militants have planted three bombs on several roads.")
    assert not spread_perfect(next(t for t in doc if t.lower_ == "planted"), [], [])
    doc = nlp("Militants have planted bombs on several roads.")
    assert spread_perfect(next(t for t in doc if t.lower_ == "planted"), [], [])


def test_the_claim_of_the_ambush_meets_the_passive_ambush(ann):  # noqa: F811
    doers = _doers(ann, "A police convoy was ambushed near Tank on Monday, leaving four policemen dead, officials "
                        "said.\n\nGunmen fired from a ridge as the vehicles slowed at a bridge.\n\n"
                        "Tehrik-e-Taliban Pakistan claimed the ambush in a statement.")
    assert "Tehrik-i-Taliban Pakistan" in doers, doers


def test_one_deed_word_in_two_forms():
    from sitrep.events.claims import same_deed_word

    assert same_deed_word("ambush", "ambushed") and same_deed_word("bombing", "bombed")
    assert not same_deed_word("massacre", "bombing") and not same_deed_word("hit", "hits")


def test_the_doers_group_told_back(ann):  # noqa: F811
    assert "Sinaloa Cartel" in _doers(ann, "Gunmen shot dead five men at a taco stand in Navolato on Sunday. "
                                           "Prosecutors said the hitmen were from the Sinaloa Cartel.")
    assert "Sinaloa Cartel" in _doers(ann, "Gunmen shot dead five men at a taco stand in Navolato on Sunday. "
                                           "Prosecutors said the attackers belonged to a cell of the Sinaloa Cartel.")
    assert "Los Zafiros" in _doers(ann, "Gunmen killed three men at a bar in Manta on Friday. A police officer said "
                                        "the killers belonged to Los Zafiros, a gang that sells drugs in the port.")
    # the dead of a gunfight are no doers
    assert "Sinaloa Cartel" not in _doers(ann, "Soldiers killed three gunmen in a clash near Navolato on Monday. The "
                                               "army said the dead belonged to the Sinaloa Cartel.")
