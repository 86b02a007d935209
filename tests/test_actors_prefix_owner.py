"""A generic role phrase ("police", "special forces") with a word between it and the name before it: the name still
says whose body it is, and a name the dictionary does not know keeps the report's focus country out.

All sentences and names are written for these tests ("Varnian" names no real country).
"""
import pytest

from sitrep.nlp.actor_lexicon import get_resolver


@pytest.fixture(scope="module")
def res():
    return get_resolver()


def test_an_unknown_demonym_two_words_before_police_is_not_the_focus_country(res):
    assert res.resolve("Varnian riot police", ["RU"]) is None
    assert res.resolve("the Varnian special police", ["RU"]) is None


def test_a_named_group_two_words_before_police_is_not_the_focus_country(res):
    assert res.resolve("the Taliban riot police", ["SY"]) is None


def test_a_demonym_with_a_word_between_owns_the_body(res):
    assert res.resolve("Iraqi federal police", ["SY"]) == ("IRQ_POLICE", "Police Forces of Iraq")
    assert res.resolve("the Turkish riot police", ["SY"]) == ("TUR_POLICE", "Police Forces of Turkey")
    assert res.resolve("Syria's riot police", ["TR"]) == ("SYR_POLICE", "Police Forces of Syria")
    # a sponsor or a side taken is no owner, and a bare phrase still takes the focus country
    assert res.resolve("Turkish-backed rebel forces", ["SY"]) == ("SYR_OPP", "Opposition Rebels (Syria)")
    assert res.resolve("pro-Russian separatist forces", ["SY"]) is None
    assert res.resolve("the riot police", ["SY"]) == ("SYR_POLICE", "Police Forces of Syria")


def test_a_protest_abroad_keeps_the_police_of_a_country_it_mentions_out():
    from sitrep.nlp.annotate import Annotator, DocContext

    text = ("Varnian riot police fired water cannon at thousands of protesters outside parliament on Saturday. The crowd "
            "opposes a media law that critics say copies Russian legislation.")
    an = next(iter(Annotator().annotate_many([(text, DocContext(article_id="p1"))])))
    assert all(e.actor1 is None or e.actor1.entity_id != "RUS_POLICE" for e in an.events)
    assert all(e.actor2 is None or e.actor2.entity_id != "RUS_POLICE" for e in an.events)
