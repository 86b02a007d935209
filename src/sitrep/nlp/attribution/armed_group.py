"""Whether a claimant phrase's head is an armed group's noun described as armed ("the Burundian rebel
group"): its demonym says where the group is from, not that a state speaks (:func:`_armed_group_head`)."""
from __future__ import annotations

from typing import Any

from sitrep.nlp.group_nouns import group_nouns


def _armed_group_head(head: Any) -> bool:
    """Whether a claimant phrase's head is an armed group's noun described as armed before it ("the Burundian rebel
    group", "a Nigerian militant movement"): a demonym there says where the group is from, not that a state speaks."""
    from sitrep.events.described_group import armed_descriptors  # events -> nlp at import time: imported here

    # the nouns of a group of data/group_nouns.tsv this reading takes ("claimant"; described_group and antecedents
    # take other subsets of the same list, see its header)
    return head.lemma_.lower() in group_nouns("claimant") and any(
        c.lower_ in armed_descriptors() for c in head.lefts if c.dep_ in ("amod", "compound"))
