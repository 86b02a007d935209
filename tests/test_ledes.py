"""Datelines and the lede after them (branch ledes): one reader of datelines (``textmeta.opening_dateline``) for the
metadata and the sentence splits, the lede's first words kept in its sentence. Places and names are made up."""
from __future__ import annotations

import pytest

from sitrep.ingest.textmeta import extract, opening_dateline
from sitrep.nlp.line_breaks import dateline_start
from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import deaths


@pytest.mark.parametrize("text, place", [
    ("RAVELSK, Sep 22: A 35-year-old farmer was killed by rebels near his field.", "RAVELSK"),
    ("RAVELSK, May 12 (PTI): Two guards were killed and three injured in a blast.", "RAVELSK"),
    ("TORVANE (Pajhwok): A district official and his driver were killed by a bomb.", "TORVANE"),
    ("Dorvale, July 8: Four policemen were killed in an ambush in the hills.", "Dorvale"),
    ("Dorvale (AFP) - Angry farmers hurled eggs at police outside the ministry.", "Dorvale"),
    ("KELMO, Democratic Republic of Congo — Armed men killed a village chief on Sunday.", "KELMO, Democratic Republic of Congo"),
    ("TEMSA, Guldara del Norte - A village chief was shot dead by two gunmen.", "TEMSA, Guldara del Norte"),
    ("EL MARRAQ, Sudan — Paramilitary fighters shelled a camp on Monday.", "EL MARRAQ, Sudan"),
    ("EL MARRAQ (AP) — Police moved six prisoners to another jail on Monday.", "EL MARRAQ"),
])
def test_dateline_shapes_are_read_and_end_where_the_lede_starts(text, place):
    assert extract(text + "\n").dateline == place
    lede = text.index(text.split(" - ")[-1].split(" — ")[-1].split(": ")[-1])
    assert dateline_start(text) == [lede]
    assert opening_dateline(text).end == lede


def test_not_a_dateline_before_a_colon_or_a_dash():
    assert opening_dateline("BREAKING: Bridge closed for repairs this weekend.") is None
    assert opening_dateline("UPDATE — Two more bodies were found.") is None
    assert opening_dateline("Brussels (Trending) - Farmers marched on the ministry.") is None  # no day, no wire
    assert dateline_start("Velmora is a quiet town: Nobody expected it.") == []


def test_a_city_and_colon_ends_the_dateline_sentence():
    text = "Velmora: A 35-year-old man was beaten to death by a mob on Sunday."
    assert dateline_start(text) == [text.index("A 35")]


def test_a_dateline_line_with_a_region_is_not_a_headline():
    raw = ("TORLAND, Okla. — Torland Police Department\n\nPress release: Homicide investigation on Pine Street\n\n"
           "On Saturday officers found a man shot dead in the 1400 block of Pine Street.\n")
    meta = extract(raw)
    assert meta.dateline == "TORLAND, Okla."
    assert meta.title is None
    assert extract("SITUATION REPORT — NORTH VELMORA, 9 TO 15 JUNE 2025\n\nFighting went on in the north of the "
                   "province for a second week, aid agencies said on Monday.\n").title is not None


def test_the_ledes_first_word_stays_in_its_sentence(ann):  # noqa: F811
    text = ("KORVAL, April 30 - Twelve villagers were killed and at least six others wounded in Temsa, a town in the "
            "north of the country, on Tuesday, residents said.")
    assert deaths(ann, text) == 12
    from sitrep.nlp.models import load_pipeline

    for t in (text, "KORVAL, Guldara - Gunmen of a local gang killed seven people in a bar on Friday, police said.",
              "KORVAL - Velmoran security forces killed 31 civilians in and around Temsa last month, a group said."):
        sents = [s.text for s in load_pipeline()(t).sents]
        assert len(sents) == 2 and len(sents[1].split()) > 5, sents

