"""A lone unnamed doer of a crime report's lead ("A man shot dead his brother"; "A man who stabbed his former
girlfriend ... has been jailed") takes the name of the person who does the same deed in a later retelling ("X, 31,
opened fire on his brother"; "X, 41, attacked Y with a knife ..., the court heard"): events/named_retelling (issue 16,
branch attackers15). Reports written for these tests with made-up names and towns."""
from __future__ import annotations

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)

BROTHER = ("A man allegedly shot dead his brother and his sister-in-law at their home in Dravenmoor on Saturday, "
           "police said.\n\n"
           "According to the police, Tariq Hassanby, 31, opened fire on his brother Omar, 28, and his wife Leila, 24, "
           "who had married against the family's wishes a year ago. The suspect fled after the shooting.")
JAILED = ("A man who stabbed his former girlfriend to death at her flat in Kelvarth has been jailed for life and must "
          "serve at least 19 years.\n\n"
          "Darren Pellow, 41, attacked Janine Corbett, 33, with a knife in front of her son last month, the "
          "crown court heard. He admitted murder at an earlier hearing.")
OFFICER = ("A man stabbed his wife at their home in Ostrelby on Sunday, police said.\n\n"
           "Constable Rita Vance shot him in the leg when he ran at her with the knife.")
OTHER_DAY = ("A man shot his cousin outside a shop in Ostrelby on Sunday, police said.\n\n"
             "In March 2019, Brent Olley, 22, shot a shopkeeper in the same street.")


def _lead(ann, text):  # type: ignore[no-untyped-def]
    evs = [e for e in violent(ann, text) if e.modality == "asserted"]
    return min(evs, key=lambda e: e.trigger.start)


def test_a_lone_man_named_in_the_polices_retelling(ann):  # type: ignore[no-untyped-def]
    lead = _lead(ann, BROTHER)
    assert lead.actor1 is not None and lead.actor1.name == "Tariq Hassanby"


def test_a_verdicts_case_named_in_the_courts_retelling(ann):  # type: ignore[no-untyped-def]
    lead = _lead(ann, JAILED)
    assert lead.actor1 is not None and lead.actor1.name == "Darren Pellow"


def test_an_officer_who_shot_the_man_is_not_the_leads_doer(ann):  # type: ignore[no-untyped-def]
    lead = _lead(ann, OFFICER)
    assert lead.actor1 is None or "Vance" not in lead.actor1.name


def test_a_named_shooter_of_another_day_is_not_the_leads_doer(ann):  # type: ignore[no-untyped-def]
    lead = _lead(ann, OTHER_DAY)
    assert lead.actor1 is None or "Olley" not in lead.actor1.name
