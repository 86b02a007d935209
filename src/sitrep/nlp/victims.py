"""Counts of victims named without a number: "shot and killed Ana Ruiz and her daughter" (2 killed),
"Tom Bell was fatally shot" / "was pronounced dead" / "died of his wounds" (1 killed), "a man was killed" (1),
"a woman was injured" (1 wounded).

A death or injury word of ``data/figure_lexicon.tsv`` (``kill``, ``die``, ``wound``...), "fatally"/"mortally" with
a shooting or stabbing verb, and "pronounced dead" name their victims through the parse: the passive subject, the
object of an active verb (shared by "shot and killed"), the subject of an intransitive one ("died"). Each victim
and each coordinated one ("X and her daughter") counts one when it is a single person: a person's name, a singular
noun of a person (a ``person`` noun of the lexicon) with an article, possessive or demonstrative ("a man",
"her daughter", "the driver"), or "he"/"she". Anything
else (a plural without a number, "they", a number the figure scanner already counts) leaves the clause to the
number scanner: no figure is made.

Each count is a :class:`sitrep.model.Figure` whose span runs from the first victim to the last, ``what`` killed or
wounded, ``who`` the victims' words; its date and claimant are set by the figure layer like any other.
"""
from __future__ import annotations

from typing import Any, Iterator, Optional

_FATAL_ADVERBS = frozenset({"fatally", "mortally"})
_FATAL_VERBS = frozenset({"shoot", "stab", "wound", "injure", "hit", "strike", "beat", "gun"})
_SINGLE_DETS = frozenset({"a", "an", "the", "this", "that", "one", "another"})
_SINGLE_PRONOUNS = frozenset({"he", "she", "him", "her"})
_NOT_PEOPLE_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "PRODUCT", "EVENT", "WORK_OF_ART",
                              "LAW", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"})


def _category(v: Any, verbs: dict[str, tuple[str, str]]) -> Optional[str]:
    """killed / wounded when ``v`` reports a death or injury of its victims, else None."""
    lem = v.lemma_.lower()
    if lem == "pronounce" and any(c.lower_ == "dead" for c in v.children if c.dep_ in ("oprd", "acomp", "xcomp")):
        return "killed"
    if lem in _FATAL_VERBS and any(c.lower_ in _FATAL_ADVERBS for c in v.children if c.dep_ == "advmod"):
        return "killed"
    row = verbs.get(lem)
    if row is None or row[0] not in ("killed", "wounded") or v.pos_ not in ("VERB", "AUX"):
        return None
    return row[0]


def _victim_heads(v: Any, verbs: dict[str, tuple[str, str]]) -> list[Any]:
    """The passive subject, else the object, else (for "die", "perish") the subject."""
    kids = list(v.children)
    for deps in (("nsubjpass",), ("dobj", "obj")):
        found = [c for c in kids if c.dep_ in deps]
        if found:
            return found
    row = verbs.get(v.lemma_.lower())
    if row is not None and row[1] == "subj":
        return [c for c in kids if c.dep_ == "nsubj"]
    return []


def _single_person(t: Any, nouns: dict[str, tuple[str, str]]) -> bool:
    if t.like_num or t.tag_ == "CD" or any(c.dep_ == "nummod" for c in t.children):
        return False
    if t.lower_ in _SINGLE_PRONOUNS:
        return True
    if t.tag_ == "NNP":
        return t.ent_type_ not in _NOT_PEOPLE_ENTS  # a name that dies or is killed is a person's, whatever its tag
    if t.tag_ != "NN" or nouns.get(t.lemma_.lower(), ("", ""))[1] != "person":
        return False  # "lost a leg": a thing, not a victim
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _SINGLE_DETS) for c in t.children)


def victim_counts(sent: Any, verbs: dict[str, tuple[str, str]], nouns: dict[str, tuple[str, str]]) -> Iterator[tuple[int, int, str, int, Any]]:
    """(start char, end char, what, count, verb) for each clause of ``sent`` that names its single victims."""
    for v in sent:
        if v.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        cat = _category(v, verbs)
        if cat is None:
            continue
        heads = _victim_heads(v, verbs)
        if len(heads) != 1:
            continue
        h = heads[0]
        victims = [h, *[c for c in h.conjuncts if c.i > h.i]]
        if not all(_single_person(x, nouns) for x in victims):
            continue
        first = min(x.left_edge.i for x in victims)
        last = max(x.i for x in victims)
        doc = sent.doc
        yield doc[first].idx, doc[last].idx + len(doc[last].text), cat, len(victims), v
