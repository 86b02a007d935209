"""Which incidents are a side's claim about its own action, kept apart in ``party_claims`` and not added.

An incident counted only by one claimant that is the acting side (a state and its organs are one side), or by a side
of the fighting counting the other side's dead (:func:`_own_side_count`); a state's forces' count of their enemy's
dead relayed with no claimant read as the state ("The army's statement that its troops 'neutralised 47 terrorists'
could not be confirmed": ``own_losses.relayed_enemy_dead``), labelled with the force's name (:func:`_relayed_side`);
an incident no one is quoted for, told by a report that quotes the acting side for its other counts of what it did,
labelled as that side's claim (:func:`_carry_side_claims`). A side that alone counts an incident in which it also
counts its own dead gives the incident's count, added and labelled "per" that side (:func:`_counts_own_dead`). A
side's count that is the story's only count of dead, of one side, is the total, still labelled (:func:`_only_count`).
:func:`_sole_claimant`: the one claimant of an incident's claims.
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import ActorRef, Event, IncidentToll
from sitrep.stories.own_losses import STATE_FORCES, civilians_of_another, own_losses, unnamed_teller
from sitrep.stories.totals.common import Claim


def _relayed_side(g: list[Event], claims: list[Claim]) -> bool:
    """An incident whose every count is a state's forces' count of their enemy's dead, relayed with no claimant
    read as the state itself (``own_losses.relayed_enemy_dead``: "the army's statement that its troops 'neutralised 47
    terrorists'"), every event done by one and the same state force: that force's claim."""
    from sitrep.stories.merge import same_actor

    doer = g[0].actor1 if g else None
    return (doer is not None and (doer.entity_id or "").upper().endswith(STATE_FORCES)
            and _sides_only(claims) and all(e.actor1 is not None and same_actor(e.actor1, doer) for e in g)
            and all(c[3].startswith("article:") or not _known_actor(c[3]) or unnamed_teller(c[3]) for c in claims))


def _counts_own_dead(g: list[Event], claims: list[Claim]) -> bool:
    """The incident's one claimant also counts a deed done to it (a claim not of its own deed, in an event whose
    victim is that claimant's side: "three soldiers were killed when militants fired on an army patrol, an army
    spokesman said"): its own losses, which it has no cause to inflate."""
    from sitrep.stories.merge import same_actor

    sides = {c[3] for c in claims}
    if len(sides) != 1:
        return False
    side = next(iter(sides))
    ref = ActorRef(side, side)
    return any(not c[8] for c in claims) and any(e.actor2 is not None and same_actor(e.actor2, ref) for e in g)


def _known_actor(claimant: str) -> bool:
    """A claimant read as a known actor's id ("MLI_MIL", "x:residents"), not as its words ("the army general staff")."""
    return ":" in claimant or "_" in claimant or claimant.isupper()


def _sides_only(claims: list[Claim]) -> bool:
    """Every claim is told by the side whose deed it counts (:func:`incident_toll`: never the best beside another's)."""
    return bool(claims) and all(c[8] for c in claims)


def _sole_claimant(claims: list[Claim]) -> Optional[str]:
    """The one claimant of all the claims, None when several or only articles tell them."""
    who = {c[3] for c in claims}
    return next(iter(who)) if len(who) == 1 and not next(iter(who)).startswith("article:") else None


def _sides_apart(made, claims_of: dict[int, list[Claim]], cands: list[Event]  # type: ignore[no-untyped-def]
                 ) -> tuple[list[IncidentToll], list[IncidentToll]]:
    """(incidents, party): ``party`` holds the incidents counted only by a side of the fighting about its own
    action (never added); a state's count relayed with no claimant is labelled as its own."""
    from sitrep.stories.merge import same_actor

    incidents: list[IncidentToll] = []
    party: list[IncidentToll] = []  # incidents counted only by a side of the fighting about its own action
    claimants = {c[3] for inc, _g, _v in made for c in claims_of[id(inc)] if not c[3].startswith("article:")}
    sides = {w for w in claimants if any(a is not None and same_actor(a, ActorRef(w, w))
                                         for e in cands for a in (e.actor1, e.actor2))}  # claimants that fight
    for inc, g, _v in made:
        claims = claims_of[id(inc)]
        own = _own_side_count(g, claims, _sole_claimant(claims), sides)
        if not own and _relayed_side(g, claims):
            own = True  # a state's count of its enemy's dead relayed with no state claimant read: labelled as its own
            inc.claimant = g[0].actor1.name if g[0].actor1 is not None else inc.claimant
        (party if own else incidents).append(inc)
    return incidents, party


def _only_count(incidents: list[IncidentToll], party: list[IncidentToll]
                ) -> tuple[list[IncidentToll], list[IncidentToll]]:
    """(incidents, party) with a side's count of its own deed added when it is the story's only count of dead, of
    one side ("Police killed three men during a raid, a police spokesman said"; "the military said troops killed six
    militants"): no other count stands beside it, so, as ACLED codes the fatalities its one source gives, it is the
    total, still labelled with its claimant. Beside any other count of the story's dead (the elders' 12 beside the
    army's "neutralised 40"), or beside another side's claim, it stays a party claim, never added."""
    if incidents or not party or len({i.claimant for i in party}) != 1 or party[0].claimant is None:
        return incidents, party
    return party, []


def _own_side_count(g: list[Event], claims: list[Claim], only: Optional[str], sides: set[str]) -> bool:
    """The incident's one claimant is the side that acted in it, counting what it did (not its own dead)."""
    from sitrep.stories.merge import same_actor

    # (a side that also counts its own dead in the incident, "three soldiers were killed ... the number of dead
    # rose to four soldiers and 14 militants, the army said", gives the incident's count, not a boast)
    own = only is not None and any(e.actor1 is not None and same_actor(e.actor1, ActorRef(only, only)) for e in g) \
        and not _counts_own_dead(g, claims)
    if not own and only is not None and only in sides:
        # a side of the fighting counting the other side's dead ("the ministry said 101 regime soldiers were
        # neutralised", whoever the sentence is read to name as acting): that side's claim, never added
        own = all(e.actor2 is not None and not same_actor(e.actor2, ActorRef(only, only)) for e in g) \
            and not own_losses(only, g) \
            and not civilians_of_another(only, g)  # "12 soldiers were killed, an army officer said": its own dead;
        # "the gunmen killed five people, police said": civilians its enemy killed, no boast
    return own


def _carry_side_claims(incidents: list[IncidentToll], party: list[IncidentToll], made, claims_of: dict[int, list[Claim]],  # type: ignore[no-untyped-def]
                       names: dict[str, str]) -> None:
    """An incident no one is quoted for, told in a report that quotes the acting side for its other counts of what
    it did ("the ministry said its forces neutralised 40 fighters ... Last week its army also killed 25 enemy
    soldiers"), is that side's claim too: the report relays it. It moves to ``party`` with that claimant."""
    from sitrep.stories.merge import same_actor

    side_by_article: dict[str, list[str]] = {}
    for inc, _g, _v in made:
        if inc in party:
            for c in claims_of[id(inc)]:
                side_by_article.setdefault(c[5], []).append(c[3])
    if not side_by_article:
        return
    for inc, g, _v in made:
        if inc not in incidents:
            continue
        claims = claims_of[id(inc)]
        if not claims or any(not c[3].startswith("article:") for c in claims):
            continue
        actors = [e.actor1 for e in g]
        if any(a is None for a in actors):
            continue
        sides = []
        for c in claims:
            side = next((w for w in side_by_article.get(c[5], []) if all(same_actor(a, ActorRef(w, w)) for a in actors)), None)
            if side is None:
                break
            sides.append(side)
        else:
            if len(set(sides)) == 1:
                inc.claimant = names.get(sides[0], sides[0])
                incidents.remove(inc)
                party.append(inc)
