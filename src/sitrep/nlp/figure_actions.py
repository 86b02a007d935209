"""The action governing a counted noun (or the bare number), found by climbing the parse (:func:`_action_for`): a noun
of death over it ("the murder of two missionaries"), a participle after or before it ("101 personnel killed", "12
wounded civilians"), else at most five steps through prepositions, conjuncts and appositions to its verb. A "by"
object is the means or the agent; "in two villages" places the deed; a part "among them" or in an apposition ("three
of them children") is no toll of its own; a passive the parser cut off from its subject is the noun's own verb.
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.nlp.victims import fatal_phrase, tried_deed
from sitrep.nlp.figure_nouns import _life_conjunct
from sitrep.nlp.figure_parse import _VERB_POS, _is_passive
from sitrep.nlp.figure_tallies import _tally_put_over
from sitrep.nlp.figure_verbs import _verb_action
from sitrep.nlp.figure_what import _REMAINS
from sitrep.nlp.figure_words import _Action, _lemma, _lex_verb, _participle_verb, _split_verb, figure_lexicon


def _participle_after_noun(anchor: Any) -> Optional[_Action]:
    """The action a participle or clause after the counted noun tells: "101 personnel killed", "8 personnel being
    killed", "20 people dead"; "identified the two people shot to death" is dead, not only hit. A relative clause
    counts only when passive."""
    for c in anchor.children:
        if c.dep_ in ("acl", "relcl") and c.i > anchor.i and c.tag_ in ("VBN", "VBD") and fatal_phrase(c) \
                and (c.dep_ != "relcl" or _is_passive(c)):
            return _Action(c, "killed", None)
        if c.dep_ in ("acl", "relcl", "amod") and c.i > anchor.i:
            v = _lex_verb(c)
            if v is not None and (c.dep_ != "relcl" or _is_passive(c)):
                return _Action(c, *_split_verb(v))
    return None


def _participle_before_noun(t: Any) -> Optional[_Action]:
    """The action a participle before the noun tells: "12 wounded civilians", "(shelling) wounded dozens of
    soldiers" parsed as an adjective; a harm over a standing state (:func:`_harm_over_status`)."""
    for c in t.children:
        if c.dep_ == "amod" and c.i < t.i and c.tag_ in ("VBN", "VBD", "JJ"):
            v = _lex_verb(c) or _participle_verb(c)
            if v is not None and v[0] != "-":
                return _harm_over_status(t, _Action(c, *_split_verb(v)))
    return None


def _by_phrase_object(t: Any, h: Any) -> bool:
    """``t`` is the object of a "by" of a passive verb or of a deed's noun: "killed by two bullets", "murdered by
    30 men": the means or the agent, not whom (a "by" far from its passive verb is parsed a plain "prep": "were
    killed ..., in the west of the country, by 300 raiders"; so "by" on a deed's noun: "The attack by about ten
    remnants ... left three marines dead": its doers)."""
    return t.dep_ == "pobj" and (h.dep_ == "agent" or h.dep_ == "prep" and h.lower_ == "by" and (
        _is_passive(h.head) or h.head.pos_ == "NOUN"))


def _prep_object_action(t: Any, h: Any) -> Optional[_Action]:
    """What a preposition's object ``t`` (under ``h``) tells outright: "home to N people" (a population), "claimed
    the lives of 12 miners" (killed), a noun of death's count, "killed in two villages", "wounded during three
    raids" (where or when, not whom: no action); None to climb on."""
    if h.lower_ == "to" and h.head.lower_ == "home":
        return _Action(h.head.head, None, None, population=True)
    put = _tally_put_over(h)
    if put is not None:
        return _verb_action(t, put)  # "put the number of people displaced by the attack at 9,300"
    if h.lower_ == "of" and h.head.lower_ in ("lives", "life") and h.head.head.lemma_.lower() in _LIFE_VERBS:
        return _Action(h.head.head, "killed", None)
    if _death_noun_of(t) is not None:
        return _death_noun_of(t)
    if h.lower_ in _SETTING_PREPS and (h.head.pos_ in _VERB_POS or h.head.tag_.startswith("VB")):
        lv = _lex_verb(h.head)
        if lv is not None and lv[0] in ("killed", "wounded", "missing", "abducted", "detained"):
            return _Action(None, None, None)
    return None


def _action_for(anchor: Any) -> _Action:
    """Find the action verb governing ``anchor`` (the counted noun, or the number itself): a noun of death over
    it, a participle after or before it, else climbing the parse (at most five steps) through prepositions,
    conjuncts and appositions to its verb."""
    death = _death_noun_of(anchor)
    if death is not None:
        return death  # "the death of three teachers who had been kidnapped": the death counts them, not the kidnapping
    if _among_them(anchor):
        return _Action(None, None, None)  # "Twelve civilians, among them four foreigners, were killed": four of the twelve
    after = _participle_after_noun(anchor)
    if after is not None:
        return after
    t = anchor
    for _ in range(5):
        before = _participle_before_noun(t)
        if before is not None:
            return before
        h = t.head
        if h is t:
            break
        if _by_phrase_object(t, h):
            return _Action(None, None, None)
        if t.dep_ == "pobj" and h.dep_ == "prep":
            told = _prep_object_action(t, h)
            if told is not None:
                return told
            # "an area of N km2": climb to the noun, then its verb
            if h.head is not h:
                if h.head.pos_ in _VERB_POS or h.head.tag_.startswith("VB"):
                    return _verb_action(t, h.head)  # "rose to 57", "resulted in 9 ..."
                t = h.head
                continue
        if h.pos_ in _VERB_POS or h.tag_.startswith("VB") or h.dep_ == "ROOT":
            deed = _deed_before_teller(t, h)
            if deed is not None:
                return deed
            own = _cut_off_passive(t, h)
            return _verb_action(t, own if own is not None else h)
        if _life_conjunct(t):
            return _Action(None, None, None)
        if t.dep_ in ("conj", "appos") or h.pos_ in ("NUM",):
            t = h
            continue
        t = h
    return _Action(None, None, None)


# verbs of telling whose subject the parser may take a count for: "killing nine residents, a leader of the group
# told AFP" (the teller in apposition to the count)
_TELLING = frozenset({"say", "tell"})


def _deed_before_teller(t: Any, h: Any) -> Optional[_Action]:
    """ "..., killing at least nine residents, a leader of the local vigilante group told AFP", "..., killing at
    least eight people, a police officer, Abdiqani Warsame, said by phone": the parser took the counted noun for the
    subject of the verb of telling, with the teller in apposition to it; the verb of harm just before the count
    ("killing", "wounding") is its action. Only a subject followed by an apposition and a comma, and a harm verb of
    the lexicon whose object is the victim right before the count's words."""
    if t.dep_ != "nsubj" or h.i < t.i or _lemma(h) not in _TELLING:
        return None
    if not any(c.dep_ == "appos" and c.i > t.i for c in t.children):
        return None
    start = t.left_edge.i
    if start == 0:
        return None
    v = t.doc[start - 1]
    if v.tag_ not in ("VBG", "VBD", "VBN") or v.pos_ not in _VERB_POS:
        return None
    lv = _lex_verb(v)
    if lv is None or lv[1] == "subj":
        return None
    cat, suffix = _split_verb(lv)
    if cat not in ("killed", "wounded"):
        return None
    return _Action(v, cat, suffix)


# what a participle on the counted noun may tell that is a standing state of the people, not the deed's harm
_STATUS_CATEGORIES = frozenset({"displaced"})


def _harm_over_status(noun: Any, status: _Action) -> _Action:
    """ "Five displaced people ... were killed", "shelling wounded six displaced civilians": a state told by a
    participle on the counted noun (displaced) gives way to the harm the noun's own verb tells of them."""
    if status.category not in _STATUS_CATEGORIES or noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "obj") \
            or noun.head is noun:
        return status
    act = _verb_action(noun, noun.head)
    return act if act.category in ("killed", "wounded") else status


def _cut_off_passive(t: Any, h: Any) -> Optional[Any]:
    """ "Two people died and four others, among them a firefighter, were injured": the parser coordinated the
    counted noun with the verb before it ("died") and left the passive after it ("were injured") with no subject;
    that passive is the noun's own verb; so for a bare number ("At least 12 people died and up to 80 were injured").
    Only a noun or number conjoined to a verb, and the first passive participle after it in its sentence that has an
    auxiliary and no subject of its own."""
    if t.dep_ != "conj" or t.pos_ not in ("NOUN", "PRON", "NUM") or h.pos_ not in _VERB_POS or h.i > t.i:
        return None
    for x in t.doc[t.i + 1:t.sent.end]:
        if x.tag_ == "VBN" and x.pos_ in _VERB_POS:
            kids = list(x.children)
            if any(c.dep_ == "auxpass" for c in kids) and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
                return x
            return None
    return None


def _among_them(noun: Any) -> bool:
    """ "Twelve civilians, among them four foreigners, were killed", "three of whom ...": a count told as part of the
    people counted before it ("among them", "among whom"), which the parser may make a second subject of the verb; it
    is no toll of its own."""
    tok = noun.head if noun.dep_ == "nummod" else noun
    return any(c.dep_ == "prep" and c.lower_ == "among" and any(
        o.dep_ == "pobj" and o.lower_ in ("them", "whom", "those") for o in c.children) for c in tok.children) \
        or _part_in_apposition(tok)


def _part_in_apposition(tok: Any) -> bool:
    """ "Five people, three of them children, were killed": a count "of them" inside an apposition to the people
    counted before it is a part of them (alone, "Three of them died" counts the dead)."""
    if tok.lower_ not in ("them", "whom", "those") or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    num = tok.head.head
    return num.dep_ == "appos" or num.head.dep_ == "appos" and num.head.head.i < num.i


def _death_noun_of(anchor: Any) -> Optional[_Action]:
    """ "the murder of two missionaries", "the killing of 10 union members": a death noun's victims (not "the
    attempted murder of two judges")."""
    h = anchor.head
    if anchor.dep_ != "pobj" or h.lower_ != "of" or h.head.pos_ != "NOUN" or h.head.dep_ == "compound":
        return None
    info = figure_lexicon().nouns.get(_lemma(h.head))
    if info is None or info[1] != "event" or info[0] not in ("killed", "wounded") or _lemma(h.head) in _REMAINS \
            or tried_deed(h.head):
        return None
    return _Action(h.head, info[0], None)


_LIFE_VERBS = frozenset({"claim", "cost", "take", "end"})  # "claimed the lives of 12 miners"
# prepositions that place or time a death or injury ("killed in two villages", "wounded during three raids")
_SETTING_PREPS = frozenset({"in", "on", "near", "from", "during", "inside", "outside", "across", "throughout", "into",
                            "through", "behind"})  # never range words ("between 8 and 10", "over 20", "around 30")
