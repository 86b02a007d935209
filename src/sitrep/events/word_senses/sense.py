"""The order of the checks: :func:`not_event_sense`, whether a candidate trigger has no violent event sense.

Decides nothing itself: it asks the modules of this package and the sibling modules of events/ (sports, music and
debate idioms, market moves, depictions, goods handed, pit mines, campaign rallies, spent or building shells, weapon
tests, scare quotes, blast traces, weapon kinds, guard pickets, ordnance cleared, a person collapsed) in one fixed
order, the first that says yes ends it. The order is a hot path (read by ``triggers.violent_sense`` for every word
that would be a trigger; the cheap checks come first); keep it when adding a check, and put the new one last.
"""
from __future__ import annotations

from sitrep.events.blast_traces import found_blast_trace
from sitrep.events.body_senses import person_collapsed
from sitrep.events.building_shells import building_shells
from sitrep.events.campaign_rally import campaign_rally
from sitrep.events.cyber_deed import cyber_deed
from sitrep.events.debate_idiom import debate_idiom
from sitrep.events.depicted import depicted
from sitrep.events.handed_goods import goods_handed
from sitrep.events.market_move import market_move
from sitrep.events.mining_report import pit_mine
from sitrep.events.ordnance_cleared import ordnance_cleared
from sitrep.events.post_picket import guard_picket
from sitrep.events.scare_quoted import called_word
from sitrep.events.showbiz_idiom import showbiz_idiom
from sitrep.events.spent_shells import spent_shells
from sitrep.events.sports_idiom import sports_idiom
from sitrep.events.weapon_kind import attack_class, device_material
from sitrep.events.weapon_test import missile_test
from sitrep.events.word_senses.attack_targets import attack_on_thing, cyber_attack, deed_in_document, illness_attack
from sitrep.events.word_senses.crowds_forces import (action_joined, armed_occupation, crowd_moved, forced_march,
                                                     forces_marched, relief_deployment, skill_shown, struck_by_kit)
from sitrep.events.word_senses.fights import aided_fight, fight_against_thing, fight_instrument, fought_alongside
from sitrep.events.word_senses.harm_not_deed import (animals_killed, bombarded_with_words, hazard_killed,
                                                     hurt_by_falling, sentenced, the_wounded)
from sitrep.events.word_senses.labour_strike import strike_called
from sitrep.events.word_senses.weapon_things import dug_mine, purchase_deal, shots_in_air
from sitrep.events.word_senses.words_not_deeds import (deed_as_topic, defined_kind, simile, task_carried_out,
                                                       words_withdrawn)


def not_event_sense(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether a candidate trigger word is used in a sense that names no violent event: an illness, a cyberattack,
    a dug mine (the labour strike only rules out the weapon readings; a weapon dealt is checked on weapon nouns)."""
    return illness_attack(tok) or cyber_attack(tok) or cyber_deed(tok) or attack_on_thing(tok) or deed_in_document(tok) or hazard_killed(tok) or sentenced(tok) \
        or bombarded_with_words(tok) or dug_mine(tok) or strike_called(tok) or task_carried_out(tok) \
        or animals_killed(tok) or fight_against_thing(tok) or aided_fight(tok) or the_wounded(tok) or forced_march(tok) or forces_marched(tok) or crowd_moved(tok) \
        or struck_by_kit(tok) or skill_shown(tok) or market_move(tok) or sports_idiom(tok) or showbiz_idiom(tok) \
        or depicted(tok) or debate_idiom(tok) or goods_handed(tok) or pit_mine(tok) or campaign_rally(tok) \
        or defined_kind(tok) or hurt_by_falling(tok) or simile(tok) or spent_shells(tok) or building_shells(tok) \
        or fight_instrument(tok) or purchase_deal(tok) or missile_test(tok) or called_word(tok) or shots_in_air(tok) \
        or found_blast_trace(tok) or fought_alongside(tok) or attack_class(tok) or device_material(tok) \
        or guard_picket(tok) or ordnance_cleared(tok) or deed_as_topic(tok) or relief_deployment(tok) or words_withdrawn(tok) \
        or person_collapsed(tok) or action_joined(tok) or armed_occupation(tok)
