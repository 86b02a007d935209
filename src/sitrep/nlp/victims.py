"""Counts of victims named without a number: "shot and killed Ana Ruiz and her daughter" (2 killed),
"Tom Bell was fatally shot" / "was pronounced dead" / "died of his wounds" (1 killed), "a man was killed" (1),
"a woman was injured" (1 wounded), "Ana Ruiz, who was shot dead" (1), "was shot dead" / "found dead" / "passed away" / "was gunned down" / "beaten to
death" (1), and death nouns: "the assassination of Ana Ruiz and her driver" (2), "the murder of X and of Y" (2), "his murder" (1).

A death or injury word of ``data/figure_lexicon.tsv`` (``kill``, ``die``, ``wound``...), "fatally"/"mortally" with
a shooting or stabbing verb, any verb with "dead" as its complement ("shot dead", "found dead", "pronounced dead"),
"to death" ("beaten to death"), "passed away", "gunned down" and "succumbed (to his wounds)" name their victims
through the parse: the passive subject, the object of an active verb (shared by "shot and killed"), the subject of
an intransitive one ("died"). A death noun of the lexicon (a ``killed`` noun of class ``event``: death, killing,
murder, assassination...) names its victims by "of" or a possessive ("the murder of X", "X's assassination"),
unless it is a modifier ("death squads", "assassination attempt") or the deed was only tried or planned
("attempted", "failed", "foiled", "plot"). Each victim
and each coordinated one ("X and her daughter") counts one when it is a single person: a person's name, a singular
noun of a person (a ``person`` noun of the lexicon) with an article, possessive or demonstrative ("a man",
"her daughter", "the driver"), or "he"/"she". Anything
else (a plural without a number, "they", a number the figure scanner already counts) leaves the clause to the
number scanner: no figure is made.

Each count is a :class:`sitrep.model.Figure` whose span runs from the first victim to the last, ``what`` killed or
wounded, ``who`` the victims' words; its date and claimant are set by the figure layer like any other.
"""
from __future__ import annotations

import functools
import re
from typing import Any, Iterator, Optional

from sitrep.nlp.death_idioms import death_idiom
from sitrep.nlp.doctext import PARAGRAPH_BREAK, doc_attr, doc_text
from sitrep.nlp.labels import label_number
from sitrep.nlp.kin_loss import kin_noun
from sitrep.nlp.severed_result import severed_object, severed_result
from sitrep.resources import data_rows

_FATAL_ADVERBS = frozenset({"fatally", "mortally"})
_PARTICLE_DEATHS = {("pass", "away"), ("gun", "down")}  # "passed away", "was gunned down"
_LIFE_VERBS = frozenset({"claim", "cost", "take", "end"})  # "claimed the lives of", "ended his life"
_TRIED = frozenset({"attempt", "attempted", "failed", "foiled", "thwarted", "plot", "plotted", "planned", "would-be",
                    "averted", "frustrated"})
_FATAL_VERBS = frozenset({"shoot", "stab", "wound", "injure", "hit", "strike", "beat", "gun"})
_SINGLE_DETS = frozenset({"a", "an", "the", "this", "that", "one", "another"})
_SINGLE_PRONOUNS = frozenset({"he", "she", "him", "her"})
_SURVIVED_VERBS = frozenset({"shoot", "stab"})  # "was shot in the leg and is expected to survive": one wounded
# a word of a death in the sentence: the survival cue may be another victim's ("one died, the other is in stable
# condition"), so no one is counted wounded from it
_DEATH_LEMMAS = frozenset({"die", "dead", "death", "kill", "fatal", "fatally", "mortally", "murder", "homicide",
                           "slay", "deadly"})
_NOT_PEOPLE_ENTS = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "PRODUCT", "EVENT", "WORK_OF_ART",
                              "LAW", "MONEY", "QUANTITY", "PERCENT", "CARDINAL", "ORDINAL"})


# "was taken to hospital with a gunshot wound", "suffered stab wounds", "sustained serious injuries": one wounded
_CARRIED = frozenset({"take", "rush", "airlift", "fly", "admit", "transport", "transfer", "carry", "hospitalise",
                      "hospitalize", "treat", "shift"})
_SUFFERED = frozenset({"suffer", "sustain"})
# (a cut, a graze, a gash, bruises: the words of police releases for the lightly hurt, "suffered a cut to his arm")
_INJURIES = frozenset({"injury", "wound", "burn", "laceration", "fracture", "injuries", "wounds", "burns", "cut", "cuts",
                       "graze", "grazes", "gash", "gashes", "bruise", "bruises", "inhalation"})  # ("smoke inhalation")


# "with a broken leg", "a fractured skull": a body part told broken is an injury
_BODY_PARTS = frozenset({"leg", "arm", "nose", "jaw", "rib", "hand", "wrist", "ankle", "collarbone", "hip", "skull",
                         "pelvis", "shoulder", "finger", "foot", "knee", "elbow", "neck", "back", "cheekbone"})
_BROKEN = frozenset({"broken", "fractured", "shattered", "dislocated"})


def injury_noun(n: Any) -> bool:
    """An injury noun that is no death ("fatal injuries", "died of his wounds" are the killed verbs' business), or a
    body part told broken ("with a broken leg")."""
    if n.lemma_.lower() in _BODY_PARTS:
        return any(c.dep_ == "amod" and c.lower_ in _BROKEN for c in n.children)
    return n.lemma_.lower() in _INJURIES and not any(c.lower_ in ("fatal", "mortal", "deadly") for c in n.children)


def suffered_injury(v: Any) -> bool:
    """ "sustained injuries", "suffered gunshot wounds": a verb of suffering whose object is an injury that is no
    death; its subject was hurt."""
    # ("suffered a broken leg and head injuries": an injury among the objects)
    return v.lemma_.lower() in _SUFFERED and any(
        c.dep_ in ("dobj", "obj") and any(injury_noun(x) for x in (c, *c.conjuncts)) for c in v.children)


def has_injury(v: Any) -> bool:
    """ "His wife has a broken leg and is recovering", "the boy has burns to his arms": "have" in the present with an
    injury as its object tells a living person hurt (the past, "the victim had stab wounds", may tell the dead)."""
    return v.lemma_.lower() == "have" and v.tag_ in ("VBZ", "VBP") and v.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "obj") and any(injury_noun(x) for x in (c, *c.conjuncts)) for c in v.children)


# "took a stray bullet in the arm", "caught a bullet": a person who took a projectile was hit by it
_TAKE_HIT_VERBS = frozenset({"take", "catch"})
_PROJECTILES = frozenset({"bullet", "round", "pellet", "slug"})


def took_a_bullet(v: Any) -> bool:
    """ "A passer-by took a stray bullet in the arm", "she caught a bullet": an active verb of taking whose object
    is one projectile (singular, not taken from somewhere: "took a bullet from the wall" is evidence); its subject
    was hurt."""
    if v.lemma_.lower() not in _TAKE_HIT_VERBS or v.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in v.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in v.children):
        return False
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in _PROJECTILES and c.tag_ == "NN"
               and not any(x.dep_ == "prep" and x.lower_ == "from" for x in c.children) for c in v.children)


def _pobj_of(v: Any, prep: str, words: tuple[str, ...]) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == prep and any(g.dep_ == "pobj" and g.lower_ in words for g in c.children)
               for c in v.children)


_CONDITIONS = frozenset({"critical", "serious", "stable", "fair", "grave", "guarded"})  # a hospital condition report


_PASSIVE_ALIVE = frozenset({"list", "discharge", "release"})  # verbs of the hurt alive whose passive subject is he


def _alive_hurt(v: Any) -> bool:
    """ "another is in hospital", "a woman is fighting for her life", "he remains in hospital", "a boy is in
    critical condition", "was listed in critical but stable condition", "a third man was discharged from hospital":
    the subject is hurt and alive (in a sentence that may tell another's death: "one man is dead and another is in
    hospital")."""
    lem = v.lemma_.lower()
    if lem in ("be", "remain") and _pobj_of(v, "in", ("hospital", "hospitals")):
        return True
    if lem in ("discharge", "release") and _pobj_of(v, "from", ("hospital", "hospitals")) and _another_one(v):
        return True  # "A third man, 24, was discharged from hospital on Sunday": one more of those hurt
    if _condition_phrase(v):
        return not any(t.lemma_.lower() in _DEATH_LEMMAS for t in v.subtree)  # "... until his death"
    return lem == "fight" and _pobj_of(v, "for", ("life", "lives"))


def _condition_phrase(v: Any) -> bool:
    """ "is in critical condition", "remains in a serious condition", "was listed in stable condition"."""
    return v.lemma_.lower() in ("be", "remain", "list") and any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lower_ == "condition" and any(a.lower_ in _CONDITIONS for a in g.children)
        for g in c.children) for c in v.children)


def in_condition(v: Any) -> bool:
    """ "two women are in a serious condition": a count told in a hospital condition is hurt and alive
    (:mod:`sitrep.nlp.figures` reads a count subject with it; a count "in hospital" stays one in treatment, a share of
    the hurt when a total is told)."""
    return _condition_phrase(v) and not any(t.lemma_.lower() in _DEATH_LEMMAS for t in v.subtree)


def in_hospital_still(v: Any) -> bool:
    """ "Thirty-one others remain in hospital", "five people are in hospital": a count kept in hospital is one in
    treatment (:mod:`sitrep.nlp.figures`; a share of the hurt when a total is told, the hurt when none is:
    events/hospital_hurt), never with a death told in its clause ("remained in hospital until he died")."""
    return v.lemma_.lower() in ("be", "remain", "stay") and _pobj_of(v, "in", ("hospital", "hospitals")) and not any(
        t.lemma_.lower() in _DEATH_LEMMAS for t in v.subtree)


_SURVIVE = frozenset({"survive", "escape"})


def survived_injury(v: Any) -> bool:
    """ "survived with gunshot wounds", "escaped with burns to her legs", "escaped through a window with burns" (the
    "with" hung on the window): the one who survived or escaped was hurt."""
    if v.lemma_.lower() not in _SURVIVE or v.pos_ != "VERB":
        return False
    heads = [v, *[g for c in v.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]]
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pobj" and injury_noun(g) for g in c.children)
               for h in heads for c in h.children)


@functools.lru_cache(maxsize=1)
def _violence_cues() -> frozenset[str]:
    return frozenset(r[0] for r in data_rows("violence_cues.tsv", needs=("lemma", "why")))


def hospitalised_hurt(v: Any) -> bool:
    """ "two were killed and five others hospitalised when gunmen attacked": a hospital count in a sentence that
    tells a deed of violence (``data/violence_cues.tsv``) counts wounded; "six were hospitalised after the outbreak"
    stays a count of patients."""
    return v.lemma_.lower() in ("hospitalise", "hospitalize") and any(
        t.lemma_.lower() in _violence_cues() or t.lower_ in _violence_cues() for t in v.sent)


def hurt_and_carried(v: Any) -> bool:
    """ "Two other boys were stabbed and taken to hospital", "three men were shot and rushed to hospital": people
    shot or stabbed, then carried to care, in a sentence that tells no death, were wounded (the passive's subject
    is the victims); not "were shot and killed" nor a sentence that tells a death ("one died in hospital")."""
    if v.lemma_.lower() not in _SURVIVED_VERBS or not any(c.dep_ == "auxpass" for c in v.children):
        return False
    if not any(c.dep_ == "conj" and c.lemma_.lower() in _CARRIED for c in v.children):
        return False
    return not any(t.lemma_.lower() in _DEATH_LEMMAS for t in v.sent)


def _passer_by(t: Any) -> bool:
    """ "by" of "a passer-by", which the parser splits into "passer", "-", "by"."""
    doc = t.doc
    return t.lower_ == "by" and t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ == "passer"


def _hurt_by_phrase(v: Any) -> bool:
    """ "X was taken to hospital with injuries", "X was treated for a graze wound", "X suffered a
    gunshot wound to the leg", "X sustained serious injuries": X was wounded (never in a sentence that tells a
    death: the injuries may be the dead one's)."""
    lem = v.lemma_.lower()
    if _alive_hurt(v):
        return True
    if lem in _CARRIED and any(c.dep_ == "auxpass" for c in v.children):
        # "with" under the verb, or under "hospital" parsed as a verb ("was rushed to hospital with injuries"), or
        # under the place it was carried to ("was taken to hospital with gunshot injuries", "was also treated at the
        # hospital for stab wounds": the parser hangs the phrase on the place)
        heads = [v, *[c for c in v.children if c.dep_ == "xcomp" and c.lower_ in ("hospital", "hospitals")],
                 *[g for c in v.children if c.dep_ == "prep" and c.lower_ in ("to", "at", "in")
                   or c.dep_ == "agent" and lem == "treat" for g in c.children if g.dep_ == "pobj"]]
        # ("was treated by paramedics for smoke inhalation": the phrase hung on those who treated)
        hurt = any(c.dep_ == "prep" and (c.lower_ == "with" or c.lower_ == "for" and lem == "treat")
                   and any(g.dep_ == "pobj" and injury_noun(g) for g in c.children)
                   for h in heads for c in h.children)  # ("was treated for a graze wound and released")
        # "was taken to Waikato Hospital in a critical condition": the condition the patient was carried in
        # (the phrase's own noun is "condition": not "to a hospital in Tessor, where he was listed in ... condition")
        hurt = hurt or any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.dep_ == "pobj" and g.lemma_.lower() == "condition" and _survival().search(c.doc[c.i:g.i + 1].text)
            for g in c.children) for h in heads for c in h.children)
        if hurt and _another_one(v):
            return True  # "One man has died and a second was taken to hospital in a critical condition"
        if _another_one(v) and _to_hospital(v) and _others_dead(v):
            return True  # "Two people were found dead and a third was taken to hospital": the one more is the hurt
    elif lem in _SUFFERED or lem in _SURVIVE or has_injury(v):
        hurt = suffered_injury(v) or has_injury(v) if lem not in _SURVIVE else survived_injury(v)
        if hurt and _another_one(v):
            return True  # "Two men were beaten to death, while a third escaped with serious injuries"
    elif lem in _TAKE_HIT_VERBS:
        hurt = took_a_bullet(v)
    else:
        return False
    return hurt and not any(t.lemma_.lower() in _DEATH_LEMMAS for t in v.sent)


_OTHER_ONE = frozenset({"second", "another", "other", "others", "third"})


def _gapped_other(t: Any) -> bool:
    """ "and a third seriously wounded": an ordinal standing for one more person, with "a", coordinated with the verb
    of the people told before (the parser's reading of a passive whose "was" is left out)."""
    return t.lower_ in _OTHER_ONE and t.dep_ == "conj" and t.head.pos_ == "VERB" and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)


_HOSPITAL_WORDS = frozenset({"hospital", "hospitals", "clinic", "infirmary"})


def _to_hospital(v: Any) -> bool:
    """The carrying verb ``v`` takes its subject to or into a hospital ("was taken to hospital", "was rushed to the
    Regional Hospital"), or the parser made "hospital" its complement."""
    return any(c.dep_ == "xcomp" and c.lower_ in _HOSPITAL_WORDS for c in v.children) or any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") and any(
            g.dep_ == "pobj" and any(x.lower_ in _HOSPITAL_WORDS for x in g.subtree) for g in c.children)
        for c in v.children)


def _others_dead(v: Any) -> bool:
    """The sentence of ``v`` tells the death of others before it ("Two people were found dead and a third ..."): a
    death word that ``v``'s own clause does not hold."""
    own = {t.i for t in v.subtree}
    return any(t.i < v.i and t.i not in own and (t.lemma_.lower() in _DEATH_LEMMAS or t.lower_ in ("dead", "killed"))
               for t in v.sent)


def _another_one(v: Any) -> bool:
    """The passive verb's own subject is another person than the one whose death its sentence tells: "One man has
    died and a second was taken to hospital", "another was rushed to hospital"; never a verb that a death verb of
    its own clause follows ("was taken to hospital ... but died")."""
    subj = [c for c in v.children if c.dep_ == "nsubjpass"]
    if not subj and v.lemma_.lower() in _SURVIVE | _SUFFERED:
        subj = [c for c in v.children if c.dep_ == "nsubj"]  # "... while a third escaped with serious injuries"
    return bool(subj) and any(t.lower_ in _OTHER_ONE for t in subj[0].subtree) and not any(
        c.dep_ == "conj" and c.lemma_.lower() in _DEATH_LEMMAS for c in v.children)


def _category(v: Any, verbs: dict[str, tuple[str, str]]) -> Optional[str]:
    """killed / wounded when ``v`` reports a death or injury of its victims, else None."""
    lem = v.lemma_.lower()
    if v.pos_ in ("VERB", "AUX") and _hurt_by_phrase(v):
        return "wounded"
    if v.pos_ in ("VERB", "AUX") and fatal_phrase(v):
        return "killed"
    if lem in _FATAL_VERBS and any(c.lower_ in _FATAL_ADVERBS for c in v.children if c.dep_ == "advmod"):
        return "killed"
    if lem == "leave":  # "left him seriously wounded"
        for c in v.children:
            row = verbs.get(c.lemma_.lower()) if c.dep_ in ("oprd", "acomp", "xcomp") else None
            if row is not None and row[0] == "wounded":
                return "wounded"
    if lem in _LIFE_VERBS and any(c.dep_ in ("dobj", "obj") and c.lower_ in ("life", "lives") for c in v.children):
        return "killed"
    if _found_dead(v):
        return "killed"
    if lem in _SURVIVED_VERBS and v.pos_ == "VERB" and (survived(v.sent) or survived_next(v.sent)):
        return "wounded"
    if struck_in_body(v):
        return "wounded"  # "A deputy was struck in the arm by a bullet fragment"
    row = verbs.get(lem)
    if row is None or row[0] not in ("killed", "wounded") or v.pos_ not in ("VERB", "AUX"):
        return None
    return row[0]


@functools.lru_cache(maxsize=1)
def _survival() -> "re.Pattern[str]":
    return re.compile("|".join(r[0] for r in data_rows("survival_phrases.tsv", needs=("pattern", "why"))), re.I)


def survived(sent: Any) -> bool:
    """The sentence tells that its victim lived ("is expected to survive", "in critical but stable condition") and
    names no death (``data/survival_phrases.tsv``)."""
    return bool(_survival().search(sent.text)) and not any(t.lemma_.lower() in _DEATH_LEMMAS for t in sent)


_SAME_VICTIM = frozenset({"he", "she", "victim", "man", "woman", "boy", "girl", "teen", "teenager"})
# the same victims of a count: "Two men were stabbed ... Both are expected to survive.", "The two are in stable
# condition" (a pronoun of the pair, or "the two")
_SAME_VICTIMS = frozenset({"both", "two"})


def shot_and_survived(v: Any) -> bool:
    """ "Two men were stabbed ... Both are expected to survive", "Three people were shot; all were in stable
    condition": a verb of :data:`_SURVIVED_VERBS` whose victims the sentence, or the next ones, tell lived."""
    return v.lemma_.lower() in _SURVIVED_VERBS and v.pos_ == "VERB" and (survived(v.sent) or survived_next(v.sent))


_STRUCK_VERBS = frozenset({"strike", "hit", "graze"})


def struck_in_body(v: Any) -> bool:
    """ "One deputy was struck in the arm by a bullet fragment", "was hit in the leg": a person struck in a part of
    the body (the ontology's ``body_parts``) was wounded, when the sentence tells no death ("was struck in the head
    and died" is a killing)."""
    from sitrep.events.ontology import load_ontology

    if v.lemma_.lower() not in _STRUCK_VERBS or v.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in v.children):
        return False
    parts = load_ontology().cue("body_parts")
    return (any(c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.lemma_.lower() in parts
                                                            for o in c.children) for c in v.children)
            or struck_by_round(v)) and not any(t.lemma_.lower() in _DEATH_LEMMAS for t in v.sent)


def struck_by_round(v: Any) -> bool:
    """ "A passer-by was hit by a stray bullet", "was struck by gunfire", "was grazed by a bullet fragment": the "by"
    phrase of a verb of striking names a round of small arms (the ontology's ``small_arms_rounds``), itself or as
    its compound: a person struck by a round was hit ("was hit by a car" is no round)."""
    from sitrep.events.ontology import load_ontology

    rounds = load_ontology().cue("small_arms_rounds")
    for c in v.children:
        if c.dep_ != "agent" and not (c.dep_ == "prep" and c.lower_ == "by"):
            continue
        for o in c.children:
            if o.dep_ == "pobj" and (o.lemma_.lower() in rounds or any(
                    m.dep_ == "compound" and m.lemma_.lower() in rounds for m in o.children)):
                return True
    return False


def _pair_subject(subj: Any) -> bool:
    """ "Both" or "The two" as a sentence's whole subject: the victims of the count told just before."""
    if subj is None or subj.lower_ not in _SAME_VICTIMS or any(c.dep_ not in ("det",) for c in subj.children):
        return False
    return subj.lower_ == "both" or any(c.lower_ == "the" for c in subj.children)


def survived_next(sent: Any) -> bool:
    """The sentence tells no death and one of the next two tells, of "he", "she" or "the victim" (a definite
    singular person), that the victim lived, with no death told between: "A man was shot in the arm. The victim
    was in stable condition.", "A man was shot in the leg. Police said it happened at 7 p.m. The victim was
    treated for an injury that is not life-threatening." """
    doc = sent.doc
    if any(t.lemma_.lower() in _DEATH_LEMMAS for t in sent):
        return False
    for _ in range(2):
        if sent.end >= len(doc):
            return False
        sent = doc[sent.end].sent
        subj = next((t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"), None)
        if subj is not None and (subj.lower_ in _SAME_VICTIM or subj.lemma_.lower() in _SAME_VICTIM) and (
                subj.pos_ == "PRON" or any(c.lower_ == "the" for c in subj.children)) or _pair_subject(subj):
            return survived(sent)
        if any(t.lemma_.lower() in _DEATH_LEMMAS for t in sent):
            return False
    return False


def found_dead_with(v: Any) -> Optional[Any]:
    """The "dead" of "X was found with stab wounds, dead", parsed with "dead" on the wounds: a "dead" that modifies
    the object of a "with" under "found" (else None)."""
    if v.lemma_.lower() != "find":
        return None
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "with":
            for g in c.children:
                dead = next((x for x in g.children if x.dep_ == "amod" and x.lower_ == "dead" and x.i > g.i), None)
                if g.dep_ == "pobj" and dead is not None:
                    return dead
    return None


def lost_life(v: Any) -> bool:
    """ "lost their lives", "lost his life", "paid the supreme price", "embraced shahadat": the subject of a death
    idiom (``nlp/death_idioms``) died."""
    return death_idiom(v)


def fatal_phrase(v: Any) -> bool:
    """ "shot dead", "found dead", "was pronounced dead" (or "deceased"), "beaten to death", "passed away", "gunned down",
    "succumbed to his wounds", "was found with stab wounds, dead": a verb phrase that says its victim died."""
    if found_dead_with(v) is not None or lost_life(v) or severed_result(v) is not None:
        return True  # (severed: "gunmen on a motorcycle shot dead a woman", "dead" parsed as a clause of its own)
    lem = v.lemma_.lower()  # (read once: asked for several children of every verb)
    for c in v.children:
        if c.dep_ in ("oprd", "acomp", "xcomp", "advmod", "advcl", "ccomp") and c.lower_ == "dead":
            return True
        if c.dep_ == "prep" and c.lower_ == "dead" and c.i == v.i + 1 and objects_on_dead(v):
            return True  # "shot dead his neighbour", with "dead" parsed as a preposition taking the victim
        if c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ == "deceased" and lem in ("pronounce", "declare"):
            return True  # "was pronounced deceased", "declared deceased": the police release's words for "dead"
        if c.dep_ in ("prt", "advmod") and (lem, c.lower_) in _PARTICLE_DEATHS:
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.lower_ == "death" for g in c.children):
            return lem != "sentence"  # "sentenced to death" is a verdict, not a death
        if lem == "succumb" and c.dep_ == "prep" and c.lower_ == "to":
            return True
        if c.dep_ in ("dobj", "obj") and any(g.lower_ == "dead" and (g.i > c.i or g.i == v.i + 1)
                                             for x in (c, *c.conjuncts) for g in x.children):
            return True  # "left a man dead" / "shot dead Ana Ruiz" / "found X, 44, and Y, 47, dead", with "dead"
            # parsed on the (last) victim
        if c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME") and any(
                g.dep_ == "amod" and g.lower_ == "dead" and (g.i == v.i + 1 or _after_object(v, g)) for g in c.children):
            return True  # "were found dead Sunday", "left a man dead Saturday", parsed with "dead" on the day
    return False


def _after_object(v: Any, g: Any) -> bool:
    """``g`` comes right after the object of ``v`` ("left a man dead Saturday")."""
    return any(c.dep_ in ("dobj", "obj") and c.right_edge.i + 1 == g.i for c in v.children)


def _found_dead(v: Any) -> bool:
    """ "Police found X dead": the parser may make "dead" a clause of its own under "found", with X its subject."""
    return v.lower_ == "dead" and v.dep_ in ("ccomp", "xcomp") and v.head.lemma_.lower() == "find" \
        and any(c.dep_ == "nsubj" for c in v.children)


def objects_on_dead(v: Any) -> list[Any]:
    """ "A man shot dead his wife and her sister": the parser hangs the object on "dead" (an object predicate
    right after the verb), so the verb has none of its own; the victims are that object, not the subject."""
    return [c for d in v.children if d.lower_ == "dead" and d.dep_ in ("oprd", "acomp", "xcomp", "advmod", "prep")
            and d.i > v.i for c in d.children if c.dep_ in ("dobj", "obj") and c.i > d.i]


def _subject_dies(v: Any, verbs: dict[str, tuple[str, str]]) -> bool:
    row = verbs.get(v.lemma_.lower())
    if row is not None and row[1] == "subj":
        return True
    return fatal_phrase(v) and not any(c.dep_ in ("dobj", "obj") for c in v.children)


def _heads_by_verb_sense(v: Any, kids: list[Any]) -> Optional[list[Any]]:
    """The victims a verb of a kind names by its own frame ("claimed the lives of X and Y", "X lost her life", "X
    suffered a gunshot wound", "X is in hospital", "X survived with gunshot wounds"); None for any other verb."""
    if v.lemma_.lower() in _LIFE_VERBS and not _hurt_by_phrase(v):  # "claimed the lives of X and Y", "ended his life"
        lives = [c for c in kids if c.dep_ in ("dobj", "obj") and c.lower_ in ("life", "lives")]
        return _noun_victims(lives[0]) if lives else []
    if lost_life(v):  # "Ana Ruiz lost her life": the one who lost it
        return [c for c in kids if c.dep_ == "nsubj"]
    if v.lemma_.lower() in _SUFFERED or _alive_hurt(v) or took_a_bullet(v) or has_injury(v):  # "X suffered a gunshot wound", "X is in hospital"
        # ("X was listed in stable condition": the passive subject)
        return [c for c in kids if c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and v.lemma_.lower() in _PASSIVE_ALIVE]
    if v.lemma_.lower() in _SURVIVE:  # "X survived with gunshot wounds" (also parsed as a participle on "X")
        found = [c for c in kids if c.dep_ == "nsubj"]
        return found or ([v.head] if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN") else [])
    return None


def _heads_of_gapped_verb(v: Any, kids: list[Any]) -> Optional[list[Any]]:
    """The victims of a verb whose subject is left out or hung elsewhere: a gapped passive ("a constable was killed
    and another injured"), a second verb sharing the first one's passive subject ("A man was shot and killed"), a
    participle on its noun ("the man fatally shot by an officer"), one found ("X was found shot dead"); None where
    none of these holds."""
    if v.dep_ == "conj" and (v.tag_ == "VBN" or v.tag_ == "VBD" and not any(c.dep_ in ("dobj", "obj") for c in kids)) \
            and any(c.dep_ == "nsubjpass" or c.dep_ in ("dobj", "obj") and v.head.lemma_.lower() == "leave"
                    for c in v.head.children) and not any(c.dep_ in ("aux", "auxpass") for c in kids):
        # "a constable was killed and another injured": the passive's auxiliary left out, its subject parsed active
        # (the participle may be tagged a past tense: "a captain was killed and his driver wounded", no object);
        # so with "left" gapped: "left one man dead and another seriously injured" ("and a third seriously wounded",
        # "a third" parsed as a modifier of the participle)
        found = [c for c in kids if c.dep_ == "nsubj" or c.dep_ == "npadvmod" and _one_more_by_rank(c)]
        if found:
            return found
    if v.dep_ == "conj" and v.head is not v and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        # "A man was shot and killed": the second verb shares the first one's passive subject
        return [c for c in v.head.children if c.dep_ == "nsubjpass"]
    if v.dep_ == "acl" and v.tag_ == "VBN" and (v.head.pos_ in ("NOUN", "PROPN") or _gapped_other(v.head)) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "obj") for c in kids):
        return [v.head]  # "identified the man fatally shot by an officer as X": the noun the participle hangs on
        # ("Two men were killed and a third seriously wounded": "a third", the passive's "was" left out)
    if v.dep_ in ("xcomp", "oprd") and v.head.lemma_.lower() == "find" and v.tag_ == "VBN":
        # "X was found shot dead", "police found him stabbed to death": the one found
        return [c for c in v.head.children if c.dep_ in ("nsubjpass", "dobj", "obj")]
    return None


def _victim_heads(v: Any, verbs: dict[str, tuple[str, str]]) -> list[Any]:
    """The passive subject, else the object, else (for "die", "perish", "passed away", "is dead") the subject; a
    verb of a kind by its own frame first (:func:`_heads_by_verb_sense`), a gapped verb's last
    (:func:`_heads_of_gapped_verb`)."""
    kids = list(v.children)
    by_sense = _heads_by_verb_sense(v, kids)
    if by_sense is not None:
        return by_sense
    split = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass", "npadvmod") and _passer_by(c)]
    if split:  # "a soldier was killed and a passer-by injured": the passer-by, not the soldier
        return split
    for deps in (("nsubjpass",), ("dobj", "obj")):
        found = [c for c in kids if c.dep_ in deps]
        if found:
            return found
    on_dead = objects_on_dead(v)
    if on_dead:  # "shot dead his wife and her sister": the object parsed on "dead", not on the verb
        return on_dead
    severed = severed_object(v)
    if severed is not None:  # "gunmen on a motorcycle shot dead a woman": the object of a "dead" parsed apart
        return [severed]
    if v.dep_ == "conj" and v.lemma_.lower() in _CARRIED and any(c.dep_ == "auxpass" for c in kids) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids):
        # "a woman escaped through a window and was treated for burns": the first verb's subject, shared
        found = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            return found
    if _subject_dies(v, verbs) or _found_dead(v):
        found = [c for c in kids if c.dep_ == "nsubj"]
        if found:
            return found
    died_after = _died_after_participle(v, verbs)
    if died_after:
        return died_after
    gapped = _heads_of_gapped_verb(v, kids)
    return gapped if gapped is not None else []


def _died_after_participle(v: Any, verbs: dict[str, tuple[str, str]]) -> list[Any]:
    """ "A man shot on Saturday night died early this morning": the parser makes the participle the root ("shot",
    with "A man" its subject) and "died" a clause hung on it with no subject, marker or object of its own; the one
    who died is the participle's subject (the participle a harm verb with no object)."""
    h = v.head
    if v.dep_ != "advcl" or v.lemma_.lower() != "die" or h.i >= v.i or h.lemma_.lower() not in _FATAL_VERBS \
            or h.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass")
                                                   for c in v.children):
        return []
    if any(c.dep_ in ("dobj", "obj", "aux", "auxpass") for c in h.children):
        return []
    return [c for c in h.children if c.dep_ == "nsubj"]


def _death_noun(n: Any, nouns: dict[str, tuple[str, str]]) -> bool:
    """A noun that names a death ("the murder", "his assassination"), not a modifier ("death squads") nor a deed only
    tried or planned (:func:`tried_deed`)."""
    if n.pos_ != "NOUN" or n.dep_ == "compound" or nouns.get(n.lemma_.lower()) != ("killed", "event"):
        return False
    return not tried_deed(n)


def tried_deed(n: Any) -> bool:
    """A deed noun only tried, foiled or planned: "attempted murder", "the assassination attempt", "a plot for the
    killing of X", "an attempt at the murder"."""
    if any(c.lower_ in _TRIED for c in n.children if c.dep_ in ("amod", "compound", "nmod")):
        return True
    h = n.head
    for _ in range(3):
        if h.lemma_.lower() in _TRIED:
            return True
        if h.head is h:
            break
        h = h.head
    return False


_REMAINS = frozenset({"body", "corpse", "remains"})  # "his body" names a death only as the thing found, identified


def _noun_victims(n: Any) -> list[Any]:
    """The victims a death noun names: the object of "of", else its possessor ("his murder")."""
    for c in n.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs
    if n.lemma_.lower() in _REMAINS and n.dep_ not in ("nsubj", "nsubjpass", "dobj", "obj"):
        return []  # "parts of his body" is a part of him; "his body was found" is his death
    return [c for c in n.children if c.dep_ == "poss"]


def _couple(t: Any) -> bool:
    """"An Elko couple was found dead", "A couple in their seventies have died", "the couple": a couple is two people
    (a pair of spouses or partners); "a couple of men" (a few) and "a couple hundred" are no pair."""
    if t.lower_ != "couple" or t.tag_ != "NN":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children) or t.doc[t.i + 1:t.i + 2].text.lower() == "of":
        return False
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("a", "an", "the", "this", "that")) for c in t.children)


def _single_person(t: Any, nouns: dict[str, tuple[str, str]]) -> bool:
    if _couple(t):
        return True  # one couple: counted as the two people it is (victim_counts)
    if _passer_by(t):
        return any(c.dep_ == "det" and c.lower_ in _SINGLE_DETS for c in (*t.children, *t.doc[t.i - 2].children))
    if t.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return True  # "one of his bodyguards"
    if _one_more_by_rank(t):
        return True  # "two farmers were shot dead and a third was injured": "a third" alone is one more person
    if t.like_num or t.tag_ == "CD" or any(c.dep_ == "nummod" and not label_number(doc_text(c.doc), c.idx) for c in t.children):
        return False  # ("a Grade 11 learner" is one person: the 11 labels his school year, nlp/labels)
    if t.lower_ in _SINGLE_PRONOUNS or t.lower_ in ("his", "him"):
        return True
    if t.lower_ == "another" and t.dep_ in ("nsubj", "nsubjpass", "conj", "dobj") and not any(t.children):
        return True  # "a constable was killed and another injured": "another" alone stands for one more person
    if t.lower_ == "other" and t.dep_ in ("nsubj", "nsubjpass") and any(
            c.dep_ == "det" and c.lower_ == "the" for c in t.children) and all(
            c.dep_ in ("det", "punct", "appos") for c in t.children):
        return True  # "One man died. The other, a 35-year-old man, suffered ...": the other one of a pair
    if t.lower_ == "old" and any(c.lower_ in ("year", "years") for c in t.children):  # "a 19-year-old"
        return any(c.dep_ == "det" and c.lower_ in _SINGLE_DETS for c in t.children)
    if t.tag_ == "NNP":
        return t.ent_type_ not in _NOT_PEOPLE_ENTS  # a name that dies or is killed is a person's, whatever its tag
    if t.tag_ != "NN" or nouns.get(t.lemma_.lower(), ("", ""))[1] != "person":
        return False  # "lost a leg": a thing, not a victim
    if nouns[t.lemma_.lower()][0] in _GROUP_CATEGORIES:
        return False  # "after killing the farming family": a family is several people, how many is not said
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _SINGLE_DETS) for c in t.children)


_NEXT_RANKS = frozenset({"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})


def _one_more_by_rank(t: Any) -> bool:
    """ "a third was injured", "killed two men and wounded a third": an ordinal with "a" and nothing else, standing
    where a person would (subject, object, conjunct), counts one more person; "a third of the village" (a share) and
    "a second attack" (a noun after it) do not; "and a third seriously wounded" (the participle hung on it) does."""
    kids = [c for c in t.children if not (c.dep_ == "acl" and c.tag_ == "VBN")]
    return t.lower_ in _NEXT_RANKS and t.dep_ in ("nsubj", "nsubjpass", "conj", "dobj", "npadvmod") and len(kids) == 1 \
        and kids[0].dep_ == "det" and kids[0].lower_ == "a"


_GROUP_CATEGORIES = frozenset({"families"})  # lexicon categories of person nouns that name a group, not one person


def _shared_determiner(x: Any, h: Any, v: Any, nouns: dict[str, tuple[str, str]]) -> bool:
    """ "his bodyguard and driver were killed": a singular person noun with no determiner of its own, coordinated
    with a single person who has one, is a second person when the verb is plural ("were", "have"); with "was" the
    two nouns may name one person ("his bodyguard and driver was killed")."""
    if x.tag_ != "NN" or nouns.get(x.lemma_.lower(), ("", ""))[1] != "person" or any(
            c.dep_ in ("det", "poss", "nummod") for c in x.children):
        return False
    if not any(c.dep_ in ("poss", "det") for c in h.children):
        return False
    if _two_kin(x, h):
        return True  # "killed his elder brother and nephew": two kinships are two people, whatever the verb's number
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are", "have") for c in v.children) \
        or v.tag_ == "VBP"


def _two_kin(x: Any, h: Any) -> bool:
    """``x`` and the possessed ``h`` it is coordinated with are kin nouns of two kinships ("his wife and daughter",
    "his elder brother and nephew"): no one person is both, so they are two (local_reports13 w23, branch misses12);
    "his friend and colleague" may be one."""
    a, b = x.lemma_.lower(), h.lemma_.lower()
    return a != b and kin_noun(a) and kin_noun(b) and any(c.dep_ == "poss" for c in h.children)


_CLAUSE_POS = frozenset({"NOUN", "VERB", "AUX", "ADJ"})  # a death noun's, or a verb's or adjective's, clause


def _clause_victims(v: Any, heads: list[Any], nouns: dict[str, tuple[str, str]],
                    verbs: dict[str, tuple[str, str]]) -> Optional[tuple[Any, list[Any]]]:
    """The clause's head victim and all its victims (its conjuncts, a split list, those hung on the verb, "the
    murder of X and of Y"), each a single person; None where the heads are no one list of single people."""
    heads = _drop_split_titles(heads, nouns)  # "killing sergeant Carlos Pineda": one victim, not two objects
    if len(heads) > 1:  # "left a man dead Saturday, the fourth homicide": the person among the objects
        people = [h for h in heads if _single_person(h, nouns)]
        rest = [h for h in heads if h not in people]
        if any(h.pos_ == "PROPN" or h.tag_ in ("NNP", "NNPS") or nouns.get(h.lemma_.lower(), ("", ""))[1] == "person"
               or _numbered(h) for h in rest):
            return None  # a list the parser split: its other victims are not counted, so neither is the list
            # (nor a name beside a subject with its own number: "four guards hired by the charity Green Watch
            # died", the name of the employer made a second subject; the number scanner counts the four)
        heads = people
    split = _split_list(heads)
    if len(heads) != 1 and not split:
        return None
    h = heads[0]
    if h.tag_ in ("WP", "WDT") and v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):
        h = _relative_owner(v.head, h, nouns)  # "Ana Ruiz, who was shot dead last week": the one it is about
    victims = [h, *[c for c in h.conjuncts if c.i > h.i]]
    victims += [x for x in heads[1:] if split] + _hung_on_verb(v, victims[-1], nouns, verbs)
    if h.dep_ == "pobj" and h.head.lower_ == "of":
        for c in h.head.conjuncts:  # "the murder of X and of Y"
            victims += [g for o in c.children if o.dep_ == "pobj" for g in (o, *o.conjuncts)]
    # (the first of a list may be a word the lexicon lacks, told dead with "a": "A barangay kagawad and his wife
    # were shot dead" is two)
    if not all(_single_person(x, nouns) or x is not h and _shared_determiner(x, h, v, nouns)
               or x is h and _one_told_dead(h, v, nouns) for x in victims):
        return None
    return h, victims


def _relative_owner(n: Any, rel: Any, nouns: dict[str, tuple[str, str]]) -> Any:
    """The person a "who" clause hung on ``n`` is about: ``n``; or, where ``n`` is no person but the object of an
    "of" under a noun ("Diaz, third judge of public order, who was murdered": "order"), the noun above it, and the
    name that noun is in apposition to ("judge" -> "Diaz")."""
    if rel.lower_ not in ("who", "whom") or n.pos_ == "PROPN" or nouns.get(n.lemma_.lower(), ("", ""))[1] == "person":
        return n
    h = n
    while h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ in ("NOUN", "PROPN") and h.pos_ != "PROPN" \
            and nouns.get(h.lemma_.lower(), ("", ""))[1] != "person":
        h = h.head.head
    if h is n:
        return n
    return h.head if h.dep_ == "appos" and h.head.pos_ == "PROPN" else h


def _victim_bounds(sent: Any, v: Any, h: Any, victims: list[Any]) -> Optional[tuple[int, int]]:
    """The first and last token of the victims' words ("shot dead Ana Ruiz": after the verb's "dead"); None where
    a paragraph break cuts the victims from their verb or the victims are the last of a list the parser cut off."""
    first = min(x.left_edge.i for x in victims)
    while first < h.i and sent.doc[first].lower_ == "dead":
        first += 1  # "shot dead Ana Ruiz": the victim starts after the verb's "dead"
    last = max(x.i for x in victims)
    doc = sent.doc
    text = doc_text(doc)
    lo, hi = min(doc[first].idx, v.idx), max(doc[last].idx + len(doc[last].text), v.idx + len(v.text))
    cut = [m.end() for m in PARAGRAPH_BREAK.finditer(text, lo, hi)]
    if cut:
        # a headline the splitter glued on ("... near Raleigh\n\nA driver was shot"): a figure never reads
        # across a paragraph break; the victim starts after it, with its verb on the same side
        while first <= h.i and doc[first].idx < cut[-1]:
            first += 1
        if first > min(x.i for x in victims) or v.idx < cut[-1]:
            return None
    prev = doc[first - 1] if first > 0 else None
    if prev is not None and prev.lower_ in ("and", "or", ",", "&") and prev.head.i not in {x.i for x in victims} \
            and prev.head.pos_ not in ("VERB", "AUX") and not (prev.lower_ == "," and _apposed(h, v)):
        return None  # "..., and Dario Pena were killed": the last of a list the parser cut off; its count is unknown
    return first, last


def victim_counts(sent: Any, verbs: dict[str, tuple[str, str]], nouns: dict[str, tuple[str, str]]) -> Iterator[tuple[int, int, str, int, Any]]:
    """(start char, end char, what, count, verb) for each clause of ``sent`` that names its single victims."""
    poss = doc_attr(sent.doc, "pos_")
    for i in range(sent.start, sent.end):
        if poss[i] not in _CLAUSE_POS:
            continue  # (from the Doc's list: a Token is built only for the words that can head such a clause)
        v = sent.doc[i]
        if v.pos_ == "NOUN" and _death_noun(v, nouns):
            cat, heads = "killed", _noun_victims(v)
        elif v.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        else:
            cat = _category(v, verbs)
            if cat is None or any(c.dep_ == "neg" for c in v.children):
                continue  # ("the officer was not hurt": no victim)
            heads = _victim_heads(v, verbs)
        found = _clause_victims(v, heads, nouns, verbs)
        if found is None:
            continue
        h, victims = found
        bounds = _victim_bounds(sent, v, h, victims)
        if bounds is None:
            continue
        first, last = bounds
        doc = sent.doc
        n = _ordinal_toll(h) if cat == "killed" and len(victims) == 1 and not _TOLD_APART.search(sent.text) else None
        yield doc[first].idx, doc[last].idx + len(doc[last].text), cat, n or sum(2 if _couple(x) else 1 for x in victims), v


def _numbered(h: Any) -> bool:
    """A head with a number of its own ("four guards"): the number scanner's count, never a single person."""
    return any(c.dep_ == "nummod" for c in h.children)


def _apposed(h: Any, v: Any) -> bool:
    """"to remember X, the 15-year-old boy stabbed to death": the victim is an apposition (its comma opens no list)
    told by the participle that hangs on it."""
    return h.dep_ == "appos" and v.dep_ == "acl" and v.head.i == h.i and not any(c.dep_ == "conj" for c in h.head.children)


def _drop_split_titles(heads: list, nouns: dict[str, tuple[str, str]]) -> list:
    """A rank or trade the parser split from the names it goes with: "killing sergeant Carlos Pineda" (a bare singular
    person noun made an object of its own right before a name), "killed journalists Ana Ruiz and Luis Vela" (a bare
    plural one right before a list of two or more names), "soldiers Ana Ruiz and Luis Vela were killed" (a bare plural
    one with the list as its apposition): the names are the victims, the title no second one."""
    if len(heads) == 1:
        h = heads[0]
        names = [c for c in h.children if c.dep_ == "appos" and c.tag_ == "NNP" and c.left_edge.i == h.i + 1]
        if h.tag_ == "NNS" and _bare_person(h, nouns) and len(names) == 1 and names[0].conjuncts:
            return names  # "soldiers Ana Ruiz and Luis Vela were killed"
        return heads
    out = []
    for a, b in zip(heads, heads[1:] + [None]):
        if b is not None and _bare_person(a, nouns) and a.right_edge.i + 1 == b.left_edge.i and b.tag_ == "NNP" \
                and a.dep_ == b.dep_ and (a.tag_ == "NN" or a.tag_ == "NNS" and b.conjuncts):
            continue
        out.append(a)
    return out


def _bare_person(t: Any, nouns: dict[str, tuple[str, str]]) -> bool:
    """A person noun with no determiner, possessive or number of its own ("sergeant", "journalists")."""
    return t.tag_ in ("NN", "NNS") and nouns.get(t.lemma_.lower(), ("", ""))[1] == "person" \
        and not any(c.dep_ in ("det", "poss", "nummod") for c in t.children)

def _one_told_dead(h: Any, v: Any, nouns: dict[str, tuple[str, str]]) -> bool:
    """ "A 28-year-old rowdy-sheeter was hacked to death", "an autorickshaw driver was shot dead": a singular noun
    with "a" or "an" that a verb phrase tells died ("shot dead", "beaten to death") is one person, whether or not
    the lexicon knows the noun (trades and local words for people are many); never a noun the lexicon knows as no
    single person ("a family")."""
    if h.tag_ != "NN" or not fatal_phrase(v) or any(c.dep_ in ("nummod", "quantmod") for c in h.children):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in h.children):
        return False
    known = nouns.get(h.lemma_.lower())
    return known is None or (known[1] == "person" and known[0] not in _GROUP_CATEGORIES)


def _after_and(x: Any) -> bool:
    """The word before ``x``'s phrase is "and" (or "&"): ``x`` goes on a list ("..., 34, and her son")."""
    le = x.left_edge.i
    return le > 0 and x.doc[le - 1].lower_ in ("and", "&")


def _split_list(heads: list) -> bool:
    """ "A teacher, 34, and her son, 12, were killed": the parser made each victim of a list set off by ages its own
    subject (or object) of the verb; single people of one role, each after the first opened by "and", are one list."""
    return len(heads) > 1 and len({h.dep_ for h in heads}) == 1 and all(
        _after_and(b) and a.i < b.i for a, b in zip(heads, heads[1:]))


def _hung_on_verb(v: Any, last: Any, nouns: dict[str, tuple[str, str]], verbs: dict[str, tuple[str, str]]) -> list:
    """ "Gunmen killed a teacher, 34, and her son, 12": a single person the parser coordinated with the verb
    instead of its last victim, right after "and"."""
    # (or on the first verb of a pair that shares the objects: "shot and killed his wife, from whom he was separated,
    # and her teenage daughter", the daughter coordinated with "shot")
    owners = [v, v.head] if v.dep_ == "conj" and v.head.pos_ == "VERB" and v.head.i < v.i else [v]
    return [c for o in owners for c in o.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > last.i
            and _after_and(c) and _single_person(c, nouns) and not _own_harm(c, verbs)]


def _own_harm(n: Any, verbs: dict[str, tuple[str, str]]) -> bool:
    """ "A man was beaten to death and his companion seriously injured": the person coordinated with the verb
    carries a participle of harm of his own (parsed as hanging on him), so the verb's count leaves him out."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and _category(c, verbs) is not None for c in n.children)


# a death told apart from the incident counted before: "a third man was killed in a separate attack" is one man
_TOLD_APART = re.compile(r"\b(?:separate|elsewhere|another\s+(?:attack|incident|shooting|bombing|clash|raid))\b", re.I)
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10}


def _ordinal_toll(h: Any) -> Optional[int]:
    """ "A third person has died", "a second victim died in hospital": the dead of the incident now number three
    (two); None for any other victim."""
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in h.children):
        return None
    return next((_ORDINALS[c.lower_] for c in h.children if c.dep_ == "amod" and c.lower_ in _ORDINALS), None)
