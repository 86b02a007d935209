"""The victim a pronoun names (:func:`pronoun_patient`): the noun a "who" qualifies, the object held by the
main clause before a participle ("tied the guard up, beating him": :func:`held_object`), the main subject of a "when"
clause ("troops were patrolling when they were attacked": :func:`when_clause_subject`), or the nearest earlier name.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.antecedents.common import OBJECT_PRONOUNS, antecedent_cue
from sitrep.events.antecedents.nearest_name import mention_antecedent
from sitrep.events.deps import child
from sitrep.events.roles import ActorFinder
from sitrep.model import ActorRef, Span


def pronoun_patient(tok, finder: ActorFinder, aid: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The victim named by a pronoun: "the girl who was stabbed" (who: the girl), "he was shot" / "killing them" (the
    nearest earlier name of the pronoun's kind, as :func:`mention_antecedent` finds it, with the pronoun as span)."""
    if tok.lower_ in ("who", "that") and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        return finder.actor(tok.head.head)
    base = OBJECT_PRONOUNS.get(tok.lower_)
    if base is None:
        return None
    held = held_object(tok)
    if held is not None:  # "the gang tied the guard up, beating him": the guard
        from sitrep.events.victim_nouns import person_patient

        ante = finder.actor(held) or person_patient(held, aid, finder)
        if ante is not None:
            return ActorRef(ante.entity_id, ante.name, Span(aid, tok.idx, tok.idx + len(tok.text), tok.text), "primary")
    main_subj = when_clause_subject(tok)
    if main_subj is not None:  # "troops were patrolling when they were attacked": the troops
        ante = finder.actor(main_subj)
        if ante is not None:
            return ActorRef(ante.entity_id, ante.name, Span(aid, tok.idx, tok.idx + len(tok.text), tok.text), "primary")
    ante = mention_antecedent(tok, finder, base)
    if ante is None:
        return None
    return ActorRef(ante.entity_id, ante.name, Span(aid, tok.idx, tok.idx + len(tok.text), tok.text), "primary")


# the words that open a clause of what befell the main clause's subject while it was doing something
_WHILE_MARKS = antecedent_cue("while_marks")  # (data/antecedent_cues.tsv)


def when_clause_subject(pron):  # type: ignore[no-untyped-def]
    """ "Troops of the brigade were patrolling near X when they were attacked", "The farmers were returning home as
    they were ambushed": the subject pronoun of a "when"/"as"/"while" clause hung on the main verb stands for the
    main clause's subject, a noun of the pronoun's number before it ("they": plural, "he"/"she": singular). None
    otherwise (no such clause, a subject that is a name or a pronoun, or one of the other number)."""
    if pron.dep_ not in ("nsubjpass", "nsubj") or pron.lower_ not in ("they", "he", "she"):
        return None
    v = pron.head
    if v.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in _WHILE_MARKS for c in v.children):
        return None
    main = v.head  # (the parser may hang the clause on the verb of saying after it: "X were patrolling when they
    # were attacked, the army said": the clause before "said" is the main one)
    main = next((c for c in main.children if c.dep_ == "ccomp" and c.i < v.i), main) if main.i > v.i else main
    subj = child(main, "nsubj")
    if subj is None or subj.pos_ != "NOUN" or subj.i > pron.i:
        return None
    plural = subj.tag_ == "NNS" or any(c.dep_ == "conj" for c in subj.children)
    return subj if plural == (pron.lower_ == "they") else None


def held_object(pron):  # type: ignore[no-untyped-def]
    """ "The gang tied the guard up, beating him", "rebels seized two farmers, killing them": the object pronoun of a
    participle clause set off by a comma after its main clause stands for the main verb's object, a person noun of
    the pronoun's number ("him"/"her": singular, "them": plural). None otherwise (no such clause, an object that is
    a thing or a name, or one of the other number)."""
    if pron.dep_ != "dobj" or pron.lower_ not in ("him", "her", "them"):
        return None
    v = pron.head
    while v.dep_ == "conj" and v.head.tag_ == "VBG":
        v = v.head  # "beating and kicking them"
    if v.tag_ != "VBG" or v.dep_ not in ("advcl", "conj", "xcomp") or v.left_edge.i == 0 \
            or pron.doc[v.left_edge.i - 1].text != ",":
        return None
    main = v.head
    obj = child(main, "dobj") if main.pos_ == "VERB" else None
    if obj is None or obj.pos_ != "NOUN" or obj.i > v.i:
        return None
    plural = obj.tag_ == "NNS" or any(c.dep_ == "conj" for c in obj.children)
    return obj if plural == (pron.lower_ == "them") else None
