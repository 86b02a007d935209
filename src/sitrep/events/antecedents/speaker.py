"""Who a subject pronoun in what someone says stands for (:func:`speaker_antecedent`): the speaker, the body a
spokesman speaks for (:func:`speaker_principal`, data/speaker_nouns.tsv), a person named before when a body or several
speak (:func:`many_or_body`), or the claimant the attribution layer found; whether a speaker names no armed side
(:func:`unarmed_speaker`) and whether a claimant is a person (:func:`claimant_person`).
"""
from __future__ import annotations

import functools
from typing import Optional

from sitrep.events.antecedents.armed_side import armed_side
from sitrep.events.antecedents.group_noun import group_antecedent
from sitrep.events.antecedents.nearest_name import mention_antecedent
from sitrep.events.ontology import Ontology
from sitrep.events.roles import ActorFinder, is_person
from sitrep.model import ActorRef
from sitrep.resources import data_rows


def speaker_antecedent(pron, s, person: bool, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """Who a subject pronoun in what ``s`` (the subject of a verb of saying above it, or None) says stands for."""
    if person and s is not None and s.pos_ != "PRON" and many_or_body(s):
        return mention_antecedent(pron, finder)  # "Prosecutors say he stabbed ...": a person named before,
        # when no other person stands beside them ("X met Y. Police said she ..." is left blank)
    if s is not None and s.pos_ != "PRON" and speaker_noun(s):
        ref = speaker_principal(s, finder)  # "a spokesman for the rebels said they ...": the rebels
        return ref if ref is not None and not person and is_person(ref, finder) == person else None
    if s is not None and s.pos_ != "PRON":
        ref = finder.actor(s, via_modifier=False)
        if ref is not None and ref.entity_id.startswith("x:"):
            ref = group_antecedent(s, finder) or ref  # "ISIS ... The group said it killed ...": ISIS
        if ref is not None and is_person(ref, finder) == person:
            return ref
    for a in finder.an.attributions:  # the claimant the attribution layer found for this claim
        if a.claimant_id and a.claim_start is not None and a.claim_end is not None \
                and a.claim_start <= pron.idx < a.claim_end:
            ref = ActorRef(a.claimant_id, a.claimant_name or a.span.text, a.span, "primary")
            return ref if claimant_person(ref, finder) == person else None
    return None  # "X said it ...": it is the speaker, whoever the parse missed


def unarmed_speaker(s, onto: Ontology, finder: ActorFinder) -> bool:  # type: ignore[no-untyped-def]
    """The subject ``s`` of a verb of saying names no armed side ("the council said", "the aid group said"), so the
    troops or gunmen that "its"/"their" owns in what it says are not its own; a spokesman speaks for his principal."""
    if s is None or s.pos_ == "PRON":
        return False
    ref = speaker_principal(s, finder) if speaker_noun(s) else finder.actor(s, via_modifier=False)
    return ref is None or not armed_side(ref, onto, finder)


def many_or_body(tok) -> bool:  # type: ignore[no-untyped-def]
    """The phrase headed by ``tok`` names several people or a body ("prosecutors", "police", "the ministry"), which
    "he"/"she" never stands for: a speaker of that kind tells of a person named before."""
    return tok.tag_ in ("NNS", "NNPS") or tok.ent_type_ in ("ORG", "GPE", "NORP") or tok.lower_ == "police"


@functools.lru_cache(maxsize=1)
def speaker_nouns() -> frozenset[str]:
    """Lemmas of data/speaker_nouns.tsv: who speaks for a body or tells what he saw ("spokesman", "witness")."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("speaker_nouns.tsv"))


def speaker_noun(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` heads a phrase naming a speaker ("a spokesman for the rebels", "police officials", "witnesses")."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in speaker_nouns() or tok.lower_ in speaker_nouns())


def speaker_principal(tok, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The body speaker noun ``tok`` speaks for: "a spokesman for / of / from the rebels", "the army's spokesman", "a
    Taliban spokesman", "police officials" -- the actor the phrase's owner, modifier or prepositional object names
    (not another speaker noun); None when the phrase names none ("witnesses", "an official", "its spokesman")."""
    cands = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "from")
             for p in c.children if p.dep_ == "pobj"]
    cands += sorted((c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i
                     and c.pos_ != "PRON"), key=lambda c: -c.i)
    for c in cands:
        if speaker_noun(c):
            continue
        ref = finder.actor(c)
        if ref is not None:
            return ref
    return None


def claimant_person(ref: ActorRef, finder: ActorFinder) -> bool:
    """The claimant of an attribution is a person: its phrase names one, or it is told by "he" / "she" ("He said the
    group was finished, days before it struck": the speaker is a person, so "it" is not the speaker)."""
    return is_person(ref, finder) or (ref.span is not None and ref.span.text.strip().lower() in ("he", "she", "i"))
