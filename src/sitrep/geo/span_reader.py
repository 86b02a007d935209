"""Which place, if any, a stretch of capitalised tokens names: the recogniser's one look at a span (tokens i..j).

:class:`SpanReader` decides, in this order:

1. the span's text (its trailing punctuation trimmed, but not the dots of "U.S.");
2. whether it is stopped: a demonym or common word of data/geo_not_places.tsv, a compass phrase ("the northern
   district"), or inside a blocked span (geo/span_evidence.py);
3. a county named after its kind word ("County Clare", "Co Galway");
4. the kind word after it (:meth:`SpanReader.kind_after`): "X province", "X city", "the M5 highway", "X Local
   Government Area", "X and Y provinces", "Escambia, Santa Rosa and Walton counties": the gazetteer's entry for the
   whole phrase where it has one, else the cue the kind word gives ("Syrian state media" gives none);
5. a natural feature by its lower-case noun ("Vancouver island"), where the gazetteer has the whole;
6. the bare name's entries, narrowed where what follows says more: a feature named after a town ("the Ural
   Mountains"), a region over a far country's unit of its name ("the Sahel"), an institution's "State" ("Kent
   State"), a country's abbreviation ("US", no village "Us").

Each step is a method with what it decides and why; the scan over the text (which spans to try) is the recogniser's
(geo/recognize/)."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any, Optional

from sitrep.geo.candidate import Candidate, SpanIndex
from sitrep.geo.gazetteer import Entry, precision_of
from sitrep.geo.kind_words import (ADMIN_PLURAL, ADMIN_SUFFIX, CITY_SUFFIX, COARSE, SUFFIXES, blank_words,
                                   compass_part, is_cap_head, not_towns)
from sitrep.geo.recognition_lists import town_words
from sitrep.geo.span_evidence import PLACE_LABELS
from sitrep.nlp.doctext import doc_attr
from sitrep.resources import data_rows
from sitrep.textnorm import fold_name

ACRONYMS = {"US", "USA", "UK", "UAE", "DRC", "EU", "DC", "NSW", "DPRK"}  # upper-case abbreviations that do name places
_FEATURE_CLASSES = frozenset({"H", "T", "L"})  # GeoNames classes of waters, relief and regions
# the rest of a list after one of its names, up to the plural kind word that ends it (", Santa Rosa, Okaloosa and
# Walton counties"): connectors and capitalised names of up to three words only
_LIST_NAME = r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}"
_LIST_LINK = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
_LIST_BEFORE_PLURAL = re.compile(rf"{_LIST_LINK}(?:{_LIST_NAME}{_LIST_LINK}){{0,8}}{_LIST_NAME}\s+([a-z]+)\b")
# "X Local Government Area" (Nigeria's second-level units; "LGA" for short): an admin word of three words
_LGA_WORDS = ("local", "government", "area")
# "Syrian state media": "state" before these is the government's, no state of the name
_STATE_BODIES = ("media", "television", "tv", "news", "department")


@functools.lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    """The lower-case organisation phrases of data/geo_not_places.tsv (kind org)."""
    return frozenset(cols[0].lower() for cols in data_rows("geo_not_places.tsv", ("phrase", "kind"), header="phrase")
                     if cols[1] == "org")


# the lower-case words of a town's kind that an "of" phrase can give to the name after it ("the Gaza city of X")
_TOWN_WORDS = frozenset(("city", "town", "village"))

# "the western town of Man": a word the stop list holds as a common English word ("Man", "Hope", "Mission") that
# the text itself calls a town, city or village is read as a name wherever it stands in that text
_LOCATIVE_BEFORE = frozenset({"in", "from", "near", "outside"})  # (lower case as written: see placed_word)
_TOWN_OF = re.compile(r"\b(?:town|city|village)\s+of\s+([A-Z][\w’'-]*)")

# "County Clare", "Co Clare", "Co. Clare": a county's kind word before its name (Ireland, Northern Ireland)
_UNIT_BEFORE = re.compile(r"^(?:County|Co\.?)\s+(?=[A-Z])")


def _unit_before(stext: str, lookup: Any) -> Optional[tuple[list[Entry], str]]:
    """The administrative units the name after "County" / "Co" names, with how they matched, where the gazetteer
    lacks the whole phrase but has a unit (GeoNames' or countrystatecity's first- or second-level) by the short
    name; else None."""
    if not stext.startswith("Co"):
        return None  # (what _UNIT_BEFORE needs first: no regex call for most names)
    m = _UNIT_BEFORE.match(stext)
    if m is None or lookup(stext)[0]:
        return None
    es, how = lookup(stext[m.end():])
    units = [x for x in es if x.fclass == "A" and x.fcode in ("ADM1", "ADM2")]
    return (units, how) if units and how == "exact" else None


@functools.lru_cache(maxsize=1)
def state_countries() -> frozenset[str]:
    """ISO codes of the countries whose first-level units are called states (data/geo_state_countries.tsv)."""
    return frozenset(cols[0] for cols in data_rows("geo_state_countries.tsv", ("country", "units", "source"),
                                                   header="country"))


FEATURE_TOWN_MIN = 10_000  # inhabitants: a town this big naming a feature after it ("the Salinas Valley") is near it


def feature_namesakes(es: list[Entry], focus: tuple[str, ...]) -> list[Entry]:
    """The entries a name may still mean when the text names a natural feature after it ("the Ural Mountains",
    "the Fraser Valley", "the Mississippi River", words of kind ``feature`` in data/geo_not_towns.tsv): only a town
    of some size in one of the article's countries, which the feature lies by; the state, region or small town of
    the name is not where the feature is (a river crosses many states; "Ural" is also a Siberian village)."""
    return [e for e in es if e.fclass == "P" and e.population >= FEATURE_TOWN_MIN and e.country in focus]


def regions_over_far_units(es: list[Entry], focus: tuple[str, ...]) -> list[Entry]:
    """A name both a region of the news has (a supplement or feature entry, L.RGN: "the Sahel", "Kurdistan") and a
    first-level unit of some country has ("Sahel", a Burkinabe region; "Kurdistan", an Iranian province) is the
    region, unless that unit lies in the article's first country: the unit's country is named by nothing else."""
    if not focus or not any(x.fclass == "L" and x.fcode == "RGN" and x.primary for x in es):
        return es
    return [x for x in es if not (x.fcode == "ADM1" and x.country not in focus[:1])]


def kind_of(word: str) -> str:
    """The cue a kind word after a name gives: "admin" (province, district...), "city" (city, town, village) or
    "point" (highway, camp, river...)."""
    return "admin" if word in ADMIN_SUFFIX else "city" if word in CITY_SUFFIX else "point"


def state_body(cue: str, lowers: list[str], j: int) -> bool:
    """The lower-case words at ``j`` are "state media", "state television"...: the state is the government, so
    the admin or city cue its "state" gave the name before it does not hold ("Syrian state media")."""
    return cue in ("admin", "city") and j < len(lowers) and lowers[j] == "state" and j + 1 < len(lowers) \
        and lowers[j + 1] in _STATE_BODIES


@dataclass
class KindWord:
    """What the words after a name say of it (:meth:`SpanReader.kind_after`)."""

    cue: str = ""  # admin, city, point: the kind of place they say the name is; "" none
    suffix_end: Optional[int] = None  # where the kind word ends (it is not part of the name)
    found: Optional[Candidate] = None  # the place of the name with its kind word, where the gazetteer has it
    final: bool = False  # ``found`` (None: a compass phrase, no place) is the span's answer


class SpanReader:
    """The candidate, if any, that tokens ``i:j`` of one Doc name (``reader(i, j)``); built once per Doc."""

    def __init__(self, doc: Any, text: str, lookup: Any, stop: frozenset[str], blocked: SpanIndex,
                 labels: dict[tuple[int, int], str], focus: tuple[str, ...]):
        self.text, self.lookup, self.stop, self.blocked, self.labels, self.focus = \
            text, lookup, stop, blocked, labels, focus
        self.folded_stop = stop - _org_words()
        self.called_towns = frozenset(m.group(1) for m in _TOWN_OF.finditer(text))
        # token attributes read once (indexing the Doc builds a Token each time); a span's text is the text
        # between its first token's start and its last token's end
        self.n, self.idx, self.texts, self.lowers = len(doc), doc_attr(doc, "idx"), doc_attr(doc, "text"), \
            doc_attr(doc, "lower_")

    def __call__(self, i: int, j: int) -> Optional[Candidate]:
        s, e, stext = self.span_text(i, j)
        named_unit = self.compass_unit(i, j, s, e, stext)
        if named_unit is not None:
            return named_unit
        # (a stopped word alone after "in", "from"... is the town: asked only of a word the stop list holds)
        stop = self.stopped(stext) and stext not in self.called_towns
        placed = stop and self.placed_word(i, j, stext)
        if stop and not placed or self.blocked.contains(s, e):
            return None
        unit = _unit_before(stext, self.lookup)
        if unit:  # "County Clare", "Co Galway": the county by its short name
            return Candidate(s, e, stext, unit[0], unit[1], "admin", self.labels.get((s, e), ""))
        nxt = self.lowers[j] if j < self.n else None  # the next token, lower case
        kind = self.kind_after(j, s, e, stext, nxt)
        if kind.final:
            return kind.found
        cue, suffix_end = kind.cue, kind.suffix_end
        if state_body(cue, self.lowers, j):
            cue, suffix_end = "", None
        if not cue:
            feature = self.natural_feature(j, s, nxt)
            if feature is not None:
                return feature
        # a variant spelling is looked for only where the text says it is a place (and it is checked there)
        es, how = self.lookup(stext, self.focus, self.labels.get((s, e)) in PLACE_LABELS or bool(cue))
        if not cue:
            es = regions_over_far_units(es, self.focus)
        es = self.before_feature(es, j, nxt)
        named_for = self.institution_state(es, cue, j)
        if named_for:
            es, cue, suffix_end = [x for x in es if x.fclass == "P"], "", None
        es = self.abbreviation(stext, es)
        if not es:
            return None
        if placed and not cue:
            cue = "context"  # ("in Reading": the locative before it is the evidence, as for any name)
        c = Candidate(s, e, stext, es, how, cue, self.labels.get((s, e), ""), suffix_end)
        if named_for:
            c.scores["named_for"] = 1.0
        if stext in self.called_towns or placed:
            c.scores["called"] = 1.0  # the text calls the word a town: no common word however the lists hold it
        return c

    def placed_word(self, i: int, j: int, stext: str) -> bool:
        """A common word that is also a town's name (:func:`town_words`: "Reading", "Mobile", "Hope"), capitalised
        alone right after a lower-case "in", "from", "near" or "outside" ("a man from Reading, 35", "a crash in
        Reading on Monday"): the text puts it there as a place, as "the town of Reading" does; not where a
        capitalised word follows ("in Union Station": a longer name)."""
        return j == i + 1 and 0 < i and self.texts[i - 1] in _LOCATIVE_BEFORE \
            and not (j < self.n and self.texts[j][:1].isupper()) and stext.lower() in town_words()

    def compass_unit(self, i: int, j: int, s: int, e: int, stext: str) -> Optional[Candidate]:
        """"the East region", "the Northern region", "the North region": one capitalised compass word after "the"
        and before a lower-case unit's word is that unit's own name (Cameroon's East and North, Ghana's Northern)
        where the article's first country has a unit of that name (not any of its countries: the name's own entries
        count towards them); elsewhere it stays the compass phrase it reads as ("the eastern region", a part of
        somewhere), no place (blank beats wrong)."""
        owner = self.possessor_country(i) if i > 0 and self.lowers[i - 1] in _POSSESSIVE else None
        if j - i != 1 or i == 0 or j >= self.n or not (self.lowers[i - 1] == "the" or owner) \
                or self.texts[j] not in ADMIN_SUFFIX or not stext[:1].isupper() \
                or stext.lower() not in blank_words().get("compass", ()) or not (self.focus or owner):
            return None
        es, how = self.lookup(stext)
        es = [x for x in es if x.fclass == "A" and x.fcode in ("ADM1", "ADM2") and x.country == (owner or self.focus[0])]
        if not es:
            return None
        return Candidate(s, e, stext, es, how, "admin", self.labels.get((s, e), ""), self.idx[j] + len(self.texts[j]))

    def possessor_country(self, i: int) -> Optional[str]:
        """The country a possessive before token ``i`` names ("Burkina Faso's East region": BF): the capitalised
        run of up to three words before the "'s" is a country's name; else None."""
        k = i - 1
        while k > 0 and i - 1 - k < 3 and self.texts[k - 1][:1].isupper():
            k -= 1
        if k == i - 1:
            return None
        es, _ = self.lookup(self.text[self.idx[k]:self.idx[i - 1]])
        return next((x.country for x in es if x.fcode == "PCLI"), None)

    def span_text(self, i: int, j: int) -> tuple[int, int, str]:
        """The character span and text of tokens ``i:j``, without trailing punctuation (a dot stays where the
        text has more than one: "U.S.")."""
        s, e = self.idx[i], self.idx[j - 1] + len(self.texts[j - 1])
        stext = self.text[s:e]
        while stext and not (stext[-1].isalnum() or (stext[-1] == "." and stext.count(".") > 1)):
            stext, e = stext[:-1], e - 1
        return s, e, stext

    def stopped(self, stext: str) -> bool:
        """A demonym or common word of data/geo_not_places.tsv, or a compass phrase: no place's name. Folded, a
        demonym's or a word's other spellings are stopped too; an organisation's name only as written ("SANA",
        the news agency, is no stop for "Sanaa", which folds to its letters)."""
        return stext.lower() in self.stop or fold_name(stext) in self.folded_stop or compass_part(stext)

    def kind_after(self, j: int, s: int, e: int, stext: str, nxt: Optional[str]) -> KindWord:
        """What the words from token ``j`` say of the name ``stext`` (characters ``s:e``): "X Local Government
        Area" an admin unit; "X and Y provinces" (Y) and "Escambia, Santa Rosa and Walton counties" (Escambia) a
        unit of that kind where the gazetteer has "Y province", "Escambia County"; "X province", "X city", "the M5
        highway" the place of the whole phrase where the gazetteer has it, else the kind's cue."""
        lowers, texts, idx = self.lowers, self.texts, self.idx
        if nxt == "local" and tuple(lowers[j:j + 3]) == _LGA_WORDS:
            return KindWord("admin", idx[j + 2] + len(texts[j + 2]))
        if nxt is not None and nxt in ADMIN_PLURAL:
            # "X and Y provinces": Y is a province, found as "Y province" is (the span stays the name)
            suffix_end = idx[j] + len(texts[j])
            es, how = self.lookup(f"{stext} {_singular(nxt)}")
            if es:
                return KindWord(final=True, found=Candidate(s, e, stext, es, how, "admin", self.labels.get((s, e), ""),
                                                            suffix_end))
            return KindWord("admin", suffix_end)
        after = self.text[e:e + 1]  # (a list goes on after a comma or a space: no regex call otherwise)
        if (after == "," or after.isspace()) and (m := _LIST_BEFORE_PLURAL.match(self.text, e)) is not None \
                and m.group(1).lower() in ADMIN_PLURAL:
            # an earlier member of a list the plural kind word ends is of that kind too, where the gazetteer has the
            # name with it
            es, how = self.lookup(f"{stext} {_singular(m.group(1).lower())}")
            if es:
                return KindWord(final=True, found=Candidate(s, e, stext, es, how, "admin", self.labels.get((s, e), "")))
            return KindWord()
        if nxt is not None and nxt in SUFFIXES:
            return self.with_kind_word(j, s, stext, nxt)
        return KindWord()

    def with_kind_word(self, j: int, s: int, stext: str, nxt: str) -> KindWord:
        """"X province", "X city", "the M5 highway": the place of the whole phrase where the gazetteer has it
        (with a lower-case "city", the bare name's towns too), else the kind's cue; a compass phrase ("central
        city") is no place at all."""
        if compass_part(f"{stext} {self.texts[j]}"):
            return KindWord(final=True)
        if self.kind_of_the_next_name(j):
            return KindWord()
        full_end = self.idx[j] + len(self.texts[j])
        full_text = self.text[s:full_end]
        es, how = self.lookup(full_text)
        if es and self.texts[j] == "city":
            # a lower-case "city" is the common noun as often as a word of the name ("Richmond city council" of a
            # British Columbia story is no Virginia "Richmond city", "Delaware city leaders" in Ohio no Delaware
            # City): the towns of the bare name are read too, and the ranker weighs them all
            ids = {x.id for x in es}
            es = es + [x for x in self.lookup(stext)[0] if x.fclass == "P" and x.primary and x.id not in ids]
        if es:
            return KindWord(final=True, found=Candidate(s, full_end, full_text, es, how, kind_of(nxt)))
        return KindWord(kind_of(nxt), full_end)

    def kind_of_the_next_name(self, j: int) -> bool:
        """The lower-case kind word at token ``j`` heads an "of" phrase naming a place ("the southern Gaza city of
        Khan Younis", "the Darfur town of Tawila"): it is the kind of the name after "of", and the name before it
        qualifies that place, with no kind of its own ("Gaza city" there is no Gaza City). Only a town's words: "the
        Puno region of Peru" is Puno's region, in Peru."""
        k = j + 2
        return self.texts[j] in _TOWN_WORDS and k < self.n and self.lowers[j + 1] == "of" \
            and self.texts[k][:1].isupper()

    def natural_feature(self, j: int, s: int, nxt: Optional[str]) -> Optional[Candidate]:
        """"Vancouver island", "the Gobi desert": a name with a lower-case feature noun after it is the natural
        feature the gazetteer has by the whole phrase (data/geo_natural_features.tsv), if any."""
        if nxt is None or not self.texts[j].islower() or nxt not in not_towns().get("feature", ()):
            return None
        full_end = self.idx[j] + len(self.texts[j])
        fes, fhow = self.lookup(self.text[s:full_end])
        fes = [x for x in fes if x.fclass in _FEATURE_CLASSES]
        if fes and fhow == "exact":
            return Candidate(s, full_end, self.text[s:full_end], fes, fhow, "point")
        return None

    def before_feature(self, es: list[Entry], j: int, nxt: Optional[str]) -> list[Entry]:
        """The entries a name keeps before a feature's noun or a capitalised compass word ("the Ural Mountains",
        "the Pacific Northwest"): a town the feature is named after (:func:`feature_namesakes`); and before a
        lower-case edge word, a country's or first-level unit's own edge ("the New South Wales coast") or a
        water's own shore ("the Red Sea coast" is no Sudanese or Egyptian province of the name)."""
        if not es or nxt is None or not (nxt in not_towns().get("feature", ()) or is_cap_head(self.texts[j])):
            return es
        low_edge = self.texts[j].islower() and nxt in not_towns().get("edge", ())
        edge = [x for x in es if low_edge and precision_of(x) in ("country", "province")]
        edge = [x for x in es if x.fclass == "H" and x.primary and low_edge] or edge
        return edge + [x for x in feature_namesakes(es, self.focus) if x not in edge]

    def institution_state(self, es: list[Entry], cue: str, j: int) -> bool:
        """"Kent State", "Glenrock State Conservation Area": a capitalised "State" after a name that is no state
        (a first-level unit of a country whose units are states) nor a country is a word of an institution's name,
        named after a state or a town: the name keeps its towns only, with no cue."""
        return bool(es) and cue == "admin" and self.texts[j] == "State" and not any(
            x.fcode == "ADM1" and x.country in state_countries() or precision_of(x) == "country" for x in es)

    @staticmethod
    def abbreviation(stext: str, es: list[Entry]) -> list[Entry]:
        """"US", "UK": a country's abbreviation, not a village spelled "Us" or "Uk" (a town of 100,000 stays)."""
        if stext.replace(".", "") in ACRONYMS and any(precision_of(x) in COARSE for x in es):
            return [x for x in es if precision_of(x) != "town" or x.population >= 100_000]
        return es


_POSSESSIVE = frozenset({"'s", "’s"})


def _singular(plural: str) -> str:
    """The kind word of a plural one: "counties" -> "county", "provinces" -> "province"."""
    return "county" if plural == "counties" else plural[:-1]
