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
    from sitrep.events.merge_guards import sums_several
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


def _read(ann, text: str, day=None):  # type: ignore[no-untyped-def]
    from sitrep.nlp.annotate import DocContext

    return ann.annotate(text, DocContext("k", published=day or D(2031, 3, 22)))


def test_a_country_holding_the_township_places_the_deed_not_a_foreign_dateline(ann):  # noqa: F811
    """"BANGKOK (Reuters) - ... killed in an air raid on a village in northern Myanmar's Waingmaw township": the
    township is unknown to the gazetteer, but the country that holds it is told in the deed's own words, so the deed
    is placed in Myanmar, never at the foreign capital the report was filed from (before: Bangkok, whose story the
    rest of the reports never joined)."""
    an = _read(ann, "BANGKOK (Reuters) - The Kachin Independence Army said on Thursday that 23 civilians were killed "
                    "in a military air raid on a village in northern Myanmar's Waingmaw township the previous day.")
    assert [(e.place.name, e.place_source) for e in an.events if e.fatalities is not None] == [("Myanmar", "sentence")]


def test_a_body_found_bringing_the_toll_to_a_count_is_no_claim_of_the_toll(ann):  # noqa: F811
    """"The body of a policeman missing since Tuesday's ambush ... was found on Friday, bringing the death toll to
    nine": the policeman is a death added to the whole, never a claim of one dead (events/increment)."""
    from sitrep.events.increment import added_before_whole as is_increment

    text = ("The body of a policeman missing since Tuesday's ambush near Tillaberi was found on Friday, bringing the "
            "death toll to nine, officials said.")
    an = _read(ann, text, D(2031, 3, 22))  # a Saturday
    one = next(f for f in an.figures if f.what == "killed" and f.low == 1)
    assert is_increment(one, text)
    assert not is_increment(next(f for f in an.figures if f.what == "killed" and f.low == 9), text)


def test_a_rival_claimants_count_set_against_the_toll_in_its_sentence_is_a_claim_of_the_incident(tmp_path):
    """"The ministry on Monday raised its count ... to 15, while the Sudan Doctors Network said 19 people had died":
    the network's 19 is a claim of the same strike (its high), never lost because the sentence's event carries the
    ministry's count (stories/totals._rival_claims)."""
    t = _story(tmp_path, [
        ("June 14, 2031", "PORT SUDAN (AFP) - A drone strike on the market of Kosti killed 12 people on Saturday, the "
                          "White Nile state health ministry said."),
        ("June 16, 2031", "KHARTOUM (Sudan Tribune) - The White Nile state health ministry on Monday raised its count "
                          "of those killed in Saturday's drone strike on the Kosti market to 15, while the Sudan "
                          "Doctors Network said 19 people had died."),
    ])
    assert [(i["low"], i["high"]) for x in t for i in x["incidents"]] == [(12, 19)], t


def test_one_reports_own_counts_of_one_incident_are_no_competing_reports():
    """One report's ambush told as three dead (two soldiers and the militant killed in the exchange of fire) and the
    militant's own count, in one incident: the report's largest count holds the other, never the smallest (before,
    the tie of sources went to the lowest count: 1)."""
    from storyfix import article
    from sitrep.stories.totals import incident_toll

    a = article("y", "Two soldiers were killed in an ambush by Maoists near Sukma on Sunday. The body of a Maoist "
                     "killed in the exchange of fire was recovered.", "PTI", D(2031, 10, 6))
    three, one = _counted(a, "ambush", 3), _counted(a, "exchange", 1)
    three.fatalities_best, one.fatalities_best = 3.0, 1.0
    claims = [(3.0, 3.0, D(2031, 10, 5), "police", False, "y", 3.0, 3.0, False, False),
              (1.0, 1.0, D(2031, 10, 5), "police", False, "y", 1.0, 1.0, False, False)]
    assert incident_toll([one, three], claims)[0] == 3.0


def test_deaths_told_besides_a_count_already_told_are_added_not_a_claim():
    """"Besides the five guards counted by the police, three herders ... died": the three are deaths on top of a
    count told, never a claim of the incident's toll (its low); the five themselves are a count."""
    from sitrep.events.increment import is_increment

    text = ("The police counted five guards. Besides the five guards counted by the police, three herders grazing "
            "cattle near the post died when the gunmen opened fire, a local official said.")
    i = text.index("three")
    assert is_increment(Figure(id="f", what="killed", low=3.0, high=3.0, span=Span("a", i, i + 5, "three")), text)
    j = text.index("five")
    assert not is_increment(Figure(id="g", what="killed", low=5.0, high=5.0, span=Span("a", j, j + 4, "five")), text)
