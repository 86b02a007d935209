"""Attackers and tolls of violent events whose attacker is named in many ways (issue 16, branch attackers2): a blame
or claim told after the deed, a weapon where the doer would be, a group described by a participle, an age read as a
count. Sentences written for these tests; people, groups and events made up (towns real). Also: the held-out set
tests/data/attack_reports parses."""
from __future__ import annotations

import json
import re
from pathlib import Path

from sitrep.model import VIOLENT_EVENT_TYPES
from test_roles import ann  # noqa: F401  (the shared annotator fixture)
from test_world_local import analyse, deaths, harm, wounded  # the first set's helpers (same record date)

SET = Path(__file__).parent / "data" / "attack_reports"


def attackers(ann, text):  # type: ignore[no-untyped-def]
    """The actor1 names of the text's violent events (any modality), in order."""
    return [e.actor1.name if e.actor1 is not None else None for e in analyse(ann, text).events
            if e.event_type in VIOLENT_EVENT_TYPES]


def attack_set_rows(d: Path, most_words: int = 400) -> list[dict]:
    """The gold rows of an attack set (25 reports, each with its fields and 150 to ``most_words`` words)."""
    rows = [json.loads(ln) for ln in (d / "gold.jsonl").read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert len(rows) == 25 and len({r["id"] for r in rows}) == 25
    need = {"id", "published", "date", "town", "state", "lat", "lon", "deaths", "injured", "attacker", "attacker_alt",
            "incidents", "victims", "note"}
    for r in rows:
        assert need <= set(r), r["id"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", r["published"]) and r["date"] <= r["published"]
        assert -90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180
        assert isinstance(r["attacker_alt"], list) and (r["attacker"] or not r["attacker_alt"])
        words = len((d / f"{r['id']}.txt").read_text(encoding="utf-8").split())
        assert 150 <= words <= most_words, (r["id"], words)
    return rows


def test_the_set_parses():
    assert sum(1 for r in attack_set_rows(SET) if not r["attacker"]) >= 3


def test_tolls_beside_ages_and_lengths(ann):  # noqa: F811
    want = {
        # an age after "aged" is no count
        "Russian warplanes bombed Kharkiv on Wednesday. A man aged 61 and a woman aged 58 were killed, the governor "
        "said.": 2,
        # the length of a feud told in an apposition does not make the count a running total
        "Gunmen shot dead three men outside a bar in Celaya on Friday, officials said, the latest victims of a "
        "year-long feud between two gangs.": 3,
    }
    assert {text: deaths(ann, text) for text in want} == want


def test_a_named_front_is_not_the_group_its_description_names(ann):  # noqa: F811
    text = ("Gunmen attacked a police post in Tumaco on Friday, killing two officers. The army blamed the Tomas Ibarra "
            "front, a faction of the dissidents of the former FARC guerrilla group.")
    got = attackers(ann, text)
    assert "Tomas Ibarra front" in got and "Revolutionary Armed Forces of Colombia" not in got


def test_rejecting_a_peace_deal_is_no_denial_of_the_attack(ann):  # noqa: F811
    text = ("Gunmen attacked a bus station in Tumaco on Friday, killing two guards. Police blamed the Red Lynx gang, "
            "whose leaders rejected a truce with the government last year.")
    assert "Red Lynx gang" in attackers(ann, text)


def test_a_weapon_is_no_attacker(ann):  # noqa: F811
    assert attackers(ann, "Artillery shelling killed six people in Kramatorsk on Monday, officials said.")[0] is None
    got = attackers(ann, "Shelling hit the town on Monday. The shells were fired by Su-27 aircraft over the sea.")
    assert not any(a and "aircraft" in a for a in got)


def test_a_blame_after_the_weapon_names_the_attacker(ann):  # noqa: F811
    text = ("Artillery shelling killed six people in El Obeid on Monday, a doctor said, blaming the paramilitary Rapid "
            "Support Forces.")
    assert attackers(ann, text)[0] == "Rapid Support Forces"


def test_a_blame_with_the_group_s_acronym_after_it(ann):  # noqa: F811
    text = ("Shelling killed six people in El Obeid on Monday, a doctor said, blaming the paramilitary Rapid Support "
            "Forces (RSF).")
    assert attackers(ann, text)[0] == "Rapid Support Forces"


def test_a_claim_in_a_statement_sent_by_the_group(ann):  # noqa: F811
    text = ("A bomb killed three policemen in Quetta on Friday. Responsibility for the bombing was claimed in a "
            "statement sent to reporters by the Crimson Hand group.")
    assert any(a and "Crimson Hand" in a for a in attackers(ann, text))


def test_gunmen_loyal_to_a_gang_the_dictionary_does_not_know(ann):  # noqa: F811
    killed = "Gunmen killed five men at a bar in Celaya on Sunday. "
    said = "Officials said the attack was carried out by cell members loyal to Los Gavilanes Negros."
    # the gang named, and the same once the attack was told again by "the attackers" before (the merge keeps the name)
    for text in (killed + said, killed + "The attackers arrived in a van and opened fire on the customers. " + said):
        assert "Los Gavilanes Negros" in attackers(ann, text), text


def test_suspected_is_the_report_s_hedge_not_the_name(ann):  # noqa: F811
    text = "Two policemen were killed when suspected Naxals triggered a landmine in Bijapur on Monday, police said."
    assert attackers(ann, text)[0] == "Naxals"


def test_a_group_fighting_to_topple_the_government_is_who_it_is(ann):  # noqa: F811
    text = ("A bomb killed four people at a market in Baidoa on Friday. The Black Ridge group, an insurgent group "
            "fighting to topple the government, claimed the attack.")
    assert not [e for e in harm(ann, text) if e.event_type == "Battles"]


def test_wounded_survivors_are_a_count_of_the_wounded(ann):  # noqa: F811
    text = "Rebels killed nine villagers in Oicha on Sunday. Two wounded survivors were taken to hospital in Beni."
    assert wounded(ann, text) == 2



def test_an_account_that_names_the_unnamed_doer_gives_the_incident_its_name():
    # one side's account merged into the incident told as fact lends no toll, place or type (branch precision2), but
    # it does name a doer the incident told only by a description ("dissident guerrillas" ... "it blamed the X front")
    import dataclasses

    from test_events_taxonomy import one

    from sitrep.events.merge_lend import absorb

    (deed,) = [e for e in one("Guerrillas attacked the army base on Friday, killing 12 soldiers.")
               if e.event_type != "Political"]
    (told,) = [e for e in one("The Red Hand Guerrillas claimed responsibility for the attack, police said.")
               if e.event_type != "Political"]
    keep = dataclasses.replace(deed, evidence=[])
    absorb(keep, dataclasses.replace(told, modality="claimed", fatalities=None))
    assert keep.actor1 is not None and keep.actor1.name == "Red Hand Guerrillas"
    assert keep.fatalities is deed.fatalities and keep.modality == "asserted"
