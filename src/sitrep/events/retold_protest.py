"""Which earlier telling a protest told again with no day of its own belongs to (issue 11; duplicated records).

A report on a protest of several days tells each day, then goes back to them in quotes and comments with no day
of their own: "They answered our march with gas" after a peaceful Tuesday march and a Wednesday march stopped with
tear gas. The merge of restatements (:func:`sitrep.events.merge.merge_restatements`) takes the latest incident
that may be the same one, and the strongest reading wins, so the quote turned the peaceful Tuesday march into one
met with force (and its Wednesday telling stayed a second event). :func:`retold_target` prefers, for a mention
that names the protest again by its noun ("our march", "the rally"; cue ``protest_words``), among the earlier
incidents that could take it, the latest one told with the same sub-type (force retold joins the force told, a
peaceful march retold joins the peaceful one); when none has it, the latest one, as before. A deed told by its
verb ("officers fired teargas and chased the protesters") goes on with the telling just before it, as before.
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import EventMention

__all__ = ["retold_target"]


def _protest_noun(m: EventMention) -> bool:
    """``m``'s trigger is a protest noun ("march", "rallies", "protesters")."""
    from sitrep.events.ontology import load_ontology

    if m.trigger is None:
        return False
    word = m.trigger.text.lower()
    nouns = load_ontology().cue("protest_words")
    return word in nouns or word.rstrip("s") in nouns or word.endswith("es") and word[:-2] in nouns


def retold_target(m: EventMention, candidates: list[EventMention], ranks) -> Optional[EventMention]:  # type: ignore[no-untyped-def]
    """The incident that ``m`` restates among ``candidates`` (earlier incidents that may be the same one, latest
    first); ``ranks``: the protest and riot sub-types (module docstring)."""
    if not candidates:
        return None
    if m.sub_event_type in ranks and m.date_precision == "reported" and len(candidates) > 1 and _protest_noun(m):
        same = next((k for k in candidates if k.sub_event_type == m.sub_event_type), None)
        if same is not None:
            return same
    return candidates[0]
