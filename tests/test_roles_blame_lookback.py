"""A bare blame ("Residents blamed X.") names the doer of the deed told a few sentences before it when only the toll
or witnesses come between (events/accusation.incident_told_before), and "blamed fighters of X" names X
(accusation.bare_blame). Sentences written for these tests; the towns are made up. Negatives: a sentence that
opens another incident, or a deed with a named doer told last, keeps the blame from the earlier deed."""
from __future__ import annotations

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)

JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"


def _killing(evs):  # type: ignore[no-untyped-def]
    return next(e for e in evs if e.trigger is not None and e.trigger.text == "killed")


def test_bare_blame_after_the_toll_names_the_doer(ann):
    evs = violent(ann, "Gunmen killed nine farmers near Tessarin in northern Burkina Faso on Saturday. A local "
                       "official put the toll at eleven. Residents blamed JNIM.")
    ev = _killing(evs)
    assert ev.actor1 is not None and ev.actor1.name == JNIM


def test_blamed_fighters_of_a_group_names_the_group(ann):
    evs = violent(ann, "Gunmen killed nine farmers near Tessarin in northern Burkina Faso on Saturday. Residents "
                       "blamed fighters of JNIM, which is active in the area.")
    ev = _killing(evs)
    assert ev.actor1 is not None and ev.actor1.name == JNIM


def test_blame_after_witnesses_and_toll_reaches_back(ann):
    evs = violent(ann, "Gunmen killed nine farmers near Tessarin in northern Burkina Faso on Saturday. The attackers "
                       "burned the granaries before leaving. A local official put the toll at eleven. Residents "
                       "blamed fighters of JNIM, which is active in the area.")
    ev = _killing(evs)
    assert ev.actor1 is not None and ev.actor1.name == JNIM


def test_another_incident_between_stops_the_blame(ann):
    told = "Gunmen killed nine farmers near Tessarin in northern Burkina Faso on Saturday. A local official put the toll "
    ev = _killing(violent(ann, told + "at eleven. Later, the army said it had arrested a trader. Residents blamed JNIM."))
    assert ev.actor1 is not None and ev.actor1.name == JNIM  # (an arrest is no violent deed: the killing is still last)
    ev = _killing(violent(ann, told + "at eleven. Separately, the army said it had arrested a trader. Residents "
                                      "blamed JNIM."))
    assert ev.actor1 is None or ev.actor1.name != JNIM


def test_a_deed_with_a_named_doer_told_last_stops_the_blame(ann):
    evs = violent(ann, "Gunmen killed nine farmers near Tessarin in northern Mali on Saturday. Looters burned two "
                       "shops near Morvel on Sunday. The toll was not confirmed. Residents blamed JNIM.")
    assert _killing(evs).actor1 is not None and _killing(evs).actor1.name == JNIM
    evs = violent(ann, "Gunmen killed nine farmers near Tessarin in northern Mali on Saturday. Soldiers killed two "
                       "bandits near Morvel on Sunday. The toll was not confirmed. Residents blamed JNIM.")
    assert all(e.actor1 is None or e.actor1.name != JNIM for e in evs)
