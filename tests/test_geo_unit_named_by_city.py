"""A name that is a state's and, as an old or other name, a big city's: "the northern state of Pará" is the state,
and so is a bare "Pará" later in a report that calls the city by its own name ("Belém"); a bare name of a big city
that the report never calls otherwise stays the city (geo/resolve.py ``_with_kind``; the sentences written for
this test, the people and incidents made up)."""
from __future__ import annotations

import datetime as dt

PARA = ("Gunmen shot dead a farmer near Altamira, in Brazil's northern state of Para, police said on Monday. "
        "Officials in Belem sent investigators to the farm. Para has seen dozens of killings over land this year.")

SUR = ("DIYARBAKIR - A bomb hidden in a parked car wounded three police officers in the Sur district of Diyarbakir on "
       "Thursday, the governor's office said.")

NEW_YORK = ("ALBANY - Lawmakers in the state of New York voted on Tuesday to widen a ban on ghost guns, "
            "officials said.")


def _places(ann, text):
    from sitrep.nlp.annotate import DocContext

    return ann.annotate(text, DocContext("t", published=dt.date(2025, 6, 2))).places


def test_the_state_of_a_name_that_is_also_a_big_citys_old_name(ann):
    paras = [p for p in _places(ann, PARA) if p.span.text == "Para"]
    assert len(paras) == 2
    for p in paras:
        assert p.country == "BR" and p.precision == "province"  # the state, not Belém 600 km away


def test_the_state_of_a_big_citys_own_name(ann):
    ny = [p for p in _places(ann, NEW_YORK) if p.span.text == "New York"]
    assert ny and ny[0].precision == "province"


def test_a_district_of_a_big_city_leaves_the_city(ann):
    diy = [p for p in _places(ann, SUR) if p.span.text == "Diyarbakir"]
    assert diy and all(p.precision == "town" for p in diy)  # "the Sur district of X": the district is Sur's
