"""A deed told inside "N days (weeks) after ..." on a clause told in the present: N days before the report (dates29).

"Three weeks after gunmen shot dead 17 people in a mosque in Bonkoukou, families are still afraid to return,
residents said on Wednesday"; "A week after a man was stabbed to death outside a store, deputies have made an
arrest"; "Police have renewed an appeal for witnesses a week after a teenager was stabbed": the clause the phrase
hangs on tells the present (a present or present perfect verb) and no day of its own, so the phrase counts back from
the report's day; the deed took the report's day (or a later sentence's) before. Not when that verb is itself a
death or a deed ("A man has died in hospital four days after he was assaulted": counted from the death's day, as
before). Only days and weeks (at most eight weeks), only when the trigger is the phrase's own verb, and only when the sentence tells no day other than the
telling's ("residents said on Wednesday", at most a day from the report). (:mod:`.offset` counts from a day the
sentence tells, :mod:`~sitrep.events.restated_offset` from the deed a restating subject names.) Asked by
:func:`.choose.choose_date` after those."""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from sitrep.events.date.verbs import _violent_verb
from sitrep.model import TimeExpr
from sitrep.nlp.doctext import doc_text

__all__ = ["after_now_time"]

_AFTER = re.compile(r"\s*after\b", re.I)
_DAYS = re.compile(r"P(\d+)([DW])$")  # "three days", "a week", "three weeks"
MAX_DAYS = 56
_PRESENT = frozenset({"VBP", "VBZ"})
_TELLING = frozenset({"say", "tell", "add"})
_DEATH = frozenset({"die", "succumb"})


def _present(verb) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` is told in the present, the present perfect or a present passive ("are still afraid", "have made
    an arrest", "shops are still shut")."""
    return verb.tag_ in _PRESENT or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _PRESENT for c in verb.children)


def after_now_time(trig, tok_of_time, sent, published: Optional[_dt.date]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """The trigger's day, N days before the report, when the trigger is the verb of an "N days after" clause hung on
    a verb told in the present and the sentence tells no other day than the telling's; else None."""
    if published is None or trig.pos_ not in ("VERB", "AUX"):
        return None
    text = doc_text(trig.doc)
    for t, ts in tok_of_time:
        if t.type != "DURATION" or not ts or not (sent.start_char <= t.span.start < t.span.end < trig.idx):
            continue
        m = _DAYS.match(t.value)
        if m is None or _AFTER.match(text, t.span.end) is None:
            continue
        n = int(m.group(1)) * (7 if m.group(2) == "W" else 1)
        after = next((w for w in trig.doc[ts[-1] + 1:ts[-1] + 3] if w.lower_ == "after"), None)
        if n > MAX_DAYS or after is None or after.dep_ != "mark" or after.head.i != trig.i:
            return None
        gov = trig.head
        if gov.lemma_.lower() in _TELLING:  # "..., shops are still shut, residents said": the parse hung it on "said"
            gov = next((c for c in gov.children if c.dep_ == "ccomp" and c.i > trig.i), gov)
        if trig.dep_ != "advcl" or gov.i == trig.i or not _present(gov):
            return None
        if gov.lemma_.lower() in _DEATH or _violent_verb(gov):
            return None  # "has died in hospital four days after he was assaulted": counted from the death's day
        for r, _ in tok_of_time:  # no day told in the sentence but the telling's ("residents said on Wednesday")
            if r.type in ("DATE", "TIME") and sent.start_char <= r.span.start < sent.end_char \
                    and (r.start is None or abs((r.start - published).days) > 1):
                return None
        day = published - _dt.timedelta(days=n)
        return TimeExpr(span=t.span, value=day.isoformat(), type="DATE", start=day, end=day, precision="day",
                        anchor=f"dct:{published.isoformat()} ({t.span.text} after, told in the present)",
                        relative=True, future=False)
    return None
