"""Decides that a time belongs to another deed than the trigger: a later verb's time (:func:`later_deed`: "was
murdered and his body was found today"), the verb governing a noun trigger (:func:`borrowed_time`: "the
government condemned on Monday the attack"), unless "in protest" or the day of the noun; a verb's time that dates
a violent noun before it (:func:`after_violent_noun`: "has denied any part in the murder of X 8 days ago"), another
deed between (:func:`_other_deed_between`). Tests: tests/test_event_dates_hours_found.py.
"""
from __future__ import annotations

from sitrep.events.date.telling import _of_event_noun, _telling, _told_deed
from sitrep.events.date.tense import perfect_present
from sitrep.events.date.verbs import (_event_verb, _own_verb, _span_head, _verb_of, _violent_noun, _violent_verb,
                                      lemmas, support_verb)
from sitrep.events.ontology import load_ontology
from sitrep.events.response_time import answered_noun
from sitrep.nlp.timelex import lexicon


def later_deed(doc, ts: list[int], trig) -> bool:  # type: ignore[no-untyped-def]
    """A time told after the trigger, hanging from a later verb that names no act of violence and is no light
    verb: "he was murdered and his body was found today" (today dates the finding); not a time the sentence's
    main verb, told before the trigger, carries ("three shops were wrecked in the blast of a car bomb yesterday")."""
    if ts[0] < trig.i:
        return False
    verb = _verb_of(doc, ts)
    if ts[0] < verb.i and _telling(verb) and _told_deed(trig):
        return False  # "he was shot Thursday, officials reported": the parse hung the deed's time on the telling
    return verb.pos_ in ("VERB", "AUX") and verb.i > trig.i and verb.i != _own_verb(trig).i and not _event_verb(verb)


_TIME_PREPS = frozenset({"on", "in", "at", "during", "early", "late"})


def after_violent_noun(doc, ts: list[int], timed: list[list[int]]) -> bool:  # type: ignore[no-untyped-def]
    """A day told right after a noun of violence and its complements ("the killing of the mayor a week ago",
    "a role in the murder of two judges on 3 May") that the parse hung on a verb which cannot take it: a
    present perfect ("has denied ... eight days ago": a perfect takes no past day of its own) or a verb already
    dated by another time ("were held overnight ... over the murder of X on 3 May"). The day is the noun's."""
    before = [t for t in doc[max(0, ts[0] - 4):ts[0]] if not t.is_space]  # line breaks of upper-case text aside
    if before and before[-1].lower_ in _TIME_PREPS:
        before.pop()
    if not before:
        return False
    last = before[-1]
    noun = next((a for a in [last, *last.ancestors] if a.i <= last.i and a.pos_ in ("NOUN", "PROPN")
                 and _violent_noun(a) and max(x.i for x in a.subtree if not x.is_space) == last.i), None)
    if noun is None:
        return False
    verb = _verb_of(doc, ts)
    if verb.pos_ not in ("VERB", "AUX") or verb.i > noun.i or verb not in noun.ancestors:
        return False
    own = set(ts)
    other = any(o and not own & set(o) and doc[o[0]].sent == verb.sent and _verb_of(doc, o).i == verb.i for o in timed)
    return perfect_present(verb) or other


def borrowed_time(doc, ts: list[int], trig) -> bool:  # type: ignore[no-untyped-def]
    """The expression dates the verb that governs a noun trigger, not the event the noun names: "the
    envoys on Friday deplored the latest killings", "she spoke today about the kidnapping of ...".
    Only a time told before the noun is set aside (one after it is the noun's own: "the murder of two
    monks last Wednesday"). A verb of violence lends the noun its time ("one person was killed tonight in a
    bomb explosion"); a light or aspectual verb ("launched an attack on Monday", "the bombing took place on
    Monday") or a perception ("heard explosions on Monday night") only when the noun is its own argument
    (object, subject, or object of its preposition): a noun buried deeper ("yesterday continued the search
    for the perpetrators of the attack") never takes it."""
    if trig.pos_ not in ("NOUN", "PROPN") or ts[0] > trig.i:
        return False  # a time after the noun ("the murder of two monks in the capital last Wednesday") is its own
    if _of_event_noun(doc, ts, trig):
        return False  # "the attack on Monday", "Monday's attack", "the 7 March attack in which a bomb exploded"
    cur = _span_head(doc, ts)
    verb = None
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX"):
            verb = cur
            break
        if cur.head.i == cur.i:
            return _other_deed_between(doc, ts, trig)
        cur = cur.head
    if verb is None or verb.i == trig.i or verb not in trig.ancestors:
        return False
    if answered_noun(verb, trig):
        return False  # "On Saturday ... RCMP received a report of a collision": the response's day is the collision's
    if in_protest(trig, verb):
        return False  # "shopkeepers closed their stores on Tuesday in protest at ...": the closing is the protest
    if day_of_noun(trig):
        return False  # "on Monday, the first day of a strike": the day told is one of the strike's
    if _violent_verb(verb):
        return False  # "a guard was killed last night as a result of a grenade blast"
    own = _own_verb(trig)
    if ts[-1] < verb.i and trig.dep_ in ("nsubj", "nsubjpass") and own.i != verb.i and own.dep_ == "conj" \
            and own.head.i == verb.i and _event_verb(own):
        return False  # "On Friday, there were power cuts and two grenades were set off": its own clause, joined on
    arg = trig
    while arg.dep_ == "conj" and arg.head.pos_ in ("NOUN", "PROPN") and arg.head.i != arg.i:
        arg = arg.head  # "there were riots and bombs on Monday": a conjoined noun shares its first conjunct's verb
    direct = arg.head.i == verb.i or (arg.head.dep_ in ("prep", "agent") and arg.head.head.i == verb.i)
    return not (direct and support_verb(verb))


def in_protest(trig, verb) -> bool:  # type: ignore[no-untyped-def]
    """The noun is "protest" in "in protest" or "in a protest" hanging on ``verb`` ("marched on Monday in protest
    at the arrests", "closed their stores on Tuesday in protest", "stopped traffic on Saturday ..., in a protest
    against corruption": branch protests4): the verb's deed is the protest, and its time the protest's."""
    prep = trig.head
    return trig.lemma_.lower() == "protest" and trig.dep_ == "pobj" and prep.lower_ == "in" \
        and prep.i < trig.i and all(t.dep_ == "det" for t in trig.doc[prep.i + 1: trig.i]) and prep.head.i == verb.i


_DAY_NOUNS = frozenset({"day", "night", "morning", "evening"})


def day_of_noun(trig) -> bool:  # type: ignore[no-untyped-def]
    """The noun is the "of" object of a day that restates the time told ("on Monday, the first day of a strike",
    "Tuesday, the third day of the sit-in": branch protests4): the day is one of the event's, and so its time."""
    prep = trig.head
    if trig.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return False
    day = prep.head
    return day.lemma_.lower() in _DAY_NOUNS and day.dep_ in ("npadvmod", "appos")


def _other_deed_between(doc, ts: list[int], trig) -> bool:  # type: ignore[no-untyped-def]
    """Where the parse gives the time no verb at all (upper-case text: "THE GOVERNMENT TODAY CONDEMNED THE
    ATTACK" read as a string of nouns), a past form between the time and the noun that names a deed other than
    violence, a light verb or an effect (a telling, a condemnation: a trigger of another event type) dates
    that deed, not the noun."""
    onto = load_ontology()
    for tok in doc[ts[-1] + 1:trig.i]:
        if not tok.lower_.endswith("ed") or tok.is_space:
            continue
        words = lemmas(tok)
        if any(w in lexicon().event_verbs or w in onto.cue("kill_lemmas") for w in words) or _violent_verb(tok):
            return False
        speech = onto.cue("speech_verbs")
        if any(w in speech or w in lexicon().telling_verbs or onto.patterns(w, "VERB") for w in words):
            return True
    return False
