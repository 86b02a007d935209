"""tolls26: an accident's toll updated ("the toll had risen to eight after two of the injured died": 8 dead, the hurt
less two), revised down ("revised the death toll down to 14"), or updated in the lede before the incident is told; an
old deed told as a time anchor ("after a blaze ... killed 56 people in September 2021") is background; a speaker the
parser joined to the dead ("including three dead, the governor of the Centre region said") is no victim; "Three of the five
wounded later died" (3 dead, 2 hurt); "N other passengers were admitted to hospital" after the dead are the hurt; a
man "struck and pronounced dead" is shot, not shelled; a car that "veered off the road" is a crash; two sides' dead told
in clauses joined by "and" are summed ("Seven soldiers were killed and about 30 attackers were neutralised"). Sentences written
for these tests; names and places made up (Tessor, Marwick: no gazetteer entry)."""
from __future__ import annotations

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
import test_tolls19 as tolls19
from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader)


def harm(an):  # type: ignore[no-untyped-def]
    """Asserted violent deeds, crimes and accidents (as bench/local_reports.py reads them)."""
    return [e for e in an.events if e.modality == "asserted"
            and (e.event_type in VIOLENT_EVENT_TYPES or e.outside in ("crime", "man_made_disaster"))]


def deaths(an):  # type: ignore[no-untyped-def]
    return tolls19.deaths(an, harm)


def wounded(an):  # type: ignore[no-untyped-def]
    return tolls19.wounded(an, harm)


def show(an):  # type: ignore[no-untyped-def]
    return ([(e.trigger and e.trigger.text, e.event_type, e.modality, e.fatalities and e.fatalities.low)
             for e in an.events], [(f.span.text, f.what, f.low) for f in an.figures])


@pytest.mark.parametrize("text,dead,hurt", [
    # an accident's toll updated, its new dead some of the hurt
    ("Six workers were killed and 20 injured when a fire swept through a textile mill in Tessor on Monday night. By "
     "Tuesday afternoon the toll had risen to eight after two of the injured died in hospital, officials said.",
     8.0, 18.0),
    # revised down in a later sentence
    ("A bus crashed into a wall near Tessor on Friday, killing at least 15 passengers and injuring 12, police said. "
     "Officials later revised the death toll down to 14, saying one body had been counted twice.", 14.0, 12.0),
    # the update told first, the incident after it
    ("Four more passengers of a bus that fell into a ravine near Tessor on Sunday have died in hospital, bringing the "
     "number of dead to 13, police said on Monday. Police had initially said nine passengers were killed when the bus, "
     "carrying about 50 people, went off the road.", 13.0, None),
])
def test_an_accidents_toll_is_updated(ann, text, dead, hurt):
    an = read(ann, text)
    assert (deaths(an), wounded(an)) == (dead, hurt), show(an)


def test_an_old_deed_told_as_a_time_anchor_is_background(ann):
    an = read(ann, "Marwick tightened fire rules for such buildings after a blaze in a Tessor apartment block killed 56 "
                   "people in September 2021.")
    assert deaths(an) is None, show(an)


def test_a_speaker_joined_to_the_dead_is_no_victim(ann):
    an = read(ann, "A stampede at the gates of a stadium in Tessor before a league match on Saturday left 12 casualties, "
                   "including three dead, the governor of the Centre region said.")
    assert deaths(an) == 3.0, show(an)


def test_some_of_the_wounded_who_later_died_are_dead_and_the_rest_hurt(ann):
    an = read(ann, "A gas explosion wrecked a flat in Tessor on Monday morning, injuring five residents, firefighters "
                   "said. Three of the five wounded later died in hospital.")
    assert (deaths(an), wounded(an)) == (3.0, 2.0), show(an)


@pytest.mark.parametrize("text,hurt", [
    ("Nine people died when a minibus collided with a lorry near Tessor on Sunday. Fourteen other passengers were "
     "admitted to hospital with fractures.", 14.0),
    ("Eleven people died when a fire swept through a boarding house in Tessor on Saturday. Seven other residents were "
     "taken to hospital with smoke inhalation.", 7.0),
])
def test_others_in_care_after_the_dead_are_the_hurt(ann, text, hurt):
    an = read(ann, text)
    assert wounded(an) == hurt, show(an)


def test_others_in_care_with_no_dead_told_before_are_no_hurt(ann):
    an = read(ann, "Police in Tessor questioned the driver on Sunday. Fourteen other passengers were admitted to "
                   "hospital for checks.")
    assert not any(f.what == "wounded" for f in an.figures), show(an)


def test_a_man_struck_and_pronounced_dead_is_not_shelled(ann):
    an = read(ann, "The suspect fired at deputies in Tessor on Monday, and they returned fire. He was struck and "
                   "pronounced dead at the scene.")
    assert not any(e.sub_event_type == "Shelling/artillery/missile attack" for e in an.events), show(an)


def test_a_car_that_veered_off_the_road_is_a_crash(ann):
    an = read(ann, "All four people in a car died when it veered off the road near Tessor on Monday night.")
    assert deaths(an) == 4.0, show(an)


def test_two_sides_dead_in_clauses_joined_by_and_are_summed(ann):
    an = read(ann, "Gunmen stormed a police post near Tessor on Monday. Eleven policemen were killed and about 20 "
                   "attackers were neutralised when troops repelled the raid, the army said.")
    told = [e.fatalities.best or e.fatalities.low for e in harm(an) if e.fatalities is not None]
    assert told == [31.0], show(an)


@pytest.mark.parametrize("text,dead,hurt", [
    pytest.param("Gunmen attacked a convoy near Tessor on Monday. Four soldiers were killed and three soldiers were "
                 "wounded, the army said.",
                 4.0, 3.0, id="one side's dead and wounded"),
    pytest.param("Police said on Thursday that at least 21 people were killed when gunmen attacked a village near "
                 "Tessor on Monday night. A spokesman said five of the eleven wounded villagers had died in hospital.",
                 21.0, 6.0, id="wounded who died among the dead told before"),
])
def test_dead_and_wounded_counted_apart(ann, text, dead, hurt):
    """One side's dead and wounded are not summed; wounded who later died are among a count of the dead told before."""
    an = read(ann, text)
    assert (deaths(an), wounded(an)) == (dead, hurt), show(an)


def test_the_last_age_of_a_list_of_ages_is_no_count(ann):
    an = read(ann, "Two children died in a house fire in Tessor early on Wednesday. The children, ages 4 and 6, were "
                   "found in a rear bedroom and were later pronounced dead at a hospital.")
    assert not any(f.low == 6.0 for f in an.figures), show(an)


def test_two_counts_of_victims_in_clauses_joined_by_and_are_not_summed(ann):
    an = read(ann, "Two police officers died when a drone dropped explosives on their station in Tessor on Sunday, and "
                   "four soldiers were killed in an ambush near Marwick.")
    assert deaths(an) == 4.0, show(an)
