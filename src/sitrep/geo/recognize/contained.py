"""A name followed by the state or country holding it: a state's abbreviation right after one of its towns (or an
upper-case dateline) is that state ("Pleasanton, Calif.", "Red Oak, Iowa"), and a town followed by ", " and the
own name of the state or country that holds it ("Tripoli, Lebanon") takes the 'context' cue, the evidence a bare
name otherwise lacks."""

from __future__ import annotations

import re

from sitrep.geo.candidate import Candidate
from sitrep.geo.datelines import upper_dateline_head
from sitrep.geo.gazetteer import precision_of
from sitrep.geo.recognition_lists import abbrev_re, state_abbrevs

_COMMA_NAME = re.compile(r",[ \t]+")


class _Contained:
    """States and countries after their towns (a step of :class:`Recognizer`)."""

    def _containers(self, text: str, out: list[Candidate]) -> list[Candidate]:
        """Candidates with the abbreviations of states after their towns added, and the towns so contained
        (by an abbreviation, a state's or a country's own name) given the 'context' cue."""
        by_end: dict[int, Candidate] = {}
        for c in out:
            if c.end not in by_end or c.end - c.start > by_end[c.end].end - by_end[c.end].start:
                by_end[c.end] = c
        added: list[Candidate] = []
        abbrevs = state_abbrevs()
        for m in abbrev_re().finditer(text):
            town = by_end.get(m.start())
            head = upper_dateline_head(text, m.start())
            if town is None and head is None:
                continue
            for cc, name in abbrevs.get(m.group(1), ()):
                st = [e for e in self.gaz.lookup(name) if e.fcode == "ADM1" and e.country == cc]
                if st and (head is not None or any((e.country, e.admin1) == (st[0].country, st[0].admin1)
                                                   for e in town.entries)):
                    a = Candidate(m.start(1), m.end(1), m.group(1), st, "exact", "admin")
                    a.scores["abbrev"] = 1.0
                    added.append(a)
                    if town is not None:
                        town.cue = town.cue or "context"
                    break
        if added:
            out = [c for c in out if not any(c.start < a.end and a.start < c.end for a in added)] + added
        by_start = {c.start: c for c in out}
        for c in out:
            if c.cue:
                continue
            m = _COMMA_NAME.match(text, c.end)
            d = by_start.get(m.end()) if m else None
            if d is None or d.match != "exact":
                continue
            holders = [k for k in d.entries if k.primary and (precision_of(k) == "country" or k.fcode == "ADM1")]
            if any(e.id != k.id and e.country == k.country and (k.fcode != "ADM1" or e.admin1 == k.admin1)
                   for k in holders for e in c.entries):
                c.cue, c.scores["contained"] = "context", 1.0
        return out
