"""The running-total and period words (data/running_counts.tsv) as their two readers use them."""
import re

from sitrep.events import incident_date, toll
from sitrep.events import running_words as W


def test_every_group_of_the_file_is_read():
    assert set(W._G) == {"period", "scope", "rise", "stand", "reach", "pass", "qualifier", "qualifier_tail",
                         "span_noun", "span_length", "span_start", "sum", "carry", "known_now"}
    assert all(W._G.values())


def test_span_words_for_a_war_total():
    for s in ("Since the civil war broke out, 900 have died.", "since the start of the rebel offensive",
              "since hostilities began"):
        assert W.SPAN_SINCE.search(s), s
    for s in ("since Monday", "since the attack began", "since the start of the match"):
        assert not W.SPAN_SINCE.search(s), s
    assert W.SPAN_DURING.search("died during the long war") and not W.SPAN_DURING.search("died during the raid")


def test_period_words_for_the_incident_date_reader():
    assert incident_date._RUNNING is W.PERIOD
    for s in ("Forty herders have died since the spring thaw.", "Twelve have died so far.",
              "The militia has killed nine this month.", "Raids have killed six over the past week."):
        assert W.PERIOD.search(s), s
    for s in ("Gunmen have killed a farmer in Elmvale.", "The farmer was sincere."):
        assert not W.PERIOD.search(s), s


def test_scope_words_after_a_figure():
    assert toll._PERIOD_SCOPE is W.SCOPE
    for s in ("deaths nationwide", "killed across the country", "killed so far this year", "dead this year"):
        assert W.SCOPE.search(s), s
    for s in ("killed since Tuesday", "dead in the village"):  # period words that scope does not take
        assert not W.SCOPE.search(s), s


def test_running_toll_words():
    rx = re.compile(W.RUNNING, re.I)
    for s in ("the toll rose to 12", "the number of dead stood at 40", "the toll reached at least 30",
              "the toll reached 30", "deaths topped 50", "the toll reached about fifteen",
              "the toll reached twenty-one"):
        assert rx.search(s) and toll._TOLL_RE.search(s), s
    assert not rx.search("the mayor rose early and reached the hall")
    for s in ("By evening the toll had risen to ", "the number of dead stood at about ", "the toll reached "):
        assert W.RUNNING_TAIL.search(s), s
    assert not W.RUNNING_TAIL.search("the toll had risen to 12 and ")
    # the hedges that only the words right before the count take
    assert not rx.search("the toll reached almost 30") and W.RUNNING_TAIL.search("the toll reached almost ")
    assert not rx.search("the convoy reached one of the villages")
