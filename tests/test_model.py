import datetime as dt

from sitrep.model import (
    ActorRef, Analysis, Article, EventMention, Figure, Place, Removed, Span, Story, TimeExpr, from_dict, to_dict,
)


def test_round_trip_nested_objects_and_dates():
    sp = Span("a1", 4, 11, "Saraqeb")
    fig = Figure(id="f1", span=Span("a1", 0, 3, "two"), what="killed", who="Turkish soldiers", low=2, high=2,
                 as_of=dt.date(2020, 2, 27))
    em = EventMention(
        id="e1", article_id="a1", sentence=Span("a1", 0, 40, "x" * 40), event_type="Battles",
        actor1=ActorRef("SYR_OPP", "Syrian opposition", sp), place=Place(sp, "Saraqib", 35.86, 36.8),
        time=TimeExpr(sp, "2020-02-27", start=dt.date(2020, 2, 27), end=dt.date(2020, 2, 27), precision="day"),
        date_start=dt.date(2020, 2, 27), fatalities=fig,
    )
    an = Analysis(article_id="a1", figures=[fig], events=[em])
    d = to_dict(an)
    assert d["events"][0]["date_start"] == "2020-02-27"
    back = from_dict(Analysis, d)
    assert back == an
    assert isinstance(back.events[0].time.start, dt.date)


def test_article_words_and_removed_round_trip():
    a = Article(id="x", text="one two  three", removed=[Removed(0, 3, "junk:captcha", "2 + 5 =")],
                published=dt.date(2020, 2, 11), published_how="header", published_precision="day")
    assert a.words == 3
    assert from_dict(Article, to_dict(a)) == a


def test_from_dict_ignores_unknown_keys():
    s = from_dict(Story, {"id": "s", "title": "t", "future_field": 1})
    assert s.id == "s" and s.events == []
