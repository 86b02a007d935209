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


def test_shot_dead_after_a_vehicle_is_the_verb_but_a_warning_shot_stays_a_noun():
    assert _tok("Two gunmen on a motorcycle shot dead a baker in Harwick on Monday.", "shot").pos_ == "VERB"
    assert _tok("The guard fired a warning shot, dead certain it would scatter them.", "shot").pos_ == "NOUN"


def test_shot_dead_after_a_vehicle_is_an_attack_with_its_doer_victim_and_death():
    import datetime as dt

    from sitrep.nlp.annotate import Annotator, DocContext

    an = Annotator().annotate("Gunmen on a scooter shot dead a lawyer outside a court in Harwick on Monday, police said.",
                              DocContext(article_id="t", published=dt.date(2026, 12, 2)))
    evs = [e for e in an.events if e.event_type == "Violence against civilians"]
    assert [e.trigger.text for e in evs] == ["shot"]
    assert evs[0].actor2 is not None and evs[0].fatalities is not None and evs[0].fatalities.low == 1


def test_shot_dead_after_a_vehicle_takes_the_day_of_its_clause():
    import datetime as dt

    from sitrep.nlp.annotate import Annotator, DocContext

    an = Annotator().annotate("Gunmen on a motorcycle shot dead a woman giving leaflets to voters in Harwick on Monday, police said.",
                              DocContext(article_id="t", published=dt.date(2026, 12, 3)))
    evs = [e for e in an.events if e.trigger.text == "shot"]
    assert len(evs) == 1 and evs[0].date_start == dt.date(2026, 11, 30) and evs[0].date_precision == "day"


def test_shot_dead_after_a_vehicle_heads_its_clause_at_dead():
    from sitrep.events.triggers import clause_head

    t = _tok("Two gunmen on a motorcycle shot dead a baker in Harwick on Monday.", "shot")
    assert clause_head(t).lower_ == "dead"
