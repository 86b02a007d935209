"""The order in which a subject pronoun (or "those forces") is read (:func:`antecedent`): "I"/"we" in a
quotation, the cases left blank, the clause it hangs on, the speaker of a verb of saying above it, then the acting
side of an earlier event or the nearest earlier name.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.antecedents.common import POSSESSIVE
from sitrep.events.antecedents.earlier_event import earlier_actor
from sitrep.events.antecedents.host_clause import host_subject
from sitrep.events.antecedents.left_open import answers, both_sides_before
from sitrep.events.antecedents.owned_forces import owned_forces
from sitrep.events.antecedents.quoted import pronoun_speaker, quoted_speaker
from sitrep.events.antecedents.speaker import speaker_antecedent, unarmed_speaker
from sitrep.events.deps import child
from sitrep.events.doer_antecedent import other_number_speaker, told_side, unarmed_speaker_after
from sitrep.events.modality import governors
from sitrep.events.ontology import Ontology
from sitrep.events.quoted_pronoun import third_person_quoted
from sitrep.events.roles import ActorFinder
from sitrep.events.triggers import Group
from sitrep.model import ActorRef, EventMention


def antecedent(pron, g: Group, onto: Ontology, finder: ActorFinder, prev: list[EventMention], sent) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """Who a subject pronoun stands for: the speaker ("Turkey said it struck ..."), else the
    acting side of the nearest earlier event of the article ("The army ... . They then took ...")."""
    base = POSSESSIVE.get(pron.lower_, pron.lower_)
    person = base in ("he", "she")
    if base in ("we", "i"):  # a quoted speaker or their side, never the actor of the previous event
        return quoted_speaker(pron, finder) or (pronoun_speaker(pron, onto, finder) if base == "i" else None)
    if third_person_quoted(pron):
        return None  # '"They shot at us," said X': neither X nor the doer told before (events/quoted_pronoun)
    if both_sides_before(pron, finder):
        return None  # "X killed Y after they attacked ...": they may be either side, a guess
    if answers(pron):
        return None  # "the troops fired on the convoy and they shot back": the side fired on, not named as such
    host, rival = host_subject(pron, finder)
    if host is not None or rival:  # "the militia was ruthless when it massacred ...": the subject the clause hangs on
        return host  # (none when another candidate stands between: "X surrounded Y and they killed ...")
    first = g.head
    while first.dep_ == "conj" and first.head is not first and first.head.pos_ in ("VERB", "AUX") \
            and child(first, "nsubj", "nsubjpass") in (None, pron):
        first = first.head  # "X said it had arrested and killed two": the deed joined to the said one is said too
    gov = next((gv for gv in governors(first) if gv.lemma_.lower() in onto.cue("speech_verbs")), None)
    if gov is not None:
        s = child(gov, "nsubj")
        if other_number_speaker(base, s):  # "They said its fighters ...", "It said they killed ...": the one side
            return told_side(pron, finder, set(), nonstate=False)  # named before that neither speaks nor accuses
        if base in ("it", "they") and unarmed_speaker_after(pron, s, finder):  # "They killed two rangers, the reserve's management said":
            return told_side(pron, finder, set(), nonstate=False)  # the one armed side named before
        owner = owned_forces(pron.head) if pron.dep_ == "poss" else None
        if owner is not None and owner.i == pron.i and unarmed_speaker(s, onto, finder):
            pass  # "its gunmen attacked the council's office, the council said": not the council's gunmen
        elif not (base == "they" and s is not None and s.lower_ in ("he", "she", "i")):
            return speaker_antecedent(pron, s, person, finder)
        # "He said they killed ...": one person speaks of others, who are named before
    return earlier_actor(pron, base, onto, finder, prev, sent)
