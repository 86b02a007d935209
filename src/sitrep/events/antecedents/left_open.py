"""Pronouns left blank or a side ruled out because either side may be meant: a pronoun in an adverbial
clause on a verb with two sides (:func:`both_sides_before`), the subject of a verb of answering a deed
(:func:`answers`), and a side named again as what the pronoun's own clause acts on (:func:`named_in_own_clause`).
"""
from __future__ import annotations

from sitrep.events.antecedents.common import PRONOUNS, antecedent_cue
from sitrep.events.roles import ActorFinder
from sitrep.model import ActorRef


# verbs of answering a deed: their subject is the side the deed was done to ("X fired and they retaliated")
RETURN_VERBS = antecedent_cue("return_verbs")  # (data/antecedent_cues.tsv)


def named_in_own_clause(pron, ref: ActorRef, finder: ActorFinder) -> bool:  # type: ignore[no-untyped-def]
    """The side a subject pronoun was read as is named again inside the pronoun's own clause, as what its verbs act on
    ("they tried to encircle the Korsa Front units and annihilate them": not the Korsa Front): a clause's subject
    and its object are not one side. Clauses hung on the verb as adverbials ("when the army came, they ...") do not
    count: the side they name may well be the pronoun."""
    verb = pron.head
    if pron.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
        return False
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)) for c in verb.children
             if c.i > pron.i and c.dep_ not in ("advcl", "nsubj", "nsubjpass", "punct", "cc", "parataxis", "ccomp")]
    return any(m.entity_id == ref.entity_id and any(s <= m.span.start and m.span.end <= e for s, e in spans)
               for m in finder.mentions if m.entity_id)


def answers(pron) -> bool:  # type: ignore[no-untyped-def]
    """The pronoun is the subject of a verb of answering a deed ("they shot back", "it retaliated"): it stands for the
    side the deed told before was done to, not for its doer, the nearest acting side."""
    verb = pron.head
    return pron.dep_ == "nsubj" and (verb.lemma_.lower() in RETURN_VERBS or any(
        (c.lower_ == "back" and c.dep_ in ("prt", "advmod"))
        or (c.dep_ == "dobj" and c.lower_ == "fire" and verb.lemma_.lower() == "return") for c in verb.children))


def both_sides_before(pron, finder: ActorFinder) -> bool:  # type: ignore[no-untyped-def]
    """The pronoun is the subject of an adverbial clause ("after they attacked a base") hung on a verb whose clause
    names two actors, one acting and one acted on: "troops killed the fighters after they attacked a base", "the
    fighters were killed by troops after they attacked": either side may be meant, so naming one is a guess."""
    verb = pron.head
    if pron.dep_ != "nsubj" or verb.dep_ != "advcl":
        return False
    host = verb.head
    sides = [c for c in host.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    sides += [p for a in host.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    return len([t for t in sides if t.lower_ in PRONOUNS or finder.actor(t) is not None]) >= 2
