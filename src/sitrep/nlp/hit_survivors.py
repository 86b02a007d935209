"""The survivors of a count of people hit, some of whom died: the rest were hurt. Three readings, asked by
:func:`sitrep.nlp.figures.extract_figures` (through ``_with_derived_figures``) in this order:

* "Four people were shot, one fatally" (:func:`survivors_of_fatally`): in one sentence;
* "Two men were shot ... One died at the scene" (:func:`survivors_told_next`): the deaths open the next sentence;
  these two moved here from nlp/figures (branch code19, no change of behaviour);
* the fronted whole (:func:`fronted_hit_survivors`), below.

The survivors of a fronted whole: "Of the seven persons hit by the gunmen's bullets, four died on the spot", "Of the
8 people hit, one, a 29-year-old woman, was killed instantly" (issue 16, branch tolls25).

The "Of the N ...," phrase that opens a sentence counts everyone hit (shot, stabbed, wounded, run down); the count right
after it whose death is told is a part of them, so the rest were hurt, as incident databases count the injured: N - M.
A count of people hit (or of things hit, a noun the lexicon lacks: "Of the six guests hit", read as "guest_hit": a
death follows, so they are people) gets a wounded figure of the difference on its span; a count the figure layer already reads as
the wounded ("Of the three people found wounded at the property, one ... could not be revived") is lowered to the
difference (the same figure id). When the part is no killed figure of its own (its death told by "could not be
revived", or a bare "one" with an apposition), a killed figure of the part is added on its words.
:func:`sitrep.nlp.hurt_who_died._fronted_hurt` reads the same frame for the hurt when the death is told as later ("Of the
five others who were wounded, two died later"), and is left to it. Never a background, inexact or range count, nor a
difference that is not positive; never when the fronted phrase tells no one hit (no word of harm: "Of the 12 men at
the table, two died").
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from sitrep.model import Figure, Span
from sitrep.nlp.numbers import SMALL

__all__ = ["FATALLY_AFTER", "HIT_WHAT", "LATER_DEATH", "SHOT_OR_STABBED", "fronted_hit_survivors", "survivors_of_fatally",
           "survivors_told_next"]

_HARM = re.compile(r"\b(?:hit|shot|stabbed|wounded|injured|hurt|struck|run\s+over|knocked\s+down)\b", re.I)
# the part right after the fronted phrase and its death, after an optional apposition ("one, a 29-year-old woman, was
# killed instantly", "four died on the spot", "one could not be revived")
_PART_DIED = re.compile(r",\s*(\d{1,3}|[A-Za-z]+)(?:\s*,[^,.;!?]{1,60},)?\s+(?:\w+\s+){0,2}?(?:died|succumbed|"
                        r"passed\s+away|(?:was|were)\s+(?:killed|pronounced\s+dead|declared\s+dead|confirmed\s+dead)|"
                        r"could\s+not\s+be\s+(?:revived|saved|resuscitated))\b", re.I)
# a death told as later: :mod:`sitrep.nlp.hurt_who_died` lowers a count of the hurt for that one
LATER_DEATH = re.compile(r"\b(?:later|since|subsequently|afterwards|in\s+hospital|at\s+(?:a|the)\s+hospital|"
                    r"of\s+(?:his|her|their)\s+(?:wounds|injuries))\b", re.I)
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?;]\s+|\n)\s*of\s+(?:the|those)\s+$", re.I)
_HURT_WHAT = frozenset({"wounded", "injured"})
# the whats of a count of people hit: "Four people were shot" (hit), "Two men were stabbed" (people); the words of a
# shooting or stabbing (here and in nlp/hurt_who_died)
HIT_WHAT = frozenset({"hit", "people"})
SHOT_OR_STABBED = re.compile(r"\b(?:shot|stabbed|wounded|hit)\b", re.I)


def _value(word: str) -> Optional[float]:
    if word.isdigit():
        return float(word)
    v = SMALL.get(word.lower())
    return float(v) if v is not None else None


def _part(f: Figure, text: str) -> Optional[tuple[float, int, int]]:
    """The part that died after the fronted whole ``f`` ("Of the 8 people hit, one ... was killed"): its value and
    span; None when ``f`` opens no "Of the N ...," sentence of harm, or no death of a counted part follows it."""
    if not _SENTENCE_OPEN.search(text[max(0, f.span.start - 40):f.span.start]):
        return None
    comma = text.find(",", f.span.end, f.span.end + 120)
    if comma < 0 or re.search(r"[.;!?]", text[f.span.end:comma]) or not _HARM.search(text, f.span.end, comma):
        return None
    m = _PART_DIED.match(text, comma)
    if m is None:
        return None
    end = re.search(r"[.!?;]", text[m.end():])
    if LATER_DEATH.search(text[m.end():m.end() + (end.start() if end else 200)]):
        return None  # ("Of the five others who were wounded, two died later": ``_fronted_hurt``'s)
    n = _value(m.group(1))
    return None if n is None else (n, m.start(1), m.end(1))


def fronted_hit_survivors(figures: list[Figure], text: str) -> list[Figure]:
    """The figures with the survivors of each fronted whole read (module docstring), in text order."""
    out = list(figures)
    for i, w in enumerate(figures):
        if not (w.what in _HURT_WHAT or w.what in HIT_WHAT or w.what.endswith("_hit")) or w.low is None or w.low != w.high or w.background:
            continue
        part = _part(w, text)
        if part is None or w.low - part[0] <= 0:
            continue
        n, start, end = part
        if w.what in _HURT_WHAT:
            out[i] = replace(w, low=w.low - n, high=w.low - n, best=None)
        elif not any(f.what in _HURT_WHAT and f.span.start == w.span.start for f in figures):
            out.append(replace(w, id=f"{w.id}.hurt", what="wounded", low=w.low - n, high=w.low - n, best=None,
                               unit="people"))
        if not any(f.span.start <= start < f.span.end for f in figures):
            out.append(replace(w, id=f"{w.id}.part", span=Span(w.span.article_id, start, end, text[start:end]),
                               what="killed", who=None, low=n, high=n, best=None, unit="people"))
    out.sort(key=lambda f: f.span.start)
    return out


# "two of them fatally", "one fatally": the part of a count of the hit that died (also nlp/figures' "12 dead" reading)
FATALLY_AFTER = re.compile(r"\s*(?:of\s+(?:them|whom|those|the\s+\w+)\s+)?(?:were\s+|was\s+)?(?:fatally|mortally)\b", re.I)
_SURVIVOR_GAP = re.compile(r"^[^.;:!?]{0,40}$")  # the hit count and its "N fatally" in one stretch of one sentence


def survivors_of_fatally(figures: list[Figure], text: str) -> list[Figure]:
    """ "Four people were shot, one fatally": the others were hurt (3 wounded), as incident databases count the
    injured of a shooting. A count of people hit (or of people, by a shooting or stabbing verb) followed within
    the sentence by a count that "fatally" marks as killed gives a wounded figure of the difference, on the hit
    count's span; never when the difference is not positive, nor for a background count."""
    out: list[Figure] = []
    for k in figures:
        if k.what != "killed" or k.low is None or k.low != k.high or not FATALLY_AFTER.match(text, k.span.end):
            continue
        hit = [f for f in figures if f.what in HIT_WHAT and f.low is not None and not f.background
               and f.span.end <= k.span.start and _SURVIVOR_GAP.match(text[f.span.end:k.span.start])
               and SHOT_OR_STABBED.search(text, f.span.end, k.span.start)]
        if not hit:
            continue
        f = hit[-1]
        n = f.low - k.low
        if n <= 0:
            continue
        out.append(replace(f, id=f"{f.id}.hurt", what="wounded", low=n,
                           high=(f.high - k.low) if f.high is not None else None, unit="people"))
    return out


# the rest of the hit count's sentence, its end, and the next sentence up to its first word
_TO_NEXT_SENTENCE = re.compile(r"^[^.;!?]*[.!?]\s+$")
# after the next sentence's death count: its death verb and the rest of that sentence
# (an apposition may stand between the count and its death: "Two of them, men aged 20 and 24, died at local hospitals")
_DIED_REST = re.compile(r"\s*(?:of\s+(?:them|those|the\s+\w+))?(?:\s*,[^,.;!?]{1,60},)?\s+(?:\w+\s+)?"
                        r"(?:has\s+|have\s+|had\s+|later\s+)?"
                        r"(?:died|was\s+killed|were\s+killed|succumbed)\b([^.!?]*)", re.I)
_ANOTHER_DEATH = re.compile(r"\b(?:died|dead|killed|succumbed|fatal(?:ly)?|deceased|passed\s+away)\b", re.I)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last sentence end before it (the verb of an active count
    stands before it: "a man had shot three people")."""
    return max(text.rfind(c, 0, pos) for c in ".!?\n") + 1


def survivors_told_next(figures: list[Figure], text: str) -> list[Figure]:
    """ "Two men were shot in ... early Friday. One died at the scene; the other was taken to hospital", "a man had
    shot three people at the home. Two of the victims, a 61-year-old man and a 58-year-old woman, died": the count of
    the people shot or stabbed runs on into the next sentence, whose first words count those of them who died ("One
    died", "Two of them died at Hurley Medical Center"): the others were hurt (a wounded figure of the difference, on
    the hit count's span), as :func:`survivors_of_fatally` reads "Four people were shot, one fatally" in one
    sentence. Never when the death count is not the next sentence's first words, when that sentence tells another
    death after it ("One died at the scene and the other died in hospital"), when the difference is not positive, or
    for a background or inexact count."""
    out: list[Figure] = []
    for k in figures:
        if k.what != "killed" or k.low is None or k.low != k.high or k.background:
            continue
        m = _DIED_REST.match(text, k.span.end)
        if m is None or _ANOTHER_DEATH.search(m.group(1)):
            continue
        hit = [f for f in figures if f.what in HIT_WHAT and f.low is not None and f.low == f.high and not f.background
               and f.span.end <= k.span.start and _TO_NEXT_SENTENCE.match(text[f.span.end:k.span.start])
               and SHOT_OR_STABBED.search(text, _sentence_start(text, f.span.start), k.span.start)]
        if not hit or any(f.what in ("wounded", "injured") and f.span.start == hit[-1].span.start for f in figures):
            continue
        f = hit[-1]
        n = f.low - k.low
        if n <= 0:
            continue
        out.append(replace(f, id=f"{f.id}.hurt", what="wounded", low=n, high=n, best=None, unit="people"))
    return out
