"""The attackers told after a group's claim are that group's men.

"Islamic State Sahel Province said its fighters attacked the post. The attackers fired rockets at the barracks ...",
"The ELN said in a communique that its fighters attacked the base. The attackers launched four charges ...": a
group that says its own men did the deed (an event whose doer is "its fighters" / "their men" read as a claiming
group, events/claims.claiming_group) has told who "the attackers" of the sentences after it are. A later violent
event whose doer is only a definite generic noun of attackers ("the attackers", "the assailants", "the gunmen":
events/claims.generic_attacker) takes that group (confidence 0.6, the group's span in the claim). Only when one
group so claims in the report (two claimants, or a named doer of another deed between, leave it unsaid: blank beats
wrong), never past a sentence that opens another incident ("Separately, ..."), never an event before the claim
(events/claims.credit_bare_claims looks back), never a named doer replaced.
"""
from __future__ import annotations

from sitrep.events.claims import generic_attacker, claiming_group, opens_another
from sitrep.events.roles import ActorFinder
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention

__all__ = ["credit_claimed_attackers"]

_OWN = ("its ", "their ")


def _own_men_claim(e: EventMention, finder: ActorFinder) -> bool:
    a = e.actor1
    return (e.event_type in VIOLENT_EVENT_TYPES and a is not None and a.span is not None
            and a.span.text.lower().startswith(_OWN) and claiming_group(a, finder))


def credit_claimed_attackers(events: list[EventMention], finder: ActorFinder, text: str) -> None:
    """``events`` (changed in place): a violent event after one group's own-men claim whose doer is only "the
    attackers" (a definite generic noun) takes the group."""
    claims = [e for e in events if _own_men_claim(e, finder)]
    groups = {e.actor1.entity_id for e in claims if e.actor1 is not None}
    if len(groups) != 1:
        return
    first = min(claims, key=lambda e: e.sentence.start)
    g = first.actor1
    assert g is not None
    sents = finder.an.sentences
    for e in sorted(events, key=lambda e: e.sentence.start):
        if e.sentence.start <= first.sentence.start or e.event_type not in VIOLENT_EVENT_TYPES:
            continue
        a = e.actor1
        if a is not None and not generic_attacker(a):
            if a.entity_id != g.entity_id:
                break  # a deed with another named doer: "the attackers" after it may be its men
            continue
        if any(first.sentence.end <= s.start <= e.sentence.start and opens_another(text[s.start:s.end]) for s in sents):
            break
        if a is None or a.span is None or not a.span.text.lower().startswith("the "):
            continue  # no doer, or "gunmen" with no article: maybe other men
        e.actor1 = ActorRef(g.entity_id, g.name, g.span, "primary", 0.6)
