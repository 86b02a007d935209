"""tolls19: local reports' toll forms: an unknown noun for a person in a list told dead ("A barangay kagawad and his
wife"), people "shot to death" told as a participle on the counted noun, a fatal burning is an attack, "neither
survived", spent shells are no shelling, the dead told only by their names, "the victim" hurt after her death is no one
else, a relation doer named by apposition, "a third escaped with serious injuries", a crash's hurt told later,
"treated by paramedics for smoke inhalation", "with a broken leg". Sentences written for these tests; names and places
made up (Tessor: no gazetteer entry)."""
from __future__ import annotations

from sitrep.model import VIOLENT_EVENT_TYPES
from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader)


def harm(an):  # type: ignore[no-untyped-def]
    return [e for e in an.events if e.modality == "asserted"
            and (e.event_type in VIOLENT_EVENT_TYPES or e.outside == "crime" or e.sub_event_type == "Mob violence")]


def deaths(an, pick=None):  # type: ignore[no-untyped-def]
    """The largest count of dead of the events ``pick`` gives (the asserted harm events, :func:`harm`)."""
    return max((e.fatalities.low for e in (pick or harm)(an) if e.fatalities is not None and e.fatalities.low is not None),
               default=None)


def wounded(an, pick=None):  # type: ignore[no-untyped-def]
    """The largest count of wounded the events ``pick`` gives carry (the asserted harm events, :func:`harm`)."""
    ids = {fid for e in (pick or harm)(an) for fid in e.figures}
    return max((f.low for f in an.figures if f.id in ids and f.what == "wounded"), default=None)


def assert_toll(an, dead, hurt) -> None:  # type: ignore[no-untyped-def]
    """The report's dead and hurt are ``dead`` and ``hurt`` (failing with the events and figures)."""
    assert (deaths(an), wounded(an)) == (dead, hurt), ([(e.trigger.text, e.fatalities) for e in an.events],
                                                       [(f.span.text, f.what, f.low) for f in an.figures])


def test_an_unknown_person_word_told_dead_counts_in_a_list(ann):
    an = read(ann, "A tanod and his brother were shot dead by two gunmen in Tessor on Monday night, police said.")
    assert deaths(an) == 2.0, [(e.trigger.text, e.fatalities) for e in an.events]


def test_people_shot_to_death_as_a_participle_are_dead(ann):
    an = read(ann, "Tessor police on Tuesday identified the three men shot to death outside a garage on Sunday night.")
    assert deaths(an) == 3.0, [(e.trigger.text, e.fatalities) for e in an.events]


def test_a_burning_that_kills_is_an_attack(ann):
    an = read(ann, "A grandmother and her two grandsons were burnt to death after attackers set their hut on fire in "
                   "Tessor on Friday night, police said.")
    assert deaths(an) == 3.0, [(e.trigger.text, e.sub_event_type, e.fatalities) for e in an.events]


def test_a_burning_that_kills_no_one_stays_property_destruction(ann):
    an = read(ann, "Arsonists set fire to a warehouse in Tessor on Friday night, police said. No one was hurt.")
    assert not harm(an), [(e.trigger.text, e.sub_event_type) for e in an.events]


def test_neither_survived_makes_the_shot_dead(ann):
    an = read(ann, "Two shopkeepers were shot by robbers in Tessor on Monday. Both men were taken to hospital, "
                   "but neither survived. A bystander was grazed on the leg by a stray bullet.")
    assert deaths(an) == 2.0, [(f.span.text, f.what, f.low) for f in an.figures]
    assert wounded(an) == 1.0, [(f.span.text, f.what, f.low) for f in an.figures]


def test_spent_shells_are_no_shelling():
    from sitrep.events.spent_shells import spent_shells
    from sitrep.nlp.models import load_pipeline

    nlp = load_pipeline()
    for text in ("Recovered from the scene were the revolver, three empty shells and 12 sachets.",
                 "Investigators recovered 23 empty shells for a rifle.", "Police found shotgun shells in the car."):
        assert any(spent_shells(t) for t in nlp(text)), text
    assert not any(spent_shells(t) for t in nlp("Troops fired artillery shells at the town on Monday.")), "artillery"


def test_the_dead_told_by_their_names(ann):
    an = read(ann, "Gunmen opened fire on a group of friends outside a shop in Tessor on Saturday. Police named the "
                   "dead as Tomas Verhulst, 20, Anders Molle, 23, and Rui Pacheco, 19.")
    assert deaths(an) == 3.0, [(f.span.text, f.what, f.low) for f in an.figures]


def test_victims_named_are_not_all_dead(ann):
    an = read(ann, "Gunmen opened fire on a group of friends outside a shop in Tessor on Saturday. Police named the "
                   "victims as Tomas Verhulst, 20, and Anders Molle, 23.")
    assert deaths(an) is None, [(f.span.text, f.what, f.low) for f in an.figures]


def test_the_victim_told_hurt_after_her_death_is_no_one_else(ann):
    an = read(ann, "A 31-year-old woman who was allegedly set on fire by her husband at their home in Tessor "
                   "succumbed to her injuries on Thursday. According to the police, the victim had sustained 60 per "
                   "cent burns.")
    assert deaths(an) == 1.0, [(e.trigger.text, e.modality, e.fatalities) for e in an.events]
    assert wounded(an) is None, [(f.span.text, f.what, f.low) for f in an.figures]


def test_a_relation_doer_takes_the_name_apposed_to_it(ann):
    an = read(ann, "A woman was stabbed to death by her husband at their home in Tessor on Monday, police said. Her "
                   "husband, Dario Velk (40), was arrested at the scene.")
    names = {e.actor1.name for e in harm(an) if e.actor1 is not None}
    assert names == {"Dario Velk"}, [(e.trigger.text, e.actor1) for e in an.events]


def test_a_third_who_escaped_with_injuries_is_hurt_beside_the_dead(ann):
    an = read(ann, "Two men accused of theft were beaten to death by a mob in Tessor on Thursday morning, while a "
                   "third escaped with serious injuries.")
    assert_toll(an, 2.0, 1.0)


def test_a_crash_that_kills_takes_the_hurt_told_after_it(ann):
    an = read(ann, "Two teenagers have died after a car that was being followed by police crashed into a wall in "
                   "Tessor. The driver, a 19-year-old man, was taken to hospital with serious injuries.")
    ids = {fid for e in an.events if e.outside == "man_made_disaster" for fid in e.figures}
    assert any(f.id in ids and f.what == "wounded" for f in an.figures), \
        [(e.trigger.text, e.outside, e.figures) for e in an.events]


def test_treated_by_paramedics_for_smoke_inhalation_is_hurt(ann):
    an = read(ann, "A mother and her two children have died in a house fire in Tessor which police are treating as "
                   "arson. A neighbour was treated by paramedics for smoke inhalation after trying to get inside.")
    assert_toll(an, 3.0, 1.0)


def test_taken_to_hospital_with_a_broken_leg_is_hurt(ann):
    an = read(ann, "Two people died when a car fleeing deputies hit a pickup in Tessor on Saturday night. The car's "
                   "driver, Mark Tull, 24, was taken to a hospital with a broken leg.")
    assert any(f.what == "wounded" and f.low == 1 for f in an.figures), [(f.span.text, f.what) for f in an.figures]


def test_a_relation_doer_takes_the_name_apposed_to_the_accused(ann):
    an = read(ann, "A woman and her son were charred to death after her husband allegedly set their house on fire in Tessor late on "
                   "Tuesday, police said. The accused, Harlan Voss (41), poured petrol in the room.")
    names = {e.actor1.name for e in harm(an) if e.actor1 is not None}
    assert names == {"Harlan Voss"}, [(e.trigger.text, e.actor1) for e in an.events]
