"""Hand-built articles, analyses, event mentions and figures for the story tests (text written for the tests)."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from sitrep.model import ActorRef, Analysis, Article, EventMention, Figure, Mention, Place, Span, TimeExpr

D = dt.date


def article(aid: str, text: str, outlet: str, published: Optional[dt.date], wires=(), duplicate_of=None,
            title: Optional[str] = None) -> Article:
    return Article(id=aid, text=text, raw_text=text, outlet=outlet, title=title or f"{outlet} report",
                   published=published, published_precision="day" if published else "unknown",
                   published_how="header" if published else "unknown", wires=list(wires),
                   duplicate_of=duplicate_of, status="duplicate" if duplicate_of else "ok")


def span(a: Article, phrase: str, nth: int = 0) -> Span:
    i = -1
    for _ in range(nth + 1):
        i = a.text.index(phrase, i + 1)
    return Span(a.id, i, i + len(phrase), phrase)


def sentence_of(a: Article, phrase: str) -> Span:
    i = a.text.index(phrase)
    s = a.text.rfind(". ", 0, i)
    s = 0 if s < 0 else s + 2
    e = a.text.find(".", i)
    e = len(a.text) if e < 0 else e + 1
    return Span(a.id, s, e, a.text[s:e])


# places (coordinates are public knowledge: GeoNames)
def town_place(a: Article, phrase: str, name: str = "Saraqib", lat: float = 35.864, lon: float = 36.806,
               gid: str = "163345", admin1: str = "Idlib") -> Place:
    return Place(span(a, phrase), name, lat, lon, gid, "SY", admin1, precision="town", confidence=0.9)


def province_place(a: Article, phrase: str, name: str = "Idlib Governorate") -> Place:
    return Place(span(a, phrase), name, 35.75, 36.63, "169387", "SY", "Idlib", precision="province",
                 confidence=0.8)


GOV = ActorRef("SYR_GOV_FORCES", "Syrian government forces")
REBELS = ActorRef("SYR_REBELS", "Syrian rebels")


def retake_mention(a: Article, phrase: str, place: Place, day: Optional[dt.date], prec: str = "day",
                   n: int = 0, fatalities: Optional[Figure] = None, actor1=GOV, actor2=REBELS,
                   sub="Government regains territory", etype="Battles", time: Optional[TimeExpr] = None,
                   modality: str = "asserted") -> EventMention:
    sent = sentence_of(a, phrase)
    trig = span(a, phrase)
    return EventMention(id=f"{a.id}:ev:{trig.start}-{n}", article_id=a.id, sentence=sent, event_type=etype,
                        sub_event_type=sub, plover="FIGHT", trigger=trig, actor1=actor1, actor2=actor2,
                        place=place, time=time, date_start=day, date_end=day, date_precision=prec,
                        fatalities=fatalities, modality=modality)


def figure(a: Article, phrase: str, what: str, who: Optional[str], low, high, as_of=None, since=None,
           claimant=None, background=False, fid: Optional[str] = None, nth: int = 0) -> Figure:
    sp = span(a, phrase, nth)
    return Figure(id=fid or f"{a.id}:fig:{sp.start}", span=sp, what=what, who=who, low=low, high=high,
                  as_of=as_of, since=since, claimant=claimant, claimant_name=claimant, unit="people",
                  background=background)


def entity(a: Article, phrase: str, eid: str, kind: str = "ORG") -> Mention:
    return Mention(span(a, phrase), kind, eid, phrase)


def analysis(a: Article, events=(), figures=(), entities=(), places=(), times=()) -> Analysis:
    return Analysis(article_id=a.id, events=list(events), figures=list(figures), entities=list(entities),
                    places=list(places), times=list(times))


def store_all(st, pairs) -> None:
    with st.transaction():
        for a, an in pairs:
            st.add_article(a)
            if an is not None:
                st.save_analysis(an)
