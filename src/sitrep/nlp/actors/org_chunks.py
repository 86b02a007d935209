"""Capitalised names with an organisation word that the tagger missed ("Kataib Saif al-Haqq group"): an
actor of their own (:func:`_add_org_chunks`)."""
from __future__ import annotations

import re

from sitrep.nlp.actor_lexicon import unknown_id
from sitrep.nlp.actors.builder import _Builder, _kind_for
from sitrep.nlp.actors.org_shape import _looks_like_org
from sitrep.nlp.actors.unit_owner import _unit_owner


_CHUNK = re.compile(
    r"\b(?:[A-Z][\w'’‘]*(?:-[\w'’‘]+)*)(?:\s+(?:(?:al|el|ad|ash|as|ar|an|wa|bin|ibn|of|for|the|and)[\s-]+)?"
    r"[A-Z][\w'’‘]*(?:-[\w'’‘]+)*)*(?:\s+(?:group|brigade|brigades|battalion|militia|movement|front|faction))?"
)


def _add_org_chunks(b: _Builder) -> None:
    """Capitalised names with an organisation word that spaCy missed ("Kataib Saif al-Haqq group")."""
    res = b.res
    for m in _CHUNK.finditer(b.text):
        start, end = m.start(), m.end()
        name = m.group()
        words = name.split()
        if len(words) < 2 or b.overlaps(start, end):
            continue
        if words[0].lower() in ("the", "a", "an"):
            start += len(words[0]) + 1
            name = b.text[start:end]
        if not _looks_like_org(name, res):
            continue
        owner = _unit_owner(b, start, words[-1])
        aid = owner or res.fuzzy(name)
        if aid:
            b.add(start, end, _kind_for(res.actors[aid]), aid, res.actors[aid]["name"], None)
        else:
            b.add(start, end, "ORG", unknown_id(name), name, None)
