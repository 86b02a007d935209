""""it"/"they" opening a sentence's main clause takes up the subject of the sentence before when it is
the one candidate there (:func:`previous_subject`); which clause of that sentence counts (:func:`told_clause`: the
clause said, when the speaker comes after it).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.antecedents.candidates import _agrees, _in_noun_clause, _named_by, _verb_argument, _where
from sitrep.events.antecedents.common import POSSESSIVE
from sitrep.events.antecedents.descriptions import coordinates, described_by, named_outside_description, said_of
from sitrep.events.deps import RELATIVE_WORDS, child
from sitrep.events.roles import ActorFinder
from sitrep.model import ActorRef
from sitrep.nlp.group_nouns import group_nouns


def previous_subject(pron, finder: ActorFinder) -> tuple[Optional[ActorRef], bool]:  # type: ignore[no-untyped-def]
    """ "it"/"they" as the subject of its sentence's main clause, or "its"/"their" owning that subject ("its gunmen
    attacked"): the subject of the previous sentence's main verb ("Boko Haram has grown stronger in the north. It
    attacked a post ..."), when it agrees with the pronoun (as in
    :func:`host_subject`) and is the one candidate there. Returned with True, and no actor, when another argument of
    a verb there names an actor that agrees ("The army said Boko Haram was regrouping. It attacked ..."); a name
    that only qualifies a thing ("stormed an al-Shabaab camp") or one in a clause on a noun is no rival."""
    base = POSSESSIVE.get(pron.lower_, pron.lower_)
    subject = pron.head if pron.dep_ == "poss" and pron.head.dep_ == "nsubj" else pron  # "its gunmen attacked": "it"
    if subject.dep_ != "nsubj" or base not in ("it", "they") or pron.sent.start == 0:
        return None, False
    if subject.head.dep_ != "ROOT":
        main = told_clause(pron.sent, finder)  # or the clause a speaker put after it says ("its gunmen ..., X said")
        if main is None or subject.head.i != main.i:
            return None, False
    last = pron.doc[pron.sent.start - 1].sent
    clause = told_clause(last, finder)
    if clause is None:
        return None, False  # "Police said the robbers entered ...": who speaks is not who the next sentence follows
    subj = child(clause, "nsubj", "nsubjpass")
    if subj is None or subj.pos_ == "PRON" or subj.lower_ in RELATIVE_WORDS:
        return None, False
    if any(c.dep_ == "conj" for c in subj.children) and coordinates(subj):
        return None, True  # "Hamas and Islamic Jihad fired rockets. It ...": neither; "they": both, not one
    ref = finder.actor(subj)
    if ref is not None and described_by(subj, ref):
        ref = named_outside_description(subj, finder)  # "Fighters of X (ACR), al Qaeda's branch in the Sahel": X
    if ref is None and subj.lemma_.lower() in group_nouns("pointer") and (subj.tag_ in ("NNS", "NNPS")) == (base == "they"):
        return None, True  # "Some groups are in hiding. They burned buses": the groups, who are named nowhere
    if ref is None or not _agrees(base, subj, ref, finder):
        return None, False
    sub = {t.i for t in subj.subtree}
    for t in (last if clause is last.root else clause.subtree):
        if t.i in sub or t.pos_ not in ("NOUN", "PROPN") or not _verb_argument(t) or _in_noun_clause(t) \
                or _where(t) or said_of(t, subj):
            continue
        other = _named_by(t, finder)
        if other is not None and other.entity_id != ref.entity_id and _agrees(base, t, other, finder):
            return None, True
    return ref, False


def told_clause(sent, finder: ActorFinder):  # type: ignore[no-untyped-def]
    """The clause of ``sent`` whose subject a pronoun opening the next sentence may take up: its main verb, or, when
    that is a verb of saying put after what is said ("Fighters of X had crossed the river, one of the sources said"),
    the clause said; None when the sayer comes first ("Police said the robbers entered ..."), whose own sentence
    may still go on about the sayer."""
    root = sent.root
    if root.lemma_.lower() not in finder.onto.cue("speech_verbs"):
        return root
    said = child(root, "ccomp")
    speaker = child(root, "nsubj")
    if said is None or speaker is None or speaker.i < said.i or said.pos_ not in ("VERB", "AUX"):
        return None
    return said
