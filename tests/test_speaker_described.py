"""A group noun in a relative clause or apposition that says who a speaker is ("said X, who heads the vigilantes in
the area") names no deed: no mob violence is read from it, and it lends no sub-type to the killing the sentence
tells (events/told_by_forces.describes_speaker; issue 10, branch misses10, seen in tests/data/quiet_reports8 o20).
Sentences written for these tests, names and places made up."""
from events_helpers import events


def _subs(text: str) -> list:
    return [e.sub_event_type for e in events(text)]


def test_vigilantes_led_by_the_speaker_are_no_mob():
    subs = _subs("Gunmen shot dead two herders near Vell on Monday, said Ado Garba, who heads the vigilantes in the area.")
    assert "Mob violence" not in subs and "Attack" in subs


def test_a_mob_in_the_speakers_apposition_is_no_event():
    assert _subs("The market in Vell reopened on Monday, said Ado Garba, a leader of the vigilantes there.") == []


def test_vigilantes_who_act_are_still_a_mob():
    assert "Mob violence" in _subs("A mob of vigilantes beat a suspected thief to death in Vell on Monday, police said.")
