"""Toponym recognition: which stretches of a text name places in the gazetteer.

spaCy's entity labels are hints only (Aleppo comes out NORP, Saraqeb ORG): the
candidates are gazetteer matches over runs of capitalised tokens (with the
``al-``/``el-`` particles and hyphens of Arabic names), over every entity span of
any label, and over the actors annotator's GPE/LOC mentions, then filtered by
rules: not inside an organisation name or a person's name, not a demonym, not a
common word, and with some support (an entity label, a locative context such as
"the town of X" / "in X" / "X province", or a prominent gazetteer entry).
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Optional

from sitrep.geo.first_names import english_word, first_names, reads_as_person
from sitrep.geo.listed import revive_listed
from sitrep.geo.surname_towns import placed_by_text
from sitrep.geo.entity_lists import without_lists
from sitrep.geo.gazetteer import Entry, Gazetteer, precision_of, spelling, strict_name
from sitrep.geo.variant_spelling import close_spelling, compound_base
from sitrep.geo.far_aliases import alias_town, far_alias
from sitrep.resources import data_path, data_rows
from sitrep.geo.route_numbers import route_spans
from sitrep.geo.vehicles import vehicle_spans
from sitrep.textnorm import fold_name
from sitrep.nlp.doctext import doc_attr, doc_ents, doc_text

MAX_TOKENS = 6


def _plural_in(low: str, lower_words: frozenset[str]) -> bool:
    """The plural of the lower-case word ``low`` ("officers" of "officer") is among ``lower_words``."""
    return len(low) > 3 and (low + "s" in lower_words or low + "es" in lower_words)

# lower-case particles allowed inside a name ("Maarat al-Numan", "Stratford-upon-Avon", "Bab al-Hawa")
CONNECTORS = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "es", "et", "de", "du", "des", "la", "le",
              "di", "da", "do", "dos", "del", "of", "upon", "on", "-", "'", "’", "bin", "ibn", "abu", "y", "van", "von"}
_ARTICLES = {"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "es", "la", "le"}
# words after a name that say what kind of place it is; "admin" words prefer administrative units
ADMIN_SUFFIX = {"province", "governorate", "region", "oblast", "district", "county", "state", "prefecture",
                "department", "canton", "municipality", "raion", "rayon", "countryside", "lga", "shire"}
# the plural kind words after the last name of a list ("Idlib and Hama provinces"); not "states" or "regions" ("the
# Baltic states", "the Arctic regions" name no state or region by their first word)
ADMIN_PLURAL = frozenset({"provinces", "governorates", "districts", "counties", "prefectures", "oblasts",
                          "departments", "cantons"})
# the rest of a list after one of its names, up to the plural kind word that ends it (", Santa Rosa, Okaloosa and
# Walton counties"): connectors and capitalised names of up to three words only
_LIST_NAME = r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}"
_LIST_LINK = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
_LIST_BEFORE_PLURAL = re.compile(rf"{_LIST_LINK}(?:{_LIST_NAME}{_LIST_LINK}){{0,8}}{_LIST_NAME}\s+([a-z]+)\b")
# locative words before a pair of names ("near X and Y") that make the second a place as well as the first
_PAIR_LOCATIVES = frozenset({"near", "in", "at", "outside", "around"})
# a capitalised article before lower-case words only ("The city said", "The river spilled over"): a sentence's opening
# noun phrase, which some place has as an alternate name (The Village, Oklahoma), never a name in news text
_COMMON_PHRASE = re.compile(r"The(?:\s+[a-z][a-z'-]*)+")
# "X Local Government Area" (Nigeria's second-level units; "LGA" for short): an admin word of three words
_LGA_WORDS = ("local", "government", "area")
CITY_SUFFIX = {"city", "town", "village"}
FACILITY_TOWN_MIN = 10_000  # inhabitants: a town this big heading a facility's name is the facility's town
POINT_SUFFIX = {"highway", "motorway", "road", "crossing", "airbase", "airport", "camp", "camps", "base",
                "checkpoint", "border", "river", "valley", "mountains", "plain"}
TYPE_BEFORE = {"town", "village", "city", "province", "governorate", "region", "district", "capital", "suburb",
               "neighbourhood", "neighborhood", "area", "outskirts", "hamlet", "oblast", "port", "enclave"}
LOC_PREPS = {"in", "on", "near", "outside", "at", "from", "to", "into", "toward", "towards", "around", "across", "of",
             "inside", "through", "between", "within", "throughout", "via", "west", "east", "north",
             "south", "northwest", "northeast", "southwest", "southeast", "entered", "captured", "recaptured",
             "seized", "retook", "took", "shelled", "struck", "hit", "bombed", "besieged", "reached", "fled"}
_NEARBY = frozenset({"nearby", "neighbouring", "neighboring"})  # "in nearby X": the locative word two words back
# the same kinds in the plural, heading a list of names: "the villages of X, Y and Z", "provinces such as X"
TYPE_PLURAL = frozenset({"towns", "villages", "cities", "provinces", "governorates", "regions", "districts", "suburbs",
                         "neighbourhoods", "neighborhoods", "areas", "hamlets", "oblasts", "ports", "counties", "states",
                         "municipalities"})
_NAMING = frozenset({"called", "named"})  # "a town called X", "a village named X"
_LIST_OPENERS = frozenset({"of", "like", "including", "as"})  # "cities of / like / including / such as X"
PLACE_LABELS = {"GPE", "LOC", "FAC"}
ACRONYMS = {"US", "USA", "UK", "UAE", "DRC", "EU", "DC", "NSW", "DPRK"}  # upper-case abbreviations that do name places
NAME_LABELS = {"GPE", "LOC", "FAC", "NORP", "ORG", "PERSON", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
BLOCKING_LABELS = {"PERSON", "ORG", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}
_SUFFIXES = frozenset(ADMIN_SUFFIX | CITY_SUFFIX | POINT_SUFFIX)
_FEATURE_CLASSES = frozenset({"H", "T", "L"})  # GeoNames classes of waters, relief and regions


@dataclass
class Candidate:
    """A stretch of text that may name a place, with its gazetteer entries."""

    start: int  # character offsets into the text
    end: int
    text: str
    entries: list[Entry]
    match: str  # exact, skeleton, fuzzy
    cue: str = ""  # admin, city, point, context, ""
    label: str = ""  # the spaCy entity label covering exactly this span, if any
    suffix_end: Optional[int] = None  # end of "X province"-style suffix (not part of the span)
    weak: bool = False  # kept only if its entry lies in a country the article is about
    # a place named, but no point to give it (a company named after a town, a compass region, a doubtful town at the
    # head of a facility's name): the resolver leaves it without coordinates and the ranker's training skips it
    blank: bool = False
    scores: dict[int, float] = field(default_factory=dict)


class SpanIndex:
    """Static character spans answering "is (s, e) inside one of them?" in O(log n)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        self.maxend: list[int] = []
        m = -1
        for _, b in self.spans:
            m = max(m, b)
            self.maxend.append(m)
        self.by_start: dict[int, int] = {}
        for a, b in self.spans:
            self.by_start[a] = max(self.by_start.get(a, -1), b)

    def contains(self, s: int, e: int, strict: bool = False) -> bool:
        """True when some span covers [s, e) (with ``strict``, a span other than [s, e) itself)."""
        k = bisect.bisect_left(self.starts, s)  # spans starting strictly before s: [0, k)
        if k and self.maxend[k - 1] >= e:
            return True
        b = self.by_start.get(s, -1)
        return b > e if strict else b >= e


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


@functools.lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    """The lower-case organisation phrases of data/geo_not_places.tsv (kind org)."""
    return frozenset(cols[0].lower() for cols in data_rows("geo_not_places.tsv", ("phrase", "kind"), header="phrase")
                     if cols[1] == "org")


@functools.lru_cache(maxsize=1)
def not_towns() -> dict[str, frozenset[str]]:
    """kind (street, title, facility, clutter, common) -> lower-case words, from data/geo_not_towns.tsv."""
    out: dict[str, set[str]] = {}
    for cols in data_rows("geo_not_towns.tsv", ("word", "kind", "source"), header="word"):
        out.setdefault(cols[1], set()).add(cols[0].lower())
    return {k: frozenset(v) for k, v in out.items()}


def _compass_part(phrase: str) -> bool:
    """Compass words and a lower-case kind word after them ("central city", "the northern district"): a part of a
    place written as a phrase, not the proper name a gazetteer lists with capitals ("Central City", Colorado)."""
    words = phrase.split()
    return len(words) >= 2 and words[-1].islower() and words[-1] in CITY_SUFFIX | ADMIN_SUFFIX and all(
        w.lower() in blank_words().get("compass", ()) for w in words[:-1])


@functools.lru_cache(maxsize=1)
def blank_words() -> dict[str, frozenset[str]]:
    """kind (company, compass, area) -> lower-case words, from data/geo_blank_words.tsv."""
    rows = [(c[1], c[0].lower()) for c in data_rows("geo_blank_words.tsv", ("word", "kind", "source"), header="word")]
    return {k: frozenset(w for kk, w in rows if kk == k) for k in {k for k, _w in rows}}


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


# "County Clare", "Co Clare", "Co. Clare": a county's kind word before its name (Ireland, Northern Ireland)
_UNIT_BEFORE = re.compile(r"^(?:County|Co\.?)\s+(?=[A-Z])")


def _unit_before(stext: str, lookup: Any) -> Optional[tuple[list[Entry], str]]:
    """The administrative units the name after "County" / "Co" names, with how they matched, where the gazetteer
    lacks the whole phrase but has a unit (GeoNames' or countrystatecity's first- or second-level) by the short
    name; else None."""
    m = _UNIT_BEFORE.match(stext)
    if m is None or lookup(stext)[0]:
        return None
    es, how = lookup(stext[m.end():])
    units = [x for x in es if x.fclass == "A" and x.fcode in ("ADM1", "ADM2")]
    return (units, how) if units and how == "exact" else None


# a first-level unit's official name made of its usual name and a tail of particle and honour ("Coahuila de
# Zaragoza", "Michoacán de Ocampo", "Veracruz de Ignacio de la Llave")
_OFFICIAL_TAIL = re.compile(r"^(.+?) (?:de|del|do|da|dos|das) \S")


def _usual_name_of_unit(e: Entry, sp: Any) -> bool:
    """The text spells the usual name of a first-level unit whose official name adds a particle and an honour
    ("Coahuila" of "Coahuila de Zaragoza"): that name is the unit's own, as much as a namesake town's."""
    m = _OFFICIAL_TAIL.match(e.name) if e.fcode == "ADM1" else None
    return m is not None and spelling(m.group(1)) == sp


@functools.lru_cache(maxsize=1)
def state_countries() -> frozenset[str]:
    """ISO codes of the countries whose first-level units are called states (data/geo_state_countries.tsv)."""
    return frozenset(cols[0] for cols in data_rows("geo_state_countries.tsv", ("country", "units", "source"),
                                                   header="country"))


_COARSE = ("country", "province", "region")
_COMPOUND_AFTER = re.compile(r"[-‑]([A-Za-z]+)\b")
# a distance and a bearing in apposition after a name ("Lewiston, 30 miles to the south", "Olds, about 90 km north of
# Calgary", "Gap, some 10 kilometres away"): the name is a place
_DISTANCE_AFTER = re.compile(r",[ \t]+(?:about|some|roughly|around|nearly|almost|only|just|barely|more than|less than)?"
                             r"[ \t]*\d[\d,.]*[ \t]*(?:-[ \t]*)?(?:miles?|mi|km|kilometres?|kilometers?)\b[ \t]+"
                             r"(?:to[ \t]+the[ \t]+)?(?:north|south|east|west|north-?east|north-?west|south-?east|"
                             r"south-?west|away|from|of|outside|up|down|inland)", re.I)


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


@functools.lru_cache(maxsize=1)
def place_compounds() -> frozenset[str]:
    """Second halves of hyphenated compounds that make the name before them a place ("-based", "-born"), from
    data/geo_place_compounds.tsv."""
    return frozenset(c[0].lower() for c in data_rows("geo_place_compounds.tsv", ("word", "source"), header="word"))
_COMMA_NAME = re.compile(r",[ \t]+")
# words that make a demonym part of another region's adjective ("Latin American", "North Korean", "sub-Saharan African")
_REGION_WORDS = frozenset({"central", "latin", "north", "south", "east", "west", "northern", "southern", "eastern",
                           "western", "sub-saharan", "saharan", "southeast", "northeast", "southwest", "northwest"})
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
# and a written date may stand before the dash ("ADEN, Oct 8 —", "LIMA, 4 May 2024 —"); South Asian papers close it
# with a colon ("PATNA:", "NEW DELHI, June 3:")
_DATELINE_AFTER = re.compile(r"(?:,[ \t]*[A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*){0,3})?"
                             r"(?:,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?)"
                             r"(?:,?[ \t]+\d{4})?)?[ \t]*(?:\([A-Za-z .&-]{1,40}\))?[ \t]*(?:[—–]|--?|:(?=[ \t]))")


def is_dateline(text: str, start: int, end: int, town_sized: bool = True) -> bool:
    """True when text[start:end] is an upper-case name standing as an article's dateline. A colon closes one only
    for a ``town_sized`` name (a desk's town: "PATNA:"); a heading naming a person closes so too ("SMITH: ...")."""
    name = text[start:end]
    m = _DATELINE_AFTER.match(text, end)
    return (name.isupper() and sum(ch.isalpha() for ch in name) >= 3
            and bool(_DATELINE_BEFORE.search(text[max(0, start - 3):start]) or start == 0)
            and m is not None and (town_sized or not m.group(0).endswith(":")))


def _town_sized(c: Candidate) -> bool:
    """A candidate naming a first-level unit, a country or a town of FACILITY_TOWN_MIN people or more."""
    return any(e.fclass == "A" or e.population >= FACILITY_TOWN_MIN for e in c.entries)


_AGE_AFTER = re.compile(r"^,\s*(?:aged?\s+)?\d{1,3}\s*,")


def _person_surnames(doc: Any) -> frozenset[str]:
    """Last words of the people the article names in full: a PERSON entity of two or more words opening on a given
    name (``data/first_names.tsv``), or two or more capitalised words followed by an age ("Carl Hobbs, 52,"). Kept on the Doc (one pass per article)."""
    got = doc.user_data.get("sitrep_person_surnames")
    if got is None:
        text = doc.text
        given = first_names()
        names = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].text.istitle()
                 and e[0].lower_ in given}  # ("SOS Children's Village Malakal" and "Henry Lazenby US" tagged PERSON name no one with those)
        names |= {m.group(1) for m in _NAME_AGE.finditer(text)}
        got = frozenset(names)
        doc.user_data["sitrep_person_surnames"] = got
    return got


def _titled_surname(doc: Any, span: Any) -> bool:
    """``span`` ends a person's name of two or three words (the model's PERSON label) that opens on a given name
    (data/first_names.tsv) or follows a title (data/geo_not_towns.tsv kind title: "Battalion Chief Ray Lebanon")."""
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.end == span.end and 2 <= len(ent) <= 3 and ent.start < span.start:
            before = doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
            return ent[0].lower_ in first_names() or before in not_towns().get("title", ())
    return False


_NAME_AGE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+)?\s+([A-Z][a-z]+),\s*(?:aged?\s+)?\d{1,3}\s*,")
_NUMBER_BEFORE = re.compile(r"\b\d{1,6}(?:\s+block\s+of)?\s+(?:the\s+)?$|\bblock\s+of\s+(?:the\s+)?$", re.I)


def _known_unambiguous(c: Candidate) -> bool:
    """A name that by itself says which place it is: the own name of a country, first-level unit, continent,
    sea or named region, or of a city that dwarfs every namesake (>= 100,000 people and 20 times the next)."""
    if c.match != "exact":
        return False
    if any(e.primary and precision_of(e) in _COARSE for e in c.entries) or c.text.replace(".", "") in ACRONYMS:
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
    """A lone word the parser took for a person that is a big city dwarfing its namesakes ("Abuja", "Douma"), which
    no person in the text bears ("Austin" after "Lloyd Austin"), which does not speak ("Austin said") and which no
    lower-case adjective or article qualifies ("a male Chihuahua")."""
    if " " in c.text or c.text.lower() in full_names or c.text.isupper() or c.match != "exact":
        return False
    pops = sorted((e.population for e in c.entries if e.primary and e.fclass == "P"), reverse=True)
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
    coarse = [e for e in own if precision_of(e) in _COARSE + ("country",)]
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


FEATURE_TOWN_MIN = 10_000  # inhabitants: a town this big naming a feature after it ("the Salinas Valley") is near it


def feature_namesakes(es: list[Entry], focus: tuple[str, ...]) -> list[Entry]:
    """The entries a name may still mean when the text names a natural feature after it ("the Ural Mountains",
    "the Fraser Valley", "the Mississippi River", words of kind ``feature`` in data/geo_not_towns.tsv): only a town
    of some size in one of the article's countries, which the feature lies by; the state, region or small town of
    the name is not where the feature is (a river crosses many states; "Ural" is also a Siberian village)."""
    return [e for e in es if e.fclass == "P" and e.population >= FEATURE_TOWN_MIN and e.country in focus]


def _unknown_whole(i: int, j: int, texts: list[str], lowers: list[str], caps: list[bool],
                   lookup: Callable[[str], tuple[list[Entry], str]]) -> bool:
    """Tokens ``i:j`` (a place entity the gazetteer lacks whole) are two or three capitalised words that name one
    place ("Orange Mound", "Tivoli Gardens"), so no piece of them is read as a town: no compass word first, no suffix,
    admin or feature word or upper-case word after it ("Madison Township", "West Yorkshire", "Waluj MIDC"), and no word
    a country's or first-level unit's own name ("Greece Italy", an unpunctuated list; "Local Ireland", an organisation
    named after the country)."""
    return 2 <= j - i <= 3 and all(caps[k] for k in range(i, j)) and lowers[i] not in _REGION_WORDS \
        and not any(lowers[k] in _SUFFIXES or lowers[k] in ADMIN_PLURAL or lowers[k] in _CUT_KEEPS or texts[k].isupper()
                    or lowers[k] in not_towns().get("feature", ()) for k in range(i + 1, j)) \
        and not any(x.primary and precision_of(x) in _COARSE for k in range(i, j) for x in lookup(texts[k])[0])


def regions_over_far_units(es: list[Entry], focus: tuple[str, ...]) -> list[Entry]:
    """A name both a region of the news has (a supplement or feature entry, L.RGN: "the Sahel", "Kurdistan") and a
    first-level unit of some country has ("Sahel", a Burkinabe region; "Kurdistan", an Iranian province) is the
    region, unless that unit lies in the article's first country: the unit's country is named by nothing else."""
    if not focus or not any(x.fclass == "L" and x.fcode == "RGN" and x.primary for x in es):
        return es
    return [x for x in es if not (x.fcode == "ADM1" and x.country not in focus[:1])]


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


def _is_cap_head(word: str) -> bool:
    """A capitalised compass word after a name, which makes the two one region's name ("the Pacific Northwest")."""
    return word[:1].isupper() and word.lower() in blank_words().get("compass", ())


def _revive_repeated(kept: list[Candidate], rejected: list[Candidate], full_names: frozenset[str],
                     reject: Any) -> list[Candidate]:
    """One name, one sense per article: a bare name turned down only for want of evidence (the model's organisation
    label or none on this mention, its word tagged a person's elsewhere) is taken where the article gives the same
    name as a place elsewhere with both a place label and a locative cue ("the airport in Carrow" before "flights
    to Hollin and Carrow"). The hard rejections still hold (``reject`` with the repetition as the evidence); a
    mention the model labels a person's, a word of a person's full name in the text ("Lena Carrow") and a name of
    two countries ("Congo") are never revived."""
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
        if reject(c) or c.scores.get("embedded"):
            c.entries, c.cue, c.weak, c.scores = saved
            continue
        c.cue = c.cue or "context"
        added.append(c)
    return sorted(kept + added, key=lambda x: x.start) if added else kept


def _kind_opener(doc: Any, i: int) -> bool:
    """``doc[i]`` ends a phrase that says the names after it are places of a kind: "the villages of", "cities like",
    "provinces including", "states such as", "a town called", "a village named"."""
    low = doc[i].lower_
    if i == 0 or low not in _LIST_OPENERS and low not in _NAMING:
        return False
    j = i - 1
    if low == "as":
        if doc[j].lower_ != "such" or j == 0:
            return False
        j -= 1
    before = doc[j].lower_
    if low in _NAMING:
        return before in TYPE_BEFORE or before in TYPE_PLURAL
    return before in TYPE_PLURAL


def _is_cap(tok: Any) -> bool:
    return _cap_text(tok.text)


def _cap_text(t: str) -> bool:
    return bool(t) and (t[0].isupper() or (t[0].isdigit() and any(c.isupper() for c in t))) and any(c.isalpha() for c in t)


def _caps(doc: Any) -> list[bool]:
    """``_is_cap`` of every token, once per Doc."""
    cache = doc.user_data.setdefault("sitrep_attrs", {})
    if "sitrep_cap" not in cache:
        cache["sitrep_cap"] = [_cap_text(t) for t in doc_attr(doc, "text")]
    return cache["sitrep_cap"]


def _name_runs(doc: Any) -> list[tuple[int, int]]:
    """Token index ranges [i, j) of capitalised runs, with lower-case particles and hyphens inside (found once
    per Doc: places and facilities both read them)."""
    got = doc.user_data.get("sitrep_name_runs")
    if got is None:
        got = doc.user_data["sitrep_name_runs"] = tuple(_find_name_runs(doc))
    return list(got)


def _find_name_runs(doc: Any) -> list[tuple[int, int]]:
    runs = []
    i, n = 0, len(doc)
    caps, lowers, texts = _caps(doc), doc_attr(doc, "lower_"), doc_attr(doc, "text")
    while i < n:
        starts = caps[i] or (lowers[i] in ("al", "el", "ad", "an", "ar", "as", "ash", "at", "az")
                             and i + 2 < n and texts[i + 1] in ("-", "‑") and caps[i + 2])
        if not starts:
            i += 1
            continue
        j = i + 1
        while j < n:
            if caps[j]:
                j += 1
                continue
            if lowers[j] in CONNECTORS and j + 1 < n and (caps[j + 1] or lowers[j + 1] in CONNECTORS):
                # particle must be glued to a following capitalised token within two steps
                k = j + 1
                while k < n and lowers[k] in CONNECTORS and k - j < 3:
                    k += 1
                if k < n and caps[k]:
                    j = k + 1
                    continue
            break
        runs.append((i, j))
        i = j
    return runs


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
            same = [e for e in same if not _spelling_only(e, key, region)]
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
        text = doc_text(doc)
        ents = without_lists(doc_ents(doc))  # "Ingham, Charters Towers" is no organisation (geo/entity_lists.py)
        org_pat, stop = not_places()
        org_words = _org_words()
        blocked = [(m.start(), m.end()) for m in org_pat.finditer(text)] + vehicle_spans(text) + route_spans(text)
        ent_label: dict[tuple[int, int], str] = {}
        person_spans: list[tuple[int, int]] = []
        known_orgs: set[tuple[int, int]] = set()  # names the actor dictionary knows as an organisation ("Taliban")
        for e in ents:
            ent_label[(e.start_char, e.end_char)] = e.label_
            if e.label_ in BLOCKING_LABELS and len(e) >= 2:
                person_spans.append((e.start_char, e.end_char))
        for m in getattr(analysis, "entities", None) or []:
            if m.kind in ("GPE", "LOC"):
                ent_label.setdefault((m.span.start, m.span.end), m.kind)
            elif m.kind in ("PERSON", "ORG") and m.entity_id and (m.span.end - m.span.start) > 0:
                person_spans.append((m.span.start, m.span.end))
                if m.kind == "ORG" and not m.entity_id.startswith("unk:"):
                    known_orgs.add((m.span.start, m.span.end))

        blocked_ix = SpanIndex(blocked)
        out: list[Candidate] = []
        covered = [False] * len(doc)  # tokens already inside an accepted entity-span candidate
        # token attributes read once (indexing the Doc builds a Token each time); a span's text is the text
        # between its first token's start and its last token's end
        n_toks, idx, texts, lowers, caps = len(doc), doc_attr(doc, "idx"), doc_attr(doc, "text"), \
            doc_attr(doc, "lower_"), _caps(doc)
        lookup = self._doc_lookup()

        def try_span(i: int, j: int) -> Optional[Candidate]:
            s, e = idx[i], idx[j - 1] + len(texts[j - 1])
            stext = text[s:e]
            while stext and not (stext[-1].isalnum() or (stext[-1] == "." and stext.count(".") > 1)):
                stext, e = stext[:-1], e - 1
            # folded, a demonym's or a word's other spellings are stopped too; an organisation's name only as
            # written ("SANA", the news agency, is no stop for "Sanaa", which folds to its letters)
            if stext.lower() in stop or fold_name(stext) in stop - org_words or _compass_part(stext):
                return None
            if blocked_ix.contains(s, e):
                return None
            unit = _unit_before(stext, lookup)
            if unit:  # "County Clare", "Co Galway": the county by its short name
                return Candidate(s, e, stext, unit[0], unit[1], "admin", ent_label.get((s, e), ""))
            # "X province", "X city", "the M5 highway": try the phrase with its type word first
            nxt = lowers[j] if j < n_toks else None  # the next token, lower case
            cue, suffix_end = "", None
            if nxt == "local" and tuple(lowers[j:j + 3]) == _LGA_WORDS:
                cue, suffix_end = "admin", idx[j + 2] + len(texts[j + 2])
            elif nxt is not None and nxt in ADMIN_PLURAL:
                # "X and Y provinces": Y is a province, found as "Y province" is (the span stays the name)
                cue, suffix_end = "admin", idx[j] + len(texts[j])
                one = "county" if nxt == "counties" else nxt[:-1]
                es, how = lookup(f"{stext} {one}")
                if es:
                    return Candidate(s, e, stext, es, how, cue, ent_label.get((s, e), ""), suffix_end)
            elif (m := _LIST_BEFORE_PLURAL.match(text, e)) is not None and m.group(1).lower() in ADMIN_PLURAL:
                # "Escambia, Santa Rosa, Okaloosa and Walton counties": an earlier member of a list the plural kind
                # word ends is of that kind too, where the gazetteer has the name with it ("Escambia County")
                one = "county" if m.group(1).lower() == "counties" else m.group(1).lower()[:-1]
                es, how = lookup(f"{stext} {one}")
                if es:
                    return Candidate(s, e, stext, es, how, "admin", ent_label.get((s, e), ""))
            elif nxt is not None and nxt in _SUFFIXES:
                if _compass_part(f"{stext} {texts[j]}"):
                    return None
                full_end = idx[j] + len(texts[j])
                full_text = text[s:full_end]
                es, how = lookup(full_text)
                if es and texts[j] == "city":
                    # a lower-case "city" is the common noun as often as a word of the name ("Richmond city council"
                    # of a British Columbia story is no Virginia "Richmond city", "Delaware city leaders" in Ohio no
                    # Delaware City): the towns of the bare name are read too, and the ranker weighs them all
                    ids = {x.id for x in es}
                    es = es + [x for x in lookup(stext)[0] if x.fclass == "P" and x.primary and x.id not in ids]
                if es:
                    return Candidate(s, full_end, full_text, es, how, "admin" if nxt in ADMIN_SUFFIX
                                     else "city" if nxt in CITY_SUFFIX else "point")
                cue = ("admin" if nxt in ADMIN_SUFFIX else "city" if nxt in CITY_SUFFIX else "point")
                suffix_end = full_end
            if cue in ("admin", "city") and nxt is not None and nxt == "state" and j + 1 < n_toks \
                    and lowers[j + 1] in ("media", "television", "tv", "news", "department"):
                cue, suffix_end = "", None  # "Syrian state media"
            if not cue and nxt is not None and texts[j].islower() and nxt in not_towns().get("feature", ()):
                # "Vancouver island", "the Gobi desert": a name with a lower-case feature noun after it is the
                # natural feature the gazetteer has by the whole phrase (data/geo_natural_features.tsv), if any
                full_end = idx[j] + len(texts[j])
                fes, fhow = lookup(text[s:full_end])
                fes = [x for x in fes if x.fclass in _FEATURE_CLASSES]
                if fes and fhow == "exact":
                    return Candidate(s, full_end, text[s:full_end], fes, fhow, "point")
            # a variant spelling is looked for only where the text says it is a place (and it is checked there)
            es, how = lookup(stext, focus, ent_label.get((s, e)) in PLACE_LABELS or bool(cue))
            if not cue:
                es = regions_over_far_units(es, focus)
            if es and nxt is not None and (nxt in not_towns().get("feature", ()) or _is_cap_head(texts[j])):
                # "the New South Wales coast", "the Kenyan coastline": a country's or first-level unit's own edge in
                # lower case lies in that unit, which keeps its entry
                edge = [x for x in es if texts[j].islower() and nxt in not_towns().get("edge", ())
                        and precision_of(x) in ("country", "province")]
                # ... and a sea's, lake's or bay's own coast or shore is that water's: "the Red Sea coast" is no
                # Sudanese or Egyptian province of the name
                edge = [x for x in es if x.fclass == "H" and x.primary and texts[j].islower()
                        and nxt in not_towns().get("edge", ())] or edge
                es = edge + [x for x in feature_namesakes(es, focus) if x not in edge]
            named_for = False
            if es and cue == "admin" and texts[j] == "State" and not any(
                    x.fcode == "ADM1" and x.country in state_countries() or precision_of(x) == "country" for x in es):
                # "Kent State", "Glenrock State Conservation Area": no state of the name (a first-level unit of a
                # country whose units are states), so "State" is a word of an institution's name, which is named
                # after a state or a town, not a county or region
                es, cue, suffix_end, named_for = [x for x in es if x.fclass == "P"], "", None, True
            if stext.replace(".", "") in ACRONYMS and any(precision_of(x) in _COARSE for x in es):
                # "US", "UK": the country's abbreviation, not a village spelled "Us" or "Uk"
                es = [x for x in es if precision_of(x) != "town" or x.population >= 100_000]
            if not es:
                return None
            c = Candidate(s, e, stext, es, how, cue, ent_label.get((s, e), ""), suffix_end)
            if named_for:
                c.scores["named_for"] = 1.0
            return c

        # a place's name of two or three capitalised words the model tagged whole and the gazetteer lacks ("a
        # shooting in Orange Mound"): a neighbourhood or village, not the town its first word names
        cut_start: dict[int, int] = {}
        # 1. entity spans of any label, whole (strip a leading "the")
        for k_ent, ent in enumerate(ents):
            i, j = ent.start, ent.end
            if i < j and lowers[i] == "the":
                i += 1
            if i >= j or ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY") \
                    or covered[i]:
                continue
            c = self._split_name(try_span, ents, k_ent, i, text)
            if c is not None:
                j = ents[k_ent + 1].end
            else:
                c = try_span(i, j)
                if c is None and ent.label_ in ("GPE", "LOC") and _unknown_whole(i, j, texts, lowers, caps, lookup):
                    cut_start[i] = j
            if c:
                c.label = c.label or ent.label_
                out.append(c)
                for k in range(i, j):
                    covered[k] = True
        runs = _name_runs(doc)
        # 1b. a country named "X and Y" ("Trinidad and Tobago", "Bosnia and Herzegovina"): two runs joined by "and"
        for (a0, a1), (b0, b1) in zip(runs, runs[1:]):
            if b0 != a1 + 1 or doc[a1].lower_ not in ("and", "&") or all(covered[k] for k in range(a0, b1)):
                continue
            c = self._joined(doc, max(a0, a1 - 3), a1, min(b1, b0 + 3))
            if c is not None:
                out.append(c)
                for k in range(doc.char_span(c.start, c.end, alignment_mode="expand").start,
                               doc.char_span(c.start, c.end, alignment_mode="expand").end):
                    covered[k] = True
        # 2. capitalised runs: longest match first from each position
        for i0, j0 in runs:
            i = i0
            while i < j0:
                if i in cut_start and cut_start[i] <= j0:
                    i = cut_start[i]  # (see cut_start: no piece of the whole is read)
                    continue
                if lowers[i] in CONNECTORS and not (i + 1 < j0 and texts[i + 1] in ("-", "‑")) \
                        and not (lowers[i] in _ARTICLES and texts[i][:1].isupper() and i + 1 < j0):
                    # "of", "de"; but a capitalised article starts a name ("Al Eis", "El Bab"), and so does a
                    # capitalised particle when the whole is a place's own name ("Da Nang", "Des Moines")
                    whole = self._particle_name(try_span, i, j0, covered) if texts[i][:1].isupper() else None
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
                    c = try_span(i, j)
                    if c:
                        c.label = c.label or ent_label.get((c.start, c.end), "")
                        # a piece of a longer capitalised name ("Notre Dame" in "Notre Dame Fighting Irish");
                        # not a name followed by a particle and another name ("Aleppo on Monday")
                        inner = (j < j0 and caps[j]) or (i > i0 and caps[i - 1])
                        c.scores["sub_run"] = 1.0 if inner and not c.cue else 0.0
                        out.append(c)
                        found = j
                        break
                i = found if found else i + 1
        # 2b. "Pleasanton, Calif.", "Red Oak, Iowa", "Tripoli, Lebanon": a state's abbreviation right after one of
        # its towns is that state, and a name followed by the state or country holding it is a place
        out = self._containers(text, out)
        # 3. filter
        return self._keep(doc, text, ents, out, person_spans, known_orgs, stop, blocked_ix, focus, texts)

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
            c.cue = c.cue or self._context_cue(doc, c) or (
                "context" if is_dateline(text, c.start, c.end, _town_sized(c)) else "")
            if c.cue in ("", "admin") and (c.start, c.end) in known_orgs and (
                    not _town_sized(c) or all(e.fclass == "P" and not e.primary for e in c.entries)):
                # "a Taliban district official": a name the actor dictionary knows as an organisation that is also
                # some hamlet's is the organisation's, also before "district" (whose official it names); so is one
                # that is only another language's name of a city ("a Hamas gunman": "Hamas" is Hamm, Germany, only
                # as an alternate name)
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
            # (a list stands against a word of a person's full name only where that name opens on a given name:
            # "SOS Children's Village Malakal", tagged a person, names no one called Malakal)
            given = first_names()
            named = frozenset(t.lower_ for ent in ents if ent.label_ == "PERSON" and len(ent) >= 2
                              and ent[0].lower_ in given for t in ent)
            kept = revive_listed(text, kept, rejected, named, lambda c: self._reject(
                doc, c, person_ix, stop, lower_words, person_names, org_starts, names_ix, focus, listed=True,
                full_names=full_names))
            kept = _revive_repeated(kept, rejected, full_names, lambda c: self._reject(
                doc, c, person_ix, stop, lower_words, person_names, org_starts, names_ix, focus, listed=True,
                full_names=full_names))
        for c in kept:
            self._blank(doc, c, focus)
        dem = self._demonyms(doc, kept, blocked_ix)
        return sorted(kept + dem, key=lambda c: c.start) if dem else kept

    @staticmethod
    def _split_name(try_span: Any, ents: Any, k: int, i: int, text: str = "") -> Optional[Candidate]:
        """The own name of a country, first-level unit or region that the model cut into two entities side by side
        ("Baja" + "California", "Sierra" + "Leone"): the whole, whose first piece alone is another place ("Baja",
        a Hungarian town); or a dateline's upper-case town so cut ("MAE" + "SOT, Thailand —"); else None."""
        if k + 1 >= len(ents):
            return None
        ent, nxt = ents[k], ents[k + 1]
        caps = ent.text.isupper() and nxt.text.isupper()
        if nxt.start != ent.end or not ent[-1].whitespace_ or (nxt.label_ not in PLACE_LABELS and not caps):
            return None
        c = try_span(i, nxt.end)
        if c is None or c.match != "exact":
            return None
        if caps and any(e.primary for e in c.entries) and is_dateline(text, c.start, c.end, _town_sized(c)):
            c.label = c.label or nxt.label_
            return c
        if nxt.label_ not in PLACE_LABELS or not any(
                e.primary and precision_of(e) in _COARSE and fold_name(e.name) == fold_name(c.text) for e in c.entries):
            return None
        c.label = nxt.label_
        return c

    @staticmethod
    def _particle_name(try_span: Any, i: int, j0: int, covered: list[bool]) -> Optional[tuple[Candidate, int]]:
        """The longest span from the capitalised particle at ``i`` that is some place's own name, spelled as
        written, with where it ends; else None."""
        for j in range(min(j0, i + MAX_TOKENS), i + 1, -1):
            if any(covered[k] for k in range(i, j)):
                continue
            c = try_span(i, j)
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
            if prev is not None and prev.lower_ in _REGION_WORDS \
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
            if town is None:
                continue
            for cc, name in abbrevs.get(m.group(1), ()):
                st = [e for e in self.gaz.lookup(name) if e.fcode == "ADM1" and e.country == cc]
                if st and any((e.country, e.admin1) == (st[0].country, st[0].admin1) for e in town.entries):
                    a = Candidate(m.start(1), m.end(1), m.group(1), st, "exact", "admin")
                    a.scores["abbrev"] = 1.0
                    added.append(a)
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
        if c.cue == "admin" and c.suffix_end is not None and focus and all(
                e.fclass == "P" and e.country not in focus for e in c.entries):
            # "X LGA", "X district": the text says an administrative unit, the gazetteer has only towns of the name,
            # all outside the article's countries (the unit is missing, not one of those towns)
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
            # (the article's first country: the name itself counts towards the article's countries)
            if c.cue != "admin" and not any(e.primary and e.country in focus[:1] for e in c.entries):
                c.blank = True
            elif c.cue == "admin" and _name_before(prev):
                c.blank = True  # "Ijebu East Local Government Area": the tail of a unit's name the gazetteer lacks
            return
        if prev is not None and prev.lower_ in compass and prev.text[:1].isupper() and prev.whitespace_ \
                and any(e.fcode == "CONT" and e.primary for e in c.entries):
            c.blank = True
            return
        if prev is not None and prev.lower_ in compass and prev.text[:1].isupper() and not prev.is_sent_start \
                and prev.whitespace_ and focus and not any(e.country in focus[:1] or precision_of(e) == "country"
                                                            for e in c.entries):
            # "the Northern Rivers" of an Australian story: a capitalised compass word makes one name with the next,
            # a region the gazetteer lacks; the bare rest ("Rivers", a Nigerian state) lies outside the story's
            # first country ("Northern Syria" keeps its country)
            c.blank = True
            return
        if any(e.fclass != "P" for e in c.entries):
            return  # a country's, a state's or a region's name ("U.S. Securities", "Texas Instruments") keeps its point
        n = len(doc)
        k = span.end
        while k < n and k < span.end + 4 and (doc[k].text[:1].isupper() or doc[k].lower_.rstrip(".") in company
                                              or doc[k].lower_ in ("'s", "’s")):
            low = doc[k].lower_.rstrip(".")
            if low in company:
                c.blank = True
                return
            if low in facility_building_words() and c.cue not in ("admin", "city") and focus \
                    and all(e.fclass == "P" and e.population < FACILITY_TOWN_MIN and e.country not in focus
                            for e in c.entries):
                c.blank = True
                return
            k += 1

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

    @staticmethod
    def _context_cue(doc: Any, c: Candidate) -> str:
        """'context' when the words before the candidate say it is a place ("the town of", "in", "north of"), or
        a compound after it ("a Dunmore-based charity", data/geo_place_compounds.tsv)."""
        m = _COMPOUND_AFTER.match(doc_text(doc), c.end)
        if m and m.group(1).lower() in place_compounds():
            return "context"
        if _DISTANCE_AFTER.match(doc_text(doc), c.end):
            return "context"  # "Lewiston, 30 miles to the south,": a distance put in apposition to a name
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or span.start == 0:
            return ""
        i = span.start - 1
        if doc[i].lower_ in ("the",) and i > 0:
            i -= 1
        prev = doc[i].lower_
        if prev in _NEARBY and i > 0 and doc[i - 1].lower_ in LOC_PREPS:
            return "context"  # "in nearby Hilliard", "to neighbouring Gahanna"
        if prev in LOC_PREPS and not (prev in _REGION_WORDS and doc[i].text[:1].isupper()):
            return "context"  # "north of X"; but "West" in "the West Midlands" is part of the name
        if prev == "of" and i > 0 and doc[i - 1].lower_ in TYPE_BEFORE:
            return "context"
        if prev in TYPE_BEFORE:
            return "context"
        if _kind_opener(doc, i):
            return "context"
        if prev == "and":
            # "the road between Welshpool and Newtown": the second of two names a "between" joins is a place as the
            # first is (the locative word stands before the first only)
            k = i - 1
            while k > 0 and i - k <= 4 and _is_cap(doc[k]) and not doc[k].is_sent_start:
                k -= 1
            if k < i - 1 and doc[k].lower_ == "between":
                return "context"
            if k < i - 1 and doc[k].lower_ in _PAIR_LOCATIVES and not (span.end < len(doc) and _is_cap(doc[span.end])):
                # ... and so is the second of two names after "near", "in", "at" ("near Tarcutta and Coolamon"),
                # where the first is a place the gazetteer lacks and so no list member to revive it; not the head
                # of a longer name ("near Franklin and Kennedy Elementary Schools")
                return "context"
        if prev in (",", "and", "or"):
            # a later member of a list a kind word opens ("the villages of Arno, Bellis and Corva"): walk back over
            # the list's names, commas and "and" within the sentence to its opener
            k = i - 1
            while k > 0 and i - k <= 15 and not doc[k + 1].is_sent_start:
                t = doc[k]
                if _kind_opener(doc, k):
                    return "context"
                # (an "and" or "or" before the connector ends the list there: "the cities of Leeds and York, Paris
                # Hilton said" lists no Paris)
                if not (_is_cap(t) or t.lower_ == "," or t.lower_ in CONNECTORS) or t.lower_ in ("and", "or"):
                    break
                k -= 1
        return ""

    def _reject(self, doc: Any, c: Candidate, person_ix: SpanIndex, stop: frozenset[str],
                lower_words: frozenset[str] = frozenset(), person_names: frozenset[str] = frozenset(),
                org_starts: frozenset[int] = frozenset(), names_ix: Optional[SpanIndex] = None,
                focus: tuple[str, ...] = (), listed: bool = False, full_names: frozenset[str] = frozenset()) -> bool:
        """True when the candidate is no place. ``listed``: it stands in a list next to a recognised place
        (geo/listed.py), which is the evidence a bare name otherwise lacks: a person's label or name elsewhere, a
        leading "the", or no locative word or prominent entry then reject it no more. ``full_names``: the words of
        the text's persons' names of two words or more."""
        if c.scores.get("abbrev"):
            return False  # a state's abbreviation right after one of its towns
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            return True
        if c.scores.get("named_for"):
            # the town an institution is named after ("Boise State"): a reference to it when the name alone says
            # which town it is, never where the story happens
            inside = self._inside(doc, c, names_ix, focus, lower_words | person_names)
            if not inside:
                return True
            c.entries, c.scores["embedded"] = inside, 1.0
        # inside a multi-word person/organisation name ("Vladimir" in "Vladimir Putin")
        if not c.cue and person_ix.contains(c.start, c.end, strict=True):
            big = max(c.entries, key=lambda e: (e.fclass == "A", e.population))
            if names_ix is not None and names_ix.contains(c.start, c.end, strict=True) and _titled_surname(doc, span):
                return True  # a country's name as the surname of a person the text titles ("Chief Ray Lebanon")
            if not (big.fclass == "A" and big.fcode == "PCLI"):
                # the place an organisation is named after, at its head ("the Texas Rangers", "Seattle police"):
                # a reference to that place when the name alone says which place it is, never an event's place
                inside = [] if c.start in org_starts else \
                    self._inside(doc, c, names_ix, focus, lower_words | person_names)
                if c.start in org_starts and not (names_ix and names_ix.contains(c.start, c.end)) \
                        and _known_unambiguous(c):
                    c.scores["embedded"] = 1.0
                elif inside:
                    c.entries, c.scores["embedded"] = inside, 1.0
                else:
                    return True
        first = span[0]
        if self._not_a_town(doc, c, span, listed, focus):
            return True
        if c.match != "exact" and not c.cue:
            c.weak = True
        if c.match == "exact" and not any(e.primary for e in c.entries) and not c.cue and c.label not in PLACE_LABELS:
            c.weak = True
        compact = c.text.replace(".", "")
        text = doc_text(doc)
        after = text[c.end:c.end + 4].lstrip(" /,")
        dateline = c.text.isupper() and ((c.start == 0 or text[c.start - 1] == "\n") and after[:1] in ("—", "–", "-", "(", "")
                                         or is_dateline(text, c.start, c.end, _town_sized(c)))
        if c.text.isupper() and len(compact) <= 5 and not dateline:
            # acronyms: only the well-known place acronyms ("SANA" is an agency, not Sanaa)
            if compact not in ACRONYMS and not any(e.fclass == "R" for e in c.entries):
                return True
        elif c.text.isupper() and not any(e.primary for e in c.entries) and not (
                dateline and any(e.fclass == "P" and e.population >= FACILITY_TOWN_MIN for e in c.entries)):
            # (a dateline names its town by a usual short name as often as by the gazetteer's own: "ACAPULCO,
            # Mexico —" is Acapulco de Juarez, "LEGAZPI CITY" Legaspi)
            return True
        if c.text[:1].islower():
            return True
        if len(span) == 1 and not c.text.isupper():
            if first.lemma_.lower() != first.lower_ and first.pos_ != "PROPN" and not c.cue:
                return True  # a capitalised common noun ("Areas")
            if len(c.text) <= 3 and c.label not in PLACE_LABELS and not (
                    c.cue == "admin" and any(e.fclass == "A" and e.primary for e in c.entries)):
                return True  # (a unit's kind after a short name says it: "Tak province")
            if c.match == "exact" and c.cue not in ("admin", "city") and all(
                    not e.primary and (e.fclass == "P" and e.population < VARIANT_TOWN_MAX
                                       or e.fclass == "A" and precision_of(e) != "country") for e in c.entries) \
                    and english_word(first.lower_):
                # an English word that only small towns' or first-level units' alternate names spell ("Newcomers",
                # "Human"; "Public" of "the Director of Public Prosecutions" is no Ugandan district)
                return True
            if first.lower_.endswith("s") and first.lower_[:-1] in demonyms() \
                    and (c.match != "exact" or not any(e.primary for e in c.entries)):
                return True  # a people's name ("Mexicans"), not a town spelled nearly so ("Mexicanos")
            if first.pos_ in ("ADJ", "VERB", "ADV", "PRON", "DET", "ADP", "AUX") and not c.cue and not (
                    first.pos_ == "ADJ" and c.match == "exact" and first.lower_ not in first_names()
                    and any(e.primary and e.fcode == "PCLI" for e in c.entries)):
                # (a country's own name that qualifies a noun is the country, whatever the parser's tag: "a
                # Zimbabwe conference", "the Peru outbreak")
                return True
            if first.tag_ == "NNPS" and c.label != "GPE" and not c.cue and not (
                    c.match == "exact" and any(e.primary and (e.fcode == "PCLI" or e.fcode == "ADM1" and e.country in focus)
                                               for e in c.entries)):
                return True  # (a plural proper noun names no place, unless it is the own name of a country or of
                # a first-level unit of the article's countries: "Catanduanes" in a Philippine story)
            if first.is_stop or (first.is_sent_start and first.pos_ != "PROPN" and not c.label
                                 and not (c.cue and not english_word(first.lower_))):
                # (a sentence's first word that is no English word is a name where a kind word or a noun of people
                # after it says it is a place: "Heze city", "Esperance residents")
                return True
            if first.lower_ in lower_words and c.cue != "admin":
                return True  # the same word occurs in lower case in this text: a common word ("State", "Centre")
            if _plural_in(first.lower_, lower_words) and not c.cue and english_word(first.lower_):
                # its plural does: a common noun of a title-cased heading ("Officer-Involved Shooting" over a text
                # of "officers" is no town named Officer)
                return True
            small = c.label != "GPE" or not any(e.fcode in ("PCLI", "ADM1") or e.fclass in ("L", "H") or e.population >= 100_000
                            for e in c.entries)
            # a country's own name is no person's unless it is a given name too ("Jordan", "Chad"): the model's
            # person label on "Niger" in "aid reached Mali and Niger" does not make it one
            small = small and not (any(e.primary and e.fcode == "PCLI" for e in c.entries)
                                   and first.lower_ not in first_names())
            # ... nor is the own name of a first-level unit, an island or a region of one of the article's countries
            # ("Rogaland" in a Norwegian story), unless it is a given name or a word of a person's full name in the
            # text ("Juan Guerrero")
            small = small and not (any(e.primary and precision_of(e) in ("province", "region") and e.country in focus
                                       for e in c.entries)
                                   and first.lower_ not in first_names() and first.lower_ not in full_names)
            if first.lower_ in person_names and c.label not in PLACE_LABELS and not (c.cue or listed) and small \
                    and not _names_a_local_building(span, c, focus):
                return True  # "Trump" after "Donald Trump", or tagged as a person elsewhere in the text
            nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
            if (first.i > 0 and doc[first.i - 1].lower_ == "the" and not (c.cue or listed)
                    and not any(e.fcode in ("PCLI", "CONT") or e.fclass in ("L", "H") for e in c.entries)
                    and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ"))):
                return True  # "the Centre had failed": an institution, not a place
        best_pop = max((e.population for e in c.entries), default=0)
        prominent = any(e.fclass in ("A", "L", "R", "S") or e.population >= 100_000 for e in c.entries)
        if c.label == "PERSON" and not c.cue and not prominent:
            c.weak = True
        if c.scores.get("sub_run") and not c.cue and span.start > 0 and _is_cap(doc[span.start - 1]) \
                and _head_word(c.text):
            return True  # the head noun of a longer name ("Delta" of "the Nile Delta", "Northwest" of "Pacific Northwest")
        if c.scores.get("sub_run") and not c.cue and not (prominent and c.label in PLACE_LABELS) and not any(
                e.fcode == "PCLI" or e.population >= 100_000
                or e.fcode == "ADM1" and (not focus or e.country in focus) for e in c.entries):
            # (a first-level unit counts only in the article's countries: "Midlands" in "West Midlands" is no
            # Zimbabwean province in a British story, nor "Delta" in "the Nile Delta" a Nigerian state)
            inside = self._inside(doc, c, names_ix, focus, lower_words | person_names)
            if inside:  # "the Owensboro Public Schools", "IBA-Karachi": the place whose they are
                c.entries, c.scores["embedded"] = inside, 1.0
            else:
                return True  # a piece of a longer name ("Notre Dame" in "University of Notre Dame Fighting Irish")
        if c.match != "exact" and not (c.cue or c.label in PLACE_LABELS):
            return True  # a variant spelling needs the text to say it is a place
        # positive evidence: a location label, a locative context, or a name that is known and unambiguous
        if not (c.cue or listed or c.label in PLACE_LABELS or _known_unambiguous(c)):
            return True
        if not (c.cue or c.label in PLACE_LABELS) and best_pop < 5000:
            c.weak = True
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
        coarse = any(precision_of(e) in _COARSE and e.primary for e in c.entries)
        if nxt is not None and nxt.lower_ in ("'s", "’s") and span.end + 1 < len(doc) \
                and doc[span.end + 1].text[:1].isupper() \
                and not any(e.primary and precision_of(e) == "country" for e in c.entries):
            nxt = doc[span.end + 1]  # "St. Peter's Square", "Carrow's Market Street": the possessive's head noun
        # "Madrid Street", "the Dan Ryan Expressway", "the 300 block of Elm": an address, not a town
        if nxt is not None and nxt.text.lower().rstrip(".") in words.get("street", ()) and nxt.text[:1].isupper() \
                and c.cue not in ("admin", "city"):
            return True
        # "West Center Street", "North 35th Street": the street word itself, after the street's own name
        if len(span) == 1 and span[0].lower_.rstrip(".") in words.get("street", ()) and span.start > 0 \
                and (_is_cap(doc[span.start - 1]) or doc[span.start - 1].like_num
                     or doc[span.start - 1].text[:1].isdigit()) and not coarse:
            return True
        # "Christopher Duran, 39, ..." then "Duran attacked": a lone surname of a person the article names in full
        if len(span) == 1 and c.cue not in ("admin", "city") and not coarse \
                and span[0].text in _person_surnames(doc) and not c.scores.get("placed"):
            return True
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
        if low in words.get("common", ()) and c.cue not in ("admin", "city"):
            return True  # "South", "Valley", "University": a word, whatever region of some country shares it
        # a span the model calls a person, with nothing saying it is a place
        if c.label == "PERSON" and not (c.cue or listed) and not coarse \
                and not any(e.gid.startswith("sup:") for e in c.entries) and not _names_a_local_building(span, c, focus):
            return True
        return False
