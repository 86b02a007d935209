"""Story figures that never double count (issue 16 point 3, branch figures9; the causes of the first read of
tests/data/story_sets13 and of story_sets10 s03, on reports written for these tests with made-up people and
incidents): a round-up beside its parts is their sum, never one of them nor a third incident; a part told in two
reports counts once among the parts (stories/totals._absorb_round_ups, stories/kept_apart.sums_exactly_apart,
stories/told_apart.counts_deeds, events/toll_whole.told_as_whole)."""
from __future__ import annotations

import datetime as dt

from sitrep.model import Event, Figure, IncidentToll, Span
from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_story_sets5 import _story

D = dt.date


def test_a_round_up_numbering_its_deeds_after_its_count_is_a_sum_whatever_its_trigger(ann):  # noqa: F811
    """"Nine people were killed in two separate attacks in Culiacan ..., a shooting at a cockfight and an assault on a
    clinic": the mention is read off "assault", but the words after its count number the deeds, so it is a round-up
    (it never joins one part's event across reports: stories/kept_apart.sums_apart); "killed nine people in two
    raids" too."""
    from sitrep.events.merge import sums_several
    from sitrep.nlp.annotate import DocContext

    def counted(text):  # type: ignore[no-untyped-def]
        an = ann.annotate(text, DocContext("k", published=D(2031, 5, 18)))
        return [sums_several(m) for m in an.events if m.fatalities is not None]

    assert counted("Nine people were killed in two separate attacks in the Mexican city of Culiacan on Friday, a "
                   "shooting at a cockfight and an assault on a private clinic, officials said.") == [True]
    assert counted("Gunmen killed nine people in two raids on farming villages in Bokkos on Sunday, police "
                   "said.") == [True]


def _counted(a, phrase: str, n: float, sub: str = "Attack", count: str = ""):  # type: ignore[no-untyped-def]
    from storyfix import retake_mention, span, town_place

    f = Figure(id=f"{a.id}:{n}", what="killed", low=n, high=n, span=span(a, count or phrase))
    m = retake_mention(a, phrase, town_place(a, phrase), D(2031, 3, 9), prec="reported", fatalities=f,
                       actor1=None, actor2=None, sub=sub, etype="Violence against civilians")
    return Event(id=f"e-{a.id}-{n}", event_type="Violence against civilians", date_start=D(2031, 3, 9),
                 date_end=D(2031, 3, 9), date_precision="reported", mentions=[m])


def test_a_part_told_twice_counts_once_beside_the_round_up_of_two_attacks():
    """A raid told as four dead (one report) and as risen to five (another), and a mine's two dead, beside "six ...
    in two separate attacks": the raid's two counts are one part (nothing tells them apart), so the parts (5 and 2)
    still tell every death of the round-up and are counted one by one (7); before, the three counts were summed
    into the round-up (11)."""
    from storyfix import article
    from sitrep.stories.totals import _absorb_round_ups

    up = article("r3", "Six people were killed in two separate attacks in the Far North on Sunday. In the first, "
                       "gunmen raided a village near Tourou and killed four civilians. Hours later, a roadside bomb "
                       "struck an army truck near Amchide, killing two soldiers.", "AP", D(2031, 3, 10))
    other = article("r1", "Suspected fighters killed four civilians in a village near Tourou.", "AFP", D(2031, 3, 9))
    ev_up = _counted(up, "killed", 6, count="Six people")
    ev_raid = _counted(up, "raided a village", 4)
    ev_told = _counted(other, "killed four civilians", 4)
    ev_bomb = _counted(up, "a roadside bomb", 2, sub="Remote explosive/landmine/IED")
    r = IncidentToll(event_ids=[ev_up.id], place=None, date=D(2031, 3, 9), best=6.0, low=6.0, high=6.0)
    raid = IncidentToll(event_ids=[ev_raid.id], place=None, date=D(2031, 3, 9), best=5.0, low=4.0, high=5.0)
    told = IncidentToll(event_ids=[ev_told.id], place=None, date=D(2031, 3, 9), best=4.0, low=4.0, high=4.0)
    bomb = IncidentToll(event_ids=[ev_bomb.id], place=None, date=D(2031, 3, 9), best=2.0, low=2.0, high=2.0)
    groups = {id(r): [ev_up], id(raid): [ev_raid], id(told): [ev_told], id(bomb): [ev_bomb]}
    left, _n = _absorb_round_ups([r, raid, told, bomb], groups, set())
    assert sorted((i.best, i.low) for i in left) == [(2.0, 2.0), (5.0, 4.0)], left


def test_parts_of_one_city_whose_counts_add_up_to_a_round_up_of_two_attacks_are_its_two_deeds():
    """Six shot at a bar (one report) and four at a clinic (another), both in one city on one day, beside "ten ... in
    two separate attacks": nothing else tells the parts apart, but their different counts, from reports none of which
    tells both, add up to the round-up that numbers its deeds exactly: two incidents (stories/kept_apart.
    sums_exactly_apart); before, one incident of ten."""
    from storyfix import article
    from sitrep.stories.totals import _absorb_round_ups

    up = article("u", "Ten people were killed in two separate attacks in Culiacan on Friday.", "AP", D(2031, 3, 10))
    bar = article("b", "Gunmen shot dead six men at a bar in Culiacan.", "AFP", D(2031, 3, 9))
    clinic = article("c", "Armed men shot dead four patients at a clinic in Culiacan.", "AFP", D(2031, 3, 9))
    ev_up = _counted(up, "killed", 10, count="Ten people")
    ev_bar, ev_clinic = _counted(bar, "shot dead six", 6), _counted(clinic, "shot dead four", 4)
    r = IncidentToll(event_ids=[ev_up.id], place=None, date=D(2031, 3, 9), best=10.0, low=10.0, high=10.0)
    six = IncidentToll(event_ids=[ev_bar.id], place=None, date=D(2031, 3, 9), best=6.0, low=6.0, high=6.0)
    four = IncidentToll(event_ids=[ev_clinic.id], place=None, date=D(2031, 3, 9), best=4.0, low=4.0, high=4.0)
    left, _n = _absorb_round_ups([r, six, four], {id(r): [ev_up], id(six): [ev_bar], id(four): [ev_clinic]}, set())
    assert sorted(i.best for i in left) == [4.0, 6.0], left


def _figure(text: str, number: str) -> Figure:
    i = text.index(number)
    return Figure(id="f", what="killed", low=9.0, high=9.0, span=Span("a", i, i + len(number), number))


def test_the_number_killed_in_the_attacks_brought_to_a_count_is_the_whole():
    """"bringing the number killed in Saturday's two raids to nine": the count is the running whole, never one more
    part beside "Three herders were also killed" (before, 3 + 9 = 12)."""
    from sitrep.events.toll_whole import told_as_whole

    text = ("Three herders were also killed near Bokkos the same day, bringing the number killed in Saturday's two "
            "raids to nine.")
    assert told_as_whole(_figure(text, "nine"), text)
    assert not told_as_whole(_figure(text, "Three"), text)
