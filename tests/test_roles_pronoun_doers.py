"""A pronoun that opens a sentence takes its doer from the subject of the sentence before (issue 16, branch roles8),
on sentences written for these tests: when that sentence ends with who said it ("..., residents said. They burned
..."), the subject of what was said, never the speaker (events/antecedents.told_clause); a description set beside
the subject ("Fighters of X (ACR), al Qaeda's branch in the Sahel,", read by the parser as an apposition or as a
conjunct with no "and") is no second side and names no doer (events/antecedents.coordinates, described_by); and
"attributed the attack to X (ACR)" with "to X" hung on the deed noun names X (events/frames.attributed_to).
Negative: two sides joined by "and" before the pronoun (on main the speaker "residents" was read as the doer).
A phrase an indirect question asks about ("which side started the fighting") names no doer (events/roles.asked_phrase)."""
from __future__ import annotations

import pytest
from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_crossclause import name, on

# trigger -> (the actor1's name or None for blank, text)
CASES = {
    # the sayer put after what is said is not who the next sentence goes on about
    "killing-0": ("Boko Haram",
                  "Boko Haram fighters had camped outside Tandiro for two days, residents said. They burned the "
                  "market on Sunday, killing six traders."),
    "killing-1": (None,  # two sides joined by "and": a guess
                  "Soldiers and Boko Haram fighters had clashed outside Tandiro for two days, residents said. They "
                  "burned the market on Sunday, killing six traders."),
    # a description beside the subject is no second side, and not whose deed it is
    "stormed-2": ("Jama'at Nusrat al-Islam wal-Muslimin",
                  "Fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's branch in the Sahel, had "
                  "crossed the river during the night, a security source said. They stormed the post at dawn, "
                  "killing nine soldiers."),
    "stormed-3": ("Jama'at Nusrat al-Islam wal-Muslimin",
                  "Fighters of JNIM, al Qaeda's affiliate in the Sahel, had crossed the river during the night. "
                  "They stormed the post at dawn, killing nine soldiers."),
    # "attributed the attack to X" with the "to" phrase on the noun
    "attack-4": ("National Liberation Army (Colombia)",
                 "Two soldiers were killed in an attack on a base near Kelvora on Monday. The army attributed the "
                 "attack to the National Liberation Army (ELN), the largest guerrilla group in the country."),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_pronoun_takes_up_the_subject_told_before(ann, case):  # type: ignore[no-untyped-def]
    want, text = CASES[case]
    assert name(on(violent(ann, text), case.split("-")[0])) == want


# a phrase an indirect question asks about names no one (events/roles.asked_phrase): trigger -> text
ASKED = {
    "fighting": "Eight men were killed in fighting between two clans near Tandiro on Monday, police said. The "
                "commander said the police had not yet established which side started the fighting.",
    "attack": "Police in Kelvora do not know which group carried out the attack on the market.",
}


@pytest.mark.parametrize("trigger", sorted(ASKED))
def test_the_side_a_question_asks_about_is_no_doer(ann, trigger):  # type: ignore[no-untyped-def]
    assert name(on(violent(ann, ASKED[trigger]), trigger)) is None
