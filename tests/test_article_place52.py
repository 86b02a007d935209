"""The article's place where the dateline line stands as a sentence of its own (branch places52, issue 14). Sentences
written for these tests; the people are made up."""
import pytest


@pytest.fixture(scope="module")
def main_place(nlp):
    """``main_place(text, dateline=None)``: the article's place (events.place.article_place) of one text."""
    from sitrep.events.place import article_place
    from sitrep.nlp.annotate import DocContext, annotate_doc

    def _run(text, dateline=None):
        doc = nlp(text)
        an = annotate_doc(doc, DocContext(article_id="t", dateline=dateline))
        return article_place(an, dateline, doc)

    return _run


def test_a_long_dateline_line_is_no_lede(main_place):
    # the dateline line ends on its dash: the lede after it tells where the news is, and wins the tie with the
    # dateline's town
    p = main_place("QUITO, Ecuador, March 3 (translated from Spanish) - Three guards were killed in a riot at a prison "
                   "near Machala on Sunday, the prison service said.\n\nSoldiers regained control of the prison after "
                   "four hours.", dateline="QUITO, Ecuador")
    assert p is not None and p.name == "Machala", p

