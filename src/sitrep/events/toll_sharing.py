"""Which of a sentence's events holds a count they share: a count two events of one sentence took goes to the one its
dead died in (:func:`unshare_sentence_tolls`, :func:`_death_setting`; statements and arrests kill no one:
``_NO_DEAD_TYPES``), a count a reaction took goes to the violent deed its sentence tells (:func:`move_reaction_tolls`,
``REACTION_TYPES``), and a named victim's death told again with further victims gives the fuller count
(:func:`share_fuller_tolls`).
"""
from __future__ import annotations

from typing import Optional

from sitrep.model import KILLED_WHAT, VIOLENT_EVENT_TYPES, EventMention, Figure
from sitrep.events.toll_parse import _verb_above, _victim_of


REACTION_TYPES = frozenset({"Political", "Protests", "Strategic developments"})  # never a crash or a riot's own dead


_NO_DEAD_TYPES = frozenset({"Strategic developments", "Political"})  # arrests, statements: no one dies of them


def unshare_sentence_tolls(events: list[EventMention], doc=None) -> None:  # type: ignore[no-untyped-def]
    """A killed-figure outside every event's clause goes to an event of its sentence that has none of its own
    (:func:`fatality_count`); when two events of one sentence took the same such figure ("two pilots died when their
    helicopter crashed, hours after rebels shelled the airbase"), the sentence does not say whose dead they are:
    neither keeps it (blank beats a toll counted on the wrong incident, or on two) -- unless exactly one of them is
    told as where the dead died (:func:`_death_setting`: "three residents died and nine more were hurt in the clash,
    which erupted as a church group was marching": the clash's)."""
    taken: dict[tuple[int, int, str], list[EventMention]] = {}
    for e in events:
        if e.fatalities is not None and e.fatalities.id not in e.figures:
            taken.setdefault((e.sentence.start, e.sentence.end, e.fatalities.id), []).append(e)
    for evs in taken.values():
        if len(evs) > 1:
            harm = [e for e in evs if e.event_type in VIOLENT_EVENT_TYPES]
            if len(harm) == 1 and all(e is harm[0] or e.event_type in _NO_DEAD_TYPES for e in evs):
                # "A man died after he was stabbed ..., and police have arrested a suspect": the deed's dead, never
                # the arrest's (nor a statement's) that the sentence also tells (an accident may have its own dead)
                for e in evs:
                    if e is not harm[0]:
                        e.figures.append(e.fatalities.id)
                        e.fatalities = None
                continue
            deeds = [e for e in evs if not _hurt_word(e)]
            if len(deeds) == 1 and len(harm) == len(evs) and not _kill_word(deeds[0]) \
                    and deeds[0].modality == "asserted":  # (not "to flee ... the bombings", a deed of no one day)
                # "Four men were found shot dead ..., and a fifth man was found wounded": the hurt word tells the
                # same deed's hurt, no deed of its own; the dead are the deed's (branch tolls44)
                for e in evs:
                    if e is not deeds[0]:
                        e.figures.append(e.fatalities.id)
                        e.fatalities = None
                continue
            setting = [e for e in evs if doc is not None and _death_setting(e, doc)]
            for e in evs:  # the figure stays among each one's figures: told beside them, no orphan to hand out
                if len(setting) == 1 and e is setting[0]:
                    continue
                e.figures.append(e.fatalities.id)
                e.fatalities = None


_HURT_WORDS = frozenset({"wounded", "wounding", "injured", "injuring", "hurt", "hurting"})


def _hurt_word(e: EventMention) -> bool:
    """The event's trigger is a word of hurt alone ("injured", "wounding"), no deed: the hurt of a deed its
    sentence tells."""
    return e.trigger is not None and e.trigger.text.lower() in _HURT_WORDS


_KILL_WORDS = frozenset({"killed", "killing", "kill", "killings", "died", "dead", "death", "deaths"})


def _kill_word(e: EventMention) -> bool:
    """The event's trigger is a word of death alone ("208 army members killed and 427 wounded": a tally's two
    halves, no deed told), not a deed ("shot", "attack") whose dead a word of hurt beside it would share."""
    return e.trigger is not None and e.trigger.text.lower() in _KILL_WORDS


_DEATH_SETTING_PREPS = frozenset({"in", "during"})


def _death_setting(e: EventMention, doc) -> bool:  # type: ignore[no-untyped-def]
    """The event's trigger is a noun set as where or when its count's dead died: the object of "in" / "during" on
    the verb that counts them or on a verb coordinated with it ("three died and nine were hurt *in the clash*")."""
    f = e.fatalities
    if f is None or e.trigger is None:
        return False
    trig = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    figt = doc.char_span(f.span.start, f.span.end, alignment_mode="expand")
    if trig is None or figt is None or not len(trig) or not len(figt):
        return False
    t = trig.root
    if t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "acl") and t.head.pos_ == "NOUN" and t.i > t.head.i:
        t = t.head  # "died ... in a fire that broke out in a block of flats": the verb told of the setting's noun
    if t.pos_ != "NOUN" or t.dep_ != "pobj" or t.head.lower_ not in _DEATH_SETTING_PREPS:
        return False
    victim = _victim_of(doc, f, [x.i for x in figt])
    if any(c.dep_ == "acl" and c.i == t.head.head.i for c in victim.children):
        return True  # "the names of 57 people killed in Saturday's bombing": the participle on the dead sets them there
    v = _verb_above(victim)
    if v.pos_ not in ("VERB", "AUX"):
        return False
    verbs = {v.i, *(c.i for c in v.children if c.dep_ == "conj")}
    if v.dep_ == "conj":
        verbs.add(v.head.i)
    if any(c.dep_ == "cc" for c in v.children) and v.dep_ != "ROOT":
        # "Two people died and eight were injured in a fire ..., officials said": the verbs the parser hung side by
        # side on the speech verb, joined by the first one's "and"
        verbs |= {x.i for x in v.head.children if x.dep_ == v.dep_ and x.i > v.i and x.pos_ in ("VERB", "AUX")}
    return t.head.head.i in verbs


def move_reaction_tolls(events: list[EventMention]) -> None:
    """A count a reaction took ("joined the silent march for the nine miners killed in the bomb attack", "condemned
    the deaths of two clerks in the raid") belongs to the violent deed its sentence tells: when a sentence has exactly
    one asserted violent event, with no count, the count of an asserted reaction (:data:`REACTION_TYPES`) of that
    sentence moves to it."""
    by_sent: dict[tuple[int, int], list[EventMention]] = {}
    for e in events:
        by_sent.setdefault((e.sentence.start, e.sentence.end), []).append(e)
    for evs in by_sent.values():
        deeds = [e for e in evs if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted" and not e.outside]
        if len(deeds) != 1 or deeds[0].fatalities is not None:
            continue
        for e in evs:
            if e.event_type in REACTION_TYPES and e.modality == "asserted" and e.fatalities is not None \
                    and e.fatalities.what in KILLED_WHAT:
                deeds[0].fatalities, e.fatalities = e.fatalities, None
                if deeds[0].fatalities.id not in deeds[0].figures:
                    deeds[0].figures.append(deeds[0].fatalities.id)
                break


def _surname(f: Figure) -> Optional[str]:
    """The last capitalised word of a count of one named victim ("the murder of judge Ana Ruiz": "Ruiz"), else None."""
    if f.low != 1 or f.high != 1 or not f.who or f.who != f.span.text:
        return None
    words = [w for w in f.who.replace(",", " ").split() if len(w) > 2 and w[0].isupper() and w[1:].islower()]
    return words[-1] if words else None


def share_fuller_tolls(events: list[EventMention]) -> None:
    """A named victim's death told again with further victims ("the assassination of Ana Ruiz" ... "Ruiz was killed
    along with two of her guards"): the mention that counts only the named one takes the fuller count that names
    her too, so that the incident's toll is 3 whichever mention the restatements fold into."""
    deeds = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted" and not e.outside
             and e.fatalities is not None]
    for e in deeds:
        name = _surname(e.fatalities)  # type: ignore[arg-type]
        if name is None:
            continue
        fuller = [o.fatalities for o in deeds if o is not e and o.fatalities is not None
                  and (o.fatalities.low or 0) > 1 and o.fatalities.high is not None and name in o.fatalities.span.text
                  and not o.fatalities.background and o.fatalities.since is None]
        if len(fuller) == 1:
            e.fatalities = fuller[0]
            if fuller[0].id not in e.figures:
                e.figures.append(fuller[0].id)
