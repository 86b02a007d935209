"""One of the hurt who died since is no longer among them (issue 16, local follow-ups).

A follow-up tells a later death as an ordinal victim ("A third person has died from injuries suffered in last
weekend's shooting", "A second man has died from wounds suffered in last week's shooting") and keeps the first
story's count of the hurt ("Five other people were wounded", "Hale was one of five people wounded"). The ordinal
count is read as the whole toll already (``nlp/victims._ordinal_toll``); the one who died was among the wounded,
so the incident's count of the wounded drops by one (:func:`drop_hurt_who_died`). Only when the report tells one
such death, and only a count of the wounded told as of the deed: not one told as the state now ("the four wounded
who remain hospitalized", "two are still in hospital"), which has already lost the dead.

A report of one victim tells the same way how he was hurt and then that he died: "a man had been stabbed ... He was
taken to hospital in a critical condition, where he succumbed to his injuries", "He was taken to hospital with
life-threatening head injuries. Police said the man died in hospital on Monday." The one person hurt is the one who
died (:func:`drop_lone_hurt_who_died`): a count of one wounded, told of one person ("he", "a man"), followed by a
death told of the same person again ("he", "the man": a pronoun or a definite noun of the same sex) is no one hurt.
"A man was killed and a woman hurt", "the other man was taken to hospital", "a second victim" stay as they are.

The hurt counted beside an earlier, smaller toll, less those of them who died since (:func:`drop_hurt_since_died`;
issue 16, branch tolls17; moved here from events/hurt_since_died, branch code19, unchanged).
A follow-up tells the toll as it now stands ("The death toll ... rose to five after a woman injured in the fire died
in hospital"; "A second man has died") and retells the first account's counts side by side: "Four people died and
seven others were injured when the fire broke out", "Officers initially reported one dead and two wounded". The hurt
of that sentence are counted as of its dead (4, 1); the report's toll is larger (5, 2), and the report says the ones
who died since were among the hurt ("One of the wounded ... died overnight", "a woman injured in the fire died"). Those
hurt are now dead: the count of the hurt drops by the difference (7 - (5 - 4) = 6; 2 - (2 - 1) = 1).

Only a count of the hurt told in one sentence with a count of the dead smaller than the report's largest toll (a
hurt count told alone, or beside the toll as it now stands, is taken as already net of the dead: a later report's
"12 people were killed and 30 wounded"), and only when the report tells a death among the hurt (:data:`_HURT_DIED`).
tolls16 tried lowering the largest hurt count near any "N of the wounded died" and lost a figure in three story sets,
whose later reports tell the hurt net of the dead beside the updated toll: the sentence's own smaller toll is what
marks a count as told before the deaths. A count another rule already lowered for the same death ("wounded five
others ... One of the wounded died later": ``toll_later_deaths._fewer_hurt``) is left (its words no longer give its
value).

The figure layer's side of the same reading (one count's own words: "Five were wounded ..., where two of them later
died", "One of the three people shot ... has died", "Two of the four wounded later died") is
:mod:`sitrep.nlp.hurt_who_died`; this module takes what only the report's events and their tolls show. All four are
asked by :mod:`sitrep.events.extract`.
"""
from __future__ import annotations

import re
from dataclasses import replace

from sitrep.events.ordinal_died_since import died_since
from sitrep.events.toll import best_sum
from sitrep.model import KILLED_WHAT, VIOLENT_EVENT_TYPES, EventMention, Figure
from sitrep.nlp.doctext import doc_text
from sitrep.nlp.numbers import parse_quantity

__all__ = ["drop_hurt_own_toll", "drop_hurt_since_died", "drop_hurt_who_died", "drop_lone_hurt_who_died",
           "drop_victim_told_hurt"]

# "A third person", "a second victim": the ordinal victim of a follow-up
_ORDINAL_VICTIM = re.compile(r"^(?:a|an)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I)
# what follows the ordinal victim: a death of wounds ("has died from injuries", "died of his wounds", "succumbed")
_DIED_OF_WOUNDS = re.compile(r"^[\w\s,'’-]{0,60}?\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:\w+\s+){0,2}?"
                             r"(?:wounds|injuries)\b", re.I)
# a count of the hurt told as their state now, not as of the deed
_STATE_NOW = re.compile(r"\b(?:remain|remains|remained|still|now|currently)\b", re.I)


def _sentence_text(doc, start: int) -> str:  # type: ignore[no-untyped-def]
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0].sent.text if span is not None and len(span) else ""


# the toll told as a part of the hurt, then their death in the same sentence: "one of the injured died in hospital",
# "One of the five, a 22-year-old woman, died at ..." (the whole: a noun of the hurt or a bare number)
_OF_THE_HURT = re.compile(r"\s+of\s+(?:the|those|these)\s+(?:(?P<hurt>injured|wounded|hurt)\b|(?P<n>[\w-]+)\s*[,;]?\s)"
                          r"[^.;!?]*?\b(?:died|succumbed|passed\s+away)\b", re.I)


def drop_hurt_own_toll(events: list[EventMention], figures: list[Figure], doc) -> None:  # type: ignore[no-untyped-def]
    """An incident whose only toll is a part of its hurt who died ("Four members of a family were injured ... Later,
    one of the injured died in hospital"; "Five people were injured ... One of the five ... died"): the wounded
    count it carries, told before the toll and larger than it (equal to the whole where a number tells it), loses
    the dead (3, 4), as incident databases count the injured. Only the event's own toll (a toll told apart, "Two
    were killed ... one of the injured later died", is ``toll_later_deaths._add_later_deaths``'s, which lowers the hurt
    itself), exact, not background; the figure is replaced in ``figures`` under its id."""
    text = doc_text(doc)
    by_id = {f.id: (i, f) for i, f in enumerate(figures)}
    for e in events:
        k = e.fatalities
        if e.modality != "asserted" or k is None or k.what not in KILLED_WHAT or k.low is None or k.low != k.high \
                or k.background:
            continue
        m = _OF_THE_HURT.match(text, k.span.end)
        if m is None:
            continue
        whole = parse_quantity(m.group("n")) if m.group("n") else None
        if m.group("n") and (whole is None or whole[0] != whole[1]):
            continue
        hurt = [by_id[fid] for fid in e.figures if fid in by_id and by_id[fid][1].what in ("wounded", "injured")]
        hurt = [(i, w) for i, w in hurt if w.low is not None and w.low == w.high and not w.background
                and w.span.end <= k.span.start and w.low > k.low and (whole is None or w.low == whole[0])]
        if len(hurt) != 1:
            continue
        i, w = hurt[0]
        figures[i] = replace(w, low=w.low - k.low, high=w.high - k.low, best=best_sum([w], -k.low))


def drop_hurt_who_died(events: list[EventMention], figures: list[Figure], doc) -> None:  # type: ignore[no-untyped-def]
    """Lower by one each wounded count the report's asserted violent events carry when the report tells one ordinal
    victim who died of wounds (see the module docstring); the figure is replaced in ``figures`` under its id."""
    violent = [e for e in events if e.modality == "asserted"
               and (e.event_type in VIOLENT_EVENT_TYPES or e.outside == "crime")]
    if not violent:
        return
    text = doc_text(doc)
    died = {e.fatalities.id for e in violent if e.fatalities is not None and e.fatalities.what in KILLED_WHAT
            and _ORDINAL_VICTIM.match(e.fatalities.span.text)
            and (_DIED_OF_WOUNDS.match(text[e.fatalities.span.end:e.fatalities.span.end + 120])
                 or died_since(text[e.fatalities.span.end:e.fatalities.span.end + 120]))}  # (events/ordinal_died_since)
    if len(died) != 1:
        return
    carried = {fid for e in violent for fid in e.figures}
    for i, w in enumerate(figures):
        if w.id not in carried or w.what not in ("wounded", "injured") or w.low is None or w.low < 2 or w.background:
            continue
        if _STATE_NOW.search(_sentence_text(doc, w.span.start)):
            continue
        figures[i] = replace(w, low=w.low - 1, high=None if w.high is None else w.high - 1, best=best_sum([w], -1))


# the sex of a person a count's words name: "he", "a man", "the 38-year-old man", "she", "the woman"
_MALE = frozenset({"he", "him", "man", "male", "boy", "father", "son", "husband", "brother"})
_FEMALE = frozenset({"she", "her", "woman", "female", "girl", "mother", "daughter", "wife", "sister"})
# a count of one that tells another person than the one before ("a second victim", "the other man", "another")
_OTHER = frozenset({"second", "third", "other", "another", "others", "also"})
_DEFINITE = frozenset({"he", "she", "the", "him", "her"})


def _sex(text: str) -> str | None:
    words = set(re.findall(r"[a-z]+", text.lower()))
    male, female = bool(words & _MALE), bool(words & _FEMALE)
    return "m" if male and not female else "f" if female and not male else None


def drop_lone_hurt_who_died(events: list[EventMention], figures: list[Figure]) -> None:
    """Drop the count of one wounded that an asserted violent or criminal deed carries when a later count of one
    dead tells the same person again (see the module docstring): the wounded count is one person ("he", "a man"),
    the later death a pronoun or a definite noun ("he", "the man") of the same sex, neither told as another person
    ("a second victim", "the other man"). The figure leaves the events that carry it."""
    harm = [e for e in events if e.modality == "asserted"
            and (e.event_type in VIOLENT_EVENT_TYPES or e.outside == "crime")]
    carried = {fid for e in harm for fid in e.figures}
    by_id = {f.id: f for f in figures}
    for fid in sorted(carried):
        w = by_id.get(fid)
        if w is None or w.what not in ("wounded", "injured") or w.low != 1 or w.high not in (None, 1) or w.background:
            continue
        sex = _sex(w.span.text)
        if sex is None or set(re.findall(r"[a-z]+", w.span.text.lower())) & _OTHER:
            continue
        later = [f for f in figures if f.what in KILLED_WHAT and f.low == 1 and not f.background
                 and f.span.start > w.span.end and _sex(f.span.text) == sex
                 and re.findall(r"[a-z]+", f.span.text.lower())[:1] in (["he"], ["she"], ["the"])
                 and not set(re.findall(r"[a-z]+", f.span.text.lower())) & _OTHER]
        if not later:
            continue
        for e in harm:
            e.figures = [x for x in e.figures if x != fid]


def drop_victim_told_hurt(events: list[EventMention], figures: list[Figure]) -> None:
    """ "A woman who was set on fire by her husband succumbed to her injuries on Thursday. According to the police,
    the victim had sustained 70 per cent burns": a count of one wounded told as "the victim" (alone, definite), after
    the report's only count of dead, which is of one person, tells that person's wounds again, no one else hurt (branch
    tolls19, local_reports_world2 x29). The figure leaves the asserted violent or criminal deeds that carry it."""
    harm = [e for e in events if e.modality == "asserted"
            and (e.event_type in VIOLENT_EVENT_TYPES or e.outside == "crime")]
    dead = [f for f in figures if f.what in KILLED_WHAT and not f.background and f.low is not None and f.low >= 1]
    if not dead or any(f.low != 1 or f.high not in (None, 1) for f in dead):
        return
    carried = {fid for e in harm for fid in e.figures}
    for w in figures:
        if w.id not in carried or w.what not in ("wounded", "injured") or w.low != 1 or w.background \
                or re.findall(r"[a-z]+", w.span.text.lower()) != ["the", "victim"] \
                or not any(f.span.end <= w.span.start for f in dead):
            continue
        for e in harm:
            e.figures = [x for x in e.figures if x != w.id]


# a death among the hurt: "One of the wounded, X, died overnight", "a woman injured in the fire died in hospital",
# "two of the injured have since died"
# incidents outside ACLED whose hurt may die since: a crime, a fire, a blast, a crash (tolls29)
_HARM_OUTSIDE = frozenset({"crime", "man_made_disaster"})
_HURT_DIED = re.compile(
    # (a stop inside a name or initials is no sentence end: "identified only by the initials M.A., had died")
    r"\b(?:one|two|three|four|five|\d+)\s+of\s+the\s+(?:wounded|injured)\b(?:[^.]|\.(?=[\w,])){0,80}?\b(?:died|succumbed)\b"
    r"|\b(?:injured|wounded|hurt)\s+in\s+the\s+\w+(?:\s+\w+)?,?\s+(?:has\s+|had\s+|later\s+)?(?:died|succumbed)\b"
    # "another worker succumbed to his burns", "died of her injuries": one hurt in the deed died since (tolls29)
    r"|\b(?:died|succumbed)\s+(?:of|from|to)\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:wounds|injuries|burns)\b",
    re.I)


def _exact(f: Figure) -> bool:
    return f.low is not None and f.low == f.high and not f.background


def _as_told(w: Figure) -> bool:
    """The count is a number told in its words, not yet lowered by another rule for the same death."""
    b = parse_quantity(w.span.text)
    return b is not None and b[0] == b[1] == w.low


def _sentence(doc, pos: int):  # type: ignore[no-untyped-def]
    span = doc.char_span(pos, pos + 1, alignment_mode="expand")
    return span[0].sent if span is not None and len(span) else None


def drop_hurt_since_died(events: list[EventMention], figures: list[Figure], doc) -> None:  # type: ignore[no-untyped-def]
    """Lower each count of the hurt told beside a smaller toll than the report's by the difference (module docstring);
    the figure is replaced in ``figures`` under its id."""
    harm = [e for e in events if e.modality == "asserted" and (e.event_type in VIOLENT_EVENT_TYPES or e.outside in _HARM_OUTSIDE)]
    tolls = [e.fatalities.low for e in harm if e.fatalities is not None and _exact(e.fatalities)
             and e.fatalities.what in KILLED_WHAT]
    if not tolls or not _HURT_DIED.search(doc_text(doc)):
        return
    toll = max(tolls)
    carried = {fid for e in harm for fid in e.figures}
    killed = [f for f in figures if f.what in KILLED_WHAT and _exact(f)]
    for i, w in enumerate(figures):
        if w.id not in carried or w.what not in ("wounded", "injured") or not _exact(w) or not _as_told(w):
            continue  # (lowered by toll_later_deaths._fewer_hurt or hurt_died: "five ... one of the wounded died")
        sent = _sentence(doc, w.span.start)
        if sent is None:
            continue
        beside = [k.low for k in killed if sent.start_char <= k.span.start < sent.end_char]
        if len(beside) != 1 or not beside[0] < toll or w.low <= toll - beside[0]:
            continue
        n = toll - beside[0]
        figures[i] = replace(w, low=w.low - n, high=w.high - n, best=best_sum([w], -n))
