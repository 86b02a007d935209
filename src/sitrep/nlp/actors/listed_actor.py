"""The mention of a match of a listed actor's name, unless a common noun only sounds like it ("Rioters" is
no spelling of "Reuters": :func:`_add_listed_actor`, :func:`_spelled_as_listed`)."""
from __future__ import annotations

import re
from typing import Any, Optional

from sitrep.nlp.actor_lexicon import Match
from sitrep.nlp.actors.builder import _Builder, _kind_for


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


def _spelled_as_listed(text: str, entry: dict[str, Any]) -> bool:
    """``text`` is written as the dictionary writes the actor's name or one of its aliases (case and punctuation
    aside), not only matched through the spelling-variant key."""
    got = _letters(text)
    return any(_letters(a) == got for a in [entry.get("name") or "", *(entry.get("aliases") or [])])


def _add_listed_actor(b: _Builder, m: Match, tok: Any, start: int, end: int, hint: Optional[str]) -> None:
    """A match of a listed actor's name, unless a common noun only sounds like it."""
    entry = b.res.actors[m.actor_id]
    if tok is not None and tok.pos_ == "NOUN" and m.j - m.i == 1 and not _spelled_as_listed(b.text[start:end], entry):
        return  # "Rioters" is no variant spelling of "Reuters": a common noun only sounds like the name
    b.add(start, end, _kind_for(entry), m.actor_id, entry["name"], hint)
