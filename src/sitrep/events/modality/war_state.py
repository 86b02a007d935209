"""A side's war told as a state of affairs, not an incident: "Turkey is fighting the PKK", "the government is
battling the group" (present, whole sides, no place finer than a country, no date, no count).

Decides ``background`` (read by events/extract after :func:`sitrep.events.modality.event.event_modality`). Evidence:
the verb's tense and its subject and object; cues ``war_state_verbs``, ``whole_sides``
(data/event_sense_cues.tsv).
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue


def state_of_war(trig, head, place, clause_times: list, figs: list) -> bool:  # type: ignore[no-untyped-def]
    """ "Turkey is fighting the PKK", "the government is battling the group", "it fights the cartel":
    a side's war told in the present with no place finer than a country, no date and no count is a state of
    affairs, not an incident (ACLED codes one clash at one place and time). Live reports keep their place
    ("rebels are fighting troops in the old city") and stay incidents."""
    if trig.i != head.i or trig.pos_ != "VERB" or trig.lemma_.lower() not in sense_cue("war_state_verbs"):
        return False
    if clause_times or figs:
        return False
    if place is not None and getattr(place, "precision", None) != "country":
        return False
    aux = [c for c in trig.children if c.dep_ in ("aux", "auxpass")]
    progressive = trig.tag_ == "VBG" and any(a.lemma_.lower() == "be" and a.tag_ in ("VBZ", "VBP") for a in aux)
    continuing = trig.tag_ == "VBG" and trig.dep_ == "xcomp" and trig.head.lemma_.lower() == "continue" \
        and trig.head.tag_ in ("VBZ", "VBP")
    present = trig.tag_ in ("VBZ", "VBP") and not aux and trig.lower_.endswith("s") == (trig.tag_ == "VBZ") \
        and not trig.lower_.endswith("ed")
    if not (progressive or continuing or present):
        return False
    obj = next((c for c in trig.children if c.dep_ == "dobj"), None)
    if obj is None:
        obj = next((o for c in trig.children if c.dep_ == "prep" and c.lower_ == "against"
                    for o in c.children if o.dep_ == "pobj"), None)
    subj = next((c for c in trig.children if c.dep_ == "nsubj"), None)
    if subj is None and continuing:
        subj = next((c for c in trig.head.children if c.dep_ == "nsubj"), None)
    # whole sides ("Russia", "it", "ISIS"), not units in the field ("government forces are fighting U.S. units")
    return obj is not None and subj is not None and all(_whole_side(x) for x in (subj, obj))


def _whole_side(tok) -> bool:  # type: ignore[no-untyped-def]
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("ORG", "GPE", "NORP") \
        or tok.lemma_.lower() in sense_cue("whole_sides")
