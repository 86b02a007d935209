"""A body sentence that suspects a named armed group with no deed named beside it (issue 16, branch terror3).

"No group claimed the attack, but the security officials said they suspected Islamic State militants": the suspicion
names no deed of its own, so it is read of the report's incident: the group becomes the doer of the asserted violent
deeds told with no named doer, as a headline's blame does (events/headline_blame.credit_blamed_group: not when the
group denies, nor when the report names another group as a doer). The verb is "suspect" with the group as its direct
object and no "for"/"on" phrase; a negated verb ("did not suspect") names no one, nor a passive one ("police said the
dead were suspected X gang members": what the victims are said to be). A bare "blamed X" is
events/accusation's (bare_blame, with its checks for denials and answering blames).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.headline_blame import credit_blamed_group, group_named
from sitrep.events.roles import ActorFinder
from sitrep.model import ActorRef, EventMention
from sitrep.nlp.doctext import doc_attr
from sitrep.nlp.span_words import lemma_lowers

__all__ = ["credit_body_blame"]

_VERBS = frozenset({"suspect"})


def _accused(doc, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The one named armed group that a body sentence suspects with no deed named beside it, or None."""
    found = {}
    lems = lemma_lowers(doc)
    if _VERBS.isdisjoint(lems):
        return None
    for i, pos in enumerate(doc_attr(doc, "pos_")):
        if pos != "VERB" or lems[i] not in _VERBS:
            continue
        t = doc[i]
        kids = list(t.children)
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
            continue  # "the dead were suspected X members": what the victims are said to be, no one suspected of a deed
        if any(c.dep_ == "neg" for c in kids) or any(c.dep_ in ("prep", "dative") and c.lower_ in ("for", "on")
                                                     for c in kids):
            continue
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        words = doc.text[doc[obj.left_edge.i].idx:obj.idx + len(obj.text)]
        ref = group_named(words, finder)
        if ref is not None:
            found[ref.entity_id] = ref
    return next(iter(found.values())) if len(found) == 1 else None


def credit_body_blame(out: list[EventMention], doc, finder: ActorFinder) -> None:  # type: ignore[no-untyped-def]
    """Name the group a body sentence suspects as the doer of the deeds told with no named doer."""
    accused = _accused(doc, finder)
    if accused is not None:
        credit_blamed_group(out, accused, finder)
