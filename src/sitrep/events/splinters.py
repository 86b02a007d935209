"""A group's dissidents or a faction broken away from it are not the group: "FARC dissidents", "dissidents of the
former FARC guerrilla", "a splinter group of the Pakistani Taliban", "a breakaway faction of the ELN" name no
FARC, Taliban or ELN (data/splinter_words.tsv). The phrase stands as an unnamed group of its own words (read by
events/roles.ActorFinder before any name inside it is looked up); blank beats naming the parent.
"""
from __future__ import annotations

import functools
import re
from typing import Any, Optional

from sitrep.nlp.doctext import doc_text
from sitrep.resources import data_rows

__all__ = ["splinter_phrase"]

_GROUP_HEADS = frozenset({"group", "groups", "faction", "factions", "wing", "wings", "cell", "cells", "branch",
                          "unit", "units", "band", "bands", "fighter", "fighters", "member", "members"})
_LEAD = re.compile(r"^(?:an?|the|some|several|one|two|three|four|five|\d+)\s+", re.I)


@functools.lru_cache(maxsize=1)
def _words() -> tuple[frozenset, frozenset]:
    rows = list(data_rows("splinter_words.tsv", needs=("word", "kind", "source"), header="word"))
    return (frozenset(r[0].lower() for r in rows if r[1] == "head"),
            frozenset(r[0].lower() for r in rows if r[1] == "modifier"))


def _lemma(tok: Any) -> str:
    low = tok.lower_
    return low[:-1] if low.endswith("s") and low[:-1] in _words()[0] | _words()[1] else low


def splinter_phrase(tok: Any, toks: list) -> Optional[str]:
    """The text of the phrase headed by ``tok`` (tokens ``toks``, in order), without its leading determiner or
    number, when it names dissidents or a breakaway faction of a group; None otherwise."""
    heads, mods = _words()
    if _lemma(tok) not in heads and not (
            tok.lower_ in _GROUP_HEADS and any(c.dep_ in ("amod", "compound", "nmod") and _lemma(c) in mods
                                               for c in tok.children)):
        return None
    # the group they broke from, when the phrase says it: "dissidents of the former FARC guerrilla"
    # (without a clause or apposition on it: "of the disbanded FARC guerrillas, which rejected the peace accord")
    clauses = {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from") for t in c.subtree
               if t.dep_ in ("relcl", "acl", "appos") for t in t.subtree}
    whole = list(toks) + [t for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                          for t in c.subtree if t.i not in clauses]
    if not whole:
        return None
    first, last = min(whole, key=lambda t: t.i), max(whole, key=lambda t: t.i)
    text = doc_text(tok.doc)[first.idx: last.idx + len(last.text)]
    text = _LEAD.sub("", text).strip().rstrip(",;:").strip()
    return _dissidents_of(text) or text or None


# "dissidents of the former FARC guerrilla", "a dissident faction of the disbanded FARC guerrillas": the name the
# parent's dissidents go by, "FARC dissidents" (a breakaway or splinter faction keeps its words: it may be one of
# several, and the phrase says which no better)
_DISSIDENTS_OF = re.compile(r"^dissident(?:s|\s+(?:faction|group|wing|fighters|members|units?))\s+(?:of|from)\s+"
                            r"(?:the\s+)?(?:(?:former|disbanded|defunct|demobili[sz]ed|now-defunct)\s+)?"
                            r"(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})(?:\s+[a-z]+)?$")


def _dissidents_of(text: str) -> Optional[str]:
    m = _DISSIDENTS_OF.match(text)
    return f"{m.group('name')} dissidents" if m else None
