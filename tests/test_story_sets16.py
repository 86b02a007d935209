"""Story figures that never double count (issue 16, branch stories15; the causes of the first read of
tests/data/story_sets16, on reports written for these tests with made-up people and incidents)."""
from __future__ import annotations

from types import SimpleNamespace

from test_story_sets5 import _story


def test_a_dateline_town_named_again_in_the_report_is_a_place_it_tells(tmp_path):
    """"KHERSON (Ukrinform) - ... killed in Saturday's drone strike ... Russian strikes killed 38 civilians in Kherson
    region": the town named again after its dateline is where the report's news is, so the report's country is
    Ukraine's, not Russia's (the only other country named, by the demonym "Russian"); before, the report was a story
    of its own and its toll was counted twice."""
    t = _story(tmp_path, [
        ("October 3, 2026", "KYIV (Reuters) - Russian drones struck a covered market in Kherson on Saturday, killing "
                            "four people and wounding 15, the regional governor said."),
        ("October 5, 2026", "KHERSON (Ukrinform) - The city held a day of mourning on Monday for the four people "
                            "killed in Saturday's drone strike on the market. In September alone, Russian strikes "
                            "killed 38 civilians in Kherson region, prosecutors said."),
    ])
    assert len(t) == 1 and t[0]["best"] == 4, t


def test_an_incident_recalled_as_earlier_in_the_week_is_not_added(tmp_path):
    """"Earlier in the week, a drone attack on the city's Dniprovskyi district killed two people", in a report of
    Saturday's shelling: an earlier incident the report recalls, dated before the report's own deed, never added to
    the story's total (before: 3 + 2)."""
    t = _story(tmp_path, [
        ("October 10, 2026", "KHERSON, Ukraine (AP) - Russian shelling killed three people at a bus stop in Kherson "
                             "on Saturday, the regional administration said."),
        ("October 11, 2026", "KHERSON, Ukraine (Reuters) - Three people were killed when Russian shells hit a bus "
                             "stop in Kherson on Saturday, officials said on Sunday.\n\nEarlier in the week, a drone "
                             "attack on the city's Dniprovskyi district killed two people."),
    ])
    assert sum(x["best"] for x in t) == 3, t


def test_a_state_forces_count_of_its_own_dead_kept_apart_is_still_the_incidents_low(tmp_path):
    """"four soldiers were martyred in the exchange of fire and troops had killed six attackers", the military said:
    a side's claim (its troops acted), kept apart; and its soldiers are its own dead, part of the incident's dead,
    whose count the next day is seven: the low is four (before: seven)."""
    t = _story(tmp_path, [
        ("May 8, 2026", "QUETTA (Dawn) - Militants stormed a Frontier Corps post near Washuk in Balochistan late on "
                        "Friday, the military's media wing said, adding that three soldiers were martyred in the "
                        "exchange of fire and that troops had killed five attackers.\n\nThe banned Balochistan "
                        "Liberation Front claimed the raid and said its fighters had killed 20 soldiers."),
        ("May 9, 2026", "ISLAMABAD (Reuters) - Six people, three soldiers and three civilians from a nearby village, "
                        "were killed when militants attacked a paramilitary post near Washuk in Balochistan, a local "
                        "official said on Saturday."),
    ])
    incs = [i for x in t for i in x["incidents"]]
    assert sum(x["best"] for x in t) == 6 and [(i["low"], i["high"]) for i in incs] == [(3, 6)], t


def test_a_toll_of_the_strikes_told_again_keeps_the_first_count_as_its_low(tmp_path):
    """"Air strikes on villages near Myawaddy killed at least four civilians", then "The toll from the strikes rose to
    six": the round-up's deeds ("the strikes") are the first report's, told again; its four is a claim of them, the
    low (before: the round-up took the four in as a part, low six)."""
    t = _story(tmp_path, [
        ("June 6, 2026", "MAE SOT, Thailand (Reuters) - Myanmar military air strikes on villages near the border "
                         "town of Myawaddy killed at least four civilians on Saturday, a Karen aid group said."),
        ("June 7, 2026", "BANGKOK (AFP) - The toll from the strikes near the Myanmar border town of Myawaddy rose "
                         "to six after searchers found two more bodies in a burned village, the Karen aid group said "
                         "on Sunday."),
    ])
    incs = [i for x in t for i in x["incidents"]]
    assert [(i["best"], i["low"]) for i in incs] == [(6, 4)], t


def test_the_hurt_told_with_no_side_are_one_population():
    """"wounding 23" civilians and "21 people remain in hospital", worshippers and passengers hurt: one group of
    the hurt; soldiers hurt stay apart, as do the displaced's own nouns."""
    from sitrep.stories.count_parts import common_population

    assert common_population("wounded", "civilians") == "people"
    assert common_population("injured", "worshipper") == "people"
    assert common_population("wounded", "soldier") == "soldier"
    assert common_population("killed", "civilians") == "civilians"  # the dead's nouns tell sides


def test_a_round_restatement_of_the_hurt_gives_way_to_the_exact_count():
    """"about 30" (Friday), 28 (Saturday), "nearly 30" (Sunday) wounded: the bands are 28 rounded, the exact count
    stands for them (before, the latest claim was "nearly 30", read as 27); two exact counts keep both, and the
    displaced keep every rounding."""
    from sitrep.stories.restated import rounded_restated

    def fig(low, high):  # type: ignore[no-untyped-def]
        return SimpleNamespace(low=low, high=high)

    about, exact, nearly = fig(27.0, 33.0), fig(28.0, 28.0), fig(27.0, 29.0)
    assert rounded_restated("wounded", [about, exact, nearly]) == [exact]
    other = fig(40.0, 40.0)
    assert rounded_restated("wounded", [other, nearly]) == [other, nearly]
    assert rounded_restated("displaced", [about, exact, nearly]) == [about, exact, nearly]


def test_a_peoples_name_names_a_country_only_where_no_place_does():
    """"the Norwegian Refugee Council said ... in Sudan": the report's country is Sudan's, not also Norway's (before,
    the two countries left the report no one country to key its unplaced deed's toll in); a report that names no place
    abroad keeps the country its people's name names."""
    import dataclasses
    import datetime as dt

    from sitrep.model import Figure, Place
    from sitrep.stories.cluster import article_keys
    from storyfix import analysis, article, retake_mention, span

    a = article("n1", "KORMA, Sudan (AFP) - About 3,000 people fled to Korma after the shelling, the Norwegian Refugee "
                      "Council said. The shelling killed 11 people, medics said.", "AFP", dt.date(2031, 5, 2))
    a = dataclasses.replace(a, dateline="KORMA, Sudan")
    sudan = Place(span(a, "Sudan"), "Sudan", 15.0, 30.0, "366755", "SD", precision="country", confidence=0.99)
    norway = Place(span(a, "Norwegian"), "Norway", 62.0, 10.0, "3144096", "NO", precision="country",
                   confidence=0.98, mention="demonym")
    dead = Figure(id="n1:f", span=span(a, "11"), what="killed", who="people", low=11.0, high=11.0, unit="people")
    m = retake_mention(a, "shelling", None, dt.date(2031, 5, 1), fatalities=dead, actor1=None, actor2=None,  # type: ignore[arg-type]
                       sub="Shelling/artillery/missile attack", etype="Explosions/Remote violence")
    keys = article_keys(a, analysis(a, events=[m], places=[sudan, norway]), 0).keys
    assert "c:sd" in keys and "c:no" not in keys and "k:sd:11" in keys, sorted(keys)
    keys = article_keys(a, analysis(a, events=[m], places=[norway]), 0).keys
    assert "c:no" in keys


def test_a_town_its_dateline_puts_in_a_country_is_never_a_namesake_abroad(tmp_path):
    """"TAWILA, Sudan (Reuters) - ... have arrived in Tawila": the gazetteer holds a Tawila in Yemen only; the
    dateline says the town is in Sudan, so the name keeps no point in Yemen (before: Yemen's al Mahwit, and the report
    was a story of its own there)."""
    from sitrep import pipeline
    from sitrep.store.sqlite import Store

    src = tmp_path / "in"
    src.mkdir()
    (src / "r1.txt").write_text("Thousands reach Tawila\nMay 3, 2031\n\nTAWILA, Sudan (Reuters) - More than 5,000 "
                                "people have arrived in Tawila from El Fasher since Friday's shelling, aid workers "
                                "said on Saturday.\n", encoding="utf-8")
    pipeline.run([str(src)], str(tmp_path / "s.db"), tmp_path / "out")
    st = Store(str(tmp_path / "s.db"))
    places = [p for a in st.articles() for p in st.get_analysis(a.id).places if p.span.text.lower() == "tawila"]
    assert places and all(p.country in (None, "SD") for p in places), [(p.name, p.country) for p in places]
