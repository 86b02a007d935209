"""Event precision, seventh round (branch precision4): a statement of what groups use is no incident; a
conflict's run of deeds told as background lends no type to the incident it is folded into; a sentence opening on
another time of the same day tells another deed. Sentences written for these tests; the people and incidents are
made up (the towns are real, so that the gazetteer places them)."""
from __future__ import annotations

from test_events_precision5 import events, happened, show  # the shared annotator and helpers

IED = "Remote explosive/landmine/IED"


# ------------------------------------------------------------------ a habit or capability: no event
def test_groups_having_used_bombs_is_no_event():
    evs = events("A grenade exploded outside a busy cafe in Kassala on Sunday evening, killing three people, an "
                 "official said.\n\nTwo armed factions are active around the town. Both groups have used bombs in "
                 "crowded markets, and one of them has often used children to carry explosives.")
    assert [e.sub_event_type for e in happened(evs)] == ["Grenade"], show(evs)
    # (a counted, dated use with its dead is an incident)
    evs = happened(events("Rebels have used two car bombs against the army base in Kassala this week, killing six "
                          "soldiers, officials said."))
    assert evs, show(evs)


# ------------------------------------------------------------------ a run of deeds told as background
def test_a_background_run_of_clashes_lends_no_type():
    evs = happened(events("Armed men attacked a farming village near Kutum on Monday, killing eight people, local "
                          "officials said.\n\nClashes between farmers and herders over land and water have killed "
                          "thousands of people in the region over the past decade."))
    assert [e.sub_event_type for e in evs] == ["Attack"], show(evs)


# ------------------------------------------------------------------ another time of the same day
def test_a_deed_told_earlier_that_day_is_another_incident():
    evs = happened(events("A bomb exploded outside a crowded bar in Kutum on Sunday evening, killing four people, "
                          "a local official said.\n\nEarlier on Sunday, a woman carrying explosives blew herself up "
                          "at a checkpoint on the edge of the town, killing one soldier, the official said."))
    assert sorted(e.sub_event_type for e in evs) == sorted([IED, "Suicide bomb"]), show(evs)


# ------------------------------------------------------------------ "came a day after" another deed
def test_a_killing_a_day_before_the_bombing_is_its_own_attack():
    evs = events("A suicide bomber struck an army post in Kutum early on Thursday, killing six soldiers, officials "
                 "said.\n\nThe bombing came a day after gunmen on motorcycles killed two teachers and their "
                 "driver near the town on Wednesday.")
    assert any(e.sub_event_type == "Attack" and e.modality == "asserted" for e in evs), show(evs)
    assert not any(e.trigger.text == "bombing" and e.modality == "asserted" for e in evs), show(evs)


# ------------------------------------------------------------------ a crowd told as the scene
def test_a_shooting_as_crowds_gathered_is_no_mob_violence():
    evs = happened(events("Gunmen shot dead four people outside a hotel in Kutum late on Saturday, police said.\n\n"
                          "The shooting happened shortly before midnight, as crowds gathered in the square to watch "
                          "a wedding procession."))
    assert evs and not happened(evs, "Mob violence"), show(evs)
