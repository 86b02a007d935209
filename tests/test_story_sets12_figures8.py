"""Story figures left by figures7 on tests/data/story_sets12 (issue 16 part 3, branch figures8), on sentences written
for these tests with made-up people, groups and incidents."""
from __future__ import annotations

import datetime as dt

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

D = dt.date


def test_the_employers_name_beside_a_counted_subject_is_no_one_killed(ann):  # noqa: F811
    """"three wardens employed by the wildlife charity Nile Trust died": the parser makes the employer's name a
    second subject of "died"; a name beside a subject with its own number is no single person killed
    (nlp/victims), the three are."""
    from sitrep.nlp.annotate import DocContext

    for text, n in (("Three wardens employed by the wildlife charity Nile Trust died when raiders stormed their lodge "
                     "near the base, a local official said.", 3.0),
                    ("Two guards working for the aid agency Hope Relief died when the fighters burned their compound, "
                     "the mayor said.", 2.0)):
        an = ann.annotate(text, DocContext("k1", published=D(2031, 3, 4)))
        killed = sorted(f.low for f in an.figures if f.what == "killed")
        assert killed == [n], [(f.what, f.low) for f in an.figures]


def _toll(ann, text: str, day: dt.date):  # noqa: F811
    from sitrep.nlp.annotate import DocContext

    an = ann.annotate(text, DocContext("k1", published=day))
    return [(e.fatalities.low, e.fatalities.high) for e in an.events if e.fatalities is not None]


def test_a_weeks_tally_naming_the_incidents_dead_among_it_gives_the_incident_its_part(ann):  # noqa: F811
    """"At least 41 people were killed in the province this week, among them the five farmers shot dead at a
    market in Tarso on Monday": the 41 run over the week (events/toll_part); the five, told dead by their own words,
    are the incident's count."""
    tolls = _toll(ann, "At least 41 people were killed in Guerrero state this week, among them the five farmers shot "
                       "dead at a cattle market in Iguala on Monday, according to a count by a local newspaper.",
                  D(2031, 5, 10))
    assert tolls == [(5.0, 5.0)], tolls


def test_one_of_the_wounded_who_died_is_an_increment_not_the_incidents_count():
    """"One of the four men wounded in Friday's attack on a bakery died overnight, raising the toll to six": the
    one moves from the wounded to the dead (events/increment); it is never a claim of the incident's toll."""
    from sitrep.events.increment import is_increment
    from sitrep.model import Figure, Span

    text = ("One of the four men wounded in Friday's attack on a bakery in Apatzingan died overnight in hospital, "
            "raising the toll to six, state police said.")
    one = Figure(id="f0", span=Span("k1", 0, 3, "One"), what="killed", low=1.0, high=1.0)
    assert is_increment(one, text)


def test_a_speakers_added_count_of_the_enemys_dead_is_not_summed_with_its_own(ann):  # noqa: F811
    """"Seven soldiers were killed ..., an army officer said, adding that scores of rebels had also died": the
    speaker's added count (in a "that" clause of "adding") is a claim of its own, never further victims of the seven
    (events/toll_also._also_killed)."""
    tolls = _toll(ann, "Seven soldiers were killed on Sunday when rebel fighters stormed an outpost in the hills of "
                       "Al Jawf province, an army officer said, adding that scores of rebels had also died.",
                  D(2031, 4, 2))
    assert (7.0, 7.0) in tolls and not any(lo > 7 for lo, _ in tolls), tolls

