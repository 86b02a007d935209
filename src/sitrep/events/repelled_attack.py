"""An attack the other side repelled, with its attackers in a by-phrase: "troops repelled an assault on their base by
fighters of X", "the army repulsed an attack by X on Djibo" (issue 16, branch roles13).

The verb of defence (repel, repulse, foil, thwart; "beat back", "fight off", "fend off") has the defenders as its
subject and the attack as its object, so the reading of each verb's doer and undergoer (``participants``) gives the
defenders as the doer and the attack noun, which names no one, as the target: the attackers were lost. ACLED codes
such a fight with the attackers as actor1 and the side attacked as actor2, as this project's gold does everywhere
(mixed_reports2 n25, war_reports2 v08, war_reports3 v10, war_reports5 x19). :func:`repelled_attack` reads the
attackers from the by-phrase of the attack noun (or of the verb, where the parser hung it there) and the defenders
from the verb's subject (in the passive, "an attack by X was repelled by troops": its by-phrase). Without a
by-phrase naming the attackers the reading is left as it was (blank beats wrong).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.deps import child, pobj

__all__ = ["repelled_attack", "attackers_again", "defence_verb", "ATTACK_NOUNS", "ATTACKER_WORDS"]

_DEFENCE_VERBS = frozenset({"repel", "repulse", "foil", "thwart"})
_DEFENCE_PARTICLES = {"beat": "back", "fight": "off", "fend": "off", "push": "back"}
# words that name the attackers again among the dead of the defence ("killing 23 of the assailants")
ATTACKER_WORDS = frozenset({"attacker", "assailant", "raider", "insurgent", "militant", "gunman", "gunmen", "fighter",
                             "rebel", "jihadist", "terrorist"})
ATTACK_NOUNS = frozenset({"attack", "assault", "raid", "offensive", "incursion", "ambush", "advance", "onslaught"})


def defence_verb(v) -> bool:  # type: ignore[no-untyped-def]
    lem = v.lemma_.lower()
    if lem in _DEFENCE_VERBS:
        return True
    if lem not in _DEFENCE_PARTICLES:
        return False
    prt = child(v, "prt", "advmod")  # "pushed the insurgents back": the parser reads the particle as an adverb there
    return prt is not None and _DEFENCE_PARTICLES[lem] == prt.lower_


def repelled_attack(v):  # type: ignore[no-untyped-def]
    """(attackers, defenders) tokens of the defence verb ``v`` whose attack noun names its attackers in a by-phrase;
    the defenders may be None (not named). None when ``v`` tells no such repelled attack."""
    if not defence_verb(v):
        return None
    passive = child(v, "auxpass") is not None
    attack = child(v, "nsubjpass") if passive else child(v, "dobj")
    if attack is None or attack.lemma_.lower() not in ATTACK_NOUNS:
        return None
    attackers = pobj(attack, "by")
    if attackers is None and not passive:
        attackers = pobj(v, "by")  # "repelled an assault on a base in X by fighters of Y": the by-phrase on the verb
    if attackers is None:
        return None
    defenders: Optional[object] = pobj(v, "by") if passive else child(v, "nsubj")
    return attackers, defenders


def attackers_again(tok) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok``, one of the dead of a repelled attack, names the attackers again ("killing 23 of the
    assailants", "killing 12 al Shabaab fighters"): they are the attacking side, never the target."""
    of = pobj(tok, "of")  # "23 of the assailants"
    return any(t.lemma_.lower() in ATTACKER_WORDS or t.lower_ in ATTACKER_WORDS for t in (tok, of) if t is not None)
