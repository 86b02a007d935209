"""Which words are a clause's victims, all single people (:func:`_clause_victims`): the head and its conjuncts,
a list the parser split ("A teacher, 34, and her son, 12"), a person hung on the verb, "the murder of X and of Y",
the one a "who" clause is about; a rank split from its name ("sergeant Carlos Pineda") is no second victim.
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.nlp.victims.category import _category
from sitrep.nlp.victims.single_person import _bare_person, _one_told_dead, _shared_determiner, _single_person


def _clause_victims(v: Any, heads: list[Any], nouns: dict[str, tuple[str, str]],
                    verbs: dict[str, tuple[str, str]]) -> Optional[tuple[Any, list[Any]]]:
    """The clause's head victim and all its victims (its conjuncts, a split list, those hung on the verb, "the
    murder of X and of Y"), each a single person; None where the heads are no one list of single people."""
    heads = _drop_split_titles(heads, nouns)  # "killing sergeant Carlos Pineda": one victim, not two objects
    if len(heads) > 1:  # "left a man dead Saturday, the fourth homicide": the person among the objects
        people = [h for h in heads if _single_person(h, nouns)]
        rest = [h for h in heads if h not in people]
        if any(h.pos_ == "PROPN" or h.tag_ in ("NNP", "NNPS") or nouns.get(h.lemma_.lower(), ("", ""))[1] == "person"
               or _numbered(h) for h in rest):
            return None  # a list the parser split: its other victims are not counted, so neither is the list
            # (nor a name beside a subject with its own number: "four guards hired by the charity Green Watch
            # died", the name of the employer made a second subject; the number scanner counts the four)
        heads = people
    split = _split_list(heads)
    if len(heads) != 1 and not split:
        return None
    h = heads[0]
    if h.tag_ in ("WP", "WDT") and v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
        h = _relative_owner(v.head, h, nouns)  # "Ana Ruiz, who was shot dead last week": the one it is about
    victims = [h, *[c for c in h.conjuncts if c.i > h.i]]
    victims += _apposed_list(h)
    victims += [x for x in heads[1:] if split] + _hung_on_verb(v, victims[-1], nouns, verbs)
    if h.dep_ == "pobj" and h.head.lower_ == "of":
        for c in h.head.conjuncts:  # "the murder of X and of Y"
            victims += [g for o in c.children if o.dep_ == "pobj" for g in (o, *o.conjuncts)]
    # (the first of a list may be a word the lexicon lacks, told dead with "a": "A barangay kagawad and his wife
    # were shot dead" is two)
    if not all(_single_person(x, nouns) or x is not h and _shared_determiner(x, h, v, nouns)
               or x is h and _one_told_dead(h, v, nouns) for x in victims):
        return None
    return h, victims


def _apposed_list(h: Any) -> list:
    """ "The sedan's driver, a 63-year-old man, and his wife, 60, were killed": the parser hung the next victim on
    the first one's apposition; a conjunct of that apposition set off by ", and" and owned by someone ("his wife")
    is a second victim (not "a teacher and activist", nor "a priest, teacher, and a social fighter": the same
    person's trades; branch tolls44)."""
    # (only an apposition that describes, "a 63-year-old man": a name there is a list of names, "Ana Ruiz, 34,
    # Luis Vela, 27, and ...", read as before)
    return [c for a in h.children if a.dep_ == "appos" and a.i > h.i and a.pos_ == "NOUN"
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in a.children) for c in a.conjuncts
            if c.i > a.i and c.left_edge.i >= 2 and c.doc[c.left_edge.i - 1].lower_ == "and"
            and c.doc[c.left_edge.i - 2].lower_ == "," and any(d.dep_ == "poss" for d in c.children)]


def _relative_owner(n: Any, rel: Any, nouns: dict[str, tuple[str, str]]) -> Any:
    """The person a "who" clause hung on ``n`` is about: ``n``; or, where ``n`` is no person but the object of an
    "of" under a noun ("Diaz, third judge of public order, who was murdered": "order"), the noun above it, and the
    name that noun is in apposition to ("judge" -> "Diaz")."""
    if rel.lower_ not in ("who", "whom") or n.pos_ == "PROPN" or nouns.get(n.lemma_.lower(), ("", ""))[1] == "person":
        return n
    h = n
    while h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ in ("NOUN", "PROPN") and h.pos_ != "PROPN" \
            and nouns.get(h.lemma_.lower(), ("", ""))[1] != "person":
        h = h.head.head
    if h is n:
        return n
    return h.head if h.dep_ == "appos" and h.head.pos_ == "PROPN" else h


def _numbered(h: Any) -> bool:
    """A head with a number of its own ("four guards"): the number scanner's count, never a single person."""
    return any(c.dep_ == "nummod" for c in h.children)


def _drop_split_titles(heads: list, nouns: dict[str, tuple[str, str]]) -> list:
    """A rank or trade the parser split from the names it goes with: "killing sergeant Carlos Pineda" (a bare singular
    person noun made an object of its own right before a name), "killed journalists Ana Ruiz and Luis Vela" (a bare
    plural one right before a list of two or more names), "soldiers Ana Ruiz and Luis Vela were killed" (a bare plural
    one with the list as its apposition): the names are the victims, the title no second one."""
    if len(heads) == 1:
        h = heads[0]
        names = [c for c in h.children if c.dep_ == "appos" and c.tag_ == "NNP" and c.left_edge.i == h.i + 1]
        if h.tag_ == "NNS" and _bare_person(h, nouns) and len(names) == 1 and names[0].conjuncts:
            return names  # "soldiers Ana Ruiz and Luis Vela were killed"
        return heads
    out = []
    for a, b in zip(heads, heads[1:] + [None]):
        if b is not None and _bare_person(a, nouns) and a.right_edge.i + 1 == b.left_edge.i and b.tag_ == "NNP" \
                and a.dep_ == b.dep_ and (a.tag_ == "NN" or a.tag_ == "NNS" and b.conjuncts):
            continue
        out.append(a)
    return out


def _after_and(x: Any) -> bool:
    """The word before ``x``'s phrase is "and" (or "&"): ``x`` goes on a list ("..., 34, and her son")."""
    le = x.left_edge.i
    return le > 0 and x.doc[le - 1].lower_ in ("and", "&")


def _split_list(heads: list) -> bool:
    """ "A teacher, 34, and her son, 12, were killed": the parser made each victim of a list set off by ages its own
    subject (or object) of the verb; single people of one role, each after the first opened by "and", are one list."""
    return len(heads) > 1 and len({h.dep_ for h in heads}) == 1 and all(
        _after_and(b) and a.i < b.i for a, b in zip(heads, heads[1:]))


def _hung_on_verb(v: Any, last: Any, nouns: dict[str, tuple[str, str]], verbs: dict[str, tuple[str, str]]) -> list:
    """ "Gunmen killed a teacher, 34, and her son, 12": a single person the parser coordinated with the verb
    instead of its last victim, right after "and"."""
    # (or on the first verb of a pair that shares the objects: "shot and killed his wife, from whom he was separated,
    # and her teenage daughter", the daughter coordinated with "shot")
    owners = [v, v.head] if v.dep_ == "conj" and v.head.pos_ == "VERB" and v.head.i < v.i else [v]
    return [c for o in owners for c in o.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > last.i
            and _after_and(c) and _single_person(c, nouns) and not _own_harm(c, verbs)]


def _own_harm(n: Any, verbs: dict[str, tuple[str, str]]) -> bool:
    """ "A man was beaten to death and his companion seriously injured": the person coordinated with the verb
    carries a participle of harm of his own (parsed as hanging on him), so the verb's count leaves him out."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and _category(c, verbs) is not None for c in n.children)
