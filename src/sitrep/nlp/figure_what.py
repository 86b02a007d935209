"""What a count counts and its unit (:func:`_what_and_unit`), and the Figure one quantity makes (:func:`_make_figure`).

By the first reading that holds: the quantity's own unit (percent, area), a noun of deeds (people), a population
("home to N people"), people the action hurts, a noun of people, a listed thing or place (with its owner), an unlisted
noun the action hurts (people), another noun (its lemma), the action's category alone. "Two wounded survivors" are
hurt whatever else is told. Bodies counted are the dead (:func:`_remains_of`, :func:`_bodies_of_unlisted`).
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.model import Figure, Span
from sitrep.nlp.enemy_nouns import enemy_nouns
from sitrep.nlp.numbers import Quantity
from sitrep.nlp.victims import tried_deed
from sitrep.nlp.figure_hedges import nominal_count
from sitrep.nlp.figure_who import _owner, _who
from sitrep.nlp.figure_words import _Action, _lemma, _noun_info


_HURT_ADJECTIVES = frozenset({"wounded", "injured", "hurt"})  # "two wounded soldiers": a count of the hurt
_HARM_WHATS = frozenset({"killed", "dead", "deaths", "death", "fatalities", "wounded", "injured", "casualties"})


_GENERIC_PEOPLE = {"people", "person", "civilians", "civilian", "residents", "resident", "inhabitants", "inhabitant", "population"}


_REMAINS = frozenset({"body", "bodies", "corpse", "corpses", "remains"})  # "the bodies of three (men)": the dead


def _bodies_of_unlisted(noun: Any) -> bool:
    """ "the bodies of four herders": a plural the lexicon does not list, counted by the bodies (not "the remains")
    of it, is people (a lexicon thing or place, "the bodies of two cars", stays a thing)."""
    return noun is not None and noun.pos_ == "NOUN" and noun.tag_ == "NNS" and _noun_info(noun) is None \
        and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in ("bodies", "corpses")


def _remains_of(tok: Any) -> bool:
    t = tok
    for _ in range(2):
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _REMAINS:
            return True
        t = t.head
    return False


def _what_and_unit(q: Quantity, qtok: Any, noun: Any, pronoun: bool, action: _Action,  # type: ignore[no-untyped-def]
                   info: Optional[tuple], is_person: bool, who: Optional[str],
                   span_toks: set[int]) -> Optional[tuple[Optional[str], Optional[str], Optional[str]]]:
    """(what, unit, who) a count tells, by the first that holds: the quantity's own unit ("percent": of whom), a
    noun of deeds (people), a population ("home to N people"), people the action hurts, a noun of people, a listed
    thing or place (its owner), an unlisted noun the action hurts (people), another noun (its lemma), the action's
    category alone; None where nothing says what is counted."""
    cls = info[1] if info else None
    unit: Optional[str] = q.unit
    what: Optional[str] = None
    if q.unit_what:
        what = q.unit_what
        if q.unit_what == "percent":
            who = who if noun is not None and noun.lower_ != "%" else None
            pobj = [g for c in qtok.head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"] if qtok.head is not None else []
            if pobj:
                who = _who(pobj[0], span_toks)
        else:
            who = None
    elif cls == "event" and info is not None and not (noun is not None and tried_deed(noun)):
        # ("two attempted murders": deeds tried, no one dead; read as the noun below)
        what, unit = info[0], "people"
        who = None
    elif action.population and noun is not None and not pronoun and (noun.lower_ in _GENERIC_PEOPLE or _lemma(noun) in _GENERIC_PEOPLE):
        what, unit = "population", "people"
    elif is_person and action.category is not None:
        what, unit = action.category, "people"
    elif cls == "person" and info is not None:
        what, unit = info[0], "people"
    elif cls in ("thing", "place") and info is not None:
        what = info[0] + (f"_{action.thing_suffix}" if action.thing_suffix else "")
        unit = info[0]
        who = _owner(noun, span_toks)
    elif cls is None and action.category is not None and action.thing_suffix is None:
        # an unlisted noun killed/wounded/displaced is a group of people ("six villagers")
        what, unit = action.category, "people"
    elif noun is not None and not pronoun and noun.pos_ in ("NOUN",) and noun.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        what = _lemma(noun)
        unit = what
        who = _owner(noun, span_toks)
        if action.thing_suffix:
            what = f"{what}_{action.thing_suffix}"
    elif action.category is not None:
        what, unit = action.category, "people"
    else:
        return None
    return what, unit, who


def _them_of_conjunct(qtok: Any, them: Any) -> Optional[str]:
    """ "Troops pursued the attackers and killed four of them", "clashed with the raiders and killed four of them":
    the "them" of a count "N of them" whose verb is the second of two joined verbs is the plural noun the first verb
    acts on (its object, or the object of its preposition), not the last group of people counted before it (the
    civilians the attackers killed). None where the first verb has no such noun."""
    if them.head.lower_ != "of" or them.head.head.i != qtok.i:
        return None
    verb = qtok.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or qtok.dep_ != "dobj":
        return None
    first = verb.head
    for c in first.children:
        if c.i > verb.i:
            continue
        objs = [c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
        for o in objs:
            if o.tag_ == "NNS" and _people_noun(o):
                return _who(o, set())
    return None


def _people_noun(tok: Any) -> bool:
    """A noun of people: the figure lexicon's (attackers, men, passengers) or a noun of armed men a force fights
    (``data/enemy_nouns.tsv``: raiders); never a thing or a time ("playing cards", "within three hours")."""
    info = _noun_info(tok)
    if info is not None:
        return info[1] == "person"
    return tok.lower_ in enemy_nouns()


def _make_figure(q: Quantity, qtok: Any, noun: Any, pronoun: bool, action: _Action, span_toks: set[int],
                 last_person_who: dict[int, Optional[str]], sent: Any, prev_sent: Any) -> Optional[Figure]:
    """The Figure a quantity makes: whose (the noun's people, else the last group of people named in this sentence
    or the one before), what and its unit (:func:`_what_and_unit`), hurt where an adjective says so; None for no
    count or nothing counted."""
    info = _noun_info(noun) if noun is not None and not pronoun else None
    cls = info[1] if info else None
    is_person = cls == "person" or (noun is None or pronoun) and action.category is not None
    who: Optional[str] = None
    if noun is not None and not pronoun:
        who = _who(noun, span_toks)
    elif pronoun and noun.lower_ == "them" and (who := _them_of_conjunct(qtok, noun)) is not None:
        is_person = True  # "pursued the attackers and killed four of them": the attackers, named one verb before
    elif action.category is not None or pronoun:
        # the last group of people named in this sentence, else in the sentence just before
        who = last_person_who.get(sent.start_char)
        if who is None and prev_sent is not None:
            who = last_person_who.get(prev_sent.start_char)
        is_person = True
    read = _what_and_unit(q, qtok, noun, pronoun, action, info, is_person, who, span_toks)
    if read is None:
        return None
    what, unit, who = read
    if noun is not None and not pronoun and what not in _HARM_WHATS and any(
            c.dep_ == "amod" and c.i < noun.i and c.lower_ in _HURT_ADJECTIVES for c in noun.children):
        what, unit = "wounded", "people"  # "two wounded survivors were taken to hospital": hurt, whatever else is told
    if unit == "people" and who is not None:
        last_person_who[sent.start_char] = who
    if q.low is None and q.high is None:
        return None
    return Figure(id="", span=Span("", 0, 0, ""), what=what, who=who, low=q.low, high=q.high, unit=unit,
                  best=nominal_count(q), hedge=q.rule)
