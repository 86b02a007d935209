"""Doers and targets of war reports told in forms war_reports10 held thinly (issue 16, branch roles19): a sponsor
fused into one token with its participle ("the U.S.-trained X brigade": events/backed_by, events/roles), the crew of a
weapon ("Drone operators of X's brigade": events/membership), who fired a weapon told in a later sentence ("the
drones had been launched by X": events/weapon_launcher), the accused naming another doer
(events/contested_blame.shifted_blame), "its members opened fire on an army patrol, the military said"
(events/doer_antecedent.bare_forces_hit), "The attackers" after a named group's deed (events/generic_doers), a town
that only says where a target stands (events/participants.place_span) and the escort of an ambushed convoy
(events/victim_nouns). Sentences written for these tests; people, villages, units and incidents made up."""
from __future__ import annotations

import datetime as dt

import pytest

from test_roles import ann  # noqa: F401  (the shared annotator fixture)

from sitrep.model import VIOLENT_EVENT_TYPES
from sitrep.nlp.annotate import DocContext

_GAZA = ("CAIRO, July 7 (2025) - Four Palestinians were killed and 30 wounded on Saturday near a food distribution "
         "point north of Rafah, Gaza's civil defence agency said, blaming Israeli troops.\n\n")
_DRONES = "Drones struck a crowded market in Sennar on Tuesday, killing seven people, a nurse said.\n\n"

# (text, a name the asserted violent events must give as actor1 or None, a name none of them may give or None)
CASES = [
    ("Troops of the U.S.-trained Kestrel brigade killed 12 al Shabaab fighters near Balcad on Tuesday, the army "
     "said.", "Kestrel brigade", "Military Forces of the United States"),
    ("KYIV, May 7 (2025) - Drone operators of Ukraine's 41st Mechanised Brigade killed 11 Russian soldiers who were "
     "trying to cross a river north of Pokrovsk on Monday, the brigade said on Telegram.",
     "Military Forces of Ukraine", None),
    (_DRONES + "The army said the drones had been launched by the Rapid Support Forces, which have fought the army "
     "near the town for months.", "Rapid Support Forces", None),
    (_DRONES + "The army said the drones had not been launched by the Rapid Support Forces.",
     None, "Rapid Support Forces"),
    (_GAZA + "The Israeli military said its troops had fired warning shots at men who approached a closed zone before "
     "dawn, but it knew of no casualties. It said Hamas gunmen had opened fire in the area.\n\nThe accounts could "
     "not be checked.", None, "Military Forces of Israel"),
    (_GAZA + "The accounts could not be checked.", "Military Forces of Israel", None),
    ("CHATTOGRAM, Bangladesh, Aug 23 (2025) - Security forces have hunted the Kuki-Chin National Front since it "
     "robbed a bank last year. Its members opened fire on an army patrol near Ruma on Friday, killing a soldier, the "
     "military said.", "KNF: Kuki-Chin National Front", "Military Forces of Bangladesh"),
    ("MAIDUGURI, Nigeria — Suspected Boko Haram fighters killed five people in a raid on a hamlet near Gwoza on "
     "Sunday, officials said, as residents prepared for the harvest.\n\nThe attackers came before dawn, stole goats "
     "and shot dead five men who tried to stop them, a village head said.",
     "Boko Haram", "Unidentified Armed Group (Nigeria)"),
    ("MAIDUGURI, Nigeria — Boko Haram fighters killed five people near Gwoza and ISWAP fighters killed two soldiers "
     "near Bama on Sunday, officials said.\n\nThe attackers shot dead three men at a well near Pulka, a village head "
     "said.", "Unidentified Armed Group (Nigeria)", None),
]


@pytest.mark.parametrize("text,doer,not_doer", CASES)
def test_doers(ann, text, doer, not_doer):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=dt.date(2025, 5, 7)))
    evs = [e for e in an.events if e.modality == "asserted" and e.event_type in VIOLENT_EVENT_TYPES]
    assert evs, (text, [(e.trigger.text if e.trigger else None, e.event_type) for e in an.events])
    doers = [e.actor1.name if e.actor1 is not None else None for e in evs]
    if doer is not None:
        assert any(d is not None and doer in d for d in doers), doers
    if not_doer is not None:
        assert not_doer not in doers, doers


# (text, publication date, the target name the violent events must give or not give, whether they must)
TARGETS = [
    ("CHIANG MAI, Thailand, July 3 (2024) - Fighters of the Ta'ang National Liberation Army attacked a military "
     "outpost on the edge of Kyaukme in northern Shan State on Tuesday, a spokeswoman said.", dt.date(2024, 7, 3),
     "Kyaukme", False),
    ("BAMAKO, Sept 10 (2025) - Fighters of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) ambushed a convoy of cattle "
     "trucks escorted by Malian soldiers near Nioro on Monday, a trader said.", dt.date(2025, 9, 10),
     "Military Forces of Mali", True),
]


@pytest.mark.parametrize("text,published,target,given", TARGETS)
def test_targets(ann, text, published, target, given):  # type: ignore[no-untyped-def]
    an = ann.annotate(text, DocContext("r1", published=published))
    targets = [e.actor2.name if e.actor2 is not None else None for e in an.events
               if e.event_type in VIOLENT_EVENT_TYPES]
    assert targets and (target in targets) == given, targets
