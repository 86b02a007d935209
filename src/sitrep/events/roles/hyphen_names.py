"""Decides which hyphens belong to a proper name before an actor phrase's head, so that the phrase keeps the whole name:
"Tehreek-i-Taliban Pakistan", "Hizb-ul-Mujahideen militants", "Islamic State-linked gunmen" (:func:`_name_hyphen`; not
"Ostria-backed fighters", not "SANA-Army units"), and the front of a hyphenated name the parse cut off ("Ittehad-ul-"
before "Mujahideen Pakistan": :func:`_particle_name_front`). Evidence: the token shapes, the lists ``name_particles``
and ``state_body_words`` of data/role_cues.tsv. Read by :mod:`.phrase`. Tests: tests/test_roles_hyphen_names.py,
tests/test_terror5.py.
"""
from __future__ import annotations

from sitrep.events.roles.common import lemma
from sitrep.events.roles.words import _GROUP_NOUNS, role_cue


# the short lower-case links inside Urdu, Persian and Arabic names written with hyphens ("Ittehad-ul-Mujahideen",
# "Lashkar-e-Jhangvi", "Tehrik-i-Taliban", "Ansar-ud-Din"; public knowledge of the transliterations)
_NAME_PARTICLES = role_cue("name_particles")


def _particle_name_front(first) -> list:  # type: ignore[no-untyped-def]
    """The front of a hyphenated name the parse cut off before ``first`` ("Ittehad-ul-" before "Mujahideen Pakistan",
    which would else be read as Pakistan's army): a capitalised word, a hyphen, a name particle, a hyphen glued
    to ``first``."""
    doc = first.doc
    k = first.i + 1 if first.text == "-" else first.i  # (the parse may keep the last hyphen: "-Ansar Pakistan")
    if k < 4 or k >= len(doc) or not doc[k].text[:1].isupper():
        return []
    w, h1, p, h2 = doc[k - 4], doc[k - 3], doc[k - 2], doc[k - 1]
    glued = not (w.whitespace_ or h1.whitespace_ or p.whitespace_ or h2.whitespace_)
    if glued and h1.text == "-" and h2.text == "-" and p.lower_ in _NAME_PARTICLES and w.is_alpha \
            and w.text[:1].isupper():
        return list(doc[k - 4 : first.i])
    return []


def _name_hyphen(head, c) -> bool:  # type: ignore[no-untyped-def]
    """``c`` is a hyphen between two parts of a proper name before the head ("Tehreek-i-Taliban Pakistan",
    "Lashkar-e-Taiba", "Hizb-ul-Mujahideen militants"): part of the phrase, which would else break at it and keep only
    the last part ("Taliban Pakistan", read as Pakistan's army)."""
    doc = c.doc
    # (a proper name's parts on both sides: "Ostria-backed fighters" are no "Ostria-backed" group, "a four-person
    # group" no "four-person" one)
    return c.dep_ == "punct" and c.tag_ == "HYPH" and c.i < head.i and 0 < c.i and not c.whitespace_ \
        and not doc[c.i - 1].whitespace_ and doc[c.i - 1].is_alpha and doc[c.i + 1].is_alpha \
        and ((doc[c.i - 1].pos_ == "PROPN" and doc[c.i + 1].pos_ == "PROPN")
             or (doc[c.i - 1].text[:1].isupper() and doc[c.i + 1].lower_ in _TIES and head.text.islower()
                 and lemma(head) not in _GROUP_NOUNS)) \
        and doc[c.i + 1].lower_ not in _STATE_BODY_WORDS


# the words after a group's name and a hyphen that keep the name in a phrase of generic men ("Islamic State-linked
# gunmen": the actors layer reads the men as the group's, nlp/actor_lexicon); a sponsor's "-backed", "-led" stays
# out, and so does the tie before a name of its own ("the al Qaeda-linked Group for the Support of Islam and Muslims")
# or a group noun, told back to a group named before ("the al Qaeda-affiliated group claimed it": al-Shabaab)
_TIES = frozenset({"linked", "affiliated"})


# a state's body after the hyphen names no group of that name: "SANA-Army units" is a credit line's agency and the
# army, not an "SANA-Army" group
_STATE_BODY_WORDS = role_cue("state_body_words")
