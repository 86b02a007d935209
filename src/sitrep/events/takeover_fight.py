"""The fighting told with a town's taking is part of that taking (issue 16).

ACLED codes a town taken after fighting as one event, the territorial one ("Government regains territory",
"Non-state actor overtakes territory"), with the battle's dead as its fatalities; a non-violent transfer is a
taking *without* fighting. A report tells the taking first and the fight after it, in sentences of their own:
"Government troops recaptured the town of X on Sunday after heavy fighting. Seventeen militants and four soldiers
were killed in the battle", "Rebels took control of X on Sunday. At least six civilians were killed by stray shells
during the fighting", "Gangs seized control of X on Sunday ... Members of the gang attacked the town before dawn and
fought police for several hours". Each such sentence is read as an incident of its own (an armed clash, a
shelling), so the report counted the taking twice.

:func:`fold_takeover_fights` folds into a taking (asserted, of a place its own clause names; told before) a later
asserted mention that tells its fight:

- a deed told "in the battle" / "during the fighting" (ontology cue ``battle_nouns`` after "the"), or an armed clash
  whose sentence names the place taken again by a definite noun ("attacked the town", ontology cue
  ``settlement_nouns``); a clash at a place of its own ("the garrison in X came under attack") is another incident,
- or an armed clash told by a fighting noun alone, with no doer and no place of its own ("fighting had continued
  for about four hours"),
- or an armed clash told only by its dead ("15 militants and three soldiers were killed") after a taking whose own
  sentence names its fight ("recaptured the town after a battle that lasted most of the day"),
- told within a paragraph of the taking's last telling (``merge_dates.NEAR_CHARS``), at a compatible place and date
  (``merge_places.places_compatible``, ``merge_dates.dates_compatible``: a fight on another day, "two days of fighting" before
  the withdrawal, stays its own), not marked as another incident ("Separately, ...": ``merge_guards.told_separate``),
- whose doer is unnamed, or one of the taking's sides, or named where the taking told only a description
  ("armed gangs" ... "members of the Viv Ansanm gang coalition").

The taking takes the fight's dead when it has none, its sides where it named none or only described one, and a
non-violent transfer whose fight is told becomes the taking by force of the doer's kind (a state's forces regain,
any other side overtakes).
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from sitrep.model import VIOLENT_EVENT_TYPES, EventMention

__all__ = ["fold_takeover_fights"]

_TAKINGS = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                      "Non-violent transfer of territory"})
_NON_VIOLENT = "Non-violent transfer of territory"
_CLASH = "Armed clash"


@functools.lru_cache(maxsize=None)
def _cue_pattern(cue: str, before: str) -> Optional[re.Pattern[str]]:
    """``before`` then one of the ontology cue's nouns, compiled once (None for an empty cue)."""
    from sitrep.events.ontology import load_ontology

    nouns = "|".join(sorted(load_ontology().cue(cue)))
    return re.compile(rf"{before}(?:{nouns})\b", re.I) if nouns else None


def _in_the_battle(m: EventMention) -> bool:
    """The sentence tells its deed as part of a fight named by a definite noun: "killed in the battle", "by stray
    shells during the fighting"."""
    pat = _cue_pattern("battle_nouns", r"\b(?:in|during|amid)\s+the\s+(?:\w+\s+)?")
    return pat is not None and bool(pat.search(m.sentence.text))


def _the_town_again(m: EventMention) -> bool:
    """The sentence names the place taken again by a definite noun: "attacked the town before dawn", "entered the
    town centre after heavy fighting"."""
    pat = _cue_pattern("settlement_nouns", r"\bthe\s+")
    return pat is not None and bool(pat.search(m.sentence.text))


def _placeless_fighting(m: EventMention) -> bool:
    """An armed clash told by a fighting noun alone, with no doer and no place of its own clause ("Residents said
    fighting had continued for about four hours before dawn", after "captured the town on Tuesday"): the taking's
    fight (branch subtypes18, mixed_reports12 e15)."""
    from sitrep.events.ontology import load_ontology

    return m.trigger is not None and m.actor1 is None and m.place_source != "clause" and (
        m.trigger.text.lower() in load_ontology().cue("battle_nouns"))


_TOLL_WORDS = frozenset({"killed", "died", "dead", "wounded", "injured"})


def _toll_of_told_fight(m: EventMention, host: EventMention) -> bool:
    """An armed clash told only by its dead ("The commander said 15 militants and three soldiers were killed") after
    a taking whose own sentence tells its fight ("recaptured the town ... after a battle that lasted most of the
    day", cue ``battle_nouns``): the dead are that fight's (branch subtypes12, mixed_reports6 s18)."""
    if m.sub_event_type != _CLASH or m.trigger.text.lower() not in _TOLL_WORDS:
        return False
    pat = _cue_pattern("battle_nouns", r"\b")
    return pat is not None and bool(pat.search(host.sentence.text))


def _side_of(m: EventMention, host: EventMention) -> bool:
    from sitrep.events.merge_doers import unnamed_doer

    a = m.actor1
    if a is None or unnamed_doer(a):
        return True
    sides = [x for x in (host.actor1, host.actor2) if x is not None]
    if any(x.entity_id == a.entity_id for x in sides):
        return True
    return host.actor1 is None or unnamed_doer(host.actor1)


_MOVE = "Change to group/activity"
_ENTRY = re.compile(r"^(?:mov|enter|march|roll|drove|driv|advanc|push)", re.I)


def _entry_told(m: EventMention) -> bool:
    """A troop movement into the place taken, named again by a definite noun and by no place of its own clause
    ("Troops backed by jets moved into the town on Monday and met no resistance", after "soldiers have recaptured the
    town of X"): the taking's entry, told with its day (branch subtypes17, mixed_reports10 x05)."""
    from sitrep.events.merge_guards import told_separate

    return m.sub_event_type == _MOVE and m.modality == "asserted" and m.trigger is not None \
        and bool(_ENTRY.match(m.trigger.text)) and m.place_source != "clause" and _the_town_again(m) \
        and not told_separate(m)


def _host_of(m: EventMention, hosts: list[tuple[EventMention, int]]) -> Optional[EventMention]:
    from sitrep.events.merge_dates import NEAR_CHARS, dates_compatible
    from sitrep.events.merge_guards import told_separate
    from sitrep.events.merge_places import places_compatible

    if _entry_told(m):
        return next((h for h, last in reversed(hosts) if h.sentence.start < m.sentence.start
                     and m.sentence.start - last <= NEAR_CHARS and dates_compatible(h, m) and _side_of(m, h)), None)
    if m.modality != "asserted" or m.event_type not in VIOLENT_EVENT_TYPES or m.sub_event_type in _TAKINGS \
            or m.outside or told_separate(m):
        return None
    told = _in_the_battle(m) or m.sub_event_type == _CLASH and (_the_town_again(m) or _placeless_fighting(m))
    for h, last in reversed(hosts):
        if h.sentence.start < m.sentence.start and m.sentence.start - last <= NEAR_CHARS \
                and (told or _toll_of_told_fight(m, h)) \
                and places_compatible(h, m) and dates_compatible(h, m) and _side_of(m, h):
            return h
    return None


def _take(host: EventMention, m: EventMention) -> None:
    from sitrep.events.merge_doers import doer_kind, unnamed_doer

    if host.fatalities is None and m.fatalities is not None:
        host.fatalities = m.fatalities
    if m.actor1 is not None and not unnamed_doer(m.actor1) and (host.actor1 is None or unnamed_doer(host.actor1)) \
            and not (host.actor2 is not None and host.actor2.entity_id == m.actor1.entity_id):
        host.actor1 = m.actor1
    if host.actor2 is None and m.actor2 is not None and (host.actor1 is None
                                                         or m.actor2.entity_id != host.actor1.entity_id):
        host.actor2 = m.actor2
    if host.sub_event_type == _NON_VIOLENT and host.actor1 is not None:
        kind = doer_kind(host.actor1)
        if kind is not None:
            host.event_type = "Battles"
            host.sub_event_type = "Government regains territory" if kind == "state" \
                else "Non-state actor overtakes territory"
    if host.date_precision == "reported" and m.date_precision != "reported" and m.date_start is not None:
        host.time, host.date_start, host.date_end, host.date_precision = m.time, m.date_start, m.date_end, m.date_precision
    for s in [m.sentence, *m.evidence]:
        if s != host.sentence and s not in host.evidence:
            host.evidence.append(s)


def fold_takeover_fights(mentions: list[EventMention]) -> list[EventMention]:
    """The mentions with the fights told after a town's taking folded into it (module docstring); order kept."""
    # (a taking of a place its own clause names: "seized five farms", "brings to three the Colombians seized" are
    # no town's taking; each with the end of its last telling before any fold, so that folds do not chain on)
    hosts = [(m, max([m.sentence.end, *(e.end for e in m.evidence)])) for m in mentions
             if m.sub_event_type in _TAKINGS and m.modality == "asserted" and m.place_source == "clause"]
    folded = {id(m): h for m in mentions if (h := _host_of(m, hosts)) is not None} if hosts else {}
    for m in mentions:
        if id(m) in folded:
            _take(folded[id(m)], m)
    return [m for m in mentions if id(m) not in folded]
