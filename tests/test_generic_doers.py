"""A doer told only by a generic noun of attackers ("Assailants", "the attackers", "armed youths", "Bandits") in a
report that names no one is ACLED's unidentified armed group, never a named doer (issue 16, branch attackers11;
events/generic_doers.py), on sentences written for these tests with made-up villages. The phrase's words stay its
span; a group the report links to the doer is still named (negative)."""
from __future__ import annotations

import pytest
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_crossclause import name, on

# trigger -> (actor1 name, the words of its span, text)
UNIDENTIFIED = {
    "killed": ("Unidentified Armed Group (Mozambique)", "Assailants",
               "Assailants killed five villagers in a raid on Temboru village near Macomia in Mozambique on Sunday."),
    "raided": ("Unidentified Armed Group (South Sudan)", "Armed youths",
               "Armed youths raided cattle camps near Bor in South Sudan on Monday, killing 14 herders."),
    "shot": ("Unidentified Armed Group (Nigeria)", "The assailants",
             "The assailants shot dead six traders at a market in Kofana, in Nigeria's Zamfara State, on Friday."),
    "attacked": ("Unidentified Armed Group (Kenya)", "Bandits",
                 "Bandits attacked three herders near Sokwan in Kenya's Baringo County on Sunday, killing two."),
}


@pytest.mark.parametrize("trigger", sorted(UNIDENTIFIED))
def test_a_generic_noun_of_attackers_is_the_unidentified_armed_group(ann, trigger):  # type: ignore[no-untyped-def]
    want, words, text = UNIDENTIFIED[trigger]
    ev = on(violent(ann, text), trigger)
    assert name(ev) == want
    assert ev.actor1.span.text == words


def test_a_group_the_report_links_to_the_generic_noun_is_still_named(ann):  # type: ignore[no-untyped-def]
    text = ("Attackers from al-Shabaab raided a quarry camp near Sokwan in Kenya's Mandera County on Monday, killing "
            "four workers.")
    assert name(on(violent(ann, text), "raided")) == "al-Shabaab"
