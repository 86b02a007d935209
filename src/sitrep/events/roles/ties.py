"""Decides what a phrase of men or of a group noun says of whose they are, before any group is looked up: a tie by a
participle ("militants loyal to X", "allied with X": :func:`sworn_preps`, also where the parser read the participle as
the main verb, :func:`misread_tie`), a name beside it ("troops of Vorland", "gunmen, members of the Red Hand":
:func:`_named_beside`; an apposition that describes a named body before it instead, :func:`_describes_named_host`), a
name given ("a group known as X": :func:`name_given`; a group noun with a name of its own, :func:`_own_name`), a
capitalised name that ends in an armed body's head word ("the Crimson Brigade": :func:`armed_name`). Evidence: the
parse; the lists ``dash_attacker_nouns``, ``belonging_words``, ``naming_verbs`` of data/role_cues.tsv and
data/armed_name_words.tsv. Tests: tests/test_attackers21.py.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.roles.common import pobj_as
from sitrep.events.roles.words import armed_name_words, role_cue
from sitrep.model import ActorRef


def _named_beside(tok) -> bool:  # type: ignore[no-untyped-def]
    """The phrase headed by ``tok`` says whose it is by a name after it: "militants from the Northern Brigade",
    "troops of Vorland", "gunmen, members of the Red Hand" (a proper noun in its from/of phrase or apposition)."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("from", "of"):
            if any(g.dep_ == "pobj" and any(t.pos_ == "PROPN" for t in g.subtree) for g in c.children):
                return True
        elif c.dep_ == "appos" and any(t.pos_ == "PROPN" for t in c.subtree):
            return True
    return False


def _describes_named_host(tok, app) -> bool:  # type: ignore[no-untyped-def]
    """Apposition ``app``, hung by the parser on ``tok``, follows a from/of phrase of ``tok`` that names a body by its
    own name ("Fighters of the Jaime Martinez front, one of the FARC splinter groups, ..."): it describes that body,
    the nearest noun, not ``tok``'s group (branch roles20)."""
    return any(g.dep_ == "pobj" and g.i < app.i and any(t.pos_ == "PROPN" and t.i < g.i for t in g.children)
               for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "of") and c.i < app.i
               for g in c.children)


# generic attacker nouns the tagger reads as a name after a dateline's dash ("SOKOTO, Nigeria (Reuters) - Gunmen loyal
# to ...")
_DASH_NOUNS = role_cue("dash_attacker_nouns")


# participles that tie a generic attacker phrase to the group named after them ("militants loyal to X")
_BELONGING = role_cue("belonging_words")


def sworn_preps(tok) -> list:  # type: ignore[no-untyped-def]
    """The "to/with" phrases by which a noun says whose it is: "loyal to X", "linked to X", "allied with X"."""
    hosts = [c for c in tok.children if c.dep_ in ("amod", "acl") and c.lemma_.lower() in _BELONGING]
    hosts += misread_tie(tok)
    return [p for c in hosts for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")]


def misread_tie(tok) -> list:  # type: ignore[no-untyped-def]
    """ "Gunmen linked to the X shot dead ...": the parser read the participle as the main verb, its noun its
    subject, and the deed as an adverbial clause of it; the participle is the noun's tie to X all the same (no object,
    a clause of a deed after its "to/with" phrase). A one-item list, or empty."""
    v = tok.head
    if tok.dep_ != "nsubj" or v.tag_ != "VBD" or v.lemma_.lower() not in _BELONGING or v.i != tok.i + 1:
        return []
    if any(c.dep_ in ("dobj", "aux", "auxpass", "neg") for c in v.children):
        return []
    return [v] if any(c.dep_ in ("advcl", "conj", "dep") and c.pos_ == "VERB" and c.i > v.i for c in v.children) else []


def armed_name(g, ref: Optional[ActorRef]) -> bool:  # type: ignore[no-untyped-def]
    """``g`` heads a capitalised name that ends in a head word of an armed body ("the Crimson Brigade", "the Veldan
    Liberation Front") and the dictionary does not know it: a named armed group all the same."""
    return ref is not None and ref.entity_id.startswith(("unk:", "x:")) and g.pos_ == "PROPN" and g.text[:1].isupper() \
        and g.lower_ in armed_name_words()


_NAMING = role_cue("naming_verbs")


def name_given(tok):  # type: ignore[no-untyped-def]
    """The proper name a common noun is said to go by ("a group known as X", "a militia called X", "a cell dubbed
    X"; "- Militiamen known as X" after a dateline's dash, the noun tagged as a name), else None."""
    if tok.pos_ != "NOUN" and not (tok.pos_ == "PROPN" and tok.lower_ in _DASH_NOUNS):
        return None
    for c in tok.children:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _NAMING and c.i == tok.i + 1:
            for x in c.children:
                name = x if x.dep_ == "oprd" else (pobj_as(x) if x.dep_ == "prep" and x.lower_ == "as" else None)
                if name is not None and name.pos_ == "PROPN":
                    return name
    return None


def _own_name(tok) -> bool:  # type: ignore[no-untyped-def]
    """A group noun with a name of its own before it ("the Jaime Martinez front", "the Red Dawn group"): its appositive
    describes it ("a faction of the former FARC") and names no other group for it."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() and c.i < tok.i for c in tok.children)
