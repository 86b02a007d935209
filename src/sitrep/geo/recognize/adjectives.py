"""Adjectives standing for a country or continent ("Russian troops", "a European airline") as candidates with the
'demonym' cue (references, never an event's place): not a people noun ("the Russians"), not part of a longer name
("Central American", "the Indian Ocean", "the Russian Far East"), not a disease ("the Spanish flu"), not inside a
place found already or a listed organisation's name; a people's adjective the next word calls a unit is that unit
(geo/recognize/people_unit.py)."""

from __future__ import annotations

from typing import Any, Optional

from sitrep.geo.candidate import Candidate, SpanIndex
from sitrep.geo.demonym_words import demonym_entry, demonym_last_words, demonyms, qualifies
from sitrep.geo.gazetteer import Entry
from sitrep.geo.kind_words import REGION_WORDS, not_towns
from sitrep.geo.name_evidence import head_word
from sitrep.geo.name_runs import is_cap as _is_cap
from sitrep.nlp.doctext import doc_attr, doc_text


class _Demonyms:
    """Demonyms standing for their country (a step of :class:`Recognizer`)."""

    def _demonyms(self, doc: Any, kept: list[Candidate], blocked_ix: "SpanIndex") -> list[Candidate]:
        """Adjectives standing for a country or continent ("Russian troops", "a European airline"): candidates
        with that one entry and the 'demonym' cue (references, never an event's place). Not a people noun
        ("the Russians"), not inside a name already found or a listed organisation's name. Two-word adjectives of
        the list ("South Korean") are read whole; an adjective may qualify its noun across a list ("British and
        American politicians") or a hyphen ("Russian-backed forces", "the Syrian-Turkish border")."""
        dem = demonyms()
        lasts = demonym_last_words()
        taken = SpanIndex([(c.start, c.end) for c in kept])
        out: list[Candidate] = []
        for i, low in enumerate(doc_attr(doc, "lower_")):
            if low not in dem and low not in lasts:
                continue
            t = doc[i]
            if not t.text[:1].isupper() or t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s") \
                    and t.lower_ != "swiss":
                continue
            first = t
            prev = doc[t.i - 1] if t.i > 0 else None
            code = dem.get(f"{prev.lower_} {t.lower_}") if prev is not None and prev.text[:1].isupper() else None
            if code:  # "South Korean", "Sri Lankan": the two words name one country
                first, prev = prev, (doc[prev.i - 1] if prev.i > 0 else None)
            else:
                code = dem.get(t.lower_)
            if not code:
                continue
            if prev is not None and prev.text[:1].isupper() and prev.pos_ != "DET" and not prev.is_sent_start:
                continue  # part of a longer name: "Central American", "South African", "Percy French"
            if prev is not None and prev.lower_ in REGION_WORDS \
                    and (prev.text[:1].isupper() or "saharan" in prev.lower_):
                continue  # "Central American", "sub-Saharan African"; but "the southern Italian city" is Italy's
            if not qualifies(doc, t):
                continue  # an adjective before what it qualifies, not "the British" or "in Russian"
            if self._starts_name(doc, t):
                continue  # the first word of a longer name ("the Indian Ocean", "the American South")
            if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in not_towns().get("disease", ()):
                continue  # a disease's name ("the Spanish flu", "Japanese encephalitis"), not its country
            s, e = first.idx, t.idx + len(t.text)
            if taken.contains(s, e) or blocked_ix.contains(s, e):
                continue
            unit = self._people_unit(doc, first, t)
            if unit is not None:
                out.append(unit)
                continue
            entry = self._demonym_entry(code)
            if entry is not None:
                out.append(Candidate(s, e, doc_text(doc)[s:e], [entry], "exact", "demonym"))
        return out

    def _starts_name(self, doc: Any, t: Any) -> bool:
        """The adjective ``t`` opens a longer name with the capitalised word after it: the two are a place's name in
        the gazetteer ("Indian Ocean", "Arabian Sea", "English Channel"), or that word is a compass word ("the
        American South", "the Russian Far East") or a natural feature's noun (data/geo_not_towns.tsv feature)."""
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is None or not nxt.text[:1].isupper() or not t.whitespace_:
            return False
        k = t.i + 2 if nxt.lower_ in ("far", "near") else t.i + 1  # "the Russian Far East"
        if head_word(doc[k].text if k < len(doc) else ""):
            # the name's last word: "the American South", not "the European Central Bank"
            return not (k + 1 < len(doc) and _is_cap(doc[k + 1]))
        return bool(self.gaz.lookup(f"{t.text} {nxt.text}"))

    def _demonym_entry(self, code: str) -> Optional[Entry]:
        return demonym_entry(self.gaz, code)
