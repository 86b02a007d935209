"""Who fired the weapon, told in a sentence of its own (issue 16, branch roles19, held-out war_reports10 p01).

"Drones struck a busy market in El Obeid ... . The army said the drones had been launched by the paramilitary Rapid
Support Forces": the deed's sentence names only the weapon (no doer: events/machine_agents.py), and a later sentence
tells who fired it in a passive of launching, firing, sending, flying or dropping whose subject is the same kind of
war machine or munition taken up again with a definite determiner ("the drones", "these missiles"; cue
``machine_agents`` of data/event_sense_cues.tsv) and whose "by" agent is a named non-state armed group of the actor
dictionary. That group becomes the doer of the asserted violent deeds told with no named doer, with the checks of a
blame in the body (events/headline_blame.credit_blamed_group: not when the group denies in the report, nor when the
report names another group as a doer); a negated passive ("were not launched by X") names no one, and two groups so
named leave the deeds as they are.
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.events.headline_blame import credit_blamed_group, group_named
from sitrep.events.roles import ActorFinder
from sitrep.model import ActorRef, EventMention
from sitrep.nlp.doctext import doc_text, token_starting_at

__all__ = ["credit_weapon_launcher"]

# the participles of firing a weapon, right before "by" (a cheap test on the text before any token is read)
_PASSIVE_BY = re.compile(r"\b(launched|fired|sent|flown|dropped)\s+by\b", re.I)
_DEFINITE = frozenset({"the", "these", "those", "this", "that"})


def _machine_retold(verb) -> bool:  # type: ignore[no-untyped-def]
    """The passive subject of ``verb`` is a war machine or munition taken up with a definite determiner."""
    machines = sense_cue("machine_agents")
    for s in verb.children:
        if s.dep_ == "nsubjpass" and s.lemma_.lower() in machines:
            return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in s.children)
    return False


def _agent_words(doc, text: str, who) -> str:  # type: ignore[no-untyped-def]
    """The words of the "by" phrase up to its first punctuation ("the paramilitary Rapid Support Forces, which ...",
    parsed with "paramilitary" as the object and the name in apposition)."""
    end = who
    for t in doc[who.left_edge.i:who.right_edge.i + 1]:
        if t.is_punct:
            break
        end = t
    return text[doc[who.left_edge.i].idx:end.idx + len(end.text)]


def _launcher(doc, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The one named non-state armed group a definite weapon is said to have been fired by, or None."""
    text = doc_text(doc)
    found = {}
    for m in _PASSIVE_BY.finditer(text):
        verb = token_starting_at(doc, m.start(1))
        if verb is None or any(c.dep_ == "neg" for c in verb.children) or not _machine_retold(verb):
            continue
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        who = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if who is None:
            continue
        ref = group_named(_agent_words(doc, text, who), finder)
        if ref is not None:
            found[ref.entity_id] = ref
    return next(iter(found.values())) if len(found) == 1 else None


def credit_weapon_launcher(out: list[EventMention], doc, finder: ActorFinder) -> None:  # type: ignore[no-untyped-def]
    """Name the group a definite weapon was fired by as the doer of the deeds told with no named doer."""
    launcher = _launcher(doc, finder)
    if launcher is not None:
        credit_blamed_group(out, launcher, finder)
