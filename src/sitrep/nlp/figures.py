"""Figures: every number in an article with what it counts, whom, its bounds, as-of date and claimant.

For each quantity phrase (found by :func:`sitrep.nlp.numbers.scan_quantities`,
plus spaCy's CARDINAL/QUANTITY/PERCENT spans it may have missed) the
dependency parse decides:

* the **counted noun** — the noun the number modifies ("13 Turkish *soldiers*"),
  or the object of "of" after a vague count ("hundreds of *troops*");
* the **action** — a verb from ``data/figure_lexicon.tsv`` governing that noun
  ("*killed* 13 soldiers", "13 soldiers were *killed*", "101 personnel *killed*",
  "were reported *killed*"). A counted noun that is the active subject of a
  transitive verb with an object is the agent, not the victim ("20 fighters
  killed two guards" counts fighters).

``what`` is then the action for people (killed, wounded, displaced, detained…),
the noun's category with the action as suffix for things (targets_hit,
villages_captured, tanks_destroyed), the unit's measure (area_km2, percent),
"population" for "home to N people" / "N people live", and otherwise the noun's
category (soldiers, troops, civilians, observation_posts…) or its lemma.
``who`` is the counted noun with its modifiers ("Turkish military personnel");
for an elliptic count ("more than 300 have been killed", "two others were
wounded") it is inherited from the previous figure about people in the sentence.

Dates: ``as_of`` is the end of the time expression of the figure's clause
(clamped to the publication date), else of the reporting clause above it
("said on Thursday"), else the publication date. A period ("since December",
"in the past two months") gives ``since`` = its start; an unanchored duration
("in a week", value ``P1W``) counts back from ``as_of``. A time expression
belongs to a clause when it hangs from the clause's verb within two arcs
("the first time since 2012" does not). A deed noun that is the argument of a verb spanning years ("have not
solved the murder of X in 12 years", "the killing has gone unpunished for ten years") is at least that old: its
count's ``since`` lies that many years back (no toll of the news). With no publication date to count back from,
such a deed, or a count over a period of 28 days or more ("in the past few years"), is ``background``. Claimant: the
attribution whose claim span covers the figure (the narrowest).

``background`` is True for restated context, not news: population figures
("home to", "live in"), counts over a period that began at least 28 days
before their as-of date ("has displaced 700,000 since December"), and
perfect-tense displacement totals with no date ("the offensive has displaced
half a million").

Not figures: dates and times (spans of ``analysis.times``), years ("since
2012"), durations ("two months", "nine days"), adjectival compounds
("nine-year-old war"), ordinals, model numbers ("M5"), and numbers with no
counted noun and no action. Ids are ``"{article_id}:f{start}"`` (``.k``
appended for the k-th extra conjunct sharing the span), stable across runs.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass
from typing import Any, Optional

from sitrep.model import Analysis, Figure, Span, TimeExpr
from sitrep.nlp.numbers import Quantity
from sitrep.nlp.doctext import doc_sents, doc_text
from sitrep.nlp.deed_tally import deed_tally
from sitrep.nlp.period_tally import noun_in, period_phrase
from sitrep.nlp.corrected_counts import withdrawn
from sitrep.nlp.aid_needs import needs_aid
from sitrep.nlp.held_people import held_by_authority, in_custody
from sitrep.nlp.missing_relative import reported_missing
from sitrep.nlp.kin_loss import kin_lost
from sitrep.nlp.told_before import TALLY_WORDS, TOLD_BEFORE, tally_told_before
from sitrep.nlp.displacement_idioms import crossed_border, driven_from_home, left_home, made_to_leave_home
from sitrep.nlp.named_dead import named_dead_counts
from sitrep.nlp.none_survived import none_survived
from sitrep.nlp.other_hurt import other_hurt_added, second_hurt_added
from sitrep.nlp.hurt_who_died import hurt_who_died
from sitrep.nlp.others_in_care import others_in_care
from sitrep.nlp.partitive_hurt import partitive_hurt
from sitrep.nlp.hit_survivors import (FATALLY_AFTER as _FATALLY_AFTER, fronted_hit_survivors, survivors_of_fatally,
                                      survivors_told_next)
from sitrep.nlp.victims import (fatal_phrase, in_condition, hurt_and_carried, injury_noun, lost_life, hospitalised_hurt,
                                in_hospital_still, shot_and_survived, struck_in_body, suffered_injury, survived_injury,
                                tried_deed, victim_counts)
from sitrep.nlp.figure_candidates import _Intervals, _candidates
from sitrep.nlp.figure_claimant import _claimant, _claimant_names
from sitrep.nlp.figure_nouns import (_counted_noun, _counted_nouns, _first_conjunct, _life_conjunct, _no_count,
                                     _quantity_token)
from sitrep.nlp.figure_parse import (_NOUN_POS, _VERB_POS, _attached_to, _clause_verb, _has_object, _is_passive,
                                     _is_perfect, _perfect_clause, _subjects_of, _tok_at)
from sitrep.nlp.figure_tallies import _TALLY_NOUNS, _stray_tally, _tally_category, _tally_put_over
from sitrep.nlp.figure_what import _REMAINS, _bodies_of_unlisted, _make_figure, _remains_of
from sitrep.nlp.figure_words import (_Action, _lemma, _lex_verb, _noun_info, _participle_verb, _split_verb,
                                     figure_lexicon)

# callers import these from here too (each is defined in the module named)
from sitrep.nlp.figure_candidates import no_one  # noqa: F401
from sitrep.nlp.figure_hedges import figure_best, nominal_count  # noqa: F401


BACKGROUND_PERIOD_DAYS = 28


_POPULATION_VERBS = {"live", "reside", "shelter", "host", "house", "have", "contain"}


_CUMULATIVE = {"displaced", "refugees"}


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
            own = _cut_off_passive(t, h)
            return _verb_action(t, own if own is not None else h)
        if _life_conjunct(t):
            return _Action(None, None, None)
        if t.dep_ in ("conj", "appos") or h.pos_ in ("NUM",):
            t = h
            continue
        t = h
    return _Action(None, None, None)


def _partitive_whole(qtok: Any, anchor: Any) -> bool:
    """ "One of the two victims ... died", "Three of the 12 passengers were hurt": the number ``qtok`` (on its noun
    ``anchor``, or alone) after a partitive number and "of" counts the whole the part is taken from; the verb counts
    the part (the number before "of"), not the whole."""
    if not (anchor == qtok or qtok.dep_ == "nummod" and qtok.head == anchor) or anchor.dep_ != "pobj":
        return False
    of = anchor.head
    part = of.head
    return of.lower_ == "of" and part != of and part.i < of.i and (part.like_num or part.tag_ == "CD")


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


MAX_TIME_HOPS = 2  # "since December" -> fled; "(for the first) time since 2012" is too far


def _governing_verb(tok: Any) -> Optional[Any]:
    """The verb a time expression modifies directly (within MAX_TIME_HOPS arcs), else None."""
    t = tok
    for _ in range(MAX_TIME_HOPS + 1):
        if t.pos_ in _VERB_POS or t.tag_.startswith("VB"):
            return t
        if t.head is t:
            return t
        t = t.head
    return None


def _under(tok: Any, head: Any) -> bool:
    """``tok`` hangs from ``head`` within MAX_TIME_HOPS + 2 arcs: a time phrase on a deed noun or on its victims
    ("the assassination of four mayors in the past few years": "years" -> "in" -> "assassination")."""
    t = tok
    for _ in range(MAX_TIME_HOPS + 2):
        if t.head is t:
            return False
        t = t.head
        if t.i == head.i:
            return True
    return False


def _kind_of_deed(doc: Any, te: TimeExpr) -> bool:
    """ "killed in a night attack", "a dawn raid": a time word that modifies the deed noun after it says what kind of
    deed it was, not a period the count covers (not any noun: "Last minute report: ... were killed")."""
    from sitrep.events.ontology import load_ontology

    sp = doc.char_span(te.span.start, te.span.end, alignment_mode="expand")
    tok = sp[-1] if sp is not None and len(sp) else None  # "a night": "night" (the parser hangs "a" on the noun)
    return tok is not None and tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN" \
        and tok.head.idx >= te.span.end and load_ontology().violent_noun(tok.head.lemma_.lower())


def is_duration_value(value: str) -> bool:
    """A TimeML duration ("P3D", "PT5H", "PXY"), never one of the reference values that also open with P
    ("PRESENT_REF" of "now", "PAST_REF" of "recently"): "Thirteen people are now known to have died" is a point,
    no count since today."""
    return value.startswith("P") and not value.endswith("_REF")


def _is_period(text: str, te: TimeExpr) -> bool:
    """'since December', 'in the past two months', 'over the last week': a span counted from a start."""
    before = text[max(0, te.span.start - 12) : te.span.start].lower()
    txt = te.span.text.lower()
    if txt.startswith("since") or before.rstrip().endswith("since"):
        return True
    if is_duration_value(te.value) or te.type == "DURATION":
        return True
    return any(w in txt for w in ("past ", "last few", "over the last", "in the last"))


_OFFSET_AFTER = re.compile(r"\s*(?:after|before|later|earlier)\b", re.I)
_PERIOD_BEFORE = re.compile(r"\b(?:in|over|during|within|for|the|first|next|past|last)\s*$", re.I)


def offset_length(text: str, te: TimeExpr, count_at: int) -> bool:
    """ "has died in hospital two days after a fire", "died a week later": a length told after the count (at
    ``count_at``) that measures off another time (an offset), not a period the count runs over ("in the two days
    after the quake" is one); a count inside the measured clause ("A week after a man was stabbed") is left as it was."""
    return te.span.start > count_at and _OFFSET_AFTER.match(text, te.span.end) is not None and not _PERIOD_BEFORE.search(
        text[max(0, te.span.start - 12):te.span.start])


def _is_since(text: str, te: TimeExpr) -> bool:
    before = text[max(0, te.span.start - 12) : te.span.start].lower()
    return te.span.text.lower().startswith("since") or before.rstrip().endswith("since")


# "a year-long war", "a decade-old feud": the length of a noun, not a period of the clause
_LENGTH_ADJ = re.compile(r"\s?[-\u2010\u2011]\s?(?:long|old)\b")


def _clause_time(doc: Any, verb: Optional[Any], sent_start: int, sent_end: int, times: list[TimeExpr]):
    """The time expression of the figure's clause (rank 0), of a conjoined clause (rank 1) or of the
    reporting clause above it (rank 2): returns (TimeExpr, rank) or (None, None)."""
    if verb is None:
        return None, None
    best = None
    anc = {a.i for a in verb.ancestors}
    for te in times:
        if te.span.start < sent_start or te.span.end > sent_end or te.future:
            continue
        tok = _tok_at(doc, te.span.start, te.span.end)
        if tok is None:
            continue
        tv = _governing_verb(tok)
        if tv is None and _under(tok, verb) and not _LENGTH_ADJ.match(doc_text(doc)[te.span.end:te.span.end + 8]):
            tv = verb  # a period on the deed noun itself, two arcs under it: the count's own period (not the
            # length of a noun further down: "killed four men, the latest victims of a year-long war")
        if tv is None:
            continue
        if tv.i == verb.i:
            rank = 0
        elif (tv.dep_ == "conj" and tv.head.i == verb.i) or (verb.dep_ == "conj" and verb.head.i == tv.i):
            rank = 1
        elif tv.i in anc:
            rank = 2
        else:
            continue
        if best is None or rank < best[1] or (rank == best[1] and abs(te.span.start - verb.idx) < abs(best[0].span.start - verb.idx)):
            best = (te, rank)
    return best if best is not None else (None, None)


@dataclass(frozen=True)
class _Article:
    """What every candidate number of one article is read against."""
    doc: Any
    text: str  # Doc.text joins every token: read it once
    sents: list  # type: ignore[type-arg]
    sent_starts: list[int]  # token index of each sentence's start
    times_by_sent: dict[int, list[TimeExpr]]  # sentence index -> its time expressions
    analysis: Analysis
    article_id: str
    published: Optional[_dt.date]


def extract_figures(doc: Any, ctx: Any, analysis: Analysis) -> list[Figure]:
    """Figures of one parsed article (see the module docstring for the rules).

    ``doc`` is the spaCy Doc of the article's text, ``ctx`` its DocContext
    (``article_id``, ``published``), ``analysis`` what earlier annotators found
    (``times`` and ``attributions`` are read). Returns figures in text order.
    """
    art = _read_article(doc, ctx, analysis)
    figures: list[Figure] = []
    last_person_who: dict[int, Optional[str]] = {}  # sentence start char -> who of its last figure about people
    last_person_what: dict[int, str] = {}  # sentence start char -> what its last count of the dead or hurt counts
    for q in _candidates(doc, art.text, analysis):
        figures += _candidate_figures(art, q, last_person_who, last_person_what)
    return _with_derived_figures(art, figures)


def _read_article(doc: Any, ctx: Any, analysis: Analysis) -> _Article:
    """The article's text, sentences and time expressions by sentence, read once for all its numbers."""
    article_id = ctx.article_id
    published: Optional[_dt.date] = getattr(ctx, "published", None)
    text = doc_text(doc)
    sents = doc_sents(doc)
    sent_chars = [s.start_char for s in sents]
    times_by_sent: dict[int, list[TimeExpr]] = {}
    for te in analysis.times:
        k = bisect.bisect_right(sent_chars, te.span.start) - 1
        times_by_sent.setdefault(k, []).append(te)
    return _Article(doc, text, sents, [s.start for s in sents], times_by_sent, analysis, article_id, published)


def _candidate_figures(art: _Article, q: Quantity, last_person_who: dict[int, Optional[str]],
                       last_person_what: dict[int, str]) -> list[Figure]:
    """The figures one candidate number gives (one per counted noun and its bare conjuncts), or none."""
    doc = art.doc
    qtok = _quantity_token(doc, q)
    if qtok is None:
        return []
    span_toks = {t.i for t in doc.char_span(q.start, q.end, alignment_mode="expand")}
    si = bisect.bisect_right(art.sent_starts, qtok.i) - 1
    sent = art.sents[si]  # Token.sent walks the doc; the bisect keeps the whole pass linear
    prev_sent = art.sents[si - 1] if si > 0 else None
    noun = _counted_noun(qtok, span_toks)
    info = _noun_info(noun) if noun is not None else None
    if _no_count(q, qtok, noun, info):
        return []
    after, noun = _told_after(doc, art.text, q, qtok, noun)
    if q.lone_one and not (qtok.dep_ == "nummod" or after is not None or _counted_by_verb(qtok)):
        return []  # "the one who", "one of them": a pronoun, unless a death or injury verb counts it
    pronoun = noun is not None and (noun.pos_ == "PRON" or noun.lower_ in ("others", "other"))
    action = _count_action(qtok, noun, after, last_person_what.get(sent.start_char))
    out: list[Figure] = []
    for k, nn in enumerate(_counted_nouns(noun, pronoun)):
        fig = _make_figure(q, qtok, nn, pronoun and k == 0, action, span_toks, last_person_who, sent, prev_sent)
        if fig is None:
            continue
        _complete_figure(art, fig, q, qtok, k, nn, pronoun, action, si)
        if fig.unit == "people" and fig.what in ("killed", "wounded"):
            last_person_what[sent.start_char] = fig.what
        out.append(fig)
    return out


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


def _complete_figure(art: _Article, fig: Figure, q: Quantity, qtok: Any, k: int, nn: Any, pronoun: bool,
                     action: _Action, si: int) -> None:
    """Give a new figure its id, evidence, dates, claimant and background flag."""
    text = art.text
    if (fig.unit in ("people", None) or _bodies_of_unlisted(nn)) and not q.unit_what \
            and _remains_of(nn if nn is not None else qtok):
        fig.what, fig.unit = "killed", "people"
    fig.id = f"{art.article_id}:f{q.start}" + (f".{k}" if k else "")
    fig.span = Span(art.article_id, q.start, q.end, text[q.start : q.end])
    sent = art.sents[si]
    _dates(art.doc, text, fig, action, sent, art.times_by_sent.get(si, []), art.published)
    att = _claimant(q.start, q.end, art.analysis.attributions)
    if att is not None:
        fig.claimant, fig.claimant_name = _claimant_names(att)
    if war_total(fig, action, sent, text):
        fig.background = True  # a war's or campaign's total so far: a key figure, no incident's toll
        if nn is None or pronoun:
            fig.who = None  # "has killed 900 people": not the soldiers of the count told before
    fig.background = fig.background or _background(fig, action) or withdrawn(fig, text)  # (a corrected count)


def _with_derived_figures(art: _Article, figures: list[Figure]) -> list[Figure]:
    """The figures read from numbers, with those derived from them and from the words (victims named without a
    number, survivors, the hurt who died, others hurt, tallies told before), in text order."""
    text = art.text
    figures += _victim_figures(art.doc, text, art.sents, figures, art.times_by_sent, art.analysis, art.article_id,
                               art.published)
    figures += survivors_of_fatally(figures, text)  # "Four people were shot, one fatally"
    figures += survivors_told_next(figures, text)  # "Two men were shot ... One died at the scene"
    figures = partitive_hurt(figures, text, art.article_id)  # "Three of the men swam ashore, one of them with a broken arm"
    figures.sort(key=lambda f: f.span.start)
    figures = hurt_who_died(figures, text)  # "Five were wounded ..., where two of them later died"
    figures = others_in_care(figures, text)  # "Seven people died ... Twelve other passengers were admitted"
    figures = fronted_hit_survivors(figures, text)  # "Of the seven persons hit ..., four died on the spot"
    figures = other_hurt_added(figures, text)  # "X is in critical condition, and two other people were hurt"
    figures = second_hurt_added(figures, text)  # "a man is in a critical condition ... A second man ... was treated"
    return tally_told_before(none_survived(figures, text))  # "Both guards were rushed to hospital, but neither survived"


def _victim_figures(doc: Any, text: str, sents: list, figures: list[Figure], times_by_sent: dict[int, list[TimeExpr]],
                    analysis: Analysis, article_id: str, published: Optional[_dt.date]) -> list[Figure]:
    """Counts of victims named without a number (nlp/victims.py), where no number already counts them."""
    taken = _Intervals((f.span.start, f.span.end) for f in figures)
    lex = figure_lexicon()
    out = []
    for si, sent in enumerate(sents):
        # (and the dead told by their names: "Police named the dead as A, 19, B, 22, and C, 17", nlp/named_dead)
        for start, end, what, n, verb in (*victim_counts(sent, lex.verbs, lex.nouns), *named_dead_counts(sent)):
            if taken.overlaps(start, end):
                continue
            fig = Figure(id=f"{article_id}:f{start}", span=Span(article_id, start, end, text[start:end]), what=what,
                         who=text[start:end], low=float(n), high=float(n), unit="people")
            _dates(doc, text, fig, _Action(verb, what, None), sent, times_by_sent.get(si, []), published)
            att = _claimant(start, end, analysis.attributions)
            if att is not None:
                fig.claimant, fig.claimant_name = _claimant_names(att)
            same = [k for k, f in enumerate(out) if f.id == fig.id]
            if same:
                # "A man wounded when police fired ... died in hospital": one victim told hurt and dead is one
                # of the dead (one figure per span, so one id)
                if fig.what == "killed":
                    out[same[0]] = fig
                continue
            out.append(fig)
    return out


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


def _dates(doc: Any, text: str, fig: Figure, action: _Action, sent: Any, times: list[TimeExpr], published: Optional[_dt.date]) -> None:
    """Set ``as_of`` and ``since`` from the clause's time expressions (see the module docstring)."""
    fig.as_of = published
    verb = action.verb
    if verb is None:
        return
    clause_times = [t for t in times if not t.future and sent.start_char <= t.span.start and t.span.end <= sent.end_char]
    if not clause_times:
        return
    # a "since"/period expression attached to the clause (or a conjoined clause) sets `since`
    periods = [t for t in clause_times if _is_period(text, t) and not _kind_of_deed(doc, t) and not offset_length(text, t, fig.span.start)]
    te, rank = _clause_time(doc, verb, sent.start_char, sent.end_char, periods)
    if te is not None and rank is not None and rank <= 1:
        if te.start is not None:
            fig.since = te.start
            if not _is_since(text, te) and te.end is not None:
                fig.as_of = _clamp(te.end, published)
        elif fig.as_of is not None:
            # an unanchored duration ("in a week", value P1W) counts back from the as-of date
            days = _duration_days(te.value)
            if days:
                fig.since = fig.as_of - _dt.timedelta(days=days)
        elif (_duration_days(te.value) or 0) >= BACKGROUND_PERIOD_DAYS:
            fig.background = True  # no date to count back from, but "in the past few years" is a running total
    years = _deed_age_years(doc, verb, periods) if fig.since is None else 0
    if years and fig.as_of is not None:
        fig.since = fig.as_of - _dt.timedelta(days=365 * years)
    elif years:
        fig.background = True
    points = [t for t in clause_times if not _is_period(text, t)]
    te, rank = _clause_time(doc, verb, sent.start_char, sent.end_char, points)
    if te is not None and (te.end or te.start) is not None:
        if fig.since is None or rank == 0:
            fig.as_of = _clamp(te.end or te.start, published)  # type: ignore[arg-type]
    if fig.since is None and fig.what in _CUMULATIVE:
        fig.since = war_start(doc, text, verb, sent, clause_times)


def war_start(doc: Any, text: str, verb: Any, sent: Any, times: list[TimeExpr]) -> Optional[_dt.date]:
    """The start of the war a count is told "since": "more than 1 million have crossed into South Sudan since the
    war in Sudan began in April 2023" counts from April 2023 (the date of the "since" phrase attached to the count's
    clause), a period's total, never this week's count. None when no such phrase or date."""
    from sitrep.events.running_words import SPAN_SINCE

    v = _clause_verb(verb)
    if v is None:
        return None
    for m in SPAN_SINCE.finditer(text, sent.start_char, sent.end_char):
        t = _tok_at(doc, m.start(), m.start() + 1)
        if t is None or not _attached_to(doc[t.i], v):
            continue
        te = next((x for x in times if m.start() <= x.span.start <= m.end() + 4 and x.start is not None), None)
        if te is not None:
            return te.start
    return _war_subject_start(v, times)


def _war_subject_start(v: Any, times: list[TimeExpr]) -> Optional[_dt.date]:
    """ "The war ..., which broke out in April 2023, has driven more than 12 million from their homes": a perfect
    clause whose subject is a war or campaign dated in its own phrase counts from that date."""
    from sitrep.events.running_words import SPAN_NOUNS

    if not _perfect_clause(v):
        return None
    for n in _subjects_of(v):
        if not noun_in(n, SPAN_NOUNS):
            continue
        lo, hi = n.left_edge.idx, n.right_edge.idx + len(n.right_edge)
        te = next((x for x in times if lo <= x.span.start and x.span.end <= hi and x.start is not None), None)
        if te is not None:
            return te.start
    return None


def _deed_age_years(doc: Any, deed: Any, periods: list[TimeExpr]) -> int:
    """Years a deed noun is known to be old by a span of years on the verb it is the argument of: "have failed to
    solve the killing of X in 12 years", "the killing has gone unpunished for ten years" (P12Y on "solve":
    the murder is at least 12 years old, its count no toll of the news). 0 when no such span."""
    if deed.pos_ != "NOUN" or deed.dep_ not in ("dobj", "obj", "nsubj", "nsubjpass") or deed.head.i == deed.i:
        return 0
    for te in periods:
        m = re.fullmatch(r"P(\d+)Y", te.value or "")
        tok = _tok_at(doc, te.span.start, te.span.end)
        tv = _governing_verb(tok) if tok is not None else None
        if m and int(m.group(1)) >= 1 and tv is not None and tv.i == deed.head.i:
            return int(m.group(1))
    return 0


_UNIT_DAYS = {"D": 1, "W": 7, "M": 30, "Y": 365}


def _duration_days(value: str) -> Optional[int]:
    """Days in a TimeML duration value ("P9D", "P2M", "P1W"); months count 30 days, years 365. A vague one ("PXY":
    "the past few years") counts at least two of its units."""
    m = re.fullmatch(r"P(\d+|X)([DWMY])", value or "")
    if not m:
        return None
    return (2 if m.group(1) == "X" else int(m.group(1))) * _UNIT_DAYS[m.group(2)]


def _clamp(d: _dt.date, published: Optional[_dt.date]) -> _dt.date:
    return min(d, published) if published is not None else d


def war_total(fig: Figure, action: _Action, sent: Any, text: str) -> bool:
    """A death count over a whole war or campaign, not one incident's toll: "since the war began, 3,000 have died",
    "since the start of the offensive 40 soldiers were killed", "the offensive, which opened in May and by now has
    killed 900 people", "the insurgency has killed 3,000", "800 have died during the war". Told "since" the start
    of a war or campaign (a noun of ``data/running_counts.tsv``, group span_noun) in the count's own clause, or in
    the perfect tense with such a noun as the subject or "during" / "throughout" it. Such a count is a key figure of
    the story (background: never an event's toll); "the worst attack since the war began" tells the attack, not the
    count, and "the offensive killed 12 on Monday" is an incident."""
    from sitrep.events.running_words import SPAN_DURING, SPAN_LENGTHS, SPAN_NOUNS, SPAN_SINCE

    if fig.what not in ("killed", "dead", "deaths", "death", "fatalities") or action.verb is None:
        return False
    v = _clause_verb(action.verb)
    if v is None:
        return False
    doc, lo, hi = sent.doc, sent.start_char, sent.end_char
    for rx, perfect in ((SPAN_SINCE, False), (SPAN_DURING, True)):
        for m in rx.finditer(text, lo, hi):
            t = _tok_at(doc, m.start(), m.start() + 1)
            if t is not None and (not perfect or _perfect_clause(v)) and (_attached_to(doc[t.i], v)
                                                                          or not perfect and _on_toll_subject(doc[t.i], v)):
                return True
    if period_phrase(v):
        return True  # "killed 340 people in 2024", "had killed hundreds over the past year": a period's tally
    if not _perfect_clause(v):
        return False
    subjects = _subjects_of(v)
    return any(noun_in(n, SPAN_NOUNS) or _told_long(n, SPAN_LENGTHS) for n in subjects) \
        or deed_tally(v, subjects)


def _on_toll_subject(tok: Any, v: Any) -> bool:
    """ "The toll since the insurgency spread to Burkina Faso stands at more than 20,000 dead": the "since" phrase
    tells the toll or tally noun that is the subject of the count's clause (``v`` or the verb it hangs on)."""
    h = tok.head
    if h.pos_ in _VERB_POS and h.i > tok.i and h.dep_ in ("advcl", "relcl", "acl"):
        h = h.head
    if h.dep_ not in ("nsubj", "nsubjpass") or _lemma(h) not in _TALLY_NOUNS | {"toll"}:
        return False
    return h.head.i in (v.i, v.head.i)


def _told_long(n: Any, lengths: frozenset[str]) -> bool:
    """A noun told as lasting many days: "a months-long fight" ("months" on "long"), "an ongoing feud"."""
    for c in n.children:
        if c.dep_ != "amod":
            continue
        if c.lower_ in lengths or c.lower_ == "long" and any(
                g.dep_ == "npadvmod" and g.lemma_.lower() in lengths for g in c.children):
            return True
    return False


def _background(fig: Figure, action: _Action) -> bool:
    if fig.what == "population":
        return True
    if fig.since is not None and fig.as_of is not None and (fig.as_of - fig.since).days >= BACKGROUND_PERIOD_DAYS:
        return True
    if fig.what in _CUMULATIVE and action.verb is not None and _is_perfect(action.verb) and fig.since is None \
            and not _tally_subject(action.verb):
        return True
    return False


def _tally_subject(verb: Any) -> bool:
    """ "the number of refugees ... has risen to 6,300": the perfect tells a running count of the news, not a
    cumulative total restated as background."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and _lemma(c) in _TALLY_NOUNS for c in verb.children) \
        or _stray_tally(verb) is not None
