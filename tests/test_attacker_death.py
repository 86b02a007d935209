"""The attacker's own death in the incident's toll (branch tolls8, events/attacker_death.py): ACLED counts every death
of an event, the attackers' too. Sentences written for these tests; names, towns and events made up."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 9, 10)


def deaths(ann, text):  # type: ignore[no-untyped-def]
    evs = ann.annotate(text, DocContext("ad1", published=PUB)).events
    got = [e.fatalities.low for e in evs if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"
           and e.fatalities is not None]
    return max(got) if got else None


@pytest.mark.parametrize("text, n", [
    # the gunman the police shot dead, told by a pronoun in the deed's sentence
    ("A gunman who opened fire inside a bakery in Zorvane on Monday killed three people and wounded two others before "
     "he was shot dead by a police officer, police said.", 4),
    # the doer of the deed, shot dead in a clause hung on it
    ("Tomas Vrell, 31, stabbed two people to death at a bus station in Zorvane on Saturday before being shot dead "
     "by police, the prosecutor said.", 3),
    ("A man armed with a machete killed two people at a bus station in Zorvane on Saturday before being shot dead by "
     "police officers, the prosecutor said.", 3),
    # "the attacker" shot dead by a soldier, in the next sentence
    ("A gunman killed two men and wounded a third at a petrol station near Zorvane on Monday, the army said. The "
     "attacker fired at people filling their cars and was shot dead by an off-duty soldier, the army said.", 3),
    ("A gunman killed two men at a petrol station near Zorvane on Monday, the army said. The attacker was shot dead "
     "by an off-duty soldier, the army said.", 3),
    # one of the gunmen, killed by the police as they fled
    ("Gunmen killed five people at a wedding in Zorvane on Sunday night, prosecutors said. Police who responded "
     "exchanged fire with the attackers as they fled, killing one of the gunmen.", 6),
    # a suicide bomber
    ("A suicide bomber blew himself up at a police checkpoint in Zorvane on Thursday, killing five policemen and "
     "wounding eight other people, officials said.", 6),
    # the attackers' dead told by a count of their own, whoever killed them (branch attackers10,
    # attacker_death._counted_attackers)
    ("Six soldiers were killed on Friday when militants stormed an army post near Zorvane, officials said. The wounded "
     "were flown to the capital. Two assailants were killed in the exchange of fire, the officials said.", 8),
    ("Five policemen were killed late on Sunday when insurgents attacked a checkpoint near Kelbaro, two officials said. "
     "They fired from two sides and fled before help arrived. One of the attackers was killed in the firefight.", 6),
    ("A suicide car bomber struck a checkpoint near Mirenda on Monday, killing five soldiers, officials said. The "
     "driver died in the blast, and two other attackers who tried to run at the gate were shot dead by troops.", 8),
    # beside a count the rule must leave alone: "One" of the workers, the bomber told again, a later pursuit
    ("Two labourers were killed when gunmen fired on them near Tuvessa on Tuesday, police said. The workers were "
     "walking home when two gunmen fired at them from close range. One died on the spot and the other in hospital. "
     "Police said one of the gunmen was killed in the exchange of fire.", 3),
    ("A suicide bomber blew himself up at a police post in Zorvane on Tuesday, killing four policemen, officials "
     "said. The attacker was killed on the spot. Two other attackers were shot dead by troops.", 7),
    ("Militants killed six villagers in Kelbaro on Friday, officials said. Two assailants were killed in the exchange "
     "of fire with village guards. Troops pursuing the attackers later killed five of the militants, the army said.", 8),
    # branch terror3: one side's count, then the attackers' count in a clause of its own in the same sentence: no
    # total told, no sum spanning both, so the attackers' dead are added (ACLED counts every death of the clash)
    ("Rebels of the Vorn Front raided an army post near Zorvane on Monday, the army said. Three soldiers were killed "
     "in the attack and four of the assailants were killed in the fighting that followed, a spokesman said.", 7),
    ("Gunmen of the Vorn Front stormed a checkpoint near Zorvane on Friday, the police said. One officer died in the "
     "attack and two of the gunmen were killed in the exchange of fire that followed, a police spokesman said.", 3),
    # a count of everyone, its list naming the attackers among its parts, holds them (story_sets9 s03's form)
    ("Gunmen of the Vorn Front ambushed a convoy near Zorvane on Monday, police said. The ministry said nine people "
     "died in the ambush: four engineers, three guards and two attackers.", 9),
    # a total told beside still holds the attackers
    ("Rebels of the Vorn Front raided an army post near Zorvane on Monday, the army said. Three soldiers were "
     "killed and two of the attackers were also killed, bringing the number of dead to five, a spokesman said.", 5),
])
def test_attacker_death_counts(ann, text, n):  # noqa: F811
    assert deaths(ann, text) == n


@pytest.mark.parametrize("text, n", [
    # the count already holds him
    ("Four people, including the gunman, were killed on Tuesday when a man opened fire at a warehouse in Zorvane. "
     "Officers exchanged gunfire with the shooter and killed him, police said.", 4),
    ("A suicide bomber blew himself up at a market in Zorvane on Thursday, killing five people including the "
     "bomber, police said.", 5),
    ("A suicide bomber blew himself up at a market in Zorvane on Thursday, killing six people including himself, "
     "police said.", 6),
    # the police killed the only one who died: no deed of another to add him to
    ("A man who pointed a rifle at officers was shot dead by police in Zorvane on Monday night, police said.", 1),
    # attackers killed in a later pursuit: another engagement
    ("Gunmen killed seven villagers in Zorvane on Friday. Troops pursuing the attackers later killed two of them, "
     "the army said.", 7),
])
def test_attacker_death_not_added(ann, text, n):  # noqa: F811
    assert deaths(ann, text) == n


def test_attackers_counted_beside_the_incidents_count_are_part_of_it_when_their_bodies_are_told_later(ann):
    # made-up group and town; the attackers' two dead are told in the sentence of the count of five, which holds them
    text = ("Rebels attacked a police post in Tessor on Monday night. A third officer died of his wounds on Tuesday, "
            "and two of the attackers were also killed in the fighting, bringing the total number of dead to five, "
            "police said on Wednesday. The bodies of the two rebels were found by officers on a hill above the post on "
            "Tuesday.")
    an = ann.annotate(text, DocContext("t1", published=dt.date(2025, 3, 12)))
    tolls = [e.fatalities.low for e in an.events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"
             and e.fatalities is not None]
    assert max(tolls) == 5.0, tolls
