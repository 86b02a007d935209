"""A wire round-up's later item under its own dateline: its small towns are not read by the first item's country
(geo/item_datelines.py; the text written for this test, the people made up)."""
from __future__ import annotations

import datetime as dt

ROUNDUP = ("WORLD BRIEFS\n\nHOUSTON (AP) — Storms tore roofs off homes in Lufkin and Nacogdoches on Tuesday, and a "
           "school in Crockett was closed, county officials said.\n\n"
           "MANILA, Philippines (AP) — A landslide buried six homes in Alto on Wednesday after a week of rain, and "
           "rescuers were searching for a farmer, Rodel Amparo, the mayor said.\n")


def test_a_later_items_town_is_not_read_at_the_first_datelines_home():
    from sitrep.nlp.annotate import Annotator, DocContext

    an = Annotator().annotate(ROUNDUP, DocContext("t1", published=dt.date(2024, 3, 11), dateline="HOUSTON (AP)"))
    by_said = {p.span.text: p for p in an.places}
    assert by_said["Lufkin"].country == "US"  # the first item's towns keep their points
    alto = by_said["Alto"]
    assert alto.lat is None or alto.country == "PH"  # not Alto, Texas: blank beats wrong
