"""Branch roles20 (issue 16): doers on RAMS dev and war_reports11; own sentences, made-up names and places."""
from __future__ import annotations

from sitrep.nlp.annotate import DocContext


def _events(ann, text):  # type: ignore[no-untyped-def]
    return [e for e in ann.annotate(text, DocContext(article_id="r20")).events if e.event_type != "Political"]


def test_bombs_going_off_in_the_strike_sentence_are_the_strike(ann):
    # the bombs the warplanes used, "detonating" in the same sentence, are the air strike's, not the rebels'
    # bombing told in the sentence before
    text = ("The truce began to fray after a bombing of an army checkpoint by the Tessor Liberation Front on Friday. "
            "In recent days, government warplanes have carried out attacks on Varnik using cluster bombs, which "
            "scatter small charges before detonating over a wide area, a monitoring group said.")
    second = text.index("In recent days")
    evs = _events(ann, text)
    bombing = next(e for e in evs if e.actor1 is not None and "Tessor" in e.actor1.name)
    assert all(s.start < second for s in (bombing.sentence, *bombing.evidence)), bombing.evidence
    assert any(e.sub_event_type == "Air/drone strike" for e in evs), [e.sub_event_type for e in evs]
