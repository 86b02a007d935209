"""One incident told several times in one report is one event (issue 16, branch onestory): a victim named again
by a part of the name, an unnamed doer told later by its group's name or its kind, a place read off a name
elsewhere in the sentence. Sentences and names written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.events.merge_victims import same_person_named
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef
from sitrep.nlp.annotate import DocContext

from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def _violent(ann, text):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("d1", published=dt.date(2024, 5, 6)))
    return [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]


def test_victim_named_again_by_part_of_the_name(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Dr Tomas was shot dead in Korvel on Monday. The mayor condemned the killing. "
                        "Police said Tomas Rendel was murdered by two men on a motorcycle.")
    assert len(evs) == 1


def test_surname_joins_names_not_first_names():  # type: ignore[no-untyped-def]
    assert same_person_named(ActorRef("unk:tomas-rendel", "Tomas Rendel"), ActorRef("unk:rendel", "Rendel"))
    assert same_person_named(ActorRef("x:colonel-tomas-rendel", "Colonel Tomas Rendel"),
                             ActorRef("unk:tomas-rendel", "Tomas Rendel"))
    assert not same_person_named(ActorRef("unk:tomas-rendel", "Tomas Rendel"),
                                 ActorRef("unk:tomas-brill", "Tomas Brill"))
    # a dictionary actor is never joined by a shared word
    assert not same_person_named(ActorRef("KOR_MIL", "Military Forces of Korvelia"),
                                 ActorRef("x:korvelia-forces", "Korvelia forces"))


CLAIMED = [
    "Armed men kidnapped an engineer of the Tamsin company in Korvel on Monday. Police searched the hills near the "
    "town. The Red Hand Front claimed responsibility for the kidnapping.",
    "A guerrilla group kidnapped an engineer of the Tamsin company in Korvel on Monday. Police searched the hills "
    "near the town. The Red Hand Front claimed responsibility for the kidnapping.",
]


@pytest.mark.parametrize("text", CLAIMED)
def test_unnamed_doer_named_by_a_later_claim(ann, text):  # type: ignore[no-untyped-def]
    evs = _violent(ann, text)
    assert len(evs) == 1
    assert evs[0].actor1 is not None and evs[0].actor1.name == "Red Hand Front"


def test_soldiers_are_not_the_group_that_claims(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Soldiers kidnapped an engineer of the Tamsin company in Korvel on Monday. Police searched "
                        "the hills near the town. The Red Hand Front claimed responsibility for the kidnapping.")
    assert len(evs) == 2


def test_a_foreign_place_named_in_passing_is_no_other_incident(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Gunmen shot dead a judge in Arequipa on Monday. Officials in Madrid condemned the killing "
                        "of the judge.")
    assert len(evs) == 1 and evs[0].place is not None and evs[0].place.name == "Arequipa"


SEPARATE_PLACES = [
    "A bomb exploded in a market in Arequipa on Monday, wounding five people. Another bomb exploded at a bus "
    "station in Cusco on Monday, wounding two people.",
    "Gunmen shot dead a judge in Arequipa on Monday. Gunmen shot dead a lawyer in Madrid on Monday.",
]


@pytest.mark.parametrize("text", SEPARATE_PLACES)
def test_deeds_placed_by_their_own_clauses_stay_apart(ann, text):  # type: ignore[no-untyped-def]
    assert len(_violent(ann, text)) == 2


def test_a_named_victim_joins_a_telling_placed_by_its_sentence(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Police said that Ana Rendel, a leader of the farmers' union of Cusco, died last night when "
                        "she was shot by gunmen. Rendel was killed at a bus stop in Arequipa, a witness said.")
    assert len(evs) == 1
    assert evs[0].place is not None and evs[0].place.name == "Arequipa"  # the place of the deed's own clause


def test_soldiers_and_civilians_of_one_ambush_are_one_incident(ann):  # type: ignore[no-untyped-def]
    evs = _violent(ann, "Rebels ambushed an army patrol near Arequipa on Monday, killing a soldier. Three civilians "
                        "were wounded in the ambush.")
    assert len(evs) == 1
