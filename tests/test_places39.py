"""Issue 14, branch places39 (geo_reports23): where an event happened in local crime reports and around deployments.
A name the gazetteer cannot place (an estate, a township, a neighbourhood) in a story about one city is a part of that
city: the event takes the city's point (events/city_part.py), and a second mention of the dateline's own town left
blank is that town; "sent troops from X" and fighters "who had come from the X region" say where forces set out, not
where they acted (events/came_from.py); "were taken to a hospital in X" is where the hurt were cared for
(events/place._care_site). Sentences written for these tests; people and incidents made up ("Kelvane", "Marrow
Heights" and "Dunhollow" are no gazetteer's)."""
from __future__ import annotations


def _points(evs):
    return [(round(e.place.lat, 1), round(e.place.lon, 1)) if e.place and e.place.lat is not None else None
            for e in evs]


def test_a_neighbourhood_the_gazetteer_cannot_place_in_a_one_city_story_is_the_citys(events):
    evs = events("KARACHI: Two suspects were killed in an encounter with police in Lyari on Wednesday night, officials "
                 "said.", dateline="KARACHI")
    assert evs and _points(evs)[0] == (24.9, 67.0)
    evs = events("MEMPHIS, Tenn. - One man is dead after a shooting at a gas station in Whitehaven late Friday, "
                 "according to Memphis police.", dateline="MEMPHIS, Tenn.")
    assert evs and _points(evs)[0] == (35.1, -90.0)
    # but not in a story that names a far town too, nor a village under a far capital's dateline: blank beats wrong
    evs = events("KARACHI: Two suspects were killed in an encounter with police in Lyari on Wednesday night, officials "
                 "said. Their gang also operated in Quetta.", dateline="KARACHI")
    assert evs and _points(evs)[0] is None  # another city named far off: the name may lie anywhere
    evs = events("BAMAKO (Reuters) - Gunmen killed nine herders in Dunhollow on Sunday, officials in Gao said.",
                 dateline="BAMAKO")
    assert evs and all(p is None or p != (12.6, -8.0) for p in _points(evs))


def test_the_datelines_town_named_again_is_that_town(events):
    evs = events("TURBAT: Two labourers were shot dead by gunmen at a construction site near Turbat in Kech district "
                 "on Monday, officials said. All belonged to Muzaffargarh in Punjab.", dateline="TURBAT")
    assert evs and _points(evs)[0] == (26.0, 63.0)


def test_troops_sent_from_a_town_act_where_they_go(events):
    evs = events("Jihadists attacked an army post in Djibo on Saturday, killing 12 soldiers. The army sent troops "
                 "from Kaya to reinforce the town.")
    assert evs and (13.1, -1.1) not in _points(evs)


def test_fighters_who_had_come_from_a_region_fought_elsewhere(nlp):
    from sitrep.events.came_from import doers_origin

    doc = nlp("The fighters, some of whom had come from the Middle Shabelle region, were driven back after a battle.")
    assert doers_origin(doc, [t.i for t in doc if t.text in ("Middle", "Shabelle")])


def test_the_town_of_the_hospital_the_hurt_were_taken_to_is_no_scene(nlp):
    from sitrep.events.place import locative

    doc = nlp("Those wounded were taken to a hospital in Funtua.")
    i = next(t.i for t in doc if t.text == "Funtua")
    assert not locative(doc, [i])
    doc = nlp("Gunmen attacked a hospital in Funtua.")
    i = next(t.i for t in doc if t.text == "Funtua")
    assert locative(doc, [i])
