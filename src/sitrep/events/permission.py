"""A deed a law or a measure permits is no deed done (issue 11; false events in policy reports).

"a state of emergency that lets police arrest suspected gang members without a warrant", "the law allows soldiers to
detain anyone for 30 days", "a decree that permits the army to shoot looters": the deed is a power that a rule gives,
not an arrest made. :func:`permitted_by_rule` reads a verb of permitting (cue ``permission_verbs``: let, allow,
permit, authorise, empower, enable) so when its subject is a rule (cue ``permitting_rules``: law, emergency, decree,
measure, act ...), or, for "that lets" / "which allows", the rule the relative clause describes, and for "an
amendment allowing ..." the rule the participle describes (branch subtypes18, mixed_reports12 e24). "The commander
allowed his men to loot the town" (a person permitting) is not so read: it tells what was done.

:func:`permit_for` reads a deed noun that a permit is for (cue ``permit_nouns``: "refused permission for Tuesday's
rally", "applied for a permit for the march"): a deed still to come, granted or not, not one held (branch
modality18: mixed_reports9 w20).
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import child

__all__ = ["permit_for", "permitted_by_rule"]

_RELATIVE = frozenset({"that", "which"})


def permitted_by_rule(verb) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` is a verb of permitting whose doer is a rule (module docstring)."""
    if verb.lemma_.lower() not in sense_cue("permission_verbs"):
        return False
    subj = child(verb, "nsubj")
    if subj is not None and subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG":
        subj = verb.head  # "passed an amendment allowing police to detain suspects": the rule the participle describes
    if subj is None:
        return False
    rules = sense_cue("permitting_rules")
    # "a state of emergency that lets ...": the rule is the "of" object of "state"
    return subj.lemma_.lower() in rules or any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in rules for o in p.children) for p in subj.children)


def permit_for(trig) -> bool:  # type: ignore[no-untyped-def]
    """``trig`` is a deed noun (or its first conjunct is) that is the "for" object of a permit noun (module
    docstring)."""
    if trig.pos_ not in ("NOUN", "PROPN"):
        return False
    base = trig
    while base.dep_ == "conj" and base.head.i != base.i:
        base = base.head
    return base.dep_ == "pobj" and base.head.lower_ == "for" and \
        base.head.head.lemma_.lower() in sense_cue("permit_nouns")
