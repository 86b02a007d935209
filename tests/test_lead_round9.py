"""The lead's fixes of the 2026-12-06 ninth round, found by comparing every bench on the merged tree with the round's
start: a body set on fire after a killing is no second, fatal burning. Sentences written for these tests; names and
places made up (Tessor: no gazetteer entry)."""
from __future__ import annotations

from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader)


def test_a_body_set_on_fire_after_a_killing_is_no_fatal_burning(ann):
    an = read(ann, "A mob beat a trader to death and set his body on fire at a market in Tessor on Monday after he "
                   "was accused of theft, police said.")
    burnings = [e for e in an.events if e.trigger is not None and e.trigger.text in ("set", "fire")]
    assert not any(e.sub_event_type == "Attack" for e in burnings), [(e.trigger.text, e.sub_event_type)
                                                                       for e in an.events]


def test_people_burnt_in_a_house_set_on_fire_still_make_an_attack(ann):
    an = read(ann, "Two brothers were burnt to death after attackers set their house on fire in Tessor on Sunday, "
                   "police said.")
    assert any(e.sub_event_type == "Attack" and e.fatalities is not None and e.fatalities.low == 2.0
               for e in an.events), [(e.trigger.text, e.sub_event_type, e.fatalities) for e in an.events]


def test_token_starting_at_finds_only_a_token_that_begins_there(ann):
    from sitrep.nlp.doctext import doc_lemma_set, token_starting_at

    doc = ann.nlp("Gunmen attacked a convoy near Tessor.")
    assert token_starting_at(doc, 7).text == "attacked"
    assert token_starting_at(doc, 8) is None  # inside a word
    assert token_starting_at(doc, 10_000) is None
    assert {"attack", "convoy"} <= doc_lemma_set(doc)


def test_a_unit_named_for_a_person_is_its_group_not_the_person(ann):
    an = read(ann, "The ELN's Rosa Pineda unit attacked a police post in Tessor on Monday.")
    doers = [e.actor1.name for e in an.events if e.actor1 is not None]
    assert doers and all("Rosa Pineda" not in d for d in doers), doers
