"""Hand-built analyses for the event extraction tests (no dependency on the other annotators)."""
from __future__ import annotations

import datetime as dt
from typing import Optional

from sitrep.model import Analysis, Attribution, Figure, Mention, Place, Sentence, Span, TimeExpr
from sitrep.nlp.annotate import DocContext

AID = "art1"


def span(text: str, sub: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Span(AID, start, start + len(sub), sub)


class Builder:
    """Builds an Analysis for ``text`` with annotations placed at the given substrings."""

    def __init__(self, text: str, published: Optional[dt.date] = dt.date(2024, 3, 14), dateline: Optional[str] = None):
        self.text = text
        self.ctx = DocContext(article_id=AID, published=published, dateline=dateline)
        self.an = Analysis(article_id=AID)

    def entity(self, sub: str, kind: str, entity_id: str, name: str, nth: int = 0) -> "Builder":
        self.an.entities.append(Mention(span(self.text, sub, nth), kind, entity_id, name))
        return self

    def place(self, sub: str, lat: float, lon: float, precision: str = "town", country: str = "SY", nth: int = 0,
              admin1: Optional[str] = None, name: Optional[str] = None) -> "Builder":
        self.an.places.append(Place(span(self.text, sub, nth), name=name or sub, lat=lat, lon=lon,
                                    geonameid=f"g:{name or sub}", country=country, admin1=admin1,
                                    precision=precision, confidence=0.9))
        return self

    def time(self, sub: str, start: dt.date, end: Optional[dt.date] = None, precision: str = "day", typ: str = "DATE") -> "Builder":
        self.an.times.append(TimeExpr(span(self.text, sub), value=start.isoformat(), type=typ, start=start,
                                      end=end or start, precision=precision))
        return self

    def figure(self, sub: str, what: str, low: float, high: Optional[float] = None, who: Optional[str] = None,
               since: Optional[dt.date] = None, background: bool = False) -> "Builder":
        sp = span(self.text, sub)
        self.an.figures.append(Figure(id=f"{AID}:fig:{sp.start}", span=sp, what=what, who=who, low=low,
                                      high=low if high is None else high, since=since, background=background))
        return self

    def attribution(self, sub: str, cue: str, claimant_id: str, name: str, claim: str) -> "Builder":
        c = span(self.text, claim)
        self.an.attributions.append(Attribution(span(self.text, sub), cue, claimant_id, name, c.start, c.end))
        return self

    def run(self, merge: bool = True):  # type: ignore[no-untyped-def]
        """The event mentions of the text; ``merge=False``: every clause's mention, restatements not folded."""
        from sitrep.events.extract import extract_events
        from sitrep.nlp.models import load_pipeline

        doc = load_pipeline()(self.text)
        self.an.sentences = [Sentence(s.start_char, s.end_char) for s in doc.sents]
        self.an.events = extract_events(doc, self.ctx, self.an, merge=merge)
        return self.an.events


def events(text: str):  # type: ignore[no-untyped-def]
    """The event mentions sitrep reads from ``text`` (merged as in a run)."""
    return Builder(text).run()


def subs(text: str) -> list:
    """Each event's ACLED sub-type, or its PLOVER code where it has none."""
    return [e.sub_event_type or e.plover for e in events(text)]


def unmerged_mentions(annotator, text: str, published: Optional[dt.date]):  # type: ignore[no-untyped-def]
    """Every clause's event mention, restatements not folded together, from the full per-article analysis (so
    that each one's date can be read)."""
    from sitrep.events.extract import extract_events
    from sitrep.nlp import annotate as A

    doc = annotator.nlp(text)
    ctx = DocContext(article_id="t", published=published)
    an = A.annotate_doc(doc, ctx)
    return extract_events(doc, ctx, an, merge=False)


def by_trigger(evs, word: str):  # type: ignore[no-untyped-def]
    """The first event whose trigger is ``word`` (fails listing the triggers there are)."""
    hits = [e for e in evs if e.trigger is not None and e.trigger.text == word]
    assert hits, [e.trigger.text for e in evs if e.trigger is not None]
    return hits[0]
