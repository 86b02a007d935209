"""No decision: a claim as it is collected (:class:`_Claim`: its attribution, its sentence, whether its claimant
is a person or plural, whether it holds a quotation)."""
from __future__ import annotations

from dataclasses import dataclass

from sitrep.model import Attribution


@dataclass
class _Claim:
    att: Attribution
    sent_i: int
    person: bool
    quote: bool  # the claim contains or is a direct quotation
    plural: bool = False  # the claimant phrase is plural ("Turkish officials")
