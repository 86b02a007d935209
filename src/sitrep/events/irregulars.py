"""A nation's irregulars are not its state: "a Chadian militant", "Zambian guerrillas", "two Malian kidnappers".

The actors layer gives a demonym the country's government when the dictionary has no phrase for the noun it
modifies ("Sudanese rebels" and "Somali gunmen" are phrases of their own; "a Chadian militant" is not), and the
extractor then codes a government's violence as its military forces. A demonym before a noun that names a
non-state armed doer says where the doer comes from, not that the state acted: the text names no group, and the
ACLED codebook codes such attackers as the Unidentified Armed Group of the country, never as its forces.

The non-state armed doers are the nouns of data/plural_doers.tsv whose source is an ACLED rebel group, militia or
unidentified armed group (not state forces -- "Zambian soldiers" are the state's -- rioters, external forces or the
crime-reporting words, whose doers are persons: the offenders of data/relation_nouns.tsv, "a Kenyan robber", are
read as persons by ``roles.nationals``).
"""
from __future__ import annotations

import functools
from typing import Optional

from sitrep.resources import data_rows

_ARMED_SOURCES = ("ACLED rebel groups", "ACLED militias", "ACLED unidentified armed groups")


@functools.lru_cache(maxsize=1)
def nonstate_armed_doers() -> frozenset[str]:
    """Lemmas of data/plural_doers.tsv whose source is an ACLED rebel group, militia or unidentified armed group."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("plural_doers.tsv")
                     if len(cols) > 1 and cols[1].strip().startswith(_ARMED_SOURCES))


def irregulars_of_nation(tok, got: tuple[str, str]) -> Optional[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The country's Unidentified Armed Group when ``got`` (the resolver's reading of the phrase headed by ``tok``)
    is a government read off a demonym or country name before a non-state armed doer noun ("a Chadian militant");
    None otherwise (the government stays)."""
    from sitrep.events.roles import lemma
    from sitrep.nlp.actor_lexicon import get_resolver

    if not got[0].endswith("_GOV") or (lemma(tok) not in nonstate_armed_doers()
                                        and tok.lower_ not in nonstate_armed_doers()):
        return None
    if not any(c.dep_ in ("amod", "compound", "nmod") and c.ent_type_ in ("NORP", "GPE") for c in tok.children):
        return None
    res = get_resolver()
    try:
        country = res.get(got[0]).get("country")
    except KeyError:
        return None
    if not country:
        return None
    aid, name = res.role_actor(country, "UNIDENT")
    return (aid, name) if aid else None
