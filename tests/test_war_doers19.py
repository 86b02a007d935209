"""Doers of war reports told in forms war_reports10 held thinly (issue 16, branch roles19): a sponsor fused into one
token with its participle ("the U.S.-trained X brigade": events/backed_by, events/roles), the crew of a weapon
("Drone operators of X's brigade": events/membership), who fired a weapon told in a later sentence ("the drones had
been launched by X": events/weapon_launcher), the accused naming another doer (events/contested_blame.shifted_blame)
and "its members opened fire on an army patrol, the military said" (events/doer_antecedent.bare_forces_hit), and a
town that only says where a target stands (events/participants.place_span).
Sentences written for these tests; people, villages, units and incidents made up."""
from __future__ import annotations

import datetime as dt

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext


def _doers(ann, text):  # type: ignore[no-untyped-def]
    """The names the asserted violent events give as actor1."""
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 5, 7)))
    evs = [e for e in an.events if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES]
    assert evs, (text, [(e.trigger.text if e.trigger else None, e.event_type) for e in an.events])
    return [e.actor1.name if e.actor1 is not None else None for e in evs]


def test_fused_sponsor_is_not_the_doer(ann):  # type: ignore[no-untyped-def]
    doers = _doers(ann, "Troops of the U.S.-trained Kestrel brigade killed 12 al Shabaab fighters near Balcad on "
                        "Tuesday, the army said.")
    assert "Military Forces of the United States" not in doers
    assert any(d and "Kestrel" in d for d in doers), doers


def test_drone_operators_act_for_their_brigade(ann):  # type: ignore[no-untyped-def]
    doers = _doers(ann, "KYIV, May 7 (2025) - Drone operators of Ukraine's 41st Mechanised Brigade killed 11 Russian "
                        "soldiers who were trying to cross a river north of Pokrovsk on Monday, the brigade said on "
                        "Telegram.")
    assert "Military Forces of Ukraine" in doers, doers


def test_weapon_launcher_told_later(ann):  # type: ignore[no-untyped-def]
    doers = _doers(ann, "Drones struck a crowded market in Sennar on Tuesday, killing seven people, a nurse said.\n\n"
                        "The army said the drones had been launched by the Rapid Support Forces, which have fought "
                        "the army near the town for months.")
    assert "Rapid Support Forces" in doers, doers


def test_weapon_launcher_denied_is_not_taken(ann):  # type: ignore[no-untyped-def]
    doers = _doers(ann, "Drones struck a crowded market in Sennar on Tuesday, killing seven people, a nurse said.\n\n"
                        "The army said the drones had not been launched by the Rapid Support Forces.")
    assert "Rapid Support Forces" not in doers, doers


def test_accused_naming_another_doer_leaves_it_blank(ann):  # type: ignore[no-untyped-def]
    lead = ("CAIRO, July 7 (2025) - Four Palestinians were killed and 30 wounded on Saturday near a food distribution "
            "point north of Rafah, Gaza's civil defence agency said, blaming Israeli troops.\n\n")
    doers = _doers(ann, lead + "The Israeli military said its troops had fired warning shots at men who approached a "
                               "closed zone before dawn, but it knew of no casualties. It said Hamas gunmen had opened "
                               "fire in the area.\n\nThe accounts could not be checked.")
    assert "Military Forces of Israel" not in doers, doers
    # the blame alone, with no account of the accused, still names the doer
    assert "Military Forces of Israel" in _doers(ann, lead + "The accounts could not be checked.")


def test_its_members_not_the_army_whose_patrol_was_hit(ann):  # type: ignore[no-untyped-def]
    doers = _doers(ann, "CHATTOGRAM, Bangladesh, Aug 23 (2025) - Security forces have hunted the Kuki-Chin National "
                        "Front since it robbed a bank last year. "
                        "Its members opened fire on an army patrol near Ruma on Friday, killing a soldier, the "
                        "military said.")
    assert "Military Forces of Bangladesh" not in doers, doers
    assert "KNF: Kuki-Chin National Front" in doers, doers


def test_town_of_the_site_is_no_target(ann):  # type: ignore[no-untyped-def]
    an = ann.annotate("CHIANG MAI, Thailand, July 3 (2024) - Fighters of the Ta'ang National Liberation Army "
                      "attacked a military outpost on the edge of Kyaukme in northern Shan State on Tuesday, a "
                      "spokeswoman said.",
                      DocContext("r1", published=dt.date(2024, 7, 3)))
    evs = [e for e in an.events if e.event_type in VIOLENT_EVENT_TYPES]
    assert evs and all(e.actor2 is None or e.actor2.name != "Kyaukme" for e in evs), \
        [(e.trigger.text if e.trigger else None, e.actor2) for e in evs]
