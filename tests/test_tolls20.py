"""tolls20: misses the first wave left: "Five displaced people, three of them children, were killed" (a state told by
a participle gives way to the verb's harm; a part told "of them" in apposition is no toll of its own), a party
abbreviation with a bracketed letter kept whole by the tokenizer ("A CPI(M) worker was hacked to death"), "is out
of danger" tells a victim lived, a nation's dead give way to the whole count when one incident is told twice, "died
in the raid" makes the raid the deed. Sentences written for these tests; names and places made up (Tessor: no
gazetteer entry)."""
from __future__ import annotations

from test_tolls11 import ann, read  # noqa: F401  (the shared annotator fixture and reader)
from test_tolls19 import deaths, wounded


def show(an):  # type: ignore[no-untyped-def]
    return [(e.trigger.text, e.fatalities) for e in an.events], [(f.span.text, f.what, f.low) for f in an.figures]


def test_displaced_people_killed_are_dead(ann):
    an = read(ann, "Seven displaced people were killed and four wounded when a mortar round hit a school in Tessor on "
                   "Friday, aid workers said.")
    assert (deaths(an), wounded(an)) == (7.0, 4.0), show(an)


def test_a_part_of_them_in_apposition_is_no_toll(ann):
    an = read(ann, "Eight people, five of them children, were killed when a rocket struck a market in Tessor on "
                   "Friday.")
    assert deaths(an) == 8.0, show(an)


def test_a_part_of_them_told_alone_still_counts(ann):
    an = read(ann, "Nine people were wounded when a rocket struck a market in Tessor on Friday. Two of them died "
                   "in hospital on Saturday.")
    assert deaths(an) == 2.0, show(an)


def test_displaced_people_who_fled_stay_displaced(ann):
    an = read(ann, "Fighting near Tessor on Friday drove out villagers. About 300 displaced people sheltered in a "
                   "church.")
    assert not any(f.what == "killed" for f in an.figures), show(an)


def test_a_party_abbreviation_with_a_bracketed_letter_is_one_word(ann):
    an = read(ann, "A 34-year-old CPI(M) worker was hacked to death and two others were injured in a clash between "
                   "CPI(M) and BJP activists in Tessor late on Sunday.")
    assert deaths(an) == 1.0, show(an)


def test_out_of_danger_tells_a_victim_lived(ann):
    an = read(ann, "Gunmen shot dead two men at a market in Tessor on Monday. A third man, shot in the arm, "
                   "was taken to hospital and is out of danger.")
    assert (deaths(an), wounded(an)) == (2.0, 1.0), show(an)


def test_a_nations_dead_give_way_to_the_whole_count(ann):
    an = read(ann, "Japan condemned an attack on a bus near Tessor that killed three Japanese citizens. The "
                   "provincial government said eight people died in Monday's ambush near Tessor.")
    assert deaths(an) == 8.0, show(an)


def test_a_larger_count_of_one_nation_is_no_whole(ann):
    from sitrep.events.nation_part import whole_over_nation_part
    from sitrep.model import Figure, Span

    def fig(who, n):  # type: ignore[no-untyped-def]
        return Figure(id=who, span=Span("t", 0, 1, "x"), what="killed", who=who, low=n, high=n)

    assert whole_over_nation_part(fig("Chinese citizens", 4.0), fig("people", 9.0))
    assert not whole_over_nation_part(fig("Chinese citizens", 4.0), fig("Pakistani guards", 9.0))
    assert not whole_over_nation_part(fig("civilians", 4.0), fig("people", 9.0))
    assert not whole_over_nation_part(fig("Chinese citizens", 4.0), fig("people", 3.0))


def test_died_in_the_raid_makes_the_raid_the_deed(ann):
    an = read(ann, "A local official said on Thursday that at least 19 villagers died in Monday night's raid on "
                   "Tessor.")
    assert deaths(an) == 19.0, show(an)


def test_a_police_drug_raid_where_a_suspect_died_is_no_attack(ann):
    an = read(ann, "A suspect died in a police drug raid on a house in Tessor on Monday.")
    assert not any(e.trigger.text == "raid" and e.sub_event_type == "Attack" for e in an.events), show(an)
