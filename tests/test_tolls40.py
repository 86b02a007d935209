"""Tolls of victims told as mixed lists (issue 16, branch ``tolls40``): a hospital count made the hurt is widened to
its list ("Two men and a woman were taken to hospital": three; events/hurt_lists.widen_hospital_list); a list of the
dead that names the gunman holds his death (events/attacker_death: "Three drivers and a gunman were killed ... police
shot the gunman" is four, not five); a noun the parser hung on the verb after the object's "and" is one more victim
(events/toll_lists: "killed two guards and a passer-by"); "a vigilante" is a single person (data/figure_lexicon.tsv).
Guards: a dog is no person, a breakdown is never added. Sentences written for these tests; names, streets and incidents
made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_tolls39 import wounded  # the largest count of the hurt on an asserted violent event


def deaths(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("lt40", published=dt.date(2025, 6, 14)))
    got = [e.fatalities.low for e in an.events if e.fatalities is not None and e.modality == "asserted"]
    return max(got) if got else None


@pytest.mark.parametrize("text, n", [
    ("Two men and a woman have been taken to hospital after being stabbed at a flat in Brackley on Sunday night.", 3),
    ("A 22-year-old man has died and two other men and a woman were treated in hospital after a stabbing in Wexby on "
     "Friday night.", 3),
    ("Three teenagers and their teacher were taken to hospital after being stabbed outside a school in Rellford "
     "on Monday.", 4),
])
def test_hospital_list_counts_every_member(ann, text, n):  # noqa: F811
    assert wounded(ann, text) == n


def test_hospital_list_no_animal(ann):  # noqa: F811
    text = "Two men and a dog were taken to hospital after being stabbed at a flat in Brackley on Sunday night."
    assert wounded(ann, text) == 2


@pytest.mark.parametrize("text, n", [
    ("Four bus drivers and a suspected gunman were killed in a shooting at a bus depot in the city centre on Monday "
     "morning. A security guard at a nearby shop returned fire and fatally wounded one of the attackers, who was "
     "declared dead at the scene.", 5),
    ("A police officer and a gunman are dead after a shootout in Merrow on Tuesday. The gunman, identified as Dale "
     "Price, 39, was shot by officers and died at the scene.", 2),
])
def test_list_of_dead_holds_the_gunman(ann, text, n):  # noqa: F811
    assert deaths(ann, text) == n


def test_gunman_told_apart_still_added(ann):  # noqa: F811
    text = ("A gunman killed two shopkeepers at a market in Merrow on Tuesday before he was shot dead by a police "
            "officer, police said.")
    assert deaths(ann, text) == 3


@pytest.mark.parametrize("text, n", [
    ("An air strike on a checkpoint near Harlow Bridge killed three police officers and a passer-by on Tuesday, "
     "medics said.", 4),
    ("Bandits killed four residents and a vigilante in an attack on a village near Dorrin on Sunday.", 5),
])
def test_mixed_list_of_dead(ann, text, n):  # noqa: F811
    assert deaths(ann, text) == n


# guards (they held before the change and must hold after it): an animal is no victim, a breakdown is never added
@pytest.mark.parametrize("text, ok", [
    ("A farmer and his dog were shot dead at a farm near Orrin on Saturday.", (None, 1)),
    ("Five people, including two children, were shot dead when gunmen burst into a house in Tembe on Saturday.", (5,)),
])
def test_mixed_list_guards(ann, text, ok):  # noqa: F811
    assert deaths(ann, text) in ok
