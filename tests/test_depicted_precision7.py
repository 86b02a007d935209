"""A deed shown in a work about a war (film, novel) is no event (branch precision7, ``events/depicted``).
Sentences written for these tests; the film, the novel, their makers and the incidents are made up (the towns are
real, so that the gazetteer places them)."""
from __future__ import annotations

from test_events_precision5 import events, happened, show  # the shared annotator and helpers

VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")

FILM = ("MOSTAR, May 3 - The new film by the director Petar Vukalo opened the city's film festival on Saturday, "
        "and the audience rose to its feet at the end.\n\n"
        "A grenade attack on a school bus takes barely a minute on screen but leaves seven children dead, and the "
        "camera stays on them.\n\n"
        "The performances are fine, and viewers who lived through those years will find it hard to watch.")

NOVEL = ("TRIPOLI, May 3 - The novelist Samir Haddoun reads from his new novel at a book fair this week, and readers "
         "queued for an hour to meet the author.\n\n"
         "In the last chapter, militiamen storm the hospital and shoot the wounded in their beds.\n\n"
         "The book, his third, has been translated into six languages.")


def _violent(text):  # type: ignore[no-untyped-def]
    return [e for e in happened(events(text)) if e.event_type in VIOLENT]


def test_a_film_s_attack_on_screen_is_no_event():
    evs = _violent(FILM)
    assert not evs, show(evs)


def test_a_novel_s_raid_is_no_event():
    evs = _violent(NOVEL)
    assert not evs, show(evs)


def test_an_attack_on_a_cinema_during_a_festival_stays_an_event():
    text = ("MOSTAR, May 3 - Gunmen opened fire on a cinema during the city's film festival on Saturday night, killing "
            "four people, police said.\n\n"
            "The audience fled as the film's director was speaking, and the festival's premiere was cancelled. "
            "An actor was among the wounded.")
    evs = _violent(text)
    assert evs, show(happened(events(text)))


def _none(text):  # type: ignore[no-untyped-def]
    evs = happened(events(text))
    assert not evs, show(evs)


# ------------------------------------------------------------------ a life's past (modality.lived_through)
def test_a_siege_a_person_lived_through_is_no_event():
    _none("MOSTAR, May 3 - The new film opened on Friday. Vukalo, who was nine at the time, lived through the siege "
          "in the Luka district.")


def test_a_siege_a_person_grew_up_during_is_no_event():
    _none("TRIPOLI, May 3 - The novelist Samir Haddoun grew up during the siege in the old town.")


# ------------------------------------------------------------------ a campaign of months (modality.lasted_long)
def test_a_siege_of_more_than_a_year_and_its_shelling_are_no_event():
    _none("GOMA, June 12 - The rebels besieged Bukavu for more than a year, shelling its markets and camps, a UN "
          "official said on Monday.")


def test_a_town_shelled_for_months_is_no_event():
    _none("GOMA, June 12 - The rebels shelled Bukavu for months, a UN official said on Monday.")


def test_a_shelling_of_two_hours_stays_an_event():
    text = "GOMA, June 12 - The rebels shelled Bukavu for two hours on Monday, killing four people, a UN official said."
    evs = happened(events(text))
    assert evs, show(evs)
