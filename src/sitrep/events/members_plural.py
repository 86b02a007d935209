"""A group named by its members' plural: "killed by Maoists", "Naxalites planted the bomb".

Some armed groups are told by a plural of their members, written with a capital (data/agent_phrases.tsv rows whose
target is a fixed actor, ``id:``, and that apply only in the countries of ``only_in``: "Maoists" / "Naxalites" in an
Indian report are the CPI (Maoist)). The parser tags such a word a proper noun (NNPS) with no entity, and a proper noun
in a phrase otherwise says that the dictionary does not know the name, so the phrase was not read with the report's
country. Such a word is a generic phrase like "rebels": read with the report's one country, it names the group only
where its row applies.
"""
from __future__ import annotations

import functools


@functools.lru_cache(maxsize=1)
def _member_plurals() -> frozenset[str]:
    from sitrep.nlp.actor_lexicon import get_resolver

    res = get_resolver()
    return frozenset(row["phrase"].lower() for key, row in res.phrases.items()
                     if len(key) == 1 and row["target"].startswith("id:") and row.get("only_in", "").strip())


def members_plural(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a capitalised plural with no entity that a one-word, country-bound phrase of data/agent_phrases.tsv
    maps to a fixed group ("Maoists")."""
    return tok.tag_ == "NNPS" and not tok.ent_type_ and tok.lower_ in _member_plurals()
