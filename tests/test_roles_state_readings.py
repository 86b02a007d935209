"""Which state a phrase names (issue 16, precision of a filled actor1), on sentences written for these tests:
a nation's irregulars are the country's unidentified armed group, not its forces ("a Chadian militant"), while its
soldiers stay its forces; a bare "the government" takes the country the report is set in when the article's
focus country is only a party elsewhere, and keeps the focus otherwise."""
from __future__ import annotations

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_frames import a1

from sitrep.events.bare_state import bare_state_noun
from sitrep.events.irregulars import nonstate_armed_doers


def _id(ev):  # type: ignore[no-untyped-def]
    return ev.actor1.entity_id if ev.actor1 is not None else None


def _shelling(ann, text):  # type: ignore[no-untyped-def]
    return next(e for e in violent(ann, text) if e.trigger.text == "shelled")


# -- events/irregulars.py ------------------------------------------------------------------------------------------

def test_the_nonstate_doers_leave_out_state_forces_rioters_and_offenders():
    doers = nonstate_armed_doers()
    assert {"terrorist", "militant", "guerrilla", "gunman", "kidnapper"} <= doers
    assert not doers & {"soldier", "troop", "policeman", "rioter", "robber", "killer"}


def test_a_militant_of_a_nation_is_its_unidentified_armed_group(ann):
    ev = violent(ann, "A Chadian militant shot a trader in the market on Monday.")[0]
    assert a1(ev) == "A Chadian militant"
    assert _id(ev) == "TCD_UNIDENT"  # not Military Forces of Chad


def test_soldiers_of_a_nation_stay_its_forces(ann):
    ev = violent(ann, "Nigerian soldiers shot two farmers near the border on Monday.")[0]
    assert _id(ev) == "NGA_MIL"


def test_a_named_rebel_side_keeps_its_dictionary_reading(ann):
    ev = violent(ann, "Sudanese rebels shelled the village on Monday.")[0]
    assert _id(ev) == "SDN_OPP"


def test_a_teenager_of_a_nation_stays_a_person(ann):
    ev = violent(ann, "A Kenyan teenager stabbed a shopkeeper on Monday.")[0]
    assert _id(ev).startswith("x:")


# -- events/bare_state.py ------------------------------------------------------------------------------------------

def test_which_phrases_are_bare_state_nouns():
    from sitrep.nlp.models import load_pipeline

    nlp = load_pipeline()
    for text, head, bare in [("The government shelled the town.", "government", True),
                             ("This regime shelled the town.", "regime", True),
                             ("The Ugandan government shelled the town.", "government", False),
                             ("The government of Chad shelled the town.", "government", False),
                             ("Kampala's government shelled the town.", "government", False)]:
        tok = next(t for t in nlp(text) if t.lower_ == head)
        assert bare_state_noun(tok) is bare, text


def test_a_bare_government_is_the_one_of_the_country_the_report_is_set_in(ann):
    ev = _shelling(ann, "After Kenya agreed to host the talks, the government shelled rebel positions near Kismayo.")
    assert a1(ev) == "the government"
    assert _id(ev).startswith("SOM_")  # Kismayo is in Somalia; Kenya is only the host of the talks


def test_a_bare_government_keeps_the_focus_where_the_report_is_set_there(ann):
    ev = _shelling(ann, "After Kenya agreed to host the talks in Nairobi, the government shelled rebel positions "
                        "near Garissa.")
    assert _id(ev).startswith("KEN_")


def test_a_town_that_only_names_talks_does_not_set_the_report(ann):
    ev = _shelling(ann, "Kenya hosted the Kismayo talks last week. The government shelled rebel positions on Tuesday.")
    assert _id(ev).startswith("KEN_")


def test_a_bare_government_of_a_report_set_in_two_other_countries_is_left_blank(ann):
    ev = _shelling(ann, "After Kenya agreed to host the talks, the government shelled rebel positions near Kismayo "
                        "and in Gulu.")
    assert ev.actor1 is None  # Somalia or Uganda: blank beats wrong


def test_a_government_named_by_its_nation_is_not_moved(ann):
    ev = _shelling(ann, "After Kenya agreed to host the talks, the Ugandan government shelled rebel positions near "
                        "Kismayo.")
    assert _id(ev).startswith("UGA_")
