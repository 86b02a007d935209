"""Event precision on news that talks about violence without telling a new incident, in the forms of
``tests/data/quiet_reports14`` (branch precision20): fireworks that explode at a show; a share of a year's victims
told as shot; people killed by a bare plural in the present progressive; a clause after ", when" hung on the past span before it; a standing charge of a habit ("accuse the
army of killing civilians in some strikes"); a "massacre" of people in a budget; a deed formed as a shape by drones or painted in a mural. Sentences written for these tests;
the people, offices and incidents are made up (the towns are real, so that the gazetteer places them)."""
from __future__ import annotations

import pytest

from test_events_precision5 import events, happened, show  # the shared annotator and helpers


@pytest.mark.parametrize("text", [
    # fireworks at a show
    "Fireworks exploded over the harbour in Valletta on Saturday night as the regatta ended.",
    "Firecrackers exploded in the main square of Kandy at midnight as crowds cheered the new year.",
    # a share of a statistic's victims
    "Nearly half of the victims were shot in disputes over debts, mostly in Guayaquil and Machala, the ministry said on "
    "Tuesday.",
    "About two-thirds of the victims were stabbed in fights between neighbours, the institute said on Monday.",
    # a clause after ", when" on a past span
    "Doctors examined 300 veterans who were wounded in Kandahar province between 2008 and 2012, when Canadian troops "
    "fought the Taliban there.",
    # a standing charge of a habit
    "Rights groups accuse the army of killing civilians in some air strikes near Mopti.",
    "Opposition parties accuse the police of beating suspects in cells in Conakry.",
    # a kind of deed going on, told in the present progressive
    "\"Gangs are killing people for a few dollars,\" a priest in Cap-Haitien told reporters.",
    # a shape formed, a picture's subject
    "Hundreds of drones formed a dove, a rose and a tank firing a shell over the bay in Split on Saturday night.",
    "Students in Gulu unveiled a mural of soldiers shooting at a crowd on the wall of their school on Friday.",
    # a massacre in a budget
    "The teachers' union in Lima accused the government of \"a massacre of teachers\" in its new budget.",
])
def test_no_event_happened(text):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert not happened(evs), show(evs)


@pytest.mark.parametrize("text, sub", [
    # the same words about a real deed stay events
    ("A bomb exploded in the main square of Kandy at midnight, killing two people, police said.", None),
    ("Gunmen shot dead three men in Guayaquil on Tuesday; half of the victims were shot in the head, police said.",
     None),
    ("Villagers said on Monday that soldiers had killed four herders near Mopti, when troops swept the area on "
     "Sunday.", None),
    ("Residents accused the army of killing five civilians in an air strike near Mopti on Monday.", None),
    ("Gunmen massacred 12 villagers near Mopti on Sunday, officials said.", None),
    ("Soldiers formed a cordon and fired a shell at the rebels' camp near Gulu on Friday.", None),
    ("Gang members are killing 12 hostages held in a church in Cap-Haitien, police said on Monday.", None),
])
def test_real_deeds_stay(text, sub):  # type: ignore[no-untyped-def]
    evs = events(text)
    assert happened(evs, sub), show(evs)


def test_participle_after_speech_tag_keeps_the_reported_doer():  # type: ignore[no-untyped-def]
    # "..., police said, killing two": the killing is the gunmen's, not the police's
    evs = events("Two men carrying pistols entered a bar in Soweto just after midnight on Saturday and opened fire on "
                 "patrons, police said, killing two and wounding a barman.")
    got = happened(evs)
    assert got, show(evs)
    assert not [e for e in got if e.actor1 is not None and "police" in (e.actor1.name or "").lower()], \
        [(e.sub_event_type, e.actor1) for e in got]
