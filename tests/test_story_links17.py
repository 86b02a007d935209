"""Reports of one story placed apart, and a fronted capital's ministry (issues 14 and 16, branch `stories17`; seen in
tests/data/story_sets17 n05 and n01). Sentences written for these tests; the people are made up, the places real.

- a state named bare after "the" and an adjective ("the swollen White Nile"), in a country no other place of the
  text lies in, is a river's name: no point (geo/bare_units.py);
- a lone town of a report filed from a hub abroad ("GENEVA (...) - ... South Sudan ... around Bor") is the town of
  the one country the text tells of, not a namesake elsewhere (geo/local_story.filed_from_hub);
- "In Moscow, the defence ministry claimed ..." is Russia's ministry (nlp/fronted_country.py), and a state's forces
  fighting abroad counting soldiers killed count the enemy's dead (stories/own_losses.foreign_forces_dead).
"""
from __future__ import annotations

import datetime as dt

from test_geo_context import _by_text  # noqa: F401
from test_geo_places import run  # noqa: F401  (the module's fixture: spaCy + gazetteer, loaded once)
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.nlp.annotate import DocContext


def test_a_state_named_bare_after_the_abroad_is_a_river(run):
    ps = _by_text(run("MALAKAL, South Sudan (Reuters) - Water from the rising White Nile has cut the road between "
                      "Malakal and Renk, and families in Upper Nile state are camping on school roofs, officials "
                      "said on Friday."))
    assert ps["White Nile"].lat is None and ps["White Nile"].country is None  # not Sudan's White Nile state
    assert ps["Malakal"].country == "SS"

    # a state named after "the" at home keeps its point
    ps = _by_text(run("MAKURDI, Nigeria (AP) - Farmers said the swollen Benue had washed away their yam fields near "
                      "Makurdi and Agatu, and the state government promised seedlings."))
    assert ps["Benue"].country == "NG"


def test_a_lone_town_of_a_report_filed_from_a_hub_is_in_the_country_it_tells_of(run):
    ps = _by_text(run("GENEVA (AFP) - Measles has spread through camps for people displaced by fighting in South "
                      "Sudan, the World Health Organization said on Tuesday, with 300 new cases in sites near Bor."))
    assert ps["Bor"].country == "SS"  # not Bor in Serbia, nor no point


def _claimants(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2026, 3, 4)))
    return {a.span.text: a.claimant_id for a in an.attributions}


def test_a_fronted_capitals_ministry_speaks(ann):
    text = ("KHARKIV, Ukraine (AP) - A Russian glide bomb hit a warehouse in Kharkiv on Tuesday, killing three "
            "workers, Ukraine's emergency service said. In Moscow, the defence ministry claimed the strike had "
            "destroyed an ammunition depot and killed 40 servicemen.")
    assert "RUS_MOD" in _claimants(ann, text).values()

    # a bare ministry with no fronted capital keeps the report's focus
    text = ("KHARKIV, Ukraine (AP) - A Russian glide bomb hit a warehouse in Kharkiv on Tuesday, killing three "
            "workers. Separately, the defence ministry said it had received new air defence systems.")
    assert "RUS_MOD" not in _claimants(ann, text).values()


def test_fronted_country_reads_only_an_opening_capital_or_country():
    from sitrep.nlp.fronted_country import fronted_country

    assert fronted_country("In Moscow, the ") == "RU"
    assert fronted_country("Kyiv, ") == "UA"
    assert fronted_country("In a statement, the ") is None
    assert fronted_country("After strikes on Russia, the ") is None


def test_a_state_fighting_abroad_counts_the_enemys_soldiers():
    from sitrep.stories.own_losses import foreign_forces_dead

    assert foreign_forces_dead("RUS_MOD", "servicemen", True, "UA")
    assert not foreign_forces_dead("RUS_MOD", "servicemen", True, "RU")  # at home: its own men
    assert not foreign_forces_dead("RUS_MOD", "its servicemen", True, "UA")
    assert not foreign_forces_dead("RUS_MOD", "civilians", True, "UA")
    assert not foreign_forces_dead("RUS_MOD", "servicemen", False, "UA")  # no side of the story
