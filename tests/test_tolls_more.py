"""Deaths and injuries read in more of the ways reporters tell them (issue 16; sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import EventMention, Figure, Span
from sitrep.events.toll import is_toll_update


def _mention(sentence: str, trigger: str, number: str) -> EventMention:
    t, n = sentence.index(trigger), sentence.index(number)
    fig = Figure(id="f", span=Span("a", n, n + len(number), number), what="killed", low=1.0, high=1.0)
    return EventMention(id="e", article_id="a", sentence=Span("a", 0, len(sentence), sentence), event_type="Battles",
                        trigger=Span("a", t, t + len(trigger), trigger), fatalities=fig)


@pytest.mark.parametrize("sentence,trigger,number,running", [
    ("Deaths from the clash near Orlen reached fifteen on Monday.", "clash", "fifteen", True),
    ("Deaths from the clash near Orlen reached twenty-one on Monday.", "clash", "twenty-one", True),
    ("Deaths from the clash near Orlen reached 15 on Monday.", "clash", "15", True),
    ("Deaths from the clash near Orlen had risen to fifteen by Monday.", "clash", "fifteen", True),
    ("Fifteen soldiers died in the clash after the column reached Orlen.", "clash", "Fifteen", False),
])
def test_a_running_toll_in_words_is_an_update(sentence, trigger, number, running):
    assert is_toll_update(_mention(sentence, trigger, number)) is running


PUB = dt.date(2023, 5, 6)


def _analyse(ann, text):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    return ann.annotate(text, DocContext("t1", published=PUB))


def _violent(an):  # type: ignore[no-untyped-def]
    from sitrep.model import VIOLENT_EVENT_TYPES

    return [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]


def _deaths(an):  # type: ignore[no-untyped-def]
    return [e.fatalities.low if e.fatalities is not None else None for e in _violent(an)]


@pytest.mark.parametrize("text,deaths", [
    ("Two men were killed when gunmen attacked a bar in Pellow on Sunday. A woman who was wounded later died at a "
     "hospital.", [3.0]),
    ("Two men were killed when gunmen attacked a bar in Pellow on Sunday. A wounded woman later died in hospital.",
     [3.0]),
    # negatives: the dead counted already, a wounded one who lived, a death told apart
    ("Two men were killed when gunmen attacked a bar in Pellow on Sunday. One of them died at a hospital.", [2.0]),
    ("Two men were killed when gunmen attacked a bar in Pellow on Sunday. A woman who was wounded was treated at a "
     "hospital.", [2.0]),
    # the ordinal count already holds her
    ("A third person has died after gunmen attacked a bar in Pellow, police said. Two men were killed at the scene "
     "on Sunday. Mia Lund, one of the wounded, died at a hospital on Monday.", [3.0]),
])
def test_a_wounded_victim_who_died_later_adds_to_the_toll(ann, text, deaths):
    assert _deaths(_analyse(ann, text)) == deaths


def test_one_of_the_wounded_who_died_leaves_the_wounded_count():
    from sitrep.nlp.annotate import Annotator

    an = _analyse(Annotator(), "Gunmen killed two men and wounded five others at a bar in Pellow on Sunday. One of "
                               "the wounded died later in hospital.")
    (ev,) = _violent(an)
    assert ev.fatalities.low == 3.0
    hurt = [f for f in an.figures if f.id in ev.figures and f.what == "wounded"]
    assert [(f.low, f.high) for f in hurt] == [(4.0, 4.0)]


@pytest.mark.parametrize("text", [
    "Jon Amis was found dead with gunshot wounds in Pellow on Sunday.",
    "Police found Jon Amis dead, with stab wounds, in his flat in Pellow on Sunday.",
    "Jon Amis was found with stab wounds, dead, in Pellow on Sunday.",
])
def test_a_body_found_with_the_wounds_of_a_weapon_is_a_killing(ann, text):
    (ev,) = _violent(_analyse(ann, text))
    assert ev.fatalities is not None and ev.fatalities.low == ev.fatalities.high == 1.0
    assert ev.actor1 is None  # who found him did not kill him


@pytest.mark.parametrize("text", [
    "Jon Amis was found dead in his flat in Pellow on Sunday.",  # a death, not said to be violent
    "Jon Amis was found dead in his cell in Pellow; officers said he had no gunshot wounds.",
])
def test_found_dead_alone_is_no_killing(ann, text):
    assert _violent(_analyse(ann, text)) == []


@pytest.mark.parametrize("text", [
    "Ana Ruiz was found shot dead in her home in Pellow on Sunday.",
    "Police found Ana Ruiz stabbed to death in her home in Pellow on Sunday.",
])
def test_found_shot_dead_counts_the_one_found(ann, text):
    assert _deaths(_analyse(ann, text)) == [1.0]


@pytest.mark.parametrize("text,attacker", [
    ("Ana Ruiz was shot dead by her ex-boyfriend in Pellow on Sunday.", "boyfriend"),
    ("Jon Amis was stabbed to death by his former partner in Pellow on Sunday.", "partner"),
])
def test_a_relative_in_the_by_phrase_is_the_attacker(ann, text, attacker):
    (ev,) = _violent(_analyse(ann, text))
    assert ev.actor1 is not None and ev.actor1.name.split()[-1] == attacker
    assert ev.fatalities is not None and ev.fatalities.low == 1.0  # the one shot, not the relative


@pytest.mark.parametrize("text", [
    "Hospital officials said eight people died in the raid on Pellow, while the rebels claimed thirty.",
    "Hospital officials said eight people died in the raid on Pellow, while the rebels claimed that thirty were killed.",
])
def test_each_count_keeps_its_own_claimant(ann, text):
    an = _analyse(ann, text)
    by_value = {f.low: f.claimant_name for f in an.figures if f.what == "killed"}
    assert by_value == {8.0: "Hospital officials", 30.0: "the rebels"}


def test_a_number_a_speaker_claims_counts_nothing_without_a_count_before(ann):
    an = _analyse(ann, "The rebels claimed thirty in a statement on Monday.")
    assert [f for f in an.figures if f.what == "killed"] == []


@pytest.mark.parametrize("text,modality", [
    ("The judge ordered an inquiry to determine who murdered Jon Amis in Pellow on Sunday.", "asserted"),
    ("Police will investigate why two guards were killed at the Pellow depot on Sunday.", "asserted"),
    # "whether" asks if it happened at all
    ("The judge ordered an inquiry to determine whether gunmen murdered Jon Amis in Pellow on Sunday.", "planned"),
])
def test_a_deed_asked_about_under_an_inquiry_is_done(ann, text, modality):
    from sitrep.model import VIOLENT_EVENT_TYPES

    evs = [e for e in _analyse(ann, text).events if e.event_type in VIOLENT_EVENT_TYPES]
    assert [e.modality for e in evs] == [modality]
    assert evs[0].fatalities is not None


def test_an_inquiry_into_who_killed_gives_the_reported_murder_its_toll(ann):
    an = _analyse(ann, "The judge ordered an inquiry to determine who murdered Jon Amis. The murder was committed by "
                       "gunmen in Pellow this morning.")
    assert _deaths(an) == [1.0]


@pytest.mark.parametrize("text,deaths", [
    ("Officials said Mara Venn, her brother, and nine villagers died when the patrol was ambushed near Pellow.", [11.0]),
    ("Mara Venn, her brother and nine villagers died when the patrol was ambushed near Pellow.", [11.0]),
    ("Ana Ruiz, a teacher, and her son were killed in the clash near Pellow.", [2.0]),  # a description, not a member
])
def test_a_list_whose_and_the_parser_hung_on_its_first_name(ann, text, deaths):
    assert _deaths(_analyse(ann, text)) == deaths


@pytest.mark.parametrize("text,deaths", [
    ("Jon Amis has died from gunshot wounds, his party said on Sunday.", [1.0]),
    ("Mara Venn died of stab wounds at the Pellow clinic on Sunday.", [1.0]),
    ("Jon Amis died of a heart attack in Pellow on Sunday.", []),  # no weapon, no killing
    # the shooting told before: its toll, not a second incident
    ("Jon Amis was shot by gunmen in Pellow on Saturday. He died of gunshot wounds on Sunday.", [1.0]),
])
def test_a_death_of_the_wounds_of_a_weapon_is_a_killing(ann, text, deaths):
    an = _analyse(ann, text)
    assert _deaths(an) == deaths
    assert all(e.actor1 is None or e.actor1.name.lower() == "gunmen" for e in _violent(an))


@pytest.mark.parametrize("text,killed", [
    ("Her bodyguard and driver were killed in the attack on Pellow.", [2.0]),
    ("Her bodyguard and driver was killed in the attack on Pellow.", []),  # one person in two roles, or unsure
])
def test_two_nouns_sharing_one_possessive_are_two_people_with_a_plural_verb(ann, text, killed):
    an = _analyse(ann, text)
    assert [f.low for f in an.figures if f.what == "killed"] == killed


def test_further_victims_sharing_a_possessive_add_to_the_named_one(ann):
    an = _analyse(ann, "The council denounced the murder of minister Ana Ruiz during a raid in which her bodyguard "
                       "and driver were also killed.")
    assert _deaths(an) == [3.0]


@pytest.mark.parametrize("text,deaths", [
    # "as well as" hung on the verb, each victim its own object: the mayor and the two
    ("Communist guerrillas have killed the judge of the small town of Varnel, as well as two peasants, a local radio "
     "said today.", [3.0]),
    # the list an "and" on its first member joins: unchanged
    ("Ana Ruiz, 41, her brother, and nine villagers died when the bus was hit by a shell near Varnel at 10 pm.",
     [11.0]),
    # negatives: an age, a time and a street number are no victims; a wounded count on another verb is not added
    ("Gunmen killed the mayor of Varnel, 58, at his house at 12 Orchard Road on Monday, and two peasants were "
     "wounded.", [1.0]),
    ("Guerrillas killed two peasants at 10 pm near Varnel and wounded the mayor, 58.", [2.0]),
])
def test_victims_listed_as_several_objects_are_added(ann, text, deaths):
    # the parser made each victim its own object of the verb: one list, its count the sum
    assert _deaths(_analyse(ann, text)) == deaths


@pytest.mark.parametrize("text,deaths", [
    # a role noun of the lexicon is one person: "a sound technician", "his interpreter", "a cook"
    ("A Belgian photographer, Mira Oost, died on Friday while filming a firefight outside Varnel. A sound "
     "technician working with her was also killed.", [2.0]),
    ("Gunmen shot dead a correspondent, 34, and his interpreter at 9 am near Varnel.", [2.0]),
    ("Rebels killed a cook, two guards and the mayor's gardener in Varnel on Monday.", [4.0]),
    # negatives: a calibre, an age and a time are no victims
    # (wounded, no death told: a toll of 0, never the age 61)
    ("A gardener, 61, was wounded by a .38 calibre bullet at 7 pm near Varnel.", [0.0]),
])
def test_role_nouns_count_one_person(ann, text, deaths):
    assert _deaths(_analyse(ann, text)) == deaths


@pytest.mark.parametrize("text,deaths", [
    # an ordinal victim told later is the toll as of then: it replaces the lower count
    ("Two men were killed when gunmen attacked a bar in Pellow on Sunday. A third man died in hospital on Monday.",
     [3.0]),
    # negatives: a death told apart is one more incident of one death; the hurt are no ordinal toll
    ("Two men were killed when gunmen attacked a bar in Pellow on Sunday. A third man was killed in a separate "
     "attack in Varnel.", [2.0, 1.0]),
    ("Two men were killed when gunmen attacked a bar in Pellow on Sunday. A second man, 45, was wounded and is in "
     "stable condition.", [2.0]),
])
def test_a_later_ordinal_victim_updates_the_toll(ann, text, deaths):
    assert _deaths(_analyse(ann, text)) == deaths


@pytest.mark.parametrize("text,deaths", [
    # "the first five ... and the last a Greek" names the list's members again: the list's count, not the five
    ("Priests Tomas Varga, Jon Alde, Peter Lund, Mark Osse, Juan Pell, and Luis Marr, the first five Italians and "
     "the last a Greek, were murdered in Varnel on Monday.", [6.0]),
    # "the last two guards" describes the two named (it was added to them: 4); the age 45 is no count
    ("Rebels killed Tomas Varga, 45, and Jon Alde, the last two guards of the mayor of Varnel, on Monday.", [2.0]),
    # negative: "the first two" alone is still the count; the time is none
    ("The first two soldiers were killed at 6 am on Monday when rebels attacked the base in Varnel.", [2.0]),
])
def test_the_first_members_of_a_list_are_no_count_of_their_own(ann, text, deaths):
    assert _deaths(_analyse(ann, text)) == deaths


@pytest.mark.parametrize("text,deaths", [
    # branch tolls4 (data/figure_lexicon.tsv): a bomber is one person, as an attacker or a gunman is
    ("A suicide bomb hit a market in Pellow on Friday. The attack killed 13 people and the bomber, police said.",
     [14.0]),
    ("A car bomb exploded at a checkpoint in Pellow on Friday, killing four soldiers and the bomber.", [5.0]),
])
def test_a_bomber_killed_with_the_victims_is_counted(ann, text, deaths):
    assert _deaths(_analyse(ann, text)) == deaths
