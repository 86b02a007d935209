"""A burning that kills people is an attack on them, not property destruction (issue 16, branch tolls19).

"A mother and her two children have died in a house fire which police are treating as arson", "A couple and their
12-year-old daughter were burnt to death after unknown people set their house on fire", "A woman and her two
children were charred to death after her husband allegedly set their house on fire": the clause reading types the
burning ACLED's Looting/property destruction (a strategic development), whose dead no harm count reads; ACLED codes
destruction only "not occurring as part of another event", and a fire set to a home with its people inside, who
die, is violence against them (Violence against civilians, Attack; MUC-4 counts an ARSON's dead as its own).

A property deed other than plunder (``joined_burning.PLUNDER``: looting, seizing and taking are never burnings)
that carries a count of dead of its own (exact, not background, not a "since ..." total) becomes an attack. A
burning told as alleged ("her husband allegedly set their house on fire") whose dead are told in a clause outside
the hedged one ("... were charred to death after ...") is asserted: the hedge is on who set it, the deaths are a fact
(as ``events/hedged_doer`` reads "for allegedly killing his wife" beside "She was pronounced dead").
A burning whose dead are told by a killing participle under it ("gunmen set fire to houses while families slept
inside, killing seven": the killing read as an attack of its own) is the attack too (branch subtypes13).
"""
from __future__ import annotations

from sitrep.events.joined_burning import PLUNDER
from sitrep.events.ontology import load_ontology
from sitrep.model import KILLED_WHAT, EventMention

__all__ = ["retype_fatal_burnings"]

_PROPERTY = "Looting/property destruction"


def _own_dead(e: EventMention) -> bool:
    f = e.fatalities
    return f is not None and f.what in KILLED_WHAT and not f.background and f.since is None \
        and f.low is not None and f.low >= 1


def _trigger_first_token(e: EventMention, doc):  # type: ignore[no-untyped-def]
    """The first token of the event's trigger (None when it has none or it does not align)."""
    if e.trigger is None:
        return None
    sp = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    return sp[0] if sp is not None and len(sp) else None


def _death_outside_hedge(e: EventMention, doc) -> bool:  # type: ignore[no-untyped-def]
    """The burning's dead are told outside the trigger's own clause (its subtree): "were charred to death after
    her husband allegedly set the house on fire"."""
    assert e.fatalities is not None and e.fatalities.span is not None
    tok = _trigger_first_token(e, doc)
    if tok is None:
        return False
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    return not (lo <= e.fatalities.span.start < hi)


_REMAINS = frozenset({"body", "corpse", "remains", "carcass"})


def _burned_the_dead(e: EventMention, doc) -> bool:  # type: ignore[no-untyped-def]
    """What was burned is a body: "a mob beat a man to death and set his body on fire", "the killers burned the
    corpses": the dead were killed before (their count is a body count), the burning kills no one."""
    tok = _trigger_first_token(e, doc)
    return tok is not None and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _REMAINS
                                   for c in tok.children)


def _killing_outcome(e: EventMention, events: list[EventMention], doc) -> bool:  # type: ignore[no-untyped-def]
    """An attack with dead of its own is told as the burning's outcome, a subjectless "-ing" clause under it
    (through a "while" scene): "set fire to houses on Tuesday night while families slept inside, killing seven"."""
    tok = _trigger_first_token(e, doc)
    if tok is None or tok.pos_ != "VERB":
        return False
    for f in events:
        if f is e or f.sub_event_type != "Attack" or not _own_dead(f) or f.sentence.start != e.sentence.start:
            continue
        ft = _trigger_first_token(f, doc)
        if ft is not None and ft.tag_ == "VBG" and ft.dep_ == "advcl" and any(a.i == tok.i for a in list(ft.ancestors)[:2]):
            return True
    return False


def retype_fatal_burnings(events: list[EventMention], doc) -> None:  # type: ignore[no-untyped-def]
    """Type each burning with dead of its own, or told killing people, an attack (module docstring)."""
    attack = load_ontology().types["vac.attack"]
    for e in events:
        if e.sub_event_type != _PROPERTY or e.trigger is None or PLUNDER.match(e.trigger.text) \
                or not (_own_dead(e) or _killing_outcome(e, events, doc)) or _burned_the_dead(e, doc):
            continue
        e.event_type, e.sub_event_type, e.plover = attack.event_type, attack.sub_event_type, attack.plover
        if e.modality == "claimed" and _death_outside_hedge(e, doc):
            e.modality = "asserted"
