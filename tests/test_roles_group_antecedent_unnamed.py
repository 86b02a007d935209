""""the militants" after a sentence that names one armed group through a generic noun ("Jihadists of the Islamic State
group's Sahel Province", "Militants loyal to al-Shabaab") is that group: the generic noun, which the dictionary reads as
the country's unnamed side ("Islamist Militants (Burkina Faso)") once the country is named, is no second group
(events/antecedents.group_antecedent; issue 16, branch `roles9`, attack_reports7 g13). "the gunmen" / "the fighters"
take it up as "the militants" do (branch `roles14`, war_reports6 y12 form): not the country's unidentified armed group
nor the bare phrase "fighters". Sentences written for these tests; the towns are made up."""
from __future__ import annotations

import pytest

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_recall_forms import name, on


@pytest.mark.parametrize("text,trigger,want", [
    ("Jihadists of the Islamic State group's Sahel Province had been seen near Varnou in northern Burkina Faso for "
     "days. On Saturday the militants rode into a village and shot dead 17 men.", "shot", "Islamic State"),
    ("Militants loyal to al-Shabaab were seen in the hills near Korra in northern Kenya last week. On Sunday the "
     "militants attacked a police post and killed four officers.", "attacked", "al-Shabaab"),
    ("Boko Haram fighters were seen in the bush near Korra in northeastern Nigeria last week. On Sunday the gunmen "
     "stormed a market and shot dead nine traders.", "stormed", "Boko Haram"),
    ("Al-Shabaab fighters were seen in the hills near Korra in northern Kenya last week. On Sunday the fighters "
     "attacked a police post and killed four officers.", "attacked", "al-Shabaab"),
])
def test_the_militants_take_up_the_group_a_generic_noun_named(ann, text, trigger, want):  # type: ignore[no-untyped-def]
    assert want.lower() in (name(on(violent(ann, text), trigger).actor1) or "").lower()


@pytest.mark.parametrize("text,trigger", [
    # no group named: the unnamed side stays
    ("Militants were seen in the hills near Korra in northern Kenya last week. On Sunday the militants attacked a "
     "police post and killed four officers.", "attacked"),
    # two groups named: a guess, never taken
    ("Fighters of al-Shabaab and of the Islamic State were seen near Korra in northern Kenya last week. On Sunday the "
     "militants attacked a police post and killed four officers.", "attacked"),
    ("Armed men were seen in the hills near Korra in northern Kenya last week. On Sunday the gunmen attacked a "
     "police post and killed four officers.", "attacked"),
    ("Fighters of al-Shabaab and of the Islamic State were seen near Korra in northern Kenya last week. On Sunday the "
     "gunmen attacked a police post and killed four officers.", "attacked"),
])
def test_no_single_group_named_before(ann, text, trigger):  # type: ignore[no-untyped-def]
    got = (name(on(violent(ann, text), trigger).actor1) or "").lower()
    assert "shabaab" not in got and "islamic state" not in got
