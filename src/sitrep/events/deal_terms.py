"""A party's "agreed to" do something after a deal told before it is a term of that deal, no agreement of its own
(issue 11; ACLED Agreement records one agreement reached between parties).

"Leaders of two militias signed a truce on Tuesday, agreeing to share wells and to free hostages", "signed an
agreement on Friday to move the group's fighters into zones ... The government agreed to suspend arrest warrants":
the verb "agree" with an infinitive or gerund clause of its own tells what one side takes on under the deal the
report has just told; "The deal was brokered by a local scholar" (a verb whose subject is the definite pact noun, cue
``told_pact_nouns``) tells the same deal again. Read alone, each was a second Agreement dated by the report (extras
on mixed_reports2 n19 and mixed_reports4 d19).

:func:`fold_deal_terms` drops an asserted Agreement whose trigger is "agree" with a clause complement ("agreed to
suspend", "agreeing to let") or a verb told of "the deal", with no date of its own (dated only by the report), when an asserted Agreement of the
same article is told before it. An "agree" with no earlier deal (the only telling: "the two sides agreed to a
ceasefire on Monday") or with a day of its own is left to the other rules.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.participle_background import trigger_token
from sitrep.model import EventMention

__all__ = ["fold_deal_terms"]

_AGREEMENT = "Agreement"
_DEFINITE = frozenset({"the", "this", "that"})


def _retold_pact(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a verb whose subject is a definite pact noun (cue ``told_pact_nouns``): "The deal was brokered by"."""
    return tok.pos_ == "VERB" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in sense_cue("told_pact_nouns")
        and any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in c.children) for c in tok.children)


def _term(m: EventMention, doc) -> bool:  # type: ignore[no-untyped-def]
    """``m`` is read off "agree" taking a clause ("agreed to suspend", "agreeing to let"), or off a verb told of "the
    deal" ("The deal was brokered by"), and is dated by the report."""
    if m.sub_event_type != _AGREEMENT or m.modality != "asserted" or m.date_precision != "reported":
        return False
    tok = trigger_token(m, doc)
    if tok is None:
        return False
    return (tok.lemma_.lower() == "agree" and tok.pos_ == "VERB" and any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in tok.children)) or _retold_pact(tok)


def fold_deal_terms(out: list[EventMention], doc) -> list[EventMention]:  # type: ignore[no-untyped-def]
    """``out`` without the terms of a deal told before them (module docstring)."""
    deals = [m.trigger.start for m in out if m.trigger is not None and m.sub_event_type == _AGREEMENT
             and m.modality == "asserted"]
    if len(deals) < 2:
        return out
    return [m for m in out if not (m.trigger is not None and _term(m, doc)
                                   and any(s < m.trigger.start for s in deals))]
