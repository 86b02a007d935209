"""A side's own word that it took the place fought over is its account of that fight, not a second incident
(branch types14).

A report tells a battle ("the army said it had driven back an attack by the militia on the town", "fighters stormed
an army camp, killing five soldiers") and then the attacker's word about it: "the militia said its forces had taken
the town", "the group boasted that its men had seized the camp", "said on its radio station that it had captured
the camp". The taking was read as an incident of its own (ACLED Non-state actor overtakes territory), so the report
counted the fight twice -- and where the other side says the attack failed, it counted as fact a claim that the
report does not take as one (war_reports15 j04, j18; terror_reports10 g03, g12; terror_reports11 k05; war_reports3
v06).

:func:`fold_claimed_takeovers` folds such a taking into the fight told before it: an asserted taking (ACLED
territorial sub-types) whose clause is the statement of a reporting verb (``speech_verbs`` of data/ontology.json, or
"boast") with the speaker's own side as its subject ("it", "they", "its fighters", "their men": a pronoun or a noun
held by "its"/"their"/"our"), told after an asserted battle of the same report (ACLED Battles: the fight the statement
is about; an air strike or a bombing told before it is another incident) at a compatible place and date
(``merge_places.places_compatible``, ``merge_dates.dates_compatible``) that is not itself told that way. A taking told
by a third party ("residents said the rebels had seized the town") or by a side's statement alone, with no fight told
before it ("the group said its fighters captured the hilltop base"), is left alone.
"""
from __future__ import annotations

import re

from sitrep.model import EventMention

__all__ = ["fold_claimed_takeovers"]

_TAKINGS = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
_OWN = frozenset({"it", "they", "we", "its", "their", "our"})
_BOAST = frozenset({"boast", "claim"})


_OWN_RE = re.compile(r"\b(?:it|they|we|its|their|our)\b", re.I)


def _own_statement(m: EventMention, doc) -> bool:  # type: ignore[no-untyped-def]
    """The mention's trigger heads (or is conjoined into) a statement whose subject is the speaker's own side."""
    from sitrep.events.ontology import load_ontology
    from sitrep.events.participle_background import trigger_token

    if m.trigger is None or not _OWN_RE.search(m.sentence.text[:max(0, m.trigger.start - m.sentence.start)]):
        return False  # (cheap gate: no "its"/"it"/"their" before the trigger, no own side's statement)
    head = trigger_token(m, doc)
    if head is None:
        return False
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "ccomp":
        return False
    gov = head.head
    if gov.lemma_.lower() not in load_ontology().cue("speech_verbs") and gov.lemma_.lower() not in _BOAST:
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    return subj.lower_ in _OWN or any(c.dep_ == "poss" and c.lower_ in _OWN for c in subj.children)


def fold_claimed_takeovers(mentions: list[EventMention], doc) -> list[EventMention]:  # type: ignore[no-untyped-def]
    """The mentions with a side's own word of a taking folded into the fight told before it (module docstring)."""
    if not any(m.sub_event_type in _TAKINGS for m in mentions):
        return mentions
    from sitrep.events.merge_dates import dates_compatible
    from sitrep.events.merge_places import places_compatible

    folded: set[int] = set()
    for m in mentions:
        if m.sub_event_type not in _TAKINGS or m.modality != "asserted" or not _own_statement(m, doc):
            continue
        host = next((h for h in mentions if h is not m and id(h) not in folded and h.modality == "asserted"
                     and h.event_type == "Battles" and h.trigger is not None and m.trigger is not None
                     and h.trigger.start < m.trigger.start and not (h.sub_event_type in _TAKINGS and _own_statement(h, doc))
                     and places_compatible(h, m) and dates_compatible(h, m)), None)
        if host is None:
            continue
        folded.add(id(m))
        for s in [m.sentence, *m.evidence]:
            if s != host.sentence and s not in host.evidence:
                host.evidence.append(s)
    return [m for m in mentions if id(m) not in folded]
