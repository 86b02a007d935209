"""Participles of verbs of violence that the tagger reads as adjectives, nouns or present-tense verbs are retagged
as verbs where the pipeline loads (data/participle_tags.tsv), so a killing told with them is read; the parse-cache
fingerprint follows the file (tests/test_pipeline_fingerprint.py). Sentences written for these tests, with
made-up names and places."""
from sitrep.nlp.models import load_pipeline
from events_helpers import events


def _tok(text: str, form: str):  # type: ignore[no-untyped-def]
    doc = load_pipeline()(text)
    return next(t for t in doc if t.lower_ == form)


def test_slain_after_found_is_the_verb():
    t = _tok("Two herders were found slain near the Varna ford.", "slain")
    assert (t.tag_, t.pos_, t.lemma_) == ("VBN", "VERB", "slay")


def test_slain_in_a_headline_is_the_verb():
    t = _tok("Three wardens slain in Kestel", "slain")
    assert t.tag_ == "VBN" and t.lemma_ == "slay"


def test_shot_after_found_is_the_verb_but_a_shot_fired_stays_a_noun():
    assert _tok("The clerk was found shot in his office.", "shot").tag_ == "VBN"
    assert _tok("A sniper fired a single shot at the van.", "shot").pos_ == "NOUN"


def test_the_slain_as_people_stays_a_noun():
    assert _tok("The slain were buried at Merrow on Sunday.", "slain").pos_ != "VERB"


def test_found_slain_makes_a_killing_of_the_found():
    evs = [e for e in events("Two farmers were found slain near the Varna ford on Monday.")
           if e.event_type == "Violence against civilians"]
    assert [e.trigger.text for e in evs] == ["slain"]


def test_found_slain_of_no_people_is_no_killing():
    assert not [e for e in events("The old dragon was found slain in its cave, the legend says.")
                if e.event_type == "Violence against civilians"]
