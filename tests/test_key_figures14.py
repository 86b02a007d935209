"""Key figures for humanitarian desks, fifth round (issue 16; branch figures14): people held by an authority, a
claimant who puts or revises a tally's figure, returnees, people in need told through a tally, a count told across a
whole country. Sentences made up for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2026, 3, 11)  # a Wednesday


def _figs(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("kf14", published=PUB)).figures


def _one(ann, text, span):  # type: ignore[no-untyped-def]
    got = [f for f in _figs(ann, text) if f.span.text == span]
    assert len(got) == 1, [(f.span.text, f.what) for f in _figs(ann, text)]
    return got[0]


@pytest.mark.parametrize("text,span,what", [
    ("The Velonian army now holds 27 people over the ambush near Tarmin, a military spokesman said.", "27", "detained"),
    ("Police in Dolt are holding 46 people after Sunday's march, a police spokeswoman said.", "46", "detained"),
    ("The rights league said at least 130 were in custody after the march.", "at least 130", "detained"),
    ("About 70 students remain in detention, their lawyers said.", "About 70", "detained"),
])
def test_people_held_by_an_authority_are_detained(ann, text, span, what):  # noqa: F811
    assert _one(ann, text, span).what == what


@pytest.mark.parametrize("text,span", [
    ("The Tarmin transit camp holds about 3,000 people and is full, a camp manager said.", "about 3,000"),
    ("They were taken to Dolt prison, which holds about 900 inmates.", "about 900"),
])
def test_a_place_that_holds_people_is_no_detention(ann, text, span):  # noqa: F811
    assert all(f.what != "detained" for f in _figs(ann, text) if f.span.text == span)


def test_officials_who_put_the_figure_claim_it_not_the_vague_count_before(ann):  # noqa: F811
    text = "Dozens of people were arrested in Tarmin; officials put the figure at 58."
    assert _one(ann, text, "58").claimant_name == "officials"
    assert _one(ann, text, "Dozens").claimant_name is None


def test_a_claimant_who_revises_its_estimate_claims_the_new_figure(ann):  # noqa: F811
    f = _one(ann, "The Velo relief committee has revised down its count of people displaced in Tarmin to 21,000.",
             "21,000")
    assert f.what == "displaced" and "relief committee" in (f.claimant_name or "")


@pytest.mark.parametrize("text,span", [
    ("The number of people in need in Tarmin province has risen to 64,000, the agency said.", "64,000"),
    ("The aid office has lowered its estimate of people in need in Tarmin to 1.3 million.", "1.3 million"),
])
def test_people_in_need_told_through_a_tally(ann, text, span):  # noqa: F811
    assert _one(ann, text, span).what == "in_need"


def test_returnees_are_a_count_of_their_own(ann):  # noqa: F811
    assert _one(ann, "Some 2,500 returnees are now back in Tarmin, the agency said.", "Some 2,500").what == "returned"


@pytest.mark.parametrize("sentence,national", [
    ("Across Velonia, 4.2 million people need help this year, the agency added.", True),
    ("Throughout Velonia, more than 900,000 remain displaced.", True),
    ("Inside Velonia, about 20,000 people have fled toward Tarmin town.", False),
])
def test_a_count_told_across_a_country_opening_the_sentence(sentence, national, monkeypatch):
    from sitrep.stories import count_scope

    monkeypatch.setattr(count_scope, "_countries", lambda: frozenset({"Velonia"}))
    assert count_scope.told_for_country(sentence) is national


def test_words_of_a_whole_country_in_another_clause_are_not_the_counts():
    from types import SimpleNamespace

    from sitrep.stories.compare import group_of

    text = ("The ministry said that some 6,000 people in Tarmin district had been displaced by the floods, and that the "
            "number displaced across the country had passed 90,000.")

    def fig(span):  # type: ignore[no-untyped-def]
        i = text.index(span)
        return SimpleNamespace(what="displaced", who="people", claimant=None,
                               span=SimpleNamespace(start=i, end=i + len(span)))

    assert group_of(fig("some 6,000"), text) != "nationwide"
    assert group_of(fig("90,000"), text) == "nationwide"


def test_a_body_takes_the_name_of_its_spokesman_in_the_story():
    from types import SimpleNamespace

    from sitrep.stories.claimant_names import named_titles

    def fig(who, aid):  # type: ignore[no-untyped-def]
        return SimpleNamespace(claimant_name=who, claimant=None, span=SimpleNamespace(article_id=aid))

    texts = {"a": "Police arrested 30 people, a police spokesman, Joel Marik Tembo, said.",
             "b": "The league said 80 were held, while police put the number at 42."}
    figs = [fig("Joel Marik Tembo", "a"), fig("police", "b")]
    assert named_titles(figs, texts.get) == {"police": "Joel Marik Tembo"}
    texts["a"] = "Police arrested 30 people, Joel Marik Tembo, a lawyer, said."
    assert named_titles(figs, texts.get) == {}
