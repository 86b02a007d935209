"""Attackers driven off, named as the object of the verb of defence: "officers fought them off", "troops pushed the
insurgents back", "the gunmen were beaten back by soldiers" (issue 16, branch roles24).

The verb of defence (``repelled_attack``: repel, repulse; "beat back", "fight off", "fend off", "push back") has the
defenders as its subject; where its object is the attackers themselves, not the attack noun, the ordinary reading of
the verb's doer and undergoer gives the defenders as the doer and the attackers as the target, the roles reversed.
ACLED codes such a fight with the attackers as actor1 and the side attacked as actor2 (terror_reports6 z02, z04).
:func:`repelled_men` gives the object (or, in the passive, the subject) as the attackers and
the subject (or the by-phrase) as the defenders; the object must be a pronoun, a word for attackers or a name. Only a
name or a pronoun (read through its antecedent) is taken as the doer (:func:`doer_named`): "troops repulsed the
attackers" says who defended, not who attacked, so the doer is left blank there (blank beats wrong). Ground lost is no
repulse: "the militants were pushed back from their positions" (a from-phrase) is left to the ordinary reading. Read
for battles only (``participants._attackers_repelled``): "police pushed them back with shields" tells a crowd held off.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.deps import child, pobj
from sitrep.events.repelled_attack import ATTACK_NOUNS, ATTACKER_WORDS, defence_verb

__all__ = ["repelled_men", "doer_named"]

_MEN_PRONOUNS = frozenset({"them", "they"})
# deeds, not men, that a model may still label a name ("REPELLED THE TERRORIST ACTIVITY" in upper-case wire copy,
# "ACTIVITY" tagged ORG: MUC-4 DEV-MUC3-0148): the object tells an attack repelled, never who attacked
_DEED_NOUNS = frozenset({"activity", "action", "operation", "attempt", "infiltration", "violence", "fire"})


def _names_attackers(tok) -> bool:  # type: ignore[no-untyped-def]
    return tok.lower_ in _MEN_PRONOUNS or tok.lemma_.lower() in ATTACKER_WORDS or tok.lower_ in ATTACKER_WORDS \
        or tok.ent_type_ in ("ORG", "NORP")


def doer_named(men) -> bool:  # type: ignore[no-untyped-def]
    """Whether the attackers ``men`` of :func:`repelled_men` name a doer: a pronoun or a name, not "the attackers"."""
    return men.lower_ in _MEN_PRONOUNS or men.ent_type_ in ("ORG", "NORP")


def _ground_lost(v) -> bool:  # type: ignore[no-untyped-def]
    """ "the militants were pushed back from their positions": ground lost (the ones pushed held it), no attack
    repelled (events/subtype.py reads the government regaining ground there)."""
    return any(c.dep_ == "prep" and c.lower_ == "from" for t in (v, *v.children) if t is v or t.dep_ in ("prt", "advmod")
               for c in t.children)


def repelled_men(v):  # type: ignore[no-untyped-def]
    """(attackers, defenders) tokens of the defence verb ``v`` whose object names the attackers themselves; the
    defenders may be None. None when ``v`` is no defence verb or its object is an attack noun or anything else."""
    if not defence_verb(v) or _ground_lost(v):
        return None
    passive = child(v, "auxpass") is not None
    men = child(v, "nsubjpass") if passive else child(v, "dobj")
    if men is None or men.lemma_.lower() in ATTACK_NOUNS or men.lemma_.lower() in _DEED_NOUNS \
            or not _names_attackers(men):
        return None
    defenders: Optional[object] = pobj(v, "by") if passive else child(v, "nsubj")
    return men, defenders
