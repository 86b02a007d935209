"""Candidate spans from the runs of capitalised words the entity spans did not read: the longest gazetteer match
first from each position (at most ``MAX_TOKENS`` tokens, never ending on a particle); a lower-case particle opens no
name, a capitalised article does ("Al Eis", "El Bab"), and so does a capitalised particle where the whole is a
place's own name ("Da Nang"). A match inside a longer capitalised name without a cue is marked ``sub_run`` for
geo/recognize/longer_name.py to judge."""

from __future__ import annotations

from typing import Any, Optional

from sitrep.geo.candidate import Candidate
from sitrep.geo.name_runs import CONNECTORS, caps_of as _caps
from sitrep.geo.span_reader import SpanReader

MAX_TOKENS = 6
_ARTICLES = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "es", "la", "le"}


class _RunNames:
    """Candidates from the capitalised runs (a step of :class:`Recognizer`)."""

    def _run_names(self, doc: Any, runs: list[tuple[int, int]], read: SpanReader, covered: list[bool],
                   cut_start: dict[int, int]) -> list[Candidate]:
        """The places the capitalised runs name, the longest match first from each position (up to
        ``MAX_TOKENS`` tokens, never ending on a particle), skipping what the entity spans read (``covered``,
        ``cut_start``). A lower-case particle opens no name ("of", "de"), but a capitalised article does ("Al Eis",
        "El Bab"), and so does a capitalised particle where the whole is a place's own name ("Da Nang", "Des
        Moines"). A match inside a longer capitalised name without a cue is marked ``sub_run`` ("Notre Dame" in
        "Notre Dame Fighting Irish"; not a name followed by a particle and another name: "Aleppo on Monday")."""
        out = []
        lowers, texts, caps = read.lowers, read.texts, _caps(doc)
        for i0, j0 in runs:
            i = i0
            while i < j0:
                if i in cut_start and cut_start[i] <= j0:
                    i = cut_start[i]  # (see cut_start: no piece of the whole is read)
                    continue
                if lowers[i] in CONNECTORS and not (i + 1 < j0 and texts[i + 1] in ("-", "‑")) \
                        and not (lowers[i] in _ARTICLES and texts[i][:1].isupper() and i + 1 < j0):
                    whole = self._particle_name(read, i, j0, covered) if texts[i][:1].isupper() else None
                    if whole is not None:
                        out.append(whole[0])
                    i = whole[1] if whole is not None else i + 1
                    continue
                found = None
                for j in range(min(j0, i + MAX_TOKENS), i, -1):
                    if lowers[j - 1] in CONNECTORS:
                        continue
                    if all(covered[k] for k in range(i, j)):
                        found = j
                        break
                    c = read(i, j)
                    if c:
                        c.label = c.label or read.labels.get((c.start, c.end), "")
                        inner = (j < j0 and caps[j]) or (i > i0 and caps[i - 1])
                        c.scores["sub_run"] = 1.0 if inner and not c.cue else 0.0
                        out.append(c)
                        found = j
                        break
                i = found if found else i + 1
        return out

    @staticmethod
    def _particle_name(read: SpanReader, i: int, j0: int, covered: list[bool]) -> Optional[tuple[Candidate, int]]:
        """The longest span from the capitalised particle at ``i`` that is some place's own name, spelled as
        written, with where it ends; else None."""
        for j in range(min(j0, i + MAX_TOKENS), i + 1, -1):
            if any(covered[k] for k in range(i, j)):
                continue
            c = read(i, j)
            if c is not None and c.match == "exact" and any(e.primary for e in c.entries):
                return c, j
        return None
