"""Terror reports read with made-up groups and villages (issue 11/16, branch terror5): a hyphenated group name ending
in a country's name is the group, not the country's army (events/roles._particle_name_front,
nlp/actor_lexicon._hyphen_name_tail); a claim of "the attack" with the claim's day on it and a deed the claimant
"calls" something else are no new incidents (events/reference); "earlier fighting" is no incident of the report
(events/other_deeds); "armed militants" name an unidentified group where "militants" do (data/agent_phrases.tsv)."""
from __future__ import annotations

import datetime as dt

from sitrep.nlp.annotate import DocContext

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)
from test_roles_crossclause import name


def _events(ann, text, published=dt.date(2025, 5, 8)):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=published))
    return [e for e in an.events if e.event_type != "Political"]


def test_hyphenated_group_ending_in_a_country_is_the_group(ann):  # type: ignore[no-untyped-def]
    text = ("Two men threw a grenade into the yard of the Sarokot police station in Pakistan on Monday night, wounding "
            "four policemen. On Wednesday, the Jamiat-ul-Ansar Pakistan, a little-known faction, claimed the attack.")
    names = [name(e) for e in violent(ann, text)]
    assert "Military Forces of Pakistan" not in names
    assert any(n and "Jamiat-ul-Ansar" in n for n in names), names


def test_a_claim_dated_by_its_own_day_is_no_second_attack(ann):  # type: ignore[no-untyped-def]
    text = ("Suspected rebels killed three herders near the village of Tenkoro in Burkina Faso on Tuesday, a local "
            "official said. No group had claimed the attack by Thursday evening.")
    attacks = [e for e in _events(ann, text) if e.sub_event_type == "Attack" and e.modality == "asserted"]
    assert len(attacks) == 1 and attacks[0].trigger.text == "killed", [(e.trigger.text, e.date_start) for e in attacks]


def test_what_a_claimant_calls_the_deed_is_no_new_incident(ann):  # type: ignore[no-untyped-def]
    text = ("A car bomb exploded outside a police station in Fortul, Colombia, on Monday, killing a police officer. "
            "The National Liberation Army (ELN) claimed responsibility on Wednesday, calling it retaliation for "
            "army raids.")
    evs = [e for e in _events(ann, text, dt.date(2025, 5, 9)) if e.modality == "asserted"]
    assert [e.trigger.text for e in evs if e.trigger.text == "retaliation"] == []
    bombs = [e for e in evs if e.event_type == "Explosions/Remote violence"]
    assert bombs and name(bombs[0]) == "National Liberation Army (Colombia)"


def test_earlier_fighting_is_no_incident_of_the_report(ann):  # type: ignore[no-untyped-def]
    text = ("Insurgents beheaded four farmers in the village of Lumbeta in Mozambique on Wednesday. The men had gone "
            "back to a village emptied during earlier fighting, an official said.")
    evs = [e for e in _events(ann, text) if e.modality == "asserted"]
    assert [e.sub_event_type for e in evs] == ["Attack"], [(e.trigger.text, e.sub_event_type) for e in evs]


def test_armed_militants_are_unidentified(ann):  # type: ignore[no-untyped-def]
    b = violent(ann, "Armed militants opened fire on farmers in a village in Bishnupur district of Manipur, India, on "
                     "Monday, killing two, police said.")
    assert name(b[0]) == "Unidentified Armed Group (India)"


def test_a_claim_that_tells_the_deed_itself_keeps_it(ann):  # type: ignore[no-untyped-def]
    # (negative: the claimed attack named with its village and its dead is the report's only telling of the deed)
    text = ("The Islamic State group has claimed the attack on Tuesday on Nkonga, a fishing village of Ancuabe "
            "district, in which six civilians were killed, according to a statement released on Thursday. Villagers said "
            "about a dozen armed men came at night, burned huts and shot those who ran.")
    evs = [e for e in _events(ann, text, dt.date(2025, 5, 9)) if e.modality == "asserted"
           and e.event_type == "Violence against civilians"]
    assert evs and evs[0].fatalities is not None and evs[0].fatalities.low == 6, [(e.trigger.text, e.fatalities) for e in evs]
