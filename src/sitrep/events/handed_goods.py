"""Money or papers handed over, no ground ceded (issue 15; spurious records on fraud, court and petition reports).

"Hand over" is a word of ACLED's non-violent transfer of territory ("the rebels handed over the town"). Reports
of fraud, courts and petitions use it of money and papers: "he had handed over 400 pounds to a courier", "handed
over cash and cards", "handed over a petition to the governor". :func:`goods_handed` reads such a "hand over" as no
transfer of territory: its object (or passive subject), and each thing joined to it, is a word of ``handed_goods``
(money, a sum in pounds or dollars, a card, a petition, a letter ...) or of ``seized_goods`` (cash, phones, drugs).
"Handed over the base", "handed over control of the town", "handed over their weapons" keep their readings.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import child

__all__ = ["goods_handed"]


def _goods(tok) -> bool:  # type: ignore[no-untyped-def]
    lem = tok.lemma_.lower()
    return lem in sense_cue("handed_goods") or lem in sense_cue("seized_goods")


def goods_handed(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is "hand" with its particle "over" and goods as what is handed (module docstring)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "hand" or not any(
            c.dep_ == "prt" and c.lower_ == "over" for c in tok.children):
        return False
    obj = child(tok, "dobj", "nsubjpass")
    return obj is not None and all(_goods(t) for t in [obj] + list(obj.conjuncts))
