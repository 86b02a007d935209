"""The recogniser's steps, each on its own (geo/span_evidence.py: blocked spans, entity labels, persons' and
organisations' names; geo/span_reader.py: which place one span names, with the kind word after it;
geo/context_cue.py: which words around a name say it is a place; geo/name_runs.py: the capitalised runs; and
recognize.py's last test, ``lacks_evidence``). Sentences and names written for these tests ("Tamberlo",
"Kesselby" and "Varnokke" are no gazetteer's)."""
import re

import pytest

from sitrep.geo.gazetteer import Entry
from sitrep.geo.span_evidence import blocked_spans, entity_evidence
from sitrep.geo.span_reader import (SpanReader, feature_namesakes, kind_of, regions_over_far_units,
                                    state_body)


class _Ent:
    """A stand-in for a spaCy entity span: character offsets, label and token count."""

    def __init__(self, start_char, end_char, label, n_tokens):
        self.start_char, self.end_char, self.label_, self.n = start_char, end_char, label, n_tokens

    def __len__(self):
        return self.n


class _Mention:
    """A stand-in for an actors-annotator mention."""

    def __init__(self, start, end, kind, entity_id):
        self.span = type("Span", (), {"start": start, "end": end})()
        self.kind, self.entity_id = kind, entity_id


def _entry(name, fclass, fcode, country, population=0, primary=True, id_=1):
    return Entry(id_, str(id_), name, 0.0, 0.0, fclass, fcode, country, "", "", population, primary=primary)


def test_blocked_spans_are_the_organisation_phrases_and_route_numbers():
    text = "The Harrowgate Volunteers drove north on U.S. 82 past the old mill."
    spans = blocked_spans(text, re.compile(r"\bHarrowgate Volunteers\b"))
    assert (text.index("Harrowgate"), text.index(" drove")) in spans
    assert any(text[a:b] == "U.S." for a, b in spans)
    assert len(spans) == 2


def test_entity_evidence_the_parser_label_wins_and_names_block():
    analysis = type("A", (), {"entities": [
        _Mention(0, 6, "GPE", ""),            # the parser labels this span too: its label stays
        _Mention(20, 28, "LOC", ""),          # the parser has nothing here: the annotator's label counts
        _Mention(30, 37, "ORG", "org:brn"),   # a known organisation
        _Mention(40, 47, "ORG", "unk:x"),     # an organisation the dictionary does not know
        _Mention(50, 50, "PERSON", "p:1"),    # empty: nothing
    ]})()
    ev = entity_evidence([_Ent(0, 6, "ORG", 1), _Ent(8, 19, "PERSON", 2), _Ent(60, 66, "PERSON", 1)], analysis)
    assert ev.labels == {(0, 6): "ORG", (8, 19): "PERSON", (60, 66): "PERSON", (20, 28): "LOC"}
    # a one-word entity blocks nothing; the dictionary's persons and organisations do
    assert ev.person_spans == [(8, 19), (30, 37), (40, 47)]
    assert ev.known_orgs == {(30, 37)}


def test_entity_evidence_without_an_analysis():
    ev = entity_evidence([_Ent(3, 9, "GPE", 1)], None)
    assert ev.labels == {(3, 9): "GPE"} and ev.person_spans == [] and ev.known_orgs == set()


def test_kind_words_and_state_bodies():
    assert kind_of("district") == "admin" and kind_of("village") == "city" and kind_of("highway") == "point"
    assert state_body("admin", ["syrian", "state", "media", "said"], 1)
    assert not state_body("admin", ["ohio", "state", "elections"], 1)
    assert not state_body("", ["syrian", "state", "media"], 1) and not state_body("admin", ["x", "state"], 1)


def test_abbreviation_drops_a_small_town_spelled_like_a_country():
    country, village = _entry("Eurasia Land", "A", "PCLI", "XX", id_=1), _entry("Us", "P", "PPL", "XY", 300, id_=2)
    city = _entry("Us", "P", "PPL", "XZ", 250_000, id_=3)
    assert SpanReader.abbreviation("U.S.", [country, village, city]) == [country, city]
    assert SpanReader.abbreviation("Us", [country, village]) == [country, village]  # no abbreviation as written
    assert SpanReader.abbreviation("US", [village]) == [village]  # no country of the name: the town stays


def test_feature_namesakes_and_regions_over_far_units():
    town = _entry("Pellmoor", "P", "PPL", "CA", 40_000, id_=1)
    hamlet = _entry("Pellmoor", "P", "PPL", "CA", 90, id_=2)
    unit = _entry("Pellmoor", "A", "ADM1", "US", id_=3)
    assert feature_namesakes([town, hamlet, unit], ("CA",)) == [town]
    assert feature_namesakes([town], ("US",)) == []
    region = _entry("Dunmarsh", "L", "RGN", "", id_=4)
    far = _entry("Dunmarsh", "A", "ADM1", "BF", id_=5)
    assert regions_over_far_units([region, far], ("NG",)) == [region]
    assert regions_over_far_units([region, far], ("BF",)) == [region, far]  # the article's own country's unit
    assert regions_over_far_units([far], ("NG",)) == [far]  # no region of the name: nothing to prefer


@pytest.fixture(scope="module")
def read():
    from sitrep.geo.candidate import SpanIndex
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.geo.recognize import Recognizer, not_places
    from sitrep.nlp.models import load_pipeline

    nlp, rec = load_pipeline(), Recognizer(get_gazetteer())

    def _read(text, words, focus=()):
        """The candidate the reader gives the tokens ``words`` of ``text`` (their first occurrence)."""
        doc = nlp(text)
        toks = [t.text for t in doc]
        i = toks.index(words[0])
        reader = SpanReader(doc, text, rec._doc_lookup(), not_places()[1], SpanIndex([]), {}, focus)
        return reader, reader(i, i + len(words)), i

    return _read


def test_span_text_trims_punctuation_but_not_the_dots_of_an_abbreviation(read):
    text = "Rain fell on Paris, then on the U.S. again."
    reader, _c, i = read(text, ["Paris", ","])
    assert reader.span_text(i, i + 2)[2] == "Paris"
    reader, c, _i = read(text, ["U.S."])
    assert c.text == "U.S." and all(e.fcode == "PCLI" for e in c.entries)


def test_kind_word_after_the_name(read):
    _r, c, _i = read("Crews repaired the road near Idlib province on Sunday.", ["Idlib"])
    assert c.text == "Idlib province" and c.cue == "admin" and {e.fcode for e in c.entries} == {"ADM1"}
    text = "Snow closed schools across Essex and Suffolk counties on Monday."
    _r, c, _i = read(text, ["Suffolk"])
    assert c.text == "Suffolk" and c.cue == "admin" and c.suffix_end == text.index(" on Monday")
    assert all(e.fcode == "ADM2" for e in c.entries)
    _r, c, _i = read(text, ["Essex"])  # an earlier member of the list the plural ends
    assert c.text == "Essex" and c.cue == "admin" and c.suffix_end is None and all(e.fcode == "ADM2" for e in c.entries)
    text = "Clashes broke out in Ikeja Local Government Area yesterday."
    _r, c, _i = read(text, ["Ikeja"])
    assert c.cue == "admin" and c.suffix_end == text.index(" yesterday")


def test_compass_phrase_county_and_natural_feature(read):
    assert read("Traffic slowed in central city streets.", ["central"])[1] is None
    _r, c, _i = read("Buses ran again in County Clare after the storm.", ["County", "Clare"])
    assert c.cue == "admin" and [(e.fcode, e.country) for e in c.entries] == [("ADM1", "IE")]
    _r, c, _i = read("Fog lingered over Vancouver island all week.", ["Vancouver"], ("CA",))
    assert c.text == "Vancouver island" and c.cue == "point" and all(e.fclass in "HTL" for e in c.entries)


def test_a_capitalised_state_after_a_town_names_an_institution(read):
    _r, c, _i = read("Fans of Kent State cheered on Friday.", ["Kent"], ("US",))
    assert c.text == "Kent" and c.cue == "" and c.scores.get("named_for") == 1.0
    assert c.entries and all(e.fclass == "P" for e in c.entries)


@pytest.fixture(scope="module")
def nlp():
    from sitrep.nlp.models import load_pipeline

    return load_pipeline()


def _cand(text, name, nth=0):
    from sitrep.geo.candidate import Candidate

    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Candidate(start, start + len(name), name, [], "exact")


@pytest.mark.parametrize("text,nth,want", [
    ("Crews reached the village of Tamberlo overnight.", 0, "context"),
    ("Two families fled to Tamberlo on Sunday.", 0, "context"),
    ("The convoy moved on to nearby Tamberlo by noon.", 0, "context"),
    ("Tamberlo, 30 miles to the south, lost power.", 0, "context"),
    ("A Tamberlo-based charity sent blankets.", 0, "context"),
    ("The road between Kesselby and Tamberlo was shut.", 0, "context"),
    ("Shops in the villages of Kesselby, Varnokke and Tamberlo stayed shut.", 0, "context"),
    ("Mr Tamberlo told reporters he would stay.", 0, ""),
    ("Kesselby and Tamberlo signed the letter.", 0, ""),
])
def test_context_cue(nlp, text, nth, want):
    from sitrep.geo.context_cue import context_cue

    assert context_cue(nlp(text), _cand(text, "Tamberlo", nth)) == want


def test_kind_opener(nlp):
    from sitrep.geo.context_cue import kind_opener

    doc = nlp("Rain hit states such as Kesselby, the villages of Varnokke and a town called Tamberlo.")
    toks = [t.text for t in doc]
    assert kind_opener(doc, toks.index("as")) and kind_opener(doc, toks.index("of"))
    assert kind_opener(doc, toks.index("called")) and not kind_opener(doc, toks.index("hit"))


def test_name_runs_keep_particles_and_hyphens_inside(nlp):
    from sitrep.geo.name_runs import find_name_runs, name_runs

    doc = nlp("Shelling near Maarat al-Numan and Bab al-Hawa went on, said Kesselby of the Varnokke Council.")
    runs = [doc[i:j].text for i, j in find_name_runs(doc)]
    assert "Maarat al-Numan" in runs and "Bab al-Hawa" in runs and "Kesselby" in runs
    assert "Varnokke Council" in runs and "Shelling" in runs
    assert name_runs(doc) == find_name_runs(doc)  # (the runs are kept on the Doc)


def test_lacks_evidence():
    from sitrep.geo.candidate import Candidate
    from sitrep.geo.word_evidence import lacks_evidence

    village = [_entry("Tamberlo", "P", "PPL", "XX", 800)]
    assert lacks_evidence(Candidate(0, 8, "Tamberlo", village, "variant"), False, 800)  # a variant, no cue
    c = Candidate(0, 8, "Tamberlo", village, "variant", cue="context")
    assert not lacks_evidence(c, False, 800) and not c.weak
    c = Candidate(0, 8, "Tamberlo", village, "exact", label="GPE")
    assert not lacks_evidence(c, False, 800) and not c.weak
    c = Candidate(0, 8, "Tamberlo", village, "exact")
    assert not lacks_evidence(c, True, 800) and c.weak  # a list vouches for it; a small town without a cue is weak
    c = Candidate(0, 8, "Tamberlo", village, "exact")
    assert not lacks_evidence(c, True, 50_000) and not c.weak
