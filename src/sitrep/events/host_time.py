"""A deed told in a clause hung on an old one takes its age (issue 15; background told as news).

Background paragraphs hang deeds on a dated clause and give them no date of their own, or one counted from it:
"the dam was seized by fighters in 2014 and recaptured by Kurdish forces a few days later", "the government
launched an offensive in 2022, retaking dozens of towns", "since 2012, when rebels seized Gao". Read alone, such a
clause is dated by the report and told as news. :func:`old_host` reads the clause's host (the verb it is joined to
by "and", the verb of a participle or of a "before" / "after" / "until" / "when" clause, or the time a "when"
clause describes) and finds the deed as old as the host when the host's own time ended more than
``BACKGROUND_AGE_DAYS`` before the report and the clause has no time of its own (a length, "for a few days", is
none) but one counted from the host ("a few days later", "the following year"). The host's times are those of its
own clause, not of clauses joined to it. A clause that describes a dated noun ("the bombing of a bus in March 2022
that killed nine") is left alone: it tells that deed's toll or steps, and a deed told with its old date is still
recorded with it (date_reports4 g18).
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

__all__ = ["old_host"]

BACKGROUND_AGE_DAYS = 60  # as modality.BACKGROUND_AGE_DAYS
_TIME_MARKS = frozenset({"before", "after", "until", "till", "when", "as", "while"})
_COUNTED = frozenset({"later", "following", "next", "after", "afterwards", "subsequent", "earlier", "before",
                      "previous", "then"})


def _old(t, published: _dt.date) -> bool:  # type: ignore[no-untyped-def]
    return t.end is not None and not t.future and t.type != "DURATION" \
        and (published - t.end).days > BACKGROUND_AGE_DAYS


def _counted(t) -> bool:  # type: ignore[no-untyped-def]
    """A time counted from another one ("a few days later", "the following year"): no time of the clause's own."""
    return any(w in _COUNTED for w in t.span.text.lower().split())


def _host(head):  # type: ignore[no-untyped-def]
    """(host token, whether the host is itself the time) for a clause head, or (None, False)."""
    if head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        return head.head, False
    if head.dep_ == "advcl" and (head.tag_ == "VBG" or any(
            c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS and c.i < head.i for c in head.children)):
        return head.head, False
    if head.dep_ == "relcl" and any(c.lower_ == "when" and c.dep_ == "advmod" for c in head.children):
        return head.head, True  # "in 2012, when ..." (not "in March 2022 that killed nine": the deed's toll)
    return None, False


def _verb_i(tok) -> int:  # type: ignore[no-untyped-def]
    """The index of the nearest verb above ``tok`` (the verb whose clause holds it), -1 if none."""
    cur = tok
    for _ in range(12):
        if cur.head.i == cur.i:
            return -1
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur.i
    return -1


def old_host(head, tok_of_time, published: Optional[_dt.date], depth: int = 2) -> bool:  # type: ignore[no-untyped-def]
    """``head`` (a clause's head) hangs on a host whose time is long past, with no time of its own (module
    docstring); a host with no time of its own may take its age from its own host ("in May 1945, when troops
    killed thousands after a parade turned into a riot": the riot's host is the killing, whose host is May 1945;
    branch precision16), ``depth`` hosts up."""
    if published is None or head.pos_ not in ("VERB", "AUX"):
        return False
    host, described = _host(head)
    if host is None:
        return False
    own = {t.i for t in head.subtree}
    if any(ts and ts[0] in own and not _counted(t) and t.type not in ("DURATION", "SET") for t, ts in tok_of_time):
        return False  # "... and his brother was shot on Monday": a time of its own
    if described:  # "since 2012, when rebels seized Gao", "in June 2019, when the army shelled the town"
        return any(ts and host.i in ts and (_old(t, published) or _old_since(t, ts, head.doc, published))
                   for t, ts in tok_of_time)
    times = [t for t, ts in tok_of_time if ts and ts[0] not in own and _verb_i(head.doc[ts[0]]) == host.i
             and t.type not in ("DURATION", "SET")]
    if not times and depth > 1:
        return old_host(host, tok_of_time, published, depth - 1)
    return bool(times) and all(_old(t, published) for t in times)


def _old_since(t, ts, doc, published: _dt.date) -> bool:  # type: ignore[no-untyped-def]
    """ "since November 2023, when they took the town": the time runs up to now, but the "when" clause tells what
    happened at its start."""
    return ts[0] > 0 and doc[ts[0] - 1].lower_ == "since" and t.start is not None and not t.future \
        and (published - t.start).days > BACKGROUND_AGE_DAYS
