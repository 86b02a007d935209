"""Which phrase is a candidate for what a pronoun stands for: one that agrees with it ("it" one body, "they"
a plural or a body, "he"/"she" a person: :func:`_agrees`), an argument of a verb (:func:`_verb_argument`), not told in
a clause on a noun (:func:`_in_noun_clause`), not a place that only says where (:func:`_where`), and what actor its
head names (:func:`_named_by`). Read by host_clause, previous_subject and deed_before.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.antecedents.common import antecedent_cue, plural_doers
from sitrep.events.roles import ActorFinder, is_person
from sitrep.model import ActorRef


def _agrees(base: str, tok, ref: ActorRef, finder: ActorFinder) -> bool:  # type: ignore[no-untyped-def]
    """The phrase headed by ``tok`` (resolved to ``ref``) can be what pronoun ``base`` stands for: "it" one body (a
    singular noun, no person, not civilians), "they" a plural or a body, "he"/"she" a person."""
    person = is_person(ref, finder) or (  # "Fuentes": a surname alone the entity layer left out, the parser's name
        tok.ent_type_ == "PERSON" and not finder._mentions_in(tok.idx, tok.idx + len(tok.text)))
    if base in ("he", "she"):
        return person
    if person or (base == "it" and ref.entity_id == "CIVILIANS"):
        return False
    if base == "it":
        return tok.tag_ in ("NN", "NNP")
    return tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ in ("ORG", "NORP") or finder._dictionary_type(ref.entity_id) \
        is not None


def _in_noun_clause(t) -> bool:  # type: ignore[no-untyped-def]
    """``t`` lies in a clause that qualifies a noun ("information that the order released to the authorities"): a
    side told in passing, not a candidate for a pronoun of the next sentence."""
    cur = t
    while cur.head.i != cur.i:
        if cur.dep_ in ("relcl", "acl"):
            return True
        cur = cur.head
    return False


def _named_by(t, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The actor a phrase headed by ``t`` names when its head is a name or a word for people, offenders or a force
    (ontology cues agent_heads, civilian_words, nonstate_words; data/relation_nouns.tsv, data/plural_doers.tsv); not
    a thing a name qualifies ("an al-Shabaab camp")."""
    from sitrep.events.roles import lemma, relation_nouns

    words = finder.onto.cue("agent_heads") | finder.onto.cue("civilian_words") | finder.onto.cue("nonstate_words") \
        | relation_nouns() | plural_doers()
    if t.pos_ != "PROPN" and lemma(t) not in words:
        return None
    return finder.actor(t, via_modifier=False)


def _verb_argument(t) -> bool:  # type: ignore[no-untyped-def]
    """``t`` (or the head it is coordinated with) is a verb's subject, object or object of a preposition on the verb."""
    if t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    if t.dep_ in ("dobj", "dative", "nsubj", "nsubjpass", "attr", "oprd"):
        return True
    return t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent") and t.head.head.pos_ in ("VERB", "AUX")


# prepositions after which a place name only says where something happened ("stormed a hotel in Mogadishu"); not
# "to"/"from"/"into", after which a state may be a party ("sent troops to Kenya. It ...")
WHERE_PREPS = antecedent_cue("where_preps")  # (data/antecedent_cues.tsv)


def _where(t) -> bool:  # type: ignore[no-untyped-def]
    """``t`` is a place name that only says where: the object of a locative preposition ("in Mogadishu", "near
    Darko"), which no pronoun after it stands for, though the actor layer may read a capital as its government."""
    return t.dep_ == "pobj" and t.head.lower_ in WHERE_PREPS and t.ent_type_ in ("GPE", "LOC", "FAC")
