"""A place the article names, echoed inside an organisation's name: "Beverly Hills" in "the Beverly Hills Police
Department" of a report that names Beverly Hills, "Cuyahoga County" in "Cuyahoga County Executive".

The recogniser keeps a place inside a longer capitalised name only when the name alone says which place it is
(``revival.known_unambiguous``); an ambiguous one ("Portland", "Slidell") is dropped there. When the same
article names that place on its own, confidently, the organisation's name refers to the same place (one sense per
article): the echo gets that place's point, as a reference (mention "embedded"), never an event's place; an
organisation's place the recogniser did keep ("Portland" of "the Portland Fire Bureau", which alone would be the
Jamaican parish) takes that place too. Only names the resolver placed with at least ``MIN_CONFIDENCE``; a person's
name ("Paris Hilton") is no echo, nor a country's name in a river's, lake's or range's (data/geo_not_towns.tsv kind
``water_range``): a river named like a country runs through several, far from the country's one point ("the Niger
River" of a Malian report that also names the country of Niger, 866 km off); a province's keeps its echo, as the
river mostly runs through it ("the Ogun River" of a report naming Ogun State).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Optional

from sitrep.geo.kind_words import water_range_after
from sitrep.geo.recognize import ADMIN_SUFFIX
from sitrep.model import Place, Span
from sitrep.nlp.doctext import doc_ents
from sitrep.textnorm import fold_name

MIN_CONFIDENCE = 0.9  # measured: below it the sources themselves were often wrong ("Portland", a surname)
_ECHO_PRECISIONS = ("town", "district", "province", "country")  # not a sea or continent ("Pacific Northwest")


def _in_longer_name(doc: Any, s: int, e: int) -> bool:
    """[s, e) is part of a longer capitalised name: a capitalised word right after it or right before it on the
    same line, neither starting a sentence ("Slidell PD", "Baseball Toronto"; not "Toronto. Police")."""
    span = doc.char_span(s, e)
    if span is None:
        return False
    nxt = doc[span.end] if span.end < len(doc) else None
    prev = doc[span.start - 1] if span.start > 0 else None
    if nxt is not None and nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_sent_start \
            and not span[-1].whitespace_.count("\n") and span[-1].whitespace_:
        return True
    return (prev is not None and prev.is_alpha and prev.text[:1].isupper() and not prev.is_sent_start
            and not span[0].is_sent_start and "\n" not in prev.whitespace_ and bool(prev.whitespace_))


def _bounds_word(ch: str) -> bool:
    """``ch`` (one character, or "" at the text's edge) is what ``[\\w\\-‑]`` matches: a word character (``re``'s
    Unicode ``\\w``: alphanumeric or "_") or a hyphen."""
    return ch != "" and (ch.isalnum() or ch in "_-‑")


def _whole_word_spans(text: str, name: str) -> list[tuple[int, int]]:
    """The spans ``re.finditer(r"(?<![\\w\\-‑])" + re.escape(name) + r"(?![\\w\\-‑])", text)`` gives (``name`` as a whole
    word, no word character or hyphen either side), found with ``str.find``: the regex, with a look-behind first,
    is tried at every character of the text, once per name."""
    out: list[tuple[int, int]] = []
    if not name:
        return [(m.start(), m.end()) for m in re.finditer(r"(?<![\w\-‑])(?![\w\-‑])", text)]
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not _bounds_word(text[at - 1:at] if at else "") and not _bounds_word(text[end:end + 1]):
            out.append((at, end))
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)
    return out


def _names_of(p: Place) -> tuple[str, ...]:
    """The names a place's mention echoes by: as written, and a unit's short name where its mention carries the
    unit's kind word ("Ogun" of "Ogun State", whose entry is "Ogun")."""
    head, _, last = p.span.text.rpartition(" ")
    if head and last.lower() in ADMIN_SUFFIX and fold_name(head) == fold_name(p.name or ""):
        return p.span.text, head
    return (p.span.text,)


def add_echoes(doc: Any, text: str, places: list[Place], article_id: str = "",
               trace: Optional[list] = None) -> list[Place]:
    """``places`` with the echoes of its confident named places inside organisation names added (``trace``,
    aligned with ``places``, gets the source's scored candidate per echo)."""
    sources: dict[str, int] = {}
    for k, p in enumerate(places):
        if p.mention == "name" and p.lat is not None and p.confidence >= MIN_CONFIDENCE \
                and p.precision in _ECHO_PRECISIONS and len(p.span.text) > 2:
            for name in _names_of(p):
                k0 = sources.get(name)
                if k0 is None or p.confidence > places[k0].confidence:
                    sources[name] = k
    if not sources:
        return places
    for k, p in enumerate(places):  # an organisation's place the recogniser kept is the one the article names
        src = sources.get(p.span.text)
        if p.mention == "embedded" and src is not None and places[src].geonameid != p.geonameid:
            places[k] = replace(places[src], span=p.span, mention="embedded")
            if trace is not None:
                trace[k] = trace[src]
    taken = sorted((p.span.start, p.span.end) for p in places)
    people = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "PERSON"]
    add: list[tuple[Place, Any]] = []
    for name, k in sources.items():
        for s, e in _whole_word_spans(text, name):
            if any(a < e and s < b for a, b in taken) or any(a < e and s < b for a, b in people):
                continue
            if not _in_longer_name(doc, s, e) or water_range_after(text, e) and places[k].precision == "country":
                continue  # (a river named like a country runs far from the country's point: "the Niger River")
            add.append((replace(places[k], span=Span(article_id, s, e, name), mention="embedded"),
                        trace[k] if trace is not None else None))
    if not add:
        return places
    merged = [(p, trace[k] if trace is not None else None) for k, p in enumerate(places)] + add
    merged.sort(key=lambda t: t[0].span.start)
    if trace is not None:
        trace[:] = [t for _p, t in merged]
    return [p for p, _t in merged]
