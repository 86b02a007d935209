"""The backer of "X-backed rebels": a state named before a hyphen and a participle of backing ("Rwanda-backed rebels",
"Russian-backed forces", "the Ankara-supported factions") backs the men the noun names; it is neither their owner nor
their country. The dictionary would read "Rwanda ... rebels" as Rwanda's own opposition rebels and the bare noun's
phrase drops the backer ("backed forces"); the doer is the whole phrase, as the text names it, unless the phrase
names a group of its own ("Rwanda-backed M23 rebels": M23, "Iran-aligned Houthis": the Houthis).
Source of the participles: common English usage in conflict reporting ("US-backed", "Iran-aligned", "Turkish-supported")."""
from __future__ import annotations

import re
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


# "U.S.-trained", "Iran-backed" as one token: a capitalised name (dots allowed), a hyphen, a participle of backing
_FUSED = re.compile(r"^([A-Z][\w.]*?)\.?-(backed|supported|sponsored|funded|armed|aligned|allied|trained|financed)$")


def fused_backer(tok: Any) -> Optional[tuple[Any, int, int]]:
    """The modifier token of "X-backed <tok>" when the parser kept the name, the hyphen and the participle as one
    token ("the U.S.-trained Danab brigade"), with the character offsets of its name part (``U.S``); None
    otherwise ("well-armed men": no capitalised name)."""
    for c in tok.children:
        if c.dep_ not in ("amod", "compound") or c.i >= tok.i:
            continue
        m = _FUSED.match(c.text)
        if m is not None:
            return c, c.idx, c.idx + len(m.group(1))
    return None


def sponsor_left_out(text: str, start: int, sponsor: Any) -> str:
    """``text`` (a phrase starting at character ``start``) without the fused "X-backed" token ``sponsor`` ("the
    U.S.-trained Danab brigade": "the Danab brigade"), for the dictionary to read the men, not their sponsor."""
    a = sponsor.idx - start
    b = a + len(sponsor.text)
    return (text[:a].rstrip() + " " + text[b:].lstrip()).strip()


def backed_phrase_span(tok: Any, backer: Any) -> tuple[int, int]:
    """Character offsets of "X-backed <noun>": from the backer to the end of ``tok``."""
    return backer.idx, tok.idx + len(tok.text)


def backer_owns(ref_id: str, backer_id: Optional[str], bare_country: bool = False) -> bool:
    """The dictionary read the phrase as one of the backer's own bodies ("RWA_OPP" for "Rwanda-backed rebels", the
    backer read as "RWA_GOV"): the same country code before the role. With ``bare_country`` the backer may be read
    as the country itself ("USA" for the "U.S" of "U.S.-trained": "USA_MIL" is its own)."""
    if not backer_id or "_" not in ref_id or ("_" not in backer_id and not bare_country):
        return False
    return ref_id.split("_")[0] == backer_id.split("_")[0]
