"""A deed told in a participle of a background deed is background too: "The war began after gunmen attacked
southern Israel on October 7, 2023, killing about 1,200 people and taking 251 hostages". The attack is the story's
background (dated long before, or told as what started the war); its "-ing" steps ("killing", "taking") carry no
time or modality of their own and were read as news, lending the old toll to the report. An asserted deed whose
trigger is a present participle hung as an adverbial clause (or its conjunct) on the trigger of a background deed
takes the background modality and date of that deed (also when the parser hangs the participle on the verb the
deed's clause hangs on, right after that clause: "began after rebels attacked ..., killing"; or on a copula whose
"responsible for" or "behind" phrase names the background deeds: "were responsible for most of the killings,
attacking villages")."""
from __future__ import annotations

from typing import Any, Optional

from sitrep.model import EventMention

__all__ = ["background_by_token", "share_head_background", "trigger_token"]


def _participle_head(tok: Any) -> Optional[tuple[Any, Any]]:
    """The verb a participle clause hangs on, and the clause's first participle: "attacked ..., killing X and taking
    Y" -> ("attacked", "killing")."""
    for _ in range(3):
        if tok.tag_ != "VBG":
            return None
        if tok.dep_ == "conj":
            tok = tok.head
            continue
        if tok.dep_ in ("advcl", "xcomp") and tok.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.i:
            return tok.head, tok
        return None
    return None


def trigger_token(m: EventMention, doc) -> Optional[Any]:  # type: ignore[no-untyped-def]
    """The token of ``m``'s trigger in ``doc`` (None when it has none or it does not align)."""
    if m.trigger is None:
        return None
    sp = doc.char_span(m.trigger.start, m.trigger.end, alignment_mode="expand")
    return sp.root if sp is not None else None


def background_by_token(mentions: list[EventMention], doc) -> dict[int, EventMention]:  # type: ignore[no-untyped-def]
    """The background mentions by the index of their trigger's token."""
    out = {}
    for b in mentions:
        tok = trigger_token(b, doc) if b.modality == "background" else None
        if tok is not None:
            out[tok.i] = b
    return out


def _blamed_deeds(head: Any, first: Any) -> list[Any]:
    """The words of a copula's "responsible for" or "behind" phrase before the participle ("were responsible for most
    of the killings, attacking villages"): the deeds the participle tells how they were done."""
    if head.lemma_.lower() != "be":
        return []
    return [t for c in head.children if c.dep_ in ("acomp", "prep") and c.i < first.i for t in c.subtree]


def share_head_background(mentions: list[EventMention], doc) -> None:  # type: ignore[no-untyped-def]
    """In place: see the module docstring."""
    background = background_by_token(mentions, doc)
    if not background:
        return
    for m in mentions:
        if m.modality != "asserted" or m.trigger is None:
            continue
        tok = trigger_token(m, doc)
        found = _participle_head(tok) if tok is not None else None
        if found is None:
            continue
        head, first = found
        # the parser may hang the participle on the main verb the deed's clause hangs on ("began after rebels
        # attacked ..., killing"): the nearest deed clause of that verb before the participle
        near = [c for c in head.children if c.dep_ in ("advcl", "ccomp", "conj") and c.i < first.i
                and c.right_edge.i + 2 >= first.i]
        b = next((background[v.i] for v in [head, *near[::-1], *_blamed_deeds(head, first)] if v.i in background),
                 None)
        if b is None:
            continue
        m.modality = "background"
        if m.date_precision == "reported":
            m.time, m.date_start, m.date_end, m.date_precision = b.time, b.date_start, b.date_end, b.date_precision
