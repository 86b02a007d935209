"""Story totals that never double count (issue 16, branch stories9; the causes of the first read of
tests/data/story_sets8 and of local_reports5 s17, on reports written for these tests with made-up people and
incidents)."""
from __future__ import annotations

import pytest

from test_story_sets5 import _story  # the pipeline over reports written for a test: story.json's totals


def _total(t):  # type: ignore[no-untyped-def]
    return sum(x["best"] for x in t)


def test_an_unresolved_place_named_as_a_resolved_one_is_that_place():
    """"Chiure" left unplaced by one report and "Chiúre" placed by another: one place, so one incident's counts."""
    from sitrep.model import Event, Place, Span
    from sitrep.stories.unplaced import placed_by_name

    sp = Span("a", 0, 1, "x")
    town = Place(sp, "Chiúre", -13.38, 39.78, geonameid="1048468", country="MZ")
    bare = Place(sp, "Chiure")
    other = Place(sp, "Mecufi")
    evs = [Event("e1", "Violence against civilians", place=bare), Event("e2", "Violence against civilians", place=town),
           Event("e3", "Violence against civilians", place=other)]
    out = placed_by_name(evs)
    assert [e.place.geonameid for e in out] == ["1048468", "1048468", None]
    assert evs[0].place is bare  # the story's events are copied, never changed


def test_a_tally_over_a_month_carried_by_a_verb_is_no_toll_of_the_incident():
    """"The shooting brings the number of people killed in gang violence in the area this month to 14": the month's
    tally, never the shooting's toll (local_reports5 s17: 11 for 3); "bringing the death toll from this week's floods
    to 11" and "raising the number of policemen killed in the attack to five" stay the incident's own."""
    from sitrep.events.toll import _period_count
    from sitrep.model import Figure, Span

    def fig(text: str, number: str) -> tuple[Figure, str]:
        at = text.rindex(number)
        return Figure("f", Span("a", at, at + len(number), number), "killed", low=1.0, high=1.0), text

    assert _period_count(*fig("The shooting brings the number of people killed in gang violence in the southern "
                              "suburbs this month to 14.", "14"))
    assert _period_count(*fig("The killings bring the number of homicides in Riverton this year to 52.", "52"))
    assert not _period_count(*fig("Rescuers found five more bodies, bringing the death toll from this week's floods "
                                  "to 11.", "11"))
    assert not _period_count(*fig("A constable died overnight, raising the number of policemen killed in the attack "
                                  "to five.", "five"))


# (case, reports (published, text), the story's total): each a cause of the first read of story_sets8
CASES = [
    # A shooting late on Saturday in Celaya, told "on Sunday" by a report filed in Sydney (its own day): one
    # incident (10), never Saturday's 8 plus Sunday's 10.
    ("a_far_report_telling_the_deed_on_its_own_day_is_the_same_incident", [
        ("March 9, 2025", "MEXICO CITY (Reuters) - Gunmen shot dead eight people at a cockfighting ring in the city "
                          "of Celaya in Guanajuato state late on Saturday, state prosecutors said on Sunday."),
        ("March 9, 2025", "SYDNEY - Ten people were killed when gunmen attacked a cockfighting ring in the Mexican "
                          "city of Celaya on Sunday, according to local media reports."),
    ], 10.0),
    # A report of a bombing that also recalls a separate car bomb a month before, with its day and toll: the older
    # incident is another story's, never added to this one's (4).
    ("an_earlier_incident_a_report_recalls_is_not_added", [
        ("June 10, 2025", "PESHAWAR (AP) - A bomb hidden in a motorcycle killed four policemen at a checkpoint in "
                          "Bannu district on Tuesday, police officer Hamid Rauf Durrani said."),
        ("June 12, 2025", "BANNU - Police in Bannu said on Thursday they had arrested two men over Tuesday's "
                          "motorcycle bomb that killed four policemen at a checkpoint.\n\nOn 8 May a car bomb at a "
                          "market in Lakki Marwat killed eleven people, police said."),
    ], 4.0),
    # "The ambush came three weeks after gunmen attacked a bus ..., killing 12": the bus attack's 12 is no count of
    # the ambush (2).
    ("a_deed_told_weeks_before_another_keeps_its_count", [
        ("July 3, 2025", "QUETTA (Reuters) - Gunmen ambushed a police patrol near Turbat on Wednesday, killing two "
                         "officers, a district official said.\n\nThe ambush came three weeks after gunmen attacked a "
                         "bus near Gwadar, killing 12 passengers."),
    ], 2.0),
    # "..., raising the number of soldiers killed in the ambush to seven": the toll the wounded man's death
    # carried (7), not the one man.
    ("a_count_carried_by_a_verb_past_the_victims_noun_is_the_latest_toll", [
        ("October 6, 2025", "KADUNA (AFP) - Six soldiers were killed when gunmen ambushed an army convoy near Birnin "
                            "Gwari on Monday, an army spokesman said."),
        ("October 7, 2025", "KADUNA - A soldier wounded in Monday's ambush near Birnin Gwari died in hospital "
                            "overnight, raising the number of soldiers killed in the ambush to seven, the army said."),
    ], 7.0),
]


@pytest.mark.parametrize("case,reports,total", CASES, ids=[c[0] for c in CASES])
def test_a_story_total_counts_each_death_once(tmp_path, case, reports, total):  # type: ignore[no-untyped-def]
    assert _total(_story(tmp_path, reports)) == total
