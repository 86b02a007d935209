"""Story totals read from whole made-up reports through the annotator (issue 16): never a double count."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import Article

DAY = dt.date(2024, 3, 4)  # a Monday


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from sitrep.nlp.models import load_pipeline

    return load_pipeline()


def _total(nlp, text: str):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext, annotate_doc
    from sitrep.stories import link_story

    an = annotate_doc(nlp(text), DocContext(article_id="a", published=DAY))
    art = Article(id="a", text=text, published=DAY, published_precision="day")
    return link_story("s", [art], {"a": an}).story.totals


@pytest.mark.parametrize("text,best", [
    # a round-up of the incidents told before it
    ("On Monday a roadside bomb in Velmora killed four people. On Sunday gunmen shot dead six herders near Quillan. "
     "The two attacks killed ten people in all, the district chief said.", 10),
    # a round-up of the week, then its incidents one by one
    ("A wave of attacks across the Brannock valley killed 11 people this week. On Monday a car bomb at the Velmora "
     "market killed five people. On Saturday raiders shot dead six herders near Quillan.", 11),
    # two incidents and no round-up: added
    ("On Monday a roadside bomb in Velmora killed four people. On Sunday gunmen shot dead six herders near Quillan.",
     10),
    # a partial count ("three of the dead") is inside the count
    ("Gunmen attacked a checkpoint outside Velmora on Monday, killing eight people. Three of the dead were "
     "policemen, the mayor said.", 8),
    # one victim told twice
    ("A sniper killed the mayor of Velmora, Oren Tasch, on Monday. Tasch was killed as he left the town hall in "
     "Velmora, witnesses said.", 1),
])
def test_each_death_is_counted_once(nlp, text, best):
    t = _total(nlp, text)
    assert t is not None and t.best == best


@pytest.mark.parametrize("text,best,low", [
    ("Rebels shelled the town of Velmora on Monday, killing between 12 and 20 civilians.", 12, 12),
    ("Thousands of people were killed when the air force bombed Quillan on Monday.", 2000, 2000),
    ("Rebels shelled Velmora on Monday, killing about 40 people.", 40, 40),
])
def test_a_range_gives_its_low_end_as_best(nlp, text, best, low):
    t = _total(nlp, text)
    assert t is not None and t.best == best and t.low == low


def test_dead_or_wounded_is_no_death_toll(nlp):
    t = _total(nlp, "A car bomb at the Velmora market left 14 dead or wounded on Monday.")
    assert t is None or not t.best



def test_updated_toll_replaces_the_first_count(nlp):
    t = _total(nlp, "A car bomb at the Velmora market killed nine people on Monday. By evening the death toll from "
                    "the bombing in Velmora had risen to 15, the police said.")
    assert t is not None and t.best == 15


@pytest.mark.parametrize("text,num,update", [
    ("By evening the death toll in Velmora had risen to 15, the police said.", "15", True),
    ("The number of dead stood at more than 20 on Tuesday.", "20", True),
    ("The toll rose to 15, including four children, officials in Velmora said.", "four", False),
    ("The toll included four children from Quillan.", "four", False),
    ("Police reached 15 of the wounded by boat.", "15", False),
])
def test_a_toll_update_figure_is_told_as_a_running_count(text, num, update):
    from sitrep.events.toll import is_toll_update_figure
    from sitrep.model import Figure, Span

    s = text.index(num)
    f = Figure(id="f", span=Span("a", s, s + len(num), num), what="killed", low=1.0, high=1.0)
    assert is_toll_update_figure(f, text) is update


def test_a_count_from_one_party_is_labelled_as_its_claim(nlp):
    t = _total(nlp, "Gunmen killed nine people at a checkpoint in Velmora on Monday, the police said.")
    assert t is not None and t.best == 9
    assert t.incidents[0].claimant and "9 per " in t.how and "one party only" in t.how
