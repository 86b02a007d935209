"""A person's nationality does not set a report's country (nlp/nationals.py, read by nlp.actors.country_focus and
events.roles.ActorFinder.report_country; the sentences written for this test, the people made up)."""
from __future__ import annotations

import datetime as dt

VISITORS = ("Armed men kidnapped a Spaniard and an Italian from a hotel near the border on Tuesday, police said. "
            "Italian Marco Bellandi and Spaniard Tomas Arrieta were freed on Thursday unharmed.")
AT_HOME = "Armed men killed two farmers near Garissa, Kenya, on Tuesday, police said."


def _attackers(text: str) -> list:
    from sitrep.nlp.annotate import Annotator, DocContext

    an = Annotator().annotate(text, DocContext("t1", published=dt.date(2025, 8, 3)))
    return [e.actor1.entity_id for e in an.events if e.actor1 is not None]


def test_victims_nationality_gives_armed_men_no_country():
    got = _attackers(VISITORS)
    assert got and not any(a.startswith("ITA") or a.startswith("ESP") for a in got)  # no "Unidentified (Italy)"


def test_a_place_of_the_report_still_gives_its_country():
    assert any(a.startswith("KEN") for a in _attackers(AT_HOME))


def test_names_a_national_reads_persons_only():
    from sitrep.nlp.models import load_pipeline
    from sitrep.nlp.nationals import names_a_national

    doc = load_pipeline()("An Italian was freed. Italian Marco Bellandi spoke. Italian troops left.")
    italian = [t for t in doc if t.text == "Italian"]
    assert names_a_national(italian[0]) and names_a_national(italian[1])
    assert not names_a_national(italian[2])  # troops of the state: not a person's nationality
