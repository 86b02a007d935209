"""Toponym recognition: which stretches of a text name places in the gazetteer.

spaCy's entity labels are hints only (Aleppo comes out NORP, Saraqeb ORG): the
candidates are gazetteer matches over runs of capitalised tokens (with the
``al-``/``el-`` particles and hyphens of Arabic names), over every entity span of
any label, and over the actors annotator's GPE/LOC mentions, then filtered by
rules: not inside an organisation name or a person's name, not a demonym, not a
common word, and with some support (an entity label, a locative context such as
"the town of X" / "in X" / "X province", or a prominent gazetteer entry).

Where each decision lives: what the entities and the actor dictionary say of a span before any lookup (blocked
spans, entity labels, persons' and organisations' names), geo/span_evidence.py; which place one span names, with
the kind word after it, geo/span_reader.py; the kind words themselves, geo/kind_words.py; the capitalised runs a
name may be in, geo/name_runs.py; which words around a name say it is a place, geo/context_cue.py; the evidence a
name is something else, one module a kind: a person's name (geo/person_evidence.py), a common word, count,
disease, address or institution (geo/word_evidence.py), part of a longer name or organisation
(geo/name_evidence.py), a region or unit the gazetteer lacks or a vague one (geo/region_evidence.py); datelines,
geo/datelines.py; demonyms, geo/demonym_words.py; other spellings, geo/spelling_variants.py; the word lists read
from data/, geo/recognition_lists.py; rejected names revived (one sense per article), geo/revival.py; here, which
spans are tried (:meth:`Recognizer.candidates`: entity spans, "X and Y" countries, capitalised runs) and which candidates
stand (:meth:`Recognizer._keep`, :meth:`Recognizer._reject`, :meth:`Recognizer._blank`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Optional

from sitrep.geo.candidate import Candidate, SpanIndex
from sitrep.geo.context_cue import TYPE_BEFORE, context_cue
from sitrep.geo.datelines import DATELINE_HEAD, is_dateline, state_dateline_towns, upper_dateline_head
from sitrep.geo.line_heading import heading_name
from sitrep.geo.demonym_words import PEOPLE_UNIT_WORDS, demonym_entry, demonym_last_words, demonyms, qualifies
from sitrep.geo.entity_lists import without_lists
from sitrep.geo.far_aliases import alias_town, far_alias, units_over_their_aliases
from sitrep.geo.force_names import before_a_force, names_a_force_at, without_forces
from sitrep.geo.gazetteer import Entry, Gazetteer, precision_of, spelling
# (ADMIN_PLURAL, ADMIN_SUFFIX, CITY_SUFFIX, blank_words, not_towns: also imported by other modules from here)
from sitrep.geo.kind_words import ADMIN_PLURAL, ADMIN_SUFFIX, CITY_SUFFIX, COARSE, REGION_WORDS, blank_words, not_towns  # noqa: F401
from sitrep.geo.name_evidence import (INSIDE_BIG_TOWN, dictionary_org, head_word, named_inside, town_heads_a_name,
    unknown_whole)
from sitrep.geo.name_runs import CONNECTORS, article_led, caps_of as _caps, is_cap as _is_cap, name_runs as _name_runs
from sitrep.geo.person_evidence import (a_given_name_or_age, a_persons_name, after_a_title_or_prefix,
    city_not_person, person_surnames, persons_name, titled_surname)
from sitrep.geo.recognition_lists import abbrev_re, not_places, state_abbrevs
from sitrep.geo.region_evidence import (continent_part, region_gazetteer_lacks, town_sized, unit_missing,
    unit_of_the_country_before, usual_name_of_unit, vague_compass_region)
from sitrep.geo.revival import known_unambiguous, revive_rejected
from sitrep.geo.span_evidence import PLACE_LABELS, blocked_spans, entity_evidence
from sitrep.geo.span_reader import SpanReader
from sitrep.geo.spelling_variants import fuzzy_close, spelling_only_abroad, strict_key, variants
from sitrep.geo.surname_towns import placed_by_text
from sitrep.geo.word_evidence import (COMMON_PHRASE, a_disease_or_word, an_address, common_word,
    heads_a_facility_or_count, institution_after_the, lacks_evidence, people_of, upper_case_no_place)
from sitrep.nlp.doctext import doc_attr, doc_ents, doc_text
from sitrep.nlp.incident_field import in_field_label
from sitrep.textnorm import fold_name

# names other modules and the tests import from here, now made in the modules above or below
from sitrep.geo.recognition_lists import FACILITY_TOWN_MIN, facility_building_words  # noqa: F401
from sitrep.geo.spelling_variants import spelling_only  # noqa: F401


MAX_TOKENS = 6
_ARTICLES = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "es", "la", "le"}
NAME_LABELS = {"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
_NUMBER_LABELS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")  # entities no place is
_COMMA_NAME = re.compile(r",[ \t]+")


class Recognizer:
    """Finds place-name candidates in a parsed spaCy Doc."""

    def __init__(self, gaz: Gazetteer):
        self.gaz = gaz

    def lookup(self, text: str, region: tuple[str, ...] = (), search: bool = True) -> tuple[list[Entry], str]:
        """Entries of a name: exact names and aliases ("exact"); else close spellings in the article's
        countries ("variant"; the fuzzy search over a country's names only with ``search``)."""
        key = fold_name(text)
        if not key or len(key) < 2:
            return [], ""
        es = self.gaz.lookup_key(key)
        if es:
            # the folded key is loose (vowels, doubled letters): an entry none of whose names (own or alternate)
            # is spelled as written ("Morris" ~ "Mures", "Collier" ~ "Culler") is a variant, kept only as a
            # close spelling in the article's region
            strict, sp = strict_key(text), spelling(text)
            same = [replace(e, primary=True) if not e.primary and usual_name_of_unit(e, sp) else
                    e if not e.primary or sp == spelling(e.name) else
                    replace(e, primary=False) for e in es if e.has_spelling(sp)]
            same = units_over_their_aliases([e for e in same if not spelling_only_abroad(e, key, region)], text)
            far = [e for e in same if far_alias(self.gaz, e, region, text)]
            if any(alias_town(e) and e not in far for e in same):
                far = []  # a nearer town has the name as an alternate name too: the ranking weighs them all as before
            same = [e for e in same if e not in far]
            if far and not same:  # the name as written is a far town's other name: no place here, nor a variant
                return [], ""
            ids = {e.id for e in same}
            close = [e for e in es if e.id not in ids and e.country in region and fuzzy_close(strict, strict_key(e.name))]
            if same or close:
                return same + close, ("exact" if same else "variant")
        vs = variants(self.gaz, text, region, search)
        return (vs, "variant") if vs else ([], "")

    def candidates(self, doc: Any, ctx: Any, analysis: Any, focus: tuple[str, ...] = ()) -> list[Candidate]:
        """The places ``doc`` names, in text order: the gazetteer matches over its entity spans, its "X and Y"
        countries and its capitalised runs (:class:`~sitrep.geo.span_reader.SpanReader` reading each span), with
        the state or country after a town (:meth:`_containers`), then those that stand (:meth:`_keep`)."""
        text = doc_text(doc)
        ents = without_lists(doc_ents(doc))  # "Ingham, Charters Towers" is no organisation (geo/entity_lists.py)
        ents, force_towns = without_forces(ents)  # "Kelowna RCMP" is no person (geo/force_names.py)
        org_pat, stop = not_places()
        evidence = entity_evidence(ents, analysis)
        evidence.labels.update((span, "GPE") for span in force_towns)
        blocked_ix = SpanIndex(blocked_spans(text, org_pat))
        read = SpanReader(doc, text, self._doc_lookup(), stop, blocked_ix, evidence.labels, focus)
        read.called_towns |= state_dateline_towns(text)
        covered = [False] * len(doc)  # tokens already inside an accepted candidate
        out = self._dateline_head(doc, read, covered)
        more, cut_start = self._entity_names(doc, ents, read, covered)
        out += more
        runs = _name_runs(doc)
        out += self._joined_names(doc, runs, covered)
        out += self._run_names(doc, runs, read, covered, cut_start)
        # "Pleasanton, Calif.", "Red Oak, Iowa", "Tripoli, Lebanon": a state's abbreviation right after one of its
        # towns is that state, and a name followed by the state or country holding it is a place
        out = self._containers(text, out)
        return self._keep(doc, text, ents, out, evidence.person_spans, evidence.known_orgs, stop, blocked_ix, focus,
                          read.texts)

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

    def _joined_names(self, doc: Any, runs: list[tuple[int, int]], covered: list[bool]) -> list[Candidate]:
        """A country named "X and Y" ("Trinidad and Tobago", "Bosnia and Herzegovina"): two capitalised runs joined
        by "and" or "&", not all read already, whose whole is a country's or first-level unit's own name
        (:meth:`_joined`); their tokens are marked ``covered``."""
        out = []
        for (a0, a1), (b0, b1) in zip(runs, runs[1:]):
            if b0 != a1 + 1 or doc[a1].lower_ not in ("and", "&") or all(covered[k] for k in range(a0, b1)):
                continue
            c = self._joined(doc, max(a0, a1 - 3), a1, min(b1, b0 + 3))
            if c is not None:
                out.append(c)
                for k in range(doc.char_span(c.start, c.end, alignment_mode="expand").start,
                               doc.char_span(c.start, c.end, alignment_mode="expand").end):
                    covered[k] = True
        return out

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

    def _keep(self, doc: Any, text: str, ents: Any, out: list[Candidate], person_spans: list[tuple[int, int]],
              known_orgs: set[tuple[int, int]], stop: Any, blocked_ix: SpanIndex, focus: tuple[str, ...],
              texts: Any) -> list[Candidate]:
        """The candidates (``out``, overlapping, longest first at each start) that stand as places: the first of
        overlapping ones, with a cue from their context, not an organisation the actor dictionary knows, not
        rejected as a person's name, a word or clutter (:meth:`_reject`), a rejected one revived by a list or a
        repetition; then blanked where doubtful (:meth:`_blank`), with the demonyms added."""
        lower_words = frozenset(t for t, alpha in zip(texts, doc_attr(doc, "is_alpha")) if alpha and t.islower())
        person_names = frozenset(t.lower_ for ent in ents if ent.label_ == "PERSON"
                                 for t in ((ent[0], ent[-1]) if len(ent) >= 2 else (ent[0],)))
        person_ix = SpanIndex(person_spans)
        full_names = frozenset(t.lower_ for ent in ents if ent.label_ == "PERSON" and len(ent) >= 2 for t in ent)
        for c in out:
            if c.label == "PERSON" and city_not_person(doc, c, full_names):
                c.label = "GPE"
        # where multi-word organisation names begin (after "the"), and the person names a place may not be in
        org_starts = frozenset((e[1] if e[0].lower_ == "the" and len(e) > 2 else e[0]).idx
                               for e in ents if e.label_ == "ORG" and len(e) >= 2)
        names_ix = SpanIndex([(e.start_char, e.end_char) for e in ents if e.label_ == "PERSON"])
        kept, rejected = [], []
        for c in sorted(out, key=lambda c: (c.start, -(c.end - c.start))):
            if kept and c.start < kept[-1].end:
                continue
            if COMMON_PHRASE.fullmatch(c.text):
                continue  # "The city", "The village", "The river" opening a sentence: a noun phrase, no name
            if c.label in ("", "PERSON") and names_a_force_at(doc, c.start, c.end):
                c.label = "GPE"  # "Prince George RCMP", "Gauteng police": the force's town (geo/force_names.py)
            c.cue = c.cue or context_cue(doc, c) or (
                "context" if is_dateline(text, c.start, c.end, town_sized(c)) or heading_name(text, c.start, c.end)
                or unit_of_the_country_before(text, kept[-1] if kept else None, c) else "")
            if dictionary_org(c, known_orgs):
                continue
            if not c.cue and focus:
                self._people_cue(doc, c, focus)
            if c.cue and c.text in person_surnames(doc):
                span = doc.char_span(c.start, c.end, alignment_mode="expand")
                if span is not None and placed_by_text(doc, span, c.entries, text, c.end, self.gaz, TYPE_BEFORE):
                    c.scores["placed"] = 1.0  # "the town of Gonzaga" after "Gov. Rafael Gonzaga" (geo/surname_towns.py)
            if self._reject(doc, c, person_ix, stop, lower_words, person_names, org_starts, names_ix, focus,
                            full_names=full_names):
                rejected.append(c)
                continue
            kept.append(c)
        if rejected:
            kept = revive_rejected(text, ents, kept, rejected, full_names, lambda c, repeated=False: self._reject(
                doc, c, person_ix, stop, lower_words, person_names, org_starts, names_ix, focus, listed=True,
                full_names=full_names, repeated=repeated))
        for c in kept:
            self._blank(doc, c, focus)
        dem = self._demonyms(doc, kept, blocked_ix)
        return sorted(kept + dem, key=lambda c: c.start) if dem else kept

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

    def _joined(self, doc: Any, a0: int, a1: int, b1: int) -> Optional[Candidate]:
        """The longest "X and Y" across ``doc[a0:b1]`` (the "and" at ``a1``) that is the own name of a country or a
        first-level unit, as a candidate."""
        for i in range(a0, a1):
            for j in range(b1, a1 + 1, -1):
                span = doc[i:j]
                es, how = self.lookup(span.text)
                if how == "exact" and any(e.primary and precision_of(e) in ("country", "province") for e in es):
                    return Candidate(span.start_char, span.end_char, span.text, es, how)
        return None

    def _doc_lookup(self) -> Any:
        """:meth:`lookup` remembered for one Doc: a name recurs in an article, and each try costs a folding, a
        spelling check and perhaps a fuzzy search (each call gets its own list; the entries are shared, as the
        gazetteer's remembered lookups share them)."""
        memo: dict[tuple, tuple[list[Entry], str]] = {}

        def lookup(text: str, region: tuple[str, ...] = (), search: bool = True) -> tuple[list[Entry], str]:
            key = (text, region, search)
            got = memo.get(key)
            if got is None:
                got = memo[key] = self.lookup(text, region, search)
            return list(got[0]), got[1]
        return lookup

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

    def _demonym_entry(self, code: str) -> Optional[Entry]:
        return demonym_entry(self.gaz, code)

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

    @staticmethod
    def _blank(doc: Any, c: Candidate, focus: tuple[str, ...]) -> None:
        """Mark ``c`` blank (a place named, no point to give it; data/geo_blank_words.tsv) when it is

        - a town's name heading a company's ("Dunmore Analytics", "Carrow Holdings plc"): the company is not where
          the story happens;
        - a vague region by compass words ("the West Coast", "the South Side", "NorthWest"), unless it is the own
          name of a unit in the article's first country or the text calls it one ("North West province");
        - a compass word alone before a unit's word, after another capitalised name ("Ijebu East Local Government
          Area", "Kaduna South LGA"): the tail of a unit's name the gazetteer lacks, not a unit called "East";
        - a continent after a compass word ("Central Africa", "South Asia"): a part of it, with no point;
        - any other name after a capitalised compass word ("the Northern Rivers", "the West Midlands") with no entry
          in the article's first country and no country's: a region the gazetteer lacks, not the rest's namesake
          abroad (Rivers, Nigeria; Midlands, Zimbabwe);
        - a doubtful town heading a facility's name ("Dunmore Hospital", "Carrow School of Music" where every town of
          the name is small and none lies in the article's countries, when the article has some): the facility is
          named, not the town."""
        if c.cue == "demonym" or c.scores.get("abbrev"):
            return
        if unit_missing(c, focus):
            c.blank = True
            return
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            return
        words = blank_words()
        compass, area, company = words.get("compass", frozenset()), words.get("area", frozenset()), \
            words.get("company", frozenset())
        parts = [w for w in re.split(r"[\s‑]+", c.text.lower()) if w]
        prev = doc[span.start - 1] if span.start > 0 else None
        if parts and all(w in compass or w in area for w in parts) and any(w in compass for w in parts):
            if vague_compass_region(c, prev, focus):
                c.blank = True
            return
        if continent_part(c, prev, compass) or region_gazetteer_lacks(c, prev, compass, focus):
            c.blank = True
            return
        if any(e.fclass != "P" for e in c.entries):
            return  # a country's, a state's or a region's name ("U.S. Securities", "Texas Instruments") keeps its point
        if town_heads_a_name(doc, span.end, c, company, focus):
            c.blank = True

    @staticmethod
    def _people_cue(doc: Any, c: Candidate, focus: tuple[str, ...]) -> None:
        """A name qualifying a noun of people ("a Dunmore woman", "Carrow residents", data/geo_people_nouns.tsv)
        names where they live: the 'context' cue, with only the entries in the article's countries (the
        construction names a place of the story's own area; none there, nothing changes)."""
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or span.end >= len(doc) or not people_of(doc, span):
            return
        local = [e for e in c.entries if e.country in focus]
        big = max(c.entries, key=lambda e: e.population, default=None)
        if local and big is not None and big.country not in focus and big.fclass == "P" \
                and big.population >= INSIDE_BIG_TOWN and big.population >= 20 * max(e.population for e in local):
            c.cue = "context"  # "issued by London police" in a story of another country: the big city stays in
        elif local:
            c.entries, c.cue = local, "context"

    def _reject(self, doc: Any, c: Candidate, person_ix: SpanIndex, stop: frozenset[str],
                lower_words: frozenset[str] = frozenset(), person_names: frozenset[str] = frozenset(),
                org_starts: frozenset[int] = frozenset(), names_ix: Optional[SpanIndex] = None,
                focus: tuple[str, ...] = (), listed: bool = False, full_names: frozenset[str] = frozenset(),
                repeated: bool = False) -> bool:
        """True when the candidate is no place. ``listed``: it stands in a list next to a recognised place
        (geo/listed.py), which is the evidence a bare name otherwise lacks: a person's label or name elsewhere, a
        leading "the", or no locative word or prominent entry then reject it no more. ``full_names``: the words of
        the text's persons' names of two words or more. The steps, in order (some narrow the candidate's entries
        or mark it weak on the way): inside another's name (:meth:`_in_a_name`), no town (:meth:`_not_a_town`),
        upper case (:func:`upper_case_no_place`), lower case, one word that is a common word, a person's name
        or an institution (:func:`common_word`, :func:`persons_name`, :func:`institution_after_the`), a piece
        of a longer name (:meth:`_piece_of_a_longer_name`), no evidence (:func:`lacks_evidence`); a word of a
        release's field label ("Time" of "Date/Time:", nlp/incident_field.py)."""
        if c.scores.get("abbrev"):
            return False  # a state's abbreviation right after one of its towns
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            return True
        if self._in_a_name(doc, c, span, person_ix, org_starts, names_ix, focus, lower_words, person_names):
            return True
        first = span[0]
        if self._not_a_town(doc, c, span, listed, focus):
            return True
        if c.match != "exact" and not c.cue:
            c.weak = True
        if c.match == "exact" and not any(e.primary for e in c.entries) and not c.cue and c.label not in PLACE_LABELS:
            c.weak = True
        if upper_case_no_place(doc, c) or in_field_label(doc_text(doc), c.start, c.end):
            return True
        if c.text[:1].islower() and not (article_led(c.text) and not (span.start > 0 and _is_cap(doc[span.start - 1]))):
            return True  # (but "near al-Sukhnah": the Arabic article, in lower case before the name; not inside a
            # longer name: "el-Oued" of "Bab el-Oued" is no El Oued)
        if len(span) == 1 and not c.text.isupper() and (
                common_word(c, first, lower_words, focus, repeated)
                or persons_name(c, span, first, person_names, full_names, focus, listed)
                or institution_after_the(doc, c, first, listed)):
            return True
        best_pop = max((e.population for e in c.entries), default=0)
        prominent = any(e.fclass in ("A", "L", "R", "S") or e.population >= 100_000 for e in c.entries)
        if c.label == "PERSON" and not c.cue and not prominent:
            c.weak = True
        if self._piece_of_a_longer_name(doc, c, span, prominent, names_ix, focus, lower_words, person_names):
            return True
        return lacks_evidence(c, listed, best_pop)

    def _in_a_name(self, doc: Any, c: Candidate, span: Any, person_ix: SpanIndex, org_starts: frozenset[int],
                   names_ix: Optional[SpanIndex], focus: tuple[str, ...], lower_words: frozenset[str],
                   person_names: frozenset[str]) -> bool:
        """True when the candidate stands inside another's name and names no place there: the town an institution
        is named after ("Boise State") where the name alone does not say which town it is; a country's name as
        the surname of a person the text titles ("Chief Ray Lebanon"); a word of a multi-word person's or
        organisation's name ("Vladimir" in "Vladimir Putin"). Where the name does say which place it is named
        after ("the Texas Rangers", "Seattle police"), the candidate keeps that place, marked ``embedded``: a
        reference to it, never an event's place."""
        if c.scores.get("named_for"):
            inside = self._inside(doc, c, names_ix, focus, lower_words | person_names)
            if not inside:
                return True
            c.entries, c.scores["embedded"] = inside, 1.0
        if not c.cue and person_ix.contains(c.start, c.end, strict=True):
            big = max(c.entries, key=lambda e: (e.fclass == "A", e.population))
            if names_ix is not None and names_ix.contains(c.start, c.end, strict=True) and titled_surname(doc, span):
                return True
            if not (big.fclass == "A" and big.fcode == "PCLI"):
                inside = [] if c.start in org_starts else \
                    self._inside(doc, c, names_ix, focus, lower_words | person_names)
                if c.start in org_starts and not (names_ix and names_ix.contains(c.start, c.end)) \
                        and known_unambiguous(c):
                    c.scores["embedded"] = 1.0
                elif inside:
                    c.entries, c.scores["embedded"] = inside, 1.0
                else:
                    return True
        return False

    def _piece_of_a_longer_name(self, doc: Any, c: Candidate, span: Any, prominent: bool,
                                names_ix: Optional[SpanIndex], focus: tuple[str, ...], lower_words: frozenset[str],
                                person_names: frozenset[str]) -> bool:
        """True when a match inside a longer capitalised run (``sub_run``, with no cue) is a piece of that name,
        not a place: its head noun ("Delta" of "the Nile Delta", "Northwest" of "Pacific Northwest"), or a name
        that is no country, big town or first-level unit of the article's countries ("Notre Dame" in "University
        of Notre Dame Fighting Irish"; "Midlands" in "West Midlands" is no Zimbabwean province in a British
        story). Where the longer name is some place's ("the Owensboro Public Schools", "IBA-Karachi"), the
        candidate keeps that place, marked ``embedded``."""
        if not c.scores.get("sub_run") or c.cue or before_a_force(doc, span.end):
            return False  # "Prince George RCMP": the force's town (geo/force_names.py)
        if span.start > 0 and _is_cap(doc[span.start - 1]) and head_word(c.text):
            return True
        if not (prominent and c.label in PLACE_LABELS) and not any(
                e.fcode == "PCLI" or e.population >= 100_000
                or e.fcode == "ADM1" and (not focus or e.country in focus) for e in c.entries):
            inside = self._inside(doc, c, names_ix, focus, lower_words | person_names)
            if inside:
                c.entries, c.scores["embedded"] = inside, 1.0
            else:
                return True
        return False

    @staticmethod
    def _inside(doc: Any, c: Candidate, names_ix: Optional[SpanIndex], focus: tuple[str, ...],
                words: frozenset[str] = frozenset()) -> list[Entry]:
        """``named_inside`` for a candidate outside any person's name, with whether it heads the longer name;
        ``words``: words of the text that say it is no such place (in lower case there, or in a person's name)."""
        if names_ix is not None and names_ix.contains(c.start, c.end) or c.text.lower() in words:
            return []
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            return []
        prev = doc[span.start - 1] if span.start > 0 else None
        head = prev is None or not _is_cap(prev) or prev.lower_ == "the" or span[0].is_sent_start
        return named_inside(c, head, focus)

    @staticmethod
    def _not_a_town(doc: Any, c: Candidate, span: Any, listed: bool = False, focus: tuple[str, ...] = ()) -> bool:
        """Streets, persons, page clutter and common words that the gazetteer also lists as towns (``focus``: the
        article's countries)."""
        words = not_towns()
        text = doc_text(doc)
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and nxt.text == "." and span.end + 1 < len(doc):
            nxt = None
        coarse = any(precision_of(e) in COARSE and e.primary for e in c.entries)
        if nxt is not None and nxt.lower_ in ("'s", "’s") and span.end + 1 < len(doc) \
                and doc[span.end + 1].text[:1].isupper() \
                and not any(e.primary and precision_of(e) == "country" for e in c.entries):
            nxt = doc[span.end + 1]  # "St. Peter's Square", "Carrow's Market Street": the possessive's head noun
        return an_address(doc, c, span, nxt, coarse, words) or a_persons_name(doc, c, span, coarse, focus) \
            or heads_a_facility_or_count(doc, c, span, nxt, coarse, words, text) \
            or after_a_title_or_prefix(doc, c, span, coarse, words) \
            or a_given_name_or_age(doc, c, span, coarse, words, text) \
            or a_disease_or_word(doc, c, span, nxt, coarse, words, listed, focus)
