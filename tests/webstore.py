"""A small real store with one story, shared by the API and browser tests."""
import datetime as dt


from sitrep.model import (
    ActorRef, Analysis, Article, Disagreement, DisagreementValue, Event, EventMention, Figure, Place, Span, Story,
)
from sitrep.store import open_store

HOSTILE = ('Shelling hit the town. <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> '
           '<a href="javascript:window.__pwned = 3">x</a>')


def make_store(path):
    st = open_store(path)
    a = Article(id="art1", text=HOSTILE, raw_text=HOSTILE, title="<b>Title</b>", outlet="Test Wire",
                published=dt.date(2022, 4, 8), published_how="header", published_precision="day")
    sent = Span("art1", 0, 22, HOSTILE[:22])
    place = Place(Span("art1", 0, 5, "Shell"), "Kramatorsk", 48.72, 37.56, country="UA", precision="town")
    m = EventMention(id="m1", article_id="art1", sentence=sent, event_type="Explosions/Remote violence",
                     sub_event_type="Shelling/artillery/missile attack", place=place,
                     date_start=dt.date(2022, 4, 8), date_end=dt.date(2022, 4, 8), date_precision="day")
    fig = Figure(id="f1", span=Span("art1", 0, 7, "Shellin"), what="killed", low=50, high=50)
    ev = Event(id="e1", event_type=m.event_type, sub_event_type=m.sub_event_type, date_start=m.date_start,
               date_end=m.date_end, date_precision="day", place=place, actor1=ActorRef("RUS_MIL", "Military Forces of Russia"),
               fatalities_best=50, fatalities_low=30, fatalities_high=52, mentions=[m], n_sources=1,
               n_independent_sources=1, summary="Missile strike on Kramatorsk")
    ev2 = Event(id="e2", event_type="Political", plover="REJECT", date_start=dt.date(2022, 4, 9),
                date_end=dt.date(2022, 4, 9), mentions=[m], n_sources=1, summary="Denial")
    dis = Disagreement(id="d1", subject="killed in the strike", kind="update", explanation="30 then 50",
                       values=[DisagreementValue(30, 30, dt.date(2022, 4, 8), None, "art1", "f1")])
    with st.transaction():
        st.add_article(a)
        st.save_analysis(Analysis(article_id="art1", figures=[fig], events=[m]))
    st.replace_stories([Story(id="s1", title="Kramatorsk", article_ids=["art1"], events=[ev, ev2], figures=[fig],
                              disagreements=[dis])])
    st.close()
    return path


