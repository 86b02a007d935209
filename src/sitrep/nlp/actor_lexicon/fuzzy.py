"""Decides which actor a misspelt name is: the alias closest to the folded text, if close enough (:meth:`Fuzzy.fuzzy`,
mixed into :class:`sitrep.nlp.actor_lexicon.resolver.ActorResolver`), its answers remembered for one article.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

from sitrep.nlp.actor_lexicon.units import unit_keys


class Fuzzy:
    """The fuzzy search of :class:`sitrep.nlp.actor_lexicon.resolver.ActorResolver` (its key lists are built there)."""

    aliases: dict[tuple[str, ...], list[tuple[tuple[str, ...], str, str]]]
    _fuzzy_memo: dict[tuple[str, float], Optional[str]]
    _fuzzy_sorted: list[str]
    _fuzzy_places: list[int]
    _fuzzy_lens: list[int]

    def forget_article(self) -> None:
        """Drop what :meth:`fuzzy` remembered: answers are kept for one article (a name recurs in it), so a
        benchmark reading the same texts again times fresh searches."""
        self._fuzzy_memo.clear()


    def fuzzy(self, text: str, cutoff: float = 90.0) -> Optional[str]:
        """The actor whose alias is closest to ``text`` (folded), if close enough; None otherwise."""
        from rapidfuzz import fuzz, process

        key = " ".join(unit_keys(text))
        if len(key) < 6:
            return None
        memo = (key, cutoff)
        if memo in self._fuzzy_memo:
            return self._fuzzy_memo[memo]
        if len(self._fuzzy_memo) > 10_000:
            self._fuzzy_memo.clear()
        found: Optional[str] = None
        # ratio = 100 * (1 - indel / (len1 + len2)) and indel >= |len1 - len2|: an alias shorter than c/(2-c) or
        # longer than (2-c)/c times the key (c = cutoff / 100) never reaches the cutoff, so only the lengths between
        # (a character wider each side) are searched, in one call over their slice of the keys sorted by length;
        # the best score wins, and of equal scores the first in the whole list, as one search over the list gives
        # (a sixth of the work)
        c = cutoff / 100.0
        lo = bisect_left(self._fuzzy_lens, max(1, int(len(key) * c / (2 - c)) - 1))
        hi = bisect_left(self._fuzzy_lens, int(len(key) * (2 - c) / c) + 2)
        best: Optional[tuple[float, int, str]] = None
        for hit, score, k in process.extract(key, self._fuzzy_sorted[lo:hi], scorer=fuzz.ratio, score_cutoff=cutoff,
                                             limit=None):
            place = self._fuzzy_places[lo + k]
            if best is None or score > best[0] or score == best[0] and place < best[1]:
                best = (score, place, hit)
        if best is not None:
            cands = self.aliases[tuple(best[2].split(" "))]
            found = next((aid for _raw, kind, aid in cands if kind == "actor"), None)
        self._fuzzy_memo[memo] = found
        return found
