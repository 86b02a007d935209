"""An armed group's name that the gazetteer holds only as another language's name of a city ("Hamas" is an alternate
name of Hamm, Germany) is the group, not a place; the towns of the sentence are still read (geo/recognize.py, the
known-organisation check; issue 14). Sentences written for these tests; people and checkpoints made up."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext

from test_roles import ann  # noqa: F401  (the shared annotator fixture)


def test_a_group_named_like_a_foreign_city_is_no_place(ann):  # type: ignore[no-untyped-def]
    text = ("A Hamas gunman opened fire at the Wadi Nasr checkpoint near Hebron on Monday, killing two soldiers, the "
            "army said.")
    an = ann.annotate(text, DocContext("d1", published=dt.date(2025, 3, 5)))
    said = {p.span.text: p.name for p in an.places}
    assert "Hamas" not in said, said
    assert said.get("Hebron") == "Hebron", said
