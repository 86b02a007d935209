"""A "since" phrase the parser hung on a participle after a perfect verb's object ("have killed 60 teachers and
guards protecting them since 2014") dates the whole run of deeds: background, as when it hangs on the verb
(events/modality.since_on_object). Sentences written for these tests, with made-up places."""
from events_helpers import events


def test_since_on_a_participle_after_the_object_is_background():
    evs = events("Militants have killed more than 60 teachers and guards protecting them since 2014.")
    assert [(e.trigger.text, e.modality) for e in evs] == [("killed", "background")]


def test_since_on_a_participle_read_on_the_object_is_background():
    evs = events("Bandits have killed dozens of farmers and herders grazing cattle near Vell since 2019, officials say.")
    assert [e.modality for e in evs if e.trigger.text == "killed"] == ["background"]


def test_a_killing_with_no_since_stays_news():
    evs = events("Militants killed two guards protecting a school in Vell on Monday.")
    assert [e.modality for e in evs if e.trigger.text == "killed"] == ["asserted"]
