"""Story figures of branch `figures6` (story_sets11), on sentences written for these tests: "the same night" told
after a source's day is the deed's day (nlp/time/speech_ref.same_as_story); an incident dated only "this year" by one
report takes the day another tells (stories/told_apart.incident_day); a mourner's "lost three relatives" is no toll
(nlp/kin_loss); "the toll since the insurgency spread to ..." is a war's total (nlp/figure_background.war_total); a
deed told in a relative clause the parse hung on another noun takes the day of the event noun before "which"
(events/date.antecedent_time)."""
from __future__ import annotations

import datetime as dt

from sitrep.model import Event, IncidentToll
from sitrep.nlp.time import find_times
from test_dates4 import _events
from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_war_totals import deed_tolls, story  # noqa: F401  (the story builder fixture)

D = dt.date


def test_the_same_night_after_a_sources_day_is_the_deeds_day():  # type: ignore[no-untyped-def]
    text = ("One more man hurt in Friday's raid on a bar in Tolvanez died, raising the toll to four, the police said on "
            "Sunday. With two guards killed at a depot nearby the same night, six people died in the town.")
    ts = [t for t in find_times(text, D(2030, 6, 9)) if "same" in t.span.text]
    assert len(ts) == 1 and ts[0].start == D(2030, 6, 7), ts


def test_that_day_after_a_sources_day_keeps_the_sources_day():  # type: ignore[no-untyped-def]
    text = ("The raid on a bar in Tolvanez on Friday killed four, the police said on Sunday. "
            "They arrested a suspect that day.")
    ts = [t for t in find_times(text, D(2030, 6, 9)) if "that" in t.span.text]
    assert len(ts) == 1 and ts[0].start == D(2030, 6, 9), ts  # only "the same ..." is read as the deed's day


def _event(eid: str, day: dt.date, precision: str) -> Event:
    return Event(id=eid, event_type="Explosions/Remote violence", date_start=day, date_end=day,
                 date_precision=precision)


def test_an_incident_dated_only_to_the_year_takes_the_day_another_report_tells():
    from sitrep.stories.told_apart import fold_untold, incident_day

    coarse, fine = _event("a", D(2030, 1, 1), "year"), _event("b", D(2030, 9, 14), "day")
    assert incident_day([coarse, fine]) == D(2030, 9, 14)
    assert incident_day([coarse]) == D(2030, 1, 1)
    big = IncidentToll(event_ids=["a"], place="Varo", date=D(2030, 1, 1), best=60.0, low=54.0, high=60.0)
    small = IncidentToll(event_ids=["b"], place="Varo", date=D(2030, 9, 14), best=41.0, low=41.0, high=41.0)
    kept, n = fold_untold([big, small], {id(big): [coarse], id(small): [fine]})
    assert n == 1 and len(kept) == 1 and kept[0].date == D(2030, 9, 14)


def test_a_mourners_lost_relatives_are_no_toll(ann):  # noqa: F811
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate("A baker who lost three relatives in the blast in Tolvanez said the market had no guards.",
                      DocContext("k1", published=D(2030, 6, 9)))
    assert not [f for f in an.figures if f.what == "killed"], [(f.what, f.low) for f in an.figures]
    an = ann.annotate("Ostrelia lost 14 soldiers in the fighting near the border on Sunday, the ministry said.",
                      DocContext("k2", published=D(2030, 6, 9)))
    assert [f.low for f in an.figures if f.what == "killed"] == [14.0]


def test_a_toll_since_an_insurgency_spread_is_a_wars_total(story):  # noqa: F811
    an, st = story("The toll since the insurgency spread to Ostrel province stands at more than 9,000 dead, "
                   "according to a monitoring group.")
    assert deed_tolls(an) == []
    war = [f for f in an.figures if f.what == "killed"]
    assert len(war) == 1 and war[0].background


def test_a_deed_told_after_which_takes_the_day_of_the_event_noun_before_it(ann):  # noqa: F811
    evs = _events(ann, "Villagers in Tolvanez on Thursday buried farmers killed in Monday's raid near Varo, which "
                       "local officials say killed 11 people.", D(2030, 6, 13))
    assert evs["killed"][1] == D(2030, 6, 10), evs


def test_an_unplaced_name_keys_no_town_of_a_country_the_report_does_not_name():
    """"Fano" (an Ethiopian militia, left unplaced) in a report that names Ethiopia keys as its name, never as the
    one town the gazetteer gives it (Fano, Italy), and adds no Italian country key."""
    import datetime as dt

    from sitrep.model import Place
    from sitrep.stories.cluster import article_keys, sole_town
    from storyfix import analysis, article, span

    town = sole_town("Fano")
    assert town is not None and town[1] == "IT"  # the gazetteer's one town of that name
    a = article("e1", "Fighters of the Fano militia attacked a checkpoint near Dembecha in Ethiopia's Amhara region "
                      "on Sunday, residents said.", "AFP", dt.date(2030, 6, 3))
    ethiopia = Place(span(a, "Ethiopia"), "Ethiopia", 9.0, 39.5, "337996", "ET", None, precision="country",
                     confidence=0.95)
    fano = Place(span(a, "Fano"), "Fano", precision="town")
    keys = article_keys(a, analysis(a, events=[], places=[ethiopia, fano]), 0).keys
    assert "p:fano" in keys and "p:" + town[0] not in keys and "c:it" not in keys


def test_the_dead_named_as_killed_in_a_bombing_are_the_bombings(ann):  # noqa: F811
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate("A volunteer group in Varo has published the names of 57 people killed in Saturday's bombing of "
                      "the town's market, and said 74 were wounded.", DocContext("s2", published=D(2030, 6, 11)))
    assert [e.fatalities.low for e in an.events if e.trigger.text == "bombing" and e.fatalities] == [57.0]


def test_nearly_sixty_beside_an_exact_57_of_one_strike_is_57(tmp_path):
    from test_story_sets5 import _story

    reports = [
        ("June 9, 2030", "(Reuters) - A jet bombed the market of Kyauktaw in Myanmar's Rakhine state on Saturday, "
                         "killing at least 41 people, a rescue worker said."),
        ("June 10, 2030", "BANGKOK (AP) - Nearly 60 people were killed when a military jet bombed a market in the "
                          "Rakhine town of Kyauktaw, a local group said on Sunday, one of the deadliest strikes this year."),
        ("June 11, 2030", "YANGON (AFP) - A volunteer group in Kyauktaw has published the names of 57 people killed in "
                          "Saturday's bombing of the town's market, and said 74 were wounded."),
    ]
    totals = _story(tmp_path, reports)
    assert [t["best"] for t in totals] == [57.0], totals


def test_intan_jaya_regency_is_a_place():
    """Papua's Intan Jaya regency (data/gazetteer_supplement.tsv): reports that place a raid "in Intan Jaya" are
    placed there, not at their Jakarta dateline."""
    from sitrep.geo.gazetteer import get_gazetteer

    assert any(e.country == "ID" and e.fclass == "A" for e in get_gazetteer().lookup("Intan Jaya"))
