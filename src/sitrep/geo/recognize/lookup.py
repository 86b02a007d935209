"""Which gazetteer entries a name as written has: its exact names and alternate names ("exact"), or, failing those,
close spellings among the article's countries ("variant"). Evidence: the folded key, the spelling as written (an
entry none of whose names is so spelled is only a variant), a far town's other name (geo/far_aliases.py) and the
article's countries (``region``). :meth:`_Lookup._doc_lookup` remembers the answers for one Doc."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sitrep.geo.far_aliases import alias_town, far_alias, units_over_their_aliases
from sitrep.geo.gazetteer import Entry, spelling
from sitrep.geo.region_evidence import usual_name_of_unit
from sitrep.geo.spelling_variants import fuzzy_close, spelling_only_abroad, strict_key, variants
from sitrep.textnorm import fold_name


class _Lookup:
    """The gazetteer entries of a name as written (a step of :class:`Recognizer`)."""

    def lookup(self, text: str, region: tuple[str, ...] = (), search: bool = True) -> tuple[list[Entry], str]:
        """Entries of a name: exact names and aliases ("exact"); else close spellings in the article's
        countries ("variant"; the fuzzy search over a country's names only with ``search``)."""
        key = fold_name(text)
        if not key or len(key) < 2:
            return [], ""
        es = self.gaz.lookup_key(key)
        if es:
            # the folded key is loose (vowels, doubled letters): an entry none of whose names (own or alternate)
            # is spelled as written ("Morris" ~ "Mures", "Collier" ~ "Culler") is a variant, kept only as a
            # close spelling in the article's region
            strict, sp = strict_key(text), spelling(text)
            same = [replace(e, primary=True) if not e.primary and usual_name_of_unit(e, sp) else
                    e if not e.primary or sp == spelling(e.name) else
                    replace(e, primary=False) for e in es if e.has_spelling(sp)]
            same = units_over_their_aliases([e for e in same if not spelling_only_abroad(e, key, region)], text)
            far = [e for e in same if far_alias(self.gaz, e, region, text)]
            if any(alias_town(e) and e not in far for e in same):
                far = []  # a nearer town has the name as an alternate name too: the ranking weighs them all as before
            same = [e for e in same if e not in far]
            if far and not same:  # the name as written is a far town's other name: no place here, nor a variant
                return [], ""
            ids = {e.id for e in same}
            close = [e for e in es if e.id not in ids and e.country in region and fuzzy_close(strict, strict_key(e.name))]
            if same or close:
                return same + close, ("exact" if same else "variant")
        vs = variants(self.gaz, text, region, search)
        return (vs, "variant") if vs else ([], "")

    def _doc_lookup(self) -> Any:
        """:meth:`lookup` remembered for one Doc: a name recurs in an article, and each try costs a folding, a
        spelling check and perhaps a fuzzy search (each call gets its own list; the entries are shared, as the
        gazetteer's remembered lookups share them)."""
        memo: dict[tuple, tuple[list[Entry], str]] = {}

        def lookup(text: str, region: tuple[str, ...] = (), search: bool = True) -> tuple[list[Entry], str]:
            key = (text, region, search)
            got = memo.get(key)
            if got is None:
                got = memo[key] = self.lookup(text, region, search)
            return list(got[0]), got[1]
        return lookup
