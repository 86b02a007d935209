"""A counter-demonstration is a protest of its own: ACLED codes one event per distinct demonstration, and a crowd
the report tells as standing against another ("a smaller group held a counter-rally in a park", "the
counter-demonstrators stood a few hundred metres away") is another crowd, with other demands, even on the same day
in the same town. The merge of restatements (``merge.same_incident``) and the story merge (``merge_guards.marked_apart``)
keep a protest told by a counter- word apart from one told without it in another sentence that names no
counter-crowd; within one sentence the two are one scene told from both sides ("Some counter-protesters shouted insults at the marchers, and police
detained two of them": the police's deed is the counter-protest's)."""
from __future__ import annotations

import re

from sitrep.model import EventMention

__all__ = ["counter_crowd", "counter_apart"]

# "counter-rally", "counter-protesters", "counter demonstration", "counterprotest": the trigger or the word before it
_COUNTER = re.compile(r"\bcounter[- ]?$", re.I)
_COUNTER_WORD = re.compile(r"^counter-?(?:protest|demonstrat|rall|march)", re.I)


def counter_crowd(m: EventMention) -> bool:
    """The mention's trigger is a counter- word: "counter-rally", "(the) counter-demonstrators"."""
    t = m.trigger
    if t is None:
        return False
    if _COUNTER_WORD.match(t.text):
        return True
    before = m.sentence.text[max(0, t.start - m.sentence.start - 9):max(0, t.start - m.sentence.start)]
    return bool(_COUNTER.search(before))


# a counter- word anywhere in a sentence: "supporters of a rally and counter-protesters clashed"
_COUNTER_ANY = re.compile(r"\bcounter[- ]?(?:protest|demonstrat|rall|march)", re.I)


# "joined the march, while a few hundred nationalists staged a counter-rally": a clause of contrast between them
_WHILE = re.compile(r"\b(?:while|whereas)\b", re.I)


def _while_between(a: EventMention, b: EventMention) -> bool:
    """Two triggers of one sentence with "while" or "whereas" between them: the lead tells two crowds side by side
    ("Several thousand people joined the march on Sunday, while a few hundred nationalists staged a counter-rally
    near the square"; branch protests7)."""
    if a.trigger is None or b.trigger is None:
        return False
    first, later = (a, b) if a.trigger.start < b.trigger.start else (b, a)
    return bool(_WHILE.search(a.sentence.text[first.trigger.end - a.sentence.start:later.trigger.start - a.sentence.start]))


def _two_places(a: EventMention, b: EventMention) -> bool:
    """Each mention placed by its own clause, at two places of two names."""
    return (a.place is not None and b.place is not None and a.place_source == b.place_source == "clause"
            and a.place.name != b.place.name)


def counter_apart(a: EventMention, b: EventMention) -> bool:
    """Two mentions in two sentences, one told as a counter-demonstration and the other not, whose sentence names
    no counter-crowd: two crowds; in one sentence, when "while" parts them (:func:`_while_between`). A sentence that names both ("supporters of a rally and counter-protesters clashed
    in the city centre") tells one scene of the two crowds (one riot, the other crowd its target)."""
    if a.sentence.start == b.sentence.start and _while_between(a, b) and _two_places(a, b):
        return True  # "workers marched in Phnom Penh, while workers of another factory held a sit-in in Ta Khmau"
    if counter_crowd(a) == counter_crowd(b):
        return False
    if a.sentence.start == b.sentence.start:
        return _while_between(a, b)
    plain = b if counter_crowd(a) else a
    return not _COUNTER_ANY.search(plain.sentence.text)
