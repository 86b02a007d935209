"""The dateline parsed apart from the lede (nlp/dateline_parse.py): the lede after "CITY, Country, Date (Agency) -"
is parsed as if it opened the text, the joined Doc keeps the text and its offsets. Reports written for these tests
(people and incidents made up)."""
from __future__ import annotations

import datetime as dt

import pytest

BANNU = ("BANNU, Pakistan, Oct 3 (Reuters) - A policeman wounded when gunmen attacked a checkpoint on Tuesday died in "
         "hospital on Friday, officials said.\n\nThe attackers escaped into the fields.")
ZINDER = ("ZINDER, Niger, May 2 (Reuters) - A guard wounded when bandits raided the market died in hospital on Sunday, "
          "a local official said.")


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from sitrep.nlp.models import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="module")
def annotator():  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import Annotator

    return Annotator()


def _lede(doc, text):  # type: ignore[no-untyped-def]
    cut = text.index(" - ") + 3
    return [t for t in doc if t.idx >= cut]


@pytest.mark.parametrize("text", [BANNU, ZINDER])
def test_lede_parsed_as_if_alone(nlp, text):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    cut = text.index(" - ") + 3
    alone = nlp(text[cut:])
    assert [(t.text, t.dep_, t.head.i - t.i, t.tag_) for t in _lede(doc, text)] == \
        [(t.text, t.dep_, t.head.i - t.i, t.tag_) for t in alone]


def test_wounded_man_is_who_died(nlp):  # type: ignore[no-untyped-def]
    # in the dateline's context the parser made "wounded" the clause's verb and "died" its complement
    doc = nlp(BANNU)
    # the joined Doc keeps the text, its tokens' offsets, and the dateline as a sentence of its own
    assert doc.text == BANNU
    assert [(t.idx, t.text) for t in doc] == [(t.idx, t.text) for t in nlp.make_doc(BANNU)]
    assert [s.text.strip()[:9] for s in doc.sents][:2] == ["BANNU, Pa", "A policem"]
    died = next(t for t in doc if t.text == "died")
    assert [c.text for c in died.children if c.dep_ == "nsubj"] == ["policeman"]
    assert next(t for t in doc if t.text == "wounded").dep_ == "acl"


def test_later_death_counts_in_the_raid(annotator):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    an = annotator.annotate(ZINDER, DocContext(article_id="z", published=dt.date(2026, 5, 2)))
    raids = [e for e in an.events if e.fatalities is not None]
    assert raids and raids[0].fatalities.low == 1
