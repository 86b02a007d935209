"""Whether "he" or "she" can stand for a person named before, from what the article itself says of that person: a
title before the name ("Mr Volm", "Mrs Berg") or a "he"/"she" told of them where they were the only person named
("Volm said he ..."). Names alone say nothing here (no gendered first-name list is kept): when the article does not
tell, the gender is unknown and a pronoun with two such people before it stays a guess (events/antecedents/nearest_name.py)."""
from __future__ import annotations

import re
from typing import Optional

from sitrep.nlp.doctext import doc_sents, doc_text

# titles that tell a person's sex (English usage, general knowledge); "Dr", ranks and offices do not
_TITLE = re.compile(r"\b(?:(Mr|Mister|Sir|Lord)|(Mrs|Ms|Miss|Madam|Madame|Dame|Lady))\.?\s+$", re.IGNORECASE)
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}


def _key(text: str) -> str:
    """A person's surname, lower case: "Mr Volm" and "Darek Volm" are one person to this module."""
    words = re.findall(r"[\w'-]+", text)
    return words[-1].lower() if words else ""


def genders(doc, finder) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Surname -> "m"/"f" for the people of the article whose sex it tells (computed once per article); a person
    told of both ways is left out."""
    cached = getattr(finder, "_genders", None)
    if cached is not None:
        return cached
    text = doc_text(doc)
    seen: dict[str, set[str]] = {}
    people = [m for m in finder.mentions if m.kind == "PERSON"]
    for m in people:
        t = _TITLE.search(text[max(0, m.span.start - 10):m.span.start])
        if t:
            seen.setdefault(_key(m.span.text), set()).add("m" if t.group(1) else "f")
    # "Volm said he ...": a he/she in a sentence that names one person before it, and no other since the last one
    for sent in doc_sents(doc):
        lo, hi = sent.start_char, sent.end_char
        named = [m for m in people if lo <= m.span.start and m.span.end <= hi]
        if not named:
            continue
        for tok in sent:
            g = PRONOUN_GENDER.get(tok.lower_)
            if g is None:
                continue
            before = {_key(m.span.text) for m in named if m.span.end <= tok.idx}
            if len(before) == 1:
                seen.setdefault(next(iter(before)), set()).add(g)
    out = {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and k}
    finder._genders = out
    return out


def gender_of(text: str, doc, finder) -> Optional[str]:  # type: ignore[no-untyped-def]
    """ "m", "f", or None when the article does not tell, for the person named ``text``."""
    return genders(doc, finder).get(_key(text))


def disagrees(pron_form: str, text: str, doc, finder) -> bool:  # type: ignore[no-untyped-def]
    """The pronoun cannot stand for the person named ``text``: the article tells their sex and it is the other one."""
    want = PRONOUN_GENDER.get(pron_form)
    got = gender_of(text, doc, finder) if want else None
    return got is not None and got != want
