"""Story figures that never double count (issue 16 point 3, branch stories27; the cause of the first read of
tests/data/story_sets26 a02, on sentences written for these tests with made-up people, villages and incidents): a
count told of a number of deeds named with one word of their doers, weapon or region between the number and the deeds
("in two bandit attacks", "in three air strikes") is a round-up of those deeds, as "in two separate attacks" was: it
never joins one of its parts' events nor stands as a third incident (stories/told_apart.counts_deeds)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


def _sums(ann, text: str) -> list[bool]:  # type: ignore[no-untyped-def]  # noqa: F811
    from sitrep.events.merge_guards import sums_several
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate(text, DocContext("k", published=D(2031, 6, 3)))
    return [sums_several(m) for m in an.events if m.fatalities is not None]


@pytest.mark.parametrize("text", [
    "Katsina state officials said on Monday that 14 people were killed in two bandit attacks on Saturday night, nine "
    "in Yar Gamji and five in Dan Sabo.",
    "Eleven villagers were killed in three air strikes on hamlets near Kyunhla on Sunday, a local rescue group said.",
    "Police said seven people died in two gang shootings in the port district of Mavelo on Friday.",
])
def test_a_count_over_deeds_named_by_their_doers_is_a_round_up(ann, text):  # noqa: F811
    """The number before one word and the plural deeds numbers the deeds (before the fix: only "in two attacks" and
    "in two separate attacks" did, so "14 ... in two bandit attacks" joined the Yar Gamji raid as its toll)."""
    assert _sums(ann, text) == [True]


@pytest.mark.parametrize("text", [
    "Gunmen killed nine people in a bandit attack on Yar Gamji village on Saturday night, police said.",
    "Eleven villagers were killed in air strikes on hamlets near Kyunhla on Sunday, a local rescue group said.",
    "Relatives of the 41 people killed in the 2029 Easter bombings in Port Mavelo marched on Sunday.",
])
def test_one_deed_or_unnumbered_deeds_are_no_round_up(ann, text):  # noqa: F811
    """A single deed ("a bandit attack"), deeds with no number before them ("in air strikes", which often tell one
    strike) and deeds after a year ("the 2029 Easter bombings") are no sum of several incidents."""
    assert _sums(ann, text) == [False]


def test_a_restated_sum_of_two_raids_is_not_added_again(tmp_path):
    """Three reports of one night in a made-up state: a raid on one village (6 -> 9), a second raid told in a report as
    "in a separate attack" (4), and the government's "13 ... in two bandit attacks, nine in ... and four in ...": two
    incidents, 13 in all; before the fix the 13 joined the first raid as its latest toll (13 + 4 = 17)."""
    import json

    from sitrep import pipeline

    d = tmp_path / "in"
    d.mkdir()
    (d / "r1.txt").write_text(
        "Bandits kill six in Katsina village\nJune 2, 2031\n\nKATSINA - Armed bandits killed six villagers in Yar "
        "Gamji, a community in Katsina State's Faskari Local Government Area, late on Sunday, residents said on "
        "Monday.\n\nA resident, Musa Dangote Lawan, said the gunmen came on motorcycles and set fire to a grain "
        "store.\n", encoding="utf-8")
    (d / "r2.txt").write_text(
        "Gunmen kill nine in northwest Nigeria village, police say\nJune 2, 2031\n\nKANO, Nigeria (AFP) - Gunmen "
        "killed nine people when they raided Yar Gamji village in northwest Nigeria's Katsina state late on Sunday, "
        "police said on Monday.\n\nIn a separate attack the same night, bandits killed four people in Dan Sabo "
        "village in the Funtua area, police spokesman Idris Bala Yusuf added.\n", encoding="utf-8")
    (d / "r3.txt").write_text(
        "Katsina says 13 killed in two bandit raids\nJune 3, 2031\n\nABUJA (Reuters) - Nigeria's Katsina state "
        "government said on Tuesday that 13 people were killed in two bandit attacks on Sunday night, nine in Yar "
        "Gamji in Faskari and four in Dan Sabo near Funtua.\n\nThe commissioner for internal security, Sani Kabir "
        "Ingawa, said more troops had been sent to both areas.\n", encoding="utf-8")
    pipeline.run([str(d)], str(tmp_path / "s.db"), tmp_path / "out")
    story = json.loads((tmp_path / "out" / "story.json").read_text(encoding="utf-8"))
    totals = [t for t in story["totals"] if t["what"] == "killed"]
    assert sum(t["best"] for t in totals) == 13


def _wounded_claims(ann, *texts: str) -> list[float]:  # type: ignore[no-untyped-def]  # noqa: F811
    from sitrep.model import Article
    from sitrep.nlp.annotate import DocContext
    from sitrep.stories.totals import key_figures

    figures, articles = [], {}
    for k, text in enumerate(texts):
        aid = f"w{k}"
        an = ann.annotate(text, DocContext(aid, published=D(2031, 6, 2 + k)))
        figures += an.figures
        articles[aid] = Article(id=aid, text=text, published=D(2031, 6, 2 + k))
    return sorted(c.low for kf in key_figures(figures, articles) if kf.what in ("wounded", "injured")
                  for c in kf.claims)


def test_dozens_wounded_is_no_count_of_the_wounded(ann):  # noqa: F811
    """"killed at least nine people and wounded dozens more": "dozens" names no count, so its floor (24) is no
    claimant's count of the wounded in the key figures (before: a wounded key figure of 24 where no report gave a
    count, or 24 beside the hospital's 21, the larger taken as the story's injured)."""
    shelling = ("Shells fired on the Kalemba market killed at least nine people and wounded dozens more, volunteers "
                "at the market's clinic said.")
    assert _wounded_claims(ann, shelling) == []
    assert _wounded_claims(ann, shelling, "The district hospital said on Tuesday it had treated 21 people wounded in "
                                          "Monday's shelling of the Kalemba market.") == [21]


def test_a_count_of_the_wounded_stays_a_claim(ann):  # noqa: F811
    """A number of the wounded, exact or bounded ("at least 30"), stays a claim."""
    assert _wounded_claims(ann, "The blast at the Tarvo bus station killed six people and wounded at least 30, "
                                "police said.") == [30]
