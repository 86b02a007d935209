"""extract_figures on sentences written for these tests, with hand-made times and attributions."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.model import Analysis, Attribution, Span, TimeExpr
from sitrep.nlp.annotate import DocContext
from sitrep.nlp.figures import extract_figures

PUB = dt.date(2021, 3, 4)  # a Thursday


@pytest.fixture(scope="module")
def nlp():
    from sitrep.nlp.models import load_pipeline

    return load_pipeline()


def _time(text: str, phrase: str, value: str, start: dt.date, end: dt.date, typ: str = "DATE") -> TimeExpr:
    i = text.index(phrase)
    return TimeExpr(Span("t1", i, i + len(phrase), phrase), value, typ, start, end)


def figs(nlp, text, times=(), attributions=(), published=PUB):
    an = Analysis("t1", times=list(times), attributions=list(attributions))
    return extract_figures(nlp(text), DocContext("t1", published=published), an)


def one(figures, span_text, k=0):
    hits = [f for f in figures if f.span.text == span_text]
    assert len(hits) > k, (span_text, [(f.span.text, f.what) for f in figures])
    return hits[k]


def test_killed_object_with_coordinated_counts(nlp):
    text = "The shelling killed 12 Iraqi police officers and one aid worker near the border."
    fs = figs(nlp, text)
    a, b = one(fs, "12"), one(fs, "one")
    assert (a.what, a.who, a.low, a.high, a.unit) == ("killed", "Iraqi police officers", 12, 12, "people")
    assert (b.what, b.who, b.low, b.high) == ("killed", "aid worker", 1, 1)
    assert a.as_of == PUB and a.since is None and not a.background
    assert a.id == f"t1:f{a.span.start}" and a.id != b.id


def test_passive_and_elliptic_passive(nlp):
    text = "Officials said 90 rebel positions were struck and 64 militia fighters killed."
    fs = figs(nlp, text)
    assert one(fs, "90").what == "positions_hit"
    assert one(fs, "90").who == "rebel"
    f = one(fs, "64")
    assert (f.what, f.who) == ("killed", "militia fighters")


def test_agent_subject_is_not_a_victim(nlp):
    fs = figs(nlp, "Twenty gunmen killed two guards at the gate.")
    assert one(fs, "two").what == "killed"
    assert one(fs, "Twenty").what == "fighters"


def test_others_and_bare_counts_inherit_who(nlp):
    text = "Five Kenyan soldiers were killed and two others were wounded. Nearly 800,000 residents have fled, and more than 250 have been killed."
    fs = figs(nlp, text)
    assert (one(fs, "Five").what, one(fs, "Five").who) == ("killed", "Kenyan soldiers")
    assert (one(fs, "two").what, one(fs, "two").who) == ("wounded", "Kenyan soldiers")
    f = one(fs, "more than 250")
    assert (f.what, f.who, f.low, f.high) == ("killed", "residents", 251, None)
    g = one(fs, "Nearly 800,000")
    assert (g.what, g.low, g.high) == ("displaced", 720000, 800000)


def test_displaced_since_is_background(nlp):
    text = "The offensive has uprooted almost 640,000 civilians since November, officials said."
    t = _time(text, "since November", "2020-11", dt.date(2020, 11, 1), dt.date(2020, 11, 30))
    f = one(figs(nlp, text, [t]), "almost 640,000")
    assert (f.what, f.who) == ("displaced", "civilians")
    assert f.low == 576000 and f.high == 640000
    assert f.since == dt.date(2020, 11, 1) and f.as_of == PUB
    assert f.background


def test_short_period_is_news_not_background(nlp):
    text = "Kenya said it had lost 11 soldiers in the past five days."
    t = _time(text, "the past five days", "P5D", dt.date(2021, 2, 27), dt.date(2021, 3, 4), "DURATION")
    f = one(figs(nlp, text, [t]), "11")
    assert (f.what, f.who) == ("killed", "soldiers")
    assert f.since == dt.date(2021, 2, 27) and f.as_of == PUB and not f.background


def test_perfect_displacement_without_date_is_background(nlp):
    f = one(figs(nlp, "The campaign has displaced over half a million people."), "over half a million")
    assert (f.what, f.low, f.high, f.background) == ("displaced", 500001, None, True)


def test_population_home_to(nlp):
    text = "The valley is home to some 2 million people, most of them farmers."
    f = one(figs(nlp, text), "some 2 million")
    assert (f.what, f.unit, f.low, f.high, f.background) == ("population", "people", 1_800_000, 2_200_000, True)


def test_area_and_conversion(nlp):
    text = "The army took an area of more than 400 square kilometers (150 square miles)."
    fs = figs(nlp, text)
    a = one(fs, "more than 400 square kilometers")
    assert (a.what, a.unit, a.low, a.high) == ("area_km2", "km2", 401, None)
    b = one(fs, "150 square miles")
    assert b.what == "area_km2" and b.low == pytest.approx(388.4982)


def test_vague_count_shared_by_conjuncts(nlp):
    text = "The army sent hundreds of armoured vehicles and troops into the province."
    fs = [f for f in figs(nlp, text) if f.span.text == "hundreds"]
    assert {(f.what, f.low, f.high) for f in fs} == {("vehicles", 200, 999), ("troops", 200, 999)}
    assert len({f.id for f in fs}) == 2


def test_things_destroyed_with_owner(nlp):
    text = "The ministry said 115 regime targets were hit and three Syrian tanks were destroyed."
    fs = figs(nlp, text)
    assert (one(fs, "115").what, one(fs, "115").who) == ("targets_hit", "regime")
    assert (one(fs, "three").what, one(fs, "three").who) == ("tanks_destroyed", "Syrian")


def test_including_children_and_scores(nlp):
    text = "Gunmen killed at least six villagers, including two children. Officials claimed to have killed scores of militants."
    fs = figs(nlp, text)
    assert (one(fs, "at least six").what, one(fs, "at least six").low, one(fs, "at least six").high) == ("killed", 6, None)
    assert (one(fs, "two").what, one(fs, "two").who) == ("killed", "children")
    s = one(fs, "scores")
    assert (s.what, s.who, s.low, s.high) == ("killed", "militants", 40, None)


def test_toll_deaths_percent(nlp):
    fs = figs(nlp, "Officials said the death toll rose to 57. There were 20 deaths, and 40% of the district lost power.")
    assert one(fs, "57").what == "killed"
    assert one(fs, "20").what == "killed"
    p = one(fs, "40%")
    assert (p.what, p.unit, p.who) == ("percent", "percent", "district")


def test_observation_posts_count_but_not_model_numbers_years_ages(nlp):
    text = ("In its nine-year-old war the army withdrew behind the 9 checkpoints it built under the 2018 accord "
            "along the M4 road, for the second time since 2015, and held two rounds of talks over three days.")
    fs = figs(nlp, text)
    assert [(f.span.text, f.what) for f in fs] == [("9", "checkpoints")]


def test_time_spans_are_not_figures(nlp):
    text = "On 4 March 2021 the army detained 40 men."
    t = _time(text, "4 March 2021", "2021-03-04", dt.date(2021, 3, 4), dt.date(2021, 3, 4))
    fs = figs(nlp, text, [t])
    assert [(f.span.text, f.what, f.who) for f in fs] == [("40", "detained", "men")]


def test_as_of_from_clause_time_reporting_time_and_clamp(nlp):
    text = ("The ministry said on Tuesday that five soldiers were killed on Monday. "
            "Last week's ambush killed seven police officers. "
            "Officials said on Wednesday that 30 homes burned. "
            "The army reopened the road for the first time since 2015 and detained 40 men.")
    times = [
        _time(text, "on Tuesday", "2021-03-02", dt.date(2021, 3, 2), dt.date(2021, 3, 2)),
        _time(text, "on Monday", "2021-03-01", dt.date(2021, 3, 1), dt.date(2021, 3, 1)),
        _time(text, "Last week", "2021-W08", dt.date(2021, 2, 22), dt.date(2021, 2, 28)),
        _time(text, "on Wednesday", "2021-03-03", dt.date(2021, 3, 3), dt.date(2021, 3, 3)),
        _time(text, "since 2015", "2015", dt.date(2015, 1, 1), dt.date(2015, 12, 31)),
    ]
    fs = figs(nlp, text, times)
    assert one(fs, "five").as_of == dt.date(2021, 3, 1)
    assert one(fs, "seven").as_of == dt.date(2021, 2, 28)
    assert one(fs, "30").as_of == dt.date(2021, 3, 3)  # only the reporting clause has a date
    f = one(fs, "40")
    assert f.since is None and f.as_of == PUB and not f.background  # "first time since" is not a period


def test_future_time_ignored_and_unknown_publication(nlp):
    text = "Ten refugees will arrive next week."
    t = _time(text, "next week", "2021-W10", dt.date(2021, 3, 8), dt.date(2021, 3, 14))
    t.future = True
    f = one(figs(nlp, text, [t], published=None), "Ten")
    assert f.what == "refugees" and f.as_of is None


def test_claimant_is_the_narrowest_covering_attribution(nlp):
    text = "The ministry said 25 protesters were detained. A monitor said 3 were later freed."
    i, j = text.index("The ministry"), text.index("A monitor")
    atts = [
        Attribution(Span("t1", i, i + 12, "The ministry"), "said", "MOI", "Interior ministry", i, j),
        Attribution(Span("t1", j, j + 9, "A monitor"), "said", "MONITOR", "a war monitor", j, len(text)),
        Attribution(Span("t1", 0, 3, "The"), "said", "WIDE", "wide", 0, len(text)),
    ]
    fs = figs(nlp, text, attributions=atts)
    assert (one(fs, "25").what, one(fs, "25").claimant, one(fs, "25").claimant_name) == ("detained", "MOI", "Interior ministry")
    assert (one(fs, "3").what, one(fs, "3").who, one(fs, "3").claimant) == ("released", "protesters", "MONITOR")


_SUBJ = ["Gunmen", "The raid", "Shelling", "An air strike"]
_QTY = ["12", "at least five", "more than 300", "nearly one million", "dozens of", "about 40", "between 8 and 10", "seven", "half a million"]
_NOUN = ["civilians", "Malian soldiers", "rebel fighters", "people", "villagers", "children"]
_VERB = ["killed", "wounded", "displaced", "detained"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SUBJ), st.sampled_from(_VERB), st.sampled_from(_QTY), st.sampled_from(_NOUN)), min_size=1, max_size=3))
def test_property_spans_exact_and_bounds_ordered(nlp, parts):
    text = " ".join(f"{s} {v} {q} {n} in 2019 on Monday." for s, v, q, n in parts)
    fs = figs(nlp, text)
    assert len(fs) >= len(parts)
    for f in fs:
        assert text[f.span.start : f.span.end] == f.span.text
        assert f.span.article_id == "t1"
        if f.low is not None and f.high is not None:
            assert f.low <= f.high
        assert f.span.text not in ("2019",)
    assert len({f.id for f in fs}) == len(fs)
    assert [f.what for f in fs][: len(parts)] == [v for _, v, _, _ in parts]


def test_nationality_nouns_and_adjectival_numbers(nlp):
    text = "More than 450 Yazidis reached the camp, where a seven-member panel met 30 officials."
    fs = figs(nlp, text)
    f = one(fs, "More than 450")
    assert (f.what, f.who, f.low) == ("people", "Yazidis", 451)
    assert not any(x.span.text == "seven" for x in fs)
    assert one(fs, "30").what == "officials"


def test_population_needs_generic_people(nlp):
    fs = figs(nlp, "The district has 40,000 residents and the militia has 3,000 fighters.")
    assert (one(fs, "40,000").what, one(fs, "40,000").background) == ("population", True)
    assert (one(fs, "3,000").what, one(fs, "3,000").background) == ("fighters", False)


def test_unanchored_duration_counts_back(nlp):
    text = "Clashes killed 13 Turkish troops in a week."
    t = _time(text, "a week", "P1W", None, None, "DURATION")
    f = one(figs(nlp, text, [t]), "13")
    assert (f.what, f.who) == ("killed", "Turkish troops")
    assert f.since == PUB - dt.timedelta(days=7) and f.as_of == PUB and not f.background


_WORDS = ["killed", "at least", "12", "one", "of", "hundreds", "and", "since", "were", "2019", "-", "year-old", "$5",
          "civilians", "the", ".", ",", "more than", "half a million", "%", "wounded", "home to", "people", "M5", "10:30", "\n"]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join))
def test_property_never_crashes_on_word_salad(nlp, text):
    for f in figs(nlp, text):
        assert text[f.span.start : f.span.end] == f.span.text
        assert f.low is None or f.high is None or f.low <= f.high


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(1, 10)), max_size=12), st.integers(0, 60), st.integers(1, 10))
def test_interval_overlap_matches_brute_force(spans, s, w):
    from sitrep.nlp.figures import _Intervals

    iv = _Intervals((a, a + b) for a, b in spans)
    assert iv.overlaps(s, s + w) == any(a < s + w and s < a + b for a, b in spans)


def test_tallies_that_rise_or_are_put_at_a_number(nlp):
    fs = figs(nlp, "The number of people killed in the bombing of the depot has risen to 41, the governor said.")
    assert one(fs, "41").what == "killed" and one(fs, "41").low == 41
    fs = figs(nlp, "Officials put the death toll at 23 on Monday.")
    assert one(fs, "23").what == "killed"
    fs = figs(nlp, "The number of visitors has risen to 300.")
    assert all(f.what != "killed" for f in fs)


def test_people_still_in_treatment_are_not_the_wounded_total(nlp):
    fs = figs(nlp, "More than 90 people were still being treated in hospital, and 120 had been wounded.")
    assert (one(fs, "More than 90").what, one(fs, "More than 90").low) == ("in_treatment", 91)
    assert one(fs, "120").what == "wounded"


def test_hospitalised_in_a_violent_deed_are_wounded_but_patients_of_an_outbreak_are_not(nlp):
    fs = figs(nlp, "Two men were killed and four others were hospitalised after gunmen attacked a bus.")
    assert one(fs, "four").what == "wounded"
    fs = figs(nlp, "Three people died and six others were hospitalised after a cholera outbreak in the camp.")
    assert one(fs, "six").what == "in_treatment"


def test_survived_or_escaped_with_injuries_is_wounded(nlp):
    fs = figs(nlp, "Four people were shot dead at a farm. A fifth man survived with gunshot wounds and is in hospital.")
    assert (one(fs, "A fifth man").what, one(fs, "A fifth man").low) == ("wounded", 1)
    fs = figs(nlp, "The bodies of a man and his wife were found in the burnt house. Their son escaped with burns to his arms.")
    assert one(fs, "Their son").what == "wounded"
    fs = figs(nlp, "Fire gutted the flat overnight. Their daughter escaped through a window with burns to her hands.")
    assert one(fs, "Their daughter").what == "wounded"
    fs = figs(nlp, "Gunmen stormed the market. Two traders survived with gunshot wounds.")
    assert one(fs, "Two").what == "wounded"


def test_a_passer_by_is_the_one_wounded_not_the_one_killed(nlp):
    for text in ("A soldier was killed and a passer-by injured when gunmen fired on a checkpoint.",
                 "A soldier was killed and a passer-by was wounded when gunmen fired on a checkpoint."):
        fs = figs(nlp, text)
        assert [(f.span.text, f.what) for f in fs if f.what in ("killed", "wounded")] == [
            ("A soldier", "killed"), ("a passer-by", "wounded")]
