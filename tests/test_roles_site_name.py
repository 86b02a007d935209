"""A proper name that only labels the site a deed hit is no victim (events/site_name.py), on sentences written for
these tests with made-up names; negatives: a name that heads the victim phrase, a people's noun after the name."""
from __future__ import annotations

import pytest
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)

from sitrep.nlp.models import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _victims(evs):  # type: ignore[no-untyped-def]
    return [e.actor2.name if e.actor2 is not None else None for e in evs]


def test_a_camp_name_is_no_victim(ann):
    evs = violent(ann, "Militiamen shelled the Tarvuk displacement camp on Monday afternoon, witnesses said.")
    assert evs and not any(v is not None and "Tarvuk" in v for v in _victims(evs))


def test_control_of_the_town_of_x_is_no_victim(ann):
    evs = violent(ann, "The army said it had regained control of the town of Osmelo after heavy fighting.")
    assert evs and not any(v is not None and "Osmelo" in v for v in _victims(evs))


def test_site_name_units(nlp):
    from sitrep.events.site_name import site_name_victim
    from sitrep.model import ActorRef, Span

    doc = nlp("Militiamen shelled the Tarvuk camp and the Velgrad rebels.")
    camp = next(t for t in doc if t.lower_ == "camp")
    name = next(t for t in doc if t.text == "Tarvuk")
    ref = ActorRef("x:tarvuk", "Tarvuk", Span("a", name.idx, name.idx + len(name), "Tarvuk"), "primary")
    assert site_name_victim(camp, ref) is None
    rebels = next(t for t in doc if t.lower_ == "rebels")
    group = ActorRef("x:velgrad-rebels", "Velgrad rebels", Span("a", rebels.idx - 8, rebels.idx + 6, "Velgrad rebels"),
                     "primary")
    assert site_name_victim(rebels, group) is group  # the name's own head names people


# ------------------------------------------- the side a town was taken from (events/takeover_opponent.py)

def _taking(ann, text):  # type: ignore[no-untyped-def]
    takings = ("Non-state actor overtakes territory", "Government regains territory")
    return [e for e in violent(ann, text) if e.sub_event_type in takings]


def test_taken_after_clashing_with_the_army(ann):
    evs = _taking(ann, "Velgrad rebels took control of the town of Osmelo on Monday after clashing with the army "
                       "of Ruritania for several hours.")
    assert evs and any(e.actor2 is not None and "army" in e.actor2.span.text for e in evs)


def test_regained_after_a_day_of_fighting_with_a_group(ann):
    evs = _taking(ann, "The army said it had regained control of Osmelo after a day of fighting with the "
                       "Velgrad Liberation Front.")
    assert evs and any(e.actor2 is not None and "Velgrad" in e.actor2.name for e in evs)


def test_after_fight_side_units(nlp):
    from sitrep.events.takeover_opponent import after_fight_side

    doc = nlp("Insurgents seized the town after a battle with government troops.")
    seized = next(t for t in doc if t.lower_ == "seized")
    assert after_fight_side(seized).lower_ == "troops"
    doc = nlp("Insurgents seized the town after a meeting with the elders.")  # no fight: no side
    seized = next(t for t in doc if t.lower_ == "seized")
    assert after_fight_side(seized) is None
