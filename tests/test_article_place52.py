"""The article's place where the dateline line stands as a sentence of its own, and where a province is named only
to say where a town is (branch places52, issue 14). Sentences written for these tests; the people are made up."""
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


def test_a_province_named_to_locate_its_town(main_place):
    # New South Wales is said only to say where Tamworth is: the article is at the town, not the state's centroid
    p = main_place("A woman was found dead in a house near Tamworth in the New England region of New South Wales on "
                   "Sunday. Her partner was taken to hospital in Newcastle with cuts to his hands, and officers from "
                   "Oxley Police District cordoned off the street.")
    assert p is not None and p.span.text == "Tamworth", p


def test_a_province_named_on_its_own_stays(main_place):
    # the province is also named by itself: the article may be about the province, and the town does not take it
    p = main_place("A woman was found dead in a house near Tamworth in the New England region of New South Wales on "
                   "Sunday. Her partner was taken to hospital in Newcastle with cuts to his hands, and officers from "
                   "Oxley Police District cordoned off the street. Police across New South Wales have recorded more "
                   "such deaths this year.")
    assert p is None or p.span.text != "Tamworth", p
