"""story_sets20 (issue 16 part 3, branch stories21): story figures that never double count, on sentences written for
these tests (made-up people, villages and incidents; real towns only where the gazetteer must know them)."""
from __future__ import annotations

import datetime as dt

from sitrep.model import Article, Analysis, Event, EventMention, Figure, IncidentToll, Place, Span
from sitrep.stories.cluster import article_keys
from sitrep.stories.part_retold import parts_told, whole_over_part
from sitrep.stories.told_apart import exact_in_band

DAY = dt.date(2026, 3, 7)


def _mention(aid: str, text: str, place: Place, fig: Figure) -> EventMention:
    return EventMention(id=f"{aid}:e", article_id=aid, sentence=Span(aid, 0, len(text), text), event_type="Battles",
                        sub_event_type="Armed clash", place=place, modality="asserted", date_start=DAY,
                        date_precision="day", fatalities=fig)


def test_a_deed_at_a_town_left_unplaced_under_a_bureaus_dateline_keys_its_day_and_toll_in_that_towns_country():
    text = "DAKAR (Reuters) - Gunmen ambushed a lorry convoy near Djibo on Saturday, killing 47 drivers, officials said."
    i = text.index("Djibo")
    djibo = Place(Span("d", i, i + 5, "Djibo"), name="Djibo", precision="town", confidence=0.0)
    fig = Figure("f1", Span("d", 0, 1, "4"), "killed", low=47, high=47)
    an = Analysis(article_id="d", events=[_mention("d", text, djibo, fig)])
    keys = article_keys(Article("d", text, published=DAY, dateline="DAKAR"), an, 0).keys
    # as the Ouagadougou report that places the ambush at Djibo keys it: Burkina Faso's toll and day
    assert "k:bf:47" in keys and any(k.startswith("d:battles:bf:") for k in keys)


def _event(eid: str, aid: str, fig: Figure) -> Event:
    m = EventMention(id=eid, article_id=aid, sentence=Span(aid, 0, 1, "x"), event_type="Battles", fatalities=fig)
    return Event(id=eid, event_type="Battles", mentions=[m], fatalities_best=fig.low, fatalities_low=fig.low,
                 fatalities_high=fig.high)


def test_a_floor_inside_a_nearly_n_band_is_the_count_that_the_rounding_stands_for():
    near = Figure("n", Span("b", 0, 1, "x"), "killed", low=27, high=30, hedge="near", best=30)  # "Nearly 30 soldiers"
    floor = Figure("f", Span("a", 0, 1, "x"), "killed", low=29, high=None, hedge="ge")  # "At least 29 soldiers"
    inc = IncidentToll(event_ids=["a", "b"], best=30, low=10, high=30)
    exact_in_band(inc, [_event("a", "a", floor), _event("b", "b", near)])
    assert (inc.best, inc.low, inc.high) == (29, 10, 29)  # the rounding's top is no high of its own
    # a floor below the band is no count the rounding stands for
    inc = IncidentToll(event_ids=["a", "b"], best=30, low=10, high=30)
    low_floor = Figure("f", Span("a", 0, 1, "x"), "killed", low=21, high=None, hedge="ge")
    exact_in_band(inc, [_event("a", "a", low_floor), _event("b", "b", near)])
    assert inc.best == 30


def test_a_groups_count_retold_later_is_a_part_of_the_fuller_count_never_its_rival():
    assert parts_told(", 11 of them civilians and two of them soldiers, were killed. Seven more") == {11, 2}
    assert parts_told(" people were killed, including eight children, the mayor said.") == {8}
    assert parts_told(" people were killed. Four of them were children.") == set()  # another sentence
    whole_text = "Thirteen people, 11 of them civilians and two of them soldiers, were killed in Varnoka."
    later_text = "Families in Varnoka buried the 11 civilians killed in the raid."
    arts = {"a": Article("a", whole_text, published=DAY), "b": Article("b", later_text, published=DAY)}
    whole = Figure("w", Span("a", 0, 8, "Thirteen"), "killed", low=13, high=13)
    i = later_text.index("11")
    part = Figure("p", Span("b", i, i + 2, "11"), "killed", low=11, high=11, who="civilians")
    evs = [_event("a", "a", whole), _event("b", "b", part)]
    assert whole_over_part(11, evs, arts) == 13
    # a later count that no fuller count names as its part stays the best
    other = Figure("w", Span("a", 0, 8, "Thirteen"), "killed", low=13, high=13)
    arts["a"] = Article("a", "Thirteen people were killed in Varnoka, among them nine children.", published=DAY)
    assert whole_over_part(11, [_event("a", "a", other), _event("b", "b", part)], arts) == 11


def test_the_victims_home_province_after_all_or_most_of_them_is_no_scene(events):
    evs = events("QUETTA (Reuters) - Gunmen stopped a minibus on the road near Kalat on Monday and shot dead six of "
                 "the passengers, all from Punjab, a police officer named Darin Holt said.", dateline="QUETTA")
    assert evs and all(e.place is None or e.place.name != "Punjab" for e in evs)
    assert any(e.place is not None and e.place.name == "Kalat" for e in evs)
    evs = events("Gunmen killed five herders, most of them from Sindh, near Kalat on Monday, officials said.")
    assert evs and all(e.place is None or e.place.name != "Sindh" for e in evs)


def test_a_village_the_gazetteer_lacks_is_no_part_of_a_bureaus_city(events):
    evs = events("Toll rises to 14\nMarch 7, 2026\n\nCHIANG MAI (Mizzima) - At least 14 people, including three "
                 "children, were killed and about 20 wounded when regime aircraft dropped two bombs on Nyaung Taw "
                 "village in Ye-U township on Friday, local rescuers said on Saturday.", dateline="CHIANG MAI")
    assert evs and all(e.place is None or e.place.country != "TH" for e in evs)
