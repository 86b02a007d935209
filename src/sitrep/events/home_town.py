"""A person's home town is not where the deed happened: "a 24-year-old man from Jezlow was shot in Farrowby", "police
arrested a 21-year-old from Jezlow at an apartment", "The teenager, from Jezlow, was arrested", "a 41-year-old Jezlow
man has been charged", "Dana Pell of Jezlow", "the victim, who lives in Jezlow", "officers from the Jezlow Police Area
Command arrested", "A Jezlow man was killed", "the driver, who is from Jezlow, was charged", "two men aged 21 and 24
from Jezlow were arrested" (a local paper's way of saying where someone lives or comes from, issue 14's victims and suspects
from far towns). One decision: whether a place mention names
where a person lives or comes from. ``events.place.PlaceScene.located`` then leaves it out of the places that may say
where the event is (the clause's other place, the paragraph's or the article's place does; blank beats a town
hundreds of kilometres off).
"""
from __future__ import annotations

from typing import Any

from sitrep.events.people_object import person_nouns
from sitrep.events.roles import lemma

# "who lives in X", "resides in X": the relative clause of a person's home
_LIVE_VERBS = frozenset({"live", "reside"})
# "a 19-year-old from X", "two 19-year-olds from X": the age noun stands for the person
_AGE_NOUNS = frozenset({"old", "olds"})
_EXTRA_PERSONS = frozenset({"motorist", "pensioner", "couple", "rider", "motorcyclist", "cyclist", "pedestrian"})
# plural people who come from elsewhere to the scene: a force's or a service's ("officers from X helped")
_UNIT_NOUNS = frozenset({"officer", "deputy", "trooper", "firefighter", "detective", "agent", "police", "crew",
                         "paramedic"})


def _person_word(tok: Any) -> bool:
    """A noun of a person ("man", "teenager", "driver"), an age standing for one ("a 21-year-old"), or a person's
    name as the parser tags it."""
    low = lemma(tok)
    if tok.pos_ in ("NOUN", "PROPN") and (low in person_nouns() or low in _EXTRA_PERSONS):
        # one person ("a man from X"), or a force's people come to help ("officers from X"); not a crowd or a side,
        # whose town is often the scene itself ("a clash between youths from X and Y")
        return tok.tag_ not in ("NNS", "NNPS") or low in _UNIT_NOUNS
    if tok.lower_ in _AGE_NOUNS and tok.i >= 2 and tok.doc[tok.i - 2].lower_ in ("year", "years"):
        return True
    return tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON"


def _before_prep(prep: Any) -> Any:
    """The word a "from" phrase follows, past commas and an age set off by them ("The injured boy, 15, from X")."""
    k = prep.i - 1
    doc = prep.doc
    while k >= 0 and (doc[k].text == "," or doc[k].like_num):
        k -= 1
    return doc[k] if k >= 0 else None


# ", all from X", ", most of them from X", ", both from X": a quantifier set off by a comma after the people it counts
_QUANTIFIERS = frozenset({"all", "most", "many", "both", "some", "several"})
_OF_THEM = frozenset({"of", "them", "whom"})


def _quantified_people(prep: Any) -> bool:
    """The "from" phrase follows a comma and a quantifier of the people just named ("killed seven of them, all from
    Punjab", "nine men, all of them from Punjab", "five farmers, most of them from Kaduna"): where they come from.
    Not after a count of things ("50 casings, most of them from AK-47 rifles": the place is no place anyway), and
    only where the quantifier follows a number or a person noun."""
    doc = prep.doc
    k = prep.i - 1
    while k >= 0 and doc[k].lower_ in _OF_THEM:
        k -= 1
    if k < 2 or doc[k].lower_ not in _QUANTIFIERS or doc[k - 1].text != ",":
        return False
    if prep.i - k not in (1, 3):  # "all from", "all of them from"
        return False
    counted = doc[k - 2]
    if counted.lower_ in _OF_THEM and k >= 4:
        counted = doc[k - 4]  # "seven of them, all from"
    return counted.like_num or _person_word(counted) or (counted.pos_ == "NOUN" and lemma(counted) in person_nouns())


# "the driver, who is from X", "two men aged 21 and 24 from X": a clause describing the people says where they are from
_DESCRIBING_VERBS = frozenset({"be", "age"})
# "A Jezlow man", "a Jezlow woman": the local paper's formula of one person and the town they live in
_ONE_OF_A_TOWN = frozenset({"man", "woman", "teen", "teenager", "boy", "girl", "couple", "resident", "motorist",
                            "driver", "pensioner"})


def town_of_one(doc: Any, ts: list[int]) -> bool:
    """The place mention ``ts`` stands between "a"/"an" and one person of ``_ONE_OF_A_TOWN`` ("A Jezlow man was
    killed"): the town the person lives in. Not "the Jezlow man" (the man of the story, often named by where he was
    found). It is where the deed was unless the sentence names another place (``events.place``: "A Jezlow man shot
    his wife at their home" happened in Jezlow; "A Jezlow man was killed ... east of Farrowby" did not)."""
    head = doc[ts[-1]]
    tset = set(ts)
    while head.dep_ in ("compound", "flat") and head.head.i in tset and head.head.i != head.i:
        head = head.head
    noun, first = head.head, ts[0]
    return head.dep_ in ("compound", "nmod", "amod") and noun.i not in tset and noun.tag_ == "NN" \
        and noun.lower_ in _ONE_OF_A_TOWN and first >= 1 and doc[first - 1].lower_ in ("a", "an") \
        and doc[first - 1].head.i == noun.i


def home_town_mention(doc: Any, ts: list[int]) -> bool:
    """The place mention names where a person lives or comes from (see the module's doc)."""
    last = doc[ts[-1]]
    tset = set(ts)
    head = last
    while head.dep_ in ("compound", "flat") and head.head.i in tset and head.head.i != head.i:
        head = head.head
    if head.dep_ in ("compound", "nmod", "amod") and head.head.i not in tset and _person_word(head.head) \
            and head.head.tag_ != "NNP" and any(lemma(c) == "old" for c in head.head.children):
        return True  # "a 41-year-old Jezlow man"
    while head.dep_ == "compound" and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # "officers from the X Police Area Command": the unit the name heads
    if head.dep_ != "pobj":
        return False
    prep = head.head
    low = prep.lower_
    if low == "in" and prep.head.pos_ == "VERB" and lemma(prep.head) in _LIVE_VERBS:
        return True  # "the victim, who lives in X"
    if low not in ("from", "of"):
        return False
    owner = prep.head
    if low == "of":  # "Dana Pell of Jezlow": a person's name only
        return owner.pos_ == "PROPN" and owner.ent_type_ == "PERSON" and owner.i == prep.i - 1
    if owner.pos_ in ("NOUN", "PROPN") and _person_word(owner):
        return True
    if owner.dep_ in ("relcl", "acl") and lemma(owner) in _DESCRIBING_VERBS:
        people = owner.head  # "The driver, who is from X", "Two men aged 21 and 24 from X"
        if people.pos_ in ("NOUN", "PROPN") and (_person_word(people) or lemma(people) in person_nouns()):
            return True
    if _quantified_people(prep):
        return True  # "killed seven of them, all from Punjab"
    before = _before_prep(prep)
    return before is not None and before.i != owner.i and before.pos_ in ("NOUN", "PROPN") and _person_word(before)
