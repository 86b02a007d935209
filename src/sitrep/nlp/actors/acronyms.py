"""Which name an acronym stands for: "Long Name (ACR)" gives the acronym and the name one id across the
article (:func:`_bind_acronyms`, :func:`_name_before`)."""
from __future__ import annotations

import re
from typing import Optional, Sequence

from sitrep.model import Mention
from sitrep.nlp.actor_lexicon import UNK_PREFIX, Unit, unknown_id
from sitrep.nlp.actors.builder import _Builder
from sitrep.nlp.actors.words import _CONNECTORS
from sitrep.textnorm import fold_name


_PAREN_ACR = re.compile(r"\(\s*([A-Z][A-Za-z]{1,7})\s*\)")


def _bind_acronyms(b: _Builder, units: Sequence[Unit]) -> None:
    """"Long Name (ACR)": the acronym and the name share one id across the article."""
    res = b.res
    by_start = {m.span.start: m for m in b.mentions}
    by_end = {m.span.end: m for m in b.mentions}
    bound: dict[str, tuple[str, str]] = {}
    for pm in _PAREN_ACR.finditer(b.text):
        acr = pm.group(1)
        if not acr.isupper() or len(acr) < 2:
            continue
        long_m = None
        for k in range(pm.start(), max(pm.start() - 3, -1), -1):
            if k in by_end:
                long_m = by_end[k]
                break
        if long_m is None:
            long_m = _name_before(b, pm.start())
        if long_m is None or long_m.kind == "PERSON" or fold_name(long_m.span.text)[:1] != acr[0].lower():
            continue
        acr_m = by_start.get(pm.start(1))
        acr_known = acr_m is not None and acr_m.entity_id and not acr_m.entity_id.startswith(UNK_PREFIX)
        long_known = long_m.entity_id and not long_m.entity_id.startswith(UNK_PREFIX)
        if acr_known and not long_known:
            eid, name = acr_m.entity_id, acr_m.name  # type: ignore[union-attr]
            long_m.entity_id, long_m.name, long_m.kind = eid, name, acr_m.kind  # type: ignore[union-attr]
            bound[fold_name(long_m.span.text)] = (eid, name)  # type: ignore[arg-type]
        else:
            eid = long_m.entity_id or unknown_id(long_m.span.text)
            name = long_m.name or long_m.span.text
            if long_m.entity_id is None:
                long_m.entity_id, long_m.name, long_m.kind = eid, name, "ORG"
            bound[acr] = (eid, name)
    if not bound:
        return
    # re-label every mention of a bound name; add acronyms that spaCy missed
    for m in b.mentions:
        key = m.span.text if m.span.text in bound else fold_name(m.span.text)
        if key in bound and (m.entity_id is None or m.entity_id.startswith(UNK_PREFIX)):
            m.entity_id, m.name = bound[key]
            if m.kind not in ("ORG",):
                m.kind = "ORG"
    for u in units:
        if u.raw in bound and not b.overlaps(u.start, u.end):
            eid, name = bound[u.raw]
            b.add(u.start, u.end, "ORG", eid, name, None)


def _name_before(b: _Builder, pos: int) -> Optional[Mention]:
    """The capitalised name right before "(ACR)" when spaCy did not find it: a new ``unk:`` ORG mention."""
    head = b.text[max(0, pos - 120) : pos]
    words = list(re.finditer(r"[^\s()]+", head))
    if not words or head[words[-1].end() :].strip():
        return None
    taken: list[re.Match[str]] = []
    for w in reversed(words):
        raw = w.group().strip(",;:")
        if raw != w.group():
            break
        first = raw.split("-")[0]
        if first[:1].isupper() or (first.lower() in _CONNECTORS and taken):
            taken.append(w)
        else:
            break
        if len(taken) >= 8:
            break
    while taken and taken[-1].group().split("-")[0].lower() in _CONNECTORS | {"the"}:
        taken.pop()
    if len(taken) < 2:
        return None
    base = pos - len(head)
    start, end = base + taken[-1].start(), base + taken[0].end()
    if b.overlaps(start, end):
        return None
    name = b.text[start:end]
    return b.add(start, end, "ORG", unknown_id(name), name, None)
