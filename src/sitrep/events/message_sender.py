"""The group that sends a message claiming a deed is the one that claims it (issue 16).

"A statement from the Kordavian Liberation Front claimed responsibility for the blast", "a social media post attributed
to the Red Dawn Front claimed the attack": the subject of the claim is the message (a word of the ontology cue
``claim_messages``), and the claimant is who sent it, named in its "from"/"by" phrase or after "attributed to",
"issued by", "signed by", "posted by", "sent by". Only as the subject of a verb that claims (data: the verbs below),
only a named group (never a person, a place, a state's speaker or a generic phrase: blank beats wrong); whether the
post is genuine is the modality's business, as for any claim.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from sitrep.model import ActorRef

if TYPE_CHECKING:
    from sitrep.events.roles import ActorFinder

__all__ = ["message_sender"]

_CLAIMING = frozenset({"claim", "accept", "take", "assume", "admit"})  # "claimed/took/accepted responsibility"
_SENT = frozenset({"attribute", "issue", "sign", "post", "send", "release", "publish", "purport"})
_SENDER_PREPS = frozenset({"from", "by", "to"})


def _sender_tokens(tok):  # type: ignore[no-untyped-def]
    """The heads of the phrases that name who sent the message headed by ``tok``."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            yield from (p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "acl" and c.lemma_.lower() in _SENT:  # "attributed to X", "issued by X"
            for prep in c.children:
                if prep.dep_ in ("prep", "agent") and prep.lower_ in _SENDER_PREPS:
                    yield from (p for p in prep.children if p.dep_ == "pobj")


def message_sender(finder: "ActorFinder", tok, role: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The named group that sent the claiming message headed by ``tok``, else None."""
    if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in _CLAIMING \
            or tok.lemma_.lower() not in finder.onto.cue("claim_messages"):
        return None
    from sitrep.events.claims import claiming_group

    for g in _sender_tokens(tok):
        ref = finder.actor(g, role)
        if claiming_group(ref, finder):
            return ref
    return None
