"""Date: when an event happened, from the time expression of its clause, then its sentence, then one
carried from the sentence that told the same event, and only then the report's date (precision "reported")."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, replace
from typing import Optional

from sitrep.events.counted_from import counted_time, measures_dated_phrase
from sitrep.events.court_account import court_verb
from sitrep.events.means_time import means_time
from sitrep.events.ontology import TypeDef, load_ontology
from sitrep.events.participle_time import participle_time, result_time
from sitrep.events.purpose_time import purpose_time
from sitrep.events.restated_offset import restated_offset_time
from sitrep.events.date_after_deed import after_deed_time
from sitrep.events.restated_time import restated
from sitrep.events.since_span import continuing_since
from sitrep.events.turned_time import turned_time
from sitrep.events.response_time import answered_noun, response_verb
from sitrep.events.victims_doing import victims_doing_time
from sitrep.events.when_time import when_time
from sitrep.events.where_time import where_time
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention, TimeExpr
from sitrep.nlp.doctext import doc_text
from sitrep.nlp.timelex import lexicon
from sitrep.nlp.time.relative import LOCAL_AHEAD, TOLD_AHEAD
from sitrep.nlp.time.zone_clock import ZONE_DAY

_RELATIVE_OK = ("day", "week", "month", "year", "hour", "minute", "part_of_day")

CARRY_TYPES = ("Explosions/Remote violence",)  # a strike and its toll told over two sentences; "fighting" is too vague to carry
CARRY_CHARS = 300  # how far back a dateless sentence looks for the date of the same event type
# an incident told over several sentences ("A man was shot dead late Sunday. The gunmen also wounded his
# brother."): a dateless act of violence takes the day of the incident told just before (MUC-4 single-incident
# reports: the first event's interval holds the incident's date in 77 % of reports against 76 % with civilians only)
INCIDENT_TYPES = ("Violence against civilians", "Battles", "Explosions/Remote violence")
INCIDENT_CHARS = 400
DEMO_TYPES = ("Protests", "Riots")
CAUSE_MARKS = frozenset({"after", "following"})  # "protested on Monday after a man was run over on Sunday night"
RECENT_DAYS = 62  # a report's only day told, when no act of violence is dated, dates them only this recent (two months)


def toll_verb_over(tok, toll_verbs: frozenset[str]) -> Optional[tuple[set[int], set[int]]]:  # type: ignore[no-untyped-def]
    """For a trigger inside the subject of a count verb ("the toll from the attack rose to 52"): the
    subject's tokens and the count verb's; None otherwise."""
    cur = tok
    for _ in range(8):
        if cur is not tok and cur.dep_ in ("nsubj", "nsubjpass") and cur.head.lemma_.lower() in toll_verbs:
            v = cur.head
            return {x.i for x in cur.subtree}, {x.i for x in v.subtree}
        if cur.head is cur:
            return None
        cur = cur.head
    return None


def carried_time(tdef: TypeDef, sent, prev: list[EventMention], verb: bool = True) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """A dateless sentence that goes on about the event just told takes its day: the nearest earlier
    event of the same type, a few sentences back, with a resolved day or week; an act of violence told
    by a verb ("the gunmen also wounded two passengers") takes the day of the one incident the report
    tells (a noun restating it, "the attack showed...", is left to the modality's background test)."""
    for ev in reversed(prev):
        if sent.start_char - ev.sentence.end > max(CARRY_CHARS, INCIDENT_CHARS):
            break
        if ev.sentence.start >= sent.start_char:
            continue
        if ev.time is None or ev.time.start is None or ev.time.precision not in ("day", "week") or ev.modality != "asserted":
            continue
        same = ev.event_type == tdef.event_type and ev.sub_event_type == tdef.sub_event_type
        if ev.event_type in CARRY_TYPES and same and sent.start_char - ev.sentence.end <= CARRY_CHARS:
            return ev.time
        if verb and tdef.event_type in INCIDENT_TYPES and ev.event_type in VIOLENT_EVENT_TYPES \
                and sent.start_char - ev.sentence.end <= INCIDENT_CHARS and one_incident_day(prev) \
                and not _SHIFT.match(sent.text):
            return ev.time  # the day of the one incident the report is telling
    return None


# a sentence that opens on another time or another incident does not go on with the one just told
_SHIFT = re.compile(r"\W*(?:earlier|later(?!\s+(?:in\s+the|that)\s+(?:morning|afternoon|evening|night|day)\b)|meanwhile|previously|separately|elsewhere|in\s+(?:another|a\s+separate)|"
                    r"last\s+\w+|since|before|after)\b", re.I)


def shifts_away(sentence: str) -> bool:
    """The sentence opens on another time or another incident ("Earlier, ...", "Separately, ..."); "Later in the
    afternoon" goes on with the same day."""
    return bool(_SHIFT.match(sentence))


def one_incident_day(prev: list[EventMention]) -> bool:
    """The violent events told so far name one day at most (a report of one incident, not a round-up)."""
    days = {ev.time.start for ev in prev if ev.event_type in VIOLENT_EVENT_TYPES and ev.modality == "asserted"
            and ev.time is not None and ev.time.start is not None}
    return len(days) <= 1


def cause_clause_tokens(trig, clause: set[int]) -> set[int]:  # type: ignore[no-untyped-def]
    """The tokens of the clause's "after ..." clauses that tell what came before the protest ("pelted the office with
    stones after a rickshaw puller was run over on Sunday night"): their times date that deed, not the protest."""
    out: set[int] = set()
    for t in trig.sent:
        if t.i in clause and t.dep_ == "advcl" and t is not trig and trig not in t.subtree and any(
                c.dep_ == "mark" and c.lower_ in CAUSE_MARKS for c in t.children):
            out |= {x.i for x in t.subtree}
    return out


def past_clause(tok) -> bool:  # type: ignore[no-untyped-def]
    """The trigger's verb (or the verb it hangs from) is in the past tense and not future or conditional."""
    v = tok
    for _ in range(3):
        if v.pos_ in ("VERB", "AUX"):
            break
        if v.head.i == v.i:
            return False
        v = v.head
    auxes = [c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")]
    if any(a in ("will", "shall", "'ll", "would", "could", "may", "might", "to") for a in auxes):
        return False
    return "Past" in v.morph.get("Tense") or any(a in ("was", "were", "had") for a in auxes)


def told_by_verb(trig) -> bool:  # type: ignore[no-untyped-def]
    """The deed is told by a verb in a simple past: the trigger itself ("the gunmen also wounded two passengers"), or
    the past verb of violence whose object it is ("The jet dropped two bombs on the school": the bombs of the strike
    just told; not a light verb, "it carried out the bombing", nor one of perceiving, "heard explosions"); not a
    present perfect ("the rebels have killed dozens": a record)."""
    if trig.pos_ in ("VERB", "AUX"):
        return not perfect_present(trig)
    verb = trig.head
    return trig.dep_ == "dobj" and verb.pos_ == "VERB" and verb.tag_ == "VBD" and not perfect_present(verb) \
        and _violent_verb(verb) and not support_verb(verb)


def perfect_present(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "have been killed", "has carried out": a running count or a record, not one dated deed."""
    v = tok
    for _ in range(5):  # "have been hurt by the force of a blast": the noun four heads below its verb
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "'ve") for c in v.children)


def single_past_day(t: TimeExpr, published: Optional[_dt.date]) -> bool:
    """One resolved day (a date or a time on it), not after the report, not a bare clock time."""
    return t.type in ("DATE", "TIME") and t.precision == "day" and t.start is not None \
        and t.start == (t.end or t.start) and not t.future and not bare_clock(t) and not after_report(t, published)


def after_report(t: TimeExpr, published: Optional[_dt.date]) -> bool:
    """The expression names a day after the report's date (impossible for a past incident). The day after it, told
    with its weekday ("on Thursday, March 13" in a report dated Wednesday 12 March) or in the place's own time
    ("early Tuesday local time" in a US page dated Monday; "at 2230 GMT on Saturday" in Mogadishu,
    nlp/time/zone_clock), is not: the text confirms that day, and the report's date is a day early (a page dated
    where it was posted, in another time zone); nor is a weekday that a day written out just before names (an
    update's, nlp/time/told_weekday.py)."""
    if published is None or t.start is None or t.start <= published:
        return False
    if (t.anchor or "").startswith(TOLD_AHEAD):
        return False  # "UPDATE, Wednesday 4 March: ... on Wednesday morning": the update's day, written out
    ahead = (t.anchor or "").startswith((LOCAL_AHEAD, ZONE_DAY))
    return (t.start - published).days != 1 or not (weekday_told(t) or ahead)


def weekday_told(t: TimeExpr) -> bool:
    """The expression names a date with a month and the weekday that date falls on ("Thursday, March 13")."""
    words = re.findall(r"[a-z]+", t.span.text.lower())
    wd = lexicon().weekdays
    return t.start is not None and len(words) >= 2 and any(wd.get(w) == t.start.weekday() for w in words) \
        and any(w.rstrip(".") in lexicon().months for w in words)



_YEAR_WORD = re.compile(r"\b(?:1[89]|20)\d\d\b|'\d\d\b")


def no_year(t: TimeExpr) -> bool:
    """A day told without its year ("21 October", "Christmas Eve"): its year was guessed from the report's. A day
    counted from another ("the next morning", "tomorrow") names no calendar day, and a weekday alone ("Thursday")
    names a day of one week (the same date a year back falls on another weekday): a year back is no reading of
    either. Nor of a day its own clause tells as still to come ("would appear in court on Thursday" joined to a
    past clause)."""
    lx = lexicon()
    words = [w.rstrip(".") for w in re.findall(r"[a-z]+\.?", t.span.text.lower())]
    named = any(w in lx.months for w in words) \
        or " ".join(t.span.text.lower().replace("’", "'").split()) in lx.fixed_days
    return t.precision == "day" and t.start is not None and t.start == (t.end or t.start) and t.type in ("DATE", "TIME") \
        and not _YEAR_WORD.search(t.span.text) and named and not t.future


def year_before(t: TimeExpr) -> TimeExpr:
    """The same day and month a year earlier (29 February falls back to the 28th)."""
    assert t.start is not None
    try:
        d = t.start.replace(year=t.start.year - 1)
    except ValueError:
        d = t.start.replace(year=t.start.year - 1, day=28)
    value = d.isoformat() + (t.value[10:] if len(t.value) > 10 and t.value[:10] == t.start.isoformat() else "")
    return replace(t, value=value, start=d, end=d, anchor=f"time:{d.isoformat()} (past clause: the year before)")


def since_time(doc, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """ "since Tuesday": the start of a period, not the day of an event."""
    first = doc[ts[0]]
    return first.head.lemma_.lower() == "since" or (first.i > 0 and doc[first.i - 1].lower_ == "since")


def since_deed_day(doc, ts: list[int], trig) -> bool:  # type: ignore[no-untyped-def]
    """ "missing since Monday's attack", "patrols have doubled since Sunday's clashes": the day is the possessive
    of the deed (the trigger) after "since", so it is that deed's day (one day, never the period from it to now)."""
    return since_time(doc, ts) and any(doc[i].dep_ == "poss" and doc[i].head.i == trig.i for i in ts)


def deed_day(t: TimeExpr) -> TimeExpr:
    """The day a "since" period starts on, as one day (:func:`since_deed_day`)."""
    return replace(t, end=t.start)


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


def _verb_of(doc, ts: list[int]):  # type: ignore[no-untyped-def]
    """The verb a time expression hangs from (its last token walked up at most four heads); a word of the
    expression itself tagged as a verb ("YESTERDAY" in upper-case text) is not its verb."""
    tok, inside = doc[ts[-1]], set(ts)
    for _ in range(4):
        if (tok.pos_ in ("VERB", "AUX") and tok.i not in inside) or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def lemmas(tok) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    """The token's lemma, then the bare forms of its regular inflection ("staged" -> "stage": the small
    model lemmatises some verbs wrongly, "staged" as "stag", and upper-case words not at all)."""
    low, lem = tok.lower_, tok.lemma_.lower()
    out = [lem] if lem == low else [lem, low]
    if low.endswith("ied") or low.endswith("ies"):
        out.append(low[:-3] + "y")
    if low.endswith("ed") or low.endswith("es"):
        out += [low[:-1], low[:-2]]
        if len(low) > 4 and low[-3] == low[-4] and low[-3] not in "aeiouls":
            out.append(low[:-3])  # "shelled" keeps its double l above; "stopped" -> "stop"
    elif low.endswith("ing") and len(low) > 5:
        out += [low[:-3], low[:-3] + "e"]
    elif low.endswith("s") and not low.endswith("ss"):
        out.append(low[:-1])
    return tuple(dict.fromkeys(out))


def _telling(verb) -> bool:  # type: ignore[no-untyped-def]
    """A verb of telling; "according to military sources today" dates the source's telling."""
    speech, telling = load_ontology().cue("speech_verbs"), lexicon().telling_verbs
    return verb.pos_ in ("VERB", "AUX") and (any(w in speech or w in telling for w in lemmas(verb)) or verb.lower_ == "according")


def _span_head(doc, ts: list[int]):  # type: ignore[no-untyped-def]
    """The token of a time expression whose head lies outside it."""
    inside = set(ts)
    return next((doc[i] for i in ts if doc[i].head.i not in inside or doc[i].head.i == i), doc[ts[-1]])


def _violent_verb(tok) -> bool:  # type: ignore[no-untyped-def]
    onto = load_ontology()
    return any(p.tdef.event_type in VIOLENT_EVENT_TYPES for w in lemmas(tok) for p in onto.patterns(w, "VERB"))


def _event_verb(verb, incidents: bool = False) -> bool:  # type: ignore[no-untyped-def]
    """A verb whose time may date an act of violence: one of violence, of killing or wounding, a light verb;
    with ``incidents``, also a trigger of a disaster or crime outside ACLED ("was derailed today after
    hitting a dynamite charge")."""
    words, onto = lemmas(verb), load_ontology()
    if incidents and any(p.tdef.outside for w in words for p in onto.patterns(w, "VERB")):
        return True
    return _violent_verb(verb) or support_verb(verb) or any(w in onto.cue("kill_lemmas") for w in words)


def support_verb(verb) -> bool:  # type: ignore[no-untyped-def]
    """A light, aspectual or phrasal verb whose time dates the event noun it governs (``event_verb`` of
    data/time_lexicon.tsv): "launched an attack on Monday", "the bomb went off on Monday"."""
    words, ev = lemmas(verb), lexicon().event_verbs
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None  # the particle, whatever the parse made of it
    return any(w in ev for w in words) or (nxt is not None and any(f"{w} {nxt.lower_}" in ev for w in words))


def _own_verb(trig):  # type: ignore[no-untyped-def]
    v = trig
    for _ in range(3):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    return v


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


def conjunct_time(doc, trig, tok_of_time, sent_idx: set[int]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """The time of a deed joined to the trigger's verb with no subject of its own ("insurgents beheaded three men
    and set fire to forty houses on Friday", "gunmen stormed the camp and abducted ten on Sunday"): one doer's
    deeds told in one stretch share the day told at its end. A joined verb with a subject of its own tells another
    clause ("he was murdered and his body was found today"), as does a verb that names no deed."""
    if trig.pos_ not in ("VERB", "AUX"):
        return None
    onto = load_ontology()
    for t, ts in tok_of_time:
        if not ts or ts[0] not in sent_idx or ts[0] < trig.i or not usable_time(t) or since_time(doc, ts):
            continue
        verb = _verb_of(doc, ts)
        if verb.dep_ != "conj" or verb.head.i != trig.i or verb.i == trig.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
            continue
        if any(onto.patterns(w, "VERB") for w in lemmas(verb)) or _event_verb(verb):
            return t
    return None


def fronted_conjunct_time(doc, trig, tok_of_time, sent_idx: set[int]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """The time that opens the sentence on the first of two joined verbs, for the trigger under the second, which
    has no subject of its own: "On Monday, traders in Tando Allahyar had shut their shops and held a peaceful
    demonstration" (the opening day sets both deeds; branch protests7). Only a time the sentence opens with (at most
    a preposition before it)."""
    v = _own_verb(trig)
    if v.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children):
        return None
    head = v.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    start = trig.sent.start
    for t, ts in tok_of_time:
        if not ts or ts[0] not in sent_idx or ts[0] > head.i or not usable_time(t) or since_time(doc, ts):
            continue
        if _verb_of(doc, ts).i == head.i and all(x.pos_ in ("ADP", "PUNCT", "SPACE") for x in doc[start:ts[0]]):
            return t
    return None


def found_death(verb) -> bool:  # type: ignore[no-untyped-def]
    """A finding of a death: "was found dead", "his body was found", "were found shot", "found with stab
    wounds" (a finding verb with a death word or a word of violence among its dependents, two levels down)."""
    lx = lexicon()
    if verb.pos_ not in ("VERB", "AUX") or not any(w in lx.finding_verbs for w in lemmas(verb)):
        return False
    near = [c for c in verb.children if c.dep_ not in ("ccomp", "conj", "advcl", "relcl", "parataxis")]
    near += [g for c in near for g in c.children if g.dep_ not in ("ccomp", "conj", "relcl", "parataxis")]
    return any(x.lower_ in lx.death_signs or (x.pos_ == "VERB" and _violent_verb(x)) or
               (x.pos_ == "NOUN" and _violent_noun(x)) for x in near)


def found_before(t: TimeExpr) -> TimeExpr:
    """The day a death was found: it happened that day or the night before (an interval of both days)."""
    assert t.start is not None
    return replace(t, start=t.start - _dt.timedelta(days=1), end=t.start, precision="day",
                   anchor=f"time:{t.start.isoformat()} (found then)")


def antecedent_time(doc, trig, tok_of_time) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """An act told in a relative clause takes the day of the event noun it describes: "the 31 October attack
    in which a bomb exploded", "the raid on Sunday during which three guards were killed"."""
    v = _own_verb(trig)
    ante = v.head if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN") else _pronoun_antecedent(v)
    inner = {x.i for x in v.subtree}
    if ante is None or not _violent_noun(ante):
        # "the ambush of a convoy near X on 12 March, in which 22 soldiers were killed": the parse hung the clause
        # on another noun; the violent noun before "in which", with the words up to it (its time among them)
        prep = _prepositional_antecedent(v)
        if prep is None:
            return None
        ante, upto = prep
        own = set(range(ante.i, upto)) - inner
    else:
        own = {x.i for x in ante.subtree} - inner
    cands = [t for t, ts in tok_of_time if ts and ts[0] in own and usable_time(t) and t.start is not None
             and t.precision == "day"]
    return min(cands, key=lambda t: abs(t.span.start - ante.idx)) if cands else None


_RELATIVE_PRONOUNS = frozenset({"which", "that"})


def _pronoun_antecedent(v):  # type: ignore[no-untyped-def]
    """The event noun that a relative pronoun subject of ``v`` stands for, where the parse hung the clause elsewhere
    ("Sunday's ambush near Gayeri, which security sources say killed 17 people": "which" is the ambush): the
    nearest violent noun before the pronoun, with no verb between; None when there is none."""
    pron = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE_PRONOUNS), None)
    return _violent_noun_before(pron, 6) if pron is not None else None


def _violent_noun_before(tok, window: int):  # type: ignore[no-untyped-def]
    """The nearest violent noun at most ``window`` tokens before ``tok``, with no verb between; None otherwise."""
    for t in reversed(tok.doc[max(0, tok.i - window):tok.i]):
        if t.pos_ in ("VERB", "AUX"):
            return None
        if t.pos_ == "NOUN" and _violent_noun(t):
            return t
    return None


def _prepositional_antecedent(v):  # type: ignore[no-untyped-def]
    """For a clause opening on "in which"/"during which" (``v`` its verb): the nearest violent noun before the
    preposition with no verb between, and the preposition's index; None when there is none."""
    prep = next((c for c in v.children if c.dep_ == "prep" and c.i < v.i
                 and any(g.dep_ == "pobj" and g.lower_ == "which" for g in c.children)), None)
    ante = _violent_noun_before(prep, 14) if prep is not None else None
    return (ante, prep.i) if ante is not None else None


def _violent_noun(tok) -> bool:  # type: ignore[no-untyped-def]
    return load_ontology().violent_noun(tok.lemma_.lower())


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


_OFFSET = re.compile(r"\s*(after|before)\b", re.I)
OFFSET_ANCHOR = "unresolved:offset:"  # + days: a weekday not resolved yet, and the event lies N days from it
_DAYS = re.compile(r"P(\d+)([DW])$")  # "two days after", "a week after" (seven days)
_SOME_HOURS = re.compile(r"PT(\d+|X)H$")


def offset_time(trig, tok_of_time, sent) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """ "Workers on Saturday swept up the glass, a day after a missile attack killed 52"; "urged residents on
    Sunday to leave, two days after the strike": an event told in an "N days after/before" phrase lies N days
    before/after the day its sentence tells outside that phrase (the day kept as evidence is that day's).
    "Police made an arrest on Monday, hours after a woman was shot": hours after/before reach over one night
    at most, so the phrase's event lies on that day or the one before (after) or after (before)."""
    for t, ts in tok_of_time:
        if t.type != "DURATION" or not (sent.start_char <= t.span.start < sent.end_char) \
                or not t.span.end < trig.idx <= t.span.end + 80:
            continue
        m, h = _DAYS.match(t.value), _SOME_HOURS.match(t.value)
        if m is None and (h is None or (h.group(1) != "X" and int(h.group(1)) > 24)):
            continue
        side = _OFFSET.match(doc_text(trig.doc), t.span.end)
        if side is None:
            continue
        refs = [r for r, _ in tok_of_time if sent.start_char <= r.span.start < sent.end_char and r.span.end <= t.span.start
                and r.type in ("DATE", "TIME") and r.precision == "day"
                and (r.start == (r.end or r.start) if r.start is not None else r.relative)
                and not r.future and not bare_clock(r)]
        if len(refs) != 1:
            continue
        after = side.group(1).lower() == "after"
        if refs[0].start is None:
            if m is None:  # hours from a day not resolved yet: no interval can wait for it
                continue
            # an undated report's "on Saturday": the offset waits for the story's date (stories/dates.redate)
            return replace(refs[0], anchor=f"{OFFSET_ANCHOR}{_offset_n(m) * (-1 if after else 1):+d}")
        if m is not None:
            a = b = refs[0].start + _dt.timedelta(days=_offset_n(m) * (-1 if after else 1))
        else:
            a, b = (refs[0].start - _dt.timedelta(days=1), refs[0].start) if after else \
                (refs[0].start, refs[0].start + _dt.timedelta(days=1))
        return replace(refs[0], value=a.isoformat() if a == b else refs[0].value, type="DATE", start=a, end=b, precision="day",
                       anchor=f"time:{refs[0].start.isoformat()} ({t.span.text} {side.group(1).lower()})")
    return None


def offset_dated(m: EventMention) -> bool:
    """``m`` is the deed of an "N days/hours after/before" phrase dated from its sentence's day (:func:`offset_time`:
    "attacked the market on Friday, a week after gunmen killed four traders"): another, earlier incident."""
    anchor = (m.time.anchor or "") if m.time is not None else ""
    return anchor.startswith("time:") and anchor.endswith((" after)", " before)"))


def _offset_n(m: re.Match) -> int:
    """The days of an offset measure matched by ``_DAYS`` ("P2D": 2, "P1W": 7)."""
    return int(m.group(1)) * (7 if m.group(2) == "W" else 1)


_HOURS = re.compile(r"PT(?:\d+|X)[HM]$")
HOURS_BACK_DAYS = 2  # "in the past 48 hours" at most: a span of hours up to the report still names its days


def usable_time(t: TimeExpr) -> bool:
    """Resolved, or relative and waiting for an anchor (an undated report: "on Thursday", "the previous day");
    or "hours later" counted from a day told before it; or a span of hours up to the report ("in recent hours",
    "over the past 24 hours": the report's day and the one before)."""
    if t.type == "DURATION":
        return t.start is not None and ((t.anchor or "").startswith("time:") or recent_hours(t))
    return t.type in ("DATE", "TIME") and (t.start is not None or (t.relative and t.precision in _RELATIVE_OK))


def recent_hours(t: TimeExpr) -> bool:
    """A span of hours running up to the report ("in recent hours", "the past 24 hours"), at most
    :data:`HOURS_BACK_DAYS` days long; not one still to come ("the next 72 hours")."""
    return t.type == "DURATION" and bool(_HOURS.match(t.value)) and t.relative and not t.future \
        and t.start is not None and t.end is not None and 0 <= (t.end - t.start).days <= HOURS_BACK_DAYS


def choose_date(primary, clause: set[int], other_clauses: set[int], sent, sent_idx: set[int],  # type: ignore[no-untyped-def]
                tok_of_time, toll_verbs: frozenset[str], published: Optional[_dt.date], prev: list[EventMention]):
    """The event's time expression and date interval.

    Returns ``(time, date_start, date_end, precision, toll, clause)``: ``toll`` is the (subject, count)
    token sets when the trigger sits in the subject of a count verb ("the number killed in the strike
    rose to 52 on Saturday": Saturday dates the count, not the strike), and ``clause`` is then widened
    to the count so that its figure becomes the event's toll.

    Stages: the sentence's times sorted for the trigger (:func:`_sort_times`), the time of the trigger's clause
    (:func:`_clause_time`), else of its sentence or the one before (:func:`_sentence_time`), widened to a range
    (:func:`range_time`), set to the hour the clause tells (:func:`_clock_time`), and read as an interval
    (:func:`_interval`)."""
    doc = sent.doc
    trig = primary.tok
    toll = toll_verb_over(primary.tok, toll_verbs)
    if toll is not None:
        subject, counted = toll
        tok_of_time = [(t, ts) for t, ts in tok_of_time if ts and ts[0] in subject]
        clause = clause | counted
    times = _sort_times(doc, trig, sent, sent_idx, other_clauses, tok_of_time, published)
    if times.shifted is None:  # "The attack came five days after a bomb exploded": counted from the attack's day
        times.shifted = restated_offset_time(trig, times.kept, sent, prev, _violent_noun)
    if times.shifted is None:  # "A day after the attack, jets struck a convoy": the day after the deed told before
        times.shifted = after_deed_time(trig, times.kept, sent, prev, _violent_noun)
    time = _clause_time(doc, primary, clause, times, published)
    if time is None:
        time = _sentence_time(doc, primary, sent, other_clauses, times, toll, published, prev)
    if time is not None:
        time = range_time(doc, time, times.kept, published) or time  # "fought from Friday to Sunday"
    time, hour_alone = _clock_time(doc, trig, time, times, toll, published)
    if hour_alone:
        # the hour alone: dated by the report (the incident's day, when the report tells one, comes later)
        return time, published, published, "reported" if published is not None else "unknown", toll, clause
    date_start, date_end, precision = _interval(time, times.told_on, toll, published)
    return time, date_start, date_end, precision, toll, clause


@dataclass
class _Times:
    """The time expressions of a trigger's sentence, sorted for that trigger by :func:`_sort_times`."""
    kept: list  # type: ignore[type-arg]  # (time, its token indices) that may date the event
    unborrowed: list  # type: ignore[type-arg]  # the same before times borrowed from another clause were set aside
    told_on: list[TimeExpr]  # days that date the telling ("said today that ...")
    clocks: list[TimeExpr]  # bare clock times of the sentence, outside other clauses ("at 1830")
    shifted: Optional[TimeExpr]  # the day counted back from an "N days after/before" phrase
    sent_idx: set[int]  # the sentence's token indices, with a cut-off end of line ("WAS SHOT AT" | "0915 ...")
    past: bool  # the trigger's clause is in a past tense


def _sort_times(doc, trig, sent, sent_idx: set[int], other_clauses: set[int], tok_of_time,  # type: ignore[no-untyped-def]
                published: Optional[_dt.date]) -> _Times:
    """Which of the sentence's times may date the event: none after the report unless told as still to come
    (a past clause's day and month without a year are last year's), none that dates the telling or is borrowed
    from another clause, not a verb's time that dates a violent noun before it, no bare clock time (kept
    apart as the hour)."""
    sent_idx = sent_idx | cut_off(sent, tok_of_time, trig)  # "... WAS SHOT AT" | "0915 THIS MORNING."
    past = past_clause(trig)
    # a past-tense incident never takes a day after its report ("clashes erupted on Friday" in a Thursday report)
    # "supervised a 21 October attack" in an August report: last year's 21 October (a day and month told
    # without a year, read past the report in a past clause)
    tok_of_time = [(year_before(t) if past and after_report(t, published) and no_year(t) else t, ts)
                   for t, ts in tok_of_time]
    # nor does any event take a day after its report that its own clause does not tell as still to come
    tok_of_time = [(t, ts) for t, ts in tok_of_time if not ((past or not t.future) and after_report(t, published))]
    # "on Sunday evening (early Monday morning IST)": the bracket restates the day in another clock's terms
    others = [t for t, _ in tok_of_time]
    tok_of_time = [(t, ts) for t, ts in tok_of_time if not restated(doc_text(doc), t, others)]
    # "now", "currently": the time of the telling, never the day of a deed told in a past tense
    tok_of_time = [(t, ts) for t, ts in tok_of_time if not (past and t.value.endswith("_REF"))]
    # "hours after a car bomb killed five ... on Sunday": "hours" dates the bomb no more than its Sunday does not
    tok_of_time = [(t, ts) for t, ts in tok_of_time if not measures_dated_phrase(trig, t, tok_of_time)]
    # "on Saturday ..., a day after a missile attack killed 52": counted back from the day the sentence tells
    shifted = offset_time(trig, tok_of_time, sent)
    if shifted is None:  # "killed 12 villagers 10 days after a gang abducted 30 on March 4": counted from March 4
        shifted = counted_time(trig, tok_of_time, sent)
    # a time that dates the telling ("said today that ...") does not date what is told; it is the day the
    # event was reported, by that source
    # (not a hearing's day, "a jury heard on Monday": the case's deed was first told long before)
    told_on = [t for t, ts in tok_of_time if ts and ts[0] in sent_idx and speech_time(doc, ts, trig)
               and t.start is not None and t.precision == "day" and not t.future and not court_verb(_verb_of(doc, ts))]
    tok_of_time = [(t, ts) for t, ts in tok_of_time if not (ts and ts[0] in sent_idx and speech_time(doc, ts, trig))]
    unborrowed = tok_of_time  # (a time of the clause the trigger's is told during is the trigger's too)
    tok_of_time = [(t, ts) for t, ts in tok_of_time if not (ts and ts[0] in sent_idx and borrowed_time(doc, ts, trig))]
    if trig.pos_ in ("VERB", "AUX"):  # "has denied any part in the murder of X 8 days ago": the murder's day, not the denial's
        timed = [ts for _, ts in tok_of_time]
        tok_of_time = [(t, ts) for t, ts in tok_of_time if not (ts and ts[0] in sent_idx and _verb_of(doc, ts).i == trig.i
                                                                 and after_violent_noun(doc, ts, timed))]
    # a bare clock time ("at 1830", "at 2:15 a.m.") tells the hour, not the day: kept as evidence of the hour
    clocks = [t for t, ts in tok_of_time if ts and ts[0] in sent_idx and ts[0] not in other_clauses and bare_clock(t)]
    tok_of_time = [(t, ts) for t, ts in tok_of_time if not bare_clock(t)]
    return _Times(tok_of_time, unborrowed, told_on, clocks, shifted, sent_idx, past)


def _clause_time(doc, primary, clause: set[int], times: _Times, published: Optional[_dt.date]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """The time the trigger's own clause tells (the nearest to the trigger, a resolved one first; one counted
    from an "N days after" phrase before it), else one that a link in the sentence gives the trigger: its means,
    its antecedent, a "when" clause, a conjunct verb, a deed it happened during (violence only)."""
    trig = primary.tok
    tok_of_time, sent_idx = times.kept, times.sent_idx
    cause = cause_clause_tokens(trig, clause) if primary.tdef.event_type in DEMO_TYPES else set()
    dated = [t if not since_time(doc, ts) or continuing_since(doc, ts, trig) else deed_day(t) for t, ts in tok_of_time
             if ts and ts[0] in clause and usable_time(t) and ts[0] not in cause
             and (not since_time(doc, ts) or since_deed_day(doc, ts, trig) or continuing_since(doc, ts, trig))]
    time: Optional[TimeExpr] = min(dated, key=lambda t: (t.start is None, abs(t.span.start - trig.idx))) if dated else None
    time = times.shifted if times.shifted is not None else time
    if time is None:
        time = means_time(trig, tok_of_time, sent_idx)  # "were wounded in a drive-by shooting ... late Friday"
    if time is None:
        time = antecedent_time(doc, trig, tok_of_time)  # "the 12 May raid in which a grenade went off"
    if time is None:  # "happened on 9 April at a stop, where a man was shot": the happening's day
        time = where_time(trig, _own_verb(trig), [(t, ts) for t, ts in tok_of_time if usable_time(t)], _violent_noun)
    if time is None:  # "in the early hours of 21 October, when fighters fired mortars": the firing's day
        time = when_time(trig, _own_verb(trig), [(t, ts) for t, ts in tok_of_time if usable_time(t)])
    if time is None:
        time = conjunct_time(doc, trig, tok_of_time, sent_idx)  # "beheaded three men and set fire to ... on Friday"
    if time is None and primary.tdef.event_type in DEMO_TYPES:  # "On Monday, traders shut their shops and held a
        time = fronted_conjunct_time(doc, trig, times.unborrowed, sent_idx)  # demonstration": the opening day
    if time is None:  # "used water cannon to break up a rally late on Tuesday": the deed on the rally's day
        time = purpose_time(_own_verb(trig), [(t, ts) for t, ts in tok_of_time if ts and ts[0] in sent_idx
                                              and single_past_day(t, published)])
    if time is None and primary.tdef.event_type in DEMO_TYPES:  # "set fire to shops on Monday night after a protest
        time = turned_time(trig, [(t, ts) for t, ts in tok_of_time if ts and ts[0] in sent_idx  # turned violent"
                                  and single_past_day(t, published)])
    if time is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:  # "set fire to houses on Tuesday night, killing seven"
        # (the outcome on the deed's day; a deal's terms, "signed a truce on Tuesday, agreeing to ...", are no deed)
        time = result_time(_own_verb(trig), [(t, ts) for t, ts in tok_of_time if ts and ts[0] in sent_idx
                                             and single_past_day(t, published)])
    if time is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:
        time = during_time(doc, trig, tok_of_time, sent_idx, published)  # "exploded as a convoy passed on Sunday"
    if time is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:  # "attacked ... on Thursday, killing two
        time = participle_time(trig, [(t, ts) for t, ts in tok_of_time  # officers in a shootout": the Thursday's
                                      if ts and ts[0] in sent_idx and usable_time(t)], _verb_of)
    if time is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:  # "shot dead four members of a family who
        time = victims_doing_time(  # were visiting relatives on Saturday": the Saturday's
            _own_verb(trig), [(t, ts) for t, ts in tok_of_time if ts and ts[0] in sent_idx],
            lambda ts: _verb_of(doc, ts), lambda t: single_past_day(t, published))
    return time


def _sentence_time(doc, primary, sent, other_clauses: set[int], times: _Times, toll,  # type: ignore[no-untyped-def]
                   published: Optional[_dt.date], prev: list[EventMention]) -> Optional[TimeExpr]:
    """A time of the trigger's sentence outside other clauses (the nearest usable one); for a protest or riot, a
    deed's time it happened with; for past violence, the day a death was found after it; and for a sentence with
    no date of its own (and no count), the day carried from the event told just before it."""
    trig = primary.tok
    tok_of_time, sent_idx = times.kept, times.sent_idx
    violent = primary.tdef.event_type in VIOLENT_EVENT_TYPES
    # a day after the report outside the trigger's clause belongs to another clause's plan, not this event;
    # a day told after the trigger by another deed dates that deed ("was murdered and his body was found today")
    loose = [t for t, ts in tok_of_time if ts and ts[0] in sent_idx and ts[0] not in other_clauses
             and usable_time(t) and not since_time(doc, ts) and not after_report(t, published)
             and not (violent and later_deed(doc, ts, trig))]
    # "Fighting ... has gone on since Friday": the clause of the going on tells the fight's own span
    loose = loose or [t for t, ts in tok_of_time if ts and ts[0] in sent_idx and usable_time(t)
                      and since_time(doc, ts) and continuing_since(doc, ts, trig)]
    time = min(loose, key=lambda t: (t.start is None, abs(t.span.start - trig.idx))) if loose else None
    if time is None and primary.tdef.event_type in ("Protests", "Riots"):
        time = simultaneous_time(doc, trig, [(t, ts) for t, ts in times.unborrowed if not bare_clock(t)], sent_idx,
                                 published)
    if time is None and primary.tdef.event_type in ("Protests", "Riots"):  # "detained 400 activists on Saturday
        time = relative_clause_time(doc, trig, [(t, ts) for t, ts in times.unborrowed if not bare_clock(t)],  # who
                                    sent_idx, published)  # sat down on the motorway": the detention's day
    if time is None and violent and times.past:
        # "he was murdered and his body was found today": the day the death was found, or the night before
        found = [found_before(t) for t, ts in tok_of_time if ts and ts[0] in sent_idx and ts[0] not in other_clauses
                 and ts[0] > trig.i and single_past_day(t, published) and found_death(_verb_of(doc, ts))]
        time = found[0] if found else None
    # a sentence with a date of its own (in another clause) tells another time; a duration ("for 12 days") does not
    if time is None and toll is None and not any(ts and ts[0] in sent_idx and t.type in ("DATE", "TIME")
                                                 for t, ts in tok_of_time):
        # (a present perfect, "the rebels have killed dozens", is a record, not the incident told just before)
        time = carried_time(primary.tdef, sent, prev, verb=told_by_verb(trig))  # "Turkey struck on Monday. It said 40 targets were hit."
    return time


def _clock_time(doc, trig, time: Optional[TimeExpr], times: _Times, toll,  # type: ignore[no-untyped-def]
                published: Optional[_dt.date]) -> tuple[Optional[TimeExpr], bool]:
    """The chosen time set to the hour of the clock time nearest the trigger (not for a count): on the single day
    chosen, else on the day the report told before it. Returns ``(time, hour_alone)``: ``hour_alone`` when no
    day is known for the hour (the clock time is then the time, and the report dates the event)."""
    clocks = times.clocks
    clock = min(clocks, key=lambda t: abs(t.span.start - trig.idx)) if clocks and toll is None else None
    if clock is None or clock.start is None:
        return time, False
    if time is not None and time.start is not None and time.precision == "day" and time.start == (time.end or time.start):
        return at_clock(clock, time.start), False  # the day told or carried, at the hour the clause tells
    if time is None:
        ref = reference_day(doc, times.kept, clock, published)
        if ref is not None:
            return at_clock(clock, ref), False  # "Gunmen struck on Sunday. ... The victims were shot at 2130 hours."
        return clock, True
    return time, False


def _interval(time: Optional[TimeExpr], told_on: list[TimeExpr], toll,  # type: ignore[no-untyped-def]
              published: Optional[_dt.date]) -> tuple[Optional[_dt.date], Optional[_dt.date], str]:
    """``(date_start, date_end, precision)`` of the chosen time; without one, the day the claim was told on
    (precision "reported"), else the report's date."""
    if time is not None and time.start is None:
        return None, None, "unknown"  # kept as ``time`` so the story layer can resolve it on an inferred anchor
    if time is not None:
        return time.start, time.end or time.start, time.precision
    if told_on and toll is None and (published is None or told_on[0].start <= published):
        return told_on[0].start, told_on[0].start, "reported"  # "..., the army said on Monday": reported on Monday
    # a count's date was set aside (toll): the event is dated by its report, even one still undated
    return published, published, "reported" if published is not None or toll is not None else "unknown"


_RANGE_TO = frozenset({"to", "through", "until", "till", "into", "-", "–"})
RANGE_DAYS = 14  # the longest span of days two expressions joined as a range may make


def range_time(doc, time: TimeExpr, tok_of_time, published: Optional[_dt.date]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """A day joined to a later day as the two ends of one span: "from Friday to Sunday", "Friday through Sunday",
    "between Friday and Sunday", "on Monday and Tuesday": the chosen day's expression widened to end on the
    second day (each end a single day, the second after the first by at most :data:`RANGE_DAYS`, not after the
    report). None when the day stands alone."""
    if time.precision != "day" or time.start is None or (time.end or time.start) != time.start:
        return None
    ts = next((ts for t, ts in tok_of_time if t is time and ts), None)
    if ts is None:
        return None
    before = doc[ts[0] - 1].lower_ if ts[0] > 0 else ""
    for t, ts2 in tok_of_time:
        if not ts2 or not 1 < ts2[0] - ts[-1] <= 3 or t.precision != "day" or t.start is None \
                or (t.end or t.start) != t.start or t.future or after_report(t, published):
            continue
        joint = [doc[i].lower_ for i in range(ts[-1] + 1, ts2[0])]
        if not 0 < (t.start - time.start).days <= RANGE_DAYS:
            continue
        if joint == ["and"] and _verb_of(doc, ts2).i != _verb_of(doc, ts).i:
            continue  # "killed a farmer on Wednesday and the following day attacked a village": two deeds' days
        if joint[-1] in _RANGE_TO or (joint == ["and"] and before in ("between", "on")):
            return replace(time, end=t.start)  # (the first day's span and value kept as the evidence)
    return None


_AT_THE_SAME_TIME = frozenset({"as", "while"})


def simultaneous_time(doc, trig, tok_of_time, sent_idx: set[int], published: Optional[_dt.date]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """The day of the clause the trigger's clause is told as happening during: "Flights were cancelled on
    Thursday as the union staged a general strike", "Shops stayed shut on Monday while traders marched" (an
    adverbial clause opened by "as" or "while", past, with no time of its own: its head clause's one day). Not a
    day after the report, nor "as" of a comparison or a cause told with another tense ("as the army has
    done"). Asked for protests and riots only (a strike or a march told beside its day's effects): "a missile
    struck the station as crowds waited for evacuation trains" tells no evacuation of its own."""
    v = _own_verb(trig)
    if v.dep_ != "advcl" or v.pos_ not in ("VERB", "AUX") or not past_clause(v) or not any(
            c.dep_ == "mark" and c.lower_ in _AT_THE_SAME_TIME for c in v.children):
        return None
    head = v.head
    days = [t for t, ts in tok_of_time if ts and ts[0] in sent_idx and _verb_of(doc, ts).i == head.i
            and usable_time(t) and t.precision == "day" and not since_time(doc, ts) and not after_report(t, published)]
    return days[0] if len(days) == 1 else None


def relative_clause_time(doc, trig, tok_of_time, sent_idx: set[int], published: Optional[_dt.date]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """The day of the clause whose people a relative clause tells protesting, when the relative clause has no time
    of its own: "police detained more than 400 climate activists on Saturday who sat down on the A12 motorway"
    (past, the head verb's one day; branch protests7). Asked for protests and riots only."""
    v = _own_verb(trig)
    if v.dep_ != "relcl" or v.pos_ not in ("VERB", "AUX") or not past_clause(v):
        return None
    head = _own_verb(v.head)
    if head.i == v.i or head.pos_ not in ("VERB", "AUX"):
        return None
    days = [t for t, ts in tok_of_time if ts and ts[0] in sent_idx and _verb_of(doc, ts).i == head.i
            and usable_time(t) and t.precision == "day" and not since_time(doc, ts) and not after_report(t, published)]
    return days[0] if len(days) == 1 else None


def during_time(doc, trig, tok_of_time, sent_idx: set[int], published: Optional[_dt.date]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """The day of the clause a violent deed is told as happening during, when the deed's own clause has none: "A car
    bomb exploded as the convoy of a provincial official passed through Aden on Sunday", "was shot while he walked
    home on Friday" (an adverbial clause under the deed's verb, opened by "as" or "while", past: its one day; a
    "when" clause may tell a later step, as on MUC-4 dev). Not a day after the report (the converse of
    :func:`simultaneous_time`)."""
    v = _own_verb(trig)
    if v.i != trig.i and trig.dep_ not in ("nsubj", "nsubjpass"):
        return None  # "a plan that includes the murder of officials, as the president charged on 14 October"
    for c in v.children:
        if c.dep_ != "advcl" or c.pos_ not in ("VERB", "AUX") or not past_clause(c) or not any(
                m.dep_ == "mark" and m.lower_ in _AT_THE_SAME_TIME for m in c.children):
            continue
        days = [t for t, ts in tok_of_time if ts and ts[0] in sent_idx and _verb_of(doc, ts).i == c.i
                and usable_time(t) and t.precision == "day" and not since_time(doc, ts) and not after_report(t, published)]
        if len(days) == 1:
            return days[0]
    return None


_END = frozenset('.!?;:"\'\u201d\u2019)]')


_LEADS = frozenset({"at", "on", "in", "around", "about", "early", "late", "shortly", "before", "after", "during", "by"})


def cut_off(sent, tok_of_time, trig) -> set[int]:  # type: ignore[no-untyped-def]
    """The tokens of the verbless fragments that the parse cut off a sentence (at line breaks of upper-case text:
    "... A GUARD WAS SHOT" | "AT 0915" | "THIS MORNING."), for a trigger in the sentence's last clause (no other
    verb after it): while the sentence so far does not end in a full stop, the next one, up to three, when it
    opens on the time or a preposition and has no verb outside its time expressions. Empty otherwise."""
    doc, out, cur = sent.doc, set(), sent
    own = _own_verb(trig)
    if any(t.pos_ in ("VERB", "AUX") and t.i not in (trig.i, own.i) and t.dep_ not in ("aux", "auxpass")
           for t in doc[trig.i + 1:sent.end]):
        return out
    timed = {i for _, ts in tok_of_time for i in ts}
    for _ in range(3):
        last = next((t for t in reversed(cur) if not t.is_space), None)
        if last is None or last.text[-1:] in _END or cur.end >= len(doc):
            break
        nxt = doc[cur.end].sent
        first = next((t for t in nxt if not t.is_space), None)
        if nxt.start != cur.end or len(nxt) > 40 or first is None or not (first.i in timed or first.lower_ in _LEADS) \
                or any(t.pos_ in ("VERB", "AUX") and t.i not in timed for t in nxt):
            break  # a fragment that opens on another word ("CHARGED ON 14 OCTOBER": a verb the tagger missed)
        out.update(range(nxt.start, nxt.end))
        cur = nxt
    return out


_BARE_CLOCK = re.compile(r"(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|\d{4}(?:\s*(?:hours|hrs))?|noon|midnight)"
                         r"(?:\s*\(?(?:GMT|UTC|EST|EDT|local\s+time)\)?)?", re.I)


def bare_clock(t: TimeExpr) -> bool:
    """A clock time with no day of its own ("at 1830", "2:15 a.m.", "0600 local time"): the hour, not the day."""
    return t.type == "TIME" and bool(_BARE_CLOCK.fullmatch(t.span.text.strip()))


def reference_day(doc, tok_of_time, clock: TimeExpr, published: Optional[_dt.date]) -> Optional[_dt.date]:  # type: ignore[no-untyped-def]
    """The day a bare clock time belongs to: the last past day told within a paragraph before it (the
    narrative's reference time), not a day of telling ("said on Monday"); None when there is none."""
    best = None
    for t, ts in tok_of_time:
        if not ts or t.span.end > clock.span.start or clock.span.start - t.span.end > INCIDENT_CHARS:
            continue
        if t.type not in ("DATE", "TIME") or t.precision != "day" or t.start is None or t.start != (t.end or t.start) \
                or t.future or bare_clock(t) or (published is not None and t.start > published):
            continue
        if since_time(doc, ts) or _telling(_verb_of(doc, ts)):
            continue
        best = t.start
    return best


def at_clock(clock: TimeExpr, day: _dt.date) -> TimeExpr:
    """The clock time on ``day`` (told elsewhere): its span and hour, the day's date (ACLED time precision 1
    needs the day; the hour stays as evidence)."""
    hour = clock.value.split("T", 1)[1] if "T" in clock.value else ""
    return replace(clock, value=f"{day.isoformat()}T{hour}", start=day, end=day, precision="day",
                   anchor=f"time:{day.isoformat()}")
