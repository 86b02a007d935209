"""A deed told in the present perfect with "before" or "for years" is a group's record, not an incident (branch
subtypes18, mixed_reports12 e02, e08, e19).

"Militants who have bombed targets in the province before", "al Shabaab, which has set off car bombs in the city
before", "gangs have used rape to terrorize communities for years": a present perfect (aux "has"/"have") with the bare
adverb "before" (no clause or object of its own: "before the election" is a time) or with "for" and a bare plural of a
long span (cue ``record_spans`` of data/event_sense_cues.tsv: "for years", "for decades"; not "for three days", which
counts one campaign) tells what a group has done over time, the background of the report's news. ACLED codes no event
for it (no date, no place of its own). :func:`told_before` reads the clause's head and its children.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue

__all__ = ["told_before"]

_PRESENT_HAVE = frozenset({"has", "have", "'ve", "'s"})


def _bare_before(c) -> bool:  # type: ignore[no-untyped-def]
    return c.dep_ == "advmod" and c.lower_ == "before" and not any(True for _ in c.children)


def _long_span(c) -> bool:  # type: ignore[no-untyped-def]
    if c.dep_ != "prep" or c.lower_ != "for":
        return False
    return any(o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in sense_cue("record_spans")
               and not any(n.dep_ in ("nummod", "det") for n in o.children) for o in c.children)


def told_before(head, children: list) -> bool:  # type: ignore[no-untyped-def]
    """The clause of ``head`` is a present perfect told with a bare "before" or "for years" (module docstring)."""
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PRESENT_HAVE for c in children):
        return False
    purpose = [g for c in children if c.dep_ == "xcomp" for g in c.children]  # "used rape to terrorize X for years"
    return any(_bare_before(c) or _long_span(c) for c in children) or any(_long_span(g) for g in purpose)
