"""The one who sets a device off or puts it in place is the attacker (data/support_verbs.tsv, "object" and
"indefinite" rows; events/frames.support_verb): "militants triggered a roadside blast", "guerrillas placed a bomb at
the gate", on sentences written for these tests. Negatives: a verb that reaches the deed only through a preposition
("placed the blame for the bombing on X") and a device told before
and moved ("the police placed the bomb in a flower bed") name no attacker."""
from __future__ import annotations

from test_roles import ann, violent  # noqa: F401  (the shared annotator fixture and violent-event helper)


def test_who_triggered_the_blast_is_its_attacker(ann):
    ev = violent(ann, "Five policemen were killed when Taliban militants triggered a roadside bomb near their vehicle "
                      "in Kunduz on Monday, officials said.")[0]
    assert ev.actor1 is not None and ev.actor1.name == "Taliban"


def test_who_triggered_an_ied_blast_is_its_attacker_through_the_compound(ann):
    ev = violent(ann, "Four soldiers were wounded when Shining Path guerrillas triggered an improvised explosive "
                      "device blast on the road to Ayacucho on Friday.")[0]
    assert ev.actor1 is not None and ev.actor1.name == "Shining Path"


def test_who_placed_a_bomb_is_its_attacker(ann):
    ev = violent(ann, "Two guards were wounded when Shining Path guerrillas placed a bomb at the gate of the barracks "
                      "in Ayacucho on Monday.")[0]
    assert ev.actor1 is not None and ev.actor1.name == "Shining Path"


def test_who_places_the_blame_for_a_bombing_did_not_bomb(ann):
    evs = violent(ann, "Police placed the blame for the bombing on a little-known group.")
    assert evs and all(e.actor1 is None or "Police" not in (e.actor1.span.text if e.actor1.span else "")
                       for e in evs)


def test_who_moves_a_bomb_told_before_did_not_plant_it(ann):
    evs = violent(ann, "A bomb was spotted near the court in the morning. Officers placed the device inside a "
                       "blast container, where it exploded.")
    assert evs and all(e.actor1 is None for e in evs)
