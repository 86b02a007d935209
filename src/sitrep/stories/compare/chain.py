"""Which values of one quantity are steps of an update: each distinct value at its first appearance.

Decides from the figures' ranges in report order (see :func:`_chain`): an equal value, a bare lower bound the list
already satisfies, a vaguer range, or the same count rounded another way adds no step.
"""
from __future__ import annotations

from typing import Optional

from sitrep.stories.compare.ranges import _F, _contains, _overlap, _rounded


def _chain(fs: list[_F], chain: Optional[list[_F]] = None) -> list[_F]:
    """Each distinct value at its first appearance (``fs`` in report order).

    A value adds nothing when it equals one already listed, when it is a bare lower
    bound the list already satisfies ("more than 500,000" after 700,000), or when it
    is vaguer than one listed (a range containing it), or when it and a listed value are
    both bands around rounded numbers that overlap ("nearly one million" and "almost
    950,000": one count rounded two ways, not an update). A precise value inside an
    earlier vague one (109 after "more than 100") is kept: it refines the count.
    """
    chain = list(chain or [])
    for f in fs:
        if any(c.value() == f.value() for c in chain):
            continue
        if f.fig.high is None:  # a bare lower bound adds something only when it raises the floor
            if any(c.lo >= f.lo for c in chain):
                continue
        elif any(_overlap(c, f) and (_contains(f, c) or _rounded(c) and _rounded(f)) for c in chain):
            continue  # vaguer than a listed value, or one count rounded two ways ("nearly one million", "almost 950,000")
        chain.append(f)
    return chain
