"""A village the gazetteer knows only as another town's alternate name ("Kairu", a Japanese spelling of Kyle,
Texas), in a report about a country on another continent: no point there (geo/far_aliases.py; the sentences
written for this test, the people made up)."""
from __future__ import annotations

import datetime as dt

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

KENYA = ("NAKURU, Kenya - Gunmen attacked Kairu village in Kenya on Friday, killing three herders, police said. "
         "A local chief, Joseph Wambua Kiprotich, said the attackers drove off about 200 cattle.")


def test_an_alias_of_a_far_town_is_no_place_in_the_report():
    from sitrep.nlp.annotate import Annotator, DocContext

    an = Annotator().annotate(KENYA, DocContext("t1", published=dt.date(2025, 8, 3)))
    by_said = {p.span.text: p for p in an.places}
    assert by_said["NAKURU"].country == "KE"  # the report's own towns keep their points
    kairu = by_said.get("Kairu")
    assert kairu is None or kairu.lat is None or kairu.country == "KE"  # not Kyle, Texas: blank beats wrong


def test_far_alias_keeps_own_names_near_towns_and_big_cities():
    from sitrep.geo.far_aliases import far_alias
    from sitrep.geo.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    kyle = [e for e in gaz.lookup("Kairu") if e.country == "US" and e.population > 10_000]
    assert kyle and far_alias(gaz, kyle[0], ("KE",), "Kairu")
    assert not far_alias(gaz, kyle[0], ("US",), "Kairu")  # the article's own country
    assert not far_alias(gaz, kyle[0], (), "Kairu")  # no country known: nothing to be far from
    cairo = [e for e in gaz.lookup("Kairu") if e.country == "EG"]
    assert cairo and not far_alias(gaz, cairo[0], ("KE",), "Kairu")  # a big city keeps its other names anywhere


KASHMIR = ("JAMMU, India - Soldiers fired across the Line of Control in Poonch on Friday night, wounding a farmer, "
           "officials said. Villagers moved their flocks to lower pastures.")


def test_a_far_towns_name_without_its_article_is_no_place_in_the_report():
    from sitrep.nlp.annotate import Annotator, DocContext

    an = Annotator().annotate(KASHMIR, DocContext("t2", published=dt.date(2025, 6, 3)))
    assert all(p.country != "MX" for p in an.places)  # "Control" is not El Control, Tamaulipas
    assert {p.span.text: p.country for p in an.places}.get("Poonch") == "IN"


def test_article_dropped_needs_the_towns_region():
    from sitrep.geo.far_aliases import article_dropped, far_alias
    from sitrep.geo.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    town = [e for e in gaz.lookup("Control") if e.country == "MX"]
    assert town and article_dropped(town[0], "Control") and not article_dropped(town[0], "El Control")
    assert far_alias(gaz, town[0], ("IN", "PK"), "Control")
    assert not far_alias(gaz, town[0], ("MX",), "Control")  # a Mexican report may drop the article
    assert not far_alias(gaz, town[0], (), "Control")


def test_far_alias_drops_a_far_units_alternate_name():
    """"Espiritu Santo" (an island of Vanuatu) is an alternate name of Cuba's Sancti Spíritus province: in a report
    about Vanuatu the province stands not, in a Cuban one it does (sentences not needed: the entry alone)."""
    from sitrep.geo.far_aliases import alias_unit, far_alias
    from sitrep.geo.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    unit = [e for e in gaz.lookup("Sancti Spiritus") if e.country == "CU" and e.fcode == "ADM1"]
    assert unit
    by_alias = [e for e in gaz.lookup("Espiritu Santo") if e.id == unit[0].id]
    assert by_alias and alias_unit(by_alias[0])
    assert far_alias(gaz, by_alias[0], ("VU",), "Espiritu Santo")
    assert not far_alias(gaz, by_alias[0], ("CU",), "Espiritu Santo")  # the article's own country
    assert not far_alias(gaz, unit[0], ("VU",), "Sancti Spiritus")  # its own name keeps it anywhere
    kivu = [e for e in gaz.lookup("North Kivu") if e.country == "CD" and e.fcode == "ADM1" and not e.primary]
    assert not kivu or not far_alias(gaz, kivu[0], ("VU",), "North Kivu")  # a word of its own name: kept


PACIFIC = ("LUGANVILLE, Vanuatu - A cyclone tore roofs off two schools on Espiritu Santo overnight, and the "
           "ferry to Malekula was cancelled, disaster officials said. Teacher Marie Tavoa said pupils would sit "
           "their exams in a church hall.")


def test_a_pacific_island_is_not_a_cuban_province(ann):  # noqa: F811
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate(PACIFIC, DocContext("t3", published=dt.date(2025, 3, 3)))
    by_said = {p.span.text: p for p in an.places}
    santo = by_said.get("Espiritu Santo")
    assert santo is None or santo.lat is None or santo.country == "VU"
    assert all(p.country != "CU" for p in an.places)
