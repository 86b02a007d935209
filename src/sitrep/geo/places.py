"""The places annotator: recognise toponyms in a parsed Doc and resolve them to coordinates.

``extract_places(doc, ctx, analysis) -> list[Place]`` is called by
:func:`sitrep.nlp.annotate.annotate_doc` after the entities annotator; every
Place's span is an offset range into ``doc.text``.
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.geo.echo import add_echoes
from sitrep.geo.facility import add_facilities
from sitrep.geo.foreign_towns import blank_foreign_towns
from sitrep.geo.far_aliases import alias_town
from sitrep.geo.gazetteer import Gazetteer, get_gazetteer, spelling
from sitrep.geo.kind_words import blank_words
from sitrep.geo.kind_outside import kind_word_outside
from sitrep.geo.generic_parts import blank_far_generic_parts
from sitrep.geo.parts import add_city_parts
from sitrep.geo.rank import default_ranker
from sitrep.geo.recognize import Recognizer
from sitrep.geo.resolve import cue_countries, names_a_mission, resolve
from sitrep.model import Place
from sitrep.nlp.doctext import doc_ents, doc_text

_RECOGNIZERS: dict[int, Recognizer] = {}


def _recognizer(gaz: Gazetteer) -> Recognizer:
    r = _RECOGNIZERS.get(id(gaz))
    if r is None or r.gaz is not gaz:
        r = _RECOGNIZERS[id(gaz)] = Recognizer(gaz)
    return r


def _text_focus(doc: Any, gaz: Gazetteer, ctx: Any) -> tuple[str, ...]:
    """The article's region, where transliteration variants may match: the story's focus, else the two countries
    the text names most (by a country's or a province's own name, or a name found in one country only, or a phrase
    only that country's news uses; a capitalised compass word lends none)."""
    given = tuple(getattr(ctx, "country_focus", None) or ())
    if given:
        return given
    # a phrase only one country's news uses ("the 1200 block of": US) counts as that country named once
    counts: dict[str, int] = {cc: 1 for cc in sorted(cue_countries(doc_text(doc)))}
    compass = blank_words().get("compass", ())
    for ent in doc_ents(doc):
        if ent.label_ not in ("GPE", "LOC") or names_a_mission(doc_text(doc), ent.start_char, ent.end_char):
            continue  # "the embassy of France": whose mission, not the article's country
        if ent.text.lower() in compass:
            continue  # "the East region": a word of direction names a unit in some country, not the article's
        es = gaz.lookup(ent.text)
        # spelled as written, when some entry is ("Columbia" is towns in the US, not Colombia by a loose key)
        sp = spelling(ent.text)
        es = [e for e in es if e.has_spelling(sp)] or es
        # a small town the name matches only by an alternate name ("Kairu", Kyle's Japanese spelling) lends no
        # country: it would make its own far match a variant of the region (geo/far_aliases.py)
        es = [e for e in es if not alias_town(e)]
        named = {e.country for e in es if e.primary and e.fcode in ("PCLI", "ADM1")}
        # a country or a state/province by its own name, or a name whose every entry lies in one country
        for cc in sorted(named or {e.country for e in es}):  # sorted: no hash-seed order in the ties below
            if named or len({e.country for e in es}) == 1:
                counts[cc] = counts.get(cc, 0) + 1
    return tuple(sorted(counts, key=lambda c: -counts[c])[:2])  # ties: first named first


def extract_places(doc: Any, ctx: Any, analysis: Any, gaz: Optional[Gazetteer] = None, ranker: Any = None,
                   trace: Optional[list] = None) -> list[Place]:
    """Places named in ``doc``, each with a gazetteer entry, a precision and a confidence
    (``trace``, for evaluation, receives the scored candidates behind them)."""
    gaz = gaz or get_gazetteer()
    focus = _text_focus(doc, gaz, ctx)
    cands = _recognizer(gaz).candidates(doc, ctx, analysis, focus=focus)
    text = doc_text(doc)
    places = resolve(cands, text, ctx, gaz, ranker, trace)
    places = add_echoes(doc, text, places, getattr(ctx, "article_id", ""), trace)
    places = add_facilities(doc, text, places, getattr(ctx, "article_id", ""), trace)
    threshold = (ranker or default_ranker()).threshold
    places = blank_far_generic_parts(places, threshold)
    places = blank_foreign_towns(places, threshold, gaz)
    places = add_city_parts(doc, text, places, threshold, ctx, getattr(ctx, "article_id", ""), trace)
    return kind_word_outside(places)


def geocode_spans(doc: Any, ctx: Any, analysis: Any, spans: list[tuple[int, int]],
                  gaz: Optional[Gazetteer] = None, ranker: Any = None) -> list[Optional[Place]]:
    """Resolve given toponym spans (e.g. gold annotations): one Place or None per span, in order.

    The article's own recognised places still inform the country focus and the distances,
    exactly as in :func:`extract_places`.
    """
    gaz = gaz or get_gazetteer()
    merged, given = given_candidates(doc, ctx, analysis, spans, gaz)
    by_pos = {(p.span.start, p.span.end): p for p in resolve(merged, doc_text(doc), ctx, gaz, ranker)}
    return [by_pos.get((g.start, g.end)) if g else None for g in given]


def given_candidates(doc: Any, ctx: Any, analysis: Any, spans: list[tuple[int, int]],
                     gaz: Gazetteer) -> tuple[list[Any], list[Any]]:
    """The article's recognised candidates with the given spans in place of those they overlap, and the
    candidate of each given span (None where the gazetteer has no entry for it)."""
    from sitrep.geo.recognize import Candidate, demonym_entry, demonyms

    rec = _recognizer(gaz)
    focus = _text_focus(doc, gaz, ctx)
    context = rec.candidates(doc, ctx, analysis, focus=focus)
    text = doc_text(doc)
    given: list[Optional[Candidate]] = []
    for s, e in spans:
        name = text[s:e]
        es, how = rec.lookup(name, focus)
        dem = demonyms().get(name.lower())
        if dem:  # a demonym given as a toponym ("Syrian" troops) stands for its country or continent
            ce = demonym_entry(gaz, dem)
            es, how = ([ce], "exact") if ce else (es, how)
        if not es and name.lower().startswith("the "):
            es, how = rec.lookup(name[4:], focus)
        given.append(Candidate(s, e, name, es, how) if es else None)
    # resolve context and given spans together (given ones replace overlapping context ones)
    gs = [(g.start, g.end) for g in given if g]
    merged = [c for c in context if not any(c.start < b and a < c.end for a, b in gs)] + [g for g in given if g]
    merged.sort(key=lambda c: c.start)
    return merged, given
