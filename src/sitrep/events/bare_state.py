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

import functools
from typing import Optional

from sitrep.model import Analysis
from sitrep.nlp.actors import LOCATIVE_PREPS
from sitrep.nlp.doctext import doc_text
from sitrep.resources import data_rows

BARE_STATE_HEADS = frozenset({"government", "regime", "administration"})
_BARE_DETERMINERS = frozenset({"the", "this", "that"})
_FINER = frozenset({"point", "town", "district", "province"})
# nouns a place's name modifies and which still name that place ("Antioquia department", "Tarkol village")
_REGION_NOUNS = frozenset({"department", "province", "state", "region", "district", "county", "governorate",
                           "village", "town", "city", "municipality", "prefecture", "area"})


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
    if root.dep_ in ("compound", "amod", "nmod") and root.head.i > root.i \
            and root.head.lemma_.lower() in _REGION_NOUNS:
        root = root.head  # "in Colombia's Antioquia department", "near the Tarkol village": the place's own noun
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


def setting_countries(analysis: Analysis, doc) -> set[str]:  # type: ignore[no-untyped-def]
    """ISO2 countries of the places finer than a country that the article names as where something is or happens
    (a name, not a demonym nor a name embedded in an organisation's, object of a locative preposition, or the name
    of one: "in Colombia's Antioquia department").

    Where those places lie in several countries and the article names some of them by name ("in Colombia's ..."),
    a place in a country it never names is a weaker reading of a village's name than the country the text gives
    ("near Arvela in Colombia's Antioquia department": a namesake town abroad): only the named countries are kept
    (issue 16, branch actors5)."""
    found = {p.country for p in analysis.places
             if p.country and p.precision in _FINER and getattr(p, "mention", "name") == "name"
             and _locative(doc, p.span.start, p.span.end)}
    if len(found) > 1:
        named = found & {p.country for p in analysis.places if p.country and p.precision == "country"}
        if named:
            return named
    return found


@functools.lru_cache(maxsize=1)
def state_nouns() -> frozenset[str]:
    """Lemmas of nouns on which a demonym names the state: data/state_nouns.tsv, the ontology cues state_words,
    military_gear_words, armed_person_words and the state side of military_targets, data/rank_nouns.tsv, and the
    one-word phrases of data/agent_phrases.tsv whose role is a state's."""
    from sitrep.events.ontology import load_ontology
    from sitrep.nlp.actor_lexicon import get_resolver

    onto = load_ontology()
    out = {cols[0].strip().lower() for cols in data_rows("state_nouns.tsv", needs=("lemma", "source"))}
    out |= {cols[0].strip().lower() for cols in data_rows("rank_nouns.tsv")}
    out |= onto.cue("state_words") | onto.cue("military_gear_words") | onto.cue("armed_person_words")
    out |= onto.cue("military_targets") - onto.cue("nonstate_words") - {"militant", "insurgent", "jihadist"}
    res = get_resolver()
    state_roles = {r for r, spec in res.roles.items() if spec["type"] in ("state", "state_forces", "person")}
    out |= {row["phrase"].lower() for key, row in res.phrases.items()
            if len(key) == 1 and (row["target"] in state_roles or row["target"] == "ANTECEDENT:MINISTRY")}
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Nouns of persons (data/figure_lexicon.tsv nouns of kind person)."""
    return frozenset(cols[1].strip().lower() for cols in data_rows("figure_lexicon.tsv")
                     if len(cols) > 3 and cols[0] == "noun" and cols[3].strip() == "person")


def _names_country(text: str) -> bool:
    """``text`` is wholly a country's name, demonym or capital ("Ruritanian", "U.S.", "North Korean")."""
    from sitrep.nlp.actor_lexicon import get_resolver, to_units

    units = to_units(text)
    if not units:
        return False
    m = get_resolver()._alias_at(units, 0, {"country", "demonym", "capital"})
    return m is not None and m.j == len(units)


def says_whose(text: str) -> bool:
    """The words ``text`` of a state body say whose it is: a country's name, demonym or capital in them ("Russia's
    defence ministry", "the Kenyan police") or a proper name ("the IDF", "the Defence Ministry"); False for a bare
    noun ("police", "The army"), whose country is only the report's focus."""
    from sitrep.nlp.actor_lexicon import get_resolver, to_units

    words = text.strip()
    if any(w[:1].isupper() for w in words.split()[1:]):
        return True
    units = to_units(words)
    res = get_resolver()
    return any(res._alias_at(units, i, {"country", "demonym", "capital"}) is not None for i in range(len(units)))


def _country_modifier(tok) -> bool:  # type: ignore[no-untyped-def]
    """A country's name or demonym modifies ``tok`` or a word before it in its phrase ("a Ruritanian newspaper", "U.S.
    soil", "North Korean diplomats", "Ruritanian reporter Jan Smit")."""
    text = doc_text(tok.doc)
    for c in (t for left in tok.lefts for t in left.subtree):  # also "Dutch" of "Dutch reporter Jan Smit"
        if c.i < tok.i and c.dep_ in ("amod", "compound", "nmod") and (
                _names_country(c.text) or _names_country(text[c.left_edge.idx: c.idx + len(c.text)])):
            return True
    return False


_COUNT_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
                          "score", "scores"})


def _counted(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is counted: "thousands of X", "hundreds of X", "200 of X"."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ != "of":
        return False
    q = head.head
    return q.like_num or q.pos_ == "NUM" or q.lower_ in _COUNT_NOUNS


# plovers of verbs said to a side, not done to people: "accused the Ruritanians of ...", "urged the Ruritanians to ..."
_TOLD_PLOVERS = frozenset({"ACCUSE", "THREATEN", "REJECT", "REQUEST", "CONSULT", "DEMAND", "AGREE", "SUPPORT"})


def _told_to(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is the object of a verb of accusing, warning, asking or meeting (ontology trigger patterns of those
    PLOVER types): "Russia accused the Turks of failing to act" accuses Turkey, not Turkish civilians."""
    from sitrep.events.ontology import load_ontology

    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    return any(p.tdef.plover in _TOLD_PLOVERS for p in load_ontology().patterns(verb.lemma_.lower(), "VERB"))


def demonym_noun(tok, got: tuple[str, str]) -> Optional[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """A demonym names a state only on a state noun. When ``got`` (the reading of the phrase headed by the common noun
    ``tok``) is a country or its government, taken from a country name or demonym modifying ``tok``, and ``tok`` is no
    noun of :func:`state_nouns`: persons ("Ruritanian lawyers", "a Ruritanian family") are civilians; a place ("the
    Ruritanian countryside") names no one (None); anything else ("a Ruritanian satirical newspaper") is named by its
    own words. A person counted as a national ("a Ruritanian teenager", read by ``roles.nationals``) keeps ``got``.
    A plural demonym that undergoes the deed (the object, or the subject of a passive: "the regime tortured
    Ruritanians", "Ruritanians were killed") is the nation's people, not its state ("the Ruritanians invaded" stays
    the state)."""
    from sitrep.events.roles import CIVILIANS, _slug, lemma, nationals, np_tokens
    from sitrep.nlp.actor_lexicon import get_resolver

    if tok.pos_ not in ("NOUN", "PROPN") or not got or not got[0]:
        return got
    try:
        entry = get_resolver().get(got[0])
    except KeyError:
        return got
    if not (entry.get("type") == "country" or entry.get("role") == "GOV"):
        return got
    if tok.tag_ in ("NNS", "NNPS") and (tok.dep_ in ("dobj", "nsubjpass") or _counted(tok)) \
            and _names_country(tok.text) and (_counted(tok) or not _told_to(tok)):
        return CIVILIANS.entity_id, CIVILIANS.name  # "the regime executed thousands of Ruritanians": its people
    lem = lemma(tok)
    heads = {lem, tok.lower_}  # and "intelligence services", "secret service": a state noun before the head
    heads |= {c.lemma_.lower() for c in tok.children if c.dep_ == "compound" and c.i < tok.i}
    heads |= {f"{c.lower_} {lem}" for c in tok.children if c.dep_ in ("compound", "amod") and c.i == tok.i - 1}
    if heads & state_nouns() or _names_country(tok.text) or not _country_modifier(tok):
        return got
    toks = [t for t in np_tokens(tok) if t.dep_ != "det" and t.pos_ != "NUM"]
    clean = doc_text(tok.doc)[toks[0].idx: toks[-1].idx + len(toks[-1].text)] if toks else tok.text
    if _names_country(clean):
        return got  # "the Russian Federation", "the United Kingdom": the country's own name
    if nationals(tok):
        return got
    from sitrep.events.ontology import load_ontology

    onto = load_ontology()
    if lem in onto.cue("ground_words") or lem in onto.cue("land_nouns"):
        return None
    if lem in _person_nouns() or lem in onto.cue("civilian_words"):
        return CIVILIANS.entity_id, CIVILIANS.name
    return "x:" + _slug(clean), clean


def generic_of_focus(tok, got: tuple[str, str]) -> bool:  # type: ignore[no-untyped-def]
    """The phrase headed by ``tok`` is a generic agent phrase of data/agent_phrases.tsv with no country of its own
    ("the army", "the guerrillas", "gunmen"), and ``got`` is the actor of its role that the article's focus country
    gave it: whose it is is read like a bare "government" (the places decide when the focus is not where the
    report is set: in "a Norwegian cameraman filming the rebels clash with the army near <a town of
    Ruritania>" the army is Ruritania's)."""
    from sitrep.events.roles import np_tokens
    from sitrep.nlp.actor_lexicon import get_resolver, to_units

    res = get_resolver()
    words = [t for t in np_tokens(tok) if t.dep_ not in ("det", "nummod") and t.pos_ != "NUM"]
    if not words or words[-1].i != tok.i:
        return False
    row = res.phrases.get(tuple(u.key for u in to_units(" ".join(t.text for t in words))))
    if row is None or row.get("needs_country") == "yes" or ":" in (row.get("target") or ""):
        return False
    try:
        entry = res.get(got[0])
    except KeyError:
        return False
    return bool(entry.get("country")) and entry.get("role") == row["target"]


def _state_named(analysis: Analysis, got: tuple[str, str]) -> bool:
    """The article names the country of ``got`` otherwise than by a demonym on a noun or by a generic phrase: by its
    name, or by a named or prefixed actor of it ("the Ruritanian president", "Ruritania's army"). A generic side
    ("the army", "the rebels") keeps such a country: only a focus made of demonyms ("a Ruritanian reporter") gives
    way to the places (a place the gazetteer put in the wrong country must not move a state the text names)."""
    from sitrep.nlp.actor_lexicon import get_resolver

    res = get_resolver()
    try:
        country = res.get(got[0]).get("country")
    except KeyError:
        return True
    for m in analysis.entities:
        if not m.entity_id or m.entity_id.startswith(("x:", "unk:")):
            continue
        try:
            entry = res.get(m.entity_id)
        except KeyError:
            continue
        if entry.get("country") != country or (m.kind == "NORP" and entry.get("type") == "country"):
            continue
        if any(w[:1].isupper() for w in m.span.text.split()):
            return True
    return False


def state_of_bare_noun(tok, got: tuple[str, str], analysis: Analysis) -> Optional[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """The reading of a bare state noun: ``got`` (the focus country's actor) when the article is set in that
    country or names no finer place; the same role of the one country the article's places lie in; else None.
    Any other phrase goes through :func:`demonym_noun` first (a demonym on a noun that is no state's)."""
    got = demonym_noun(tok, got)  # type: ignore[assignment]
    if got is None:
        return None
    if not bare_state_noun(tok) and not (generic_of_focus(tok, got) and not _state_named(analysis, got)):
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
