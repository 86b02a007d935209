"""The backer of "X-backed rebels": a state named before a hyphen and a participle of backing ("Rwanda-backed rebels",
"Russian-backed forces", "the Ankara-supported factions") backs the men the noun names; it is neither their owner nor
their country. The dictionary would read "Rwanda ... rebels" as Rwanda's own opposition rebels and the bare noun's
phrase drops the backer ("backed forces"); the doer is the whole phrase, as the text names it, unless the phrase
names a group of its own ("Rwanda-backed M23 rebels": M23, "Iran-aligned Houthis": the Houthis).
Source of the participles: common English usage in conflict reporting ("US-backed", "Iran-aligned", "Turkish-supported")."""
from __future__ import annotations

from typing import Any, Optional

# lemmas of participles by which a state backs armed men named after it ("Rwanda-backed", "Iran-aligned")
BACKING = frozenset({"back", "support", "sponsor", "fund", "arm", "align", "ally", "train", "finance"})


def backer_of(tok: Any) -> Optional[Any]:
    """The token of the state ``X`` in "X-backed <tok>" (a place or people name, then a hyphen, then a participle of
    backing that modifies ``tok``); None otherwise ("well-armed men", "a state-backed fund": no place or people)."""
    for c in tok.children:
        if c.dep_ != "amod" or c.i >= tok.i or c.lemma_.lower() not in BACKING or c.i < 2:
            continue
        hyphen, x = c.doc[c.i - 1], c.doc[c.i - 2]
        if hyphen.text == "-" and x.head.i == c.i and x.ent_type_ in ("GPE", "NORP"):
            return x
    return None


def backed_phrase_span(tok: Any, backer: Any) -> tuple[int, int]:
    """Character offsets of "X-backed <noun>": from the backer to the end of ``tok``."""
    return backer.idx, tok.idx + len(tok.text)


def backer_owns(ref_id: str, backer_id: Optional[str]) -> bool:
    """The dictionary read the phrase as one of the backer's own bodies ("RWA_OPP" for "Rwanda-backed rebels", the
    backer read as "RWA_GOV"): the same country code before the role."""
    if not backer_id or "_" not in ref_id or "_" not in backer_id:
        return False
    return ref_id.split("_")[0] == backer_id.split("_")[0]
