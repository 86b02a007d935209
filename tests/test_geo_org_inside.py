"""A hamlet's name inside a longer organisation's name the actor dictionary knows is no place: "Boko" of "Boko
Haram" is a village in Congo and in Kazakhstan, and was read (blank) out of the group's name
(geo/name_evidence._inside_org; sentences written for this test, the people made up)."""
from __future__ import annotations

import datetime as dt

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

MAIDUGURI = ("MAIDUGURI, Nigeria - Fighters of Boko Haram raided a farming settlement near Konduga on Sunday, "
             "abducting nine women, a vigilante leader, Musa Kyari Abba, said. Troops pursued the attackers "
             "towards Bama.")


def test_a_word_of_a_groups_name_is_no_place(ann):  # noqa: F811
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate(MAIDUGURI, DocContext("o1", published=dt.date(2025, 5, 5)))
    said = {p.span.text: p for p in an.places}
    assert "Boko" not in said
    assert said["Konduga"].country == "NG" and said["Bama"].country == "NG"  # the report's towns stand
