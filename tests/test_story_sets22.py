"""Story figures that never double count (issue 16, branch stories23; the causes of the first read of
tests/data/story_sets22 and of story_sets17 n03, 19 v05, 21 x04/x05, on reports and sentences written for these tests
with made-up people and incidents; real places)."""
from __future__ import annotations

import datetime as dt

from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_story_sets5 import _story

from sitrep.nlp.annotate import DocContext


def _events(ann, text, day=dt.date(2026, 11, 3)):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("r1", published=day)).events


def test_the_buried_dead_are_no_toll_of_zero(ann):
    """"they had buried 12 people" and "Five wounded villagers": a report that tells burials tells deaths, so its
    hurt alone is no toll of zero (events/hurt_only; before, 0 became the incident's low)."""
    evs = _events(ann, "PESHAWAR - Residents of Kala Banda said on Tuesday that they had buried 12 people after a "
                       "drone struck the village on Sunday. Five wounded villagers were taken to hospital in Bannu, an "
                       "elder, Gul Zamir, said.")
    assert not any(e.fatalities is not None and e.fatalities.low == 0 for e in evs), \
        [(e.trigger.text, e.fatalities) for e in evs]


def test_one_death_that_brings_the_toll_to_a_whole_gives_the_whole(ann):
    """"An elderly man who was pulled from the ruins after Sunday's drone strike on Nikopol died in a Dnipro hospital
    on Tuesday, bringing the number of dead in that attack to five": five, never the one (events/toll)."""
    evs = _events(ann, "DNIPRO - An elderly man who was pulled from the ruins after Sunday's drone strike on Nikopol "
                       "died in a Dnipro hospital on Tuesday, bringing the number of dead in that attack to five, "
                       "regional officials said.")
    assert [e.fatalities.low for e in evs if e.fatalities is not None] == [5.0], \
        [(e.trigger.text, e.fatalities) for e in evs]


def test_a_toll_told_in_the_next_sentence_is_the_whole_not_its_part(ann):
    """"... was attacked on Monday. The provisional toll is 17 passengers killed, including four women": 17, never the
    four women (events/toll_orphans: a toll a later sentence names, merged into the incident, is its own, and a
    breakdown is never its toll)."""
    evs = _events(ann, "BAMAKO - The government informs the public that a minibus was attacked by terrorists on "
                       "Monday on the road between Djenne and Mopti. The provisional toll is 17 passengers killed, "
                       "including four women, and six wounded.")
    assert [e.fatalities.low for e in evs if e.fatalities is not None] == [17.0], \
        [(e.trigger.text, e.fatalities) for e in evs]


def test_bombs_dropped_by_a_helicopter_are_an_incident_not_a_trend(ann):
    """"Bombs dropped by a military helicopter hit a market": who dropped them, not a count that dropped
    (events/trend; before, the lede of story_sets19 v05 was background and its 23 was lost)."""
    evs = _events(ann, "BANGKOK - Bombs dropped by a military helicopter hit a market in Kani township on Monday, "
                       "killing 14 people, a resistance official, Ko Min Thet, said.")
    assert any(e.modality == "asserted" and e.fatalities is not None and e.fatalities.low == 14 for e in evs), \
        [(e.trigger.text, e.modality, e.fatalities) for e in evs]
    evs = _events(ann, "Killings dropped by a quarter last year in the province, the police chief said.")
    assert not any(e.modality == "asserted" for e in evs), [(e.trigger.text, e.modality) for e in evs]


def test_an_ied_the_rebels_triggered_is_the_deed_not_a_cause(ann):
    """"... lost their lives on Friday when Maoists triggered an IED under their vehicle": the IED is what the
    verb set off, the deed itself (events/modality/tally; before, read as a cause told with its consequence, and the
    lede of story_sets21 x04 was background)."""
    evs = _events(ann, "RAIPUR (PTI) - Eleven people, including ten jawans of the CRPF and the civilian who drove "
                       "them, lost their lives on Friday when Maoists triggered an IED under their vehicle on a road "
                       "near Bijapur in Chhattisgarh, police said.",
                  dt.date(2026, 11, 21))
    assert any(e.modality == "asserted" and e.fatalities is not None and e.fatalities.low == 11 for e in evs), \
        [(e.trigger.text, e.modality, e.fatalities) for e in evs]


def test_a_gunfight_one_deed_triggered_is_no_second_deed(ann):
    """"The gunmen opened fire ..., triggering a gunfight": the fight is the encounter told again, a consequence of
    the shots, not a deed of its own; only a device or blast set off is the deed (events/modality/tally; the first
    version of the IED rule above made a second armed clash of date_reports20 b10's encounter)."""
    evs = _events(ann, "Three insurgents were killed in an encounter with troops near Pattan village today, police "
                       "said. The insurgents hiding in a barn opened fire when the soldiers approached, triggering a "
                       "gunfight that went on for hours, a police officer said.")
    assert not any(e.trigger.text == "gunfight" and e.modality == "asserted" for e in evs), \
        [(e.trigger.text, e.modality) for e in evs]


def test_a_car_bomb_driven_into_a_gate_is_the_attack_told_again(ann):
    """"The fighters first drove a car bomb into the gate and then stormed the base": the bomb is how the attack told
    in the lede began, no second deed; only a device the verb sets off ("triggered an IED") is the deed itself
    (events/modality/tally; the first version of the IED rule made an extra IED event of war_reports4 w11)."""
    evs = _events(ann, "Militants attacked an army outpost near Bulo Burte before dawn on Monday, killing four "
                       "soldiers, an army officer said. The fighters first drove a car bomb into the gate and then "
                       "stormed the outpost, Captain Idris Farah said by phone.")
    lede = next(e for e in evs if e.trigger.text == "attacked")
    assert lede.event_type == "Battles" and not any(e.trigger.text == "bomb" and e.modality == "asserted" for e in evs), \
        [(e.trigger.text, e.modality, e.event_type) for e in evs]


def test_an_ordinal_victim_raising_the_toll_still_leaves_the_hurt_who_lived(ann):
    """"A second woman has died ..., raising the death toll to two" and "She was one of six people wounded": the
    ordinal victim is one of the hurt, so five are still hurt and two dead (events/toll; the rule that reads "bringing
    the number of dead to four" as the count first took the ordinal too and left six hurt: local_reports3 k02)."""
    an = ann.annotate("SPRINGVALE, Ohio - A second woman has died from wounds suffered in last week's shooting at a "
                      "Springvale bowling alley, police said Wednesday, raising the death toll to two.\n\nLena Korver, "
                      "37, died Tuesday at Grandview Hospital, where she had been in critical condition since the "
                      "shooting. Odell Pratt, 30, was pronounced dead at the scene that night.\n\nKorver was one of "
                      "six people wounded when gunfire broke out in the parking lot just after midnight. The five "
                      "others have been released from the hospital, police said.",
                      DocContext("r1", published=dt.date(2026, 9, 16)))
    figs = {f.id: f for f in an.figures}
    asserted = [e for e in an.events if e.modality == "asserted"]
    hurt = [figs[i].low for e in asserted for i in e.figures if i in figs and figs[i].what == "wounded"]
    dead = [e.fatalities.low for e in asserted if e.fatalities is not None]
    assert max(dead, default=None) == 2 and max(hurt, default=None) == 5, (dead, hurt)


def test_a_briefing_abroad_on_two_towns_of_one_country_is_their_story_and_sums_them(tmp_path):
    """"GENEVA - ... attacks on civilians in Kirumba and near Kanyabayonga this week had killed at least 14", told to
    reporters in Geneva: two towns of DR Congo, never parts of Geneva (events/city_part, stories/cluster:
    geo/towns_abroad), so the round-up joins the story and takes in both attacks, the later one too (its "this
    week"); before, a story of its own in Switzerland, added: 10 + 4 + 14."""
    t = _story(tmp_path, [
        ("November 9, 2026", "GOMA (Reuters) - Rebels killed ten civilians in a night raid on Kirumba in North Kivu "
                             "province on Sunday, a local official, Paluku Kasereka, said on Monday."),
        ("November 11, 2026", "KINSHASA (AFP) - Gunmen killed four people on Tuesday near Kanyabayonga in North Kivu, "
                              "two days after the raid on Kirumba, local officials said on Wednesday."),
        ("November 13, 2026", "GENEVA - UNHCR, the UN refugee agency, told a briefing on Friday that two attacks on "
                              "civilians in Kirumba and near Kanyabayonga this week had killed at least 14 people and "
                              "forced more than 3,000 to flee.\n\n\"The violence must stop,\" a UNHCR spokesperson, "
                              "Lena Marchetti, told reporters in Geneva."),
    ])
    assert sum(x["best"] for x in t) == 14, t


def test_a_village_named_in_the_sentence_of_the_first_count_is_no_other_place():
    """"An overnight attack on the village of Ndimo in Lubero territory ... left at least 9 dead", then "Residents of
    Ndimo buried 13 people": the village the gazetteer lacks (put at the dateline's city, Butembo, 33 km from Lubero:
    events/city_part) is named where the first count is placed at Lubero; nothing tells the two apart
    (stories/told_apart; before, story_sets17 n03 added 15 + 18)."""
    from storyfix import D, article, figure, retake_mention, town_place

    from sitrep.stories.merge import merge_mentions
    from sitrep.stories.told_apart import places_apart

    a = article("a1", "BENI (Reuters) - An overnight attack on the village of Ndimo in Lubero territory left at least "
                      "9 civilians dead, a civil society leader said.", "Reuters", D(2026, 8, 24))
    b = article("a2", "BUTEMBO (Radio Okapi) - Residents of Ndimo buried 13 people killed in Sunday night's attack, "
                      "the administrator said.", "Radio Okapi", D(2026, 8, 26))
    lubero = town_place(a, "Lubero", "Lubero", -0.158, 29.239, "211069", "Nord-Kivu")
    ndimo = town_place(b, "Ndimo", "Ndimo", 0.142, 29.292, None, "Nord-Kivu")
    ma = retake_mention(a, "attack", lubero, D(2026, 8, 23), fatalities=figure(a, "9", "killed", "civilians", 9, 9),
                        etype="Violence against civilians", sub="Attack")
    mb = retake_mention(b, "attack", ndimo, D(2026, 8, 23), fatalities=figure(b, "13", "killed", "people", 13, 13),
                        etype="Violence against civilians", sub="Attack")
    ma.place_source = mb.place_source = "clause"
    by_id = {x.id: x for x in (a, b)}
    ea, eb = merge_mentions([ma], by_id), merge_mentions([mb], by_id)
    assert not places_apart(ea, eb) and not places_apart(eb, ea)
