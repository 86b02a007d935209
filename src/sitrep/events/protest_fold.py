"""What happens at a protest or riot is part of it (issue 16).

ACLED codes one event per protest or riot: the people hurt or killed in it, the arrests made at it and the
property the crowd burns or loots are its toll and its detail, not events of their own (ACLED codebook: arrests
of demonstrators are a protest with intervention; demonstrators burning or looting make a violent demonstration;
the fatalities of a riot are the riot's). A report tells them in sentences of their own: "Police said three
officers were slightly injured and 12 people were detained", "A bus was set on fire", "two men had died of
gunshot wounds", each of which the clause reading makes an event (an armed clash, arrests, a property
destruction, an attack).

:func:`fold_into_protests` folds such a mention into the protest or riot told next to it: in the same sentence, or
within a paragraph before or after it (``merge_dates.NEAR_CHARS``), or anywhere in a report that tells that one protest
when the mention has no day of its own ("a doctor said two men had died of gunshot wounds" three paragraphs
below the shooting of marchers), at a compatible place and date, not marked as another
incident ("Separately", "Elsewhere"); the protest's own sentences must name a protest, a riot or a crowd in so many
words (:func:`_crowd_told`). Folded are

- a fight of no one named with the police, told again ("Wednesday's clashes with police":
  :func:`sitrep.events.clash_retold.police_clash_retold`), into any protest or riot but a peaceful one;
- a bare violent deed (``merge_types.bare_deed``: "injured", "killed", "died", "beaten" with no weapon named) whose doer is
  not named, or is a state force, protesters or rioters ("a man shot his wife and then opened fire on protesters":
  the man's first deed is his own), into any protest or riot
  but a peaceful one (a deed told with a peaceful protest is what it is about: "the execution drew protest");
- arrests and detentions with no day of their own apart from the protest's (the organiser arrested "on
  Wednesday" after a Tuesday march is an event of its own), never into a peaceful protest nor from the
  protest's own sentence ("arrested for organising a protest" is an arrest over a protest, not at it), unless
  told there after the force used, as a participle or a verb joined by "and" ("fired tear gas ..., and arrested
  nine of them": :func:`sitrep.events.joined_deed.joined_after`);
- a burning, looting or destruction by no named side or by the crowd, into a riot (a violent demonstration or
  mob violence); in the riot's own sentence only into mob violence, or where it burns what the crowd stormed, told
  again by a pronoun ("stormed the council building and set part of it on fire"); told with a peaceful protest it
  is kept apart ("the burning and looting in the aftermath of the protests");
- a bare explosion naming no weapon of war ("Explosions echoed through the city centre", "dynamite exploded in
  his hands": ``merge_types.generic``), or a firebomb ("threw stones and petrol bombs": ontology cue ``incendiary_words``),
  by no named side or one of the riot's, into a riot;

- a curfew imposed on the day of a riot, a violent or dispersed protest or the day after ("authorities imposed a
  curfew on the city overnight", "The curfew was lifted on Wednesday morning"): the state's answer to it, no event
  of its own (ACLED codes the unrest; cue ``curfew_words``);
- force used on the crowd of a riot, told as an intervention or as force against protesters with no day of its own
  apart from the riot's ("Officers fired gas grenades into the crowd", "the three protesters had been killed by
  gunfire"), into that violent demonstration: the riot told from the police's side (the riot takes its dead);
- a riot told with no day of its own beside a dated riot or a dated protest met with force, near it at its place:
  the same crowd told again, or the police's account of the protest ("officers had fired after protesters threw
  stones"); the host keeps its type.

A mob whose own sentence names a demonstration, told again as a violent demonstration, becomes that violent
demonstration: ACLED's mob violence is a riot with no demonstration. The protest takes the folded mention's death count when it has none, a folded deed's figures (its hurt: "Fourteen people were injured, some by bullets", branch protests13), and its day when the protest's own sentence
gave none ("farmers hurled eggs ... on Thursday" ... "as farmers protested against a trade deal").
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from sitrep.events.clash_retold import police_clash_retold
from sitrep.events.joined_deed import held_for_deed, joined_after
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention

__all__ = ["fold_into_protests"]

_HOSTS = frozenset({"Protests", "Riots"})
_ARRESTS = "Arrests"
_PROPERTY = "Looting/property destruction"
_VIOLENT_HOST = ("Violent demonstration", "Mob violence")
_EXPLOSIONS = "Explosions/Remote violence"


def _near(host: EventMention, m: EventMention) -> bool:
    from sitrep.events.merge_dates import NEAR_CHARS

    if host.sentence.start == m.sentence.start:
        return True
    spans = [host.sentence, *host.evidence]
    return any(-NEAR_CHARS <= m.sentence.start - s.end <= NEAR_CHARS or -NEAR_CHARS <= s.start - m.sentence.end <= NEAR_CHARS
               for s in spans)


def _crowd(a) -> bool:  # type: ignore[no-untyped-def]
    """No doer named, or a crowd: Civilians, protesters, rioters, a description naming no armed side or state."""
    from sitrep.events.merge_doers import doer_kind
    from sitrep.events.merge_tellings import role_entry

    if a is None or a.entity_id in ("CIVILIANS", "x:protesters"):
        return True
    if a.entity_id.startswith("x:"):
        return doer_kind(a) == ""
    return role_entry(a).get("role") in ("PROTESTERS", "RIOTERS")


def _unnamed_or_side(a) -> bool:  # type: ignore[no-untyped-def]
    """No doer named, or one of the protest's sides: a state force, protesters, rioters (not "a man", who shot
    his wife before he fired on the protesters: a deed of his own)."""
    from sitrep.events.merge_doers import doer_kind
    from sitrep.events.merge_tellings import role_entry

    return a is None or doer_kind(a) == "state" or (
        not a.entity_id.startswith("x:") and role_entry(a).get("role") in ("PROTESTERS", "RIOTERS"))


@functools.lru_cache(maxsize=1)
def _crowd_forms() -> frozenset[str]:
    """The word forms of a protest, a riot or a crowd (ontology cues protest_words, protest_purpose_verbs, mob_words,
    crowd_clash_verbs, and the crowd's people: crowd_clash_people, sport_fan_words): "protesters", "marched",
    "rallied", "rioting", "mob", "clashes", "residents", "supporters", "fans"."""
    from sitrep.events.ontology import load_ontology

    onto = load_ontology()
    words = (onto.cue("protest_words") | onto.cue("protest_purpose_verbs") | onto.cue("mob_words")
             | onto.cue("crowd_clash_verbs") | onto.cue("crowd_clash_people") | onto.cue("sport_fan_words"))
    forms = set()
    for w in words:
        forms |= {w, w + "s", w + "es", w + "d", w + "ed", w + "ing", w + "er", w + "ers", w + "r", w + "rs"}
        if w.endswith("y"):
            forms |= {w[:-1] + "ied", w[:-1] + "ies"}
    return frozenset(forms)


def _crowd_told(host: EventMention) -> bool:
    """Whether the host's sentences tell a protest, a riot or a crowd in so many words (a shooting at a party
    read as force on a crowd is no protest that could take in the shooting's dead); "March" the month is no march."""
    forms = _crowd_forms()
    return any(w.lower() in forms and w != "March"
               for sp in [host.sentence, *host.evidence] for w in re.findall(r"[\w-]+", sp.text))


_FORCE = ("Protest with intervention", "Excessive force against protesters")


def _curfew(m: EventMention) -> bool:
    from sitrep.events.cues import sense_cue

    return m.sub_event_type == "Other" and m.trigger is not None and m.trigger.text.lower() in sense_cue("curfew_words")


def _day_of_or_after(host: EventMention, m: EventMention) -> bool:
    """``m`` has no day of its own, or the host's day or the day after ("lifted on Wednesday morning")."""
    if m.date_precision != "day" or host.date_precision != "day" or m.date_start is None or host.date_start is None:
        return True
    return 0 <= (m.date_start - host.date_start).days <= 1


def _force_on_riot(m: EventMention, host: EventMention) -> bool:
    """``m`` is the state's force on the crowd of the riot ``host`` (module docstring); a mob's riot too ("guards used
    tear gas to regain the wings" after inmates' rioting, police tear gas on rioting fans: ACLED codes the force
    within the mob violence; branch protests12)."""
    from sitrep.events.merge_doers import doer_kind

    if host.sub_event_type not in _VIOLENT_HOST or m.sub_event_type not in _FORCE:
        return False
    if m.actor1 is not None and doer_kind(m.actor1) != "state" and not _crowd(m.actor1):
        return False
    return m.date_precision == "reported" or (host.date_precision == "day" and m.date_start == host.date_start)


def _riot_retold(m: EventMention, host: EventMention) -> bool:
    """``m`` is a riot told with no day of its own beside a dated riot or a dated protest met with force (module
    docstring): the same crowd's violence told again ("a crowd ... had gathered and began pelting stones" after
    "a mob torched eight shops on Sunday"; the police's account "officers had fired after protesters threw
    stones")."""
    return (m.event_type == "Riots" and m.date_precision == "reported" and host.date_precision == "day"
            and host.sub_event_type != "Peaceful protest")


def _arrests_at(m: EventMention, host: EventMention) -> bool:
    """Arrests ``m`` are the protest or riot ``host``'s own: on its day when told with a day of their own, never a
    peaceful protest's, and in the host's own sentence only as the force's doing told after it."""
    # ("detained 23 people after rival supporters fought", "detained 400 activists who sat down on the motorway":
    # the arrests of the crowd for what it did, told before it in its sentence: events/joined_deed.held_for_deed)
    # (an arrest told with a day of its own is the protest's only on the protest's day: "had been detained on
    # Sunday night" before a Monday riot is what the riot was about)
    own_day = m.date_precision != "reported" and m.date_start is not None
    # ("detained 30 people on Tuesday after rival supporters fought": the day the sentence gives is the fight's too)
    if host.sub_event_type != "Peaceful protest" and held_for_deed(m, host):
        return True
    if own_day and (host.date_precision == "reported" or host.date_start != m.date_start):
        return False
    # (arrests told with a peaceful protest are over it, not at it: "arrested for organising a protest")
    # (in the protest's own sentence the rules have told them apart: "arrested a student leader on charges of
    # organising an illegal protest")
    # ("used water cannon to disperse the protesters, detaining 27": a participle after the intervention told
    # is its doing, in its own sentence too)
    # ("fired tear gas to end a sit-in ..., and took 26 of them into custody": a verb joined by "and" after the
    # force told is its doing too)
    return host.sub_event_type != "Peaceful protest" and (host.sentence.start != m.sentence.start
                                                          or _participle_after(m, host) or joined_after(m, host))


def _mob_property_deed(m: EventMention, host: EventMention) -> bool:
    """Destruction of property ``m`` is the riot ``host``'s own: what a violent crowd burns or loots, outside the
    riot's sentence or, in it, as a mob's violence or the end of a storming."""
    # (into a riot only: "the burning and looting in the aftermath of the protests" is no protest's deed)
    # (told in the riot's own sentence, the rules have typed both: "looted shops and clashed with police" is
    # coded as two events in CASE, as events/merge_side_deeds.fold_side_deeds keeps them), but what a mob burns is the
    # mob's violence ("an irate mob set fire to a police post and torched three vehicles")
    # (in the riot's own sentence, a burning of what the crowd has just stormed, named again by a pronoun,
    # is that storming's end: "stormed a provincial building and set part of it on fire")
    return host.sub_event_type in _VIOLENT_HOST and _crowd(m.actor1) and (
        host.sentence.start != m.sentence.start or host.sub_event_type == "Mob violence" or _burns_it(m))


def _side(m: EventMention, host: EventMention, sole: bool = False) -> bool:
    """Whether ``m`` is told as a part of the protest or riot ``host`` (module docstring); ``sole``: the host is the
    only protest or riot the report tells, and a deed with no day of its own may then lie further from it."""
    from sitrep.events.date import shifts_away
    from sitrep.events.merge_dates import dates_compatible
    from sitrep.events.merge_guards import told_separate
    from sitrep.events.merge_places import places_compatible
    from sitrep.events.merge_types import bare_deed

    if m.modality != "asserted" or told_separate(m):
        return False
    if not _near(host, m) and not (sole and m.date_precision == "reported" and not shifts_away(m.sentence.text)):
        return False
    if _curfew(m):
        # (what a peaceful protest drew is no answer to unrest)
        return host.sub_event_type != "Peaceful protest" and places_compatible(host, m) and _day_of_or_after(host, m)
    if m.event_type in _HOSTS:
        return (_force_on_riot(m, host) or _riot_retold(m, host)) and places_compatible(host, m)
    if not (places_compatible(host, m) and dates_compatible(host, m)):
        return False
    if host.date_precision == "reported" and m.date_precision not in ("reported", "day"):
        return False  # "a woman shot by police in December": a deed of another time, what the protest is about
    if m.sub_event_type == _ARRESTS:
        return _arrests_at(m, host)
    if m.sub_event_type == _PROPERTY:
        return _mob_property_deed(m, host)
    if m.event_type == _EXPLOSIONS:
        # "Explosions echoed through the city centre", "a stick of dynamite exploded in his hands": a bare blast
        # naming no weapon of war, told with a riot, is the riot's (the crowd's dynamite, the police's grenades);
        # whoever it hurt is the riot's toll
        from sitrep.events.merge_types import generic

        # "threw stones and petrol bombs at security forces": a firebomb told with a riot is the crowd's weapon
        return host.sub_event_type in _VIOLENT_HOST and (generic(m) or _firebomb(m)) and _unnamed_or_side(m.actor1)
    # (never into a peaceful protest: a deed told with one is what it is about, "the execution drew protest")
    # (a victim of its own, "his wife", "a community leader", makes the deed one of its own too)
    # ("Wednesday's clashes with police": the protest's fight with the police told again, events/clash_retold)
    return m.event_type in ("Battles", "Violence against civilians") and (bare_deed(m) or police_clash_retold(m)) \
        and _unnamed_or_side(m.actor1) and _side_victim(m.actor2) and host.sub_event_type != "Peaceful protest"


def _firebomb(m: EventMention) -> bool:
    """``m``'s trigger is a bomb named by a word of the ontology cue ``incendiary_words`` just before it ("petrol
    bombs", "Molotov cocktails" read as bombs): a crowd's home-made fire weapon, no planted explosive."""
    from sitrep.events.ontology import load_ontology

    if m.trigger is None:
        return False
    before = re.findall(r"[\w-]+", m.sentence.text[:m.trigger.start - m.sentence.start])
    return bool(before) and before[-1].lower() in load_ontology().cue("incendiary_words")


# the burned thing named by a pronoun right after the burning verb: "set part of it on fire", "set it ablaze",
# "set fire to it", "torched them"
_BURNS_IT = re.compile(r"^\W*(?:fire\s+to\s+)?(?:(?:a\s+)?(?:part|parts|much|most|some|all|one|wing)\s+of\s+)?"
                       r"(?:it|them)\b", re.I)


def _burns_it(m: EventMention) -> bool:
    """``m`` (a burning) burns a thing its sentence has named before, told again by a pronoun."""
    t = m.trigger
    return t is not None and bool(_BURNS_IT.match(m.sentence.text[t.end - m.sentence.start:]))


def _participle_after(m: EventMention, host: EventMention) -> bool:
    """``m``'s trigger is a participle in "-ing" told after ``host``'s trigger in their one sentence, set off by a
    comma ("... to disperse protesters outside parliament, detaining at least 27 people")."""
    t, h = m.trigger, host.trigger
    if t is None or h is None or not t.text.lower().endswith("ing") or t.start <= h.end:
        return False
    between = m.sentence.text[h.end - m.sentence.start:t.start - m.sentence.start]
    return "," in between and "." not in between


def _side_victim(a) -> bool:  # type: ignore[no-untyped-def]
    """No victim named, people at large (Civilians, or the kin of a witness told by "whose": "a farmer whose nephew
    was wounded"), or one of a protest's sides: protesters, rioters, police or troops, told by name or by words
    ("three officers", "policemen", "a protester")."""
    from sitrep.events.ontology import load_ontology

    if a is None or a.entity_id in ("CIVILIANS", "x:protesters") or _unnamed_or_side(a):
        return True
    if a.name.lower().startswith("whose "):
        return True  # "a farmer whose nephew was wounded": a witness's kin, people at large (not the doer's wife)
    if not a.entity_id.startswith("x:"):
        return False
    onto = load_ontology()
    sides = onto.cue("police_words") | onto.cue("state_words") | onto.cue("protest_words")
    words = {w.lower() for w in re.findall(r"[\w-]+", a.name)}
    return any(w in sides or w.rstrip("s") in sides or w[:-2] in sides for w in words)


def _demonstration_told(host: EventMention) -> bool:
    """Whether the host's own sentence names a demonstration (ontology cue protest_words less "riot", "rioter"):
    "during a protest over power cuts"; fans who "rioted" or a mob that "torched" a post name none."""
    from sitrep.events.ontology import load_ontology

    words = load_ontology().cue("protest_words") - {"riot", "rioter"}
    forms = {w + e for w in words for e in ("", "s", "es", "ed", "ing", "ers", "rs")}
    return any(w.lower() in forms and w != "March" for w in re.findall(r"[\w-]+", host.sentence.text))


def _take(host: EventMention, m: EventMention) -> None:
    if host.sub_event_type == "Mob violence" and m.sub_event_type == "Violent demonstration" and _demonstration_told(host):
        # "killed by gunfire ... as residents pelted patrols with rocks during a protest" beside "came under attack
        # from the crowd": a crowd told demonstrating is no mob (ACLED: mob violence is a riot with no demonstration)
        host.sub_event_type, host.plover = m.sub_event_type, m.plover
    if host.fatalities is None and m.fatalities is not None and m.sub_event_type != _ARRESTS:
        host.fatalities = m.fatalities
    if m.event_type in VIOLENT_EVENT_TYPES:
        # ("Fourteen people were injured" read as a deed of its own: its hurt are the protest's, as its dead are)
        host.figures.extend(f for f in m.figures if f not in host.figures)
    if host.date_precision == "reported" and m.date_precision != "reported" and m.date_start is not None \
            and m.sub_event_type != _ARRESTS:
        host.time, host.date_start, host.date_end, host.date_precision = m.time, m.date_start, m.date_end, m.date_precision
    for s in [m.sentence, *m.evidence]:
        if s != host.sentence and s not in host.evidence:
            host.evidence.append(s)


def fold_into_protests(mentions: list[EventMention]) -> list[EventMention]:
    """The mentions with the deeds, arrests and destruction told as part of a protest or riot folded into it
    (module docstring); order kept."""
    hosts = [m for m in mentions if m.event_type in _HOSTS and m.modality == "asserted" and _crowd_told(m)]
    if not hosts:
        return mentions
    out = []
    for m in mentions:
        host: Optional[EventMention] = None
        if m.event_type != "Political":
            host = next((h for h in sorted(hosts, key=lambda h: abs(h.sentence.start - m.sentence.start))
                         if h is not m and (m.event_type not in _HOSTS or h.sub_event_type != "Peaceful protest")
                         and _side(m, h, len(hosts) == 1)), None)
        if host is None:
            out.append(m)
        else:
            _take(host, m)
    return out
