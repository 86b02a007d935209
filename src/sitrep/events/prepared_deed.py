"""Who did a deed told as what followed their preparation: "Troops were seen gathering near the hotel before the
assault began", "Rebel fighters massed outside the town before the attack": the armed side that gathered, massed or
took up positions before a doer-less deed noun is that deed's doer (issue 16, branch roles21, RAMS dev).

One decision, read one way: the deed noun is the subject of a verb of its onset ("began", "started", "got under
way") in a "before" clause, or the object of "before", hung on a verb of getting ready (:data:`PREPARE_VERBS`, also
through "were seen gathering"); that verb's subject names an armed side (``antecedents.armed_side``: not civilians,
a person, the media or an aid group). Nothing for any other verb ("Villagers fled before the attack began": who fled
is the side attacked, or nobody), nor for a deed that names its own doer or stands in another sentence.
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.events.deps import subject
from sitrep.events.roles import ActorFinder
from sitrep.model import ActorRef

# verbs of getting ready for an assault (common English usage in conflict reporting): their subject is the side that
# then attacks. Moving away ("withdraw", "flee", "evacuate") is left out: who leaves before an assault is its target
PREPARE_VERBS = frozenset({"gather", "mass", "amass", "assemble", "muster", "regroup", "deploy", "position",
                           "prepare", "converge", "mobilize", "mobilise", "reinforce", "line"})
# verbs of a deed's onset, whose subject is the deed itself ("before the assault began")
ONSET_VERBS = frozenset({"begin", "start", "commence"})


def _prepared_head(tok: Any) -> Optional[Any]:
    """The verb the "before" phrase of deed noun ``tok`` hangs on: the governor of "before the assault began"
    (its onset verb an adverbial clause marked "before") or of "before the attack" (a prepositional phrase)."""
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in ONSET_VERBS and tok.head.dep_ == "advcl" \
            and any(c.dep_ == "mark" and c.lower_ == "before" for c in tok.head.children):
        return tok.head.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "before" and tok.head.dep_ == "prep":
        return tok.head.head
    return None


def _preparing(head: Any) -> Optional[Any]:
    """``head`` or its open complement when it is a verb of getting ready ("massed", "were seen gathering")."""
    for v in (head, *[c for c in head.children if c.dep_ in ("xcomp", "oprd")]):
        if v.pos_ == "VERB" and v.lemma_.lower() in PREPARE_VERBS:
            return v
    return None


def prepared_deed_doer(tok: Any, finder: ActorFinder) -> Optional[ActorRef]:
    """The armed side that got ready before deed noun ``tok`` ("Troops were seen gathering on the scene before the
    assault began": the troops); None when the phrase hangs on no verb of getting ready, its subject is a pronoun,
    several sides joined ("X and Y massed": either, or both; left to the named doer paths) or no armed side."""
    from sitrep.events.antecedents import armed_side

    if tok.pos_ != "NOUN" or any(c.dep_ in ("poss", "compound") and c.pos_ == "PROPN" for c in tok.children):
        return None  # "before Russia's offensive began": the deed names its own doer
    head = _prepared_head(tok)
    if head is None or _preparing(head) is None:
        return None
    while head.dep_ in ("xcomp", "oprd") and subject(head, "nsubj", "nsubjpass") is None and head.head is not head:
        head = head.head  # "fighters were seen gathering ... before the assault began": who was seen
    subj = subject(head, "nsubj", "nsubjpass")
    if subj is None and head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN"):
        subj = head.head  # "Rebel fighters assembled outside the town before the attack" read as a noun phrase
    if subj is None or subj.pos_ == "PRON" or any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in subj.children):
        return None
    ref = finder.actor(subj)
    return ref if ref is not None and armed_side(ref, finder.onto, finder) else None
