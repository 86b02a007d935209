"""Recognition evidence that a name is a person's, not a place's: surnames the text gives people, titled names,
given names and ages before or after it, a big city's name against a person's; split out of geo/recognize.py.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from sitrep.geo.candidate import Candidate
from sitrep.geo.first_names import first_names, reads_as_person
from sitrep.geo.gazetteer import precision_of
from sitrep.geo.kind_words import not_towns
from sitrep.geo.name_evidence import INSIDE_BIG_TOWN
from sitrep.geo.person_towns import after_a_given_name, says_after
from sitrep.geo.region_evidence import coarse_here
from sitrep.geo.span_evidence import PLACE_LABELS
from sitrep.geo.spelling_variants import strict_key
from sitrep.geo.word_branches import by_first_letter
from sitrep.geo.word_evidence import names_a_local_building
from sitrep.nlp.doctext import doc_ents, doc_text


_AGE_AFTER = re.compile(r"^,\s*(?:aged?\s+)?\d{1,3}\s*,")


def person_surnames(doc: Any) -> frozenset[str]:
    """Last words of the people the article names in full: a PERSON entity of two or more words opening on a given
    name (``data/first_names.tsv``), or two or more capitalised words followed by an age ("Carl Hobbs, 52,"). Kept on the Doc (one pass per article)."""
    got = doc.user_data.get("sitrep_person_surnames")
    if got is None:
        text = doc_text(doc)
        given = first_names()
        names = {e[-1].text for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) > 1 and e[-1].text.istitle()
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


def titled_surname(doc: Any, span: Any) -> bool:
    """``span`` ends a person's name of two or three words (the model's PERSON label) that opens on a given name
    (data/first_names.tsv) or follows a title (data/geo_not_towns.tsv kind title: "Battalion Chief Ray Lebanon")."""
    for ent in doc_ents(doc):  # (the Doc's entities built once, nlp/doctext.py)
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
    # (the titles grouped by first letter: the same matches, a tenth of the tries at each word; geo/word_branches.py)
    return re.compile(r"\b(?i:" + by_first_letter([re.escape(w) for w in titles], ignorecase=True)
                      + r")\.?[ \t]+([A-Z][^\W\d_]+)[ \t]+"
                      r"([A-Z][^\W\d_]+)\b(?![ \t]+[A-Z][a-z]|[-’'])")


_NAME_AGE = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+)?\s+([A-Z][a-z]+),\s*(?:aged?\s+)?\d{1,3}\s*,")
_SPEECH_LEMMAS = frozenset({"say", "tell", "add", "write", "ask", "explain", "insist"})


def city_not_person(doc: Any, c: Candidate, full_names: frozenset[str]) -> bool:
    """A lone word the parser took for a person that is a big city dwarfing its namesakes ("Abuja", "Douma"; under its
    own name or that name written closed up, "Naypyitaw" of "Nay Pyi Taw"), which
    no person in the text bears ("Austin" after "Lloyd Austin"), which does not speak ("Austin said") and which no
    lower-case adjective or article qualifies ("a male Chihuahua")."""
    if " " in c.text or c.text.lower() in full_names or c.text.isupper() or c.match != "exact":
        return False
    closed = strict_key(c.text).replace(" ", "")
    pops = sorted((e.population for e in c.entries if e.fclass == "P" and (
        e.primary or strict_key(e.name).replace(" ", "") == closed)), reverse=True)  # "Naypyitaw" of "Nay Pyi Taw"
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


def persons_name(c: Candidate, span: Any, first: Any, person_names: frozenset[str], full_names: frozenset[str],
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
        and not names_a_local_building(span, c, focus)


def a_persons_name(doc: Any, c: Candidate, span: Any, coarse: bool, focus: tuple[str, ...]) -> bool:
    """A person's surname or name told with a given name or a verb of saying (see :meth:`Recognizer._not_a_town`)."""
    # "Christopher Duran, 39, ..." then "Duran attacked": a lone surname of a person the article names in full
    if len(span) == 1 and c.cue not in ("admin", "city") and not coarse \
            and span[0].text in person_surnames(doc) and not c.scores.get("placed"):
        return True
    # "Lt. Marcus Florence" then "Florence said": the surname of a titled person the model did not tag one, where
    # no word before the mention makes it a place ("officers from Florence" stays the town) and it is no country
    # nor unit of the article's countries (an Italian province stands not against it in an Alabama report)
    if len(span) == 1 and not c.cue and not coarse_here(c, focus) and not c.scores.get("placed") \
            and span[0].text in _titled_surnames(doc):
        return True
    # "Yacouba Séguéla, a health officer", "Séguéla said": a town's name after a given name, or as the subject of
    # a verb of saying, is a person's (geo/person_towns.py)
    if len(span) == 1 and c.cue not in ("admin", "city") and not c.scores.get("placed") and (
            after_a_given_name(doc, span.start) and not any(precision_of(e) == "country" for e in c.entries)
            or not coarse and says_after(doc, span.end, c.entries)):
        return True
    return False


def after_a_title_or_prefix(doc: Any, c: Candidate, span: Any, coarse: bool, words: Any) -> bool:
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


def a_given_name_or_age(doc: Any, c: Candidate, span: Any, coarse: bool, words: Any, text: str) -> bool:
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
