"""A state's forces counting their own dead are no side boasting of its deed (issue 16, story totals): "Twelve
soldiers were killed and nine wounded in Monday's ambush, a senior army officer said" is the army's count of its
own losses, the one credible count of the incident, never a claim kept apart from the total.

``stories.totals`` keeps apart the count of an incident that only a side of the fighting gives about the other
side ("the ministry said its forces neutralised 101 regime soldiers"). Read with a misread doer, the army's own
dead looked the same: the army is a side (the insurgents' other incident names it as their target), and the
victims ("soldiers", unnamed) are not read as the army. :func:`own_losses` tells them apart: the claimant is a
state's forces or defence ministry (its id ends in ``_MIL``, ``_POL`` or ``_MOD``, data/actor_roles.tsv), no
event of the incident names the claimant's side as the doer, and every one names as the victims an unnamed group
(an ``x:`` id) whose every count is of a security-force noun (:data:`FORCE_NOUNS`: "soldiers", "troops",
"police officers"). "Regime soldiers", "enemy troops" and a named force stay the other side's dead.

Nor is a side's count of the civilians its enemy killed ("the gunmen killed at least five people, police said"):
:func:`civilians_of_another` -- no event of the incident names the claimant's side as the doer, and every one
names civilians as the victims (``CIVILIANS``): the count of a deed it did not do, about people who are no side.

A side's count of its enemy's dead is a claim about its own deed, whoever the sentence is read to name as the
doer (:func:`enemy_dead`): a state's forces counting "terrorists", "rebels", "bandits" (data/enemy_nouns.tsv), an
armed group of the story counting "soldiers" or "police" (:data:`FORCE_NOUNS`); "its own fighters", "seven
soldiers" told by the army are its own losses.

So is a state's forces' count of that enemy relayed with no one named who could be the state
(:func:`relayed_enemy_dead`): the event's doer is a state's forces, the victims an enemy noun ("The army's statement
that its troops 'neutralised 47 terrorists' could not be confirmed": no claimant read, the count in the side's
quoted words; "..., the army general staff said": a claimant read as words, not as a known actor, that names a
force). No one else counts the enemy dead of a
battle the state fought; a hospital's or a monitor's count of "militants" is named and stays theirs.

A side's count of its own dead is a claim about the incident, often of part of its dead ("the army said it lost five
soldiers", "the council said 14 of its own fighters had been killed" beside a monitor's 25): the incident's lowest
count (:func:`own_partial_count`), never the side's boast.

So is an armed group's count told as its own deed in its claim's words ("JNIM said it had killed 80 soldiers and
militiamen": :func:`claims_own_kill`), whoever the parser made the event's doer and whatever the victims are called.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.model import Event
from sitrep.nlp.enemy_nouns import enemy_nouns

__all__ = ["STATE_FORCES", "civilians_of_another", "claims_own_kill", "enemy_dead", "home_forces", "own_losses",
           "own_partial_count", "relayed_enemy_dead", "unnamed_teller"]

# the id endings of a state's forces and defence ministry (data/actor_roles.tsv: {ISO3}_MIL, {ISO3}_POLICE, {ISO3}_MOD;
# "_POL" alone matched no id of the table, so a police force's count of its own dead read as a side's boast)
STATE_FORCES = ("_MIL", "_POL", "_POLICE", "_MOD")
# bare nouns of a state's own forces as counted ("12 soldiers were killed"); qualified ones ("regime soldiers",
# "enemy troops") are not in it
FORCE_NOUNS = frozenset({"soldier", "soldiers", "troop", "troops", "servicemen", "serviceman", "service members",
                         "police officer", "police officers", "policemen", "policeman", "police", "officers",
                         "personnel", "military personnel", "security personnel", "security forces", "guards",
                         "marines", "sailors", "airmen", "gendarmes", "police agents", "agents"})


def own_losses(claimant: str, events: list[Event]) -> bool:
    """The incident (``events``) counted by ``claimant`` alone is its forces' count of their own dead."""
    from sitrep.stories.merge import same_actor  # merge -> describe -> totals: imported here
    from sitrep.model import ActorRef

    if not claimant.upper().endswith(STATE_FORCES) or not events:
        return False
    side = ActorRef(claimant, claimant)
    for e in events:
        if e.actor1 is not None and same_actor(e.actor1, side):
            return False
        if e.actor2 is None or not (e.actor2.entity_id or "").startswith("x:"):
            return False
        whos = [m.fatalities.who for m in e.mentions if m.fatalities is not None]
        if not whos or any((w or "").lower() not in FORCE_NOUNS for w in whos):
            return False
    return True


def civilians_of_another(claimant: str, events: list[Event]) -> bool:
    """The incident (``events``) counted by ``claimant`` alone is a count of civilians killed by another doer."""
    from sitrep.stories.merge import same_actor  # merge -> describe -> totals: imported here
    from sitrep.model import ActorRef

    side = ActorRef(claimant, claimant)
    return bool(events) and all(
        (e.actor1 is None or not same_actor(e.actor1, side)) and e.actor2 is not None
        and e.actor2.entity_id == "CIVILIANS" for e in events)


def home_forces(claimant: str, country: Optional[str]) -> bool:
    """``claimant`` is a state's forces (an id ending in ``_MIL``, ``_POL``, ``_MOD``) of ``country`` (ISO2), where
    the event happened: a side of any battle fought on its own ground, even where the report's doer is misread ('the
    army said five soldiers were killed and about 20 "terrorists" were neutralised when its convoy was attacked': the
    attackers read as the doer of "neutralised"), so its count of "terrorists" is its count of its enemy's dead."""
    if not country or not claimant.upper().endswith(STATE_FORCES):
        return False
    from sitrep.nlp.actor_lexicon import get_resolver

    iso3 = get_resolver().country_iso3(country)
    return bool(iso3) and claimant.upper().split("_", 1)[0] == iso3


def enemy_dead(claimant: str, who: Optional[str], fighting: bool) -> bool:
    """A count of ``who`` told by ``claimant`` (``fighting``: an actor of the story's events) is that side's count
    of its enemy's dead: a state's forces (an id ending in ``_MIL``, ``_POL``, ``_MOD``) counting an enemy noun
    ("more than 100 terrorists", "TNLA fighters"), or an armed group of the story counting a state's forces ("over 60
    soldiers"); never a count of its own ("its own fighters", "seven soldiers" told by the army)."""
    words = (who or "").lower().replace("\u2019", "'").split()
    if not words or not fighting or any(w in ("its", "their", "our", "own", "his", "her") for w in words):
        return False
    if claimant.upper().endswith(STATE_FORCES) or state_organ(claimant):
        return words[-1] in enemy_nouns()
    return " ".join(words) in FORCE_NOUNS


# the id endings of a state's organs that speak for its fight (data/actor_roles.tsv): the government, its interior
# ministry, presidency and head of state; a health ministry counts the dead of any side and is none of them
STATE_ORGANS = ("_GOV", "_MOI", "_PRESIDENCY", "_HEAD_OF_STATE", "_DEFENCE_MINISTER")


def state_organ(claimant: str) -> bool:
    """``claimant`` is a state itself (a bare ISO3 id: "Somalia's information ministry" read as SOM) or an organ
    that speaks for its fight (:data:`STATE_ORGANS`): its count of "al-Shabaab militants" killed by "government
    forces" is the state's count of its enemy's dead, as its army's is."""
    c = claimant.upper()
    if c.endswith(STATE_ORGANS):
        return True
    if len(c) != 3 or not claimant.isupper():
        return False
    from sitrep.nlp.actor_lexicon import get_resolver

    try:
        return get_resolver().get(claimant).get("type") == "country"
    except KeyError:
        return False  # an armed group's id ("XXR"), no state


def foreign_forces_dead(claimant: str, who: Optional[str], fighting: bool, country: Optional[str]) -> bool:
    """A count of soldiers (``who``: a force noun, no "its" / "own") told by a state's forces (``claimant``: an id
    ending in ``_MIL``, ``_POL``, ``_MOD``) that fight in the story (``fighting``) in a country not their own
    (``country``, ISO2, where the event happened): that side's count of the enemy soldiers it killed ("In Moscow,
    the defence ministry claimed a strike on a meeting of commanders in Sumy and killed up to 60 servicemen"), kept
    apart as its claim, never the incident's toll. A state's forces at home count their own men (``home_forces``)."""
    words = (who or "").lower().replace("\u2019", "'").split()
    if not words or not fighting or not country or any(w in ("its", "their", "our", "own", "his", "her") for w in words):
        return False
    if not claimant.upper().endswith(STATE_FORCES) or home_forces(claimant, country):
        return False
    return " ".join(words) in FORCE_NOUNS


# a claimant read only as a pronoun ("..., he said")
_TELLER_PRONOUNS = frozenset({"he", "she", "they"})


def unnamed_teller(claimant: str) -> bool:
    """``claimant`` is a person named with no side read (an ``unk:`` id) or only a pronoun ("..., he said"): no known
    actor who could be a side of its own."""
    return claimant.startswith("unk:") or claimant.lower() in _TELLER_PRONOUNS

# words of a claimant read as text (no known actor) that name a state's forces or their command ("the army general
# staff", "a military spokesman", "the defence ministry")
_FORCE_WORDS = frozenset({"army", "military", "armed", "forces", "staff", "command", "troops", "ministry", "police",
                          "gendarmerie", "navy", "commander", "spokesman", "spokesperson", "communique", "statement"})


def relayed_enemy_dead(claimant: str, who: Optional[str], doer: Optional[str], quoted: bool = False) -> bool:
    """A count of ``who`` (an enemy noun: "47 terrorists") in an event whose doer (``doer``, its id) is a state's
    forces, told in the side's quoted words with no claimant read (``article:...``, ``quoted``: 'its troops
    "neutralised 47 terrorists"'; unquoted, "special forces killed the three attackers" is the report's own telling)
    or by a claimant read only as words that name a force ("the army general staff"): the state's count of its own
    deed, relayed. The mirror: a count of soldiers in the quoted words of a claimant read only as words, in an event
    whose doer is unnamed fighters (an ``x:`` id), is that armed side's count of its own deed."""
    words = (who or "").lower().replace("\u2019", "'").split()
    if (words and quoted and (doer or "").startswith("x:") and " ".join(words) in FORCE_NOUNS
            and not claimant.startswith("article:") and ":" not in claimant and "_" not in claimant):
        # an armed group's own words, quoted, of the soldiers its unnamed fighters killed ('the movement said its
        # fighters had attacked an army position and "killed more than 40 soldiers"'): that side's count of its deed
        return True
    if not words or words[-1] not in enemy_nouns() or any(w in ("its", "their", "our", "own") for w in words):
        return False
    if not (doer or "").upper().endswith(STATE_FORCES):
        return False
    if claimant.startswith("article:"):
        return quoted
    if unnamed_teller(claimant):
        # a person named with no side read ("Army spokesman Lieutenant X said troops had pursued the attackers and
        # killed four of them": unk:x) or only a pronoun ("..., he said"): no one named who could be another side
        # counting the enemy the state's forces killed; the state's count, relayed
        return True
    if ":" in claimant or "_" in claimant or claimant.isupper():
        return False  # a known actor: enemy_dead decides
    return bool(set(claimant.lower().replace("'s", "").split()) & _FORCE_WORDS)


# the claimant's own deed in its claim's words, right before the count: "said it had killed 80", "claimed its
# fighters killed more than 40"
_OWN_KILL = re.compile(r"\b(?:it|they|its\s+(?:fighters|men|forces|units|militants)|their\s+(?:fighters|men))\s+"
                       r"(?:had\s+|has\s+|have\s+)?(?:killed|neutrali[sz]ed|eliminated|slain)\s+"
                       r"(?:(?:more\s+than|at\s+least|over|some|about|around|nearly|up\s+to)\s+)?$", re.I)


def claims_own_kill(claimant: str, before: str) -> bool:
    """A count claimed by ``claimant``, an armed group (a known actor or a name, not a state's forces, not an
    article's unattributed count), whose sentence up to the count (``before``) says the group itself killed them
    ("JNIM said on Monday it had killed 80 soldiers"): that side's count of its own deed."""
    if claimant.startswith("article:") or claimant.upper().endswith(STATE_FORCES):
        return False
    return bool(_OWN_KILL.search(before[-80:]))


_OWN_WORDS = ("its", "their", "our")


def own_partial_count(claimant: Optional[str], who: Optional[str]) -> bool:
    """A count of ``who`` told by ``claimant`` is that side's count of its own dead: the victims are named as the
    claimant's own ("its own fighters", "its men", "11 of its soldiers"), or a state's forces (an id ending in
    ``_MIL``, ``_POL``, ``_MOD``) count bare force nouns ("the army said it lost five soldiers")."""
    words = (who or "").lower().replace("\u2019", "'").split()
    if not claimant or claimant.startswith("article:") or not words:
        return False
    if words[0] in _OWN_WORDS:
        return True
    return claimant.upper().endswith(STATE_FORCES) and " ".join(words) in FORCE_NOUNS
