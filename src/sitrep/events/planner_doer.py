"""The one who planned or ordered the deed a report has told is its doer (issue 16, branch attackers25).

"Vimal Jha was shot dead at his house ... Two men opened fire ... Police arrested X ... X had planned the killing and
hired the shooter": the killing "planned" here is not one still to come (events/modality reads "planned the attack"
as a plan) but the deed told before, pointed back at by a definite noun under a past verb of planning or ordering.
Its planner becomes actor1 of the report's asserted violent deeds told before it whose doer is unnamed (blank, an
unidentified group, "two men"); confidence 0.6. Only one planner in the report; never a negated plan ("had not
ordered the killing"), a plan to do something ("planned to kill"), a present or future plan, or a victim of the deed.

Nor a plan only asked about: "investigators did not yet know who the gunmen were or whether a gang had ordered the
killing" names a suspicion, not a planner (a plan verb, or a clause above it, opened by "whether" or "if";
attack_reports22 p15, branch roles26).
"""
from __future__ import annotations

from sitrep.events.charged_suspect import unnamed_doer
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention

# verbs whose object deed another carried out for the subject ("X had ordered the killing", "masterminded the attack")
PLAN_VERBS = frozenset({"plan", "order", "mastermind", "orchestrate", "organise", "organize", "commission"})

# the marks of a clause that asks rather than tells ("whether a gang had ordered the killing", "if anyone planned it")
ASKING_MARKS = frozenset({"whether", "if"})


def _asked(v) -> bool:  # type: ignore[no-untyped-def]
    """``v`` or a clause above it is opened by "whether" or "if": the plan is asked about, not told."""
    for t in (v, *v.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in ASKING_MARKS for c in t.children):
            return True
    return False


def _told_deed_planned(doc, e: EventMention) -> bool:  # type: ignore[no-untyped-def]
    """``e``'s trigger is a definite deed noun, the object of a past verb of planning ("had planned the killing",
    "ordered the attack")."""
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if span is None:
        return False
    t = span.root
    v = t.head
    if t.pos_ != "NOUN" or t.dep_ != "dobj" or v.lemma_.lower() not in PLAN_VERBS or v.pos_ != "VERB":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) or any(c.dep_ == "neg" for c in v.children):
        return False
    if _asked(v):
        return False
    perfect = v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in v.children)
    return v.tag_ == "VBD" or perfect


def credit_planner(events: list[EventMention], doc) -> None:  # type: ignore[no-untyped-def]
    """The planner of the deed told before becomes its doer (module docstring)."""
    plans = [p for p in events if p.modality == "planned" and p.event_type in VIOLENT_EVENT_TYPES
             and p.trigger is not None and not unnamed_doer(p.actor1) and _told_deed_planned(doc, p)]
    if len({p.actor1.entity_id for p in plans}) != 1:
        return
    p = plans[0]
    for e in events:
        if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted" and e.trigger is not None \
                and e.trigger.start < p.trigger.start and unnamed_doer(e.actor1) \
                and not (e.actor2 is not None and e.actor2.name.lower() == p.actor1.name.lower()):
            e.actor1 = ActorRef(p.actor1.entity_id, p.actor1.name, p.actor1.span, "primary", 0.6)
