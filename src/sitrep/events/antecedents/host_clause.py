"""A subject pronoun takes up the subject of the clause its own clause hangs on ("The militia was ruthless
when it massacred ...", "the army arrived and they searched ..."): :func:`host_subject`, the clause link
(:func:`_host_verb`) and another candidate between that leaves it blank (:func:`_rival_between`).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.antecedents.candidates import _agrees, _named_by, _verb_argument, _where
from sitrep.events.antecedents.descriptions import said_of
from sitrep.events.antecedents.group_noun import group_antecedent
from sitrep.events.deps import child
from sitrep.events.roles import ActorFinder
from sitrep.events.weapon_pronoun import weapon_subject
from sitrep.model import ActorRef


# clause links through which a subject pronoun's clause hangs on a clause whose subject it repeats ("X was ruthless
# when it killed", "X arrived and they searched", "X strafed the factory, where it killed")
HOST_LINKS = frozenset({"advcl", "conj"})


def host_subject(pron, finder: ActorFinder) -> tuple[Optional[ActorRef], bool]:  # type: ignore[no-untyped-def]
    """The subject of the clause that the pronoun's own clause hangs on in its sentence, which a subject pronoun takes
    up: "The militia was ruthless when it massacred the villagers" (adverbial clause), "the army arrived and they
    searched every house" (conjoined clause), "the air force strafed the factory, where it killed three workers" (a
    "where"/"when" relative on the object). Through a chain of such clauses whose subject is the same pronoun. None
    when the subject does not agree with the pronoun (it: one body, not a person; they: a plural or a body; he/she: a
    person), when another candidate of the pronoun's kind is named between ("the troops fought the rebels until they
    ..."), or when the clause hangs on nothing of the kind (a said-clause is the speaker's: :func:`antecedent`).
    Returned with True when such a rival was found (the pronoun is then left blank, not read further back)."""
    base = pron.lower_
    if pron.dep_ != "nsubj" or base not in ("it", "they", "he", "she"):
        return None, False
    verb = pron.head
    for _ in range(4):
        gov = _host_verb(verb)
        if gov is None:
            return None, False
        subj = child(gov, "nsubj", "nsubjpass")
        if subj is None or subj.lower_ == base:
            verb = gov  # "X arrived, searched ... and they ...", "X ..., and it has shown ... as it bombed"
            continue
        if subj.pos_ == "PRON" or subj.i > pron.i:
            return None, False
        if base == "it" and weapon_subject(subj, finder.onto):
            return None, True  # "a roadside bomb killed two soldiers when it struck their vehicle": it is the bomb
        if any(c.dep_ == "conj" for c in subj.children):
            return None, True  # "X and Y attacked ... and they ...": both, not X alone; "it": neither
        ref = finder.actor(subj) or group_antecedent(subj, finder)  # "the organization": the one group named before
        if ref is None or not _agrees(base, subj, ref, finder):
            return None, False
        if _rival_between(base, subj, pron, finder):
            return None, True
        named = group_antecedent(subj, finder) if ref.entity_id.startswith("x:") else None
        return named or ref, False  # "ISIS ... The group was ruthless when it killed ...": ISIS
    return None, False


    # ("they returned fire"; not "they returned to the town and killed ...")


def _host_verb(verb):  # type: ignore[no-untyped-def]
    """The verb whose clause the clause of ``verb`` hangs on: its head through advcl/conj, or, for a "where"/"when"
    relative on a noun, the verb that noun belongs to (through prepositions); None otherwise."""
    if verb.dep_ in HOST_LINKS and verb.head.i != verb.i:
        gov = verb.head
    elif verb.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in verb.children):
        gov = verb.head
        while gov.dep_ in ("dobj", "pobj", "prep") and gov.head.i != gov.i:
            gov = gov.head
    else:
        return None
    return gov if gov.pos_ in ("VERB", "AUX") else None


def _rival_between(base: str, subj, pron, finder: ActorFinder) -> bool:  # type: ignore[no-untyped-def]
    """Another phrase between the subject and the pronoun could be what the pronoun stands for: an argument of a verb
    (object, subject, a preposition's object on the verb) naming an actor that agrees with it ("the troops fought the
    rebels until they ...", not "demanded the release of the prisoners, and they ...") or a name of a person, body or
    people anywhere."""
    doc = pron.doc
    sub = {t.i for t in subj.subtree}
    for t in doc[subj.i + 1:pron.i]:
        if t.i in sub or t.pos_ not in ("NOUN", "PROPN") or not _verb_argument(t) or _where(t) or said_of(t, subj):
            continue
        ref = _named_by(t, finder)
        if ref is not None and _agrees(base, t, ref, finder):
            return True
    lo, hi = max(t.idx + len(t.text) for t in subj.subtree), pron.idx
    return any(m.entity_id and lo <= m.span.start and m.span.end <= hi and m.kind in ("PERSON", "ORG", "NORP")
               for m in finder.mentions)
