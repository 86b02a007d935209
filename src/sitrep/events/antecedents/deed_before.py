""""X's fighters stormed a hotel. The assault left 15 dead": a definite deed noun with no doer of its own
takes the armed subject of the sentence before when no other side is named there (:func:`deed_doer_before`).
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.antecedents.armed_side import armed_side
from sitrep.events.antecedents.candidates import _in_noun_clause, _named_by, _verb_argument, _where
from sitrep.events.deps import RELATIVE_WORDS, child
from sitrep.events.roles import ActorFinder
from sitrep.model import ActorRef


def deed_doer_before(tok, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """ "Al-Shabaab's fighters stormed a hotel on Monday. The assault left 15 guests dead": a definite deed noun that
    opens its clause with no doer of its own ("the assault", "this attack") takes the subject of the previous
    sentence's main verb, when that verb is one of the ontology's violent trigger heads needing no other word
    ("storm", "attack", "overrun"; the parser may not have read it as an event, as with a building stormed), its
    subject names an armed side and no other agreeing actor is an argument of a verb there (as for "they" in
    :func:`previous_subject`). None otherwise ("Villagers fled. The attack ...", "X stormed Y's base. The raid ...")."""
    from sitrep.model import VIOLENT_EVENT_TYPES

    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass") or tok.sent.start == 0 \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) \
            or any(c.dep_ in ("poss", "prep", "compound", "relcl", "acl") for c in tok.children):
        return None
    last = tok.doc[tok.sent.start - 1].sent
    root = last.root
    onto = finder.onto
    if root.pos_ != "VERB" or not any(p.deps == () and p.tdef.event_type in VIOLENT_EVENT_TYPES
                                      for p in onto.patterns(root.lemma_.lower(), "VERB")):
        return None
    subj = child(root, "nsubj")
    if subj is None or subj.pos_ == "PRON" or subj.lower_ in RELATIVE_WORDS or any(c.dep_ == "conj" for c in subj.children):
        return None
    ref = finder.actor(subj)
    if ref is None or not armed_side(ref, onto, finder):
        return None
    sub = {t.i for t in subj.subtree}
    for t in last:
        if t.i in sub or t.pos_ not in ("NOUN", "PROPN") or not _verb_argument(t) or _in_noun_clause(t) or _where(t):
            continue
        other = _named_by(t, finder)
        if other is not None and other.entity_id != ref.entity_id and armed_side(other, onto, finder):
            return None  # "Troops stormed a rebel camp ... fought the rebels. The assault ...": either side
    return ref
