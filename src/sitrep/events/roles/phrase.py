"""Decides which words make the noun phrase of an actor (:func:`np_tokens`, read once per head and Doc): the head and
its modifiers, without clauses, prepositions or conjuncts; with an own name's "of" ("the self-styled Army of the Poor"),
descriptive words coordinated before the head ("armed and masked men": :func:`_described_pair`), a name in quotes before
the head (:func:`_name_quotes`), the hyphenated parts of a name (:mod:`.hyphen_names`), a name the parser hung on the
verb (events/compound_doer) or gave in brackets (events/bracketed_name); never "responsible" in "held X responsible"
(:func:`_held_to_account`), an adjective with a phrase of its own after the noun (:func:`_postnominal_phrase`), or
"self-styled" and "so-called" (:func:`self_styled`). Tests: tests/test_span_words.py, tests/test_roles_hyphen_names.py,
tests/test_attackers21.py.
"""
from __future__ import annotations

from sitrep.events.bracketed_name import bracketed_names
from sitrep.events.compound_doer import misparsed_modifiers
from sitrep.events.roles.hyphen_names import _name_hyphen, _particle_name_front


_NP_DROP = {"prep", "relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "ccomp", "parataxis"}


def _held_to_account(head, c) -> bool:  # type: ignore[no-untyped-def]
    """ "police hold X responsible for the attack" parsed with "responsible" qualifying X: no part of X's name."""
    from sitrep.events.frames import frame_words

    return c.dep_ == "amod" and c.i > head.i and c.lemma_.lower() in frame_words("blame_adj")


_NP_KEY = "sitrep_np_tokens"  # doc.user_data: head index -> the indices np_tokens gives for it


def np_tokens(tok) -> list:  # type: ignore[no-untyped-def]
    """The tokens of the noun phrase headed by ``tok`` without its clauses, prepositions or conjuncts (read once
    per head and Doc: the roles ask for the same phrases again and again; a new list each time)."""
    doc = tok.doc
    user_data = getattr(doc, "user_data", None)
    if user_data is None:  # a stand-in Doc (tests)
        return _np_tokens(tok)
    cache = user_data.setdefault(_NP_KEY, {})
    got = cache.get(tok.i)
    if got is None:
        got = cache[tok.i] = tuple(t.i for t in _np_tokens(tok))
    return [doc[i] for i in got]


def _np_tokens(tok) -> list:  # type: ignore[no-untyped-def]
    keep = [tok]
    styled = self_styled(tok)  # "a self-styled Army of the Poor": the whole own name
    stack = [c for c in tok.children if (c.dep_ not in _NP_DROP or (styled and c.dep_ == "prep" and c.lower_ == "of")
                                         or _name_hyphen(tok, c))
             and not _held_to_account(tok, c) and not _self_styled(c) and not _postnominal_phrase(tok, c)]
    while stack:
        c = stack.pop()
        keep.append(c)
        stack.extend(x for x in c.children if x.dep_ not in _NP_DROP or _described_pair(tok, c, x)
                     or _name_hyphen(tok, x))
    keep.extend(_name_quotes(tok, keep))
    keep.extend(misparsed_modifiers(tok))  # "A Dawlah Islamiyah sniper shot ...": the name the parser hung on the verb
    keep.extend(bracketed_names(tok, keep))  # "RSF (Rapid Support Forces) fighters": the name's other form in brackets
    keep.sort(key=lambda t: t.i)
    # keep a contiguous stretch around the head
    lo = hi = keep.index(tok)
    def joined(a, b) -> bool:  # type: ignore[no-untyped-def]
        return b.i == a.i + 1 and not (a.is_space and "\n" in a.text) and not (b.is_space and "\n" in b.text) and "\n\n" not in a.whitespace_

    while lo > 0 and joined(keep[lo - 1], keep[lo]):
        lo -= 1
    while hi < len(keep) - 1 and joined(keep[hi], keep[hi + 1]):
        hi += 1
    return _particle_name_front(keep[lo]) + keep[lo : hi + 1]


_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def _name_quotes(tok, keep: list) -> list:  # type: ignore[type-arg]
    """The two quotation marks of a name written in quotes before its head noun ('a "Red Valley" group'), when both
    hang on the head and words of the phrase stand between them: kept, so that the phrase runs over the name."""
    marks = [c for c in tok.children if c.dep_ == "punct" and c.text in _QUOTES and c.i < tok.i]
    if len(marks) != 2:
        return []
    inside = [t for t in keep if marks[0].i < t.i < marks[1].i]
    return marks if inside and len(inside) == marks[1].i - marks[0].i - 1 else []


def _postnominal_phrase(head, c) -> bool:  # type: ignore[no-untyped-def]
    """An adjective after its noun that heads a phrase of its own ("gunmen loyal to a commander"): no part of the
    noun's name."""
    return c.i > head.i and c.dep_ == "amod" and any(x.dep_ == "prep" for x in c.children)


def _descriptive(t) -> bool:  # type: ignore[no-untyped-def]
    return t.pos_ in ("ADJ", "VERB", "NUM") and not t.ent_type_ in ("NORP", "GPE", "ORG") and t.text[:1].islower()


def _described_pair(head, mod, x) -> bool:  # type: ignore[no-untyped-def]
    """``x`` coordinates descriptive words before the head ("three armed and masked men", "two or three gunmen"):
    part of the phrase. Names coordinated there ("Turkish and Syrian forces") name two actors
    (:meth:`ActorFinder.split_amod_conj`) and stay out."""
    if mod.dep_ not in ("amod", "nummod") or mod.head.i != head.i or x.i > head.i or not _descriptive(mod):
        return False
    return x.dep_ == "cc" or (x.dep_ == "conj" and _descriptive(x))


def _self_styled(c) -> bool:  # type: ignore[no-untyped-def]
    """ "self-styled", "so-called": a modifier saying the name is the group's own, no word of the name."""
    return c.dep_ in ("amod", "compound", "advmod") and c.lower_ in ("styled", "called", "proclaimed") and any(
        x.lower_ in ("self", "so") for x in c.children)


def self_styled(tok) -> bool:  # type: ignore[no-untyped-def]
    """The phrase headed by ``tok`` is a name a group gives itself ("the self-styled Army of the Poor", "the so-called
    People's Army"): never a state's own forces, whatever its words."""
    return any(_self_styled(c) for c in tok.children)
