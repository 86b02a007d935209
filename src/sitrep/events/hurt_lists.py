"""The hurt told as a list of people, a number among them (issue 16, branch ``tolls39``): "a woman and her two
daughters were injured" is three hurt, "a corporal and four civilians were wounded" five, as the dead of such a list
are summed (:func:`sitrep.events.toll_lists.coordinated_total`, the one reader of such lists: each conjunct a number
or one single person, a breakdown never added, a plural with no number of its own leaving the count as read).

:func:`widen_hurt_lists` reads only the figures the scanner already made counts of the hurt (``what`` "wounded"),
and only those whose number hangs on a noun with a conjunct; the widened count replaces the figure (same id) in the
article's figures, so every event that took it takes the list's total. A list that names "the wounded" among its
members breaks down the hurt counted before ("Three of the wounded, two policemen and a passer-by"): not widened.
"""
from __future__ import annotations

from sitrep.events.toll_lists import coordinated_total
from sitrep.events.deps import tokens_of
from sitrep.nlp.doctext import doc_text

__all__ = ["widen_hurt_lists", "widen_hospital_list"]

_HURT_NOUNS = frozenset({"wounded", "injured", "hurt"})  # "the wounded": the hurt told before, as a noun
_HURT = frozenset({"wounded", "hit"})  # the hurt, and the hit ("were shot") whom no death is told of
# "the injury of six people and millions in losses": a bare magnitude with no "of" after it counts money or goods
_MAGNITUDES = frozenset({"hundreds", "thousands", "millions", "billions", "tens"})


def widen_hurt_lists(figures: list, tok_of_fig: list, doc) -> None:  # type: ignore[no-untyped-def, type-arg]
    """Replace, in ``figures`` and ``tok_of_fig`` (the same order), each count of the hurt that is one member of a
    coordination of counted people by the coordination's total (module docstring)."""
    for k, (f, toks) in enumerate(tok_of_fig):
        if f.what not in _HURT or f.background or f.low is None or not toks or not _in_list(doc, toks):
            continue
        wide = coordinated_total(f, tok_of_fig, doc, _HURT)
        if wide is None or wide.low is None or wide.low <= f.low or _breaks_down_hurt(wide) \
                or _bare_magnitude(doc, wide):
            continue
        tok_of_fig[k] = (wide, tokens_of(doc, wide.span.start, wide.span.end))
        figures[k] = wide


def widen_hospital_list(f, figures: list, doc):  # type: ignore[no-untyped-def, type-arg]
    """A hospital count made a count of the hurt (events/hospital_hurt, after :func:`widen_hurt_lists` ran) widened
    to its list the same way: "Two men and a woman have been taken to hospital after being stabbed" is three hurt
    (branch ``tolls40``); None when it is no member of a list of counted people."""
    if f.span is None or f.low is None or " and " not in f"{f.span.text} {doc_text(doc)[f.span.end:f.span.end + 40]}":
        return None  # the cheap gate: no "and" right after the count, no list
    toks = tokens_of(doc, f.span.start, f.span.end)
    if not toks or not _in_list(doc, toks):
        return None
    tok_of_fig = [(f, toks)] + [(g, tokens_of(doc, g.span.start, g.span.end)) for g in figures
                                if g.what in _HURT and g.id != f.id and g.span is not None]
    wide = coordinated_total(f, tok_of_fig, doc, _HURT)
    if wide is None or wide.low is None or wide.low <= f.low or _breaks_down_hurt(wide) or _bare_magnitude(doc, wide):
        return None
    return wide


def _breaks_down_hurt(wide) -> bool:  # type: ignore[no-untyped-def]
    """ "Three of the wounded, two policemen and a passer-by": the list names the hurt counted before ("the
    wounded" a member of it), a breakdown of them, never more of them."""
    return any(w in _HURT_NOUNS for w in wide.span.text.lower().replace(",", " ").split())


def _bare_magnitude(doc, wide) -> bool:  # type: ignore[no-untyped-def]
    """ "six people and millions in losses": a member that is a bare magnitude ("millions", "thousands") with no
    "of" after it counts money or goods, not people; the list is not widened."""
    if not _MAGNITUDES.intersection(wide.span.text.lower().split()):
        return False
    return any(doc[i].lower_ in _MAGNITUDES and not any(c.lower_ == "of" for c in doc[i].children)
               for i in tokens_of(doc, wide.span.start, wide.span.end))


def _in_list(doc, toks) -> bool:  # type: ignore[no-untyped-def]
    """The cheap test first: the number's noun, or the noun it is a conjunct of, has a conjunct."""
    for i in toks:
        t = doc[i]
        n = t.head if t.dep_ in ("nummod", "quantmod") else t
        if n.dep_ == "conj" or any(c.dep_ == "conj" for c in n.children):
            return True
    return False
