"""The per-Doc token columns (nlp/doctext: one ``Doc.to_array`` call, no Token built) and the cached sentence starts
give what spaCy's Token attributes give, on sentences written for these tests (made-up people and incidents).

Uses the spaCy model."""
import pytest

TEXTS = [
    "GOMBE, Nigeria (Wirewire) - Gunmen torched the Tashan Kade cattle market on Sunday, killing three traders, "
    "police spokesman Idris Balarabe Tunau said.\n\nResidents fled to the Kalma displacement camp.",
    "Mrs. O'Dwyer-Pratt, 63, wasn't hurt when the Aden Adde international airport's café closed at 3:45 a.m.; "
    "U.S.-backed forces (about 1,200 of them) said they'd reopen it — maybe.",
    "  \n\nPROTESTERS MARCH\n\nHundreds marched in Ciudad Vieja; naïve slogans, émigrés' banners and 12.5 % wage "
    "demands filled the plaza.   Then it rained.",
    "",
    "Ok",
]


@pytest.fixture(scope="module")
def nlp():
    from sitrep.nlp.models import load_pipeline

    return load_pipeline()


def test_every_column_is_the_token_attribute_with_its_type(nlp):
    from sitrep.nlp.doctext import _TOKEN_ATTRS, _columns, doc_attr

    assert {"text", "lower_", "lemma_", "idx", "pos_", "tag_", "ent_type_", "whitespace_", "is_space", "is_punct",
            "is_alpha", "is_lower"} <= set(_TOKEN_ATTRS)
    for text in TEXTS:
        doc = nlp(text)
        cols = _columns(doc)
        assert set(cols) == set(_TOKEN_ATTRS)
        for name in _TOKEN_ATTRS:
            want = [getattr(t, name) for t in doc]
            assert cols[name] == want, (text, name)
            assert [type(x) for x in cols[name]] == [type(x) for x in want], (text, name)
            assert doc_attr(doc, name) == want and doc_attr(doc, name) is doc_attr(doc, name)


def test_columns_of_a_second_doc_read_its_own_words(nlp):
    """The string-store hashes remembered from one Doc name the same strings in the next (a new word included)."""
    from sitrep.nlp.doctext import doc_attr

    a = nlp("Zorblat villagers fled.")
    b = nlp("Zorblat villagers fled to Quenmoor.")
    assert doc_attr(a, "text") == [t.text for t in a]
    assert doc_attr(b, "text") == [t.text for t in b] and doc_attr(b, "lemma_") == [t.lemma_ for t in b]


def test_sentence_start_char_is_the_token_sentence_start(nlp):
    from sitrep.nlp.doctext import sent_start_char

    for text in TEXTS:
        doc = nlp(text)
        assert [sent_start_char(doc, t.i) for t in doc] == [t.sent.start_char for t in doc], text


def test_facility_heads_read_from_columns(nlp):
    from sitrep.geo.facility import facility_spans

    doc = nlp(TEXTS[0])
    found = {(doc[i:j].text, kind) for i, j, kind in facility_spans(doc)}
    assert ("Kalma displacement camp", "lone") in found


def test_columns_read_with_no_remembered_strings(nlp, monkeypatch):
    """Every hash unknown (the string memo cleared), then every hash known (the memo's fast path), and a memo that
    knows some of a Doc's hashes only: the columns are the Token attributes each time."""
    from sitrep.nlp import doctext

    monkeypatch.setattr(doctext, "_STRINGS", {})
    for text in TEXTS + [" ".join(reversed(TEXTS[2].split()))]:
        for _round in range(2):
            doc = nlp(text)
            cols = doctext._columns(doc)
            for name in doctext._TOKEN_ATTRS:
                assert cols[name] == [getattr(t, name) for t in doc], (text, name)
        doctext._STRINGS.clear()
        doctext._columns(nlp(text[: len(text) // 2]))  # (half the text's words known before the next text)
