"""Where a deed's aftermath is told is not where the deed happened (branch places50, issue 14): funeral prayers, a
body taken elsewhere for burial, a court hearing the case, a hospital the hurt were shifted or taken to, a
rider's home town. Sentences written for these tests; the people are made up."""


def _at(evs, name):
    return [e for e in evs if e.place is not None and e.place.span.text == name]


def test_funeral_prayers_are_offered_where_the_dead_were_mourned(events):
    evs = events("Two guards were shot dead at a checkpoint in Lakki Marwat late on Sunday. Funeral prayers for the "
                 "slain guards were offered at the police lines in Dera Ismail Khan on Monday.")
    assert evs and not _at(evs, "Dera Ismail Khan")
    assert _at(evs, "Lakki Marwat")


def test_a_body_taken_elsewhere_for_burial(events):
    evs = events("Gunmen shot dead a police officer near Aguililla on Tuesday. Relatives took the slain officer's body "
                 "to Morelia for burial on Wednesday.")
    assert evs and not _at(evs, "Morelia")


def test_a_court_in_a_city_is_where_the_case_is_heard(events):
    evs = events("A court in Lahore on Monday convicted two men of murder over the shooting of a shopkeeper in "
                 "Kasur last year.")
    assert evs and not _at(evs, "Lahore")


def test_a_hospital_the_hurt_were_shifted_to(events):
    evs = events("Gunmen fired on a police checkpost in Tank on Sunday. The wounded constable was later shifted to "
                 "the Combined Military Hospital in Peshawar.")
    assert evs and not _at(evs, "Peshawar") and not _at(evs, "Combined Military Hospital")


def _care_site_of(nlp, text, name):
    from sitrep.events.place.care_sites import _care_site

    doc = nlp(text)
    return _care_site(next(t for t in doc if t.text == name))


def test_a_hospital_an_ambulance_took_the_hurt_to(nlp):
    assert _care_site_of(nlp, "An ambulance took the injured man to the Regional Hospital at Tullamore.", "Tullamore")


def test_a_riders_home_town_is_not_where_he_was_hurt(events):
    evs = events("A motorcyclist was badly hurt in a crash with a van near Leominster on Sunday. The injured rider, "
                 "from Worcester, was airlifted to a hospital in Birmingham.")
    assert evs and not _at(evs, "Worcester")
