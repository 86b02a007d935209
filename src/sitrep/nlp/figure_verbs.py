"""The action a verb tells of its argument (:func:`_verb_action`), by the first reader that answers: a subjectless
conjoined verb that kills the abducted (:func:`_later_killed`), a set phrase ("lost their lives", "were not hurt",
"forced from their homes", "crossed the border": :func:`_phrase_action`), a verb whose object is a toll or tally
(:func:`_toll_verb_action`), the figure lexicon (:func:`_lexicon_action`: the active subject of a transitive verb with
an object is the agent, not the victim), else a verb telling a toll or count ("the death toll rose to 57") or a
population ("N people live": :func:`_count_verb_action`).
"""
from __future__ import annotations

from typing import Any, Optional

from sitrep.nlp.aid_needs import needs_aid
from sitrep.nlp.held_people import held_by_authority, in_custody
from sitrep.nlp.kin_loss import kin_lost
from sitrep.nlp.told_before import TALLY_WORDS, TOLD_BEFORE
from sitrep.nlp.displacement_idioms import crossed_border, driven_from_home, left_home, made_to_leave_home
from sitrep.nlp.victims import (fatal_phrase, in_condition, hurt_and_carried, lost_life, hospitalised_hurt,
                                in_hospital_still, shot_and_survived, struck_in_body, suffered_injury, survived_injury)
from sitrep.nlp.figure_parse import _VERB_POS, _has_object, _is_passive
from sitrep.nlp.figure_tallies import _TALLY_NOUNS, _stray_tally, _tally_category
from sitrep.nlp.figure_words import (_Action, _lemma, _lex_verb, _noun_info, _participle_verb, _split_verb,
                                     figure_lexicon)


_POPULATION_VERBS = {"live", "reside", "shelter", "host", "house", "have", "contain"}


def _later_killed(arg: Any, verb: Any) -> Optional[_Action]:
    """ "two students were abducted and murdered", "the mayor was kidnapped and later killed": the passive subject of a
    deed whose conjoined verb (with no subject of its own) kills them counts the dead, not only the abducted. A deed
    that counts no one of its own ("two others were beaten and were being treated") takes the hurt or the care its
    conjoined verb tells. A subject the parser gave to a bare participle ("Ten people sheltering in a monastery were
    killed": "sheltering" read as the verb, "were killed" as its conjunct or the participle as its clausal subject)
    is the subject of that passive, which has its own auxiliary."""
    bare = arg.dep_ == "nsubj" and _bare_participle(verb)
    if arg.dep_ != "nsubjpass" and not bare:
        return None
    own = _lex_verb(verb) if not bare else None
    above = [verb.head] if bare and verb.dep_ in ("csubj", "csubjpass") else []
    for c in [x for x in verb.children if x.dep_ == "conj"] + above:
        if c.i < verb.i or c.pos_ not in _VERB_POS or c.tag_ != "VBN":
            continue
        if bare and not any(x.dep_ == "auxpass" for x in c.children):
            continue
        if any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children):
            continue  # "two were wounded and one was killed": other people
        lv = _lex_verb(c)
        if (lv is not None and _split_verb(lv)[0] == "killed") or fatal_phrase(c):
            return _Action(c, "killed", None)
        if own is None and lv is not None and _split_verb(lv)[0] in _HURT_KINDS:
            return _Action(c, _split_verb(lv)[0], None)
    return None


def _bare_participle(verb: Any) -> bool:
    """An "-ing" form with no auxiliary: no finite verb, a participle the parser took for one."""
    return verb.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


# what a conjoined verb may tell of people its own deed counts nothing of: hurt, or in care
_HURT_KINDS = frozenset({"wounded", "in_treatment"})


# verbs of harm whose negation leaves their subject unharmed ("were not hurt", "was not injured")
_UNHURT_VERBS = frozenset({"hurt", "injure", "wound", "harm", "kill"})


def _verb_action(arg: Any, verb: Any) -> _Action:
    """The action of ``verb`` on its argument ``arg`` (which is its subject, object, ...)."""
    for read in (_later_killed, _phrase_action, _toll_verb_action, _lexicon_action):
        action = read(arg, verb)
        if action is not None:
            return action
    return _count_verb_action(arg, verb)


def _phrase_action(arg: Any, verb: Any) -> Optional[_Action]:
    """The action told by a set phrase ("lost their lives", "were not hurt", "crossed the border"), or None."""
    if kin_lost(arg, verb):
        return _Action(verb, None, None)  # "a shopkeeper who lost two cousins in the blast": a family's loss, no toll
    if arg.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "neg" for c in verb.children) \
            and verb.lemma_.lower() in _UNHURT_VERBS:
        return _Action(verb, None, None)  # "Two children who were in the home were not hurt": no one hurt
    if arg.dep_ == "nsubj" and lost_life(verb):
        return _Action(verb, "killed", None)  # "three residents lost their lives"
    if arg.dep_ == "nsubj" and (suffered_injury(verb) or survived_injury(verb) or in_condition(verb)):
        return _Action(verb, "wounded", None)  # "14 others sustained injuries", "two women are in a serious condition"
    if arg.dep_ == "nsubj" and _other_people(arg) and in_hospital_still(verb):
        # "Thirty-one others remain in hospital": patients besides those told before ("Fourteen soldiers remain in
        # hospital" after "wounding 18" is a share of the hurt, left uncounted: story_sets3 s08)
        return _Action(verb, "in_treatment", None)
    if arg.dep_ == "nsubjpass" and hurt_and_carried(verb):
        return _Action(verb, "wounded", None)  # "Two other boys were stabbed and taken to hospital"
    if arg.dep_ == "nsubjpass" and (shot_and_survived(verb) or struck_in_body(verb)):
        # "Two men were stabbed ... Both are expected to survive.", "One deputy was struck in the arm by a fragment"
        return _Action(verb, "wounded", None)
    if arg.dep_ in ("dobj", "obj", "nsubjpass") and driven_from_home(verb):
        return _Action(verb, "displaced", None)  # "forced nearly one million from their homes"
    if arg.dep_ in ("dobj", "obj", "nsubjpass") and made_to_leave_home(verb):
        return _Action(verb, "displaced", None)  # "1,240 people have been forced to leave their homes"
    if held_by_authority(arg, verb) or in_custody(arg, verb):
        return _Action(verb, "detained", None)  # "Police now hold 88 people", "at least 190 were in custody"
    if arg.dep_ == "nsubj" and needs_aid(verb):
        return _Action(verb, "in_need", None)  # "25,000 people needed humanitarian assistance"
    if arg.dep_ == "nsubj" and left_home(verb):
        return _Action(verb, "displaced", None)  # "nearly 20,000 people have abandoned their homes"
    crossed = (_noun_info(arg) or ("",))[0] if arg.dep_ == "nsubj" else None
    if crossed is not None and crossed_border(verb, crossed):
        # "1,200 people have crossed the border into Venezuela"; "12,000 refugees crossed into Burundi" stay refugees
        return _Action(verb, "refugees" if crossed == "refugees" else "displaced", None)
    return None


def _other_people(arg: Any) -> bool:
    """``arg`` counts others: "others", "other passengers"."""
    return arg.lower_ in ("others", "other") or any(c.dep_ == "amod" and c.lower_ == "other" for c in arg.children)


def _toll_verb_action(arg: Any, verb: Any) -> Optional[_Action]:
    """The action of a verb whose object is a toll or tally, for an ``arg`` that is not its subject/object, or None."""
    if arg.dep_ in ("nsubj", "nsubjpass", "dobj", "obj"):
        return None
    # "taking the death toll to 21": the toll's verb, whatever it counts elsewhere ("took 20 villages")
    toll = next((figure_lexicon().nouns.get(_lemma(c)) for c in verb.children if c.dep_ == "dobj"), None)
    if toll is not None and toll[1] == "toll":
        return _Action(verb, toll[0], None)
    # "bringing the number of dead to 19": the tally's verb, as the toll's
    tally = next((c for c in verb.children if c.dep_ == "dobj" and _lemma(c) in TALLY_WORDS), None)
    cat = _tally_category(tally) if tally is not None else None
    if cat:
        return _Action(verb, cat, None)
    if tally is not None and not any(p.dep_ == "prep" for p in tally.children):
        return _Action(verb, TOLD_BEFORE, None)  # "police put the number at 61": the count told before it
    return None


def _lexicon_action(arg: Any, verb: Any) -> Optional[_Action]:
    """The action of ``verb`` (or its complement verb) as the figure lexicon reads it, or None when it has none."""
    candidates = [verb] + [c for c in verb.children if c.i > verb.i and (c.dep_ in ("xcomp", "oprd", "acomp", "ccomp")
                                                                         or _depictive(c))]
    for v in candidates:
        if v.pos_ in _VERB_POS and fatal_phrase(v) and (arg.dep_ in ("nsubjpass", "dobj", "obj")
                                                         or arg.dep_ == "nsubj" and not _has_object(v)
                                                         or arg.dep_ == "prep" and arg.lower_ in ("along", "together")):
            return _Action(v, "killed", None)  # "two men were found shot to death", "shot three dead"
        lv = _lex_verb(v) or (_participle_verb(v) if v is not verb and _depictive(v) else None)  # "pulled out injured"
        if lv is None:
            continue
        cat, suffix = _split_verb(lv)
        if cat == "in_treatment" and hospitalised_hurt(v):
            cat = "wounded"  # "five others hospitalised when gunmen attacked"
        subj_role = lv[1] == "subj"
        if arg.dep_ in ("nsubj",) and v is verb and not subj_role:
            # active subject of a transitive use with an object: the agent, not the victim
            if _has_object(v) and not _is_passive(v):
                return _Action(verb, None, None)
        if arg.dep_ in ("dobj", "obj") and subj_role and v is verb:
            return _Action(verb, None, None)
        return _Action(verb, cat, suffix)
    return None


def _depictive(c: Any) -> bool:
    """ "Four residents were pulled out injured", "two men were found wounded": a bare past participle the parser hangs
    on the verb as an adverbial clause (no subject, auxiliary, marker or object of its own) tells the state of the
    verb's subject."""
    return c.dep_ == "advcl" and c.tag_ in ("VBN", "JJ") and not any(
        x.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "dobj", "obj") for x in c.children)


def _count_verb_action(arg: Any, verb: Any) -> _Action:
    """The action of a verb telling a toll or count ("the death toll rose to 57"), else no action."""
    # "the death toll rose to 57", "officials put the toll at 52", "the number of people killed has risen to 57";
    # a count of things beside a toll is not the toll ("a toll of one wounded and damage to over 20 stores")
    info_arg = _noun_info(arg) if not (arg.like_num or arg.tag_ == "CD") else None
    if info_arg is None and not (arg.like_num or arg.tag_ == "CD") and arg.pos_ == "NOUN" and arg.tag_ in ("NNS", "NN"):
        return _Action(verb, None, None)
    stray = _stray_tally(verb)
    if stray is not None and _tally_category(stray):
        return _Action(verb, _tally_category(stray), None)
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c is not arg:
            info = figure_lexicon().nouns.get(_lemma(c))
            if info is not None and info[1] == "toll":
                return _Action(verb, info[0], None)
            if c.dep_ != "dobj" and _lemma(c) in _TALLY_NOUNS:
                cat = _tally_category(c)
                if cat:
                    return _Action(verb, cat, None)
    if verb.lemma_ in _POPULATION_VERBS and arg.dep_ in ("dobj", "nsubj", "attr"):
        return _Action(verb, None, None, population=True)
    return _Action(verb, None, None)
