"""The action of one count (:func:`_count_action`): the state told right after the number ("12 dead", "two of them
fatally": :func:`_told_after`), people counted with wounds ("two others with machete wounds"), the missing ("whose
families reported them missing"), else the climb of :mod:`sitrep.nlp.figure_actions`; the whole a part is taken from
("one of the two victims") counts no action of its own; a bare number a speech verb takes after a count of the dead
is another claim of that count (:func:`_claimed_count`). A lone "one" counts only as a death or injury verb's victim
(:func:`_counted_by_verb`).
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.nlp.numbers import Quantity
from sitrep.nlp.missing_relative import reported_missing
from sitrep.nlp.hit_survivors import FATALLY_AFTER as _FATALLY_AFTER
from sitrep.nlp.victims import injury_noun
from sitrep.nlp.figure_actions import _action_for, _participle_after_noun
from sitrep.nlp.figure_nouns import _first_conjunct
from sitrep.nlp.figure_parse import _NOUN_POS, _VERB_POS
from sitrep.nlp.figure_words import _Action, _lex_verb


def _partitive_whole(qtok: Any, anchor: Any) -> bool:
    """ "One of the two victims ... died", "Three of the 12 passengers were hurt": the number ``qtok`` (on its noun
    ``anchor``, or alone) after a partitive number and "of" counts the whole the part is taken from; the verb counts
    the part (the number before "of"), not the whole."""
    if not (anchor == qtok or qtok.dep_ == "nummod" and qtok.head == anchor) or anchor.dep_ != "pobj":
        return False
    of = anchor.head
    part = of.head
    return of.lower_ == "of" and part != of and part.i < of.i and (part.like_num or part.tag_ == "CD")


def _with_wounds(noun: Any) -> Optional[_Action]:
    """ "leaving three dead and two others with machete wounds": people counted with wounds (not fatal ones) after
    others on a list are wounded, whatever verb governs the list (alone, "found two men with gunshot wounds" may
    tell the dead: left to the verb)."""
    if noun is None or noun.pos_ not in _NOUN_POS or noun.dep_ != "conj" or not any(
            c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and injury_noun(g) for g in c.children)
            for c in noun.children):
        return None
    return _Action(next((h for h in noun.ancestors if h.pos_ in _VERB_POS), None), "wounded", None)


def _elliptic_with_wounds(qtok: Any) -> Optional[_Action]:
    """ "14 people pulled out alive, nine of them with injuries", "rescued 30 people, six of them with burns": a number
    with no verb of its own (set beside a clause or a count) whose words run straight on into "with <injury>" counts
    the wounded among those told before it (the parser hangs the "with" on the number, on the verb or the number on it)."""
    nxt = qtok.right_edge.i + 1
    w = qtok.doc[nxt] if nxt < len(qtok.doc) else None
    if w is None or w.lower_ != "with" or not any(g.dep_ == "pobj" and injury_noun(g) for g in w.children):
        return None
    if not (qtok.dep_ in ("npadvmod", "appos") or qtok.head.i == w.i):
        return None
    return _Action(next((h for h in qtok.ancestors if h.pos_ in _VERB_POS), None), "wounded", None)


def _missing_of(noun: Any) -> Optional[_Action]:
    """ "could not locate six protesters whose families reported them missing": the count is of the missing."""
    miss = reported_missing(noun) if noun is not None else None
    return _Action(miss, "missing", None) if miss is not None else None


def _told_after(doc: Any, text: str, q: Quantity, qtok: Any, noun: Any) -> tuple[Optional[_Action], Any]:
    """The state told right after the number ("12 dead", "two of them fatally") and the counted noun, dropped when
    that word says what the number counts ("12 dead and 30 wounded", "left 9 dead")."""
    after = _state_after(doc, qtok, q.end)
    if after is None and _FATALLY_AFTER.match(text, q.end):
        after = _Action(qtok, "killed", None)  # "three people were shot, two of them fatally"
    if after is not None and (noun is None or noun.i == after.verb.i):
        noun = None  # "12 dead and 30 wounded", "left 9 dead": the word after the number says what it counts
    return after, noun


def _count_action(qtok: Any, noun: Any, after: Optional[_Action], last_what: Optional[str]) -> _Action:
    """What was done to what the number counts: the state told after it, else the wounds, the missing or the verb
    that governs the count; a bare number with no verb of its own may restate the sentence's last count
    (``last_what``: what that count counts)."""
    anchor = _first_conjunct(noun if noun is not None else qtok)
    if after is None and _partitive_whole(qtok, anchor):  # "One of the two victims ... died": two is the whole, not
        # the dead; its own participle still tells what it counts ("one of five people wounded")
        return _participle_after_noun(anchor) or _Action(None, None, None)
    action = after if after is not None else (_with_wounds(noun) or _elliptic_with_wounds(qtok) or _missing_of(noun)
                                              or _action_for(anchor))
    if noun is None and action.category is None:
        action = _claimed_count(qtok, last_what) or action
    return action


def _claimed_count(qtok: Any, what: Optional[str]) -> Optional[_Action]:
    """ "Officials said eight died, while the rebels claimed thirty": a bare number that a speech verb
    (data/speech_cues.tsv) takes as its object, after a count of the dead (or hurt) in the same sentence, is another
    claim of that count; None otherwise."""
    from sitrep.nlp.attribution import speech_cues

    v = qtok.head
    if what is None or qtok.dep_ not in ("dobj", "obj") or v.pos_ not in _VERB_POS \
            or v.lemma_.lower() not in speech_cues() or any(c.dep_ == "prep" for c in qtok.children):
        return None
    return _Action(v, what, None)


def _state_after(doc: Any, qtok: Any, end: int) -> Optional[_Action]:
    """ "12 dead", "30 wounded", "two injured": a death or injury word right after the number."""
    nxt = doc[qtok.i + 1] if qtok.i + 1 < len(doc) else None
    if nxt is None or nxt.idx < end - 1 or nxt.tag_ not in ("JJ", "VBN", "VBD"):
        return None
    if nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ in ("NOUN", "PROPN"):
        return None  # "12 wounded civilians": the noun decides
    lv = _lex_verb(nxt)
    if lv is None or lv[0] not in ("killed", "wounded", "missing"):
        return None
    return _Action(nxt, lv[0], None)


def _counted_by_verb(qtok: Any) -> bool:
    """ "killed one", "one was killed", "one died": a lone "one" as the victim of a death or injury verb."""
    lv = _lex_verb(qtok.head)
    if lv is None or lv[0] not in ("killed", "wounded"):
        return False
    return qtok.dep_ in ("dobj", "nsubjpass") or (qtok.dep_ == "nsubj" and lv[1] == "subj")
