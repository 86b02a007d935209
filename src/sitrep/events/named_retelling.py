"""The named doer of a lead's lone unnamed doer: "A man shot dead his sister ... . According to the police, X, 26,
opened fire on his sister ..." (issue 16; crime reports whose killer is named only in a retelling).

A crime report's lead often tells the deed by a lone unnamed person ("A man", "A woman who stabbed her partner", a
noun of ``data/lone_doer_nouns.tsv`` or a kin noun of ``data/relation_nouns.tsv``, singular, the subject of the deed
or the head a relative clause's "who" stands for) and names that person only when it retells the deed a sentence or
more later ("X, 39, attacked Y with a knife ..., the court heard"). :func:`credit_named_retelling` gives the lead the
retelling's doer when:

* the retelling is a later deed of the same event type whose doer is a named person (a PERSON entity) and the subject
  of its deed, not the lead's victim, and not told with a title (an officer, an inspector, a judge);
* it is the only named person that the report's later deeds of that type name as a doer (two names: blank beats wrong);
* the retelling tells no other day than the lead's (a dated deed of another day is another incident; a day told in a
  relative clause about a person, "who had married three months ago", is not the deed's), except in a report of a
  verdict, whose lead tells the old case the court's retelling dates.
"""
from __future__ import annotations

from functools import lru_cache

from sitrep.events.verdict_report import verdict_report
from sitrep.model import EventMention

__all__ = ["credit_named_retelling"]

_TITLES = frozenset({"officer", "inspector", "judge", "constable", "sergeant", "sgt", "detective", "chief", "justice",
                     "superintendent", "captain", "lieutenant", "magistrate", "spokesperson", "spokesman",
                     "spokeswoman", "prosecutor", "coroner", "dr", "doctor", "insp", "const", "det"})


@lru_cache(maxsize=1)
def _lone_nouns() -> frozenset[str]:
    from sitrep.events.roles import relation_nouns
    from sitrep.resources import data_rows

    return frozenset({cols[0].strip().lower() for cols in data_rows("lone_doer_nouns.tsv")} | relation_nouns())


def _sp(doc, span):  # type: ignore[no-untyped-def]
    return doc.char_span(span.start, span.end, alignment_mode="expand") if span is not None else None


def _trigger_tok(e: EventMention, doc):  # type: ignore[no-untyped-def]
    sp = _sp(doc, e.trigger)
    return sp.root if sp is not None and len(sp) else None


def _lone_subject(tok) -> bool:  # type: ignore[no-untyped-def]
    """The deed's subject is one unnamed person told by kind or relation ("A man shot", "A man who stabbed")."""
    for c in tok.children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        subj = c
        if subj.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
            subj = tok.head
        return (subj.pos_ == "NOUN" and subj.tag_ == "NN" and subj.lemma_.lower() in _lone_nouns()
                and subj.ent_type_ != "PERSON")
    if tok.dep_ == "conj":  # "A man shot and killed his wife": the first verb's subject
        return _lone_subject(tok.head)
    return False


def _named_subject(e: EventMention, doc):  # type: ignore[no-untyped-def]
    """The retelling's doer when it is a named person, the subject of its deed, told with no title."""
    a, tok = e.actor1, _trigger_tok(e, doc)
    span = _sp(doc, a.span) if a is not None else None
    if span is None or tok is None or not len(span):
        return None
    if not any(t.ent_type_ == "PERSON" for t in span) or not span.text[:1].isupper():
        return None
    if not any(c.dep_ == "nsubj" and span.start <= c.i < span.end for c in tok.children):
        return None
    before = doc[max(span.sent.start, span.start - 3):span.start]
    if any(t.lower_.rstrip(".") in _TITLES for t in list(before) + list(span)):
        return None
    return a


def _own_day(e: EventMention, doc) -> bool:  # type: ignore[no-untyped-def]
    """The retelling's day is told of its deed, not inside a relative clause about someone ("Y, who had married
    three months ago")."""
    sp = _sp(doc, e.time.span) if e.time is not None else None
    if sp is None or not len(sp):
        return e.date_start is not None
    trig = _trigger_tok(e, doc)
    if sp.root.head.pos_ in ("NOUN", "PROPN") and sp.root.head is not trig:
        return False  # "her husband, 25, who had married three months ago", the parse hanging "ago" on "husband"
    for anc in [sp.root, *sp.root.ancestors]:
        if anc.dep_ in ("relcl", "acl") and trig is not None and anc not in [trig, *trig.ancestors]:
            return False
    return True


def _victim_text(e: EventMention) -> str:
    parts = [e.actor2.name if e.actor2 is not None else ""]
    if e.fatalities is not None and getattr(e.fatalities, "span", None) is not None:
        parts.append(e.fatalities.span.text)
    return " ".join(parts).lower()


def credit_named_retelling(events: list[EventMention], doc) -> None:  # type: ignore[no-untyped-def]
    """Give each lone-doer lead the named doer of its later retelling (module docstring)."""
    from sitrep.events.charged_suspect import unnamed_doer

    verdict = None
    for i, lead in enumerate(events):
        tok = _trigger_tok(lead, doc)
        if tok is None or lead.modality != "asserted" or not unnamed_doer(lead.actor1) or not _lone_subject(tok):
            continue
        later = [e for e in events[i + 1:] if e.event_type == lead.event_type and e.sentence.start > lead.sentence.end]
        named = [(e, a) for e in later for a in [_named_subject(e, doc)] if a is not None]
        if len({a.name.lower() for _, a in named}) != 1:
            continue
        e, a = named[0]
        if any(w in _victim_text(lead) for w in a.name.lower().split()):
            continue  # the lead's victim, not its doer
        if (e.date_start is not None and lead.date_start is not None and e.date_start != lead.date_start
                and _own_day(e, doc)):
            if verdict is None:
                verdict = verdict_report(doc)
            if not verdict:
                continue  # another day: another incident
        lead.actor1 = a
