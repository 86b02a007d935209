"""Positive evidence that a later mention tells an earlier incident again, asked on top of the absence of a clash
(events/merge.py, :func:`told_together`): read off a sentence of the incident (:func:`told_in`), a background
reference, a definite deed noun pointing back, a pronoun victim, a protest retold, the victim named again, a place
both name, within a paragraph of the incident's last telling (:func:`_last_end`), a bare retelling with nothing of
its own (:func:`_bare_retelling`), or a vague first telling (events/vague_first).

Evidence: conflict and attack report sets (a deed of the same kind told far down the report with none of these,
"the army added that rebels had hurt a farmer that day", is another incident of the report)."""
from __future__ import annotations

from sitrep.events.merge_dates import NEAR_CHARS, own_time
from sitrep.events.merge_places import weak_place
from sitrep.events.merge_pointers import described_deed, names_the_deed, points_back, pronoun_victim
from sitrep.events.merge_protest import protest_retold
from sitrep.events.merge_victims import victim_named_in, victim_retold
from sitrep.events.vague_first import vague_first_telling
from sitrep.model import EventMention


def _last_end(a: EventMention) -> int:
    return max([a.sentence.end] + [s.end for s in a.evidence if s.article_id == a.sentence.article_id])


def told_in(a: EventMention, b: EventMention) -> bool:
    """``b`` is read off a sentence ``a``'s incident was already told in."""
    return any(s.start == b.sentence.start for s in [a.sentence, *a.evidence])


def told_together(a: EventMention, b: EventMention) -> bool:
    """Positive evidence that ``b`` (later) tells ``a``'s incident again, asked on top of the absence of a clash:
    ``b`` is read off a sentence of the incident, is a background reference, points back by a definite deed noun
    ("the attack", "the blast", "this kidnapping"; a plural sums several), names the incident's victim again
    (:func:`victim_retold`), is placed at the same place by the words of both, or follows within a paragraph of the
    incident's last telling. A deed of the same kind told far down the report with none of these ("the army added
    that rebels had hurt a farmer that day") is another incident of the report."""
    if told_in(a, b) or b.modality == "background":
        return True
    if b.trigger is not None and (points_back(b) or names_the_deed(b) or described_deed(b)) \
            and not (b.trigger.text.lower().endswith("s") and b.fatalities is not None):
        return True  # a plural back-reference ("these attacks", "the priests' murders") lends no count
    if pronoun_victim(b) or protest_retold(a, b):
        return True
    if victim_retold(a.actor2, b.actor2) or victim_named_in(a, b):
        return True
    if not weak_place(a) and not weak_place(b):
        return True
    # ("shot dead last week" ... "was shot ... on May 8": the first telling in passing, events/vague_first)
    return b.sentence.start - _last_end(a) <= NEAR_CHARS or _bare_retelling(a, b) or vague_first_telling(a, b)


def _bare_retelling(a: EventMention, b: EventMention) -> bool:
    """``b`` tells nothing of its own that could make it another incident: the same sub-type with no doer, no
    victim, no death count and no time of its own ("... after an explosion was heard" far below a bombing). Kept apart, it
    would only count the incident twice; merged, it adds its sentence as evidence."""
    return b.sub_event_type == a.sub_event_type and b.actor1 is None and b.actor2 is None \
        and b.fatalities is None \
        and not own_time(b)  # a time lent is not its own
