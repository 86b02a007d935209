"""What a territorial trigger acts on (:func:`target_place`: "seized X", "the fall of X") and the town a
province's name qualifies (:func:`unnamed_town`: "this North Darfur town")."""
from __future__ import annotations

from typing import Optional

from sitrep.events.deps import child, pobj
from sitrep.events.place.locative import locative
from sitrep.events.place.ranks import resolved
from sitrep.events.road_place import ROAD_WORDS
from sitrep.events.roles import lemma
from sitrep.events.triggers import SETTLEMENT_WORDS, Group, Trigger
from sitrep.model import Place


TERRITORIAL = ("battles.nsa_overtakes", "battles.gov_regains", "sd.nonviolent_transfer")


def territorial_code(code: str) -> bool:
    return code in TERRITORIAL


BRIDGE_CHARS = 600  # how far (characters) an unnamed "the town" looks for the town it stands for


def target_place(g: "Group", primary: Trigger, roles, places: list[Place], tok_of_place) -> Optional[Place]:  # type: ignore[no-untyped-def]
    """The place a territorial trigger acts on: its object ("seized X", "the town of X"), or "the fall of X"."""
    cands = []
    v = primary.tok
    rel = v.head if v.dep_ == "relcl" and v.head.i != v.i else None  # "the highway they seized", "a town that was captured"
    for tok in [roles.patient, *roles.patients, pobj(v, "of"), child(v, "dobj", "nsubjpass"), rel]:
        if tok is not None and tok.lower_ in ("that", "which", "who"):
            tok = rel
        if tok is None:
            continue
        cands.append(tok)
        of = pobj(tok, "of")  # "the town of X"
        if of is not None:
            cands.append(of)
        cands.extend(c for c in tok.children if c.dep_ == "appos")
    for tok in cands:
        for p, ts in tok_of_place:
            if ts and tok.i in ts and p.precision not in ("country", "region"):
                return p
    # "retook a key town", "seized control of a highway": the unnamed place is the nearest named one of its kind
    for tok in cands:
        kind = lemma(tok)
        if kind not in SETTLEMENT_WORDS and kind not in ROAD_WORDS:
            continue
        road = kind in ROAD_WORDS
        doc = tok.doc
        near = []
        for p, ts in tok_of_place:
            if not ts or abs(p.span.start - tok.idx) > BRIDGE_CHARS or p.precision in ("country", "region", "province"):
                continue
            if p.span.start > tok.idx and p.span.start >= tok.sent.end_char:
                continue  # an unnamed place refers back, or ahead within its own sentence, never to the next one
            if (p.feature_class or "").startswith("R.") != road or not locative(doc, ts, None):
                continue
            near.append((abs(p.span.start - tok.idx), p))
        if near:
            return min(near, key=lambda x: x[0])[1]
    return None


def unnamed_town(p: Place, ts: list[int], doc, tok_of_place) -> Optional[Place]:  # type: ignore[no-untyped-def]
    """The town a province's or district's name qualifies ("this North Darfur town", "the Ruritania province
    village"): the province says where the unnamed town lies, and the town is the nearest one named before it in
    that province (under "MELLIT —", Mellit). None when the name qualifies no settlement word or the article names
    no such town before it."""
    if p.precision not in ("province", "district") or not ts or not p.admin1:
        return None
    last = doc[ts[-1]]
    if last.dep_ not in ("compound", "amod", "nmod") or lemma(last.head) not in SETTLEMENT_WORDS:
        return None
    near = [q for q, _ in tok_of_place if q.precision in ("town", "point") and resolved(q) and q.country == p.country
            and q.admin1 == p.admin1 and 0 <= p.span.start - q.span.start <= BRIDGE_CHARS]
    return max(near, key=lambda q: q.span.start) if near else None
