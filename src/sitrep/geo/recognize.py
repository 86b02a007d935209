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
name may be in, geo/name_runs.py; which words around a name say it is a place, geo/context_cue.py; here, which
spans are tried (:meth:`Recognizer.candidates`: entity spans, "X and Y" countries, capitalised runs) and which candidates
stand (:meth:`Recognizer._keep`, :meth:`Recognizer._reject`, :meth:`Recognizer._blank`).
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from typing import Any, Callable, Optional

from sitrep.geo.candidate import Candidate, SpanIndex
from sitrep.geo.context_cue import TYPE_BEFORE, context_cue
from sitrep.geo.first_names import english_word, first_names, reads_as_person
# (ADMIN_SUFFIX, CITY_SUFFIX, Candidate, SpanIndex, not_towns, _compass_part, _name_runs, _find_name_runs: also
# imported from here by other modules and the tests)
from sitrep.geo.kind_words import (ADMIN_PLURAL, ADMIN_SUFFIX, CITY_SUFFIX, COARSE, REGION_WORDS, SUFFIXES,
                                   blank_words, not_towns)
from sitrep.geo.kind_words import compass_part as _compass_part
from sitrep.geo.person_towns import after_a_given_name, says_after
from sitrep.geo.name_runs import CONNECTORS, article_led, caps_of as _caps, is_cap as _is_cap
from sitrep.geo.name_runs import find_name_runs as _find_name_runs, name_runs as _name_runs
from sitrep.geo.line_heading import heading_name
from sitrep.geo.listed import revive_listed
from sitrep.geo.span_evidence import PLACE_LABELS, blocked_spans, entity_evidence
from sitrep.geo.span_reader import ACRONYMS, SpanReader
from sitrep.geo.surname_towns import placed_by_text
from sitrep.geo.entity_lists import without_lists
from sitrep.geo.force_names import before_a_force, names_a_force_at, without_forces
from sitrep.geo.gazetteer import Entry, Gazetteer, precision_of, spelling, strict_name
from sitrep.geo.variant_spelling import close_spelling, compound_base
from sitrep.geo.far_aliases import alias_town, far_alias, units_over_their_aliases
from sitrep.resources import data_path, data_rows
from sitrep.textnorm import fold_name, strip_accents
from sitrep.nlp.doctext import doc_attr, doc_ents, doc_text
from sitrep.nlp.incident_field import in_field_label

MAX_TOKENS = 6
_ARTICLES = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "es", "la", "le"}
# a capitalised article before lower-case words only ("The city said", "The river spilled over"): a sentence's opening
# noun phrase, which some place has as an alternate name (The Village, Oklahoma), never a name in news text
_COMMON_PHRASE = re.compile(r"The(?:\s+[a-z][a-z'-]*)+")
FACILITY_TOWN_MIN = 10_000  # inhabitants: a town this big heading a facility's name is the facility's town
NAME_LABELS = {"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
_NUMBER_LABELS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY")  # entities no place is


@functools.lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Folded demonym ("syrian") -> the ISO code of its country, from data/geo_not_places.tsv."""
    out = {}
    with open(data_path("geo_not_places.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 4 and cols[1] == "demonym" and cols[3]:
                out[cols[0].lower()] = cols[3]
    return out


def demonym_entry(gaz: Gazetteer, code: str) -> Optional[Entry]:
    """The place a demonym's code names: "SY" a country, ":Europe" a continent, "GB:England" a first-level unit."""
    if code.startswith(":"):
        return next((x for x in gaz.lookup(code[1:]) if x.fcode == "CONT"), None)
    cc, _, region = code.partition(":")
    if region:
        return next((x for x in gaz.lookup(region) if x.fcode == "ADM1" and x.country == cc), None)
    return gaz.country_entry(cc)


@functools.lru_cache(maxsize=1)
def not_places() -> tuple[re.Pattern, frozenset[str]]:
    """A regex of organisation phrases and the set of folded demonyms/common words (data/geo_not_places.tsv)."""
    orgs: list[str] = []
    words: set[str] = set()
    path = data_path("geo_not_places.tsv")
    header = True
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            if header:
                header = False
                continue
            phrase, kind, *_ = line.rstrip("\n").split("\t")
            if kind == "org":
                orgs.append(phrase)
            words.add(phrase.lower())
    orgs.sort(key=len, reverse=True)
    pat = re.compile(r"\b(?:" + "|".join(re.escape(o).replace("'", "['’‘`]?") for o in orgs) + r")\b", re.I)
    return pat, frozenset(words)


def facility_building_words() -> frozenset[str]:
    """The head words of buildings' names (data/geo_facility_words.tsv, as geo/facility.py reads them)."""
    from sitrep.geo.facility import facility_words

    return facility_words()[0]


def _names_a_local_building(span: Any, c: Candidate, focus: tuple[str, ...]) -> bool:
    """A lone name that qualifies a building's noun in lower case ("a Hamilton shopping centre", "the Dunedin
    hospital"), with a town or unit of that name in one of the article's countries: the building's place, whatever
    person label the model gave that very word (a person's name would take a possessive: "Hamilton's centre").
    When so, the candidate keeps only those entries."""
    if len(span) != 1 or not focus or c.match != "exact":
        return False
    head = span[0].head
    if span[0].dep_ not in ("compound", "nmod", "amod") or head.i <= span[0].i or not head.text.islower() \
            or head.lower_ not in facility_building_words():
        return False
    local = [e for e in c.entries if e.primary and e.country in focus and e.fclass in ("P", "A")]
    if local:
        c.entries = local  # the article's own town, never a namesake abroad
    return bool(local)


# a first-level unit's official name made of its usual name and a tail of particle and honour ("Coahuila de
# Zaragoza", "Michoacán de Ocampo", "Veracruz de Ignacio de la Llave")
_OFFICIAL_TAIL = re.compile(r"^(.+?) (?:de|del|do|da|dos|das) \S")


def _usual_name_of_unit(e: Entry, sp: Any) -> bool:
    """The text spells the usual name of a first-level unit whose official name adds a particle and an honour
    ("Coahuila" of "Coahuila de Zaragoza"): that name is the unit's own, as much as a namesake town's."""
    m = _OFFICIAL_TAIL.match(e.name) if e.fcode == "ADM1" else None
    return m is not None and spelling(m.group(1)) == sp




@functools.lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    """Nouns of people a place name qualifies ("a Dunmore woman"), from data/geo_people_nouns.tsv."""
    return frozenset(c[0].lower() for c in data_rows("geo_people_nouns.tsv", ("word", "source"), header="word"))


def _people_of(doc: Any, span: Any) -> bool:
    """The name qualifies the lower-case noun of people right after it: its last word is that noun's compound
    modifier ("a Dunmore woman", "Carrow residents said"), not the subject of a verb or a part of a longer name."""
    nxt, last = doc[span.end], span[-1]
    return (nxt.is_lower and nxt.lower_ in people_nouns() and last.head.i == nxt.i
            and last.dep_ in ("compound", "amod", "nmod"))


_COMMA_NAME = re.compile(r",[ \t]+")
# words after a place's name that keep the name itself read when the whole is unknown ("Madison Township")
_CUT_KEEPS = frozenset({"township", "area", "ward", "parish", "borough", "village", "hamlet", "suburb"})
# words after a people's adjective that call it a unit of a country ("the Somali region", "Afar state")
_PEOPLE_UNIT_WORDS = frozenset({"region", "state", "province", "zone"})


@functools.lru_cache(maxsize=1)
def _demonym_last_words() -> frozenset[str]:
    """The last words of the list's two-word demonyms ("korean" of "south korean")."""
    return frozenset(k.rsplit(" ", 1)[1] for k in demonyms() if " " in k)


_LIST_WORDS = frozenset({"and", "or", "&", ","})
_HYPHENS = frozenset({"-", "‑"})
# an adjective before one of these after a hyphen is an ethnic or national compound ("Mexican-American"), not its country
_COMPOUND_NOUNS = frozenset({"american", "americans", "canadian", "canadians", "australian", "australians"})


def _qualifies(doc: Any, t: Any) -> bool:
    """A country adjective that qualifies a noun after it: right before the noun ("Turkish troops"), before a list
    of such adjectives that ends at one ("British and American politicians"; the list's later members by their
    conjunction), or before a hyphen ("Russian-backed", "Syrian-Turkish"; not "Mexican-American")."""
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if nxt is None:
        return False
    after = doc[t.i + 2] if t.i + 2 < len(doc) else None
    if nxt.pos_ in ("NOUN", "PROPN", "ADJ"):
        return t.head.i > t.i or t.dep_ in ("amod", "compound", "conj")
    if nxt.text in _HYPHENS:
        return (not t.whitespace_ and not nxt.whitespace_ and after is not None and after.is_alpha
                and after.lower_ not in _COMPOUND_NOUNS and t.head.i > t.i)
    if nxt.lower_ in _LIST_WORDS and after is not None and after.text[:1].isupper():
        # the list's common noun comes after it: the first member's head (the later members are its conjuncts)
        head = t
        while head.dep_ == "conj" and head.head.i < head.i:
            head = head.head
        return head.head.i > t.i and head.head.pos_ == "NOUN" and head.head.text.islower()  # not "Austrian German"
    return False


@functools.lru_cache(maxsize=1)
def state_abbrevs() -> dict[str, tuple[tuple[str, str], ...]]:
    """Abbreviation as written ("Calif.", "IL", "NSW") -> (country, state name) pairs (data/geo_state_abbrevs.tsv)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for cols in data_rows("geo_state_abbrevs.tsv", ("abbreviation", "country", "state", "source"), header="abbrev"):
        out.setdefault(cols[0], []).append((cols[1], cols[2]))
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=1)
def _abbrev_re() -> re.Pattern:
    keys = sorted(state_abbrevs(), key=len, reverse=True)
    return re.compile(r",[ \t]+(" + "|".join(re.escape(k) for k in keys) + r")(?![A-Za-z0-9])")
# a dateline: an upper-case town opening a line or following a by-line's full stop, then the state or country, the
# agency in brackets and a dash ("BOSTON (Reuters) -", "SEOUL, South Korea (AP) —", "CAIRO —")
_DATELINE_BEFORE = re.compile(r"(?:^|\n|[.!?]\s)\s*$")
# (the country's name may hold a small word or an apostrophe: "GOMA, Democratic Republic of Congo —")
# and a written date may stand before the dash ("ADEN, Oct 8 —", "LIMA, 4 May 2024 —"); South Asian papers close it
# with a colon ("PATNA:", "NEW DELHI, June 3:")
_DATELINE_AFTER = re.compile(r"(?:,[ \t]*[A-Z][A-Za-z.'’-]*(?:[ \t]+(?:(?:of|and|the|de|del|da|do|du)[ \t]+)?"
                             r"[A-Z][A-Za-z.'’-]*){0,3})?"
                             r"(?:,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)"
                             r"(?:,?[ \t]+\d{4})?)?[ \t]*(?:\([A-Za-z .&-]{1,40}\))?[ \t]*(?:[—–]|--?|:(?=[ \t]))")


# an upper-case name of two words or more, or with an apostrophe, opening the text or a line
_DATELINE_HEAD = re.compile(r"(?:^|(?<=\n))[ \t]*([A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){1,3}|[A-Z]+['’][A-Z]+)"
                            r"(?=[ \t]*[,(—–:-])")


def is_dateline(text: str, start: int, end: int, town_sized: bool = True) -> bool:
    """True when text[start:end] is an upper-case name standing as an article's dateline. A colon closes one only
    for a ``town_sized`` name (a desk's town: "PATNA:"); a heading naming a person closes so too ("SMITH: ...")."""
    name = text[start:end]
    m = _DATELINE_AFTER.match(text, end)
    return (name.isupper() and sum(ch.isalpha() for ch in name) >= 3
            and bool(_DATELINE_BEFORE.search(text[max(0, start - 3):start]) or start == 0)
            and m is not None and (town_sized or not m.group(0).endswith(":")))


_UPPER_HEAD = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*){0,3}$")


def _upper_dateline_head(text: str, comma: int) -> Optional[re.Match]:
    """The upper-case words opening the text or a line right before ``comma``, where a dateline's state follows
    ("HAMILTON TOWNSHIP, N.J. —"): whatever town the words name (one the gazetteer lacks, or one it has in other
    states only), the abbreviation after them is the state the report was filed from."""
    m = _UPPER_HEAD.search(text, max(0, comma - 60), comma)
    if m is None or m.end() != comma or _DATELINE_AFTER.match(text, comma) is None:
        return None
    return m


def state_dateline_towns(text: str) -> frozenset[str]:
    """The upper-case word opening the text or a line before a state's abbreviation and a dateline's dash ("MOBILE,
    Ala. -"), as written and in title case: the report names a town there, whatever common word it spells, so the
    word is read as a name in the whole text ("in Mobile", "Mobile police") as a town the text calls one is."""
    out: set[str] = set()
    for m in _abbrev_re().finditer(text, 0, 2000):
        head = _upper_dateline_head(text, m.start())
        word = head.group(0).strip() if head is not None else ""
        if word.isalpha():
            out.update((word, word.title()))
    return frozenset(out)


def _coarse_here(c: Candidate, focus: tuple[str, ...]) -> bool:
    """The candidate's name is the own name of a country, or of a first-level unit or region of one of the
    article's countries ``focus``."""
    return any(e.primary and precision_of(e) in COARSE and (precision_of(e) == "country" or e.country in focus)
               for e in c.entries)


def _street_pair(doc: Any, i: int, street_words: frozenset[str] | set[str]) -> bool:
    """Token ``i`` is one of two names joined by "and" or "&" before a plural street word in lower case: "at
    Palmetto and Irby streets", "Main & Elm streets" (an intersection, the way US police reports give one)."""
    def plural_street(k: int) -> bool:
        if k >= len(doc):
            return False
        low = doc[k].lower_
        return doc[k].is_lower and low.endswith("s") and (low[:-1] in street_words or low[:-2] in street_words)

    def name(k: int) -> bool:
        return 0 <= k < len(doc) and (doc[k].text[:1].isupper() or doc[k].text[:1].isdigit())

    def joiner(k: int) -> bool:
        return 0 <= k < len(doc) and doc[k].lower_ in ("and", "&")

    return joiner(i + 1) and name(i + 2) and plural_street(i + 3) or \
        joiner(i - 1) and name(i - 2) and plural_street(i + 1)


def _town_sized(c: Candidate) -> bool:
    """A candidate naming a first-level unit, a country or a town of FACILITY_TOWN_MIN people or more."""
    return any(e.fclass == "A" or e.population >= FACILITY_TOWN_MIN for e in c.entries)


_AGE_AFTER = re.compile(r"^,\s*(?:aged?\s+)?\d{1,3}\s*,")


def _person_surnames(doc: Any) -> frozenset[str]:
    """Last words of the people the article names in full: a PERSON entity of two or more words opening on a given
    name (``data/first_names.tsv``), or two or more capitalised words followed by an age ("Carl Hobbs, 52,"). Kept on the Doc (one pass per article)."""
    got = doc.user_data.get("sitrep_person_surnames")
    if got is None:
        text = doc_text(doc)
        given = first_names()
        names = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].text.istitle()
                 and e[0].lower_ in given}  # ("SOS Children's Village Malakal" and "Henry Lazenby US" tagged PERSON name no one with those)
        names |= {m.group(1) for m in _NAME_AGE.finditer(text)}
        got = frozenset(names)
        doc.user_data["sitrep_person_surnames"] = got
    return got


def _titled_surnames(doc: Any) -> frozenset[str]:
    """Last words of the people the article names after a title ("Sheriff Harold Quincy", :func:`_titled_name_re`),
    whatever label the model gave them. Kept on the Doc (one pass per article)."""
    got = doc.user_data.get("sitrep_titled_surnames")
    if got is None:
        got = doc.user_data["sitrep_titled_surnames"] = frozenset(
            m.group(2) for m in _titled_name_re().finditer(doc_text(doc)))
    return got


def _titled_surname(doc: Any, span: Any) -> bool:
    """``span`` ends a person's name of two or three words (the model's PERSON label) that opens on a given name
    (data/first_names.tsv) or follows a title (data/geo_not_towns.tsv kind title: "Battalion Chief Ray Lebanon")."""
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.end == span.end and 2 <= len(ent) <= 3 and ent.start < span.start:
            before = doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
            return ent[0].lower_ in first_names() or before in not_towns().get("title", ())
    return False


@functools.lru_cache(maxsize=1)
def _titled_name_re() -> re.Pattern:
    """A title, a capitalised given name and a capitalised surname, with no third name after ("Lt. Marcus
    Florence said", "Sheriff Harold Quincy", "Detective Sgt. Paul Ewing"): whatever label the model gave the words
    (it tags "Marcus Florence" an organisation), the last is a person's surname."""
    titles = sorted(not_towns().get("title", ()), key=len, reverse=True)
    return re.compile(r"\b(?i:" + "|".join(re.escape(w) for w in titles) + r")\.?[ \t]+([A-Z][^\W\d_]+)[ \t]+"
                      r"([A-Z][^\W\d_]+)\b(?![ \t]+[A-Z][a-z]|[-’'])")


_NAME_AGE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+)?\s+([A-Z][a-z]+),\s*(?:aged?\s+)?\d{1,3}\s*,")
_NUMBER_BEFORE = re.compile(r"\b\d{1,6}(?:\s+block\s+of)?\s+(?:the\s+)?$|\bblock\s+of\s+(?:the\s+)?$", re.I)


def _known_unambiguous(c: Candidate) -> bool:
    """A name that by itself says which place it is: the own name of a country, first-level unit, continent,
    sea or named region, or of a city that dwarfs every namesake (>= 100,000 people and 20 times the next)."""
    if c.match != "exact":
        return False
    if any(e.primary and precision_of(e) in COARSE for e in c.entries) or c.text.replace(".", "") in ACRONYMS:
        return True
    if any(e.gid.startswith("sup:") for e in c.entries):
        return True  # a reviewed supplement line (a village, road or crossing of a covered conflict)
    pops = sorted((e.population for e in c.entries if e.primary), reverse=True)
    if pops and pops[0] >= 100_000 and pops[0] >= 20 * max(pops[1] if len(pops) > 1 else 0, 1):
        return True
    # one place under every entry of the name (all within 25 km), and a town of some size
    es = c.entries[:20]
    big = max(es, key=lambda e: e.population)
    return big.population >= 10_000 and len(c.entries) <= 20 and all(
        abs(e.lat - big.lat) < 0.25 and abs(e.lon - big.lon) < 0.3 for e in es)


# particles after the head noun of a name in French, Spanish, Italian ("the Palais des Nations", "Plaza del Sol")
_OF_THE = frozenset({"des", "du", "del", "della", "degli", "dei"})


def _heads_of_name(doc: Any, k: int) -> bool:
    """The tokens from ``k`` continue a name as its "of the" complement: "Summit| of the Americas", "Palais| des
    Nations", "Puerta| de la Mar". A town's name is not followed so (the whole, if it is a place, is found first);
    the word before is the head noun of an event's, an institution's or a building's name."""
    n = len(doc)
    if k + 1 < n and doc[k].lower_ in _OF_THE and _is_cap(doc[k + 1]):
        return True
    return k + 2 < n and (doc[k].lower_, doc[k + 1].lower_) in (("of", "the"), ("de", "la")) and _is_cap(doc[k + 2])


_SPEECH_LEMMAS = frozenset({"say", "tell", "add", "write", "ask", "explain", "insist"})


def _city_not_person(doc: Any, c: Candidate, full_names: frozenset[str]) -> bool:
    """A lone word the parser took for a person that is a big city dwarfing its namesakes ("Abuja", "Douma"; under its
    own name or that name written closed up, "Naypyitaw" of "Nay Pyi Taw"), which
    no person in the text bears ("Austin" after "Lloyd Austin"), which does not speak ("Austin said") and which no
    lower-case adjective or article qualifies ("a male Chihuahua")."""
    if " " in c.text or c.text.lower() in full_names or c.text.isupper() or c.match != "exact":
        return False
    closed = _strict(c.text).replace(" ", "")
    pops = sorted((e.population for e in c.entries if e.fclass == "P" and (
        e.primary or _strict(e.name).replace(" ", "") == closed)), reverse=True)  # "Naypyitaw" of "Nay Pyi Taw"
    if not pops or pops[0] < INSIDE_BIG_TOWN or pops[0] < 20 * max(pops[1] if len(pops) > 1 else 0, 1):
        return False
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.start > 0 and doc[span.start - 1].pos_ in ("DET", "ADJ", "NOUN", "NUM") \
            and doc[span.start - 1].is_lower:
        return False  # "a white male Chihuahua": a common noun's word
    k = span.end
    while k < len(doc) and doc[k].pos_ in ("AUX", "ADV", "PART"):
        k += 1
    return not (k < len(doc) and doc[k].lemma_ in _SPEECH_LEMMAS)


def _counts_a_noun(doc: Any, k: int, acronym: bool = False) -> bool:
    """The number before a name counts a plural common noun after it ("12 Elbonian envoys", "400 Carrow County
    voters", "the 2019 Elbonian naval drills"): the name qualifies the noun; it is no house number. A country's
    acronym is never one ("the 2019 UK drill"). Not a currency ("25 US dollars": an amount; data/figure_lexicon.tsv
    money units)."""
    nxt = doc[k] if k < len(doc) else None
    if nxt is not None and (nxt.lower_ in _money_units() or nxt.lemma_.lower() in _money_units()):
        return False
    if acronym:
        return True
    for t in doc[k:k + 3]:
        if not t.is_lower or t.pos_ not in ("ADJ", "NOUN"):
            return False
        if t.tag_ == "NNS":
            return True
    return False


@functools.lru_cache(maxsize=1)
def _money_units() -> frozenset[str]:
    """Currency words ("dollars", "euros", "cents"): the money units of data/figure_lexicon.tsv."""
    return frozenset(c[1] for c in data_rows("figure_lexicon.tsv") if len(c) > 2 and c[0] == "unit"
                     and c[2].startswith("money"))


INSIDE_BIG_TOWN = 100_000  # inhabitants: a town this big (and dwarfing its namesakes) needs no help from the article


def _named_inside(c: Candidate, head: bool, focus: tuple[str, ...]) -> list[Entry]:
    """The entries of a place named inside a longer name (an organisation's, a team's, a paper's: "the Dayton
    Public Schools", "XYZ-Karachi", "the Investment Fund for Europe") that it refers to; none when it is no such
    reference. The name alone must say which place it is, under the place's own name (not an alternate spelling a
    common word shares: "Casa", "St"), and be no common, street, facility or title word ("Street", "Centre").
    A country, first-level unit, continent or region qualifies unless a town of the name lies in the article's
    countries and the region does not (then no reading is sure); a town only
    at the head of the name ("Dayton Public Schools", not "the Electric Owl Surprise" or a person "Ali Kano"), if it
    is a city of ``INSIDE_BIG_TOWN`` or a town of ``FACILITY_TOWN_MIN`` in one of the article's countries."""
    if not _known_unambiguous(c) or c.text.isupper() or any(c.text.lower() in ws for ws in not_towns().values()):
        return []
    low = fold_name(c.text)
    own = [e for e in c.entries if e.primary and fold_name(e.name) == low]
    coarse = [e for e in own if precision_of(e) in COARSE + ("country",)]
    towns = sorted((e for e in own if e.fclass == "P"), key=lambda e: -e.population)
    local = [e for e in towns if e.population >= FACILITY_TOWN_MIN and e.country in focus]
    if coarse:
        # a town of the name in the article's countries, the state or region elsewhere ("the Suffolk Times" of a
        # report from New York): which one is meant is unclear, and blank beats wrong
        return coarse if not local or any(e.country in focus for e in coarse) else []
    if not head:
        return []
    if towns and towns[0].population >= INSIDE_BIG_TOWN:
        return towns[:1]
    return local


def _unknown_whole(i: int, j: int, texts: list[str], lowers: list[str], caps: list[bool],
                   lookup: Callable[[str], tuple[list[Entry], str]]) -> bool:
    """Tokens ``i:j`` (a place entity the gazetteer lacks whole) are two or three capitalised words that name one
    place ("Orange Mound", "Tivoli Gardens"), so no piece of them is read as a town: no compass word first, no suffix,
    admin or feature word or upper-case word after it ("Madison Township", "West Yorkshire", "Waluj MIDC"), and no word
    a country's or first-level unit's own name ("Greece Italy", an unpunctuated list; "Local Ireland", an organisation
    named after the country)."""
    return 2 <= j - i <= 3 and all(caps[k] for k in range(i, j)) and lowers[i] not in REGION_WORDS \
        and not any(lowers[k] in SUFFIXES or lowers[k] in ADMIN_PLURAL or lowers[k] in _CUT_KEEPS or texts[k].isupper()
                    or lowers[k] in not_towns().get("feature", ()) for k in range(i + 1, j)) \
        and not any(x.primary and precision_of(x) in COARSE for k in range(i, j) for x in lookup(texts[k])[0])


def _disease_names(doc: Any, ill: frozenset[str]) -> frozenset[str]:
    """The capitalised names right before a disease word in the text ("marburg" of "the Marburg virus", "west nile"
    of "West Nile virus"), lower case, once per Doc."""
    cache = doc.user_data.setdefault("sitrep_attrs", {})
    got = cache.get("sitrep_disease_names")
    if got is None:
        caps, lowers = _caps(doc), doc_attr(doc, "lower_")
        names = set()
        for k, low in enumerate(lowers):
            if low in ill and k > 0 and caps[k - 1]:
                i = k - 1
                while i > 0 and caps[i - 1] and k - i < 4:
                    i -= 1
                names.add(doc[i:k].text.lower())
        got = cache["sitrep_disease_names"] = frozenset(names)
    return got


def _head_word(name: str) -> bool:
    """A word that, after another name, ends a longer name as its head: a natural feature's noun ("Delta", "Basin",
    data/geo_not_towns.tsv kind feature) or a compass word ("Northwest", data/geo_blank_words.tsv)."""
    low = name.lower()
    return low in not_towns().get("feature", ()) or low in blank_words().get("compass", ())


def _name_before(tok: Any) -> bool:
    """``tok`` (the token before a mention, or None) is a capitalised word that is no function word, written apart:
    the mention is the last part of a longer name ("Ijebu" of "Ijebu East")."""
    return tok is not None and tok.is_alpha and tok.text[:1].isupper() and not tok.is_stop and bool(tok.whitespace_)


def _revive_repeated(kept: list[Candidate], rejected: list[Candidate], full_names: frozenset[str],
                     reject: Any) -> list[Candidate]:
    """One name, one sense per article: a bare name turned down only for want of evidence (the model's organisation
    label or none on this mention, its word tagged a person's elsewhere) is taken where the article gives the same
    name as a place elsewhere with both a place label and a locative cue ("the airport in Carrow" before "flights
    to Hollin and Carrow"). The hard rejections still hold (``reject`` with the repetition as the evidence); a
    mention the model labels a person's, a word of a person's full name in the text ("Lena Carrow") and a name of
    two countries ("Congo") are never revived. ``reject`` is called with ``repeated``: the tags of a sentence's
    first word ("Sagaing, west of Mandalay, ..." read as a verb) are then no evidence against a name the article
    has placed (:func:`_common_word`)."""
    strong = {c.text for c in kept if c.match == "exact" and not c.weak and not c.scores.get("embedded")
              and c.label in PLACE_LABELS and c.cue in ("admin", "city", "context")
              and sum(precision_of(e) == "country" for e in c.entries) < 2}
    if not strong:
        return kept
    added = []
    for c in rejected:
        if c.text not in strong or c.match != "exact" or c.label == "PERSON" or c.text.lower() in full_names \
                or any(c.start < k.end and k.start < c.end for k in kept + added):
            continue
        saved = (c.entries, c.cue, c.weak, dict(c.scores))
        if reject(c, True) or c.scores.get("embedded"):
            c.entries, c.cue, c.weak, c.scores = saved
            continue
        c.cue = c.cue or "context"
        added.append(c)
    return sorted(kept + added, key=lambda x: x.start) if added else kept


VARIANT_MIN_RATIO = 85  # rapidfuzz ratio of folded names for a transliteration variant to count
VARIANT_TOWN_MAX = 100_000  # a town this big keeps its alternate spellings anywhere (Danang, Peking)


def _strict(name: str) -> str:
    """Lower case without accents, apostrophes and hyphens: "Mureș" -> "mures" (no transliteration folding)."""
    return strict_name(name)


def _close(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= VARIANT_MIN_RATIO


def variants(gaz: Gazetteer, text: str, region: tuple[str, ...], search: bool = True) -> list[Entry]:
    """Entries whose name is a transliteration variant of ``text`` (Sarqeb ~ Saraqib): a vowel-less key
    match or a close fuzzy match, kept only when one of the entry's names is a close spelling of the text
    (:func:`variant_spelling.close_spelling`: vowels, diacritics, doubled letters) AND the entry lies in one of the
    ``region`` countries (those the article is about). No region, no variants: a surname or a common word must
    not become a foreign town by sound alone; nor a plural or a directional compound of a known name ("the
    Americas", "North Dallas") another town: the name it is built on is found on its own."""
    key = fold_name(text)
    if not region or len(key) < 5:
        return []
    base = compound_base(text)
    if base and gaz.lookup(base):
        return []
    out = [e for e in gaz.lookup_skeleton(text) if e.country in region and _close_to(gaz, text, e)]
    if not out and search:
        out = [e for e, _s in gaz.fuzzy(text, region, cutoff=max(88, VARIANT_MIN_RATIO)) if _close_to(gaz, text, e)]
    return out


def _close_to(gaz: Gazetteer, text: str, e: Entry) -> bool:
    """One of the entry's names (its own first, then its alternates' keys) is a close spelling of ``text``."""
    return close_spelling(text, e.name) or any(close_spelling(text, k) for k in gaz.keys_of(e.id))


def spelling_only(e: Entry, key: str) -> bool:
    """``e`` matched the folded ``key`` only by an alternate spelling of a small town's own name ("Kalam" for
    Kallam: both fold the same): a transliteration variant like any other, not the town's other name (``e`` as
    :meth:`Recognizer.lookup` marks it: ``primary`` only when the text spells the entry's own name)."""
    return not e.primary and precision_of(e) == "town" and e.population < VARIANT_TOWN_MAX and fold_name(e.name) == key


def _spelling_only(e: Entry, key: str, region: tuple[str, ...]) -> bool:
    """:func:`spelling_only` outside the article's countries (which a variant must lie in)."""
    return bool(region) and e.country not in region and spelling_only(e, key)


def _upper_case_no_place(doc: Any, c: Candidate) -> bool:
    """An upper-case name that is no place: an acronym of up to five letters other than the well-known place ones
    ("SANA" is an agency, not Sanaa) outside a dateline; a longer one that is no entry's own name, unless a dateline
    names a town of some size by it (a dateline names its town by a usual short name as often as by the gazetteer's
    own: "ACAPULCO, Mexico —" is Acapulco de Juarez, "LEGAZPI CITY" Legaspi)."""
    if not c.text.isupper():
        return False
    compact = c.text.replace(".", "")
    text = doc_text(doc)
    after = text[c.end:c.end + 4].lstrip(" /,")
    dateline = (c.start == 0 or text[c.start - 1] == "\n") and after[:1] in ("—", "–", "-", "(", "") \
        or is_dateline(text, c.start, c.end, _town_sized(c))
    if len(compact) <= 5 and not dateline:
        return compact not in ACRONYMS and not any(e.fclass == "R" for e in c.entries)
    return not any(e.primary for e in c.entries) and not (
        dateline and any(e.fclass == "P" and e.population >= FACILITY_TOWN_MIN for e in c.entries))


def _unit_of_the_country_before(text: str, country: Optional[Candidate], c: Candidate) -> bool:
    """A first- or second-level unit right after its own country's possessive ("Myanmar's Rakhine State",
    "Myanmar's Kayin State"): the candidate, by its own name or by that name and its kind word, is a unit of the
    country the candidate before it names, whatever label the statistical model gave it (a person's, an
    organisation's)."""
    if country is None or text[country.end:c.start] not in ("'s ", "’s "):
        return False
    codes = {e.country for e in country.entries if e.primary and precision_of(e) == "country"}
    words = c.text.split()
    own = {strict_name(c.text)}
    if len(words) > 1 and words[-1].lower() in ADMIN_SUFFIX and words[-1][:1].isupper():
        own.add(strict_name(" ".join(words[:-1])))
    return bool(codes) and any(e.fcode in ("ADM1", "ADM2") and e.country in codes and strict_name(e.name) in own
                               for e in c.entries)


SHORT_NAME_MIN_POP = 100_000  # inhabitants: a name of three letters after a locative word is this big a town's


def _short_but_known(c: Candidate, first: Any) -> bool:
    """A short name whose own spelling, accents aside, is a first-level unit's or a town's of ``SHORT_NAME_MIN_POP``
    people or more ("sent from Gao", "In Osh,", "the capital of Bié"): after a locative word it is that place,
    whatever label the statistical model gave it. Not another spelling of a longer name ("Bab" of "in Bab el-Oued"
    is no Al Bab), nor a source after "according to" (a person: "According to Yap, ...")."""
    doc, i = first.doc, first.i
    if i >= 2 and doc[i - 1].lower_ == "to" and doc[i - 2].lower_ == "according":
        return False
    own = strip_accents(c.text).lower()
    return c.match == "exact" and any(
        e.primary and strip_accents(e.name).lower() == own
        and (e.fcode == "ADM1" or e.fclass == "P" and e.population >= SHORT_NAME_MIN_POP) for e in c.entries)


def _common_word(c: Candidate, first: Any, lower_words: frozenset[str], focus: tuple[str, ...],
                 repeated: bool = False) -> bool:
    """A one-word name (``first``, not upper case) that the text uses as a common word, not a place's name: a
    capitalised common noun ("Areas"); a name of three letters or fewer without a place label (unless a unit's kind
    word after it says it: "Tak province"); an English word only small towns' or units' alternate names spell
    ("Newcomers", "Human"; "Public" of "the Director of Public Prosecutions"); a people's name ("Mexicans", not a
    town spelled nearly so); an adjective, verb or function word by its tag (but a country's own name qualifying a
    noun is the country: "a Zimbabwe conference"); a plural proper noun (unless a country's or a first-level unit's
    own name in the article's countries: "Catanduanes"); a stop word or a sentence's first word that is no name
    (a kind word or a noun of people after it says a non-English one is: "Heze city", "Esperance residents"); a
    word the same text writes in lower case ("State", "Centre"), or whose plural it does ("Officer" beside
    "officers"). ``repeated``: the article places the name elsewhere (``_revive_repeated``), which stands as its
    cue where it opens a sentence, the place where the tagger reads a name by its position, not its capital."""
    cue = c.cue or ("context" if repeated and first.is_sent_start else "")
    if first.lemma_.lower() != first.lower_ and first.pos_ != "PROPN" and not cue:
        return True
    if len(c.text) <= 3 and c.label not in PLACE_LABELS and not (
            cue == "admin" and any(e.fclass == "A" and e.primary for e in c.entries)) and not (
            cue in ("context", "city") and _short_but_known(c, first)):
        return True
    if c.match == "exact" and cue not in ("admin", "city") and all(
            not e.primary and (e.fclass == "P" and e.population < VARIANT_TOWN_MAX
                               or e.fclass == "A" and precision_of(e) != "country") for e in c.entries) \
            and english_word(first.lower_):
        return True
    if first.lower_.endswith("s") and first.lower_[:-1] in demonyms() \
            and (c.match != "exact" or not any(e.primary for e in c.entries)):
        return True
    if first.pos_ in ("ADJ", "VERB", "ADV", "PRON", "DET", "ADP", "AUX") and not cue and not (
            first.pos_ == "ADJ" and c.match == "exact" and first.lower_ not in first_names()
            and any(e.primary and e.fcode == "PCLI" for e in c.entries)):
        return True
    if first.tag_ == "NNPS" and c.label != "GPE" and not cue and not (
            c.match == "exact" and any(e.primary and (e.fcode == "PCLI" or e.fcode == "ADM1" and e.country in focus)
                                       for e in c.entries)):
        return True
    if first.is_stop or (first.is_sent_start and first.pos_ != "PROPN" and not c.label
                         and not (cue and not english_word(first.lower_))):
        return True
    if first.lower_ in lower_words and cue != "admin":
        return True
    # its plural does: a common noun of a title-cased heading ("Officer-Involved Shooting" over a text of "officers"
    # is no town named Officer)
    return _plural_in(first.lower_, lower_words) and not cue and english_word(first.lower_)


def _plural_in(low: str, lower_words: frozenset[str]) -> bool:
    """The plural of the lower-case word ``low`` ("officers" of "officer") is among ``lower_words``."""
    return len(low) > 3 and (low + "s" in lower_words or low + "es" in lower_words)


def _persons_name(c: Candidate, span: Any, first: Any, person_names: frozenset[str], full_names: frozenset[str],
                  focus: tuple[str, ...], listed: bool) -> bool:
    """A one-word name that is a person's in this text ("Trump" after "Donald Trump", or tagged a person elsewhere),
    with no place label, cue or list to say otherwise, and no big or own place to outweigh it: a country's own name
    is no person's unless it is a given name too ("Jordan", "Chad"; the model's person label on "Niger" in "aid
    reached Mali and Niger" does not make it one), nor is the own name of a first-level unit, island or region of
    the article's countries ("Rogaland" in a Norwegian story) unless it is a given name or a word of a person's full
    name in the text ("Juan Guerrero"); a name qualifying a building's noun is the building's place ("a Hamilton
    shopping centre")."""
    small = c.label != "GPE" or not any(e.fcode in ("PCLI", "ADM1") or e.fclass in ("L", "H") or e.population >= 100_000
                                        for e in c.entries)
    small = small and not (any(e.primary and e.fcode == "PCLI" for e in c.entries)
                           and first.lower_ not in first_names())
    small = small and not (any(e.primary and precision_of(e) in ("province", "region") and e.country in focus
                               for e in c.entries)
                           and first.lower_ not in first_names() and first.lower_ not in full_names)
    return first.lower_ in person_names and c.label not in PLACE_LABELS and not (c.cue or listed) and small \
        and not _names_a_local_building(span, c, focus)


def _institution_after_the(doc: Any, c: Candidate, first: Any, listed: bool) -> bool:
    """"the Centre had failed": a one-word name after "the", with no cue or list, that is no country, continent,
    region or water and heads no noun phrase, is an institution, not a place."""
    nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
    return (first.i > 0 and doc[first.i - 1].lower_ == "the" and not (c.cue or listed)
            and not any(e.fcode in ("PCLI", "CONT") or e.fclass in ("L", "H") for e in c.entries)
            and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ")))


def _lacks_evidence(c: Candidate, listed: bool, best_pop: int) -> bool:
    """The last test of a candidate: a variant spelling needs the text to say it is a place (a cue or a place
    label); any other needs positive evidence: a place label, a locative context, a list, or a name that is known and
    unambiguous (:func:`_known_unambiguous`). One kept without a cue or place label whose biggest entry has fewer
    than 5,000 inhabitants (``best_pop``, before any narrowing) is marked weak."""
    if c.match != "exact" and not (c.cue or c.label in PLACE_LABELS):
        return True
    if not (c.cue or listed or c.label in PLACE_LABELS or _known_unambiguous(c)):
        return True
    if not (c.cue or c.label in PLACE_LABELS) and best_pop < 5000:
        c.weak = True
    return False


def _an_address(doc: Any, c: Candidate, span: Any, nxt: Any, coarse: bool, words: Any) -> bool:
    """A street's or an address's name (see :meth:`Recognizer._not_a_town`)."""
    # "Madrid Street", "the Dan Ryan Expressway", "the 300 block of Elm": an address, not a town
    if nxt is not None and nxt.text.lower().rstrip(".") in words.get("street", ()) and nxt.text[:1].isupper() \
            and c.cue not in ("admin", "city"):
        return True
    # "at Palmetto and Irby streets", "Main and 5th avenues": two streets' names before one plural street word
    if len(span) == 1 and c.cue not in ("admin", "city") and not coarse \
            and _street_pair(doc, span.start, words.get("street", ())):
        return True
    # "West Center Street", "North 35th Street": the street word itself, after the street's own name
    if len(span) == 1 and span[0].lower_.rstrip(".") in words.get("street", ()) and span.start > 0 \
            and (_is_cap(doc[span.start - 1]) or doc[span.start - 1].like_num
                 or doc[span.start - 1].text[:1].isdigit()) and not coarse:
        return True
    return False


def _a_persons_name(doc: Any, c: Candidate, span: Any, coarse: bool, focus: tuple[str, ...]) -> bool:
    """A person's surname or name told with a given name or a verb of saying (see :meth:`Recognizer._not_a_town`)."""
    # "Christopher Duran, 39, ..." then "Duran attacked": a lone surname of a person the article names in full
    if len(span) == 1 and c.cue not in ("admin", "city") and not coarse \
            and span[0].text in _person_surnames(doc) and not c.scores.get("placed"):
        return True
    # "Lt. Marcus Florence" then "Florence said": the surname of a titled person the model did not tag one, where
    # no word before the mention makes it a place ("officers from Florence" stays the town) and it is no country
    # nor unit of the article's countries (an Italian province stands not against it in an Alabama report)
    if len(span) == 1 and not c.cue and not _coarse_here(c, focus) and not c.scores.get("placed") \
            and span[0].text in _titled_surnames(doc):
        return True
    # "Yacouba Séguéla, a health officer", "Séguéla said": a town's name after a given name, or as the subject of
    # a verb of saying, is a person's (geo/person_towns.py)
    if len(span) == 1 and c.cue not in ("admin", "city") and not c.scores.get("placed") and (
            after_a_given_name(doc, span.start) and not any(precision_of(e) == "country" for e in c.entries)
            or not coarse and says_after(doc, span.end, c.entries)):
        return True
    return False


def _heads_a_facility_or_count(doc: Any, c: Candidate, span: Any, nxt: Any, coarse: bool, words: Any,
                               text: str) -> bool:
    """A small town's name heading a facility's or another name, or a counted noun (see
    :meth:`Recognizer._not_a_town`)."""
    # "Cornell University", "Kinsley Family Farms", "the Wadena Inn": a small town's name heading a
    # facility's name is mostly a person's name; a bigger town keeps it ("Clemson University")
    if nxt is not None and nxt.text[:1].isupper() and c.cue not in ("admin", "city") and not coarse:
        k2 = span.end
        while k2 < len(doc) and k2 < span.end + 3 and doc[k2].text[:1].isupper() \
                and doc[k2].lower_ not in words.get("facility", ()):
            k2 += 1
        if k2 < len(doc) and k2 < span.end + 3 and doc[k2].lower_ in words.get("facility", ()) \
                and max((e.population for e in c.entries), default=0) < FACILITY_TOWN_MIN:
            return True
    if _NUMBER_BEFORE.search(text[max(0, c.start - 24):c.start]) and not coarse \
            and not _counts_a_noun(doc, span.end, c.text.replace(".", "") in ACRONYMS):
        return True
    if not coarse and c.cue not in ("admin", "city") and _heads_of_name(doc, span.end) \
            and max((e.population for e in c.entries), default=0) < INSIDE_BIG_TOWN:
        return True
    return False


def _after_a_title_or_prefix(doc: Any, c: Candidate, span: Any, coarse: bool, words: Any) -> bool:
    """A name after a person's title ("Mr. Jackson") or a place-name prefix ("Cape Elizabeth") (see
    :meth:`Recognizer._not_a_town`)."""
    # "Mr. Jackson", "Sen. Warren", "Officer Lincoln": a person
    k = span.start - 1
    if k >= 0 and doc[k].text == "." and k > 0:
        k -= 1
    if k >= 0 and doc[k].text.lower().rstrip(".") in words.get("title", ()) and doc[k].text[:1].isupper() \
            and not coarse:
        return True
    # "Cape Elizabeth", "Port Stephens", "Mount Vernon": a capitalised word before the name that makes the two
    # another place's name, which the gazetteer lacks (had it the whole name, the longest match would have it)
    if k >= 0 and doc[k].text.lower().rstrip(".") in words.get("prefix", ()) and doc[k].text[:1].isupper() \
            and not coarse and c.cue not in ("admin", "city"):
        return True
    return False


def _a_given_name_or_age(doc: Any, c: Candidate, span: Any, coarse: bool, words: Any, text: str) -> bool:
    """A given name read as a person's, or a name followed by an age (see :meth:`Recognizer._not_a_town`)."""
    # "the house of Jose Arrieta", "ambassador Santiago Velarde": a given name read as a person's
    if not coarse and reads_as_person(span, words, c.cue):
        return True
    # "Yulia said", "his wife Julia": a given name that no place bears as its own name, only as an alternate one
    # (a village's old or foreign spelling, a city's Latin name) or as a close spelling, is the person's
    if len(span) == 1 and span[0].lower_ in first_names() and c.cue not in ("admin", "city") \
            and (c.match != "exact" or not any(e.primary for e in c.entries)):
        return True
    # "Jackson, 37, of ...": a name followed by an age
    if _AGE_AFTER.match(text[c.end:c.end + 14]) and not coarse:
        return True
    return False


def _a_disease_or_word(doc: Any, c: Candidate, span: Any, nxt: Any, coarse: bool, words: Any, listed: bool,
                       focus: tuple[str, ...]) -> bool:
    """A disease's name, page clutter, a common word, or a span the model calls a person with nothing saying it is a
    place (see :meth:`Recognizer._not_a_town`)."""
    # "Marburg virus", "Lyme disease": a disease named after a place, and so are the name's bare mentions in the
    # same article ("Marburg has spread") unless the text puts one in its state or country; a country or region
    # keeps its place before one such word ("the US flu season"), not before two ("Middle East respiratory
    # syndrome")
    ill = words.get("disease", frozenset())
    if nxt is not None and nxt.lower_ in ill:
        if not coarse or span.end + 1 < len(doc) and doc[span.end + 1].lower_ in ill:
            return True
    elif not coarse and c.cue not in ("admin", "city") and not c.scores.get("contained") \
            and c.text.lower() in _disease_names(doc, ill):
        return True
    low = c.text.lower()
    if low in words.get("clutter", ()):
        return True
    if low in words.get("common", ()) and c.cue not in ("admin", "city") and not c.scores.get("called"):
        return True  # "South", "Valley", "University": a word, whatever region of some country shares it
    # a span the model calls a person, with nothing saying it is a place
    if c.label == "PERSON" and not (c.cue or listed) and not coarse \
            and not any(e.gid.startswith("sup:") for e in c.entries) and not _names_a_local_building(span, c, focus):
        return True
    return False


def _unit_missing(c: Candidate, focus: tuple[str, ...]) -> bool:
    """"X LGA", "X district": the text says an administrative unit, the gazetteer has only towns of the name, all
    outside the article's countries (the unit is missing, not one of those towns)."""
    return c.cue == "admin" and c.suffix_end is not None and bool(focus) and all(
        e.fclass == "P" and e.country not in focus for e in c.entries)


def _vague_compass_region(c: Candidate, prev: Any, focus: tuple[str, ...]) -> bool:
    """A name of compass and area words only ("the West Coast", "the South Side", "NorthWest"): a vague region,
    unless it is the own name of a unit in the article's first country (the name itself counts towards the
    article's countries) or the text calls it one ("North West province"); a unit's word after another capitalised
    name ("Ijebu East Local Government Area") is the tail of a unit's name the gazetteer lacks."""
    if c.cue != "admin" and not any(e.primary and e.country in focus[:1] for e in c.entries):
        return True
    return c.cue == "admin" and _name_before(prev)


def _continent_part(c: Candidate, prev: Any, compass: frozenset[str]) -> bool:
    """A continent after a capitalised compass word ("Central Africa", "South Asia"): a part of it, with no point."""
    return prev is not None and prev.lower_ in compass and prev.text[:1].isupper() and bool(prev.whitespace_) \
        and any(e.fcode == "CONT" and e.primary for e in c.entries)


def _region_gazetteer_lacks(c: Candidate, prev: Any, compass: frozenset[str], focus: tuple[str, ...]) -> bool:
    """"the Northern Rivers" of an Australian story: a capitalised compass word makes one name with the next, a
    region the gazetteer lacks; the bare rest ("Rivers", a Nigerian state) lies outside the story's first country
    and is no country ("Northern Syria" keeps its country)."""
    return prev is not None and prev.lower_ in compass and prev.text[:1].isupper() and not prev.is_sent_start \
        and bool(prev.whitespace_) and bool(focus) and not any(e.country in focus[:1] or precision_of(e) == "country"
                                                               for e in c.entries)


def _town_heads_a_name(doc: Any, end: int, c: Candidate, company: frozenset[str], focus: tuple[str, ...]) -> bool:
    """A town's name heading a company's ("Dunmore Analytics", "Carrow Holdings plc"), or a doubtful town heading
    a facility's ("Dunmore Hospital" where every town of the name is small and none lies in the article's
    countries, when the article has some): the company or facility is named, not the town. Reads up to four
    capitalised words (or company words, or "'s") after the name, from token ``end``."""
    n = len(doc)
    k = end
    while k < n and k < end + 4 and (doc[k].text[:1].isupper() or doc[k].lower_.rstrip(".") in company
                                     or doc[k].lower_ in ("'s", "’s")):
        low = doc[k].lower_.rstrip(".")
        if low in company:
            return True
        if low in facility_building_words() and c.cue not in ("admin", "city") and focus \
                and all(e.fclass == "P" and e.population < FACILITY_TOWN_MIN and e.country not in focus
                        for e in c.entries):
            return True
        k += 1
    return False


def _dictionary_org(c: Candidate, known_orgs: set[tuple[int, int]]) -> bool:
    """"a Taliban district official": a name with no cue (or only a unit's word) the actor dictionary knows as an
    organisation that is also some hamlet's is the organisation's, also before "district" (whose official it
    names); so is one that is only another language's name of a city ("a Hamas gunman": "Hamas" is Hamm, Germany,
    only as an alternate name); a hamlet's name inside a longer one the dictionary knows is the organisation's too,
    whatever its cue ("jihadists of Boko Haram": the cue is the whole name's; :func:`_inside_org`)."""
    if not _town_sized(c) and _inside_org(c, known_orgs):
        return True
    return c.cue in ("", "admin") and (c.start, c.end) in known_orgs and (
        not _town_sized(c) or all(e.fclass == "P" and not e.primary for e in c.entries))


def _inside_org(c: Candidate, known_orgs: set[tuple[int, int]]) -> bool:
    """The candidate is a part of a longer organisation's name the actor dictionary knows ("Boko" of "Boko Haram":
    a hamlet's name in Congo, and no place in the group's name)."""
    return any(s <= c.start and c.end <= e and e - s > c.end - c.start for s, e in known_orgs)


def _revive_rejected(text: str, ents: Any, kept: list[Candidate], rejected: list[Candidate],
                     full_names: frozenset[str], reject: Callable[..., bool]) -> list[Candidate]:
    """The kept candidates with the rejected ones a list (geo/listed.py) or a repetition revives; ``reject`` is
    the rejection test as it reads a listed name. A list stands against a word of a person's full name only where
    that name opens on a given name ("SOS Children's Village Malakal", tagged a person, names no one called
    Malakal)."""
    given = first_names()
    named = frozenset(t.lower_ for ent in ents if ent.label_ == "PERSON" and len(ent) >= 2
                      and ent[0].lower_ in given for t in ent)
    kept = revive_listed(text, kept, rejected, named, reject)
    return _revive_repeated(kept, rejected, full_names, reject)


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
            strict, sp = _strict(text), spelling(text)
            same = [replace(e, primary=True) if not e.primary and _usual_name_of_unit(e, sp) else
                    e if not e.primary or sp == spelling(e.name) else
                    replace(e, primary=False) for e in es if e.has_spelling(sp)]
            same = units_over_their_aliases([e for e in same if not _spelling_only(e, key, region)], text)
            far = [e for e in same if far_alias(self.gaz, e, region, text)]
            if any(alias_town(e) and e not in far for e in same):
                far = []  # a nearer town has the name as an alternate name too: the ranking weighs them all as before
            same = [e for e in same if e not in far]
            if far and not same:  # the name as written is a far town's other name: no place here, nor a variant
                return [], ""
            ids = {e.id for e in same}
            close = [e for e in es if e.id not in ids and e.country in region and _close(strict, _strict(e.name))]
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
        for m in _DATELINE_HEAD.finditer(text[:2000]):
            s, e = m.start(1), m.end(1)
            span = doc.char_span(s, e)
            if span is None or not is_dateline(text, s, e) or any(covered[k] for k in range(span.start, span.end)):
                continue
            c = read(span.start, span.end)
            if c is None or c.match != "exact" or (c.start, c.end) != (s, e) or not _town_sized(c) \
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
                if c is None and ent.label_ in ("GPE", "LOC") and _unknown_whole(i, j, texts, lowers, caps,
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
            if c.label == "PERSON" and _city_not_person(doc, c, full_names):
                c.label = "GPE"
        # where multi-word organisation names begin (after "the"), and the person names a place may not be in
        org_starts = frozenset((e[1] if e[0].lower_ == "the" and len(e) > 2 else e[0]).idx
                               for e in ents if e.label_ == "ORG" and len(e) >= 2)
        names_ix = SpanIndex([(e.start_char, e.end_char) for e in ents if e.label_ == "PERSON"])
        kept, rejected = [], []
        for c in sorted(out, key=lambda c: (c.start, -(c.end - c.start))):
            if kept and c.start < kept[-1].end:
                continue
            if _COMMON_PHRASE.fullmatch(c.text):
                continue  # "The city", "The village", "The river" opening a sentence: a noun phrase, no name
            if c.label in ("", "PERSON") and names_a_force_at(doc, c.start, c.end):
                c.label = "GPE"  # "Prince George RCMP", "Gauteng police": the force's town (geo/force_names.py)
            c.cue = c.cue or context_cue(doc, c) or (
                "context" if is_dateline(text, c.start, c.end, _town_sized(c)) or heading_name(text, c.start, c.end)
                or _unit_of_the_country_before(text, kept[-1] if kept else None, c) else "")
            if _dictionary_org(c, known_orgs):
                continue
            if not c.cue and focus:
                self._people_cue(doc, c, focus)
            if c.cue and c.text in _person_surnames(doc):
                span = doc.char_span(c.start, c.end, alignment_mode="expand")
                if span is not None and placed_by_text(doc, span, c.entries, text, c.end, self.gaz, TYPE_BEFORE):
                    c.scores["placed"] = 1.0  # "the town of Gonzaga" after "Gov. Rafael Gonzaga" (geo/surname_towns.py)
            if self._reject(doc, c, person_ix, stop, lower_words, person_names, org_starts, names_ix, focus,
                            full_names=full_names):
                rejected.append(c)
                continue
            kept.append(c)
        if rejected:
            kept = _revive_rejected(text, ents, kept, rejected, full_names, lambda c, repeated=False: self._reject(
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
        if caps and any(e.primary for e in c.entries) and is_dateline(text, c.start, c.end, _town_sized(c)):
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
        lasts = _demonym_last_words()
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
            if not _qualifies(doc, t):
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
        if _head_word(doc[k].text if k < len(doc) else ""):
            # the name's last word: "the American South", not "the European Central Bank"
            return not (k + 1 < len(doc) and _is_cap(doc[k + 1]))
        return bool(self.gaz.lookup(f"{t.text} {nxt.text}"))

    def _people_unit(self, doc: Any, first: Any, t: Any) -> Optional[Candidate]:
        """"the Somali region", "the Afar region" of an Ethiopian report: a people's adjective that the next word
        calls a unit, with no "of" after it ("the Russian region of Kursk" is Russia's), names a first-level unit
        the gazetteer has by that very spelling (in another country than the adjective's): that unit, not the
        country; else None."""
        k = t.i + 1
        if k >= len(doc) or doc[k].lower_ not in _PEOPLE_UNIT_WORDS or (k + 1 < len(doc) and doc[k + 1].lower_ == "of"):
            return None
        name = doc_text(doc)[first.idx:t.idx + len(t.text)]
        es = [x for x in self.gaz.lookup(name) if x.fcode == "ADM1" and fold_name(x.name) == fold_name(name)]
        if not es:
            return None
        return Candidate(first.idx, t.idx + len(t.text), name, es, "exact", "admin")

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
        for m in _abbrev_re().finditer(text):
            town = by_end.get(m.start())
            head = _upper_dateline_head(text, m.start())
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
        if _unit_missing(c, focus):
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
            if _vague_compass_region(c, prev, focus):
                c.blank = True
            return
        if _continent_part(c, prev, compass) or _region_gazetteer_lacks(c, prev, compass, focus):
            c.blank = True
            return
        if any(e.fclass != "P" for e in c.entries):
            return  # a country's, a state's or a region's name ("U.S. Securities", "Texas Instruments") keeps its point
        if _town_heads_a_name(doc, span.end, c, company, focus):
            c.blank = True

    @staticmethod
    def _people_cue(doc: Any, c: Candidate, focus: tuple[str, ...]) -> None:
        """A name qualifying a noun of people ("a Dunmore woman", "Carrow residents", data/geo_people_nouns.tsv)
        names where they live: the 'context' cue, with only the entries in the article's countries (the
        construction names a place of the story's own area; none there, nothing changes)."""
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or span.end >= len(doc) or not _people_of(doc, span):
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
        upper case (:func:`_upper_case_no_place`), lower case, one word that is a common word, a person's name
        or an institution (:func:`_common_word`, :func:`_persons_name`, :func:`_institution_after_the`), a piece
        of a longer name (:meth:`_piece_of_a_longer_name`), no evidence (:func:`_lacks_evidence`); a word of a
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
        if _upper_case_no_place(doc, c) or in_field_label(doc_text(doc), c.start, c.end):
            return True
        if c.text[:1].islower() and not (article_led(c.text) and not (span.start > 0 and _is_cap(doc[span.start - 1]))):
            return True  # (but "near al-Sukhnah": the Arabic article, in lower case before the name; not inside a
            # longer name: "el-Oued" of "Bab el-Oued" is no El Oued)
        if len(span) == 1 and not c.text.isupper() and (
                _common_word(c, first, lower_words, focus, repeated)
                or _persons_name(c, span, first, person_names, full_names, focus, listed)
                or _institution_after_the(doc, c, first, listed)):
            return True
        best_pop = max((e.population for e in c.entries), default=0)
        prominent = any(e.fclass in ("A", "L", "R", "S") or e.population >= 100_000 for e in c.entries)
        if c.label == "PERSON" and not c.cue and not prominent:
            c.weak = True
        if self._piece_of_a_longer_name(doc, c, span, prominent, names_ix, focus, lower_words, person_names):
            return True
        return _lacks_evidence(c, listed, best_pop)

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
            if names_ix is not None and names_ix.contains(c.start, c.end, strict=True) and _titled_surname(doc, span):
                return True
            if not (big.fclass == "A" and big.fcode == "PCLI"):
                inside = [] if c.start in org_starts else \
                    self._inside(doc, c, names_ix, focus, lower_words | person_names)
                if c.start in org_starts and not (names_ix and names_ix.contains(c.start, c.end)) \
                        and _known_unambiguous(c):
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
        if span.start > 0 and _is_cap(doc[span.start - 1]) and _head_word(c.text):
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
        """``_named_inside`` for a candidate outside any person's name, with whether it heads the longer name;
        ``words``: words of the text that say it is no such place (in lower case there, or in a person's name)."""
        if names_ix is not None and names_ix.contains(c.start, c.end) or c.text.lower() in words:
            return []
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            return []
        prev = doc[span.start - 1] if span.start > 0 else None
        head = prev is None or not _is_cap(prev) or prev.lower_ == "the" or span[0].is_sent_start
        return _named_inside(c, head, focus)

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
        return _an_address(doc, c, span, nxt, coarse, words) or _a_persons_name(doc, c, span, coarse, focus) \
            or _heads_a_facility_or_count(doc, c, span, nxt, coarse, words, text) \
            or _after_a_title_or_prefix(doc, c, span, coarse, words) \
            or _a_given_name_or_age(doc, c, span, coarse, words, text) \
            or _a_disease_or_word(doc, c, span, nxt, coarse, words, listed, focus)
