"""Key figures of people uprooted, held, missing or in need (issue 16 item 3, branch figures2; every sentence written
for these tests, made-up places and agencies): "the number of X has risen to N", crossing a border, leaving one's
home, needing aid, a war's count since its start, a whole country's count, one claimant under two names."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Article, TimeExpr, Span
from sitrep.nlp.annotate import DocContext
from sitrep.nlp.figures import extract_figures
from sitrep.model import Analysis
from sitrep.stories.claimant_names import fold_claimants
from sitrep.stories.count_scope import told_abroad, told_for_country
from sitrep.stories.totals import counted_population

PUB = dt.date(2024, 3, 7)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from sitrep.nlp.models import load_pipeline

    return load_pipeline()


def _figs(nlp, text, times=()):  # type: ignore[no-untyped-def]
    return extract_figures(nlp(text), DocContext("t1", published=PUB), Analysis("t1", times=list(times)))


def _may_2021(text: str) -> TimeExpr:
    i = text.index("May 2021")
    return TimeExpr(Span("t1", i, i + 8, "May 2021"), "2021-05", "DATE", dt.date(2021, 5, 1), dt.date(2021, 5, 31))


def _one(figs, span_text):  # type: ignore[no-untyped-def]
    hits = [f for f in figs if f.span.text == span_text]
    assert hits, (span_text, [(f.span.text, f.what) for f in figs])
    return hits[0]


@pytest.mark.parametrize("text,span,what", [
    ("The number of people detained after the rally in Velmora has risen to 37, the ministry said.", "37", "detained"),
    ("The number of refugees who have reached Tarnovo since the raid has risen to 2,900, the agency said.", "2,900",
     "refugees"),
    ("The number of people displaced by the floods around Dorvan has risen to 8,400, officials said.", "8,400",
     "displaced"),
])
def test_the_number_of_them_has_risen_to(nlp, text, span, what):
    f = _one(_figs(nlp, text), span)
    assert f.what == what and not f.background  # a running count of the news, never a restated total


@pytest.mark.parametrize("text,span,what", [
    ("About 640 villagers have crossed the border into Ruritania, the migration office said.", "About 640", "displaced"),
    ("Some 1,100 refugees crossed into Ruritania on Tuesday.", "Some 1,100", "refugees"),
    ("Nearly 5,000 people have abandoned their homes in the valley, the governor said.", "Nearly 5,000", "displaced"),
    ("About 18,000 people in Dorvan needed humanitarian assistance, the relief agency said.", "About 18,000", "in_need"),
    ("Some 30,000 residents were in need of aid after the storm.", "Some 30,000", "in_need"),
])
def test_uprooted_and_in_need(nlp, text, span, what):
    assert _one(_figs(nlp, text), span).what == what


@pytest.mark.parametrize("text", [
    "About 300 soldiers crossed into the province on Monday.",
    "Forty soldiers left their base before dawn.",
    "Twenty people needed stitches after the match.",
])
def test_no_one_uprooted_nor_in_need(nlp, text):
    assert not any(f.what in ("displaced", "refugees", "in_need") for f in _figs(nlp, text))


def test_a_count_since_the_war_began_counts_from_its_start(nlp):
    text = ("More than 900,000 people have been displaced inside Ruritania since the war between the army and the "
            "northern rebels began in May 2021.")
    f = _one(_figs(nlp, text, [_may_2021(text)]), "More than 900,000")
    assert f.since == dt.date(2021, 5, 1) and f.background


def test_refugees_told_either_way_are_one_population():
    assert counted_population("refugees", "") == counted_population("displaced", "refugees abroad")
    assert counted_population("displaced", "internally displaced") == ("displaced", "people")


@pytest.mark.parametrize("check,sentence,expected", [
    (told_for_country, "More than 1 million people are displaced inside Haiti, the agency said.", True),
    (told_for_country, "More than 4 million people are displaced across Ethiopia.", True),
    (told_for_country, "Inside Congo, about 40,000 people remain displaced in South Kivu.", False),
    (told_for_country, "About 12,000 people have been displaced within Amhara region since Monday.", False),
    (told_for_country, "More than 1 million have fled since the war in Sudan began in April 2023.", True),
    (told_for_country, "About 2,000 people fled the village on Sunday.", False),
    (told_abroad, "About 500 residents have fled Dorvan, the mayor said.", False),
    (told_abroad, "Some 900 families have fled to Chad since Sunday.", True),
    (told_abroad, "About 1,200 people have crossed the border into Venezuela.", True),
    (told_abroad, "Thousands have fled the country since the coup.", True),
])
def test_a_whole_countrys_count_and_fleeing_abroad(check, sentence, expected):
    assert check(sentence) is expected


def test_one_claimant_under_two_names():
    names = ["the regional disaster commission", "the Dorvan regional disaster commission", "the ministry",
             "the interior ministry", "the health ministry"]
    folded = fold_claimants(names)
    assert folded["the regional disaster commission"] == "the Dorvan regional disaster commission"
    assert folded["the ministry"] == "the ministry"  # two longer names fit it: left apart


def test_key_figure_of_a_province_updated_and_a_countrys_apart(nlp):
    from sitrep.nlp.annotate import annotate_doc
    from sitrep.stories import link_story

    reports = [
        (dt.date(2024, 3, 5), "Fighting near Dorvan has displaced 6,000 people within Velmora province since Sunday, "
                              "the provincial relief commission said on Tuesday. More than 2 million people are "
                              "displaced across Mali, according to the migration agency."),
        (dt.date(2024, 3, 7), "The number of people displaced by the fighting near Dorvan has risen to 9,500, the "
                              "Velmora provincial relief commission said on Thursday."),
    ]
    arts, ans = [], {}
    for k, (day, text) in enumerate(reports):
        ans[f"a{k}"] = annotate_doc(nlp(text), DocContext(article_id=f"a{k}", published=day))
        arts.append(Article(id=f"a{k}", text=text, published=day, published_precision="day"))
    kfs = [k for k in link_story("s", arts, ans).story.key_figures if k.what == "displaced"]
    local = [k for k in kfs if any(c.low == 9500 for c in k.claims)]
    assert len(local) == 1 and [c.low for c in local[0].claims] == [9500]  # one claimant, its latest claim
    assert not any(c.low == 2000001 for c in local[0].claims)


@pytest.mark.parametrize("text,span,what", [
    ("More than 80 people were detained at the rally, the lawyers' group said, while police put the number at 52.",
     "52", "detained"),
    ("The number of refugees who have reached the camp at Tarnovo has risen to 3,100, the agency said on Friday.\n\n"
     "The provincial relief office put the figure at almost 3,000.", "almost 3,000", "refugees"),
])
def test_a_tally_told_as_another_partys_number(nlp, text, span, what):
    assert _one(_figs(nlp, text), span).what == what


def test_a_tally_with_nothing_told_before_is_dropped(nlp):
    assert not _figs(nlp, "Officials put the number at 40 on Monday.")


def test_a_war_dated_in_its_own_phrase_counts_from_its_start(nlp):
    text = ("The war between the army and the northern rebels, which broke out in May 2021, has driven more than "
            "900,000 people from their homes.")
    assert _one(_figs(nlp, text, [_may_2021(text)]), "more than 900,000").since == dt.date(2021, 5, 1)
