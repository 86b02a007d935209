"""A doer told only by a generic noun of attackers is an unidentified armed group, never a named doer.

"Assailants killed five villagers", "the attackers opened fire", "armed youths raided the camps", "Bandits
attacked the market": when nothing in the report names who they are (an armed group, a state's forces), the stages
before leave the doer as free text under its own words (an ``x:`` id: "Assailants", "armed youths"), which reads as
a named actor. ACLED codes such a doer as the Unidentified Armed Group of the country (data/actor_roles.tsv,
UNIDENT), as the actor dictionary already reads "gunmen", "armed men" and "unknown attackers"
(data/agent_phrases.tsv): the doer becomes that group of the report's country (the story's focus, else the one
country the report is about, ``ActorFinder.report_country``); a report of no one country keeps the phrase's words,
as the stages before keep "gunmen" there (a blank country would say nothing more). The phrase's span is kept (the words the
text used); no event is added or removed: it is the last step of extraction, after restatements are merged.

Only a phrase whose words are nothing but a generic attacker noun (event sense cue ``attacker_nouns``: attacker,
assailant, gunman, raider, bandit, sniper, terrorist), with an armed modifier or not (data/armed_modifiers.tsv:
"armed raiders"), or an armed modifier before a noun of people or a body that says nothing of who they are ("armed
youths", "unidentified persons", "an armed group": data/people_nouns.tsv; "armed separatists" keep their words), or a
band of offenders in the plural that no one names ("armed robbers", "the robbers", "thugs": data/band_offender_nouns.tsv,
branch ``attackers31``: local_reports19 t07 / t17), or, as the doer of a violent deed, a gang or youths no one
names, or of a crime ("a gang of about ten youths attacked residents", "attacked by a group of youths", "the gang
stole phones": data/unnamed_band_nouns.tsv,
branch ``attackers40``; a riot's youths are its rioters and keep their reading). A name of its own ("the Red Dawn gang"), a possessive, a group noun or a place ("attackers from
Kelvora") keep their reading: the stages before (events/generic_actors, antecedents, claims, accusations) have already
named the group where the text links one.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from sitrep.events.cues import sense_cue
from sitrep.events.roles import ActorFinder, armed_modifiers
from sitrep.events.unnamed_attackers import UNNAMED_PERSONS
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention
from sitrep.nlp.actor_lexicon import people_noun
from sitrep.nlp.doctext import doc_text
from sitrep.resources import data_rows

__all__ = ["unidentified_generic_doers", "generic_doer_words"]

# words that may stand before the noun without naming anyone ("the two attackers", "some of the assailants")
_FILLER = frozenset({"the", "a", "an", "some", "several", "many", "other", "both", "all", "two", "three", "four",
                     "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "suspected", "alleged",
                     "lone"})  # ("a lone gunman": one attacker, no one named)


@functools.lru_cache(maxsize=1)
def _band_offenders() -> frozenset[str]:
    """Plural nouns of data/band_offender_nouns.tsv ("robbers", "thugs")."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("band_offender_nouns.tsv", needs=("word", "source")))


def _singular(word: str) -> str:
    if word.endswith("men"):
        return word[:-3] + "man"  # gunmen
    return word[:-1] if word.endswith("s") else word


@functools.lru_cache(maxsize=1)
def _unnamed_bands() -> frozenset[str]:
    """Words of data/unnamed_band_nouns.tsv ("gang", "youths")."""
    return frozenset(cols[0].strip().lower() for cols in data_rows("unnamed_band_nouns.tsv", needs=("word", "source")))


def generic_doer_words(name: str, violent: bool = False) -> bool:
    """``name`` is nothing but a generic noun of attackers, with armed modifiers or not ("Assailants", "the
    attackers", "armed raiders"), or armed modifiers before one noun ("armed youths"); with ``violent`` (the doer of
    a violent deed or a crime) also a gang or youths no one names ("the gang", "youths")."""
    words = [w for w in re.findall(r"[\w-]+", name.lower()) if w not in _FILLER and not w.isdigit()]
    if not words:
        return False
    head, mods = words[-1], words[:-1]
    if any(m not in armed_modifiers() for m in mods):
        return False
    if violent and head in _unnamed_bands():
        return True  # ("a gang of about ten youths attacked residents": a band no one names, not a named doer)
    if _singular(head) in sense_cue("attacker_nouns") or head in _band_offenders():
        return True  # ("armed robbers", "the robbers": a band of offenders no one names, data/band_offender_nouns.tsv)
    # "armed youths", "unidentified persons", "an armed group": people or a body of no side; "armed separatists"
    # say which kind of doer they are and keep their words
    return bool(mods) and len(words) == 2 and (
        head in UNNAMED_PERSONS or _singular(head) == "group" or people_noun(head))


def _unidentified(ref: ActorRef, finder: ActorFinder, doc,  # type: ignore[no-untyped-def]
                  ev: EventMention) -> ActorRef:
    """The unidentified armed group of the report's one country, else of the country the event itself is placed in
    (ACLED codes such a group by the event's country: "KARACHI: ... motorcycle-riding gunmen" in a report whose one
    country the stages could not settle); ``ref`` itself where neither is known: the phrase's own words, as the
    stages before keep "gunmen" there."""
    country = finder.report_country(doc) if doc is not None and not finder.focus else None
    if country is None and not finder.focus and ev.place is not None and ev.place.precision != "country":
        named = finder.named_countries(doc) if doc is not None else frozenset()
        # the place's country when the report's actors are of it or of no country (else of its places): a person's
        # name read as a Philippine town in a report whose actors are Colombian lends no Philippine group
        country = (ev.place.country or None) if not named or ev.place.country in named else None
    focus = finder.focus or ([country] if country else [])
    got = finder.resolve("armed men", focus) if focus and finder.resolve is not None else None
    return ActorRef(got[0], got[1], ref.span, ref.role, ref.confidence) if got else ref


def _group_of_deed_before(ev: EventMention, events: list[EventMention],  # type: ignore[no-untyped-def]
                          finder: ActorFinder, doc) -> Optional[ActorRef]:
    """The named armed group that did the violent deed told in the sentence right before, for a definite "the
    attackers" ("Suspected Boko Haram fighters killed four people in a raid ... . The attackers came at night and shot
    dead four men": Boko Haram); None when the phrase is not definite, no deed is told there or another group is
    named there too."""
    sp = ev.actor1.span if ev.actor1 is not None else None
    if doc is None or sp is None or not sp.text.lower().startswith("the "):
        return None
    from sitrep.events.contested_blame import adjacent

    text = doc_text(doc)
    before = [e for e in events if e is not ev and e.event_type in VIOLENT_EVENT_TYPES and e.actor1 is not None
              and e.sentence.end <= ev.sentence.start and adjacent(text, e, ev) and finder.named_group(e.actor1)]
    groups = {e.actor1.entity_id: e.actor1 for e in before}
    if len(groups) != 1 or (ev.actor2 is not None and ev.actor2.entity_id in groups):
        return None
    lo = min(e.sentence.start for e in before)
    named = {m.entity_id for m in finder.mentions if m.entity_id and lo <= m.span.start < ev.sentence.start
             and finder.named_group(ActorRef(m.entity_id, m.name or m.span.text))}
    if named - set(groups):
        return None  # "Boko Haram fighters killed five ... and ISWAP fighters killed two": either group
    group = next(iter(groups.values()))
    return ActorRef(group.entity_id, group.name, sp, ev.actor1.role, ev.actor1.confidence)


# what "a gang of ..." may be made of and still name no kind ("a gang of about ten youths"); any other word ("a gang of
# kuluna") says which band it is and keeps the reading
_BAND_OF = re.compile(r"\s+of\s+((?:[\w-]+\s+){0,4}[\w-]+)")
_NO_KIND = frozenset({"youths", "men", "boys", "persons", "people", "individuals", "teenagers", "males"})
_COUNTING = frozenset({"about", "around", "at", "least", "more", "than", "up", "to", "young", "armed", "eleven", "twelve",
                       "fifteen", "twenty", "thirty", "dozen", "over", "nearly", "almost"})


def _band_of_no_kind(ref: ActorRef, text: Optional[str]) -> bool:
    """``ref``'s phrase is not followed by an "of" that says what the band is ("a gang of kuluna"; "a gang of about
    ten youths" says nothing more)."""
    if ref.span is None or text is None:
        return True
    m = _BAND_OF.match(text, ref.span.end)
    if m is None:
        return True
    words = [w for w in m.group(1).lower().split() if w not in _FILLER and w not in _COUNTING and not w.isdigit()]
    return bool(words) and words[0] in _NO_KIND


def unidentified_generic_doers(events: list[EventMention], finder: ActorFinder,
                               doc=None) -> list[EventMention]:  # type: ignore[no-untyped-def]
    """``events``, whose actor1 and associates told only by a generic noun of attackers are now the unidentified
    armed group (changed in place; ``doc``: the parse, to find the report's one country)."""
    for ev in events:
        # a gang or youths no one names, doers of a violent deed or a crime (a riot's youths are its rioters)
        violent = ev.event_type in VIOLENT_EVENT_TYPES or ev.outside == "crime"

        def generic(ref: ActorRef) -> bool:
            if not ref.entity_id.startswith("x:"):
                return False
            if generic_doer_words(ref.name):
                return True
            return violent and generic_doer_words(ref.name, True) and _band_of_no_kind(
                ref, doc_text(doc) if doc is not None else None)

        if ev.actor1 is not None and generic(ev.actor1):
            ev.actor1 = _group_of_deed_before(ev, events, finder, doc) or _unidentified(ev.actor1, finder, doc, ev)
        if any(generic(a) for a in ev.associates):
            ev.associates = [_unidentified(a, finder, doc, ev) if generic(a) else a for a in ev.associates]
    return events
