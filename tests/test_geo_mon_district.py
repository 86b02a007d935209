""""Mon district" of Nagaland is a district with its own entry (data/gazetteer_supplement.tsv), read whole: not
Myanmar's Mon State (which the gazetteer also calls "Mon"), and "Mon town" keeps its town (sentences written for
this test, the people made up)."""
from __future__ import annotations

import datetime as dt

NAGALAND = ("KOHIMA, India - Flash floods cut the road between Tizit and Mon town in Nagaland's Mon district on "
            "Monday, stranding two buses, a district officer, Temjen Ao, said. Villages near the border with "
            "Myanmar were without power.")


def test_mon_district_is_the_indian_district():
    from sitrep.nlp.annotate import Annotator, DocContext

    an = Annotator().annotate(NAGALAND, DocContext("m1", published=dt.date(2025, 7, 7)))
    mons = [p for p in an.places if p.span.text.startswith("Mon")]
    assert len(mons) == 2 and all(p.country == "IN" and p.lat is not None and abs(p.lat - 26.7) < 0.3 for p in mons)
    assert all(p.country != "MM" for p in an.places if p.span.text.startswith("Mon"))
