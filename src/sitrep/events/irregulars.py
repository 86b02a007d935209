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

Except in a war between states: "A Russian sniper shot dead a man in Kherson ... Russian forces hold the east bank"
is Russia's forces at work in Ukraine (``forces_abroad``).
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
    country = _country_of(got[0])
    if not country:
        return None
    aid, name = get_resolver().role_actor(country, "UNIDENT")
    return (aid, name) if aid else None


def _country_of(actor_id: str) -> Optional[str]:
    from sitrep.nlp.actor_lexicon import get_resolver

    try:
        return get_resolver().get(actor_id).get("country")
    except KeyError:
        return None


@functools.lru_cache(maxsize=1)
def _soldierly() -> frozenset[str]:
    """data/war_fighter_nouns.tsv: the trades a state's soldiers are named by in its war abroad ("a Russian sniper")."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("war_fighter_nouns.tsv")
                     if cols and cols[0].strip() and cols[0].strip() != "word")


def forces_abroad(tok, got: tuple[str, str], mention_ids: set[str], settings: set[str]):  # type: ignore[no-untyped-def]
    """The military forces of the country of ``got`` (an Unidentified Armed Group read off a demonym before a
    fighter noun: "a Russian sniper") when the text is about that state's war abroad: the report names the same
    state's military forces (``mention_ids``: the actor ids the text names, "Russian forces hold the east bank") and
    names places in other countries only (``settings``: the ISO2 countries of the places finer than a country it
    names; at least one). None otherwise: a "Chadian militant" in Chad, or a text that never names the state's army,
    keeps the armed group (blank beats wrong)."""
    from sitrep.events.roles import lemma
    from sitrep.nlp.actor_lexicon import get_resolver

    if lemma(tok) not in _soldierly() and tok.lower_ not in _soldierly():
        return None
    country = _country_of(got[0])
    if not country or not settings or country in settings:
        return None
    aid, name = get_resolver().role_actor(country, "MIL")
    return (aid, name) if aid and aid in mention_ids else None
