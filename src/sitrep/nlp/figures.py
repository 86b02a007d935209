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
import functools
import re
from dataclasses import dataclass, replace
from typing import Any, Iterable, Optional

from sitrep.model import Analysis, Attribution, Figure, Span, TimeExpr
from sitrep.nlp.ages import told_as_age
from sitrep.nlp.labels import label_number
from sitrep.nlp.numbers import Quantity, parse_quantity, scan_quantities
from sitrep.nlp.doctext import doc_ents, doc_sents, doc_text
from sitrep.nlp.deed_tally import deed_tally
from sitrep.nlp.period_tally import noun_in, period_phrase
from sitrep.nlp.corrected_counts import withdrawn
from sitrep.nlp.aid_needs import needs_aid, people_in_need
from sitrep.nlp.held_people import held_by_authority, in_custody
from sitrep.nlp.cut_speakers import cut_speaker
from sitrep.nlp.missing_relative import reported_missing
from sitrep.nlp.kin_loss import kin_lost
from sitrep.nlp.told_before import TALLY_WORDS, TOLD_BEFORE, tally_told_before
from sitrep.nlp.displacement_idioms import crossed_border, driven_from_home, left_home, made_to_leave_home
from sitrep.nlp.named_dead import named_dead_counts
from sitrep.nlp.none_survived import none_survived
from sitrep.nlp.both_hurt import both_hurt
from sitrep.nlp.other_hurt import other_hurt_added, second_hurt_added
from sitrep.nlp.hurt_who_died import hurt_who_died
from sitrep.nlp.others_in_care import others_in_care
from sitrep.nlp.partitive_hurt import partitive_hurt
from sitrep.nlp.hit_survivors import (FATALLY_AFTER as _FATALLY_AFTER, fronted_hit_survivors, survivors_of_fatally,
                                      survivors_told_next)
from sitrep.nlp.victims import (fatal_phrase, in_condition, hurt_and_carried, injury_noun, lost_life, hospitalised_hurt,
                                in_hospital_still, shot_and_survived, struck_in_body, suffered_injury, survived_injury, tried_deed, victim_counts)
from sitrep.resources import data_path

BACKGROUND_PERIOD_DAYS = 28
_NOUN_POS = ("NOUN", "PROPN", "PRON")
_HURT_ADJECTIVES = frozenset({"wounded", "injured", "hurt"})  # "two wounded soldiers": a count of the hurt
_HARM_WHATS = frozenset({"killed", "dead", "deaths", "death", "fatalities", "wounded", "injured", "casualties"})
_VERB_POS = ("VERB", "AUX")
_LINK_DEPS = ("nummod", "quantmod", "compound", "amod", "nmod", "det", "advmod", "npadvmod", "appos")
_WHO_DEPS = ("amod", "compound", "nmod", "poss")
_SKIP_WHO = {"other", "more", "some", "several", "many", "few", "additional", "further", "least", "total", "estimated"}
_POPULATION_VERBS = {"live", "reside", "shelter", "host", "house", "have", "contain"}
_GENERIC_PEOPLE = {"people", "person", "civilians", "civilian", "residents", "resident", "inhabitants", "inhabitant", "population"}
_CUMULATIVE = {"displaced", "refugees"}


@dataclass(frozen=True)
class _FigLex:
    verbs: dict[str, tuple[str, str]]  # lemma -> (person category or "-", extra)
    nouns: dict[str, tuple[str, str]]  # lemma -> (category, class)
    owners: frozenset[str]  # modifiers that say whose counted things are ("regime targets")


@functools.lru_cache(maxsize=1)
def figure_lexicon() -> _FigLex:
    """Verb and noun rows of ``data/figure_lexicon.tsv``."""
    verbs: dict[str, tuple[str, str]] = {}
    nouns: dict[str, tuple[str, str]] = {}
    owners: set[str] = set()
    with open(data_path("figure_lexicon.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t") + ["", "", "", ""]
            if cols[0] == "verb":
                verbs[cols[1]] = (cols[2], cols[3])
            elif cols[0] == "noun":
                nouns[cols[1]] = (cols[2], cols[3])
            elif cols[0] == "owner":
                owners.add(cols[1])
    return _FigLex(verbs, nouns, frozenset(owners))


# --------------------------------------------------------------------------- parse helpers


def _lemma(tok: Any) -> str:
    lem = tok.lemma_.lower()
    low = tok.text.lower()
    # the small model lemmatises some plurals badly; prefer a lexicon hit on either form
    lex = figure_lexicon()
    if lem in lex.nouns or lem in lex.verbs:
        return lem
    if low in lex.nouns or low in lex.verbs:
        return low
    if low.endswith("s") and low[:-1] in lex.nouns:
        return low[:-1]
    return lem


def _noun_info(tok: Any) -> Optional[tuple[str, str]]:
    """(category, class) of a counted noun from the lexicon; a nationality or group name used as a
    plural noun ("500,000 Tutsis", "40 Yazidis") counts people."""
    info = figure_lexicon().nouns.get(_lemma(tok))
    if info is None and (tok.tag_ == "NNPS" or tok.ent_type_ == "NORP" and tok.tag_ in ("NNS", "NNP")):
        return ("people", "person")
    return info


def _is_passive(verb: Any) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _is_perfect(verb: Any) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _has_object(verb: Any) -> bool:
    return any(c.dep_ in ("dobj", "obj") for c in verb.children)


def _quantity_token(doc: Any, q: Quantity) -> Optional[Any]:
    """The token that carries the quantity in the parse: the last number-ish token of the span."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    toks = list(span)
    # unit words ("square kilometers", "%") head the number; keep them as the quantity's head noun
    for t in reversed(toks):
        if t.like_num or t.tag_ == "CD" or t.lower_ in ("dozen", "dozens", "hundreds", "thousands", "millions", "scores", "million", "hundred", "thousand", "billion"):
            return t
    return toks[-1]


def _counted_noun(qtok: Any, span_tokens: set[int]) -> Optional[Any]:
    """The noun the quantity counts, or None when the number stands alone."""
    t = qtok
    for _ in range(4):
        # "hundreds of troops", "three of them", "50% of the population"
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs:
                    return objs[0]
        h = t.head
        if t.dep_ in _LINK_DEPS and h is not t and h.i not in span_tokens:
            if h.pos_ in _NOUN_POS or h.tag_ in ("NNS", "NN", "NNP", "NNPS"):
                return h
            if h.pos_ in ("NUM",) or h.tag_ == "CD" or h.lower_ in ("%",):
                t = h
                continue
            if _number_on_adjective(t, h):
                return h.head  # "Seventeen Chadian soldiers" parsed with the number on the demonym
            return None
        if t.dep_ in _LINK_DEPS and h.i in span_tokens and h is not t:
            t = h
            continue
        return None
    return None


def _number_on_adjective(num: Any, adj: Any) -> bool:
    """ "Seventeen Chadian soldiers", parsed with the number as a modifier of the adjective right after it: the number
    counts the noun the adjective modifies (a rare demonym throws the parser; "Eight Nigerien soldiers" is parsed
    right)."""
    return num.like_num and adj.pos_ == "ADJ" and adj.dep_ == "amod" and adj.i == num.i + 1 \
        and adj.head.i > adj.i and adj.head.pos_ in _NOUN_POS


def _first_conjunct(tok: Any) -> Any:
    """'seven soldiers and one contractor': the contractor shares the verb of the soldiers; so do the
    children after "including"."""
    t = tok
    for _ in range(6):
        if _life_conjunct(t):
            break
        if t.dep_ == "conj" and t.head.pos_ in _NOUN_POS + ("NUM",):
            t = t.head
        elif t.dep_ == "pobj" and t.head.lower_ in ("including", "among") and t.head.head is not t.head:
            t = t.head.head
        elif t.dep_ == "appos" and t.head.pos_ in _NOUN_POS:
            t = t.head
        else:
            break
    return t


def _life_conjunct(t: Any) -> bool:
    """ "Two officers lost their lives and nine people, including four civilians, were wounded", parsed with the nine
    people conjoined to "lives": a count is never the lives the idiom's subject lost; its own verb is out of reach."""
    return t.dep_ == "conj" and t.head.lower_ in ("life", "lives")


@dataclass
class _Action:
    verb: Any  # the governing verb token (or the clause verb when none in the lexicon)
    category: Optional[str]  # action category for people ("killed"), None when no lexicon verb
    thing_suffix: Optional[str]  # "hit", "captured" for counted things
    population: bool = False


def _lex_verb(tok: Any) -> Optional[tuple[str, str]]:
    return figure_lexicon().verbs.get(_lemma(tok))


def _participle_verb(tok: Any) -> Optional[tuple[str, str]]:
    """The lexicon verb of a participle the tagger took for an adjective and left unlemmatised ("23 *wounded*
    soldiers", "12 *injured* people": wound, injure)."""
    low = tok.lower_
    if tok.tag_ != "JJ" or not low.endswith("ed"):
        return None
    verbs = figure_lexicon().verbs
    return verbs.get(low[:-1]) or verbs.get(low[:-2])


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


def _split_verb(v: tuple[str, str]) -> tuple[Optional[str], Optional[str]]:
    cat, extra = v
    suffix = extra.split(":", 1)[1] if extra.startswith("thing:") else None
    return (None if cat == "-" else cat), suffix


_TALLY_NOUNS = {"number", "count", "tally"}
_LIFE_VERBS = frozenset({"claim", "cost", "take", "end"})  # "claimed the lives of 12 miners"
# prepositions that place or time a death or injury ("killed in two villages", "wounded during three raids")
_SETTING_PREPS = frozenset({"in", "on", "near", "from", "during", "inside", "outside", "across", "throughout", "into",
                            "through", "behind"})  # never range words ("between 8 and 10", "over 20", "around 30")


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


def _who(noun: Any, exclude: set[int]) -> Optional[str]:
    """The counted noun with its modifiers, lightly normalised ("Turkish military personnel")."""
    words = []
    for c in noun.children:
        if c.i < noun.i and c.dep_ in _WHO_DEPS and c.i not in exclude and not c.like_num and c.tag_ != "CD":
            sub = [t for t in c.subtree if t.i not in exclude and not t.like_num and t.dep_ not in ("det", "punct")]
            for t in sub:
                if t.lower_ in _SKIP_WHO:
                    continue
                words.append(t)
    words.append(noun)
    words.sort(key=lambda t: t.i)
    out = []
    for t in words:
        if t.lower_ in ("'s", "’s"):
            if out:
                out[-1] = out[-1] + "'s"
            continue
        keep_case = t.pos_ == "PROPN" or (t.text[:1].isupper() and t.ent_type_ in ("NORP", "GPE", "ORG"))
        out.append(t.text if keep_case else t.lower_)
    text = " ".join(out).strip()
    return text or None


# --------------------------------------------------------------------------- time and claimant


def _tok_at(doc: Any, start: int, end: int) -> Optional[Any]:
    sp = doc.char_span(start, end, alignment_mode="expand")
    if sp is None or len(sp) == 0:
        return None
    return sp.root


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


def _claimant(start: int, end: int, attributions: Iterable[Attribution]) -> Optional[Attribution]:
    best = None
    for a in attributions:
        if a.claim_start is None or a.claim_end is None:
            continue
        if a.claim_start <= start and end <= a.claim_end:
            if best is None or (a.claim_end - a.claim_start) < (best.claim_end - best.claim_start):  # type: ignore[operator]
                best = a
    return best


def _claimant_names(att: Attribution) -> tuple[Optional[str], Optional[str]]:
    """Whose claim a figure is: the speaker the dictionary knows, else the words that give the claim ("hospital
    officials said"), as an event's claimant is read (events/claimant.py), so that two unnamed speakers' counts
    ("officials said eight died, while the rebels claimed thirty") stay two claims."""
    return att.claimant_id or att.span.text, att.claimant_name or att.span.text


# --------------------------------------------------------------------------- main


class _Intervals:
    """Union of character intervals, for overlap tests in O(log n) (keeps the pass linear-logarithmic)."""

    def __init__(self, spans: Iterable[tuple[int, int]]):
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end) - 1  # last interval starting before `end`
        return i >= 0 and self.ends[i] > start


def _candidates(doc: Any, text: str, analysis: Analysis) -> list[Quantity]:
    """Quantities from the scanner plus spaCy number spans it missed; minus dates and times."""
    qs = scan_quantities(text)
    covered = _Intervals((q.start, q.end) for q in qs)
    for ent in doc_ents(doc):
        if ent.label_ not in ("CARDINAL", "QUANTITY", "PERCENT"):
            continue
        if covered.overlaps(ent.start_char, ent.end_char):
            continue
        after = text[ent.end_char : ent.end_char + 2]
        if len(after) == 2 and after[0] in "-–" and after[1].isalpha():
            continue  # "seven-member panel": an adjective (the scanner skips these too)
        if ent.text.isdigit() and len(ent.text) == 4:
            continue  # a year
        b = parse_quantity(ent.text)
        if b is None:
            continue
        qs.append(Quantity(ent.start_char, ent.end_char, ent.text, b[0], b[1], b[0] if b[0] is not None else b[1]))
    times = _Intervals((t.span.start, t.span.end) for t in analysis.times)
    return [_no_one(text, q) for q in sorted(qs, key=lambda q: q.start)
            if not times.overlaps(q.start, q.end) and not _not_a_count(text, q)]


def _no_one(text: str, q: Quantity) -> Quantity:
    """ "No one was killed", "not one person died", "no one in X was hurt or killed": a count of none (the one reader
    of "no one"; :mod:`sitrep.nlp.joint_harm` leaves such a count as it is)."""
    if not no_one(text, q.start, q.end):
        return q
    return replace(q, low=0.0, high=0.0, value=0.0, rule=None)


def no_one(text: str, start: int, end: int) -> bool:
    """The number at ``text[start:end]`` is the "one" of "no one" / "not one"."""
    return text[start:end].lower() == "one" and bool(_NO_ONE.search(text, max(0, start - 5), start))


# ", 18," after a name is an age; ".45 caliber", "9mm" a calibre; "555-0199" a phone number; "1200 Main Street" an
# address (house number before a capitalised street name and a street word)
_AGED_BEFORE = re.compile(r"\b(?:aged|ages?)\s+$", re.I)  # the age of "a man aged 61"
# the last age of a list: "the children, ages 4 and 6", "aged 19, 22 and 25"
_AGED_LIST_BEFORE = re.compile(r"\b(?:aged|ages?)\s+\d{1,3}(?:\s*,\s*\d{1,3})*,?\s+(?:and|or|to|&)\s+$", re.I)
_AGE_BEFORE = re.compile(r"[A-Za-z\)]\s*,\s*$")
# "a woman of 41", "a boy of 12": "of" and a number after a single person (the lexicon's person nouns) tell an age;
# a body of people ("a family of five", "a unit of 40") is counted
_PERSON_OF_BEFORE = re.compile(r"\b(?:a|an)\s+([a-z]+)\s+of\s+$", re.I)
_BODIES = frozenset({"family", "personnel", "staff", "police", "militia", "troop", "element", "member", "people",
                     "crew", "team", "unit"})
_AGE_AFTER = re.compile(r"^\s*(?:,|\)|;|\.(?!\d)|$|and\s+\w+\s*,)")
# "Declan Hurley (52)", "his wife (34)": an age in brackets after a name or a person (Irish, British, South Asian style)
_AGE_PAREN_BEFORE = re.compile(r"[A-Za-z]\s*\(\s*$")
_AGE_PAREN_AFTER = re.compile(r"^\s*\)")
_CALIBRE_AFTER = re.compile(r"^\s*-?\s*(?:cal\b|calib(?:er|re)s?\b|mm\b|millimet(?:er|re)\b|magnum\b|gauge\b|acp\b)", re.I)
_PHONE = re.compile(r"^[\d\s().-]*$")
_STREET_AFTER = re.compile(r"^\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|"
                           r"Way|Place|Pl|Court|Ct|Highway|Hwy|Terrace|Parkway|Pkwy|Circle|Square)\b")

# a house number before a named street whose street word (and a direction) may be lower case: "at 10 west Varela
# street"; the street's own name is capitalised, so "10 people on Main Street" stays a count
_STREET_NAMED = re.compile(r"^\s+(?:(?i:north|south|east|west)\s+)?(?:[A-Z][a-z]+\s+){1,3}(?i:street|avenue|road|"
                           r"boulevard|lane|drive|highway|calle|avenida)\b")
# a day before a month name: "the 16 November killing", "on 3 Sept."; "may" and "march" only with a year or comma
_DAY_MONTH = re.compile(r"^\s+(?:(?:january|february|april|june|july|august|september|october|november|december|"
                        r"jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?|(?:march|may)\b\.?,?\s*(?:\d{2,4}\b|,))",
                        re.I)

# a 24-hour clock time ("at 0815", "(1415 GMT)", "at 2300 hours"); a day-month-year date with a two-digit year
_CLOCK = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d$")
_CLOCK_BEFORE = re.compile(r"\b(?:at|by|until|till|from|since|around|about|approximately|before|after)\s+$", re.I)
_CLOCK_AFTER = re.compile(r"^\s*(?:GMT|UTC|Z\b|hours?\b|hrs\b|h\b|local\b|EST\b|EDT\b)", re.I)
_MONTH_AFTER = re.compile(r"^\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{2}(?:\d{2})?\b", re.I)
_MONTH_BEFORE = re.compile(r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$", re.I)
# the number of a road or exit ("Interstate 40", "Highway 61", "Route 9", "U.S. 1", "Exit 301"); "no one", "not one"
# (a count of none: the only words that read it, see :func:`no_one`)
_ROAD_BEFORE = re.compile(r"\b(?:Interstate|Highway|Hwy\.?|Route|Rte\.?|US|U\.S\.|State\s+Road|County\s+Road|Exit|I-)\s*$")
_NO_ONE = re.compile(r"\b(?:no|not)\s+$", re.I)


def _not_a_count(text: str, q: Quantity) -> bool:
    """Numbers that count nobody: ages set off by commas after a name or in brackets ("Declan Hurley (52)"), calibres, phone numbers, house numbers, road
    numbers, clock times ("at 0815", "1415 GMT") and two-digit years of a date ("19 Mar 89")."""
    if told_as_age(text, q.end) and (q.value or 0) < 120:
        return True  # "all between 19 and 24 years old": their ages, never their count
    if q.rule is not None and q.rule != "approx" or q.unit_what:
        return False
    before, after = text[max(0, q.start - 40) : q.start], text[q.end : q.end + 40]
    digits = q.text.split()[-1] if q.text.split() else ""
    if _CLOCK.match(digits) and (_CLOCK_BEFORE.search(before) or _CLOCK_AFTER.match(after)):
        return True
    if q.rule is not None:
        return False
    if q.text.isdigit() and (_ROAD_BEFORE.search(before) or label_number(text, q.start)):
        return True
    if q.text.isdigit() and len(q.text) == 2 and _MONTH_BEFORE.search(before):
        return True
    if q.text.isdigit() and len(q.text) <= 2 and _MONTH_AFTER.match(after):
        return True  # the day of "19 Mar 89"
    if q.text.isdigit() and 1 <= int(q.text) <= 31 and _DAY_MONTH.match(after):
        return True  # the day of "the 16 November killing of six teachers"
    if _AGE_BEFORE.search(before) and _AGE_AFTER.match(after) and (q.value or 0) < 120:
        return True
    if (_AGED_BEFORE.search(before) or _AGED_LIST_BEFORE.search(before)) and (q.value or 0) < 120:
        return True  # "a woman aged 58 were killed", "children ages 5 to 12": an age
    if q.text.isdigit() and int(q.text) < 120 and _person_of(before):
        return True
    if q.text.isdigit() and _AGE_PAREN_BEFORE.search(before) and _AGE_PAREN_AFTER.match(after) and int(q.text) < 120:
        return True
    if before.endswith(".") and q.text[:1].isdigit() or _CALIBRE_AFTER.match(after):
        return True
    if after[:1] in "-" and after[1:2].isdigit() or before[-1:] == "-" and before[-2:-1].isdigit():
        return True
    return bool(q.text[:1].isdigit() and (_STREET_AFTER.match(after) or _STREET_NAMED.match(after)))


def _person_of(before: str) -> bool:
    """ "a woman of 41": the text before a number ends on a single person noun and "of" (an age, no count)."""
    m = _PERSON_OF_BEFORE.search(before)
    if m is None or m.group(1).lower() in _BODIES:
        return False
    info = figure_lexicon().nouns.get(m.group(1).lower())
    return info is not None and info[1] == "person"


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


def _no_count(q: Quantity, qtok: Any, noun: Any, info: Any) -> bool:
    """The number counts nothing a figure is kept for: a duration, a measure, a date, a year, a parent's children,
    or people cut off as the speakers of the sentence."""
    if info is not None and info[1] in ("time", "measure"):
        return True  # a duration or a sequence count; a length or an address ("two blocks away")
    if noun is not None and noun.ent_type_ in ("DATE", "TIME") and info is None:
        return True
    if q.year_like and info is None:
        return True
    if noun is None and _children_of_parent(qtok):
        return True  # "a teacher and mother of three": her children, not victims
    if noun is not None and cut_speaker(noun):
        return True  # "killed nine civilians, two residents and an official said": the two residents spoke
    return False


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


def _counted_nouns(noun: Any, pronoun: bool) -> list[Any]:
    """The noun the number counts (None when none) and, for "hundreds of vehicles and troops", its conjuncts without
    a number of their own, which share it."""
    nouns = [noun] if noun is not None else [None]
    if noun is not None and not pronoun:
        nouns += [c for c in noun.conjuncts if _bare_plural(c)]
    return nouns


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
    figures += both_hurt(art.doc, art.article_id, figures)  # "Their mother and a neighbour ... Both are seriously hurt"
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


def _bare_plural(tok: Any) -> bool:
    """A conjunct that shares the number before it ("hundreds of vehicles and *troops*"): a plural
    noun with no determiner, number or possessor of its own ("an ammunition vehicle" has its own count)."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    return not any(c.dep_ in ("det", "nummod", "poss", "quantmod") or c.like_num for c in tok.children)


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


def figure_best(f: Figure) -> Optional[float]:
    """``f.best``; for a figure made without it (read back from an export, made by hand), the nominal count its own
    words give when they are one hedged quantity with the figure's bounds (:func:`nominal_count`)."""
    if f.best is not None:
        return f.best
    qs = scan_quantities(f.span.text) if f.span is not None and f.span.text else []
    if len(qs) != 1 or qs[0].rule not in ("approx", "near", "range", "vague") or (qs[0].low, qs[0].high) != (f.low, f.high):
        return None
    return nominal_count(qs[0])


def nominal_count(q: Quantity) -> Optional[float]:
    """The count a hedged quantity gives where its bounds do not say it: N of "about N", "approximately N", "some N"
    (bounds 0.9N..1.1N) and of "nearly N" (0.9N..N), the low end of a range or of a plural number word; None for an
    exact count and for a bound ("at least N", "more than N", "up to N": the bound is the count's only word)."""
    if q.rule in ("approx", "near") and q.value is not None and not q.vague and q.low != q.high:
        return q.value
    if q.rule in ("range", "vague") and q.low is not None and q.high is not None and q.low < q.high:
        return q.low
    return None


def _owner(noun: Any, exclude: set[int]) -> Optional[str]:
    """Whose the counted things are ("Syrian regime" of "Syrian regime targets"), or None.

    Keeps capitalised modifiers (Syrian, Turkish, Hezbollah) and the ``owner`` words of the
    lexicon (regime, rebel, government…); drops descriptive ones ("observation posts", "armoured")."""
    owners = figure_lexicon().owners
    words = []
    for c in noun.children:
        if c.i < noun.i and c.dep_ in _WHO_DEPS and c.i not in exclude:
            for t in c.subtree:
                if t.i in exclude or t.like_num or t.dep_ in ("det", "punct"):
                    continue
                if t.text[:1].isupper() or t.lower_ in owners or t.lower_ in ("'s", "’s"):
                    words.append(t)
    words.sort(key=lambda t: t.i)
    out: list[str] = []
    for t in words:
        if t.lower_ in ("'s", "’s"):
            if out:
                out[-1] += "'s"
            continue
        out.append(t.text if t.text[:1].isupper() and not t.is_sent_start else t.lower_)
    return " ".join(out) or None


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


_PARENTS = frozenset({"mother", "father", "parent", "grandmother", "grandfather", "grandparent"})


def _children_of_parent(qtok: Any) -> bool:
    """A bare number after a parent noun and "of" ("mother of three", "a father of five", the British and Irish
    "father-of-two") counts children."""
    i, doc = qtok.i, qtok.doc  # read on the words: the parser may hang "of" on a word before the parent noun
    words = [t for t in doc[max(0, i - 4):i] if t.text not in _HYPHENS]  # "father - of - two": the hyphens aside
    return len(words) >= 2 and words[-1].lower_ == "of" and words[-2].lemma_.lower() in _PARENTS \
        and (i + 1 >= len(doc) or doc[i + 1].pos_ not in ("NOUN", "PROPN"))


_HYPHENS = frozenset({"-", "\u2010", "\u2011"})


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


_REL_PRONOUNS = frozenset({"which", "that", "who"})


def _clause_verb(tok: Any) -> Optional[Any]:
    """The verb of the clause ``tok`` is in: itself, or the first verb above it within three arcs ("left 900 people
    *dead*": "left")."""
    t = tok
    for _ in range(4):
        if t.pos_ in _VERB_POS:
            return t
        if t.head is t:
            return None
        t = t.head
    return None


def _subjects_of(v: Any, depth: int = 0) -> list:
    """What ``v`` is said of: its subject; with none of its own, the subject of the verb it is coordinated with and
    of the verb just before its "and" in the text (the parser may hang "and has left" on another clause); through a
    relative pronoun, the noun it stands for ("the offensive, which has left": "offensive"; "the offensive in the
    capital, which ...": "capital" and "offensive", either may be meant)."""
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        if depth >= 2:
            return []
        doc, lo = v.doc, v.sent.start
        before = []
        k = next((k for k in range(v.i - 1, max(lo, v.i - 8) - 1, -1) if doc[k].lower_ == "and"), None)
        if k is not None:
            before = [doc[j] for j in range(k - 1, max(lo, k - 10) - 1, -1)
                      if doc[j].pos_ in _VERB_POS and doc[j].dep_ not in ("aux", "auxpass")][:1]
        heads = [v.head] if v.dep_ == "conj" and v.head.pos_ in _VERB_POS else []
        return [n for u in dict.fromkeys(heads + before) for n in _subjects_of(u, depth + 1)]
    if subj.lower_ in _REL_PRONOUNS and v.dep_ == "relcl":
        n = v.head
        if n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.pos_ in ("NOUN", "PROPN"):
            return [n, n.head.head]  # "the offensive in the capital, which": either noun
        return [n]
    return [subj]


def _perfect_clause(v: Any) -> bool:
    """ "has left", "have died", "has by now killed" (with "has" on the first of two coordinated verbs)."""
    for w in (v, v.head if v.dep_ == "conj" else v):
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in w.children) and w.tag_ == "VBN":
            return True
    return False


def _attached_to(tok: Any, v: Any) -> bool:
    """The phrase opened by ``tok`` ("since", "during") tells the clause of ``v``: its head, or the head of the clause
    it opens ("since the war *began*" -> the verb it modifies), is ``v``."""
    h = tok.head
    if h.pos_ in _VERB_POS and h.i > tok.i and h.dep_ in ("advcl", "prep", "pcomp"):
        h = h.head
    return h.i == v.i or (v.dep_ == "conj" and h.i == v.head.i)


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
