"""tolls31: "Three more victims of Thursday's tanker explosion have died" in the lead is the report's own incident (not
an event told before); one incident told by several words of one kind a day or two apart ("a gas explosion ... The
blast on Saturday"; a bomb "planted overnight") takes the report's count of hurt; a count of hurt that only a
statement or a step of care carries ("were injured and airlifted to") is still the incident's; a "who" clause hung on
the "of" phrase of a title ("Diaz, third judge of public order, who was murdered") counts the person. Sentences written
for these tests; names and places made up (Tessor, Marwick: no gazetteer entry)."""
from __future__ import annotations

import datetime as dt

import pytest

from sitrep.nlp.annotate import DocContext
from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader)
from test_tolls26 import deaths, show, wounded


@pytest.mark.parametrize("text,dead,hurt", [
    # the victims of a deed dated by its possessive, in the lead: the report's own incident
    ("TESSOR - Two more victims of Saturday's gas explosion at a bakery in Tessor have died in hospital, raising the "
     "death toll to five, the regional governor said on Monday.\n\nThe blast killed three workers at the scene.",
     5.0, None),
    # one deed told by two words of one kind two days apart: the hurt told later are its
    ("MARWICK - A fourth person has died from burns suffered in a gas explosion at a shop in Marwick, officials said "
     "on Monday.\n\nThe blast on Saturday afternoon killed three people at the scene. A boy who had been buying milk "
     "died on Monday morning.\n\nSix other people remain in hospital, two of them in critical condition, a doctor "
     "said.", 4.0, 6.0),
    # the hurt a step of care carries ("airlifted", read as a Political event) are the bomb's
    ("TESSOR - A roadside bomb hit a minibus near Tessor on Sunday, killing four passengers, police said. Police "
     "blamed rebels who they said had planted the device overnight.\n\nTwo other passengers were injured and "
     "airlifted to the capital for treatment.", 4.0, 2.0),
    # "a who clause on the "of" phrase of a title: the titled person
    ("The rebels today claimed responsibility for the cowardly attack on judge rosa Ana varga, second judge of public "
     "order, who was murdered on Friday 3 May in Tessor.", 1.0, None),
    # the dead told beside the hurt "in a fire that broke out": the fire's (its verb hung on the noun of the setting)
    ("Two people died and eight others were injured in a fire that broke out in a block of flats in Marwick on Sunday "
     "night, officials said.", 2.0, 8.0),
    # the hurt a step carries ("pulled out injured", read as a strategic development) are the collapse's
    ("TESSOR - At least seven people died when a three-storey block of flats collapsed in Tessor on Friday, "
     "firefighters said.\n\nFirefighters had confirmed four deaths by Friday night. Three more bodies were pulled from "
     "the rubble on Saturday.\n\nFive residents were pulled out injured and taken to the city hospital.", 7.0, 5.0),
    # a death told "two days after" the deed that "also killed" another: the offset is no period, both are counted
    ("A woman has died in hospital two days after a fire at a house in Tessor that also killed her husband, police "
     "said.", 2.0, None),
    # "has a broken leg" in the present: one hurt
    ("MARWICK - An old man died in hospital on Wednesday, a day after the balcony of his flat collapsed in Marwick, "
     "firefighters said.\n\nHis wife, who was standing beside him, has a broken arm and is recovering.", 1.0, 1.0),
])
def test_tolls_of_one_incident(ann, text, dead, hurt):
    an = read(ann, text)
    assert deaths(an) == dead, show(an)
    if hurt is not None:
        assert wounded(an) == hurt, show(an)


def test_a_deed_a_mourner_survived_lends_no_date(ann):
    """(events/old_incident) "who in 2009 survived an attack" is the mourner's past: the murder told after it is not
    retold from 2009."""
    text = ("Speaking before the coffin of Ruben Vale, which was draped with the party flag, Tomas Orel, who in 2009 "
            "survived an attack in which he lost an arm, vowed to carry on Vale's work.\n\nOrel said that Vale's "
            "murder was useless because the party would go on.")
    an = ann.annotate(text, DocContext("t1", published=dt.date(2024, 4, 29)))
    murder = [e for e in an.events if e.trigger is not None and e.trigger.text == "murder"]
    assert murder and all(e.date_start is None or e.date_start.year != 2009 for e in murder), show(an)
