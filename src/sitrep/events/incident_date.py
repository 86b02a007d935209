"""One incident's day for its undated acts: after every clause of a report has its own date (``date.py``), a
report that tells one incident gives that incident's day to the past acts of violence it left undated ("He
was shot eight times" after "died in hospital on Sunday"), within a paragraph for a round-up of several days.

Never for running tolls told in the present perfect ("300 have been killed"), "other/previous attacks",
questions, or sentences that open on another time ("Earlier, ..."); see :func:`fill_incident_dates`.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from sitrep.events.date import (
    RECENT_DAYS,
    offset_dated,
    _END,
    _LEADS,
    _after_source,
    _event_verb,
    _span_head,
    _telling,
    _verb_of,
    _violent_noun,
    after_violent_noun,
    at_clock,
    found_before,
    found_death,
    bare_clock,
    past_clause,
    perfect_present,
    shifts_away,
    since_time,
    speech_time,
    toll_verb_over,
)
from sitrep.events.another_day import day_of_another
from sitrep.events.court_account import court_verb
from sitrep.events.date.later_death import death_over, death_time
from sitrep.events.date.sentence_time import names_incident, opening_times
from sitrep.events.headline_line import headline_noun
from sitrep.events.charged_suspect import charged_deed, suspect_words
from sitrep.events.cues import sense_cue
from sitrep.events.deps import tokens_of
from sitrep.events.merge_guards import told_separate
from sitrep.events.ontology import load_ontology
from sitrep.events.response_time import response_verb
from sitrep.events.restated_time import restated
from sitrep.events.trial_day import proceeding_verb
from sitrep.events.running_words import PERIOD as _RUNNING
from sitrep.model import EventMention, TimeExpr, VIOLENT_EVENT_TYPES
from sitrep.nlp.doctext import doc_text
from sitrep.nlp.incident_field import in_field_line
from sitrep.nlp.timelex import lexicon


# _RUNNING: a count that runs over a period ("300 have been killed since March", "so far this year"): no one day's
# deed (data/running_counts.tsv, group period)


_OTHER = frozenset({"other", "previous", "earlier", "past", "prior", "former", "similar", "such", "further", "future"})
_DEFINITE = frozenset({"the", "this", "that"})


def incident_reference(trig, indefinite: bool = False) -> bool:  # type: ignore[no-untyped-def]
    """A singular event noun made definite by an article, a demonstrative or a possessive ("the attack",
    "this bombing", "his murder", "the murder of the judge"): in a report of one incident it names that
    incident, whatever the tense of the verb it hangs from ("claimed responsibility for the attack", "at the
    time of his murder", "police are investigating the shooting"). With ``indefinite``, "a"/"an" too (a
    lead in the present perfect: "there has been a bomb attack on ..."). Not a plural ("the attacks": a
    series), not "the other/previous attack", not an ordinal ("the second attack")."""
    if trig.pos_ not in ("NOUN", "PROPN") or trig.lower_.endswith("s"):
        return False  # a plural by its ending: upper-case text gets "MURDER" tagged plural
    kids = list(trig.children)
    if any(c.lower_ in _OTHER or c.ent_type_ == "ORDINAL" for c in kids if c.dep_ in ("amod", "nummod", "compound")):
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and (c.lower_ in _DEFINITE or (indefinite and c.lower_ in ("a", "an"))))
               for c in kids)


def told_days(doc, times: list[TimeExpr], published: Optional[_dt.date]) -> list[TimeExpr]:  # type: ignore[no-untyped-def]
    """The past days a report tells of violence, in text order: resolved one-day dates and times, not after
    the report, not the start of a period ("since Tuesday"), not the day of someone's telling ("police said
    today"), told by a verb of violence, of dying or wounding, or a light verb ("died on Sunday", "took place
    on Sunday") or by a noun of violence it modifies ("the killing of ten men on Tuesday"), not by another
    deed ("the ministers on Monday discussed ...")."""
    out = []
    timed = [tokens_of(doc, t.span.start, t.span.end) for t in times]
    text = doc_text(doc)
    for t in times:
        if t.type not in ("DATE", "TIME") or t.precision != "day" or t.start is None or t.start != (t.end or t.start) \
                or t.future or bare_clock(t) or (published is not None and t.start > published) or t.value.endswith("_REF") \
                or restated(text, t, times):
            continue  # "currently", "now": the time of the telling; "(early Monday IST)": a day told again
        if in_field_line(text, t.span.start):
            out.append(t)  # a release's "Date/Time: 03/14/2026 2315 hrs": the incident's day
            continue
        ts = tokens_of(doc, t.span.start, t.span.end)
        if not ts or court_verb(clause_verb(doc, ts)) or proceeding_verb(clause_verb(doc, ts)):
            continue  # "..., a jury heard on Monday", "Jury selection began Monday": the day of a hearing, a trial
        if not since_time(doc, ts) and (of_violent_noun(doc, ts) or after_violent_noun(doc, ts, timed)):
            out.append(t)  # "condemned the killing of ten union members on Tuesday": the killing's day
            continue
        if found_with_deaths(doc, ts):
            out.append(t)  # "The deaths of a woman ... and a man found at their home on Monday": the deaths' day
            continue
        verb = clause_verb(doc, ts)
        if since_time(doc, ts) or _telling(verb) or _after_source(doc, ts) or verb.lemma_.lower() in load_ontology().cue("toll_verbs"):
            continue  # "police said today", "the toll rose to 52 on Saturday": the day of a telling or of a count
        if found_death(verb):
            out.append(found_before(t))  # "his body was found on Monday": that day or the night before
            continue
        if response_verb(verb) or doers_arrived(verb):
            out.append(t)  # "officers were called to the 3900 block at 11:40 p.m. Saturday": the incident's day
            continue
        if not _event_verb(verb, incidents=True):
            continue  # "the ministers on Monday discussed the shelling": the day of another deed
        out.append(t)
    return out


def found_with_deaths(doc, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """The day hangs from a participle of finding that describes the dead under a noun of death: "The deaths of a
    woman, her two young children and a man found at their home on Monday were a murder-suicide" (the finding's
    day is the deaths' day). A finding verb of its own clause ("his body was found on Monday") is
    :func:`~sitrep.events.date.found_death`'s."""
    verb = clause_verb(doc, ts)
    lx = lexicon()
    if verb.dep_ != "acl" or verb.lemma_.lower() not in lx.finding_verbs:
        return False
    cur = verb
    for _ in range(8):
        if cur.head.i == cur.i or cur.head.pos_ in ("VERB", "AUX"):
            return False
        cur = cur.head
        if cur.pos_ in ("NOUN", "PROPN") and (cur.lemma_.lower() in lx.death_signs or cur.lower_ in lx.death_signs):
            return True
    return False


def doers_arrived(verb) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` tells what the unnamed attackers did, in the past ("The gunmen arrived on motorcycles at Dalwa late
    on Monday afternoon", "The attackers stopped the bus at about 8.30am on 03/11/2026"): its subject is a generic
    noun of attackers (event sense cue ``attacker_nouns``), whose every act told so is part of the incident (a
    telling, "the gunmen said on Monday", is set aside before)."""
    return (verb.lemma_.lower() == "arrive" or verb.tag_ == "VBD") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in sense_cue("attacker_nouns") for c in verb.children)


def clause_verb(doc, ts: list[int]):  # type: ignore[no-untyped-def]
    """The verb a told day hangs from; where the parse made the time itself, or a noun, the head of its
    sentence (upper-case text: "GUNMEN KILLED A GUARD TODAY AT THE PORT" with "TODAY" as the root), the last
    verb told before the time in its sentence ("killed"), if any."""
    verb = _verb_of(doc, ts)
    if verb.pos_ in ("VERB", "AUX"):
        return verb
    sent = doc[ts[0]].sent
    found = next((t for t in reversed(doc[sent.start:ts[0]]) if t.pos_ == "VERB"), None)
    if found is None and sent.start > 0 and (ts[0] == sent.start or doc[sent.start].lower_ in _LEADS):
        # a fragment the parse cut off at a line break ("SHE WAS SHOT NEAR THE" | "CHURCH THIS MORNING."):
        # the last verb of the sentence it was cut from, when that one does not end in a full stop
        prev = doc[sent.start - 1].sent
        last = next((t for t in reversed(prev) if not t.is_space), None)
        if last is not None and last.text[-1:] not in _END:
            found = next((t for t in reversed(prev) if t.pos_ == "VERB"), None)
    return found if found is not None else verb


def of_violent_noun(doc, ts: list[int]) -> bool:  # type: ignore[no-untyped-def]
    """The time modifies a noun of violence before any verb: "the assassination of the minister eight days
    ago", "the killing of ten union members at their headquarters on Tuesday"."""
    cur = _span_head(doc, ts)
    for _ in range(6):
        if cur.head.i == cur.i or cur.head.pos_ in ("VERB", "AUX"):
            return False
        cur = cur.head
        if cur.pos_ in ("NOUN", "PROPN") and _violent_noun(cur):
            return True
    return False


def fill_incident_dates(mentions: list[EventMention], doc, times: list[TimeExpr],  # type: ignore[no-untyped-def]
                        published: Optional[_dt.date]) -> None:
    """A report of one incident: the acts of violence it tells in the past tense without a date of their own
    ("He was shot eight times.", "Five people were wounded in the attack.") happened on the incident's day,
    whether the report gives that day before or after them ("A man was killed, police said. The shooting
    happened early Sunday."). Fills only when every dated act of violence of the report names the same day
    (a round-up of several days is left as it is), never after the report, never a sentence that opens on
    another time ("Earlier, ...") or tells a date of its own, never a present-perfect count ("300 have been
    killed"), never where every dated act is told as another incident ("In a separate attack on Saturday").
    Where no act of violence is dated, the incident's day is the one past day the report tells
    ("A retired colonel died today in a clinic. He had been stabbed in the back."). In a round-up of several
    days, an undated act takes only the day of the dated act told just before it in the same paragraph.
    The event keeps the time expression that gives the day as its evidence."""
    violent = [m for m in mentions if m.event_type in VIOLENT_EVENT_TYPES and m.modality == "asserted"]
    dated, apart = _dated_acts(mentions, violent, published)
    days, src_time = _days_of(dated)
    told: list[TimeExpr] = []
    field = field_day(doc, times, published)
    if field is not None:  # a form's "Incident date: 2025-11-03": the day of the incident it reports, whatever
        # other incidents its background dates ("On 2025-10-27 the group ambushed a convoy": their paragraph's)
        apart, days, src_time = False, {(field.start, field.start)}, field
    if not days:
        told, days, src_time = _told_past_days(mentions, doc, times, published)
    if not days:
        _clock_on_report_day(violent, published)
        return
    one = _one_day(days, src_time, apart)
    if one is not None and (one[0] is None or (published is not None and (one[1] or one[0]) > published)):
        return
    text = doc_text(doc)
    lead = min((m.sentence.start for m in violent), default=-1)  # the sentence that introduced the incident
    week_one = None if day_of_another(dated, one) else one  # "last week ... and a second raid on Saturday"
    for m in violent:
        if (m.date_precision != "reported" and not within_week(m, week_one)) or m.trigger is None:
            continue
        if _took_coarse_day(m, violent, doc, times, text):
            continue
        if one is not None and after_coarse_incident(m, violent, one):
            continue  # "killed 12 villagers late last month. The attackers shot men at a well": not Monday's deed
        near = background_incident(m, dated, text) if field is not None else None
        if near is None and one is None:
            near = lead_sequel(m, dated, text, lead)  # "... on the 28th killed 11" | "A jet released two bombs ..."
        found = (near.date_start, near.date_end, near.time) if near is not None else \
            _day_for(m, one, src_time, dated, told, text)
        if found is None:
            continue
        d0, d1, source = found
        if d0 is None or not undated_past_act(m, doc, times, d0, d1 or d0, lead=one is not None and m.sentence.start == lead,
                                              single=one is not None, week=within_week(m, week_one)):
            continue
        _set_day(m, d0, d1, source)


def field_day(doc, times: list[TimeExpr], published: Optional[_dt.date]) -> Optional[TimeExpr]:  # type: ignore[no-untyped-def]
    """The one day an incident field line of a form gives ("Incident date: 2025-11-03", "Date/Time: 03/14/2026 2315
    hrs"; ``nlp/incident_field``), not after the report; None when there is none or several days."""
    text = doc_text(doc)
    found = [t for t in times if t.type in ("DATE", "TIME") and t.precision == "day" and t.start is not None
             and (t.end or t.start) == t.start and not (published is not None and t.start > published)
             and in_field_line(text, t.span.start)]
    return found[0] if len({t.start for t in found}) == 1 else None


def _one_day(days: set, src_time: Optional[TimeExpr], apart: bool) -> Optional[tuple]:  # type: ignore[type-arg]
    """The incident's one day (first, last), or None for a round-up of several days or where every dated act is
    told as another incident ("In a separate attack on Saturday, ...": its day is not that of the acts told before
    it; an undated act takes only its own paragraph's incident's day)."""
    one = next(iter(days)) if len(days) == 1 and src_time is not None else None
    return None if apart else one


def _took_coarse_day(m: EventMention, violent: list[EventMention], doc, times: list[TimeExpr],  # type: ignore[no-untyped-def]
                     text: str) -> bool:
    """An undated act that goes on about an incident dated by a week or a month takes that incident's time
    ("massacred 20 civilians late last month. The fighters attacked farmers in their fields"); True when it did."""
    coarse = coarse_sequel(m, violent, text) if m.date_precision == "reported" else None
    if coarse is not None and undated_past_act(m, doc, times, coarse.date_start, coarse.date_end):
        m.time, m.date_start, m.date_end, m.date_precision = coarse.time, coarse.date_start, coarse.date_end, \
            coarse.date_precision
        return True
    return False


def _set_day(m: EventMention, d0: _dt.date, d1: Optional[_dt.date], source: Optional[TimeExpr]) -> None:
    """Give ``m`` the day (d0, d1), with its own bare hour on that day ("at 0630 GMT") or the day's evidence."""
    hour = m.time if m.time is not None and bare_clock(m.time) and d0 == d1 else None
    m.time = at_clock(hour, d0) if hour is not None else source
    m.date_start, m.date_end, m.date_precision = d0, d1, "day"


def _dated_acts(mentions: list[EventMention], violent: list[EventMention],
                published: Optional[_dt.date]) -> tuple[list[EventMention], bool]:
    """The acts of violence that give the incident's day, and whether every one of them is told as another incident
    ("In a separate attack on Saturday"): the acts told as fact with a day of their own, else the alleged deeds'
    days, else the recent day of a reference to the incident."""
    dated = [m for m in violent if m.date_precision == "day" and m.time is not None and m.date_start is not None]
    # "attacked the market on Friday, a week after gunmen killed four traders": the phrase's deed, dated from the
    # sentence's own deed, is another incident (not where the sentence's own verb is no deed: "died Wednesday, a day
    # after he was stabbed" tells the incident in the phrase)
    main = [m for m in dated if not offset_dated(m)]
    dated = [m for m in dated if not (offset_dated(m) and any(o.sentence.start == m.sentence.start for o in main))]
    apart = bool(dated) and all(told_separate(m) for m in dated)
    if not dated:  # "is accused of killing his wife on Saturday": with no act told as fact dated, the alleged deed's day
        dated = alleged_days(mentions, published)
    if not dated:  # "after the 12 May grenade attack": with no act dated, a reference's recent day is the incident's
        dated = [m for m in mentions if m.event_type in VIOLENT_EVENT_TYPES and m.modality == "background"
                 and recent_day(m, published)]
    return dated, apart


def _days_of(dated: list[EventMention]) -> tuple[set, Optional[TimeExpr]]:  # type: ignore[type-arg]
    """The days the dated acts name, and the time expression that gives the first (or the shared) one."""
    days = {(m.date_start, m.date_end) for m in dated}
    src_time = dated[0].time if dated else None
    common = shared_days(days)  # "shot on Sunday" and "died hours later" (Sunday or Monday): Sunday
    if common is not None:
        days, src_time = {common}, next((m.time for m in dated if (m.date_start, m.date_end) == common), src_time)
    return days, src_time


def _told_past_days(mentions: list[EventMention], doc, times: list[TimeExpr],  # type: ignore[no-untyped-def]
                    published: Optional[_dt.date]) -> tuple[list[TimeExpr], set, Optional[TimeExpr]]:  # type: ignore[type-arg]
    """No act of violence dated: the one recent past day the report tells (a day months back is background), with
    the days told and the time expression that gives the first (or the shared) one."""
    others = other_deed_days(mentions, doc)
    told = [t for t in told_days(doc, times, published) if t.span.start not in others
            and (published is None or t.start is None or (published - t.start).days <= RECENT_DAYS)]
    days = {(t.start, t.end) for t in told}
    src_time = told[0] if told else None
    common = shared_days(days)  # "the bodies were found today" (today or the night before) and "yesterday"
    if common is not None:
        days, src_time = {common}, next((t for t in told if (t.start, t.end) == common), src_time)
    return told, days, src_time


def _clock_on_report_day(violent: list[EventMention], published: Optional[_dt.date]) -> None:
    """No day told anywhere: an hour told alone is the report's day's ("at 0630 GMT")."""
    for m in violent:
        if m.date_precision == "reported" and m.time is not None and bare_clock(m.time) and m.time.start == published:
            m.date_precision = "day"


def _day_for(m: EventMention, one: Optional[tuple], src_time: Optional[TimeExpr],  # type: ignore[type-arg]
             dated: list[EventMention], told: list[TimeExpr],
             text: str) -> Optional[tuple[Optional[_dt.date], Optional[_dt.date], Optional[TimeExpr]]]:
    """The day (first, last, evidence) an undated act of ``m`` may take: the incident's one day, else (a round-up of
    several days) that of the dated act told just before it in the same paragraph, else (no act dated) the day told
    last before it in its paragraph (a briefing's "Date/Time:" lines); None when there is none."""
    if one is not None:
        return one[0], one[1], src_time
    near = same_paragraph_incident(m, dated, text)
    if near is not None:
        return near.date_start, near.date_end, near.time
    day = same_paragraph_day(m, told, text) if not dated else None
    if day is None:
        return None
    return day.start, day.end, day


def after_coarse_incident(m: EventMention, violent: list[EventMention], one: tuple) -> bool:  # type: ignore[type-arg]
    """The act of violence dated last before ``m`` is dated by a week or a month of its own that does not hold the
    one day told ("Gunmen killed 12 villagers late last month" before "On Monday, ..."): ``m`` goes on about that
    older incident, not the day's."""
    before = [v for v in violent if v is not m and v.date_precision != "reported" and v.time is not None
              and v.trigger is not None and m.trigger is not None and v.trigger.start < m.trigger.start]
    if not before:
        return False
    last = max(before, key=lambda v: v.trigger.start)
    return last.date_precision in ("week", "month") and last.date_start is not None and last.date_end is not None \
        and not (last.date_start <= one[0] <= last.date_end)


def coarse_sequel(m: EventMention, violent: list[EventMention], text: str) -> Optional[EventMention]:
    """The act of violence told in the sentence just before ``m`` (nothing but white space between them), when it is
    dated by a week or a month of its own and ``m`` by nothing: ``m`` goes on about that incident ("Rebels massacred
    20 civilians late last month, a group said." then "The fighters attacked farmers in their fields")."""
    if m.trigger is None:
        return None
    before = [v for v in violent if v is not m and v.trigger is not None and v.trigger.start < m.trigger.start]
    if not before:
        return None
    last = max(before, key=lambda v: v.trigger.start)
    if last.date_precision not in ("week", "month") or last.time is None or last.date_start is None \
            or last.date_end is None or last.sentence.end > m.sentence.start:
        return None
    return last if not text[last.sentence.end:m.sentence.start].strip() else None


def alleged_days(mentions: list[EventMention], published: Optional[_dt.date]) -> list[EventMention]:
    """The acts of violence a report tells as alleged ("is accused of killing his wife on Saturday", "is suspected
    of strangling his mother on Monday night") dated to a recent day of their own: in a report whose deed is told
    only as a charge, the day of the alleged deed is the incident's (the death itself is told as fact, undated:
    "charged with murder")."""
    return [m for m in mentions if m.event_type in VIOLENT_EVENT_TYPES and m.modality == "claimed"
            and recent_day(m, published)]


def other_deed_days(mentions: list[EventMention], doc) -> set[int]:  # type: ignore[no-untyped-def]
    """Where the days told by another kind of event start: the time of a protest, an arrest or another
    non-violent event told in the same clause as that event ("Traders downed shutters the next day in protest",
    "arrested him on Thursday"): no day of the violence. Not a day the violence's own clause tells ("Two protesters
    were killed on Saturday when troops fired on a sit-in": the sit-in takes the killing's day)."""
    out = set()
    for m in mentions:
        if m.time is None or m.trigger is None or m.date_precision != "day" or m.event_type in VIOLENT_EVENT_TYPES \
                or m.event_type == "Political":
            continue
        ts, tt = tokens_of(doc, m.time.span.start, m.time.span.end), tokens_of(doc, m.trigger.start, m.trigger.end)
        if ts and tt and clause_verb(doc, ts).i == _own_verb(doc[tt[0]]).i and not when_of_violence(clause_verb(doc, ts)):
            out.add(m.time.span.start)
    return out


_WHEN = frozenset({"when", "as", "while", "after"})


def when_of_violence(verb) -> bool:  # type: ignore[no-untyped-def]
    """``verb`` (or the verb it is conjoined to) opens a "when"/"as"/"while"/"after" clause of a verb of violence: "a
    guard was killed when rioters looted and set fire to shops on Monday" (the looting's day is the killing's), "were
    burnt to death after unknown people set their house on fire on Wednesday night" (the fire's day)."""
    clause = [verb]
    while clause[-1].dep_ == "conj" and clause[-1].head.i != clause[-1].i:
        clause.append(clause[-1].head)
    top = clause[-1]
    return top.dep_ == "advcl" and _event_verb(top.head) \
        and any(c.lower_ in _WHEN and c.dep_ in ("advmod", "mark") for v in clause for c in v.children)


def _own_verb(tok):  # type: ignore[no-untyped-def]
    """The verb ``tok`` is or hangs from (a noun's governing verb, at most six heads up)."""
    for _ in range(6):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def within_week(m: EventMention, one) -> bool:  # type: ignore[no-untyped-def]
    """``m`` is dated only by a week or a weekend that holds the report's one incident day ("A man who was shot
    outside a bar last week has died" beside "the shooting on the night of Sept. 5"; "last weekend's shooting"
    beside "killed at the scene Saturday"): that day is its own."""
    return one is not None and one[0] is not None and m.date_precision == "week" and m.date_start is not None \
        and m.date_end is not None and m.date_start <= one[0] and (one[1] or one[0]) <= m.date_end


def shared_days(days: set) -> Optional[tuple[_dt.date, _dt.date]]:
    """The days every interval told holds, when several were told and they overlap ("found today", today or the
    night before, and "kidnapped yesterday": yesterday); None when they do not, or only one was told."""
    if len(days) < 2 or any(a is None for a, _ in days):
        return None
    lo, hi = max(a for a, _ in days), min(b or a for a, b in days)
    return (lo, hi) if lo <= hi else None


def recent_day(m: EventMention, published: Optional[_dt.date]) -> bool:
    """A mention dated to one day of its own, not after its report and at most :data:`RECENT_DAYS` before it."""
    return (m.date_precision == "day" and m.time is not None and m.date_start is not None and published is not None
            and m.date_start == (m.date_end or m.date_start) and 0 <= (published - m.date_start).days <= RECENT_DAYS)


_PARAGRAPH = re.compile(r"\n[ \t]*\n|\n[ \t]{2,}")
PARAGRAPH_CHARS = 600  # how far back, within its paragraph, a round-up's undated act looks for its incident


def same_paragraph_incident(m: EventMention, dated: list[EventMention], text: str) -> Optional[EventMention]:
    """The dated act of violence told last before ``m`` in its paragraph, when every dated act of that
    paragraph so far names the same day (a paragraph telling one incident of a round-up)."""
    breaks = [b.end() for b in _PARAGRAPH.finditer(text, 0, m.sentence.start)]
    para = max(breaks[-1] if breaks else 0, m.sentence.start - PARAGRAPH_CHARS)
    before = [d for d in dated if para <= d.sentence.start and d.sentence.end <= m.sentence.start]
    if not before or len({(d.date_start, d.date_end) for d in before}) != 1:
        return None
    return max(before, key=lambda d: d.sentence.end)


def background_incident(m: EventMention, dated: list[EventMention], text: str) -> Optional[EventMention]:
    """Under a form's incident field, the dated act of violence ``m`` goes on about: one of its own sentence ("On
    2025-10-27 the group ambushed a convoy ...; sources reported nine soldiers killed"), else the one told last
    before it in its paragraph; None where there is none (the field's incident)."""
    same = [d for d in dated if d.sentence.start == m.sentence.start and d is not m]
    if same and len({(d.date_start, d.date_end) for d in same}) == 1:
        return same[0]
    return same_paragraph_incident(m, dated, text)


def lead_sequel(m: EventMention, dated: list[EventMention], text: str, lead: int) -> Optional[EventMention]:
    """In a round-up of several days, an undated act told in the paragraph right after the lead, before any other
    dated act, goes on about the lead's incident ("An air strike ... on the 28th killed 11 people" | "A fighter jet
    released two bombs over the village as people gathered for a funeral" | "On Wednesday, a second strike ..."):
    the lead's dated act, or None."""
    before = [d for d in dated if d.sentence.end <= m.sentence.start]
    if not before:
        return None
    last = max(before, key=lambda d: d.sentence.end)
    if last.sentence.start != lead or any(d.sentence.start == lead and (d.date_start, d.date_end) !=
                                          (last.date_start, last.date_end) for d in before):
        return None
    return last if len(list(_PARAGRAPH.finditer(text, last.sentence.end, m.sentence.start))) == 1 else None


def same_paragraph_day(m: EventMention, told: list[TimeExpr], text: str) -> Optional[TimeExpr]:
    """The day told last before ``m`` in its paragraph, among the report's told days (a round-up that dates each
    incident by a field line or a response, no act of violence dated by its own verb)."""
    breaks = [b.end() for b in _PARAGRAPH.finditer(text, 0, m.sentence.start)]
    para = max(breaks[-1] if breaks else 0, m.sentence.start - PARAGRAPH_CHARS)
    before = [t for t in told if para <= t.span.start < m.sentence.start]
    return max(before, key=lambda t: t.span.start) if before else None


def charge_named(trig) -> bool:  # type: ignore[no-untyped-def]
    """The deed noun (or gerund) of a charge or of the police's reading of the incident ("charged with murder", "two counts of
    vehicular homicide", "a house fire which police are treating as arson"): in a report of one incident it names
    that incident's deed, and the day its sentence tells is the charge's ("appeared in court on Monday charged
    with murder"), not the deed's."""
    if charged_deed(trig):
        return True
    if trig.tag_ == "VBG" and trig.dep_ == "pcomp" and trig.head.lower_ == "of":
        return trig.head.head.lemma_.lower() in suspect_words("charge_noun")  # "on suspicion of murdering his mother"
    return trig.pos_ == "NOUN" and trig.dep_ == "pobj" and trig.head.lower_ == "as" \
        and trig.head.head.lemma_.lower() == "treat"


def _death_told_with(doc, t: TimeExpr, trig) -> bool:  # type: ignore[no-untyped-def]
    """The time hangs from the verb the trigger hangs from ("died Tuesday from a shooting"): the day of a death told
    with the deed, not a day of another deed ("held a vigil on Tuesday for a host who was shot last week")."""
    ts = tokens_of(doc, t.span.start, t.span.end)
    return bool(ts) and _verb_of(doc, ts).i == _own_verb(trig).i


def undated_past_act(m: EventMention, doc, times: list[TimeExpr], d0: _dt.date, d1: _dt.date,  # type: ignore[no-untyped-def]
                     lead: bool = False, single: bool = False, week: bool = False) -> bool:
    """``m`` is told in the past tense, or names the incident by a definite singular noun ("responsible for
    the attack"; "a"/"an" in a present-perfect lead), with no date of its own: not opening on another time
    ("Earlier, ..."), not a question, not a present-perfect count (a present-perfect lead of a one-incident report
    is its incident), not a count's subject, not
    "other"/"previous" attacks, no other day told in its sentence (a day of telling aside). With ``single`` (a
    report of one incident), a charge's deed noun (:func:`charge_named`) is that incident, whatever day its sentence
    tells; with ``week`` (``m`` dated by a week that holds the day), a later day of a death its verb tells is no day
    of its own ("A third victim died Tuesday from a shooting ... over the weekend")."""
    if shifts_away(m.sentence.text) or m.sentence.text.rstrip().endswith("?") or m.trigger is None:
        return False
    ts = tokens_of(doc, m.trigger.start, m.trigger.end)
    if not ts:
        return False
    trig = doc[ts[0]]
    if fronted_claim(m, trig, times, d0, d1):
        return False  # "On Sunday, the army said it had killed eight rebels": that day's claim, not the incident's
    charge = single and charge_named(trig)
    dying = death_over(trig)  # "A woman who was shot ... died on Monday": Monday is the death's day, not the deed's
    own = [t for t in times if m.sentence.start <= t.span.start < m.sentence.end and t.type in ("DATE", "TIME")
           and not death_time(tokens_of(doc, t.span.start, t.span.end), dying)
           and t.start is not None and not (t.start <= d0 and d1 <= (t.end or t.start))
           and not (week and t.start > d1 and _death_told_with(doc, t, trig)) and not charge
           and not speech_time(doc, tokens_of(doc, t.span.start, t.span.end) or [trig.i], trig)]
    perfect = perfect_present(trig)
    # a lead told in the present perfect ("Gunmen have killed a councillor in ...") is the one incident whose day
    # the report tells later; never a count running over a period ("300 have been killed since March"), nor a noun
    # ("has carried out a wave of attacks": a series; a singular noun is judged by incident_reference)
    told_past = (past_clause(trig) and not perfect) or (perfect and lead and trig.pos_ not in ("NOUN", "PROPN")
                                                           and not _RUNNING.search(m.sentence.text))
    return not (own or not (told_past or charge or incident_reference(trig, indefinite=perfect) or headline_noun(trig))
                or toll_verb_over(trig, load_ontology().cue("toll_verbs"))
                or any(c.dep_ == "amod" and c.lower_ in _OTHER for c in trig.children))


def fronted_claim(m: EventMention, trig, times: list[TimeExpr], d0: _dt.date, d1: _dt.date) -> bool:  # type: ignore[no-untyped-def]
    """``m`` is a deed told in the pluperfect by a sentence that opens on another day, the day of its telling ("On
    Sunday, the army said it had killed eight rebels"): a claim of that day, not the incident told before it
    (events/date/sentence_time.fronted_telling keeps it from carrying that incident's day too)."""
    if trig.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ == "had" for c in trig.children):
        return False
    return any(t.start is not None and not (t.start <= d0 and d1 <= (t.end or t.start))
               for t in opening_times(m.sentence.start, m.sentence.text, times)) and not names_incident(trig.sent)


OLDER_PRECISIONS = ("month", "quarter", "year", "decade")  # a time this coarse names no day of a fresh incident
_FRESH_TYPES = VIOLENT_EVENT_TYPES | {"Protests", "Riots"}
LEAD_PRECISIONS = ("month", "quarter")  # the lead's deed told "late last month" or "this summer" is the news, told late
WHOLE_YEARS = ("year", "decade")  # "the second time this year", "the 2021 strike, when blockades lasted for weeks"


def mark_older_incidents(mentions: list[EventMention], published: Optional[_dt.date]) -> None:
    """A report of a fresh incident that also tells an older one with a coarse time of its own ("Last month, two
    men were killed nearby", "In May, three people were killed at a party") tells it as background: its toll is
    no part of the news. Only when some act of violence of the report is dated to a recent day (at most
    :data:`RECENT_DAYS` before the report) and the older act's own month or year ends before that day; a
    shooting "last week" (a week) or on another day stays asserted (a victim shot on Thursday who died on
    Sunday is one incident). Protests and riots too: "the march commemorates the 1973 uprising", "the fourth
    protest since March" beside a protest dated today tell earlier demonstrations. Arrests, blockades and the other
    developments dated so coarsely are background too ("It was the second time this year that women marching to
    parliament were arrested"), and so is any act told only by a whole year, the report's own included: a year
    names no incident beside the report's fresh one. The lead's own act of violence dated to a month ("Gunmen killed
    12 villagers late last month, a local group said") is the report's news told late, not background. A report with no date counts from its latest act of violence
    dated to a day of its own ("on 12 March 2026"): that is its news, as the report's day would be."""
    violent = [m for m in mentions if m.event_type in _FRESH_TYPES and m.modality == "asserted"]
    if published is None:
        published = max((m.date_start for m in violent if m.date_precision == "day" and m.time is not None
                         and m.date_start is not None and m.date_start == (m.date_end or m.date_start)), default=None)
        if published is None:
            return
    fresh = [m.date_start for m in violent if recent_day(m, published)]
    if not fresh:
        return
    first = min(fresh)
    lead = min((m.sentence.start for m in violent), default=-1)
    for m in mentions:
        if m.modality != "asserted" or m.event_type == "Political" or m.time is None or m.date_end is None:
            continue
        if m.sentence.start == lead and m.date_precision in LEAD_PRECISIONS and m.event_type in VIOLENT_EVENT_TYPES:
            continue  # the lead's deed "late last month", "this summer" is the report's news, told late (a later one "On Monday")
        if (m.date_precision in OLDER_PRECISIONS and m.date_end < first) or m.date_precision in WHOLE_YEARS:
            m.modality = "background"
