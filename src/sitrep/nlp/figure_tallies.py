"""Counts told through a tally or toll noun: "the number of people killed", "the number of dead", "the number of
refugees" (:func:`_tally_category`: what the tally counts), "officials put the number of people displaced ... at
9,300" (:func:`_tally_put_over`), and a rise verb the parser left inside the tally's phrase ("the number of refugees
who have arrived since the attack has risen to 7,400": :func:`_stray_tally`).
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.nlp.aid_needs import people_in_need
from sitrep.nlp.told_before import TALLY_WORDS
from sitrep.nlp.displacement_idioms import driven_from_home, made_to_leave_home
from sitrep.nlp.figure_parse import _VERB_POS
from sitrep.nlp.figure_words import _lemma, _lex_verb, _split_verb, figure_lexicon


# the verbs that give a tally its number: "X put the number ... at N", "X placed the toll at N"
_TALLY_PUT_VERBS = frozenset({"put", "place"})


def _tally_put_over(at: Any) -> Optional[Any]:
    """ "OCHA put the number of people displaced by the attack at 9,300": the parser hangs "at N" on a noun of the
    tally's own "of" phrase ("attack"); the number is the tally's all the same. The verb ("put", "place") whose object
    is a tally noun ("number", "figure", "toll") holding the "at" in its subtree, or None (an "at" on the verb itself is
    read there already; "killed at 3 a.m." is no tally)."""
    if at.lower_ != "at" or at.head.pos_ in _VERB_POS:
        return None
    tally = next((a for a in at.ancestors if a.dep_ in ("dobj", "obj")), None)
    if tally is None or _lemma(tally) not in TALLY_WORDS | {"toll"} or tally.head.lemma_.lower() not in _TALLY_PUT_VERBS:
        return None
    return tally.head


_TALLY_NOUNS = {"number", "count", "tally"}


# counted nouns that name the counted population themselves: "the number of refugees who have arrived"
_TALLIED_POPULATIONS = frozenset({"refugees", "displaced"})


def _tally_category(noun: Any) -> Optional[str]:
    """What "the number of people killed" / "the number of dead" / "the number of refugees" counts (None when it
    counts nothing known). The participle may hang from the tally noun itself ("the number of people *detained*
    during three nights": the parser's reading)."""
    own = _tallied_by_participle(noun)
    if own:
        return own
    if noun.dep_ == "nsubj" and noun.head.tag_ == "VBN" and made_to_leave_home(noun.head):
        return "displaced"  # "the number of people forced to leave their homes has risen": the parser's main verb
    if people_in_need(noun):
        return "in_need"  # "the number of people in need in the region": the parser hangs "in need" on the tally
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            info = figure_lexicon().nouns.get(_lemma(obj))
            if info is not None and info[1] == "toll":
                return info[0]
            for part in obj.children:  # "people killed", "civilians wounded"
                if part.dep_ in ("acl", "amod", "relcl"):
                    if made_to_leave_home(part) or driven_from_home(part):
                        return "displaced"  # "the number of people forced to leave their homes"
                    lv = _lex_verb(part)
                    if lv is not None:
                        cat, _suffix = _split_verb(lv)
                        if cat:
                            return cat
            if obj.lower_ in ("dead", "deaths", "fatalities", "killed"):
                return "killed"
            if people_in_need(obj):
                return "in_need"  # "the number of people in need has risen to 48,000"
            if obj.lower_ in ("wounded", "injured"):
                return "wounded"
            if info is not None and info[0] in _TALLIED_POPULATIONS and info[1] == "person":
                return info[0]
    return None


def _tallied_by_participle(noun: Any) -> Optional[str]:
    """The lexicon participle hanging from the tally noun after its "of" phrase ("the number of people detained")."""
    if not any(p.dep_ == "prep" and p.lower_ == "of" for p in noun.children):
        return None
    for part in noun.children:
        if part.dep_ == "acl" and part.i > noun.i and part.tag_ == "VBN":
            lv = _lex_verb(part)
            cat = _split_verb(lv)[0] if lv is not None else None
            if cat:
                return cat
    return None


# verbs that tell a running count reaching a figure ("has risen to 7,400")
_RISE_VERBS = frozenset({"rise", "climb", "reach", "grow", "increase", "jump", "swell"})


def _stray_tally(verb: Any) -> Optional[Any]:
    """The tally noun of a rise verb the parser left with no subject: "The number of refugees who have arrived since the
    attack has risen to 7,400" read as a clause inside the tally's own phrase (the verb under the noun), or "the
    number of people forced to leave their homes ... has risen to 2,050" read as a conjunct of the participle (the
    noun the conjunct's head's subject; the parser may give the inner clause's verb a subject of its own: "since the
    attack ... has risen"); None when the verb has a subject of its own outside a tally's phrase, or no tally is
    found, or the tally has a rise verb of its own."""
    if verb.lemma_.lower() not in _RISE_VERBS:
        return None
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ == "conj" and not own_subject:
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subj if subj is not None and _lemma(subj) in _TALLY_NOUNS else None
    if verb.dep_ not in ("advcl", "relcl", "acl", "ccomp"):
        return None
    head = verb.head
    for _ in range(5):
        if _lemma(head) in _TALLY_NOUNS and head.i < verb.i:
            return None if head.head.lemma_.lower() in _RISE_VERBS else head
        if head.head is head:
            return None
        head = head.head
    return None
