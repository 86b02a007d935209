"""Doers named in forms attack_reports16 covers (issue 16, branch attackers24): "the militants" after a first
sentence naming a group with its ally in a relative clause, "the group's fighters", "its gunmen" in a clause an
unarmed body says (events/antecedents), a membership told in a relative clause of saying (events/member_doer), and
a headline that says the group did or claimed the deed (events/headline_blame). Sentences written for these tests;
people and incidents made up (towns and groups real)."""
from __future__ import annotations

import pytest

from test_attackers23 import asserted_doers
from test_roles import ann  # noqa: F401  (the shared annotator fixture)


# (text, a name that must be among the doers of its asserted violent events)
CASES = [
    # "the militants" after a sentence naming a group and, in a relative clause on it, its ally
    # (events/antecedents.describes_other)
    ("OUAGADOUGOU, May 6 (AFP) - Ansarul Islam, which is allied to al Qaeda, has grown stronger around Djibo this "
     "year.\n\nOn Sunday the militants attacked a supply convoy near Djibo, killing nine soldiers, a security "
     "source said.", "Ansaroul Islam"),
    # "the group's fighters" (events/antecedents.owned_forces)
    ("BENI, Congo, May 6 (Reuters) - The Allied Democratic Forces has stepped up its raids in Beni territory this "
     "year.\n\nOn Sunday the group's fighters attacked a village near Oicha, killing eight farmers, local officials "
     "said.", "Allied Democratic Forces"),
    # "its gunmen" in a clause that an unarmed body says (events/antecedents.unarmed_speaker, previous_subject)
    ("ARAUCA, Colombia, May 6 (EFE) - The National Liberation Army, which grew out of a student movement, has "
     "tightened its hold on rural Arauca.\n\nOn Friday its gunmen shot dead three farmers near Saravena, the "
     "farmers' association said in a statement.", "National Liberation Army (Colombia)"),
    # a membership told in a relative clause of saying (events/member_doer._said_in_relative)
    ("TAME, Colombia, May 6 (EFE) - Two farmers were shot dead on Sunday near Tame, local officials said.\n\nThe "
     "killers, who told villagers they belonged to the Clan del Golfo, left on motorcycles, the officials said.",
     "Clan del Golfo"),
    ("NIAMEY, May 6 (AFP) - Seven villagers were killed on Sunday when gunmen attacked a market near Tera, a "
     "local official said.\n\nThe gunmen, who witnesses said were members of the Islamic State Sahel Province, came "
     "on motorcycles, the official said.", "Islamic State Sahel Province"),
    # a headline that says the group did the deed, or claimed it (events/headline_blame)
    ("Nigeria: Boko Haram fighters kill nine fishermen near Lake Chad\n\nMAIDUGURI, Nigeria, May 6 (AFP) - Nine "
     "fishermen were killed on Sunday when gunmen attacked their camp near Baga, a local official said.",
     "Boko Haram"),
    ("Ansaru claims attack on army post in Kaduna\n\nKADUNA, Nigeria, May 6 (Reuters) - Gunmen attacked an army "
     "post near Birnin Gwari on Sunday, killing three soldiers, two military sources said.", "Ansaru"),
]


@pytest.mark.parametrize("text,name", CASES)
def test_the_doer_is_named(ann, text, name):  # noqa: F811
    assert name in asserted_doers(ann, text)


def test_a_headline_naming_the_victims_side_names_no_doer(ann):  # noqa: F811
    # guard: a headline whose group is the one the deed was done to ("X commander killed in ambush") names no doer
    text = ("Boko Haram commander killed in ambush near Lake Chad\n\nMAIDUGURI, Nigeria, May 6 (AFP) - A Boko Haram "
            "commander and two of his guards were killed on Sunday when gunmen ambushed their vehicle near Baga, a "
            "local official said.")
    doers = asserted_doers(ann, text)
    assert "Boko Haram" not in doers, doers
