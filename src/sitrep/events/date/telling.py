"""Decides that a time dates the telling, not the deed told ("the minister said today that gunmen killed ...":
:func:`speech_time`), with its exceptions: the time modifies the event noun itself (:func:`_of_event_noun`), a
belief of the subject, a time right after the telling verb, a source's phrase ("according to sources today"); and
a fronted time (:func:`fronted_time`), a deed told in the pluperfect (:func:`told_earlier`). Tests:
tests/test_event_dates_incident.py, tests/test_event_dates_hours_found.py, tests/test_dates16.py, tests/test_dates25.py.
"""
from __future__ import annotations

from sitrep.events.court_account import court_verb
from sitrep.events.date.verbs import _span_head, _verb_of, _violent_noun, _violent_verb, lemmas
from sitrep.events.ontology import load_ontology
from sitrep.events.response_time import response_verb
from sitrep.nlp.timelex import lexicon


def speech_time(doc, ts: list[int], trig) -> bool:  # type: ignore[no-untyped-def]
    """The expression dates a reporting verb, not the event: "the minister said today that gunmen killed
    ..." (the verb the time hangs from is a speech verb other than the trigger)."""
    if _after_source(doc, ts) or _right_after_telling(doc, ts, trig):
        return True
    if _of_event_noun(doc, ts, trig):
        return False
    tok = _verb_of(doc, ts)
    if told_earlier(trig, tok) or (tok.i != trig.i and court_verb(tok)):
        return True  # "stabbed outside a shop, a jury heard on Monday": the day of the hearing, not of the deed
    if tok.i == trig.i or not _telling(tok) or _belief_of_subject(tok) or response_verb(tok):
        return False  # (a response, "received a report of a collision at 9:15 p.m.", dates the incident)
    if (tok.i < trig.i < ts[0] or trig.i < ts[0] < tok.i or (ts[0] < trig.i < tok.i and fronted_time(doc, ts))) \
            and _told_deed(trig):
        # "police reported that a car bomb exploded tonight", "he was shot Thursday, officials reported": the parse
        # hung the deed's time on the telling; "On Monday, the first day of the holiday, gunmen shot a man, police
        # said": a time opening the sentence before the deed, the telling closing it
        return False
    # "referred to the murder of two monks last Wednesday": after the noun, the time is the noun's own
    return tok.lemma_.lower() in load_ontology().cue("speech_verbs") or ts[0] < trig.i


def fronted_time(doc, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """The time opens its sentence ("On Monday, ...": at most a preposition before it) and a comma follows it."""
    first, after = doc[ts[0]], ts[-1] + 1
    start = first.sent.start
    return (ts[0] == start or (ts[0] == start + 1 and doc[start].pos_ == "ADP")) and after < len(doc) \
        and doc[after].text == ","


def told_earlier(trig, verb) -> bool:  # type: ignore[no-untyped-def]
    """The trigger is a deed told in the pluperfect by a telling whose clause carries the time ("He called police
    early Tuesday and said he had killed her"): the deed came before that day's telling, and the time is not its."""
    if trig.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in trig.children):
        return False
    told = trig.head
    if not _telling(told):
        return False
    return told.i == verb.i or (told.dep_ == "conj" and told.head.i == verb.i)


def _belief_of_subject(verb) -> bool:  # type: ignore[no-untyped-def]
    """A verb of belief or telling followed by "to" and a verb ("fighters believed to belong to X", "men said to be
    from Y", "are thought to have fled"): it describes who did the deed and tells nothing on a day of its own."""
    doc = verb.doc
    return verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "to" and doc[verb.i + 2].tag_ == "VB"


def _right_after_telling(doc, ts: list[int], trig) -> bool:  # type: ignore[no-untyped-def]
    """The time follows a verb of speech that comes before the trigger, with nothing but "on" between them: "rebels
    said on Monday they had captured the town on Saturday" (the parse may hang "on Monday" on the deed)."""
    i = ts[0] - 1
    if i >= 0 and doc[i].lower_ == "on":
        i -= 1
    if i < 0 or i >= trig.i or doc[i].i == trig.i:
        return False
    v = doc[i]
    return v.pos_ in ("VERB", "AUX") and any(w in load_ontology().cue("speech_verbs") for w in lemmas(v))


def _told_deed(trig) -> bool:  # type: ignore[no-untyped-def]
    """The trigger is a verb of violence in the past (tagged so, or an "-ed" form the tagger missed in upper-case
    text): what a telling before it tells, not a noun the telling governs ("reported the bombing today")."""
    return (trig.pos_ == "VERB" or trig.lower_.endswith("ed")) and _violent_verb(trig)


def _after_source(doc, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """ "according to military sources today, ...": the time closes the source's phrase (the parse hangs it on
    the main verb)."""
    return ts[0] > 0 and any(a.lower_ == "according" for a in (doc[ts[0] - 1], *doc[ts[0] - 1].ancestors)
                             if a.i < ts[0])


def _telling(verb) -> bool:  # type: ignore[no-untyped-def]
    """A verb of telling; "according to military sources today" dates the source's telling."""
    speech, telling = load_ontology().cue("speech_verbs"), lexicon().telling_verbs
    return verb.pos_ in ("VERB", "AUX") and (any(w in speech or w in telling for w in lemmas(verb)) or verb.lower_ == "according")


def _of_event_noun(doc, ts: list[int], trig) -> bool:  # type: ignore[no-untyped-def]
    """The time modifies the trigger itself ("the attack on Monday", "Monday's attack") or an event noun the
    trigger's clause describes ("the 7 March attack in which a bomb exploded")."""
    ancestors = {a.i for a in trig.ancestors}
    cur = _span_head(doc, ts)
    for _ in range(6):
        if cur.i == trig.i or (cur.i in ancestors and cur.pos_ in ("NOUN", "PROPN") and _violent_noun(cur)):
            return True
        if cur.pos_ in ("VERB", "AUX") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False
