"""A place told with a lower-case kind word after its name ("Rakhine state", "Chiriquí province", "Mon town", "the
Chindwin river") is mentioned by the name alone: the kind word is the common noun after it, as a capitalised one is
a word of the name ("Kaduna State", "Gaza City", "River Severn").

The recogniser and the resolver read the whole phrase (its entries and its cue: geo/span_reader.py
``with_kind_word``); only the mention's end is moved back, once every place is decided, so that no place and no
event's place changes (reading the name alone from the start cost "Mon town" its town: a three-letter word without
a cue is no name). Where the place found is not of the word's kind ("Shevchenkivskyi district" placed at a town of
the name, or left blank), the word stays in the mention."""
from __future__ import annotations

from dataclasses import replace

from sitrep.geo.kind_words import ADMIN_SUFFIX, CITY_SUFFIX
from sitrep.model import Place

# the precisions a place of each kind word may have for the word to be its common noun
_FITS = {**{w: ("district", "province", "region") for w in ADMIN_SUFFIX},
         **{w: ("town",) for w in CITY_SUFFIX}, "river": ("point",)}


def kind_word_outside(places: list[Place]) -> list[Place]:
    """``places`` with each mention that ends on a lower-case kind word of its place's kind ended before it."""
    out = []
    for p in places:
        head, _, word = p.span.text.rpartition(" ")
        if head and p.lat is not None and p.precision in _FITS.get(word, ()) and head[-1:].isalnum():
            p = replace(p, span=replace(p.span, end=p.span.start + len(head), text=head))
        out.append(p)
    return out
