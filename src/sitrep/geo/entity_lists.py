"""A person's or organisation's entity that is a list of names is no one name: the model reads "in Ingham, Charters
Towers and Ayr" as one organisation ("Ingham, Charters Towers") and "Lapu-Lapu City and Talisay" as one person. Such
an entity neither blocks the names inside it (as an organisation's or a person's name does) nor lends them its
label, nor makes its words a person's; each name is then judged as any other, its list's neighbours included
(geo/listed.py).

One decision: which entities are lists. A PERSON entity with a comma or an "and" between two capitalised words (no
one's name holds either: "Tom and Ann" are two people, whose names are no places anyway), or an ORG entity with a
comma between two capitalised words ("and" stays: "Marks and Spencer", "Johnson and Johnson").
"""
from __future__ import annotations

from typing import Any


def is_name_list(ent: Any) -> bool:
    """The entity is a list of names, not one name (see the module's doc)."""
    if ent.label_ not in ("PERSON", "ORG") or len(ent) < 3:
        return False
    seps = {","} if ent.label_ == "ORG" else {",", "and"}
    words = [t.text for t in ent]
    return any(w in seps and words[k - 1][:1].isupper() and words[k + 1][:1].isupper()
               for k, w in enumerate(words[1:-1], start=1))


def without_lists(ents: tuple[Any, ...]) -> tuple[Any, ...]:
    """The entities less those that are lists of names."""
    return tuple(e for e in ents if not is_name_list(e))
