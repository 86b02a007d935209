"""Recognition evidence that a capitalised name is a common word, not a place: an English or dictionary word, a
count of a noun or money, a disease, an address number, an institution after "the", a facility it heads, and
what support a bare name lacks; split out of geo/recognize.py.
"""

from __future__ import annotations

import re
from typing import Any

from sitrep.geo.candidate import Candidate
from sitrep.geo.datelines import is_dateline
from sitrep.geo.demonym_words import demonyms
from sitrep.geo.first_names import english_word, first_names
from sitrep.geo.gazetteer import precision_of
from sitrep.geo.name_evidence import INSIDE_BIG_TOWN, heads_of_name
from sitrep.geo.name_runs import caps_of as _caps, is_cap as _is_cap
from sitrep.geo.recognition_lists import FACILITY_TOWN_MIN, facility_building_words, money_units, people_nouns
from sitrep.geo.region_evidence import town_sized
from sitrep.geo.revival import known_unambiguous
from sitrep.geo.span_evidence import PLACE_LABELS
from sitrep.geo.span_reader import ACRONYMS
from sitrep.geo.spelling_variants import VARIANT_TOWN_MAX
from sitrep.nlp.doctext import doc_attr, doc_text
from sitrep.textnorm import strip_accents


# a capitalised article before lower-case words only ("The city said", "The river spilled over"): a sentence's opening
# noun phrase, which some place has as an alternate name (The Village, Oklahoma), never a name in news text
COMMON_PHRASE = re.compile(r"The(?:\s+[a-z][a-z'-]*)+")


def names_a_local_building(span: Any, c: Candidate, focus: tuple[str, ...]) -> bool:
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


def people_of(doc: Any, span: Any) -> bool:
    """The name qualifies the lower-case noun of people right after it: its last word is that noun's compound
    modifier ("a Dunmore woman", "Carrow residents said"), not the subject of a verb or a part of a longer name."""
    nxt, last = doc[span.end], span[-1]
    return (nxt.is_lower and nxt.lower_ in people_nouns() and last.head.i == nxt.i
            and last.dep_ in ("compound", "amod", "nmod"))


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


_NUMBER_BEFORE = re.compile(r"\b\d{1,6}(?:\s+block\s+of)?\s+(?:the\s+)?$|\bblock\s+of\s+(?:the\s+)?$", re.I)


def _counts_a_noun(doc: Any, k: int, acronym: bool = False) -> bool:
    """The number before a name counts a plural common noun after it ("12 Elbonian envoys", "400 Carrow County
    voters", "the 2019 Elbonian naval drills"): the name qualifies the noun; it is no house number. A country's
    acronym is never one ("the 2019 UK drill"). Not a currency ("25 US dollars": an amount; data/figure_lexicon.tsv
    money units)."""
    nxt = doc[k] if k < len(doc) else None
    if nxt is not None and (nxt.lower_ in money_units() or nxt.lemma_.lower() in money_units()):
        return False
    if acronym:
        return True
    for t in doc[k:k + 3]:
        if not t.is_lower or t.pos_ not in ("ADJ", "NOUN"):
            return False
        if t.tag_ == "NNS":
            return True
    return False


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


def upper_case_no_place(doc: Any, c: Candidate) -> bool:
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
        or is_dateline(text, c.start, c.end, town_sized(c))
    if len(compact) <= 5 and not dateline:
        return compact not in ACRONYMS and not any(e.fclass == "R" for e in c.entries)
    return not any(e.primary for e in c.entries) and not (
        dateline and any(e.fclass == "P" and e.population >= FACILITY_TOWN_MIN for e in c.entries))


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


def common_word(c: Candidate, first: Any, lower_words: frozenset[str], focus: tuple[str, ...],
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
    "officers"). ``repeated``: the article places the name elsewhere (``revive_repeated``), which stands as its
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
    if first.lower_ in lower_words and cue != "admin" and not c.scores.get("called"):
        return True  # (but the text calls it a town, "the town of Reading", "a man from Reading": "reading" the verb
        # elsewhere in it is another word)
    # its plural does: a common noun of a title-cased heading ("Officer-Involved Shooting" over a text of "officers"
    # is no town named Officer)
    return _plural_in(first.lower_, lower_words) and not cue and english_word(first.lower_)


def _plural_in(low: str, lower_words: frozenset[str]) -> bool:
    """The plural of the lower-case word ``low`` ("officers" of "officer") is among ``lower_words``."""
    return len(low) > 3 and (low + "s" in lower_words or low + "es" in lower_words)


def institution_after_the(doc: Any, c: Candidate, first: Any, listed: bool) -> bool:
    """"the Centre had failed": a one-word name after "the", with no cue or list, that is no country, continent,
    region or water and heads no noun phrase, is an institution, not a place."""
    nxt = doc[first.i + 1] if first.i + 1 < len(doc) else None
    return (first.i > 0 and doc[first.i - 1].lower_ == "the" and not (c.cue or listed)
            and not any(e.fcode in ("PCLI", "CONT") or e.fclass in ("L", "H") for e in c.entries)
            and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ")))


def lacks_evidence(c: Candidate, listed: bool, best_pop: int) -> bool:
    """The last test of a candidate: a variant spelling needs the text to say it is a place (a cue or a place
    label); any other needs positive evidence: a place label, a locative context, a list, or a name that is known and
    unambiguous (:func:`known_unambiguous`). One kept without a cue or place label whose biggest entry has fewer
    than 5,000 inhabitants (``best_pop``, before any narrowing) is marked weak."""
    if c.match != "exact" and not (c.cue or c.label in PLACE_LABELS):
        return True
    if not (c.cue or listed or c.label in PLACE_LABELS or known_unambiguous(c)):
        return True
    if not (c.cue or c.label in PLACE_LABELS) and best_pop < 5000:
        c.weak = True
    return False


def an_address(doc: Any, c: Candidate, span: Any, nxt: Any, coarse: bool, words: Any) -> bool:
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


def heads_a_facility_or_count(doc: Any, c: Candidate, span: Any, nxt: Any, coarse: bool, words: Any,
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
    if not coarse and c.cue not in ("admin", "city") and heads_of_name(doc, span.end) \
            and max((e.population for e in c.entries), default=0) < INSIDE_BIG_TOWN:
        return True
    return False


def a_disease_or_word(doc: Any, c: Candidate, span: Any, nxt: Any, coarse: bool, words: Any, listed: bool,
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
            and not any(e.gid.startswith("sup:") for e in c.entries) and not names_a_local_building(span, c, focus):
        return True
    return False
