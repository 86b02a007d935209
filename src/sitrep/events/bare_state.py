"""Whose is "the government"? A bare state noun takes the article's country only where the article is set there.

"The government", "this regime", "the administration" name no country; the actors layer gives them the article's
focus country, the country its names point to most (``nlp.actors.country_focus``). In a short report the focus can
be a country named only as a party -- "after Kenya agreed to host the talks, the government shelled rebel positions
near Kismayo" -- while the places the report names lie in another country, whose government the reader
understands. A government is the government of the country it rules and acts in, so the places decide:

- the article names places finer than a country (a town, district or province: ``Place.precision``) as where
  something is or happens: a name, not a demonym, whose phrase is the object of a locative preposition ("in Kismayo",
  "near Kismayo"; not "the Kismayo talks", where the town only names the talks);
- none of them lies in the focus country: the focus is not where the report is set. When they all lie in one
  country, the bare noun is that country's (its actor of the same role); when they lie in several, it is left
  unresolved (blank beats wrong).

An article with no finer place, or one place in the focus country, keeps the focus (the usual case: a report set in
one country). Only a bare noun is concerned: "the Syrian government", "the government of X", "Kabul's government"
name their country.
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import Analysis
from sitrep.nlp.actors import LOCATIVE_PREPS

BARE_STATE_HEADS = frozenset({"government", "regime", "administration"})
_BARE_DETERMINERS = frozenset({"the", "this", "that"})
_FINER = frozenset({"point", "town", "district", "province"})


def bare_state_noun(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` heads "the / this / that government (regime, administration)" with nothing else before it and no
    "of" after it."""
    if tok.lemma_.lower() not in BARE_STATE_HEADS or tok.pos_ != "NOUN":
        return False
    for c in tok.children:
        if c.i < tok.i and not (c.dep_ == "det" and c.lower_ in _BARE_DETERMINERS):
            return False
        if c.i > tok.i and c.dep_ == "prep" and c.lower_ == "of":
            return False
    return True


def _locative(doc, start: int, end: int) -> bool:  # type: ignore[no-untyped-def]
    """The place named at [start, end) of ``doc`` is the object of a locative preposition."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def setting_countries(analysis: Analysis, doc) -> set[str]:  # type: ignore[no-untyped-def]
    """ISO2 countries of the places finer than a country that the article names as where something is or happens
    (a name, not a demonym nor a name embedded in an organisation's, object of a locative preposition)."""
    return {p.country for p in analysis.places
            if p.country and p.precision in _FINER and getattr(p, "mention", "name") == "name"
            and _locative(doc, p.span.start, p.span.end)}


def state_of_bare_noun(tok, got: tuple[str, str], analysis: Analysis) -> Optional[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The reading of a bare state noun: ``got`` (the focus country's actor) when the article is set in that
    country or names no finer place; the same role of the one country the article's places lie in; else None."""
    if not bare_state_noun(tok):
        return got
    from sitrep.nlp.actor_lexicon import get_resolver

    res = get_resolver()
    try:
        entry = res.get(got[0])
    except KeyError:
        return got
    country, role = entry.get("country"), entry.get("role") or got[0].partition("_")[2]
    where = setting_countries(analysis, tok.doc)
    if not country or not where or country in where:
        return got
    if len(where) == 1 and role:
        aid, name = res.role_actor(next(iter(where)), role)
        return (aid, name) if aid else None
    return None
