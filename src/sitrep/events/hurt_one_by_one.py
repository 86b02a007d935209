"""The hurt told one person at a time (issue 16, branch tolls29): "Their mother ... was treated for burns ... A neighbour
who tried to get up the stairs was treated for smoke inhalation", "A second man was treated for a stab wound. A woman,
38, was treated ... for a cut to her hand". Each sentence counts one person hurt; the incident's hurt are all of them,
where the report gives no count of its own (a count of two or more hurt, "two people were hurt", is the count).

Only counts of one told of a new person (a noun with "a"/"an", a possessive or an ordinal: "A neighbour", "Their
mother", "A second man"), each in a sentence of its own, none the same person told again ("he", "the woman"), and
only on a report with one asserted incident that carries one of them.

The same person told again is no new one (branch tolls30): a later mention whose noun the report already used of a
person ("a woman was injured ... A 27-year-old woman was taken to hospital", "his cousin ... His cousin", "two men
and seriously wounded a third ... A third man"), or one the dead were told with ("A chairman and his driver were
killed ... his driver"); a mention inside a quote ("another young man is in hospital", the spokesman's retelling);
and any single told beside the dead in one sentence ("Three drivers were killed and a commuter was injured"): that
sentence is the report's toll, and the later one ("A 37-year-old woman was taken to hospital") tells its person.
"""
from __future__ import annotations

from dataclasses import replace

from sitrep.model import VIOLENT_EVENT_TYPES, EventMention, Figure

__all__ = ["add_hurt_one_by_one", "new_person"]

_NEW = frozenset({"a", "an", "another"})


def _one(f: Figure) -> bool:
    return f.what == "wounded" and not f.background and f.low == f.high == 1 and f.since is None


def new_person(doc, f: Figure) -> bool:  # type: ignore[no-untyped-def]
    """The count of one names a person not told before: "A neighbour", "Their mother", "A second man"."""
    sp = doc.char_span(f.span.start, f.span.end, alignment_mode="expand")
    if sp is None or not len(sp):
        return False
    r = sp.root
    if r.pos_ not in ("NOUN", "PROPN") or r.tag_ in ("NNS", "NNPS"):
        return False
    kids = list(r.children)
    return any(c.dep_ == "det" and c.lower_ in _NEW for c in kids) or any(c.dep_ == "poss" for c in kids)


_QUOTES = ('"', "\u201c", "\u201d")


def _quoted(doc, f: Figure, sent) -> bool:  # type: ignore[no-untyped-def]
    """The count sits inside a quote opened earlier in its sentence ('said: "... another young man is in hospital.'"""
    before = doc.text[sent.start_char:f.span.start]
    return sum(before.count(q) for q in _QUOTES) % 2 == 1


def _told_before(doc, f: Figure, sent) -> bool:  # type: ignore[no-untyped-def]
    """The count's noun was used of a person earlier in the report ("a woman ... A 27-year-old woman")."""
    sp = doc.char_span(f.span.start, f.span.end, alignment_mode="expand")
    nouns = {t.lemma_.lower() for t in sp if t.pos_ in ("NOUN", "PROPN")}
    return any(t.lemma_.lower() in nouns for t in doc[:sent.start] if t.pos_ in ("NOUN", "PROPN"))


def _same_person_again(doc, ones: list[Figure], killed_sents: set[int]) -> bool:  # type: ignore[no-untyped-def]
    """One of the singles tells a person already told, or the toll's sentence tells the hurt (module doc)."""
    for i, f in enumerate(sorted(ones, key=lambda g: g.span.start)):
        sent = doc.char_span(f.span.start, f.span.end, alignment_mode="expand")[0].sent
        if sent.start in killed_sents or _quoted(doc, f, sent) or (i and _told_before(doc, f, sent)):
            return True
    return False


def add_hurt_one_by_one(events: list[EventMention], figures: list[Figure], doc) -> None:  # type: ignore[no-untyped-def]
    """Sum the hurt told one person at a time on the one incident (module doc)."""
    if doc is None:
        return
    harm = [e for e in events if e.modality == "asserted" and (
        e.event_type in VIOLENT_EVENT_TYPES or e.outside in ("crime", "man_made_disaster"))]
    by_id = {f.id: f for f in figures}
    hurt = [f for f in figures if f.what == "wounded" and not f.background and f.low is not None]
    if any(f.low > 1 or f.high != f.low for f in hurt):  # type: ignore[operator]
        return  # a count of its own
    ones = [f for f in hurt if _one(f) and new_person(doc, f)]
    sents = {doc.char_span(f.span.start, f.span.end, alignment_mode="expand")[0].sent.start for f in ones}
    if len(ones) < 2 or len(sents) != len(ones) or len(ones) != len(hurt):
        return
    killed = [f for f in figures if f.what == "killed" and not f.background and f.low]
    killed_sents = {sp[0].sent.start for f in killed
                    if (sp := doc.char_span(f.span.start, f.span.end, alignment_mode="expand")) is not None and len(sp)}
    if _same_person_again(doc, ones, killed_sents):
        return
    owners = [e for e in harm if any(fid in by_id and by_id[fid] in ones for fid in e.figures)]
    if len({id(e) for e in owners}) != 1:
        return
    ev = owners[0]
    first = min(ones, key=lambda f: f.span.start)
    g = replace(first, id=f"{first.id}+one_by_one", low=float(len(ones)), high=float(len(ones)), best=None)
    figures.append(g)
    ev.figures.append(g.id)
