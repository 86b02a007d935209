"""**Protest words** used of armed forces, police or skills: no protest.

Decides: people marched by captors ("the prisoners were marched to a camp"); armed forces marching ("troops marched
into the town", ``marching_forces``, ``parade_words``); a crowd pushed back by police (``crowd_push_verbs``,
``crowd_push_objects``, ``police_doer_words``); a blow of crowd-control kit ("struck by a tear gas canister"); a skill
demonstrated (``shown_things``); troops deployed for relief (``relief_sending_verbs``, ``relief_purpose_verbs``); a
side agreeing to join an action (``joined_action_verbs``, ``protest_actions``); an occupation by armed forces, no
sit-in (events/occupation). Evidence: data/event_sense_cues.tsv. Tests: tests/test_events_word_senses.py,
tests/test_subtypes8.py, tests/test_subtypes12.py, tests/test_terror_roles.py, tests/test_protests12.py,
tests/test_quiet_precision6.py.
"""
from __future__ import annotations

from sitrep.events.cues import sense_cue
from sitrep.events.deps import child
from sitrep.events.occupation import OCCUPY_LEMMAS, civil_occupation
from sitrep.events.word_senses.common import _lem


def relief_deployment(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "The army deployed 6,000 soldiers and helicopters to rescue families stranded on rooftops": a verb of
    ``relief_sending_verbs`` whose purpose ("to" + a verb of ``relief_purpose_verbs``) is rescue or relief sends
    forces to a disaster, no change in an armed group's activity (branch precision16, quiet_reports10 w07)."""
    if tok.pos_ != "VERB" or _lem(tok) not in sense_cue("relief_sending_verbs"):
        return False
    purposes = sense_cue("relief_purpose_verbs")
    if any(c.dep_ in ("advcl", "xcomp") and _lem(c) in purposes
           and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children) for c in tok.children):
        return True
    doc = tok.doc  # the parse may take "to rescue families" for a preposition and a noun compound
    return any(c.tag_ == "TO" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ in purposes for c in tok.children)


def skill_shown(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "The recruits demonstrated their skills", "demonstrated its ability to strike": "demonstrate" with a thing
    shown as its object (``shown_things``) is showing, no protest."""
    if tok.pos_ != "VERB" or _lem(tok) != "demonstrate":
        return False
    obj = child(tok, "dobj")
    return obj is not None and _lem(obj) in sense_cue("shown_things")


def crowd_moved(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "Police moved in, pushing the crowd back from the parliament steps", "drove the marchers back": a crowd
    pushed back by police (a verb of ``crowd_push_verbs`` whose object is a word of ``crowd_push_objects``) is
    dispersed, no front line pushed back (no battle, no territory regained)."""
    if tok.pos_ != "VERB" or _lem(tok) not in sense_cue("crowd_push_verbs"):
        return False
    obj = child(tok, "dobj")
    if obj is None:
        return False
    return _lem(obj) in sense_cue("crowd_push_objects") or (obj.lower_ == "them" and police_pushing(tok))


def police_pushing(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "Police pushed them back with shields": the police (cue ``police_doer_words``) as the subject of a push
    "back" (a particle): a crowd moved on, whoever "them" are in the sentence before."""
    subj = child(tok, "nsubj")
    back = any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in tok.children)
    return back and subj is not None and _lem(subj) in sense_cue("police_doer_words")


_BLOW_VERBS = frozenset({"strike", "hit"})


def struck_by_kit(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "He had been struck by a tear gas canister", "hit by a rubber bullet": a blow of crowd-control kit
    (:func:`sitrep.events.munitions.less_lethal`), no strike of artillery; the force it tells is the protest's."""
    from sitrep.events.munitions import less_lethal

    if tok.pos_ != "VERB" or _lem(tok) not in _BLOW_VERBS:
        return False
    agent = child(tok, "agent")
    obj = child(agent, "pobj") if agent is not None else None
    return obj is not None and less_lethal(obj)


def _passive(verb) -> bool:  # type: ignore[no-untyped-def]
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def forced_march(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "The prisoners were marched to a camp", "deported, massacred or marched to their deaths", "marched the
    hostages into the forest": people made to march (a passive, a march "to their death", people as its object), no
    protest march."""
    if _lem(tok) != "march" or tok.pos_ != "VERB":
        return False
    if _passive(tok) or (tok.dep_ == "conj" and tok.tag_ == "VBN" and _passive(tok.head)) or (
            tok.dep_ == "conj" and tok.head.dep_ == "conj" and tok.tag_ == "VBN" and _passive(tok.head.head)):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(_lem(g) in ("death", "grave") for g in c.children)
           for c in tok.children):
        return True
    # "the attackers marched the worshippers into the bush": people marched by others (not "marched the streets")
    from sitrep.events.people_object import person_nouns

    obj = child(tok, "dobj")
    # a body of people too ("marched the congregation into the forest": cue ``people_bodies``), or people told by a
    # pronoun ("rounded up the villagers and marched them towards the border": a route is no pronoun)
    return obj is not None and (_lem(obj) in (person_nouns() | sense_cue("people_bodies")) or obj.lower_ in _PEOPLE_PRONOUNS)


_PEOPLE_PRONOUNS = frozenset({"them", "him", "her", "us", "me"})


def forces_marched(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "Sailors marched past crowds on the embankment", "troops marched into the town": a march whose subject is a
    member or body of armed forces (cue ``marching_forces``, the subject or the noun its "of" phrase names: "columns
    of troops") is a parade or a movement, no protest (branch precision19, quiet_reports13 z20); so is a march "in"
    or "at the head of" a parade (cue ``parade_words``: quiet_reports2 r02)."""
    if _lem(tok) != "march" or tok.pos_ != "VERB":
        return False
    if any(o.dep_ == "pobj" and _lem(o) in sense_cue("parade_words") for p in tok.children if p.dep_ == "prep"
           for o in [*p.children, *(x for c in p.children for q in c.children if q.dep_ == "prep" for x in q.children)]):
        return True  # "marched in uniform at the head of the parade"
    subj = child(tok, "nsubj")
    if subj is None and tok.dep_ == "conj":
        subj = child(tok.head, "nsubj")
    if subj is None:
        return False
    forces = sense_cue("marching_forces")
    inner = [o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return all(_lem(s) in forces for s in [subj, *subj.conjuncts]) or any(_lem(o) in forces for o in inner)


_PROTEST_ACTIONS = sense_cue("protest_actions")


def action_joined(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "transport unions had agreed to join", "the teachers agreed to take part in the march": "agree" completed by
    joining an action (cue ``joined_action_verbs``, "take part"), whose subject is a union or people who go on strike
    (``striking_people``) or whose object is a protest or a strike, is a side taking part in a protest, no agreement
    between conflict parties (ACLED Agreement: a ceasefire, a peace deal, a prisoner exchange); branch protests12."""
    if tok.pos_ != "VERB" or _lem(tok) != "agree":
        return False
    comp = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if comp is None:
        return False
    take_part = _lem(comp) == "take" and any(c.dep_ == "dobj" and c.lower_ == "part" for c in comp.children)
    if not (take_part or _lem(comp) in sense_cue("joined_action_verbs")):
        return False
    subj = child(tok, "nsubj")
    if subj is not None and (_lem(subj) in sense_cue("striking_people") or _lem(subj) in ("union", "unionist")):
        return True
    objs = [o for o in comp.subtree if o.dep_ in ("dobj", "pobj")]
    return any(_lem(o) in _PROTEST_ACTIONS for o in objs)


def armed_occupation(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "troops occupied the town", "the occupation of the north": "occupy" / "occupation" of anyone but civilians
    holding a sit-in (events/occupation) names no protest; branch protests12."""
    return _lem(tok) in OCCUPY_LEMMAS and not civil_occupation(tok)
