"""The hurt who later died: one place for the reading "of the wounded (or shot), some died since".

Decides, on the figures of one article (after the numbers are read, before the event layer takes them), which counts
of the hurt held people who died after the deed, and rewrites them as incident databases count: the dead among the
dead, the hurt as the rest. Evidence: the words right after or before a count, in its sentence (regular expressions
over the text, no parse):

* "Five others were wounded ..., where two of them later died" (:func:`_less_the_died`): "N of them/whom/those" dying,
  told as later ("later", "since", "in hospital", "of their wounds": :data:`sitrep.nlp.hit_survivors.LATER_DEATH`),
  after a wounded (or shot) count in the same sentence: the hurt are the difference; also the fronted "Of the five
  others who were wounded, two died later" (:func:`_fronted_hurt`);
* "One of the three people shot ... has died" (:func:`_one_of_hurt_died`): one dead, the count less one hurt;
* "Two more people wounded in a shooting ... have died" (:func:`_hurt_who_died`): the count is of the dead;
* "Two of the four wounded later died" (:func:`_part_of_hurt_died`, branch tolls26): N dead, M - N hurt.

Called by :func:`sitrep.nlp.figures.extract_figures` (through ``_with_derived_figures``), as
:func:`hurt_who_died`. The event-level side of the same reading, where a report's events carry a count of the hurt
that the dead told elsewhere in the report (an ordinal victim "A third person has died from injuries", one person
told hurt and then dead, the hurt told beside an earlier smaller toll) must lose, is :mod:`sitrep.events.hurt_died`,
asked by :mod:`sitrep.events.extract`. Moved here from nlp/figures and nlp/hurt_part_died (branch code19, no change
of behaviour).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from sitrep.model import KILLED_WHAT, Figure, Span
from sitrep.nlp.hit_survivors import HIT_WHAT, LATER_DEATH, SHOT_OR_STABBED
from sitrep.nlp.numbers import NUMBER_WORDS, parse_quantity

__all__ = ["hurt_who_died"]


def hurt_who_died(figures: list[Figure], text: str) -> list[Figure]:
    """The figures (in text order) with the hurt who later died read as dead and the hurt lowered (module doc)."""
    figures = _hurt_who_died(_one_of_hurt_died(_less_the_died(figures, text), text), text)
    figures = _told_hurt_then_died(figures, text)  # "Four more people were wounded. One of them ... died on Wednesday"
    return _part_of_hurt_died(figures, text)  # "injuring four residents ... Two of the four wounded later died"


# "One of the three people shot Saturday ... has died", "one of five people wounded in a shooting ... died Monday": the
# count is of the hurt, one of whom died since (the verb of the death ends the clause the count opens)
_ONE_OF = re.compile(r"one\s+of\s+(?:the\s+)?$", re.I)
_HURT_THEN_DIED = re.compile(r"\s*(?:\w+\s+)?(?:shot|stabbed|wounded|injured|hurt)\b([^.;!?]*?)\b(?:has|had)?\s*"
                             r"(?:since\s+|later\s+)?(?:died|succumbed|passed\s+away)\b", re.I)


# "Two more people wounded in a shooting ... have died", "Three more people wounded in Monday's bombing died in
# hospital": the count of the hurt's participle is the subject of a death that ends its clause
_WOUNDED_THEN_DIED = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:wounded|injured|hurt)\b([^.;!?]*?)\b(?:has|have|had)?\s*"
                                r"(?:since\s+|later\s+)?(?:died|succumbed|passed\s+away)\b", re.I)


# "five of the eleven wounded villagers had died": the count after "N of (the)" is the whole the dead are a part of
_PART_OF = re.compile(r"\b(?:\d[\d,]*|" + "|".join(sorted(NUMBER_WORDS | {"some", "several", "many", "most", "all",
                                                                          "few", "two-thirds", "half"}, key=len,
                                                                         reverse=True))
                      + r")\s+of\s+(?:the\s+|those\s+|these\s+)?$", re.I)


def _hurt_who_died(figures: list[Figure], text: str) -> list[Figure]:
    """ "Two more people wounded in a shooting at a house party ... have died": a count read as the hurt (the
    participle that follows it) whose clause ends in their death is a count of the dead; not when anything in
    between has a clause of its own ("who", "said", "when", "while", "and", "but": "two people wounded when gunmen
    fired said the driver died"), nor a part of them ("one of" them: ``_one_of_hurt_died``; "five of the eleven
    wounded": the eleven are the hurt, not the dead)."""
    out = list(figures)
    for i, w in enumerate(out):
        if w.what != "wounded" or w.background or w.low is None:
            continue
        m = _WOUNDED_THEN_DIED.match(text, w.span.end)
        if m is None or _PART_OF.search(text, max(0, w.span.start - 24), w.span.start) \
                or re.search(r"\b(?:said|says|told|who|while|and|but|or|where|as)\b|,", m.group(1), re.I):
            continue
        out[i] = replace(w, what="killed")
    return out


def _one_of_hurt_died(figures: list[Figure], text: str) -> list[Figure]:
    """ "One of the three people shot ... has died": a count of people shot or hurt, opened by "one of" and closed, in
    the same sentence, by the death of that one ("has died", "died", "succumbed"): one is dead and the others
    (the count less one) are the hurt, as incident databases count them; the "one" is a killed figure of 1 and the
    count a wounded one of the difference (on the same ids; a count the death verb made killed, "one of five people
    wounded ... has died", is the hurt's all the same: the participle of harm follows it). Never a background or inexact count, nor when the
    death verb has a subject of its own in between ("one of three people shot said the gunman died"), nor after a
    "when" or "after" clause unless the "one of" phrase stands between commas (:func:`_appositive`)."""
    out = list(figures)
    for i, w in enumerate(out):
        if w.what not in ("wounded", "injured", "killed", *HIT_WHAT) or w.background or w.low is None or w.low != w.high \
                or w.low < 2:
            continue
        lead = _ONE_OF.search(text, max(0, w.span.start - 12), w.span.start)
        m = _HURT_THEN_DIED.match(text, w.span.end)
        if lead is None or m is None or re.search(r"\b(?:said|says|told|who|while)\b", m.group(1), re.I) \
                or (re.search(r"\b(?:when|after)\b", m.group(1), re.I) and not _appositive(text, lead.start(), m.group(1))):
            continue
        one = next((k for k, f in enumerate(out) if f.span.start == lead.start() and f.span.end <= w.span.start), None)
        if one is None:  # "A teenage boy, one of the seven people wounded ...": the one already counted by its head
            one = next((k for k, f in enumerate(out) if f.low == 1 and 0 <= lead.start() - f.span.end <= 2
                        and text[f.span.end:lead.start()].strip() == ","), None)
        if one is not None and out[one].low == 1:
            out[one] = replace(out[one], what="killed", high=1.0, best=None)
        else:
            out.append(replace(w, id=f"{w.id}.died", span=Span(w.span.article_id, lead.start(), lead.start() + 3,
                                                               text[lead.start():lead.start() + 3]),
                               what="killed", low=1.0, high=1.0, best=None, unit="people"))
        out[i] = replace(w, what="wounded", low=w.low - 1, high=w.high - 1, best=None, unit="people")
    out.sort(key=lambda f: f.span.start)
    return out


def _appositive(text: str, lead: int, between: str) -> bool:
    """ "A girl, one of the six people wounded when mortar rounds hit the village, died on Monday": the "one of"
    phrase stands between commas, so a "when" or "after" inside it tells when they were hurt, and the death verb
    after its closing comma is the one's."""
    return text[max(0, lead - 2):lead].rstrip().endswith(",") and between.rstrip().endswith(",")


# "two of them later died", "one of whom has since died", "three of those died in hospital": some of the hurt just
# counted died after the deed
_OF_THEM_DIED = re.compile(r"\s+of\s+(?:them|whom|those)\s+((?:\w+\s+){0,2}?)(?:died|succumbed|passed\s+away)\b([^.;!?]*)",
                           re.I)
_SAME_CLAUSE_RUN = re.compile(r"^[^.!?]*$")  # one sentence (a semicolon too: "six wounded; two of them later died")


# "Of the five others who were wounded, two died later": the hurt told first, in a fronted "of the" phrase
_OF_THE_FRONT = re.compile(r"(?:^|[.!?;]\s+|\n)of\s+(?:the|those)\s+[^.;!?]*,\s*$", re.I)
_DIED_AFTER = re.compile(r"\s+((?:\w+\s+){0,2}?)(?:died|succumbed|passed\s+away)\b([^.;!?]*)", re.I)


def _fronted_hurt(figures: list[Figure], text: str, k: Figure) -> Optional[tuple[int, Figure]]:
    """The wounded count of a fronted "Of the N ... wounded," phrase whose part ``k`` later died ("Of the five others
    who were wounded, two died later Sunday": 3 still hurt), with its index; None otherwise (a later-death word
    needed, as in :func:`_less_the_died`; the difference must stay positive)."""
    if k.what != "killed" or k.low is None or k.low != k.high or k.background:
        return None
    m = _DIED_AFTER.match(text, k.span.end)
    if m is None or not (LATER_DEATH.search(m.group(1)) or LATER_DEATH.search(m.group(2))):
        return None
    lo = max(0, k.span.start - 120)
    front = _OF_THE_FRONT.search(text[lo:k.span.start])
    if front is None:
        return None
    start = lo + front.start()
    hurt = [(i, f) for i, f in enumerate(figures) if f.what in ("wounded", "injured") and f.low is not None
            and f.low == f.high and not f.background and start <= f.span.start and f.span.end <= k.span.start]
    if len(hurt) != 1 or hurt[0][1].low - k.low <= 0:
        return None
    return hurt[0]


def _restated_survivors_died(out: list[Figure], w: Figure, k: Figure) -> None:
    """ "Six people were shot. A man died at the scene. Of the five others who were wounded, two died later": the
    fronted count ``w`` of the wounded restates the survivors already read off the hit count (5, on "Six":
    :func:`sitrep.nlp.hit_survivors.survivors_told_next`), so that figure loses the ``k`` who died later too (3).
    Only a survivors figure (``.hurt``) told before ``w``, exact and of the same value."""
    for i, f in enumerate(out):
        if f.id.endswith(".hurt") and f.what == "wounded" and f.low == w.low and f.high == w.low \
                and f.span.end <= w.span.start and not f.background:
            out[i] = replace(f, low=f.low - k.low, high=f.high - k.low, best=None)


def _less_the_died(figures: list[Figure], text: str) -> list[Figure]:
    """ "Five others were wounded and taken to hospital, where two of them later died": the count of the hurt
    held the two who died since, so the hurt are the difference (3), as incident databases count the injured.
    A killed count told as "N of them/whom/those" later dying (a later-death word: "later", "since", "in hospital",
    "of their wounds"), after a wounded count in the same sentence, lowers that count by N (the same figure id); after
    a count of people shot or stabbed ("Eight people were shot; three of them later died") it gives a wounded figure of
    the difference, as :func:`sitrep.nlp.hit_survivors.survivors_of_fatally` does for "one fatally". Never a count
    that would not stay positive, a range, or a background count."""
    out = list(figures)
    for k in figures:
        fronted = _fronted_hurt(out, text, k)
        if fronted is not None:  # "Of the five others who were wounded, two died later"
            i, w = fronted
            out[i] = replace(w, low=w.low - k.low, high=w.high - k.low, best=None)
            _restated_survivors_died(out, w, k)
            continue
        m = _OF_THEM_DIED.match(text, k.span.end) if k.what == "killed" and k.low is not None and k.low == k.high else None
        if m is None or not (LATER_DEATH.search(m.group(1)) or LATER_DEATH.search(m.group(2))):
            continue
        counts = [(i, f) for i, f in enumerate(out) if f.what in ("wounded", "injured", *HIT_WHAT) and f.low is not None
                  and f.low == f.high and not f.background and f.span.end <= k.span.start
                  and _SAME_CLAUSE_RUN.match(text[f.span.end:k.span.start])]
        if not counts or counts[-1][1].low - k.low <= 0:
            continue
        i, w = counts[-1]
        if w.what in ("wounded", "injured"):
            out[i] = replace(w, low=w.low - k.low, high=w.high - k.low, best=None)
        elif SHOT_OR_STABBED.search(text, w.span.end, k.span.start) and not any(
                f.what in ("wounded", "injured") and f.span.start == w.span.start for f in out):
            out.append(replace(w, id=f"{w.id}.hurt", what="wounded", low=w.low - k.low, high=w.high - k.low, best=None,
                               unit="people"))
    out.sort(key=lambda f: f.span.start)
    return out


# "Two of the four wounded later died": the part's count, then "of the" and the whole of the hurt, then their death
_HURT_WHAT = frozenset({"wounded", "injured"})
# the whole right after the part, then its death: " of the four wounded later died", " of the 12 injured people died
# in hospital"
_OF_WHOLE = re.compile(r"\s+of\s+(?:the|those|these)\s+$", re.I)
_WHOLE_DIED = re.compile(r"\s+(?:wounded|injured|hurt)(?:\s+(?:people|persons|victims|residents|passengers|workers|"
                         r"men|women|others))?\s+((?:\w+\s+){0,3}?)(?:have\s+|has\s+)?(?:died|succumbed|passed\s+away)\b"
                         r"([^.;!?]*)", re.I)


def _exact(f: Figure) -> bool:
    return f.low is not None and f.low == f.high and not f.background


def _part_of_hurt_died(figures: list[Figure], text: str) -> list[Figure]:
    """The figures with each "N of the M wounded ... later died" read as N dead and M - N hurt: where the report tells no
    other count of the dead, the N are its dead (a killed figure; where it does, "at least 21 people were killed ...
    five of the eleven wounded had died", the N are among those and no count of their own), and every exact count of
    M hurt told before it, and the M of the phrase itself, are lowered to M - N (the same figure ids). The fronted "Of
    the M wounded, N died later" is :func:`_fronted_hurt`'s (branch tolls26)."""
    out = list(figures)
    for k, part in enumerate(out):
        if not _exact(part) or part.what not in (*_HURT_WHAT, "killed"):
            continue
        whole = next((j for j, f in enumerate(out) if f.span.start > part.span.end and _exact(f)
                      and _OF_WHOLE.search(text[part.span.end:f.span.start])), None)
        if whole is None:
            continue
        w = out[whole]
        m = _WHOLE_DIED.match(text, w.span.end)
        if m is None or not (LATER_DEATH.search(m.group(1)) or LATER_DEATH.search(m.group(2))) or w.low - part.low <= 0:
            continue
        n, total = part.low, w.low
        if not any(j != k and f.what in KILLED_WHAT and not f.background for j, f in enumerate(out)):
            out[k] = replace(part, what="killed", best=None)
        for i, f in enumerate(out):
            if i != k and f.what in _HURT_WHAT and _exact(f) and f.low == total and f.span.start <= w.span.start:
                out[i] = replace(f, what="wounded", low=total - n, high=total - n, best=None)
    return out


# a sentence that opens with "N of them" (an appositive may follow: "One of them, Abdul Karim, 45,") and tells their
# death: " of them, a 19-year-old worker, died on Wednesday"
_OPENS_OF_THEM_DIED = re.compile(r"\s+of\s+them\s*(?:,(?:[^.;!?]|\.(?=[\w,])){1,60}?,\s*)?(?:\w+\s+){0,2}?"
                                 r"(?:died|succumbed|passed\s+away)\b", re.I)
_SENTENCE_BEFORE = re.compile(r"(?:[.!?]\s+|\n\s*)$")
# the sentence before tells the hurt again as its subject: "The injured were taken to hospital."
_THE_HURT_RETOLD = re.compile(r"^\s*the\s+(?:injured|wounded)\s+(?:were|was|have|had)\b", re.I)


def _told_hurt_then_died(figures: list[Figure], text: str) -> list[Figure]:
    """ "Four more people were wounded. One of them, a 19-year-old worker, died on Wednesday": a sentence that opens
    with "N of them" dying, right after a sentence that counts the hurt (or retells them as its subject, "The injured
    were taken to hospital", after their count told earlier), says N of those hurt died: the count
    of the hurt loses them (3), as incident databases count the injured (branch tolls33; :func:`_less_the_died` reads
    the same within one sentence). Only an exact count of the hurt told before, the difference positive; never when
    another count of the dead or hurt stands between them."""
    out = list(figures)
    for k in figures:
        if k.what != "killed" or k.low is None or k.low != k.high or k.background \
                or not _SENTENCE_BEFORE.search(text[max(0, k.span.start - 4):k.span.start]) \
                or _OPENS_OF_THEM_DIED.match(text, k.span.end) is None:
            continue
        prev_start = max(text.rfind(". ", 0, k.span.start - 2), text.rfind("\n", 0, k.span.start - 1)) + 1
        between = [(i, f) for i, f in enumerate(out) if prev_start <= f.span.start < k.span.start and not f.background
                   and f.what in ("wounded", "injured", "killed", *HIT_WHAT)]
        if not between and _THE_HURT_RETOLD.match(text[prev_start:k.span.start]):
            # "The injured were taken to hospital": the hurt of the report's count told before (the nearest, within
            # the 600 characters before)
            between = [(i, f) for i, f in enumerate(out) if prev_start - 600 <= f.span.start < prev_start
                       and not f.background and f.what in ("wounded", "injured")]
        if not between or between[-1][1].what not in ("wounded", "injured"):
            continue
        i, w = between[-1]
        told = parse_quantity(w.span.text)
        if w.low is None or w.low != w.high or w.low - k.low <= 0 or told is None or told[0] != w.low:
            continue  # (a count another reading lowered already: "Five people were shot. Two of them ... died": 3)
        out[i] = replace(w, low=w.low - k.low, high=w.high - k.low, best=None)
    return out
