"""Deaths and injuries the way reporters write them, and numbers that count nobody (sentences written for these
tests): each phrasing's figure, and the event toll it gives."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext

PUB = dt.date(2023, 5, 6)


def analyse(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("t1", published=PUB))


def counts(an, what):  # type: ignore[no-untyped-def]
    return sorted((f.low, f.high) for f in an.figures if f.what == what)


@pytest.mark.parametrize("text,killed", [
    ("Gunmen opened fire on a minibus near Tarvel on Tuesday, killing three.", [(3, 3)]),
    ("The attacker killed one and wounded four before he fled.", [(1, 1)]),
    ("A man shot and killed Nora Vance and her daughter at their home on Birch Lane.", [(2, 2)]),
    ("Peter Quill was fatally shot outside a bakery on Friday night.", [(1, 1)]),
    ("Peter Quill was pronounced dead at the scene.", [(1, 1)]),
    ("Peter Quill died of his wounds in hospital on Sunday.", [(1, 1)]),
    ("A guard was killed and four others were injured in the ambush.", [(1, 1)]),
    ("Rangers found the bodies of three men near the dam.", [(3, 3)]),
    ("The death toll rose to 14 on Monday.", [(14, 14)]),
    ("The bombing left 9 dead.", [(9, 9)]),
    ("The blast left two dead and five injured.", [(2, 2)]),
    ("Officials said 12 dead and 30 wounded after the bombing.", [(12, 12)]),
    ("Dana Holt, 19, died after being shot in the chest.", [(1, 1)]),
])
def test_killed_as_reported(ann, text, killed):
    assert counts(analyse(ann, text), "killed") == killed


@pytest.mark.parametrize("text,wounded", [
    ("The attacker killed one and wounded four before he fled.", [(4, 4)]),
    ("A guard was killed and four others were injured in the ambush.", [(4, 4)]),
    ("Officials said 12 dead and 30 wounded after the bombing.", [(30, 30)]),
])
def test_injured_apart_from_killed(ann, text, wounded):
    assert counts(analyse(ann, text), "wounded") == wounded


@pytest.mark.parametrize("text", [
    "The victim, 34, was shot with a .45 caliber handgun.",  # an age and a calibre
    "Police recovered a 9mm pistol and a .22-caliber rifle after the shooting.",  # calibres
    "The shooting happened at 1450 Cedar Avenue around 11 p.m., police said.",  # an address
    "Anyone with information about the shooting should call 555-0143.",  # a phone number
    "Unemployment rose to 12 percent in the district.",  # a percentage
    "The gunman fired from 300 metres away.",  # a distance
])
def test_numbers_that_count_nobody(ann, text):
    an = analyse(ann, text)
    assert counts(an, "killed") == [] and counts(an, "wounded") == []
    assert not [f for f in an.figures if f.what in ("victim_destroyed", "handgun_destroyed", "people")
                and f.low in (19, 34, 45, 22, 9, 1450, 555, 143)]
    assert all(e.fatalities is None for e in an.events)


def test_critical_condition_is_not_dead(ann):
    an = analyse(ann, "Three people were in critical condition after the attack.")
    assert counts(an, "killed") == []


def test_plural_victims_without_a_number_are_no_count(ann):
    an = analyse(ann, "Soldiers killed civilians in the village, residents said.")
    assert counts(an, "killed") == []


def test_event_toll_from_named_victims(ann):
    an = analyse(ann, "A gunman shot and killed Nora Vance and her daughter in Tarvel on Friday.")
    tolls = [(e.fatalities.low, e.fatalities.high) for e in an.events if e.fatalities is not None]
    assert tolls and tolls[0] == (2, 2)


@pytest.mark.parametrize("text,killed", [
    ("Unions condemned the assassination of Mara Lind and her driver on Monday.", [(2, 2)]),
    ("Police are still investigating the murder of two missionaries in Pellham.", [(2, 2)]),
    ("Neighbours mourned after his murder.", [(1, 1)]),
    ("Ortega was shot dead outside his office.", [(1, 1)]),
    ("Her brother was found dead in a ditch near the road.", [(1, 1)]),
    ("The old judge passed away in hospital on Sunday.", [(1, 1)]),
    ("The reporter was gunned down near the market.", [(1, 1)]),
    ("The shopkeeper was beaten to death by a mob.", [(1, 1)]),
    ("The minister was assassinated on the coast road.", [(1, 1)]),
    ("Relatives identified his body at the morgue.", [(1, 1)]),
    ("A man was shot and killed on Sunday night in east Pellham.", [(1, 1)]),
    ("Officers said two men were found shot to death inside a house on Garner Street.", [(2, 2)]),
    ("A 19-year-old was killed in a shooting on Friday.", [(1, 1)]),
    ("A shooting on Garner Street left a man dead on Saturday, the third killing this month.", [(1, 1)]),
    ("Two gunmen shot three guards dead at the gate.", [(3, 3)]),
    ("The medic was hit by splinters in several parts of his body.", []),
])
def test_deaths_named_by_nouns_and_phrases(ann, text, killed):
    assert counts(analyse(ann, text), "killed") == killed


@pytest.mark.parametrize("text", [
    "Police foiled an assassination attempt on the governor.",  # tried, not done
    "The court sentenced him to death in absentia.",  # a verdict
    "Witnesses said death squads roamed the valley.",  # a modifier
    "Lena Vos was killed by three bullets from a pistol.",  # the means, not victims (one dead: Lena Vos)
    "The patrol reported that a guard was killed in two villages.",  # where, not whom
    "The attack came at 0815 (1415 GMT), killing a guard.",  # clock times
    "PORT ELLIS, 19 Mar 89 (Radio Ellis) -- A guard was killed today.",  # a dateline's day and year
    "The sniper fired from some 50 meters away and killed a guard.",  # a distance
])
def test_numbers_that_count_nobody_in_death_sentences(ann, text):
    an = analyse(ann, text)
    assert [c for c in counts(an, "killed") if c != (1, 1)] == []
    assert all(e.fatalities is None or (e.fatalities.low, e.fatalities.high) == (1, 1) for e in an.events)


def toll(an):  # type: ignore[no-untyped-def]
    return [(e.fatalities.low, e.fatalities.high) for e in an.events if e.fatalities is not None]


@pytest.mark.parametrize("text,expected", [
    ("Gunmen killed seven guards and one cook at the depot on Monday.", (8, 8)),
    ("Five monks and two cooks were murdered at the abbey on Sunday.", (7, 7)),
    ("A soldier and six rebels were killed in the clashes near Pellham.", (7, 7)),
    ("Four villagers, three men and a boy, were killed in the shelling.", (4, 4)),  # a breakdown
    ("Five people, including four children, were killed in the strike.", (5, 5)),  # a breakdown
    ("The banker was killed outside his office, along with three of his drivers.", (4, 4)),
    ("Two soldiers died in the raid on Pellham and a farmer was also killed.", (3, 3)),
    ("A driver died when a mine exploded under his truck.", (1, 1)),  # the count in another clause of the sentence
    ("Three people were shot near the depot, two of them fatally, officers said.", (2, 2)),
    ("Four people were stabbed at the fair, one fatally.", (1, 1)),
])
def test_event_toll_adds_coordinated_victims_never_breakdowns(ann, text, expected):
    assert toll(analyse(ann, text))[:1] == [expected]


def test_one_incident_report_takes_its_toll_from_a_later_sentence(ann):
    an = analyse(ann, "Gunmen attacked a bus near Tarvel on Tuesday. The driver was taken to hospital. "
                      "He died there on Wednesday.")
    assert toll(an) == [(1, 1)]


def test_an_older_count_in_a_later_sentence_is_not_the_incident_toll(ann):
    an = analyse(ann, "A bomb exploded at a market in Tarvel on Monday, wounding five people. In 2019, 20 people "
                      "died in the town.")
    # (the bomb wounded five and killed no one told: no toll, or 0; never the 20 of 2019)
    assert all(e.fatalities is None or e.fatalities.high == 0 for e in an.events if e.modality == "asserted")


def test_a_running_war_total_is_not_the_incident_toll(ann):
    an = analyse(ann, "Gunmen attacked a bus near Tarvel on Tuesday. The war has killed 3,000 people since 2014.")
    assert toll(an) == []


def test_left_wounded_is_an_injury_and_left_dead_a_death(ann):
    an = analyse(ann, "The men shot the grocer and left him seriously wounded.")
    assert counts(an, "wounded") == [(1, 1)] and counts(an, "killed") == []
    an = analyse(ann, "The blast on the bridge left the driver dead.")
    assert counts(an, "killed") == [(1, 1)]


def test_a_local_shooting_report_counts_its_dead_once(ann):
    """A whole report of my own: the toll is the one dead man, never the block number, the clock time or his age."""
    text = ("PELLHAM -- A man was shot and killed on Sunday night in east Pellham, police said. Officers went to "
            "the 400 block of Garner Street around 10:45 p.m. and found the victim, 28, with gunshot wounds. "
            "He was pronounced dead at the scene. No arrests have been made.")
    an = analyse(ann, text)
    assert toll(an) == [(1, 1)]
    assert not [f for f in an.figures if f.what in ("killed", "wounded") and f.low in (400, 10, 45, 28)]


def test_a_victim_list_the_parser_cut_gives_no_count_of_one(ann):
    an = analyse(ann, "As a result of the raid marco, Ivan Sala, and Dario Pena were killed.")
    assert counts(an, "killed") == []
    an = analyse(ann, "Gunmen stormed the bank and the guard was killed.")  # a coordinated clause, not a list
    assert counts(an, "killed") == [(1, 1)]


# police releases and follow-up reports (issue 16, branch tolls7; dates are irrelevant here): a number that labels a
# school year, the hurt of whom some died later, "suffering from a gunshot wound", "pronounced deceased"
@pytest.mark.parametrize("text", [
    "A 16-year-old Grade 10 learner was stabbed to death by another pupil at a school in Mthatha on Monday.",
    "A Form 4 student was stabbed to death at a school in Nakuru.",
])
def test_a_school_year_is_no_count(ann, text):
    an = analyse(ann, text)
    assert counts(an, "killed") == [(1, 1)]
    assert toll(an) == [(1, 1)]


def test_the_ward_number_is_no_count(ann):
    an = analyse(ann, "A nurse was stabbed in Ward 12 of the hospital in Durban and is in a stable condition.")
    assert all(f.low != 12 for f in an.figures)


@pytest.mark.parametrize("text,wounded", [
    ("Six others were wounded and taken to hospital, where two of them later died.", [(4, 4)]),
    ("Eight people were shot in the attack on the tavern; three of them later died in hospital.", [(5, 5)]),  # (8 hit, 3 dead)
    ("Five people were injured in the stabbing, one of whom has since died.", [(4, 4)]),
])
def test_the_hurt_who_died_later_are_no_longer_hurt(ann, text, wounded):
    assert counts(analyse(ann, text), "wounded") == wounded
    # the hurt of whom some are in a critical state stay hurt
    assert counts(analyse(ann, "Six others were wounded in the attack, two of them critically."), "wounded") == [(6, 6)]


def test_a_victim_suffering_from_a_weapons_wound_is_an_attack(ann):
    for text in ("Officers located a victim suffering from a gunshot wound to the chest.",
                 "Officers located a 42-year-old male suffering from stab wounds to the back.",  # "suffering" a noun
                 "Police found a woman suffering from a gunshot wound in the parking lot."):
        assert [e.event_type for e in analyse(ann, text).events] == ["Violence against civilians"], text
    # suffering from no weapon's wound is no attack
    assert analyse(ann, "The town is suffering from a shortage of nurses, officials said.").events == []


def test_pronounced_deceased_is_a_death(ann):
    an = analyse(ann, "Officers located a victim suffering from a gunshot wound. "
                      "He was transported to a hospital, where he was pronounced deceased.")
    assert counts(an, "killed") == [(1, 1)]
    assert toll(an) == [(1, 1)]


def test_an_age_is_no_count_of_the_one_shot_in_a_limb(ann):
    # (moved out of test_numbers_that_count_nobody by branch tolls44: the person shot in the leg is now one hurt;
    # the age 19 still counts nobody)
    an = analyse(ann, "Dana Holt, 19, was shot in the leg outside a bakery.")
    assert counts(an, "killed") == [] and counts(an, "wounded") == [(1, 1)]
