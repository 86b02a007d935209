"""Sides a frame tells against the parse: "troops repelled an attack by X" (X attacked; the troops were
attacked: events/repelled_attack, events/repelled_men) and "soldiers opened fire on a crowd of traders protesting"
(the force's subject did it, the crowd underwent it: events/met_crowd).
"""
from __future__ import annotations

from sitrep.events.met_crowd import met_crowd_sides
from sitrep.events.nominal import Roles
from sitrep.events.participants.clause import RoleClause
from sitrep.events.repelled_attack import attackers_again, repelled_attack
from sitrep.events.repelled_men import doer_named, repelled_men


def _attackers_repelled(cl: RoleClause, r: Roles) -> None:
    """"troops repelled an attack by X": X attacked, the troops were attacked (events/repelled_attack.py)."""
    for v in cl.trig_verbs:
        got, men = repelled_attack(v), None
        if got is None and cl.primary.tdef.event_type == "Battles":  # (never "police pushed them back": a crowd)
            got = repelled_men(v)  # "officers fought them off": the object attacked (events/repelled_men.py)
            men = got[0] if got is not None else None
        if got is not None:
            doer = None if men is not None and not doer_named(men) else got[0]
            r.agent, r.agent_how, r.extra_agents, r.agent_refs = doer, "by", [], []  # the subjects defended
            kept = [p for p in [r.patient, *r.patients] if p is not None and p.i not in (got[0].i, v.i)
                    and not (got[1] is not None and p.i == got[1].i) and p.head.i != v.i and not attackers_again(p)]
            r.patient, r.patients = (got[1], kept) if got[1] is not None else (kept[0] if kept else None, kept[1:])
            return


def _force_on_marchers(cl: RoleClause, r: Roles) -> None:
    """"Soldiers opened fire on a crowd of traders protesting": the force's subject did it, the crowd underwent it
    (events/met_crowd.py)."""
    if cl.primary.tdef.event_type != "Protests":
        return
    sides = met_crowd_sides(cl.primary.tok)
    if sides is not None:
        r.agent, r.agent_how, r.extra_agents, r.agent_refs = sides[0], "subject", [], []
        r.patient = sides[1]
