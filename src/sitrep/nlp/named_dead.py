"""The dead counted by the names a report gives them (issue 16, branch tolls19).

"Police named the dead as Lucas Souza, 19, Mateus Lima, 22, Gabriel Santos, 17, and Pedro Alves, 25."; "The deceased
were identified as Anil Kumar (32) and Sunil Kumar (28), residents of Sisendi village.": the toll is told only by the
list of names after "as". :func:`named_dead_counts` reads a verb of naming ("name", "identify") whose object (or
passive subject) is a word for the dead ("the dead", "the deceased", "the slain") and whose "as" phrase lists proper
names: each run of proper-noun words set off by commas, ages or "and" is one person, up to the first common noun ("...,
residents of Sisendi village") or a preposition ("X (27) of Pathayakunnu"); the count is the number of names, never read
where the verb is singular ("The deceased was identified as ..."). "The victims were named as ..." is not read (the
victims may be hurt), nor a list with one name (the one person is read by ``nlp/victims``).

The Caribbean papers' "Dead are 45-year-old Conroy Bailey, a taxi operator; 32-year-old Dwayne Mills, a labourer; and
19-year-old Romario Pink, all of Old Harbour Bay addresses." (branch tolls25): a sentence that opens with "Dead are" /
"The dead are" and lists its people in parts set off by semicolons counts the parts that hold a proper name
(:func:`_dead_are_count`); a list with no semicolon is read as the "as" list is, up to its first common noun.
"""
from __future__ import annotations

import re
from typing import Any, Iterator, Optional

from sitrep.nlp.doctext import doc_attr, doc_text

__all__ = ["named_dead_counts"]

_NAMING = frozenset({"name", "identify"})
_NAMING_FORMS = frozenset({"name", "named", "names", "naming", "identify", "identified", "identifies", "identifying"})
_DEAD_WORDS = frozenset({"dead", "deceased", "slain"})


def _dead_named(v: Any) -> bool:
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and c.lower_ in _DEAD_WORDS
               and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in v.children)


def _names(prep: Any) -> list[tuple[int, int]]:
    """The (first, last) token of each name in the "as" phrase, up to its first common noun."""
    runs: list[tuple[int, int]] = []
    start = None
    for t in prep.doc[prep.i + 1:prep.right_edge.i + 1]:
        if t.pos_ in ("NOUN", "VERB", "ADJ", "ADP") or t.lower_ in ("who", "which"):
            break  # ("X (27) of Pathayakunnu": where he is from, no second name)
        if t.tag_ == "NNP":
            start = t.i if start is None else start
            continue
        if start is not None:
            runs.append((start, t.i - 1))
            start = None
    if start is not None:
        runs.append((start, prep.right_edge.i))
    return runs


_DEAD_ARE = re.compile(r"\s*(?:the\s+)?dead\s+are\b", re.I)


def _before_comma(part: list[Any]) -> list[Any]:
    head = []
    for t in part:
        if t.text == "," and head:
            break
        head.append(t)
    return head


def _dead_are_count(sent: Any) -> Optional[tuple[int, int, str, int, Any]]:
    """The count of a "Dead are A, ...; B, ...; and C, ..." sentence (module docstring), or None."""
    doc = sent.doc
    m = _DEAD_ARE.match(doc_text(doc)[sent.start_char:sent.end_char])  # (sent.text, from the Doc's text)
    if m is None:
        return None
    verb = next((t for t in sent if t.idx >= sent.start_char + m.end() - 3), None)
    rest = [t for t in sent if t.idx >= sent.start_char + m.end()]
    if verb is None or not rest:
        return None
    parts: list[list[Any]] = [[]]
    for t in rest:
        if t.text == ";":
            parts.append([])
        else:
            parts[-1].append(t)
    if len(parts) >= 2:
        heads = [_before_comma(p) for p in parts]  # (the name, before its apposition: "X, a taxi operator")
        if not all(any(t.tag_ == "NNP" for t in h) for h in heads):
            return None
        runs = [(h[0].i, max(t.i for t in h if t.tag_ == "NNP")) for h in heads]
    else:
        runs = _names(doc[rest[0].i - 1])
    if len(runs) < 2:
        return None
    last = doc[runs[-1][1]]
    return doc[runs[0][0]].idx, last.idx + len(last.text), "killed", len(runs), verb


def named_dead_counts(sent: Any) -> Iterator[tuple[int, int, str, int, Any]]:
    """(start char, end char, "killed", count, verb) for each list of the dead told by their names (module docstring)."""
    told = _dead_are_count(sent)
    if told is not None:
        yield told
    lowers = doc_attr(sent.doc, "lower_")  # (read from the Doc's list: a Token is built only for a verb of naming)
    for i in range(sent.start, sent.end):
        if lowers[i] not in _NAMING_FORMS:
            continue
        v = sent.doc[i]
        if v.pos_ != "VERB" or v.lemma_.lower() not in _NAMING or not _dead_named(v) \
                or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "is", "has") for c in v.children):
            continue  # ("The deceased was identified as ...": one person)
        for prep in v.children:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            runs = _names(prep)
            if len(runs) < 2:
                continue
            doc = sent.doc
            last = doc[runs[-1][1]]
            yield doc[runs[0][0]].idx, last.idx + len(last.text), "killed", len(runs), v
