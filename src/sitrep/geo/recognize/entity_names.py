"""Candidate spans from the model's labels: the gazetteer match over each entity span of any label (labels are hints;
numbers, dates and amounts are no place), without a leading "the" or a closing possessive; two entities side by side
read as one where the whole is a country's, unit's or region's own name ("Baja" + "California", "Sierra" + "Leone")
or a dateline's upper-case town ("MAE" + "SOT"); and the place entities the gazetteer lacks whole ("Orange Mound"),
whose pieces the capitalised runs then leave alone. ``NAME_LABELS`` is read by no module now (kept for the old
import path)."""

from __future__ import annotations

from typing import Any, Optional

from sitrep.geo.candidate import Candidate
from sitrep.geo.datelines import is_dateline
from sitrep.geo.gazetteer import precision_of
from sitrep.geo.kind_words import COARSE
from sitrep.geo.name_evidence import unknown_whole
from sitrep.geo.name_runs import caps_of as _caps
from sitrep.geo.region_evidence import town_sized
from sitrep.geo.span_evidence import PLACE_LABELS
from sitrep.geo.span_reader import SpanReader
from sitrep.textnorm import fold_name

NAME_LABELS = {"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
_NUMBER_LABELS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")  # entities no place is


class _EntityNames:
    """Candidates from the model's entity spans (a step of :class:`Recognizer`)."""

    def _entity_names(self, doc: Any, ents: Any, read: SpanReader,
                      covered: list[bool]) -> tuple[list[Candidate], dict[int, int]]:
        """The places the entity spans of any label name, each whole (without a leading "the"; two entities side by
        side joined where the whole is a country's or unit's own name, :meth:`_split_name`), marking their tokens
        ``covered``; and the place entities the gazetteer lacks whole that are one place's name of two or three
        capitalised words ("a shooting in Orange Mound"), start -> end: a neighbourhood or village, not the town
        its first word names, so no piece of them is read later."""
        out: list[Candidate] = []
        cut_start: dict[int, int] = {}
        lowers, texts, caps = read.lowers, read.texts, _caps(doc)
        for k_ent, ent in enumerate(ents):
            i, j = ent.start, ent.end
            if i < j and lowers[i] == "the":
                i += 1
            if j - 1 > i and lowers[j - 1] in ("'s", "’s") and not (j < len(texts) and texts[j][:1].isupper()):
                j -= 1  # "Papua New Guinea's highlands": the entity may end on the possessive, the name does not
                # (but "King William's Town" goes on in capitals)
            if i >= j or ent.label_ in _NUMBER_LABELS or covered[i]:
                continue
            c = self._split_name(read, ents, k_ent, i, read.text)
            if c is not None:
                j = ents[k_ent + 1].end
            else:
                c = read(i, j)
                if c is None and ent.label_ in ("GPE", "LOC") and unknown_whole(i, j, texts, lowers, caps,
                                                                                read.lookup):
                    cut_start[i] = j
            if c:
                c.label = c.label or ent.label_
                out.append(c)
                for k in range(i, j):
                    covered[k] = True
        return out, cut_start

    @staticmethod
    def _split_name(read: SpanReader, ents: Any, k: int, i: int, text: str = "") -> Optional[Candidate]:
        """The own name of a country, first-level unit or region that the model cut into two entities side by side
        ("Baja" + "California", "Sierra" + "Leone"): the whole, whose first piece alone is another place ("Baja",
        a Hungarian town); or a dateline's upper-case town so cut ("MAE" + "SOT, Thailand —"); else None."""
        if k + 1 >= len(ents):
            return None
        ent, nxt = ents[k], ents[k + 1]
        caps = ent.text.isupper() and nxt.text.isupper()
        if nxt.start != ent.end or not ent[-1].whitespace_ or (nxt.label_ not in PLACE_LABELS and not caps):
            return None
        c = read(i, nxt.end)
        if c is None or c.match != "exact":
            return None
        if caps and any(e.primary for e in c.entries) and is_dateline(text, c.start, c.end, town_sized(c)):
            c.label = c.label or nxt.label_
            return c
        if nxt.label_ not in PLACE_LABELS or not any(
                e.primary and precision_of(e) in COARSE and fold_name(e.name) == fold_name(c.text) for e in c.entries):
            return None
        c.label = nxt.label_
        return c
