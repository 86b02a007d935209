"""A name the article has placed, repeated as a sentence's first word that the tagger reads as a verb ("Sagaing,
west of Mandalay, ..."), is the same place: the repetition is its cue while the rejection reads it
(geo/recognize.py ``_revive_repeated``; the sentences written for this test, the incident made up)."""
from __future__ import annotations

import datetime as dt

SAGAING = ("Drones dropped bombs on a market in Myanmar's Sagaing region on Tuesday, killing six traders, a "
           "resistance group said. The market lies about 30 km north of Monywa. Sagaing, west of Mandalay, has "
           "seen some of the heaviest fighting since the coup.")


def test_a_placed_name_repeated_at_a_sentence_start(ann):
    from sitrep.nlp.annotate import DocContext

    places = ann.annotate(SAGAING, DocContext("t", published=dt.date(2025, 6, 2))).places
    sag = [p for p in places if p.span.text == "Sagaing"]
    assert len(sag) == 2 and all(p.country == "MM" for p in sag)
