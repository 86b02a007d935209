"""Whether a name the dictionary lacks has the shape of an organisation's: an organisation head word plus a
proper part ("Liwa Suqur", "Ansar Brigade"), or an acronym (:func:`_looks_like_org`)."""
from __future__ import annotations

from sitrep.nlp.actor_lexicon import ActorResolver, to_units


# capitalised only because they open a sentence: "No group has claimed", "Each group", "Another militia"
_DETERMINERS = frozenset({"no", "any", "every", "each", "some", "all", "another", "this", "that", "these", "those",
                          "a", "an", "one", "which", "what", "either", "neither", "both", "such", "its", "their"})


def _looks_like_org(name: str, res: ActorResolver) -> bool:
    """An organisation head word plus a proper part ("Liwa Suqur", "Ansar Brigade"), or an acronym."""
    units = to_units(name)
    if any(u.key in res.org_words for u in units) and any(
        u.key not in res.org_words and u.raw[:1].isupper() and u.raw.lower() not in _DETERMINERS for u in units
    ):
        return True
    raw = name.strip()
    return raw.isupper() and 2 <= len(raw) <= 6 and raw.isalpha()
