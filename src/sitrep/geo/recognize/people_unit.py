""""the Somali region", "the Afar region" of an Ethiopian report: a people's adjective that the next word calls a unit
is the first-level unit the gazetteer has by that spelling, not the adjective's country; with "of" after it, only
where "of" names the unit's own country ("the Somali region of Ethiopia", not "the Russian region of Kursk")."""

from __future__ import annotations

from typing import Any, Optional

from sitrep.geo.candidate import Candidate
from sitrep.geo.demonym_words import PEOPLE_UNIT_WORDS
from sitrep.geo.name_runs import is_cap as _is_cap
from sitrep.nlp.doctext import doc_text
from sitrep.textnorm import fold_name


class _PeopleUnit:
    """A people's adjective naming a unit (a step of :class:`Recognizer`)."""

    def _people_unit(self, doc: Any, first: Any, t: Any) -> Optional[Candidate]:
        """"the Somali region", "the Afar region" of an Ethiopian report: a people's adjective that the next word
        calls a unit, with no "of" after it ("the Russian region of Kursk" is Russia's) unless "of" names the unit's
        own country ("the Somali region of Ethiopia"), names a first-level unit the gazetteer has by that very
        spelling (in another country than the adjective's): that unit, not the country; else None."""
        k = t.i + 1
        if k >= len(doc) or doc[k].lower_ not in PEOPLE_UNIT_WORDS:
            return None
        name = doc_text(doc)[first.idx:t.idx + len(t.text)]
        es = [x for x in self.gaz.lookup(name) if x.fcode == "ADM1" and fold_name(x.name) == fold_name(name)]
        if k + 1 < len(doc) and doc[k + 1].lower_ == "of":
            owner = self._country_after(doc, k + 2)
            es = [x for x in es if x.country == owner]
        if not es:
            return None
        return Candidate(first.idx, t.idx + len(t.text), name, es, "exact", "admin")

    def _country_after(self, doc: Any, k: int) -> Optional[str]:
        """The country whose own name the capitalised run of up to three words from token ``k`` is, else None."""
        j = k
        while j < len(doc) and j - k < 3 and _is_cap(doc[j]):
            j += 1
        if j == k:
            return None
        es = self.gaz.lookup(doc_text(doc)[doc[k].idx:doc[j - 1].idx + len(doc[j - 1].text)])
        return next((x.country for x in es if x.fcode == "PCLI" and x.primary), None)
