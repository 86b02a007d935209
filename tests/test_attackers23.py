"""Doers named in forms attack_reports15 covers (issue 16, branch attackers23): a long name whose first words the
parser hung as an apposition with no comma (events/bracketed_name), a claim after a relative clause or in a posted
message (events/claims), a weapon's by-phrase whose participle names who fired it (events/participants), a doer
identified as a member of a group and a part of a group named in a later sentence (events/member_doer), and a
dissident faction named as "<parent> dissidents" (events/splinters). Sentences written for these tests; people and
incidents made up (towns and groups real)."""
from __future__ import annotations

import datetime as dt

import pytest

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def asserted_doers(ann, text):  # type: ignore[no-untyped-def]
    """The doers of the asserted violent events of ``text`` (one at least)."""
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 5, 6)))
    names = [e.actor1.name if e.actor1 is not None else None for e in an.events
             if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"]
    assert names, text
    return names


# (text, a name that must be among the doers of its asserted violent events)
CASES = [
    # a long name split by an apposition with no comma (events/bracketed_name._split_name_gap)
    ("MOCIMBOA DA PRAIA, Mozambique, May 6 (Lusa) - Suspected Ahlu Sunnah Wal Jamaa insurgents killed three "
     "farmers and torched a dozen huts on Sunday near a village of Mueda district, residents told Lusa.",
     "Islamic State Mozambique Province"),
    # a claim after a relative clause on the name, in a posted message (events/claims._IT_SAID_DID)
    ("DORI, Burkina Faso, May 6 (AFP) - Gunmen on motorcycles killed 11 villagers near Dori on Sunday, a local "
     "official said.\n\nThe next day, Jama'at Nusrat al-Islam wal-Muslimin, which is loyal to al Qaeda, released "
     "an audio message saying that it had carried out the attack.", "Jama'at Nusrat al-Islam wal-Muslimin"),
    # a weapon's by-phrase, the participle on it naming who fired (events/participants._doer_elsewhere)
    ("SITTWE, Myanmar, May 6 (Reuters) - Six people were killed on Sunday when a school in Minbya township was hit "
     "by shells fired by the military, residents said.", "Military Forces of Myanmar"),
    # the doer identified as a member of a group in the next sentence (events/member_doer._group_word)
    ("BANNU, Pakistan, May 6 (Reuters) - A suicide bomber blew himself up at a checkpoint near Bannu on Monday, "
     "killing four soldiers, officials said.\n\nInvestigators identified the bomber as Karim Shah, a member of "
     "Jamaat-ul-Ahrar, officials said.", "Jamaat-ul-Ahrar"),
    # a part of a group named in a later sentence (events/member_doer._part_of_doer)
    ("MAIDUGURI, Nigeria, May 6 (AP) - Fighters from a faction of Boko Haram attacked a military camp near Monguno "
     "on Sunday, killing five soldiers, officers said.\n\nThe fighters, who belonged to the Islamic State West Africa "
     "Province, came on motorcycles, the officers said.", "Islamic State West Africa Province"),
    # a dissident faction told with its parent's name (events/splinters._dissidents_of)
    ("POPAYAN, Colombia, May 6 (EFE) - Two soldiers were killed on Sunday near Argelia in Cauca. The attack was "
     "carried out by members of a dissident faction of the former FARC guerrillas, the army said.",
     "FARC dissidents"),
]


@pytest.mark.parametrize("text,name", CASES)
def test_the_doer_is_named(ann, text, name):  # noqa: F811
    assert name in asserted_doers(ann, text)


def test_a_named_faction_keeps_its_name(ann):  # noqa: F811
    # guard: a named group's fighters told back by a later sentence naming another group change nothing
    doers = asserted_doers(ann, "MAIDUGURI, Nigeria, May 6 (AP) - Boko Haram fighters attacked a village near Gwoza on "
                        "Sunday, killing seven farmers, residents said.\n\nThe fighters, who belonged to the Islamic "
                        "State West Africa Province until last year, came on motorcycles, residents said.")
    assert "Boko Haram" in doers, doers


def test_a_claim_by_the_group_named_in_the_relative_clause_is_none(ann):  # noqa: F811
    # guard: "X, which is allied to Y, posted ...": Y claimed nothing
    doers = asserted_doers(ann, "DORI, Burkina Faso, May 6 (AFP) - Gunmen on motorcycles killed 11 villagers near Dori on "
                        "Sunday, a local official said.\n\nThe next day, Jama'at Nusrat al-Islam wal-Muslimin, which "
                        "is loyal to al Qaeda, released an audio message saying that it had carried out the attack.")
    assert "Al Qaeda" not in doers and "al Qaeda" not in doers, doers
