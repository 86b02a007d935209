"""The places annotator: recognise toponyms in a parsed Doc and resolve them to coordinates.

``extract_places(doc, ctx, analysis) -> list[Place]`` is called by
:func:`sitrep.nlp.annotate.annotate_doc` after the entities annotator; every
Place's span is an offset range into ``doc.text``.
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.geo.gazetteer import Gazetteer, get_gazetteer
from sitrep.geo.recognize import Recognizer
from sitrep.geo.resolve import resolve
from sitrep.model import Place

_RECOGNIZERS: dict[int, Recognizer] = {}


def _recognizer(gaz: Gazetteer) -> Recognizer:
    r = _RECOGNIZERS.get(id(gaz))
    if r is None or r.gaz is not gaz:
        r = _RECOGNIZERS[id(gaz)] = Recognizer(gaz)
    return r


def extract_places(doc: Any, ctx: Any, analysis: Any, gaz: Optional[Gazetteer] = None) -> list[Place]:
    """Places named in ``doc``, each with a gazetteer entry, a precision and a confidence."""
    gaz = gaz or get_gazetteer()
    focus = tuple(getattr(ctx, "country_focus", None) or ())
    cands = _recognizer(gaz).candidates(doc, ctx, analysis, focus=focus)
    return resolve(cands, doc.text, ctx, gaz)
