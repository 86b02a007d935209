"""Candidate spans from an upper-case dateline opening the text or a line ("COX'S BAZAR, Bangladesh —", "BOBO-DIOULASSO
—"): read whole, before the model's entity spans can cut it, where it is the own name of a town of some size.
Evidence: the dateline's shape (geo/datelines.py), an exact match spelled as written, the town's size."""

from __future__ import annotations

from typing import Any

from sitrep.geo.candidate import Candidate
from sitrep.geo.datelines import DATELINE_HEAD, is_dateline
from sitrep.geo.region_evidence import town_sized
from sitrep.geo.span_reader import SpanReader


class _DatelineHead:
    """Candidates from an upper-case dateline (a step of :class:`Recognizer`)."""

    @staticmethod
    def _dateline_head(doc: Any, read: SpanReader, covered: list[bool]) -> list[Candidate]:
        """An upper-case dateline of several words or an apostrophe opening the text or a line ("COX'S BAZAR,
        Bangladesh —", "BOBO-DIOULASSO —"), read whole where it is a place's own name of some size, before the
        entity spans cut it ("COX'S" an organisation, "BAZAR" left out); its tokens are marked ``covered``."""
        out: list[Candidate] = []
        text = read.text
        for m in DATELINE_HEAD.finditer(text[:2000]):
            s, e = m.start(1), m.end(1)
            span = doc.char_span(s, e)
            if span is None or not is_dateline(text, s, e) or any(covered[k] for k in range(span.start, span.end)):
                continue
            c = read(span.start, span.end)
            if c is None or c.match != "exact" or (c.start, c.end) != (s, e) or not town_sized(c) \
                    or not any(x.primary for x in c.entries):
                continue
            out.append(c)
            for k in range(span.start, span.end):
                covered[k] = True
        return out
