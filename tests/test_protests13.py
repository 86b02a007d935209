"""The hurt of force used on a crowd stay with the incident they belong to (issue 16, branch protests13;
attack_reports21 w20, attack_reports14 q10): a count of wounded read as a deed of its own ("Nine people were
injured, some by bullets") and folded into the protest or riot it is part of (events/protest_fold) goes with it, as
its dead do; and bench/local_reports reads a violent demonstration that carries a toll as harm, its shooter the
side it met (ACLED codes force on rioters within their riot: tests/data/protest_reports4/README.md).
Sentences written for these tests; people, groups and incidents are made up, the towns real."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 5, 4)

FOLDED_HURT = [
    ("MOMBASA, Kenya, May 4 - Police opened fire on protesters in Malindi on Tuesday, killing two people, a rights "
     "group said.\n\nThe protesters had marched to the county offices to demand clean water when officers used tear "
     "gas and then live rounds, said Amina Juma of the Haki Watch group. Nine people were injured, some by bullets.",
     2, 9),
    ("Soldiers fired on a crowd of farmers protesting against land seizures in Kisumu on Friday, killing one man, "
     "witnesses said.\n\nSix other people were wounded, a nurse at the county hospital said.", 1, 6),
]


@pytest.mark.parametrize("text,dead,hurt", FOLDED_HURT)
def test_hurt_told_apart_go_with_the_force_on_protesters(ann, text, dead, hurt):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("p13", published=PUB))
    figs = {f.id: f for f in an.figures}
    force = [e for e in an.events if e.sub_event_type == "Excessive force against protesters"]
    assert force, [(e.sub_event_type, e.trigger) for e in an.events]
    assert any(e.fatalities is not None and e.fatalities.low == dead for e in force)
    assert any(figs[i].what == "wounded" and figs[i].low == hurt for e in force for i in e.figures if i in figs)


def _bench():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import local_reports

    return local_reports


def _ev(sub, actor1, actor2, fat=None, figures=()):  # type: ignore[no-untyped-def]
    return SimpleNamespace(event_type="Riots" if sub == "Violent demonstration" else "Protests", sub_event_type=sub,
                           outside=None, actor1=actor1, actor2=actor2, associates=[], figures=list(figures),
                           fatalities=fat)


def test_bench_reads_a_riot_with_a_toll_as_harm_its_shooter_the_side_it_met():  # type: ignore[no-untyped-def]
    lr = _bench()
    rioters, police = SimpleNamespace(name="Rioters (Kenya)"), SimpleNamespace(name="Police Forces of Kenya")
    dead = SimpleNamespace(low=2.0, high=2.0, best=None)
    hurt = SimpleNamespace(id="f1", what="wounded", low=5.0, high=5.0, best=None)
    toll_riot = _ev("Violent demonstration", rioters, police, fat=dead)
    hurt_riot = _ev("Violent demonstration", rioters, police, figures=["f1"])
    calm_riot = _ev("Violent demonstration", rioters, police)
    an = SimpleNamespace(events=[toll_riot, hurt_riot, calm_riot], figures=[hurt])
    assert lr.harm_events(an) == [toll_riot, hurt_riot]  # a riot that hurt no one is no harm
    assert lr.doers(toll_riot) == [police]
    force = _ev("Excessive force against protesters", police, rioters)
    assert lr.doers(force) == [police]



def test_a_riot_never_meets_its_own_crowd():  # type: ignore[no-untyped-def]
    # "members of the Coastal Shield Brigade opened fire on a demonstration" (no actor read) retold as a riot by the
    # crowd's burning tyres: the crowd is its actor1, never the side it met (blank beats the protesters)
    from sitrep.events.protest_actors import _sides
    from sitrep.model import ActorRef, EventMention, Span

    text = ("Two protesters were killed on Sunday when members of the Coastal Shield Brigade opened fire on a "
            "demonstration over water shortages in Hodeidah, medics said.")
    sp = Span("p13", 0, len(text), text)
    m = EventMention(id="m1", article_id="p13", sentence=sp, event_type="Riots",
                     sub_event_type="Violent demonstration", actor2=ActorRef("YEM_PROTESTERS", "Protesters (Yemen)", sp))
    _sides(m, "Yemen")
    assert m.actor2 is None, m.actor2
