"""A government's seat ("the authorities in X") places no event whose subject those rulers are not
(events/place.py, locative; data/seat_nouns.tsv). Sentences written for this test, the people and groups made up,
the towns real."""
from __future__ import annotations

import datetime as dt



def _places(ann, text):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate(text, DocContext("t1", published=dt.date(2024, 5, 9)))
    return [(e.trigger.text, e.place.name if e.place else None) for e in an.events]


def test_the_seat_of_rulers_in_a_background_clause_places_no_event(ann):
    text = ("A drone struck a lorry near Deir ez-Zor on Monday, killing two fighters, a medic said.\n\nTurkish raids on "
            "hill villages of the east went on despite contacts between the brigade and the interim authorities in "
            "Damascus over a truce.")
    places = _places(ann, text)
    assert ("struck", "Deir ez-Zor") in places
    assert all(p != "Damascus" for _, p in places)


def test_rulers_who_act_keep_their_town(ann):
    text = "Authorities in Kandahar arrested five men on Monday after a bomb blast, spokesman Rahim Wardak said."
    assert any(t == "arrested" and (p or "").startswith("Kandah") for t, p in _places(ann, text))
