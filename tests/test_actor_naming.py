"""How a chosen actor phrase is named (issue 16), on sentences written for these tests, each with its negative:
a demonym names a state only on a state noun (events/bare_state.demonym_noun); a speaker's country is not the
report's (nlp/actors.country_focus); an organisation's name before a deed noun is no doer unless it can act
(events/target_modifier.py)."""
from __future__ import annotations

import datetime as dt

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _deed(ann, text, trigger):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2023, 5, 6)))
    return next(e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.trigger.text == trigger)


def _id(ref):  # type: ignore[no-untyped-def]
    return ref.entity_id if ref is not None else None


# -- 1. a demonym on a noun that is no state's ------------------------------------------------------------------

def test_a_demonym_on_a_newspaper_is_no_government(ann):
    ev = _deed(ann, "A French satirical weekly was attacked by gunmen in Dunmore on Monday.", "attacked")
    assert _id(ev.actor2) not in ("FRA_GOV", "FRA_MIL", "FRA")
    assert ev.actor2 is not None and "weekly" in ev.actor2.name.lower()


def test_a_demonym_on_people_of_no_state_noun_names_them_not_their_state(ann):
    ev = _deed(ann, "An Israeli-Canadian rabbi was stabbed by an attacker in Kessow on Monday.", "stabbed")
    assert _id(ev.actor2) not in ("CAN_GOV", "CAN_MIL", "ISR_GOV", "ISR_MIL")
    ev = _deed(ann, "The Nicaraguan contras attacked a village near Kessow, killing six peasants.", "attacked")
    assert _id(ev.actor1) not in ("NIC_GOV", "NIC_MIL")


def test_a_demonym_on_a_state_noun_stays_the_state(ann):
    ev = _deed(ann, "A Turkish pilot bombed a village near Derrow on Monday, killing four.", "bombed")
    assert _id(ev.actor1) == "TUR_MIL"
    ev = _deed(ann, "The Iraqi embassy was bombed in Kessow on Friday, killing two guards.", "bombed")
    assert _id(ev.actor2) == "IRQ_GOV"
    ev = _deed(ann, "The Russian Federation launched strikes on Derrow on Monday, killing four.", "strikes")
    assert _id(ev.actor1) == "RUS_MIL"


def test_the_bare_rule_reads_the_parse():
    from sitrep.events.bare_state import demonym_noun
    from sitrep.nlp.models import load_pipeline

    doc = load_pipeline()("Syrian lawyers and a Syrian newspaper and Syrian diplomats met in the Syrian countryside.")
    by = {t.text: t for t in doc}
    got = ("SYR_GOV", "Government of Syria")
    assert demonym_noun(by["lawyers"], got) == ("CIVILIANS", "Civilians")
    assert demonym_noun(by["newspaper"], got) == ("x:syrian-newspaper", "Syrian newspaper")
    assert demonym_noun(by["diplomats"], got) == got
    assert demonym_noun(by["countryside"], got) is None
    forces = ("SYR_MIL", "Military Forces of Syria")
    assert demonym_noun(by["lawyers"], forces) == forces


# -- 2. a speaker's country is not where the report is set ------------------------------------------------------

def test_a_foreign_speaker_does_not_give_his_country_to_the_army_or_the_gunmen(ann):
    ev = _deed(ann, "The Turkish foreign minister said on Monday that the army shelled the village of Derrow, "
                    "killing four.", "shelled")
    assert _id(ev.actor1) != "TUR_MIL"
    ev = _deed(ann, "According to the Ruritanian envoy, gunmen killed five villagers near Derrow on Monday.", "killed")
    assert not (_id(ev.actor1) or "").startswith("TUR")


def test_the_country_spoken_to_is_not_whose_government_acts(ann):
    ev = _deed(ann, "We said to Russia that the regime keeps shelling civilians in Derrow.", "shelling")
    assert _id(ev.actor1) != "RUS_MIL"
    ev = _deed(ann, "Russia sent troops to Syria, where the government shelled Derrow on Monday.", "shelled")
    assert _id(ev.actor1) == "SYR_MIL"


def test_a_country_named_as_the_scene_still_sets_the_focus(ann):
    ev = _deed(ann, "The Turkish foreign minister said the army shelled a village in Turkey on Monday, killing four.",
               "shelled")
    assert _id(ev.actor1) == "TUR_MIL"
    ev = _deed(ann, "Turkish troops shelled the village of Derrow on Monday, killing four.", "shelled")
    assert _id(ev.actor1) == "TUR_MIL"


def test_country_focus_skips_speakers_only_with_the_parse():
    from sitrep.nlp.actor_lexicon import get_resolver, to_units
    from sitrep.nlp.actors import country_focus
    from sitrep.nlp.models import load_pipeline

    text = "The Turkish foreign minister said gunmen killed five villagers."
    res = get_resolver()
    units = to_units(text)
    assert country_focus(units, res.match_units(units), res) == ["TR"]
    assert country_focus(units, res.match_units(units), res, load_pipeline()(text)) == []


# -- 3. an organisation's name before a deed noun ---------------------------------------------------------------

def test_a_company_before_the_deed_noun_is_not_the_attacker(ann):
    ev = _deed(ann, "The Vexcorp attacks damaged two plants near Kessow on Saturday.", "attacks")
    assert ev.actor1 is None or "vexcorp" not in ev.actor1.name.lower()


def test_a_country_s_name_before_the_deed_noun_says_where_not_who(ann):
    ev = _deed(ann, "The Iraq attacks killed six people on Friday.", "attacks")
    assert _id(ev.actor1) not in ("IRQ_MIL", "IRQ_GOV")
    ev = _deed(ann, "The Israeli strikes killed six people in Derrow on Friday.", "strikes")
    assert _id(ev.actor1) == "ISR_MIL"


def test_an_armed_group_before_the_deed_noun_is_the_attacker(ann):
    ev = _deed(ann, "The Taliban attack killed six people in Kessow on Friday.", "attack")
    assert _id(ev.actor1) == "TALIBAN"
    ev = _deed(ann, "The Lindqvist Brigade attack killed six people in Kessow on Friday.", "attack")
    assert ev.actor1 is not None and "Lindqvist" in ev.actor1.name
    ev = _deed(ann, "The US strikes killed six people in Derrow on Friday.", "strikes")
    assert _id(ev.actor1) == "USA_MIL"


def test_a_state_noun_before_the_head_keeps_the_state(ann):
    ev = _deed(ann, "The Peruvian intelligence services killed two men in Dunmore on Monday.", "killed")
    assert ev.actor1 is not None and not ev.actor1.entity_id.startswith("x:")


def test_a_counted_or_undergoing_plural_demonym_is_people_not_the_state(ann):
    ev = _deed(ann, "The regime tortured and executed thousands of Iraqis in Kessow prisons.", "tortured")
    assert _id(ev.actor2) == "CIVILIANS"
    ev = _deed(ann, "The Turks shelled Derrow on Monday, killing four.", "shelled")
    assert _id(ev.actor1) == "TUR_MIL"


# -- 2b. a generic side takes the country the report is set in, not a bystander's ----------------------------------

def test_a_generic_side_takes_the_country_of_the_places_not_of_a_reporter(ann):
    text = ("Dutch photographer Jan Smit was killed on Monday filming a skirmish near Usulutan. The guerrillas "
            "attacked an army post in Usulutan.")
    an = ann.annotate(text, DocContext("r1", published=dt.date(2023, 5, 6)))
    ev = next(e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES)
    assert _id(ev.actor1) == "SLV_OPP"
    assert _id(ev.actor2) != "NLD_GOV"


def test_a_generic_side_keeps_the_focus_when_the_report_is_set_there(ann):
    ev = _deed(ann, "Dutch troops patrolled near Assen. The guerrillas attacked a police post in Assen on Monday.",
               "attacked")
    assert _id(ev.actor1) in (None, "NLD_OPP")


# -- 2c. two countries tie at the top of the focus: a generic side given no country of its own is nobody's ---------

def test_country_focus_says_when_the_first_two_tie():
    from sitrep.nlp.actor_lexicon import get_resolver, to_units
    from sitrep.nlp.actors import country_focus

    res = get_resolver()
    units = to_units("Kenyan and Tanzanian troops have guarded the border town of Pellow since March.")
    assert country_focus(units, res.match_units(units), res).tied
    units = to_units("Kenyan troops have guarded the border town of Pellow in Kenya since March.")
    assert not country_focus(units, res.match_units(units), res).tied


def test_a_generic_side_is_blank_when_two_countries_tie(ann):
    ev = _deed(ann, "Insurgents killed six fishermen on a beach north of Pellow on Sunday, a local official said. "
                    "Kenyan and Tanzanian troops have guarded the coast since March.", "killed")
    assert _id(ev.actor1) not in ("KEN_OPP", "TZA_OPP", "KEN_UNIDENT", "TZA_UNIDENT")


def test_a_dateline_capital_breaks_a_tie_in_the_focus():
    from sitrep.nlp.actor_lexicon import get_resolver, to_units
    from sitrep.nlp.actors import country_focus

    res = get_resolver()
    units = to_units("NIAMEY — Soldiers and allied Russian fighters clashed with militants near Tera on Monday.")
    focus = country_focus(units, res.match_units(units), res)
    assert not focus.tied and focus[0] == "NE"
