"""Which countries an article is about, most prominent first (:func:`country_focus`, :class:`Focus`,
:func:`focus_of_text`): the country a generic phrase ("the army", "rebels") belongs to when the context gives none."""
from __future__ import annotations

import re
from collections import Counter
from typing import Any, Optional, Sequence

from sitrep.nlp.actor_lexicon import ActorResolver, Match, Unit, get_resolver, to_units
from sitrep.nlp.actors.dropped_article import _article_dropped
from sitrep.nlp.actors.head_token import _head_token
from sitrep.nlp.actors.language import language_word
from sitrep.nlp.actors.speaker import speaker
from sitrep.nlp.actors.words import _LOCATIVE_PREP
from sitrep.nlp.doctext import doc_text
from sitrep.nlp.nationals import names_a_national


# "turned away from France", "aid from Russia", "fighters crossed from Niger": where someone or something comes from,
# not where the report is set (no locative weight in country_focus; issue 16, branch actors5)
_ORIGIN_PREPS = frozenset({"from"})
_COMPASS = re.compile(r"^(north|south|east|west|central|northern|southern|eastern|western|"
                      r"north-?west(ern)?|north-?east(ern)?|south-?west(ern)?|south-?east(ern)?)$", re.I)


def country_focus(units: Sequence[Unit], matches: Sequence[Match], res: ActorResolver, doc: Any = None) -> list[str]:
    """ISO2 codes of the countries an article is about, most prominent first.

    A country name counts 1, with 3 more when it is a location ("in Syria", "northwest Syria"; a capital too: "in
    Kabul" outweighs "an American was shot"; not "from France", which says where one comes from);
    a country-bound actor from the dictionary (SOHR, HTS, SANA) counts 1, unless its entry says it lends no country
    (``"lends_country": false``: an armed group that is not the state's, a world news agency); demonyms, capitals
    and prefixed roles ("Syrian army") count 0.5.
    With the parse (``doc``), a country name, demonym or prefixed role that only says who speaks or is spoken to ("the
    Ruritanian foreign minister said ...", "according to Ruritania", "to Ruritania, you say") counts nothing: a
    speaker's country is not where the report is set (a dictionary actor still counts: a monitor or a ministry is
    most often its own country's); nor does a demonym that names a language ("translated from Spanish":
    :func:`language_word`).
    """
    score: Counter[str] = Counter()
    for m in matches:
        if doc is not None and m.what in ("country", "demonym", "capital", "phrase") \
                and speaker(_head_token(doc, units[m.i].start, units[m.j - 1].end)):
            continue
        if doc is not None and m.what == "demonym" \
                and language_word(_head_token(doc, units[m.i].start, units[m.j - 1].end)):
            continue  # "(translated from Spanish)": a language says nothing of where the report is set
        if doc is not None and m.what == "demonym" \
                and names_a_national(_head_token(doc, units[m.i].start, units[m.j - 1].end)):
            continue  # "an Italian was kidnapped": a person's nationality, not where the report is set
        if doc is not None and m.what == "country" and _article_dropped(
                res.actors[m.actor_id]["name"], doc_text(doc)[units[m.i].start:units[m.j - 1].end],
                doc_text(doc)[max(0, units[m.i].start - 30):units[m.i].start]):
            continue  # "Salvador" (Bahia): no "El Salvador" (a unit's span holds the article it dropped)
        if m.what in ("country", "demonym", "capital"):
            c = res.actors[m.actor_id]["country"]
            w = 1.0 if m.what == "country" else 0.5
            if m.what in ("country", "capital"):  # "in Syria", "northwest Syria", "in Kabul": where it happens
                prev = units[m.i - 1].raw if m.i > 0 else ""
                if (prev.lower() in _LOCATIVE_PREP and prev.lower() not in _ORIGIN_PREPS) or _COMPASS.match(prev):
                    w += 3.0
            score[c] += w
        elif m.what == "phrase" and m.country:
            score[m.country] += 0.5
        elif m.what == "actor" and m.actor_id:
            entry = res.actors[m.actor_id]
            c = entry.get("country")
            # an armed group that is no state's ("lends_country": false: Hamas, Hezbollah) does not set the country
            # whose bare "army" or "government" the report means
            if c and entry.get("type") not in ("person",) and entry.get("lends_country", True):
                score[c] += 1.0
    ranked = score.most_common()
    tied = len(ranked) > 1 and ranked[0][1] == ranked[1][1]
    if tied:  # "BAMAKO — Soldiers and allied Russian fighters ...": the dateline's country breaks the tie
        lead = _dateline_country(matches, res)
        if lead is not None and lead in (c for c, w in ranked if w == ranked[0][1]):
            ranked.sort(key=lambda cw: (-cw[1], cw[0] != lead))
            tied = False
    return Focus([c for c, _ in ranked], tied=tied)


def _dateline_country(matches: Sequence[Match], res: ActorResolver) -> Optional[str]:
    """The country of a capital or country that is the text's first word (a dateline: "BAMAKO —"), else None."""
    for m in matches:
        if m.i == 0 and m.what in ("capital", "country") and m.actor_id:
            return res.actors[m.actor_id].get("country")
    return None


class Focus(list):  # type: ignore[type-arg]
    """The countries of :func:`country_focus`, most prominent first; ``tied``: the first two weigh the same ("Rwandan
    and Mozambican troops" in a report with no country named), so which one comes first is only the order they were
    told in, and a generic phrase given no country of its own ("insurgents", "the army") is left unresolved: whose it
    is would be a guess (blank beats wrong; actor_lexicon.ActorResolver.resolve_match)."""

    def __init__(self, countries: Sequence[str] = (), tied: bool = False) -> None:
        super().__init__(countries)
        self.tied = tied


def focus_of_text(text: str) -> list[str]:
    """The country focus of a text (ISO2, most prominent first), as :func:`extract_entities` computes it
    when the context gives none: for other stages that resolve agent phrases with the resolver."""
    res = get_resolver()
    units = to_units(text)
    return country_focus(units, res.match_units(units), res)
