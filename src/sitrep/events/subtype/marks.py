"""What the trigger's own phrases and its sentence's crowds tell (:func:`trigger_marks`), each mark one helper's
reading, for the refine rules to use: "in_body" (struck "in the arm"), "crowd_target", "to_police", "by_vehicle",
"ground_doer", "person_struck", "fled_from", "worn_charge", "harm_assault", "crowd_scene", and the marks of
events/crowd_blockade, events/crowd_violence, events/crowd_lynching, events/taken_missing, events/site_overrun,
events/weapons_handed, events/civilian_convoy. Evidence: cues ``vehicle_words``, ``body_parts``, ``police_words``,
``firing_verbs`` (data/ontology.json), ``vehicle_mishap_verbs``, ``off_course_nouns``, ``ground_strikers``,
``flight_verbs``, ``harm_assault_adjs``, ``worn_garments``, ``vehicle_blow_verbs`` (data/event_sense_cues.tsv).
"""
from __future__ import annotations

from sitrep.events.civilian_convoy import civilian_convoy
from sitrep.events.crowd_blockade import blockade_cleared, crowd_blockade
from sitrep.events.crowd_lynching import crowd_lynching
from sitrep.events.crowd_violence import crowd_destruction
from sitrep.events.cues import sense_cue
from sitrep.events.ontology import Ontology
from sitrep.events.site_overrun import site_overrun
from sitrep.events.taken_missing import taken_missing
from sitrep.events.weapons_handed import weapons_handed


_HIT_PREPS = frozenset({"on", "at", "into", "upon", "against", "toward", "towards"})


def mishap_toll(tok, vehicles: frozenset[str]) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is the participle that tells a vehicle's own mishap's toll: "a bus plunged into a ravine, killing 14
    and injuring 22", "a train came off the rails, injuring 23" (the mishap verb of cue ``vehicle_mishap_verbs``,
    or "off" the road or rails, with a vehicle as its subject; branch precision15, quiet_reports9 v10,
    quiet_reports3 n07)."""
    first = tok
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if first.dep_ != "advcl" or first.tag_ != "VBG":
        return False
    mishap = first.head
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in vehicles for c in mishap.children):
        return False
    return mishap.lemma_.lower() in sense_cue("vehicle_mishap_verbs") or any(
        p.dep_ == "prep" and p.lower_ == "off" and any(o.lemma_.lower() in sense_cue("off_course_nouns")
                                                       for o in p.children) for p in mishap.children)


def _vehicle_doer_candidates(tok, conj_verbs: list) -> list:  # type: ignore[no-untyped-def]
    """The tokens that may name what struck the trigger's victim: its own children, the by-phrase of a verb it is
    coordinated with ("was struck and killed by a car"), the subject of the first of two verbs ("a truck hit and
    killed a teacher"), the doer of a vehicle's blow the death is told after ("was killed after being hit by a
    bus", "died when a car struck him") and the subject of a vehicle's own mishap ("killed when the bus plunged
    into a ravine", "died after the truck overturned"; cue vehicle_mishap_verbs)."""
    blows = [c for c in tok.children if c.dep_ == "advcl" and c.lemma_.lower() in sense_cue("vehicle_blow_verbs")]
    blows += [g for c in tok.children if c.dep_ == "prep" for g in c.children
              if g.dep_ == "pcomp" and g.lemma_.lower() in sense_cue("vehicle_blow_verbs")]
    cands = [*tok.children, *(a for v in conj_verbs for a in v.children if a.dep_ == "agent"),
             *(a for v in blows for a in v.children if a.dep_ in ("agent", "nsubj"))]
    if tok.dep_ == "conj" and tok.head in conj_verbs:
        cands += [a for a in tok.head.children if a.dep_ == "nsubj"]
    cands += [a for c in tok.children if c.dep_ == "advcl" and c.lemma_.lower() in sense_cue("vehicle_mishap_verbs")
              for a in c.children if a.dep_ == "nsubj"]
    return cands


def _struck_by_vehicle(tok, vehicles: frozenset[str], conj_verbs: list) -> bool:  # type: ignore[no-untyped-def]
    """"by_vehicle": a vehicle is the subject or by-phrase of the blow (``_vehicle_doer_candidates``), or the
    death is a vehicle's own mishap toll (``mishap_toll``)."""
    for c in _vehicle_doer_candidates(tok, conj_verbs):
        agents = [c] if c.dep_ == "nsubj" else [o for o in c.children if o.dep_ == "pobj"] if c.dep_ == "agent" else []
        if any(a.lemma_.lower() in vehicles for a in agents):
            return True
    return mishap_toll(tok, vehicles)


def _ground_doer(tok, conj_verbs: list) -> bool:  # type: ignore[no-untyped-def]
    """"ground_doer": the deed's doer is men on the ground ("gunmen ... struck a village", "gunmen attacked a
    church and struck a village": the subject of the first of two verbs; cue ground_strikers)."""
    subjects = [c for c in tok.children if c.dep_ == "nsubj"] or (
        [a for a in tok.head.children if a.dep_ == "nsubj"] if tok.dep_ == "conj" and tok.head in conj_verbs else [])
    return any(_noun_forms(x) & sense_cue("ground_strikers") for x in subjects)


def _own_phrase_marks(tok, onto: Ontology) -> set[str]:  # type: ignore[no-untyped-def]
    """What the phrases of the trigger and of its object tell: "in_body" (struck "in the arm"), "crowd_target"
    (the crowd is its object, or "fired into the crowd"), "to_police" (surrendered "to officers")."""
    out: set[str] = set()
    heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    for h in heads:
        for c in h.children:
            if c.dep_ in ("dobj", "nsubjpass") and c is not tok and c.lemma_.lower() == "crowd":
                out.add("crowd_target")
            if c.dep_ != "prep":
                continue
            objs = [o for o in c.children if o.dep_ == "pobj"]
            objs += [x for o in objs for x in o.conjuncts]
            lem = {o.lemma_.lower() for o in objs}
            if c.lower_ == "in" and lem & onto.cue("body_parts"):
                out.add("in_body")
            elif c.lower_ in _HIT_PREPS and "crowd" in lem:
                out.add("crowd_target")
            elif c.lower_ == "to" and lem & onto.cue("police_words"):
                out.add("to_police")
    return out


_PERSONAL = frozenset({"he", "she"})


def _person_struck(tok) -> bool:  # type: ignore[no-untyped-def]
    """"person_struck": "He was struck and pronounced dead at the scene": a passive "struck" whose subject is one
    person told by a pronoun (a shell or an air strike hits places and crowds)."""
    return tok.lemma_.lower() == "strike" and any(c.dep_ == "nsubjpass" and c.lower_ in _PERSONAL for c in tok.children)


def _fled_from(tok) -> bool:  # type: ignore[no-untyped-def]
    """"fled_from": "villagers who had fled fighting nearby": a fight that people flee (cue flight_verbs) has them
    as no side."""
    flight = sense_cue("flight_verbs")
    if tok.head is not tok and tok.head.lemma_.lower() in flight and tok.dep_ in ("dobj", "xcomp"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in flight


def _harm_assault(tok) -> bool:  # type: ignore[no-untyped-def]
    """"harm_assault": "a fatal assault", "an unprovoked assault": an assault told by its harm to a person (cue
    harm_assault_adjs)."""
    return tok.lemma_.lower() == "assault" and any(
        c.dep_ == "amod" and c.lemma_.lower() in sense_cue("harm_assault_adjs") for c in tok.children)


def _sentence_crowd_marks(tok, onto: Ontology) -> set[str]:  # type: ignore[no-untyped-def]
    """What a crowd elsewhere in the sentence tells. "The shooting happened as crowds gathered to watch
    fireworks": a crowd that is the subject of a time clause ("as", "while", "when") of another verb is the scene
    ("crowd_scene"), not a mob doing the deed (so is one a "where" clause tells gathered: "in a parking lot where a
    crowd had gathered"); and a crowd that another verb of the sentence fires at ("were killed when a man returned
    and fired into the crowd") is its victims ("crowd_target")."""
    out: set[str] = set()
    for c in tok.sent:
        if c.lemma_.lower() != "crowd" or c.head.i == tok.i:
            continue
        if c.dep_ == "nsubj" and (c.head.dep_ == "advcl" and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in _SCENE_MARKS for m in c.head.children)
                or c.head.dep_ == "relcl" and any(m.dep_ == "advmod" and m.lower_ == "where" for m in c.head.children)):
            out.add("crowd_scene")
        elif c.dep_ == "pobj" and c.head.lower_ in _HIT_PREPS and c.head.head.lemma_.lower() in onto.cue("firing_verbs"):
            out.add("crowd_target")
    return out


def trigger_marks(tok, onto: Ontology) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """What the trigger's own phrases tell: "in_body" (struck "in the arm"), "crowd_target" (a crowd is what
    the deed is aimed at: "fired into the crowd", "opened fire on a crowd"), "to_police" (surrendered "to
    officers"), "by_vehicle" (a vehicle strikes: "struck by a car", "a truck struck him"), "ground_doer" (its subject
    is men on the ground: "gunmen struck a village", cue ground_strikers), "crowd_blockade", "fled_from",
    "worn_charge", "harm_assault", "crowd_scene", "weapons_handed", "taken_missing", "civilian_convoy". Reads the trigger's children and its object's (a few tokens) and
    the sentence's crowds; each mark is one helper's decision."""
    out: set[str] = set()
    conj_verbs = [v for v in tok.conjuncts if v.pos_ == "VERB"]
    if crowd_blockade(tok, onto):
        out.add("crowd_blockade")  # "a road blockade by potato farmers": a crowd's protest (events/crowd_blockade)
    if blockade_cleared(tok, onto):
        out.add("blockade_cleared")  # "police cleared a road blockade": a protest's blockade (events/crowd_blockade)
    if crowd_destruction(tok, onto):
        out.add("crowd_destruction")  # "residents torched the machines": a crowd's arson (events/crowd_violence)
    if crowd_lynching(tok, onto):
        out.add("crowd_lynching")  # "residents beat a suspected thief": a mob (events/crowd_lynching)
    if _struck_by_vehicle(tok, onto.cue("vehicle_words"), conj_verbs):
        out.add("by_vehicle")
    if _ground_doer(tok, conj_verbs):
        out.add("ground_doer")
    out |= _own_phrase_marks(tok, onto)
    if _person_struck(tok):
        out.add("person_struck")
    if _fled_from(tok):
        out.add("fled_from")
    if worn_charge(tok):
        out.add("worn_charge")
    if _harm_assault(tok):
        out.add("harm_assault")
    if taken_missing(tok):
        out.add("taken_missing")  # "arrested two citizens, who remain missing" (events/taken_missing)
    if site_overrun(tok, onto):
        out.add("site_overrun")  # "overran a military camp": a battle for the site (events/site_overrun)
    if weapons_handed(tok, onto):
        out.add("weapons_handed")  # "handed over their rifles" (events/weapons_handed)
    if civilian_convoy(tok, onto):
        out.add("civilian_convoy")  # "attacked a fuel convoy", "an ambush on a bus" (events/civilian_convoy)
    out |= _sentence_crowd_marks(tok, onto)
    return frozenset(out)


_SCENE_MARKS = frozenset({"as", "while", "when"})
_WORN_PREPS = frozenset({"under", "beneath", "underneath", "to", "around"})


def worn_charge(tok) -> bool:  # type: ignore[no-untyped-def]
    """The trigger's object is a charge worn on the body: "detonated the explosives hidden under her clothes",
    "set off explosives strapped to his chest" (a phrase of cue worn_garments in the object's phrase)."""
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        for t in obj.subtree:
            if t.dep_ == "prep" and t.lower_ in _WORN_PREPS and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in sense_cue("worn_garments") for o in t.children):
                return True
    return False


def _noun_forms(tok) -> set[str]:  # type: ignore[no-untyped-def]
    """A noun's lemma and its singular read off the word itself: a capitalised plural opening a sentence is often
    parsed as a name and keeps its plural as lemma ("Gunmen", "Attackers")."""
    w = tok.lower_
    return {tok.lemma_.lower(), w[:-3] + "man" if w.endswith("men") else w[:-1] if w.endswith("s") and not w.endswith("ss") else w}
