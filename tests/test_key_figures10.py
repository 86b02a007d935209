"""Key figures for humanitarian desks (issue 16 item 3, branch figures10; every sentence written for these tests,
made-up places, people and agencies): displacement told as people forced to leave their homes, a running count whose
verb the parser hung inside the tally's own phrase, parts of a count (children among the displaced, one district of a
province) as groups of their own, one count rounded several ways told once over a recent period, a bare title and the
name its report gives it one claimant."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from sitrep.model import Analysis, Article
from sitrep.nlp.annotate import DocContext
from sitrep.nlp.figures import extract_figures
from sitrep.stories.claimant_names import named_titles
from sitrep.stories.count_parts import common_population, part_group

PUB = dt.date(2026, 4, 9)


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from sitrep.nlp.models import load_pipeline

    return load_pipeline()


def _figs(nlp, text):  # type: ignore[no-untyped-def]
    return extract_figures(nlp(text), DocContext("t1", published=PUB), Analysis("t1", times=[]))


def _one(figs, span_text):  # type: ignore[no-untyped-def]
    hits = [f for f in figs if f.span.text == span_text]
    assert hits, (span_text, [(f.span.text, f.what) for f in figs])
    return hits[0]


@pytest.mark.parametrize("text,span,what", [
    ("About 2,300 people, including 540 children, have been forced to leave their homes in the Varnel district, "
     "the mayor said.", "About 2,300", "displaced"),
    ("The number of people forced to leave their homes in the Varnel district has risen to 3,100, regional governor "
     "Ilse Marwick said on Monday.", "3,100", "displaced"),
    ("The number of Tarvish refugees who have arrived in Kolmar since the raid near Zent has risen to 5,200, an "
     "agency spokeswoman told reporters on Friday.", "5,200", "refugees"),
])
def test_displacement_and_running_counts_the_parser_hung_apart(nlp, text, span, what):
    f = _one(_figs(nlp, text), span)
    assert f.what == what
    if text.startswith("The number"):
        assert not f.background  # the news's running count, not a cumulative total restated


@pytest.mark.parametrize("text,span,part", [
    ("About 2,300 people, including 540 children, have fled.", "540", "children"),
    ("OCHA said 81,200 people had fled, including about 19,000 in Velo territory.", "about 19,000",
     "in velo territory"),
    ("In Velo territory alone, about 19,000 people have been displaced.", "about 19,000", "in velo territory"),
    ("Roughly 3,000 of the displaced are children, the agency said.", "Roughly 3,000", "children"),
    ("The Dolt camp, which already hosts more than 52,000 Tarvish refugees, is full.", "more than 52,000", "hosted"),
    ("Velo province already hosts about 90,000 displaced people.", "about 90,000", "hosted"),
    ("About 2,300 people have fled the fighting, the mayor said.", "About 2,300", None),
])
def test_a_part_of_a_count_is_its_own_group(text, span, part):
    i = text.index(span)
    assert part_group(text, i, i + len(span)) == part


def test_generic_nouns_of_people_missing_are_one_population():
    assert common_population("missing", "resident") == "people"
    assert common_population("missing", "missing villager") == "people"
    assert common_population("killed", "resident") == "resident"  # the dead and hurt keep their sides' nouns
    assert common_population("detained", "student") == "student"


def test_a_bare_title_is_the_holder_its_report_names():
    def fig(who, aid):  # type: ignore[no-untyped-def]
        return SimpleNamespace(claimant=who, claimant_name=who, span=SimpleNamespace(article_id=aid))

    texts = {"a1": "Regional governor Ilse Marwick said the strike killed four. About 900 people have fled, the "
                   "governor said.", "a2": "The count has risen to 1,400, Ilse Marwick said."}
    figs = [fig("the governor", "a1"), fig("Ilse Marwick", "a2")]
    assert named_titles(figs, texts.get) == {"the governor": "Ilse Marwick"}
    assert named_titles([fig("the governor", "a1")], texts.get) == {}  # no other claimant of that name: apart


def test_one_count_rounded_told_over_two_weeks_is_one_key_figure(nlp):
    from sitrep.nlp.annotate import annotate_doc
    from sitrep.stories import link_story

    reports = [
        (dt.date(2026, 7, 14), "Nearly 90,000 people have fled their homes in two weeks of fighting between rebels "
                               "and the army near Doruma, the relief agency Kestrel Aid said on Monday."),
        (dt.date(2026, 7, 16), "Almost 85,000 people have been displaced by the fighting near Doruma, according to "
                               "relief figures."),
        (dt.date(2026, 7, 17), "Kestrel Aid said on Friday that 84,300 people had been displaced by the fighting "
                               "near Doruma."),
    ]
    arts, ans = [], {}
    for k, (day, text) in enumerate(reports):
        ans[f"a{k}"] = annotate_doc(nlp(text), DocContext(article_id=f"a{k}", published=day))
        arts.append(Article(id=f"a{k}", text=text, published=day, published_precision="day"))
    kfs = [k for k in link_story("s", arts, ans).story.key_figures if k.what == "displaced"]
    held = [k for k in kfs if any(c.low is not None and c.low <= 84300 <= (c.high or c.low) for c in k.claims)]
    assert len(held) == 1 and held[0].kind == "agree"


def _claim(low, high):  # type: ignore[no-untyped-def]
    from sitrep.model import ClaimValue

    return ClaimValue(claimant="x", low=low, high=high, as_of=None, figure_id="f", article_id="a", quoted=True)


@pytest.mark.parametrize("bands,rounded", [
    ([(7200, 8800), (7650, 9350)], False),  # "about 8,000" and "about 8,500": 8,500 to the thousand is 9,000
    ([(7200, 8800), (7380, 9020)], True),  # "about 8,000" and "about 8,200": one count rounded two ways
    ([(225000, 250000), (216000, 240000), (238600, 238600)], True),  # "nearly 250,000", "almost 240,000", 238,600
])
def test_about_counts_that_are_no_rounding_of_each_other_differ(bands, rounded):
    from sitrep.stories.totals import _one_count_rounded

    assert _one_count_rounded([_claim(lo, hi) for lo, hi in bands], "displaced") is rounded
