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


def _doers(ann, text):  # type: ignore[no-untyped-def]
    return [e.actor1.name if e.actor1 else None for e in _events(ann, text) if e.modality == "asserted"]


def test_a_group_telling_reporters_it_was_behind_the_bombing_is_the_doer(ann):
    got = _doers(ann, "A suicide attacker rammed a car full of explosives into a police post in Varnik on Thursday "
                      "and killed five police officers, police said. The Red Dawn Front told reporters it was behind "
                      "the bombing.")
    assert got == ["Red Dawn Front"], got


def test_a_country_owning_a_named_militia_is_not_its_army(ann):
    # "Burkina Faso's" owns the militia by its name: the militia, not the country's army
    got = _doers(ann, "Burkina Faso's Volunteers for the Defence of the Homeland killed nine herders near Diapaga on "
                      "Friday, a rights group said.")
    assert got == ["VDP: Volunteers for the Defense of the Homeland"], got


def test_an_apposition_after_a_named_front_describes_the_front(ann):
    # the description follows the front's own name: it is the front's, not the fighters' group
    got = _doers(ann, "Fighters of the Tomas Ureña front, a FARC dissident faction, attacked a police station in "
                      "Suarez on Tuesday, police said.")
    assert got == ["Tomas Ureña front"], got


def test_a_group_telling_reporters_in_a_message_it_was_behind_the_bombing_is_the_doer(ann):
    got = _doers(ann, "A suicide attacker rammed a car full of explosives into a police post in Varnik on Thursday "
                      "and killed five police officers, police said. The Red Dawn Front told reporters in a message "
                      "that it was behind the bombing.")
    assert got == ["Red Dawn Front"], got
