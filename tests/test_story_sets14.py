"""Story figures over reports of one story (issue 16, branch figures12; the causes of the first read of
tests/data/story_sets14, on reports written for these tests with made-up people and incidents): "X put the toll at
N" names X as the claimant and is X's current toll of the incident; an armed group's "it had killed N" is its count
of its own deed, never the incident's best where others count; a count placed only by a dateline abroad joins the incident its report places in its own words; a tally "in a week
of clashes" at the one incident's place is that incident's running toll."""
from __future__ import annotations

import datetime as dt

import pytest

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_story_sets5 import _story

D = dt.date


def test_put_the_toll_at_names_its_claimant(ann):  # noqa: F811
    """"A hospital director put the toll at 14" and "The relief agency put the number of people displaced by the
    floods at 3,100": the subject of "put" with a tally noun as its object is the count's claimant (before, none)."""
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate("A fire swept through a market in Kano on Friday. A hospital director put the toll at 14. The "
                      "state relief agency put the number of people displaced by the fire at 3,100.",
                      DocContext("k", published=D(2031, 4, 5)))
    got = {f.low: f.claimant_name for f in an.figures}
    assert got[14.0] == "A hospital director", got
    assert got[3100.0] == "The state relief agency", got
    # "put out the fire" gives no claimant
    an = ann.annotate("Firefighters put out the fire after two hours, police said.",
                      DocContext("k2", published=D(2031, 4, 5)))
    assert all(a.cue != "put" for a in an.attributions)


def test_a_weeks_tally_at_the_incidents_place_is_its_running_toll(tmp_path):
    """Six inmates killed on Sunday in a prison riot, then "19 inmates have been killed in a week of clashes at the
    Ambato prison": the week's tally at the one incident's place is that incident's latest toll (before: 6)."""
    t = _story(tmp_path, [
        ("August 4, 2031", "QUITO (AP) - At least six inmates were killed on Sunday when rival gangs fought inside "
                           "the prison in Ambato, Ecuador's prison authority said."),
        ("August 9, 2031", "QUITO (Reuters) - At least 19 inmates have been killed in a week of clashes between "
                           "gangs at the Ambato prison, the prison authority said on Saturday."),
    ])
    assert len(t) == 1 and t[0]["best"] == 19, t


def test_a_named_claimants_fuller_count_told_after_every_update_is_the_latest_toll(tmp_path):
    """The government's 10 risen to 15, then two days later a rights group's "at least 26 ... well above the
    government's figure": a named claimant's fuller count told after every update is the toll as last known
    (before: the government's 15)."""
    t = _story(tmp_path, [
        ("March 3, 2031", "BAMAKO (Reuters) - Gunmen on motorcycles attacked the village of Sokoura near Bankass in "
                          "central Mali on Sunday, killing at least 10 villagers, the government said."),
        ("March 4, 2031", "BAMAKO (AFP) - The number of people killed in Sunday's attack near Bankass in central Mali "
                          "has risen to 15, the government said on Tuesday."),
        ("March 6, 2031", "DAKAR (Reuters) - At least 26 people were killed in Sunday's attack on the central Malian "
                          "village of Sokoura near Bankass in Mali's Mopti region, a rights group said on Thursday, "
                          "well above the government's figure of 15."),
    ])
    assert len(t) == 1 and t[0]["best"] == 26, t


def test_a_country_named_as_a_whole_is_a_countrys_count():
    """"Somalia as a whole counts more than 3 million displaced" counts the country's people, never the story's
    group (before, the sentence named no country with "in" or "across")."""
    from sitrep.stories.count_scope import told_for_country

    assert told_for_country("Kenya as a whole counts more than 400,000 people displaced by the floods.")
    assert not told_for_country("The market as a whole was shut for two days.")


def test_a_put_toll_beside_its_reports_own_count_by_another_is_a_claim(tmp_path):
    """"Gunmen killed 19 people ..., residents said. The police spokesman ... put the number of dead at 12": the
    report's own count stands; the police's is a rival claim (the low), never the latest toll."""
    t = _story(tmp_path, [
        ("September 8, 2031", "GUSAU, Nigeria (Reuters) - Gunmen killed 19 people in an attack on a village in the "
                              "Maru area of Zamfara State on Sunday, residents said. The police spokesman in "
                              "Zamfara confirmed the attack but put the number of dead at 12."),
    ])
    assert len(t) == 1 and t[0]["best"] == 19, t
    assert t[0]["incidents"][0]["low"] == 12, t


# (story texts, best, the first incident's field, its value): each claim's reading in its comment
BEST_AND_RANGE = [
    # a_security_sources_put_toll_updates_and_the_groups_own_kill_claim_is_no_best: Security sources' 30, then
    # JNIM's "it had killed 70 soldiers" and a source's "put the toll at 41": the group tells its own deed (a
    # side's claim: never the best), the source's 41 is the latest toll (before: 70).
    pytest.param([
        ("May 10, 2031", "ABIDJAN (AFP) - At least 30 soldiers were killed on Saturday when militants attacked an "
                         "army post near Djibo in northern Burkina Faso, security sources said."),
        ("May 12, 2031", "DAKAR (Reuters) - JNIM said on Monday it had killed 70 soldiers in Saturday's attack on the "
                         "army post near Djibo in Burkina Faso. A security source put the toll at 41."),
        ], 41, "low", 30, id="security_sources_put_toll_updates_and_th"),
    # a_count_placed_only_by_a_dateline_abroad_joins_the_incident_its_report_places: A Nairobi-datelined report
    # places the strike at Bure in its own words (12 dead) and gives a militia's 40 with no place: the 40 is a
    # claim of the same incident (the high), not an incident at Nairobi that the fold keeps as the larger
    # (before: best 40).
    pytest.param([
        ("July 7, 2031", "ADDIS ABABA (Addis Standard) - A drone strike on the market of Bure, a town in Amhara "
                         "region, killed 12 people on Monday, a health official said."),
        ("July 8, 2031", "NAIROBI (Reuters) - At least 12 people were killed when a drone struck a market in the "
                         "Ethiopian town of Bure on Monday, a doctor said. A spokesman for the Fano militia said the "
                         "strike had killed 40 civilians."),
        ], 12, "high", 40, id="count_placed_only_by_a_dateline_abroad_j"),
    # a_rivals_put_toll_beside_anothers_update_is_a_claim_not_the_latest_toll: "The death toll ... has risen to
    # 28, the ministry said. A monitoring group put the toll at 19": two claimants' current counts side by side;
    # the monitor's is a rival claim (the low), the ministry's update stays the best.
    pytest.param([
        ("April 7, 2031", "SANAA (Reuters) - An air strike hit a market in the northern Yemeni city of Saada on Monday, "
                          "killing 20 people, the health ministry said."),
        ("April 9, 2031", "SANAA (AP) - The death toll from Monday's air strike on a market in Saada has risen to 28, "
                          "the health ministry said on Wednesday. A monitoring group put the toll at 19."),
        ], 28, "low", 19, id="rivals_put_toll_beside_anothers_update_i"),
]


@pytest.mark.parametrize("reports,best,field,value", BEST_AND_RANGE)
def test_best_and_range_of_a_story(tmp_path, reports, best, field, value):  # type: ignore[no-untyped-def]
    t = _story(tmp_path, reports)
    assert len(t) == 1 and t[0]["best"] == best, t
    assert t[0]["incidents"][0][field] == value, t
