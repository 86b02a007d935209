"""The figure lexicon (``data/figure_lexicon.tsv``) and how a token is looked up in it.

Verb rows give the action a verb tells of the people it counts (killed, wounded, displaced, ...) or the suffix of the
things it counts ("thing:hit"); noun rows the category and class of a counted noun (person, thing, place, event, toll,
time, measure); owner rows the words that say whose counted things are. :func:`_lemma` prefers a lexicon hit on the
lemma or the word (the small model lemmatises some plurals badly); :func:`_noun_info` counts a nationality or group
name used as a plural noun as people; :func:`_participle_verb` reads a participle the tagger took for an adjective.
``_Action`` is what a count's governing words tell: the verb, the people's category, the things' suffix, a
population. Read by every figure module and by events/ modules that look words up in the same lexicon.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Optional

from sitrep.resources import data_path


@dataclass(frozen=True)
class _FigLex:
    verbs: dict[str, tuple[str, str]]  # lemma -> (person category or "-", extra)
    nouns: dict[str, tuple[str, str]]  # lemma -> (category, class)
    owners: frozenset[str]  # modifiers that say whose counted things are ("regime targets")


@functools.lru_cache(maxsize=1)
def figure_lexicon() -> _FigLex:
    """Verb and noun rows of ``data/figure_lexicon.tsv``."""
    verbs: dict[str, tuple[str, str]] = {}
    nouns: dict[str, tuple[str, str]] = {}
    owners: set[str] = set()
    with open(data_path("figure_lexicon.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t") + ["", "", "", ""]
            if cols[0] == "verb":
                verbs[cols[1]] = (cols[2], cols[3])
            elif cols[0] == "noun":
                nouns[cols[1]] = (cols[2], cols[3])
            elif cols[0] == "owner":
                owners.add(cols[1])
    return _FigLex(verbs, nouns, frozenset(owners))


def _lemma(tok: Any) -> str:
    lem = tok.lemma_.lower()
    low = tok.text.lower()
    # the small model lemmatises some plurals badly; prefer a lexicon hit on either form
    lex = figure_lexicon()
    if lem in lex.nouns or lem in lex.verbs:
        return lem
    if low in lex.nouns or low in lex.verbs:
        return low
    if low.endswith("s") and low[:-1] in lex.nouns:
        return low[:-1]
    return lem


def _noun_info(tok: Any) -> Optional[tuple[str, str]]:
    """(category, class) of a counted noun from the lexicon; a nationality or group name used as a
    plural noun ("500,000 Tutsis", "40 Yazidis") counts people."""
    info = figure_lexicon().nouns.get(_lemma(tok))
    if info is None and (tok.tag_ == "NNPS" or tok.ent_type_ == "NORP" and tok.tag_ in ("NNS", "NNP")):
        return ("people", "person")
    return info


@dataclass
class _Action:
    verb: Any  # the governing verb token (or the clause verb when none in the lexicon)
    category: Optional[str]  # action category for people ("killed"), None when no lexicon verb
    thing_suffix: Optional[str]  # "hit", "captured" for counted things
    population: bool = False


def _lex_verb(tok: Any) -> Optional[tuple[str, str]]:
    return figure_lexicon().verbs.get(_lemma(tok))


def _participle_verb(tok: Any) -> Optional[tuple[str, str]]:
    """The lexicon verb of a participle the tagger took for an adjective and left unlemmatised ("23 *wounded*
    soldiers", "12 *injured* people": wound, injure)."""
    low = tok.lower_
    if tok.tag_ != "JJ" or not low.endswith("ed"):
        return None
    verbs = figure_lexicon().verbs
    return verbs.get(low[:-1]) or verbs.get(low[:-2])


def _split_verb(v: tuple[str, str]) -> tuple[Optional[str], Optional[str]]:
    cat, extra = v
    suffix = extra.split(":", 1)[1] if extra.startswith("thing:") else None
    return (None if cat == "-" else cat), suffix
