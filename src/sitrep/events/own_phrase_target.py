"""A target named inside the doer's own phrase is the doer's other name, not its target (issue 16): "operatives of the
Ondo State Security Network Agency, popularly known as Amotekun Corps, engaged them in a gun duel" gave the
Agency as actor1 and "Amotekun Corps", the name the Agency is known by, as actor2 (the object "them" read as it).
An actor2 (or the actor a pronoun object was read as) whose words lie within the noun phrase of the event's subject that also holds actor1, hung there by an
apposition or a participle ("known as", "also called"), never by a coordination ("fighters of X and Y clashed": two
sides), is dropped: one side of a deed is never named by a description inside the other side's own phrase."""
from __future__ import annotations

from sitrep.nlp.doctext import doc_text, token_starting_at
from sitrep.model import EventMention


def _described(tok, subj) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` hangs under ``subj`` through an apposition or a participle and no coordination."""
    deps, x = [], tok
    for _ in range(8):
        if x.i == subj.i:
            return bool({"appos", "acl"} & set(deps)) and not {"conj", "cc"} & set(deps)
        deps.append(x.dep_)
        if x.head.i == x.i:
            return False
        x = x.head
    return False


def _subject_of(doc, e: EventMention):  # type: ignore[no-untyped-def]
    """The subject of the event's trigger verb, or None."""
    tok = token_starting_at(doc, e.trigger.start)
    if tok is None or tok.pos_ != "VERB":
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return subj


def drop_own_phrase_targets(events: list[EventMention], doc) -> None:  # type: ignore[no-untyped-def]
    """Drop an actor2 named inside the subject phrase that names actor1 (module docstring)."""
    for e in events:
        a1, a2 = e.actor1, e.actor2
        if e.trigger is None or a1 is None or a2 is None or a1.span is None or a2.span is None:
            continue
        if a1.entity_id == a2.entity_id:
            continue
        subj = _subject_of(doc, e)
        if subj is None:
            continue
        s, t = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text)
        if not s <= a1.span.start < t:
            continue
        at = a2.span.start if s <= a2.span.start < t else doc_text(doc).find(a2.name, s, t)  # (a pronoun read as it)
        if at < 0:
            continue
        tok = next((w for w in subj.subtree if w.idx <= at < w.idx + len(w.text)), None)
        if tok is not None and _described(tok, subj):
            e.actor2 = None
