"""The sides of a protest or riot as ACLED names them (issue 16).

ACLED codes who demonstrates by role and country, never by the words of one sentence: the demonstrators of a
peaceful protest or of a protest met with intervention are ``Protesters (<country>)`` (actor1), the police or
troops that intervene are actor2; demonstrators who turn violent and crowds that attack are ``Rioters
(<country>)`` (actor1), the police they fight actor2; in excessive force against protesters the force is actor1
and the protesters actor2 (ACLED codebook, Protests and Riots; data/actor_roles.tsv PROTESTERS, RIOTERS).

The clause reading gives these events whichever noun phrase sat in the subject or object: "police fired tear gas
at protesters" makes the police actor1 of an intervention, "hundreds of people marched" leaves actor1 empty,
"thousands of workers clashed" names "workers", "killed three people during a protest" names Civilians.
:func:`acled_protest_sides` puts each side where ACLED puts it, naming the crowd by the country of the event's own
place (an event with no place of a known country keeps what the clause read: blank beats a guessed country):

- the demonstrators (empty, Civilians, protesters of no country, or a description such as "workers", "youths",
  "the mob": an ``x:`` id) become ``Protesters (<country>)`` in a protest and ``Rioters (<country>)`` in a riot;
  a named organisation ("the CGT", "TLP") is kept;
- a state force read as actor1 of an intervention or a violent demonstration is the side acted against: actor2
  (also where the clause read that force again as the target, "fired at demonstrators ... after protesters
  attacked a police station": the police are one side, the crowd the other);
  in excessive force a state force read as actor2 (the protesters as actor1) is swapped back;
- the victims of an excessive force are protesters; a peaceful protest has no target, so the Civilians its
  clause named ("marched to denounce the killing of civilians") are dropped;
- an intervention or a violent demonstration whose sentences (its own and those folded into it) name police
  (cue ``police_words``) and whose clause gave no state force as actor2 has that country's police as actor2
  (ACLED: the force that intervened, the police the rioters fought; "Police fired tear gas ... detaining 31
  people" read the students as both sides);
- mob violence with no target read, a private person named, or people told by a description ("a herder"): the
  country's police when the mob's own
  sentence names police other than as the speaker ("set fire to a police post"; not "..., police said"), else,
  when it killed or its sentences tell a beating or a lynching (cue ``personal_violence``), the country's
  Civilians (ACLED names no private victim).
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.model import ActorRef, EventMention

__all__ = ["acled_protest_sides"]

_CROWD_SUBTYPES = {"Peaceful protest": "PROTESTERS", "Protest with intervention": "PROTESTERS",
                   "Violent demonstration": "RIOTERS", "Mob violence": "RIOTERS"}
_FORCE = "Excessive force against protesters"
_CROWD_ROLES = frozenset({"PROTESTERS", "RIOTERS"})
# (not troops: an army at a protest abroad is told by a bare "soldiers" as often as by its demonym)
_LENT_ROLES = frozenset({"PROTESTERS", "RIOTERS", "POLICE"})


def _entry(a: ActorRef) -> dict:
    from sitrep.events.merge_tellings import role_entry

    return role_entry(a)


def _state(a: Optional[ActorRef]) -> bool:
    from sitrep.events.merge_doers import doer_kind

    return a is not None and doer_kind(a) == "state"


def _crowd(a: Optional[ActorRef], country: str) -> bool:
    """Whether ``a`` says no more than "a crowd": nothing, Civilians, a description, or protesters / rioters of no
    country or of the event's own country (not a state, a named group or a person)."""
    if a is None or a.entity_id in ("CIVILIANS", "x:protesters"):
        return True
    if a.entity_id.startswith("x:"):
        return not _state(a)
    entry = _entry(a)
    if entry.get("role") == "OPP" and _told_opposition(a):
        return True  # "the opposition marched": the political opposition's crowd, no rebels
    return entry.get("role") in _CROWD_ROLES and entry.get("country") in (None, country)


def _told_opposition(a: ActorRef) -> bool:
    """``a`` (the unnamed armed opposition of data/actor_roles.tsv) was read from the word "opposition" alone: at a
    protest or riot that is the political opposition's people (ACLED codes them as the crowd, the party as an
    associate), not rebels."""
    return a.span is not None and re.sub(r"^(?:the|an?)\s+", "", a.span.text.strip().lower()) in ("opposition",
                                                                                                "oppositions")


def _unidentified(a: Optional[ActorRef]) -> bool:
    """``a`` is the dictionary's Unidentified Armed Group of a country (role UNIDENT, data/actor_roles.tsv)."""
    return a is not None and not a.entity_id.startswith("x:") and _entry(a).get("role") == "UNIDENT"


def _role_ref(role: str, country: str, like: Optional[ActorRef]) -> Optional[ActorRef]:
    from sitrep.nlp.actor_lexicon import get_resolver

    try:
        aid, name = get_resolver().role_actor(country, role)
    except KeyError:
        return None
    if not aid:
        return None
    return ActorRef(aid, name, like.span if like is not None else None, "primary",
                    like.confidence if like is not None else None)


def _country_words(iso2: str) -> frozenset[str]:
    """The words that name a country in the actor dictionary: its name, aliases, demonyms and capital."""
    from sitrep.nlp.actor_lexicon import get_resolver

    res = get_resolver()
    entry = res.actors.get(res.iso2_to_iso3.get(iso2, ""), {})
    caps = entry.get("capital") or []
    names = [entry.get("name") or "", *entry.get("aliases", []), *entry.get("demonyms", []),
             *([caps] if isinstance(caps, str) else caps)]
    return frozenset(n.lower() for n in names if n)


def _lent_country(a: Optional[ActorRef], country: str) -> Optional[str]:
    """The role ``a`` holds when it is police, protesters or rioters of another country than ``country``
    that its own words do not name ("police" or "Georgian riot police" read as Russia's because the report mentions
    "Russian legislation"): the country came from elsewhere in the report, not from the phrase. None otherwise."""
    if a is None or a.span is None:
        return None
    if a.entity_id.startswith("x:"):
        return "POLICE" if _police_words(a) else None
    entry = _entry(a)
    other = entry.get("country")
    if not other or other == country or entry.get("role") not in _LENT_ROLES or entry.get("type") == "person":
        return None
    text = a.span.text.lower()
    if any(w in text for w in _country_words(other)):
        return None
    return entry["role"]


def _police_words(a: ActorRef) -> bool:
    """A description of the police told by no name ("riot police", "police constables", "anti-riot officers"):
    a state force by its words (``merge_doers.doer_kind``) with a word of cue ``police_words``."""
    import re

    from sitrep.events.ontology import load_ontology

    words = {w.lower() for w in re.findall(r"[\w-]+", a.name or "")}
    police = load_ontology().cue("police_words")
    return _state(a) and any(w in police or w.rstrip("s") in police for w in words)


def _place_country(m: EventMention, country: str) -> None:
    """A protest's police and crowd whose phrase names no country are the country's where the protest is placed;
    the police told by a description ("riot police", "police constables") are that country's police."""
    for attr in ("actor1", "actor2"):
        a = getattr(m, attr)
        role = _lent_country(a, country)
        if role is not None:
            setattr(m, attr, _role_ref(role, country, a) or a)


def _sides(m: EventMention, country: str) -> None:
    _place_country(m, country)
    sub = m.sub_event_type
    if sub == _FORCE:
        if _state(m.actor2) and not _state(m.actor1) and _crowd(m.actor1, country):
            m.actor1, m.actor2 = m.actor2, m.actor1  # "protesters were fired on by police" read the other way
        if _crowd(m.actor2, country):
            m.actor2 = _role_ref("PROTESTERS", country, m.actor2) or m.actor2
        return
    role = _CROWD_SUBTYPES[sub]
    if sub in _POLICE_FACED and _state(m.actor1) and m.actor2 is not None and (
            m.actor2.entity_id == m.actor1.entity_id):
        m.actor2 = None  # "Police fired at demonstrators ... after protesters attacked a police station": one side
    if _state(m.actor1) and sub in _POLICE_FACED and m.actor2 is not None and _private_person(m.actor2):
        m.actor2 = None  # "police fired water cannon at pensioners ... X, 76, who was soaked": one of the crowd
    if _state(m.actor1) and sub in ("Protest with intervention", "Violent demonstration") and (
            (_crowd(m.actor2, country) or _private_person(m.actor2)) and not _state(m.actor2)):
        m.actor1, m.actor2 = m.actor2, m.actor1  # "police fired tear gas at the marchers": the police intervene
    if _crowd(m.actor1, country) or (sub == "Mob violence" and _unidentified(m.actor1)) or (
            sub in _POLICE_FACED and m.actor1 is not None and _private_person(m.actor1)):
        # ("beaten by a group of men who suspected them": the unnamed doers of a mob's violence are its rioters; a
        # marcher named, "Ana Ruiz, 76, who was soaked by the water cannon", is one of the crowd: precision18)
        m.actor1 = _role_ref(role, country, m.actor1) or m.actor1
    if sub == "Peaceful protest" and m.actor2 is not None and m.actor2.entity_id == "CIVILIANS":
        m.actor2 = None  # the victims a march is about are not its target
    if sub in _POLICE_FACED and (m.actor2 is None or _crowd(m.actor2, country)) and _told(m, "police_words"):
        m.actor2 = _role_ref("POLICE", country, m.actor2) or m.actor2
    if sub == "Violent demonstration" and m.actor2 is not None and (
            m.actor2.entity_id == "x:protesters" or m.actor2.entity_id.endswith(("_PROTESTERS", "_RIOTERS"))):
        # ("members of the Security Belt Forces opened fire on a demonstration", typed a riot by the crowd's burning
        # of tyres: the crowd is the riot's actor1, never the side it met; blank where no force is named)
        m.actor2 = None
    elif sub == "Mob violence" and (m.actor2 is None or _private_person(m.actor2) or _crowd(m.actor2, country)):
        if _police_attacked(m):
            m.actor2 = _role_ref("POLICE", country, m.actor2) or m.actor2
        elif m.fatalities is not None or _told(m, "personal_violence"):
            m.actor2 = _role_ref("CIVILIANS", country, m.actor2) or m.actor2


_POLICE_FACED = ("Protest with intervention", "Violent demonstration")


def _told(m: EventMention, cue: str) -> bool:
    """A word of the ontology cue ``cue`` in the event's own sentences (its sentence and the ones folded into it)."""
    from sitrep.events.ontology import load_ontology

    words = load_ontology().cue(cue)
    return any(w.lower() in words or w.lower().rstrip("s") in words or w.lower()[:-2] in words
               for sp in [m.sentence, *m.evidence] for w in re.findall(r"[\w-]+", sp.text))


_SAID = re.compile(r"^(?:\s+[\w-]+){0,2}?\s+(?:said|say|says|told|added|confirmed)\b")


def _police_attacked(m: EventMention) -> bool:
    """The mob's own sentence names police other than as the speaker ("set fire to a police post", "attacked
    officers"; not "..., police said", "police and witnesses said")."""
    from sitrep.events.ontology import load_ontology

    police = load_ontology().cue("police_words")
    text = m.sentence.text
    for w in re.finditer(r"[\w-]+", text):
        lw = w.group().lower()
        if (lw in police or lw.rstrip("s") in police) and not _SAID.match(text[w.end():]):
            return True
    return False


def _private_person(a: ActorRef) -> bool:
    """A person named by a name the dictionary does not hold ("Bala Danjuma"): a private victim."""
    from sitrep.nlp.actor_lexicon import UNK_PREFIX

    return a.entity_id.startswith(UNK_PREFIX)


def acled_protest_sides(mentions: list[EventMention]) -> None:
    """Name the sides of each protest and riot mention as ACLED does (module docstring), in place."""
    for m in mentions:
        if m.sub_event_type not in _CROWD_SUBTYPES and m.sub_event_type != _FORCE:
            continue
        country = m.place.country if m.place is not None else None
        if country:
            _sides(m, country)
