"""Other spellings of a name in the gazetteer (transliteration variants, a name matched only by its spelling), for
the recognizer's lookup; split out of geo/recognize.py.
"""

from __future__ import annotations

from sitrep.geo.gazetteer import Entry, Gazetteer, precision_of, strict_name
from sitrep.geo.variant_spelling import close_spelling, compound_base
from sitrep.textnorm import fold_name


VARIANT_MIN_RATIO = 85  # rapidfuzz ratio of folded names for a transliteration variant to count
VARIANT_TOWN_MAX = 100_000  # a town this big keeps its alternate spellings anywhere (Danang, Peking)


def strict_key(name: str) -> str:
    """Lower case without accents, apostrophes and hyphens: "Mureș" -> "mures" (no transliteration folding)."""
    return strict_name(name)


def fuzzy_close(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b) >= VARIANT_MIN_RATIO


def variants(gaz: Gazetteer, text: str, region: tuple[str, ...], search: bool = True) -> list[Entry]:
    """Entries whose name is a transliteration variant of ``text`` (Sarqeb ~ Saraqib): a vowel-less key
    match or a close fuzzy match, kept only when one of the entry's names is a close spelling of the text
    (:func:`variant_spelling.close_spelling`: vowels, diacritics, doubled letters) AND the entry lies in one of the
    ``region`` countries (those the article is about). No region, no variants: a surname or a common word must
    not become a foreign town by sound alone; nor a plural or a directional compound of a known name ("the
    Americas", "North Dallas") another town: the name it is built on is found on its own."""
    key = fold_name(text)
    if not region or len(key) < 5:
        return []
    base = compound_base(text)
    if base and gaz.lookup(base):
        return []
    out = [e for e in gaz.lookup_skeleton(text) if e.country in region and _close_to(gaz, text, e)]
    if not out and search:
        out = [e for e, _s in gaz.fuzzy(text, region, cutoff=max(88, VARIANT_MIN_RATIO)) if _close_to(gaz, text, e)]
    return out


def _close_to(gaz: Gazetteer, text: str, e: Entry) -> bool:
    """One of the entry's names (its own first, then its alternates' keys) is a close spelling of ``text``."""
    return close_spelling(text, e.name) or any(close_spelling(text, k) for k in gaz.keys_of(e.id))


def spelling_only(e: Entry, key: str) -> bool:
    """``e`` matched the folded ``key`` only by an alternate spelling of a small town's own name ("Kalam" for
    Kallam: both fold the same): a transliteration variant like any other, not the town's other name (``e`` as
    :meth:`Recognizer.lookup` marks it: ``primary`` only when the text spells the entry's own name)."""
    return not e.primary and precision_of(e) == "town" and e.population < VARIANT_TOWN_MAX and fold_name(e.name) == key


def spelling_only_abroad(e: Entry, key: str, region: tuple[str, ...]) -> bool:
    """:func:`spelling_only` outside the article's countries (which a variant must lie in)."""
    return bool(region) and e.country not in region and spelling_only(e, key)
