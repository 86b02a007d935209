"""People stabbed or shot in a report that tells no death are the hurt (issue 16, branch tolls13).

"Two men were stabbed during a fight outside a bar", "after three people were stabbed at a house", "Two people were
stabbed during a fight at a house party ... Neither injury was considered life-threatening": the figure layer reads
the count of a stabbing or shooting verb as people hit (``nlp/figures.py``: "hit", "people", or the people its
noun names: "women"), since some of them may
have died ("Four people were shot, one fatally"), and turns it into the hurt only where a death is told beside it.
When the report tells no death at all -- no count of dead, no asserted deed with a toll, no word of a death -- the
people stabbed or shot are all hurt, as incident databases count the injured: :func:`hit_none_died_hurt` adds a count
of wounded of the same number to the deed that carries the count, unless a count of wounded as large is already
there. Never a count shot *at* ("Two officers were shot at": none hit), nor a background or inexact count.
"""
from __future__ import annotations

from dataclasses import replace

from sitrep.model import HARMED_WHAT, KILLED_WHAT, VIOLENT_EVENT_TYPES, EventMention, Figure
from sitrep.nlp.span_words import span_words

__all__ = ["hit_none_died_hurt"]

_HIT_VERBS = frozenset({"stab", "shoot"})
# a word that tells a death: then some of those hit may have died, and the count stays as it is
_DEATH_LEMMAS = frozenset({"die", "succumb", "perish"})
_DEATH_WORDS = frozenset({"dead", "deceased", "fatal", "fatally", "killed", "died", "dies", "death", "deaths", "body",
                          "bodies"})


def _hit_verb(doc, f: Figure):  # type: ignore[no-untyped-def]
    """The stabbing or shooting verb whose passive subject the count ``f`` is ("Two men were stabbed"), else None."""
    sp = doc.char_span(f.span.start, f.span.end, alignment_mode="expand")
    if sp is None or not len(sp):
        return None
    t = sp.root
    if t.dep_ == "nummod":
        t = t.head
    v = t.head
    if t.dep_ != "nsubjpass" or v.lemma_.lower() not in _HIT_VERBS:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "at" and not any(g.dep_ == "pobj" for g in c.children)
           or c.lower_ in ("dead", "fatally") for c in v.children):
        return None  # "were shot at": none hit ("stabbed at a house" is the place); "were shot dead": the dead
    return v


def _death_told(doc, events: list[EventMention], figures: list[Figure]) -> bool:  # type: ignore[no-untyped-def]
    if any(f.what in KILLED_WHAT and not f.background and (f.low or 0) >= 1 for f in figures):
        return True
    if any(e.fatalities is not None and (e.fatalities.low or 0) >= 1 and e.modality == "asserted" for e in events):
        return True
    if span_words(doc, 0, len(doc)).isdisjoint(_DEATH_LEMMAS | _DEATH_WORDS):
        return False
    return any((t.lemma_.lower() in _DEATH_LEMMAS or t.lower_ in _DEATH_WORDS) and not _denied(t) for t in doc)


def _denied(t) -> bool:  # type: ignore[no-untyped-def]
    """The death word is denied: "No one was killed", "nobody died", "was not fatal", "no deaths"."""
    v = t if t.pos_ in ("VERB", "AUX") else t.head
    for c in (*t.children, *v.children):
        if c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" and c.head is t:
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("nobody", "none") or c.lower_ == "one" and any(
                g.lower_ == "no" for g in c.children)):
            return True
    return False


def hit_none_died_hurt(events: list[EventMention], figures: list[Figure], doc) -> None:  # type: ignore[no-untyped-def]
    """Give each asserted violent or criminal deed that carries a count of people stabbed or shot, in a report that
    tells no death, a count of wounded of that number (module docstring). In place."""
    harm = [e for e in events if e.modality == "asserted"
            and (e.event_type in VIOLENT_EVENT_TYPES or e.outside == "crime")]
    if doc is None or not harm or _death_told(doc, events, figures):
        return
    by_id = {f.id: f for f in figures}
    for e in harm:
        carried = [by_id[i] for i in e.figures if i in by_id]
        hurt = max((f.low for f in carried if f.what in ("wounded", "injured") and f.low is not None), default=0)
        for f in carried:
            counted = f.what in ("hit", "people") or f.unit == "people" and f.what not in HARMED_WHAT
            if not counted or f.background or f.low is None or f.low != f.high or f.low < 1 or f.low <= hurt \
                    or _hit_verb(doc, f) is None:
                continue
            g = replace(f, id=f"{f.id}.hurt", what="wounded", best=None, unit="people")
            if g.id not in by_id:
                figures.append(g)
                by_id[g.id] = g
            e.figures.append(g.id)
            hurt = f.low
