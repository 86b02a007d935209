"""No decision: a disagreement's id (a hash of its kind and its figures' ids, stable across runs) and its
values as records (:class:`sitrep.model.DisagreementValue`: the incident's day, else the figure's)."""
from __future__ import annotations

import hashlib
from typing import Iterable

from sitrep.model import DisagreementValue
from sitrep.stories.compare.ranges import _F


def _did(kind: str, figs: Iterable[_F]) -> str:
    h = hashlib.sha1((kind + "|" + "|".join(sorted(f.fig.id for f in figs))).encode("utf-8")).hexdigest()
    return "dis-" + h[:12]


def _dv(f: _F) -> DisagreementValue:
    return DisagreementValue(low=f.fig.low, high=f.fig.high, as_of=f.when or f.t,
                             claimant=f.fig.claimant_name or f.fig.claimant, article_id=f.article_id,
                             figure_id=f.fig.id)
