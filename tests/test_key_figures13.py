"""Key figures for humanitarian desks (issue 16 part 3; branch figures13): a count told for a neighbouring place is
that place's group, never a claim of the story's own count. Sentences made up for these tests."""
from __future__ import annotations

import pytest

from sitrep.stories.count_parts import part_group


@pytest.mark.parametrize("text,span,part", [
    ("In neighbouring Velo territory, some 4,000 people fled separate clashes.", "some 4,000", "in velo territory"),
    ("In nearby Tarmin, about 12,500 people have been displaced by the floods.", "about 12,500", "in tarmin"),
    ("In neighboring Dolt Valley, more than 900 people are missing.", "more than 900", "in dolt valley"),
    ("Nearly 60,000 people have fled Velo, the agency said.", "Nearly 60,000", None),
    ("In Velo, some 4,000 people fled the clashes.", "some 4,000", None),
    ("Velo province already counts more than 800,000 internally displaced people.", "more than 800,000", "hosted"),
    ("The camp already has about 30,000 residents.", "about 30,000", "hosted"),
    ("The army has 300 troops in the town.", "300", None),
])
def test_a_count_told_for_a_neighbouring_place_is_its_own_group(text, span, part):
    i = text.index(span)
    assert part_group(text, i, i + len(span)) == part


def _fig(who: str, aid: str):  # type: ignore[no-untyped-def]
    from types import SimpleNamespace
    return SimpleNamespace(claimant_name=who, claimant=None, span=SimpleNamespace(article_id=aid))


def test_a_bare_title_takes_the_holder_another_report_names():
    from sitrep.stories.claimant_names import named_titles

    texts = {"a": "About 1,900 people have fled Tarmin, the governor said.",
             "b": "The number has risen to 2,600, Velo governor Colonel Amadou Kessel told reporters."}
    figs = [_fig("the governor", "a"), _fig("Amadou Kessel", "b")]
    assert named_titles(figs, texts.get) == {"the governor": "Amadou Kessel"}
    texts["b"] = "The number has risen to 2,600, the mayor Amadou Kessel told reporters."
    assert named_titles(figs, texts.get) == {}


@pytest.mark.parametrize("sentence,what,period", [
    ("Since gunmen first began raiding Tarmin in March last year, about 9,000 people have fled the town.",
     "displaced", True),
    ("More than 40,000 people have been displaced in Velo since the clashes erupted in 2024.", "displaced", True),
    ("About 9,000 people have fled Tarmin since the raid on Sunday.", "displaced", False),
    ("Since the raid in 2026, about 9,000 people have fled.", "displaced", False),  # under four weeks before
    # tolls: nlp.figure_background.war_total
    ("Since fighting began in 2024, 300 soldiers have been killed.", "killed", False),
])
def test_a_count_since_a_month_or_year_long_before_is_a_periods(sentence, what, period):
    import datetime as dt
    from types import SimpleNamespace

    from sitrep.stories.key_periods import since_long_before

    f = SimpleNamespace(what=what, since=None)
    assert since_long_before(f, sentence, dt.date(2026, 1, 20)) is period
