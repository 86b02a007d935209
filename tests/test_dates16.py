"""Dating devices of branch `dates16` (misses left in local_reports9/10, local_reports_world3, attack_reports and
date_reports11), on sentences written for these tests: a charge's deed noun ("appeared in court on Monday charged with
murder", "which police are treating as arson") names the one incident, whose day the charge's day is not; a deed
dated by a weekend takes the incident's day its sentence's later day of death does not hide; a deed told "after"
another deed of the incident (a house set on fire) shares that deed's day; the unnamed attackers' arrival dates the
raid; a deed told in the pluperfect by a telling is not dated by the telling's day (events/incident_date,
events/date.told_earlier); an undated deed told right after a deed of "late last month" goes on about it."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext
from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


def test_charged_with_murder_names_the_alleged_deed_day(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "A 39-year-old man from Kelvane is accused of killing his brother with an axe at their farm on "
                       "Saturday night.\n\nThe suspect, Obakeng Sello, appeared before the Kelvane Magistrate Court on "
                       "Monday charged with murder.", D(2026, 5, 12))
    assert evs["murder"][1:] == (D(2026, 5, 9), D(2026, 5, 9)), evs


def test_fire_treated_as_arson_takes_the_callout_day(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Two brothers have died in a house fire in Dunmere which police are treating as arson.\n\n"
                       "Firefighters were called to the house on Mill Lane at 3.10am on Thursday and found the boys "
                       "inside.", D(2026, 5, 16))
    assert evs["arson"][1:] == (D(2026, 5, 14), D(2026, 5, 14)), evs


def test_burnt_after_the_house_was_set_on_fire_that_night(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "A farmer and his wife were burnt to death after unknown people set their house on fire in the "
                       "village of Kemora on Tuesday night, police said.", D(2026, 5, 14))
    assert evs["burnt"][1:] == (D(2026, 5, 12), D(2026, 5, 12)), evs


def test_weekend_shooting_takes_its_day_not_the_later_death(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "A third victim died Tuesday from a shooting at a wedding in Dunmere over the weekend, police "
                       "said.\n\nOmari Blake, 22, died at Dunmere General Hospital, three days after gunfire erupted "
                       "outside the hall early Saturday.", D(2026, 5, 13))
    assert evs["shooting"][1:] == (D(2026, 5, 9), D(2026, 5, 9)), evs


def test_the_gunmen_arriving_dates_the_raid(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Bandits killed six farmers in an attack on a village in Zamfara state, residents said on "
                       "Thursday.\n\nThe gunmen arrived on motorcycles late on Wednesday evening as the farmers were "
                       "coming back from their fields, a resident said.", D(2026, 5, 14))
    assert evs["attack"][1:] == (D(2026, 5, 13), D(2026, 5, 13)), evs


def test_guests_arriving_date_nothing(ann):  # type: ignore[no-untyped-def]
    evs = _events(ann, "Bandits killed six farmers in an attack on a village in Zamfara state, residents said.\n\n"
                       "Relatives arrived late on Wednesday evening to bury the dead.", D(2026, 5, 14))
    assert evs["attack"][1] != D(2026, 5, 13), evs


def test_pluperfect_deed_told_on_a_day_is_not_that_day(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate("Ruth Okafor, 52, phoned police early Friday and said she had stabbed her husband, officers "
                      "said.", DocContext("r1", published=D(2026, 5, 16)))
    got = [(e.date_start, e.date_precision) for e in an.events if e.trigger.text == "stabbed"]
    assert got and got[0][1] != "day", got  # the telling's Friday bounds it: "reported" at most


def test_deed_told_right_after_a_late_last_month_massacre_is_of_that_month(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate("Militiamen massacred at least 15 villagers in Djugu territory late last month, a rights group "
                      "said on Tuesday.\n\nThe fighters attacked herders at a well and burned huts in two villages, "
                      "the group said.\n\nOn Sunday, soldiers clashed with militiamen near Bunia, the army said, adding "
                      "that three militiamen were killed.", DocContext("r1", published=D(2026, 6, 9)))
    days = {e.trigger.text: (e.date_start, e.date_precision) for e in an.events}
    assert days.get("attacked", (D(2026, 5, 21), "month")) == (D(2026, 5, 21), "month"), days
    assert days["clashed"][0] == D(2026, 6, 7), days


def test_hurt_told_in_a_restating_sentence_go_to_that_incident(ann):  # type: ignore[no-untyped-def]
    # (events/toll_orphan_wounds.attach_orphan_wounds: once the raid is dated by the gunmen's arrival, the police's
    # pursuit told later is another day's deed, and the hurt go to the incident their sentence names: "injured in the
    # attack")
    an = ann.annotate("Gunmen have killed eleven people after they attacked a farming village in Kebbi State.\n\n"
                      "Residents said the attackers arrived on motorcycles on Friday afternoon while villagers were "
                      "working on their farms. They opened fire on the farmers.\n\nThe council chairman, who visited "
                      "the village on Saturday, said the bodies of eleven people had been buried. He said six others "
                      "injured in the attack were receiving treatment in Birnin Kebbi.\n\nPolice said officers had "
                      "pursued the attackers, neutralising three of them in an exchange of fire.",
                      DocContext("r1", published=D(2026, 5, 17)))
    hurt = [f.low for e in an.events if e.modality == "asserted" for f in an.figures
            if f.id in e.figures and f.what == "wounded"]
    assert hurt == [6.0], [(e.trigger.text, e.date_start, e.figures) for e in an.events]
