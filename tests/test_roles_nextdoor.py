"""Attackers named next door to the deed (issue 16, branch crossclause), on sentences written for these tests:

- a sentence beside the deed that says who did it in other words than a claim ("X was behind the attack", "X
  carried out the attack", "officials blamed X for the killings", "the bombing was blamed on X"; events/claims.py
  ``_names_doer``), never one that denies it;
- the same deed done to the same named person told again with its doer in the sentence beside ("X may have been
  poisoned" ... "X had been poisoned by Y"; events/claims.credit_restated_doer), never a relative or another
  victim's attacker;
- a place named after "in"/"near" is no rival for "they" ("X stormed a hotel in <capital>. They killed ...";
  events/antecedents._where), while a second armed side still is;
- "the group said it killed ..." is the one group named before (events/antecedents.antecedent); "his men" in what
  a commander or spokesman of a named armed body says are that body (events/antecedents.leader_forces);
- a pronoun whose previous sentence has a subject other than the doer of the deed told there stays blank;
- "X's fighters stormed a hotel. The assault left ..." (events/antecedents.deed_doer_before).
Negatives: victims, speakers, places and relatives are never the attacker; blank beats wrong."""
from __future__ import annotations

import pytest
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_crossclause import name, on


# (text, trigger of the deed, actor1's name or None for blank)
CASES = [
    # the sentence after names who did the deed
    ("Gunmen killed 12 villagers in Darko on Monday. The attack was blamed on Boko Haram.", "killed", "Boko Haram"),
    ("Gunmen killed 12 villagers in Darko on Monday. Police said Boko Haram was behind the attack.", "killed",
     "Boko Haram"),
    ("Gunmen killed 12 villagers in Darko on Monday. Officials blamed Boko Haram for the killings.", "killed",
     "Boko Haram"),
    ("Gunmen killed 12 villagers in Darko on Monday. Officials blamed the massacre on Boko Haram.", "killed",
     "Boko Haram"),
    ("Gunmen killed 12 villagers in Darko on Monday. Boko Haram carried out the attack, police said.", "killed",
     "Boko Haram"),
    ("Twelve villagers were killed in Darko on Monday. Boko Haram was behind the killings, the army said.", "killed",
     "Boko Haram"),
    # ... but not when it is denied; a claim or blame of the deed a few sentences later names the attacker too
    # (branch terror: tests/test_claims_lookback.py for its limits)
    ("Gunmen killed 12 villagers in Darko on Monday. Police said Boko Haram was not behind the attack.", "killed",
     "Unidentified Armed Group (Nigeria)"),
    ("Gunmen killed 12 villagers in Darko on Monday. The village lies on a dirt road. Officials blamed Boko Haram "
     "for the killings.", "killed", "Boko Haram"),
    # the very next sentence tells who did it with no deed of its own
    ("A car bomb killed 12 people in Darko on Monday. It was carried out by al-Shabaab, police said.", "bomb",
     "al-Shabaab"),
    ("A car bomb killed 12 people in Darko on Monday. Officials think the bombing was the work of al-Shabaab.", "bomb",
     "al-Shabaab"),
    ("A car bomb killed 12 people in Darko on Monday. Police said al-Shabaab was responsible.", "bomb", "al-Shabaab"),
    ("A car bomb killed 12 people in Darko on Monday. Al-Shabaab said it was behind the blast.", "bomb",
     "al-Shabaab"),
    # ... not denied, not two groups, not another deed, not a group named for something else
    ("A car bomb killed 12 people in Darko on Monday. Police said al-Shabaab was not responsible.", "bomb", None),
    ("A car bomb killed 12 people in Darko on Monday. Police said al-Shabaab and Boko Haram were responsible.", "bomb",
     None),
    ("A car bomb killed 12 people in Darko on Monday. Al-Shabaab was responsible for a similar bombing in 2019.",
     "bomb", None),
    ("A car bomb killed 12 people in Darko on Monday. The market was rebuilt by al-Shabaab in 2015.", "bomb", None),
    ("A car bomb killed 12 people in Darko on Monday. Police said it was behind the blast.", "bomb", None),
    # a group the actor dictionary does not know, named as an organisation, claims or is blamed as well
    ("Gunmen killed 12 villagers in Darko on Monday. The Kordavian Liberation Front claimed responsibility for the "
     "attack.", "killed", "Kordavian Liberation Front"),
    ("A car bomb killed 12 people in Darko on Monday. It was carried out by the Kordavian Liberation Front, police "
     "said.", "bomb", "Kordavian Liberation Front"),
    ("Gunmen killed 12 villagers in Darko on Monday. The Kordavian Liberation Front held a rally the next day.",
     "killed", "Gunmen"),
    # the same deed to the same named person, told again with its doer
    ('"Marta Kell may have been poisoned," the headline said. A doctor suggested that Kell had been poisoned by '
     'Ivo Brant.', "poisoned", "Ivo Brant"),
    ("Marta Kell was stabbed on Friday. Police said Kell was stabbed by her husband, Ivo Kell.", "stabbed",
     "husband"),
    # ... not another victim's attacker, nor another deed
    ("Marta Kell was murdered in 2019. Her son, Tomas Kell, was murdered by a stranger in 2020.", "murdered", None),
    ("Marta Kell was stabbed on Friday. Police said Kell was shot by her husband a week earlier.", "stabbed", None),
    # a place after "in" is no rival for "they"; another armed side is
    # (armed men storming a hotel is an attack of its own, which the killing told next folds into: branch strays)
    ("Al-Shabaab fighters stormed a hotel in Mogadishu on Monday. They killed 15 guests.", "stormed", "al-Shabaab"),
    ("The Nigerian army said Boko Haram was regrouping near Kell. It attacked a police post on Sunday.",
     "attacked", None),
    # a deed told in the sentence before does not settle "they" when that sentence names two sides
    ("Kenyan police arrested two al-Shabaab fighters in Garissa. They had bombed a bus in March.", "bombed", None),
    # ... nor when its subject is not the doer of the deed told there: which one "it" is, is a guess
    ("Boko Haram has been weakened by army offensives. On Sunday, however, it attacked a police post in Darko.",
     "attacked", None),
    # a definite deed noun opening its sentence: the armed subject of the violent verb just before
    ("Al-Shabaab's fighters stormed a hotel in Mogadishu on Monday. The assault left 15 guests dead.", "stormed",
     "al-Shabaab"),  # (the assault restates the storming and folds into it)
    ("Villagers fled Darko when the fighters approached. The attack killed 15 people.", "attack", None),
    ("Kenyan troops attacked al-Shabaab fighters near Darko on Monday. The assault killed 12 people.", "assault",
     None),  # two armed sides there: a guess
    ("Boko Haram released a video on Monday. The attack killed 15 people.", "attack", None),  # no violent verb
    # "his men" in what a leader or spokesman of a named armed body says are the body's
    ("A Taliban commander said his men had ambushed the convoy near Darko.", "ambushed", "Taliban"),
    ("A farmer said his men had shot the thieves near Darko.", "shot", None),
]


@pytest.mark.parametrize("text,trigger,want", CASES)
def test_the_attacker_named_next_door(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    evs = violent(ann, text)
    ev = [e for e in evs if e.trigger.text == trigger][0] if want is None else on(evs, trigger)
    assert name(ev) == want, (text, [(e.trigger.text, name(e)) for e in evs])


def test_the_group_that_says_it_killed_is_the_group_named_before(ann):  # type: ignore[no-untyped-def]
    evs = violent(ann, "Al-Shabaab fighters attacked a Kenyan base on Monday. The group said it killed 20 soldiers.")
    assert {name(e) for e in evs} == {"al-Shabaab"}, [(e.trigger.text, name(e)) for e in evs]


def test_the_group_that_speaks_after_two_groups_stays_unnamed(ann):  # type: ignore[no-untyped-def]
    evs = violent(ann, "Al-Shabaab and Boko Haram fighters attacked a Kenyan base on Monday. Later the group said "
                       "it killed 20 soldiers at a second camp.")
    killed = [e for e in evs if e.trigger.text == "killed"]
    assert killed and name(killed[0]) not in ("al-Shabaab", "Boko Haram"), [(e.trigger.text, name(e)) for e in evs]


def test_victims_speakers_and_places_are_never_the_attacker(ann):  # type: ignore[no-untyped-def]
    evs = violent(ann, "Two soldiers were shot dead at a checkpoint near Darko. The army blamed the shooting on "
                       "the Red Hand militia, a spokesman said.")
    shot = on(evs, "shot")
    assert name(shot) not in ("soldiers", "Darko", "spokesman") and (shot.actor1 is None or "Red Hand" in name(shot))


class _Finder:  # the one attribute surname_told_before reads: the article's entity mentions
    def __init__(self, mentions):  # type: ignore[no-untyped-def]
        self.mentions = mentions


def _mentions(doc, names):  # type: ignore[no-untyped-def]
    from sitrep.model import Mention, Span

    out = []
    for name in names:
        start = doc.text.index(name)
        out.append(Mention(Span("r1", start, start + len(name), name), "PERSON", None, name, "PERSON"))
    return out


def test_a_surname_alone_repeats_the_one_person_named_before_with_it():  # type: ignore[no-untyped-def]
    from sitrep.events.antecedents import surname_told_before
    from sitrep.nlp.models import load_pipeline

    doc = load_pipeline()("A rights group accused Colonel Ivo Strand of war crimes. Strand does not deny the killings.")
    tok = [t for t in doc if t.text == "Strand"][-1]
    got = surname_told_before(tok, _Finder(_mentions(doc, ["Ivo Strand"])))
    assert got is not None and got.span.text == "Ivo Strand"
    # two people of that surname named before: which one is a guess
    doc = load_pipeline()("Ivo Strand and Piet Strand were charged in May. Strand does not deny the killings.")
    tok = [t for t in doc if t.text == "Strand"][-1]
    assert surname_told_before(tok, _Finder(_mentions(doc, ["Ivo Strand", "Piet Strand"]))) is None
    # a name that ends no person named before is nobody's surname
    doc = load_pipeline()("A rights group accused Colonel Ivo Strand of war crimes. Kell does not deny the killings.")
    tok = [t for t in doc if t.text == "Kell"][-1]
    assert surname_told_before(tok, _Finder(_mentions(doc, ["Ivo Strand"]))) is None
