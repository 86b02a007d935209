"""Tolls, attackers and places of local crime reports from outside the US (issues 14 and 16, branch worldlocal):
the phrasing of the British, Irish, Australian, South Asian, African and Philippine press. Sentences written for
these tests; names and events made up."""
from __future__ import annotations

import datetime as dt

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext
from test_roles import ann  # noqa: F401  (the shared annotator fixture)

PUB = dt.date(2025, 9, 10)  # a Wednesday


def analyse(ann, text):  # type: ignore[no-untyped-def]
    return ann.annotate(text, DocContext("wl1", published=PUB))


def harm(ann, text, modality="asserted"):  # type: ignore[no-untyped-def]
    return [e for e in analyse(ann, text).events
            if (e.event_type in VIOLENT_EVENT_TYPES or e.outside == "crime") and e.modality == modality]


def deaths(ann, text):  # type: ignore[no-untyped-def]
    got = [e.fatalities.low for e in harm(ann, text) if e.fatalities is not None]
    return max(got) if got else None


def wounded(ann, text):  # type: ignore[no-untyped-def]
    an = analyse(ann, text)
    got = [f.low for f in an.figures if f.what == "wounded" and f.low is not None]
    return max(got) if got else None


def test_occupation_nouns_count_one(ann):  # noqa: F811
    assert deaths(ann, "A 52-year-old fisherman was hacked to death by a neighbour in Tagbilaran on Friday.") == 1
    assert deaths(ann, "A jeweller was shot dead by robbers at his shop in Pune on Monday evening.") == 1


def test_martyred_is_killed(ann):  # noqa: F811
    assert deaths(ann, "A police constable was martyred when gunmen opened fire on a checkpost near Mardan.") == 1


def test_another_injured_with_the_auxiliary_left_out(ann):  # noqa: F811
    text = "A guard was killed and another injured when armed men stormed a bank in Multan on Sunday."
    assert deaths(ann, text) == 1
    assert wounded(ann, text) == 1


def test_age_in_brackets_counts_no_one(ann):  # noqa: F811
    assert wounded(ann, "His driver, Ravi Kumble (31), was also injured in the firing.") == 1
    assert wounded(ann, "Siobhan Keane (47) was injured in the attack at her home in Athlone.") == 1


def test_datelines_of_the_non_us_press():
    from sitrep.ingest.textmeta import extract
    from sitrep.nlp.line_breaks import dateline_start

    assert extract("SÃO PAULO — A man was shot dead in the south of the city on Friday.\n").dateline == "SÃO PAULO"
    assert extract("PESHAWAR: A constable was killed when gunmen opened fire.\n").dateline == "PESHAWAR"
    meta = extract("New Delhi, June 3 (IANS) A man was stabbed to death in a market on Monday.\n")
    assert meta.dateline == "New Delhi"
    assert extract("EXCLUSIVE: The minister will resign, aides say.\n").dateline is None
    text = "BOGOTÁ, Colombia — A 30-year-old man was shot dead outside a bakery."
    assert dateline_start(text) == [text.index("A 30")]


def test_accented_dateline_gives_the_lede_its_toll(ann):  # noqa: F811
    text = "SÃO PAULO — A 19-year-old cyclist was shot dead during a robbery in the east of the city on Sunday night."
    assert deaths(ann, text) == 1


def attackers(ann, text):  # type: ignore[no-untyped-def]
    return {x.name for e in harm(ann, text) for x in [e.actor1, *e.associates] if x is not None}


def test_charged_in_connection_with_the_death(ann):  # noqa: F811
    text = ("A 44-year-old man has died after being stabbed in Paisley on Friday night. "
            "A 28-year-old man, Kieran Mowat, has been arrested and charged in connection with the death.")
    assert "Kieran Mowat" in attackers(ann, text)


def test_fir_registered_against(ann):  # noqa: F811
    text = ("A farmer was beaten to death by a group of men over a water dispute in a village near Sitapur on Monday. "
            "An FIR has been registered against Rakesh Verma and four others, police said.")
    assert "Rakesh Verma" in attackers(ann, text)


def test_case_without_a_violent_crime_names_no_suspect(ann):  # noqa: F811
    text = ("A trader was shot dead outside his shop in Gujranwala on Tuesday. "
            "Separately, a case of fraud has been registered against Tariq Javed, police said.")
    assert "Tariq Javed" not in attackers(ann, text)


def test_suspect_identified_as(ann):  # noqa: F811
    text = ("A 31-year-old woman was stabbed to death by her husband at their home in Eldoret on Sunday night. "
            "The suspect, identified as Daniel Kiptoo Rotich, 36, was arrested by neighbours.")
    assert "Daniel Kiptoo Rotich" in attackers(ann, text)


def test_taken_to_hospital_with_injuries(ann):  # noqa: F811
    assert wounded(ann, "A 52-year-old man was taken to hospital with a stab wound to the chest.") == 1
    assert wounded(ann, "A second woman was rushed to hospital with injuries that are not life-threatening.") == 1
    assert wounded(ann, "The driver was taken hostage by the gang.") is None


def test_suffered_a_gunshot_wound(ann):  # noqa: F811
    assert wounded(ann, "A 23-year-old Footscray man suffered a gunshot wound to the arm.") == 1
    # a sentence that tells a death: the wounds may be the dead one's
    assert wounded(ann, "Constable Asghar sustained gunshot wounds and died on the way to hospital.") is None


def test_others_with_wounds_on_a_list_of_the_dead(ann):  # noqa: F811
    text = "The attack left four persons dead and three others with machete wounds, police said."
    assert deaths(ann, text) == 4
    assert wounded(ann, text) == 3


def test_alive_and_hurt(ann):  # noqa: F811
    text = "One man is dead and another is in hospital after a shooting in Langley on Friday night."
    assert deaths(ann, text) == 1
    assert wounded(ann, text) == 1
    text = "A man has died and a woman is fighting for her life after a stabbing at a flat in Penrith overnight."
    assert deaths(ann, text) == 1
    assert wounded(ann, text) == 1
    assert not [e for e in analyse(ann, text).events if e.sub_event_type == "Armed clash"]


def _point(ann, text, name, dateline=None):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("wl2", published=PUB, dateline=dateline))
    return [(p.country, p.lat) for p in an.places if p.span.text == name]


def test_small_town_abroad_under_a_home_dateline_is_blank(ann):  # noqa: F811
    text = ("MUMBAI: A tailor was stabbed to death in suburban Malad on Sunday night, police said. "
            "Officers of the Malad police station have registered a case of murder.")
    got = _point(ann, text, "Malad", dateline="MUMBAI")
    assert got and all(c is None or c == "IN" for c, _ in got)


def test_street_name_read_as_a_town_abroad_is_blank(ann):  # noqa: F811
    text = ("A man was shot dead outside a house at Ashwood Grove in Clondalkin, west Dublin, on Friday. "
            "Gardaí in Ronanstown said a car was later found burnt out in Lucan.")
    got = _point(ann, text, "Ashwood")
    assert all(c != "AU" for c, _ in got)


def test_alleged_doer_of_a_told_death(ann):  # noqa: F811
    assert deaths(ann, "A man allegedly shot dead his wife and her brother at their home in Sialkot on Friday.") == 2
    assert deaths(ann, "A 30-year-old vendor was stabbed to death allegedly by two men in a market in Meerut.") == 1
    # a hedged beating with no death told stays a claim
    assert not harm(ann, "The prisoners were allegedly beaten by guards in Multan jail last month.")
