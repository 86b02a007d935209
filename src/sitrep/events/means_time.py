"""The time of the incident noun a deed is told as happening in: "Four people were wounded in a drive-by shooting in
southwest Little Rock late Friday", "two men died in a crash on Idaho 55 Friday night". The parse hangs the day on
the noun ("shooting ... Friday"), whose clause is its own event's; the verb's deed is the same incident, so its day
is the noun's. Only a noun of violence or of an incident outside ACLED (a crash, a robbery), object of "in" or
"during" hanging on the verb itself, and a time inside that noun's phrase with no verb between."""
from __future__ import annotations

from typing import Optional

from sitrep.events.ontology import load_ontology
from sitrep.model import TimeExpr

_PREPS = frozenset({"in", "during"})


def _incident_noun(tok) -> bool:  # type: ignore[no-untyped-def]
    onto = load_ontology()
    if tok.pos_ not in ("NOUN", "PROPN") and tok.tag_ != "VBG":
        return False  # ("in a drive-by shooting": the parse may tag the noun a gerund)
    return any(onto.violent_noun(w) or any(p.tdef.outside for p in onto.patterns(w, "NOUN"))
               for w in {tok.lemma_.lower(), tok.text.lower()})


def means_time(trig, tok_of_time, sent_idx: set[int]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """The one usable day told inside the phrase of the incident noun the verb ``trig`` is told in (see the
    module); None when there is none or several."""
    if trig.pos_ not in ("VERB", "AUX"):
        return None
    nouns = [g for c in trig.children if c.dep_ == "prep" and c.text.lower() in _PREPS
             for g in c.children if g.dep_ in ("pobj", "pcomp") and _incident_noun(g)]
    if len(nouns) != 1:
        return None
    noun = nouns[0]
    days = []
    for t, ts in tok_of_time:
        if not ts or ts[0] not in sent_idx or t.type not in ("DATE", "TIME") or t.start is None \
                or t.precision != "day" or t.future:
            continue
        cur, inside = trig.doc[ts[-1]], set(ts)
        for _ in range(6):
            if cur.i == noun.i or (cur.pos_ in ("VERB", "AUX") and cur.i not in inside) or cur.head.i == cur.i:
                break
            cur = cur.head
        if cur.i == noun.i:
            days.append(t)
    return days[0] if len(days) == 1 else None
