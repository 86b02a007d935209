"""The acting subject of a verb (:func:`subject_of`), inherited through conj/xcomp/advcl/relcl when absent.

Four steps, tried in this order at each verb of the chain (at most four verbs): the verb's own subject or the noun
its relative clause qualifies (:func:`_own_subject`), the doer of a gerund after a preposition ("accused X of
killing Y": :func:`_gerund_subject`), the subject of an infinitive's or participle clause's host or the object that
controls it ("ordered troops to attack": :func:`_hosted_subject`), and a raised, controlled or inherited subject
(:func:`_inherited_subject`). Read by the roles of each verb (``voice``), events/claimant and events/nominal.
"""
from __future__ import annotations

from sitrep.events.accusation import accused_holding_gerund, relative_accuser, responsibility_claimer
from sitrep.events.believed_doer import believed_subject
from sitrep.events.deps import RELATIVE_WORDS, child, subject
from sitrep.events.frames import (ADJUNCT_PREPS, agent_frames, frame_words, infinitive_host, intent_agent,
                                  object_controller)
from sitrep.events.participants.misread_subject import (SAYING, SPEECH_VERBS, _undergoer_verb, of_noun_gerund, said_aux,
                                                        said_between, tense_mate_relative)
from sitrep.events.roles import misread_tie


def subject_of(v):  # type: ignore[no-untyped-def]
    """The acting subject of verb ``v``, inherited through conj/xcomp/advcl/relcl when absent."""
    if v.dep_ == "acl" and v.tag_ == "VBN" and child(v, "nsubj") is None:
        return None  # "the people killed in the strike": the noun is who underwent it
    cur = v
    for _ in range(4):
        # each step: None, not decided; (True, s): the subject s (None: none); (False, u): go on from verb u
        step = _own_subject(cur) or _gerund_subject(cur) or _hosted_subject(cur) or _inherited_subject(cur, v)
        if step is None:
            return None
        done, got = step
        if done:
            return got
        cur = got
    return None


def _own_subject(cur):  # type: ignore[no-untyped-def]
    """A step of :func:`subject_of`: the subject ``cur`` has (or lacks: a passive), or that of its relative clause."""
    s = subject(cur, "nsubj", "csubj")
    if s is None:
        s = believed_subject(cur)  # "when armed men believed to be members of X opened fire": the men
    if s is not None and s.lower_ not in RELATIVE_WORDS and said_aux(cur, s):
        return True, cur.head if cur.dep_ == "relcl" and cur.head.pos_ in ("NOUN", "PROPN") else None
    if s is not None and s.lower_ not in RELATIVE_WORDS:
        return True, None if relative_accuser(s) else s  # "which the rebels blamed on X": the rebels only say so
    if s is not None and s.lower_ in ("who", "that", "which") and cur.dep_ == "ccomp" and cur.head.dep_ == "relcl" \
            and cur.head.lemma_.lower() in SPEECH_VERBS and cur.head.head.pos_ in ("NOUN", "PROPN"):
        return True, cur.head.head  # "two couriers who Kenya says shot the guard": the couriers; Kenya only says so
    if child(cur, "nsubjpass", "auxpass") is not None:
        return True, None  # "who had been wounded", "after being shot": the subject underwent it
    if cur.dep_ == "relcl":
        rel = child(cur, "nsubj")
        if rel is not None and rel.lower_ in ("which", "who") and rel.i >= 2 and cur.doc[rel.i - 1].text == "," \
                and cur.doc[rel.i - 2].pos_ == "PROPN" and cur.doc[rel.i - 2].i != cur.head.i:
            return True, cur.doc[rel.i - 2]  # "the campaign led by Moscow, which kept shelling": Moscow
        return True, cur.head
    return None


def _gerund_subject(cur):  # type: ignore[no-untyped-def]
    """A step of :func:`subject_of`: the doer of a gerund after a preposition ("accused X of killing Y")."""
    if cur.dep_ == "pcomp" and cur.head.dep_ == "prep":
        doer = of_noun_gerund(cur)
        if doer is not None:  # "after a summer of Varga bombarding the town": Varga
            return True, doer
        slip = accused_holding_gerund(cur)
        if slip is not None:  # "accused the rebels of bombing Y" with "of" hung on the rebels
            return True, slip
        gov = cur.head.head
        frame = agent_frames().get(gov.lower_) or agent_frames().get(gov.lemma_.lower())
        if frame == "accuse":  # "accused X of killing Y", "X was charged with killing Y"
            return True, child(gov, "dobj") or child(gov, "nsubjpass")
        if frame is None and cur.head.lower_ == "for":  # "X claimed responsibility for killing Y"
            claimer = responsibility_claimer(cur.head)
            if claimer is not None:
                return True, claimer
        if frame == "blame_adj":  # "X is responsible for killing Y", "X is engaged in shelling Y"
            return True, child(gov, "nsubj", "nsubjpass") or (child(gov.head, "nsubj", "nsubjpass")
                                                             if gov.dep_ in ("acomp", "oprd") else None)
        if frame == "assist" and cur.head.lower_ == "in" and child(gov, "dobj") is not None:
            return True, child(gov, "dobj")  # "the army helped the militia in killing X": the militia
        if gov.pos_ == "ADJ" and gov.dep_ in ("acomp", "oprd") and gov.head.pos_ in ("VERB", "AUX") \
                and gov.lemma_.lower() in frame_words("gerund_adj"):
            return False, gov.head  # "X was intent on carrying out the killings": X carries them out
        if gov.pos_ in ("VERB", "AUX"):
            pas = child(gov, "nsubjpass")
            if pas is not None and pas.lower_ not in RELATIVE_WORDS \
                    and cur.head.lower_ in ADJUNCT_PREPS:
                return True, pas  # "X was shot dead after stabbing Y": the clause's subject did the stabbing
            return False, gov  # "after capturing X, they ...": the subject of the main verb
    return None


def _hosted_subject(cur):  # type: ignore[no-untyped-def]
    """A step of :func:`subject_of`: the subject of an infinitive's or a participle clause's host verb, or of an
    intent noun, or the object that controls an infinitive ("ordered troops to attack")."""
    host = infinitive_host(cur)
    if host is not None:  # "X were unable to retake the town", "searched the offices in order to kill": X
        return False, host
    if cur.dep_ == "acl" and cur.head.pos_ == "NOUN" and agent_frames().get(cur.head.lemma_.lower()) == "intent":
        return True, intent_agent(cur.head)  # "its efforts to kill X": its; "he claims the right to strike"
    if cur.tag_ == "VBG" and cur.head.pos_ in ("NOUN", "PRON") and cur.left_edge.i > 0 \
            and cur.doc[cur.left_edge.i - 1].text == "," and (
                (cur.dep_ == "conj" and cur.i - cur.head.i <= 3)
                or (cur.dep_ == "acl" and cur.head.dep_ in ("pobj", "dobj", "conj"))):
        # "retook the district with a siege, shelling ...", "tied the hostages up, beating them": a
        # participle clause of the main verb that the parser hung on the object before its comma
        gov = cur.head
        while gov.dep_ not in ("ROOT",) and gov.pos_ not in ("VERB", "AUX"):
            gov = gov.head
        if gov.pos_ in ("VERB", "AUX") and gov is not cur:
            return False, gov
        return True, None
    ctrl = object_controller(cur)
    if ctrl is not None:
        return True, ctrl  # "ordered troops to attack": the troops do it, not who gave the order
    return None


def _inherited_subject(cur, v):  # type: ignore[no-untyped-def]
    """A step of :func:`subject_of`: a raised or controlled subject, or the head that ``cur`` inherits one from."""
    if cur.dep_ == "xcomp" and cur.head.pos_ in ("VERB", "AUX") and (
            cur.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)):
        pas = child(cur.head, "nsubjpass")  # "X are believed to have shot Y", "X were ordered to fire on Y"
        if pas is not None:  # (not "Y were reported killed": a bare participle is the passive's own)
            if pas.lower_ not in RELATIVE_WORDS:
                return True, pas
            # "the rebels, who are thought to have ..."
            return True, cur.head.head if cur.head.dep_ == "relcl" else None
    if cur.dep_ == "xcomp" and cur.tag_ in ("VBD", "VBZ", "VBP", "VBN") and cur.head.lemma_.lower() in SAYING \
            and child(cur, "aux") is None:  # "who police say killed the judge" read as a control verb
        return True, cur.head.head if cur.head.dep_ == "relcl" and cur.head.head.pos_ in ("NOUN", "PROPN") else None
    if cur.dep_ in ("xcomp", "advcl") and cur.head.lemma_.lower() in frame_words("thwart") \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
        return True, None  # "police thwarted a plot to bomb X" with the infinitive hung on "thwarted": not the police
    if cur.dep_ == "conj" and cur.head is not cur and _undergoer_verb(cur.head):
        # "Two soldiers died and ... explosives hit a base", "hit" read as a conjunct: who died did not
        return True, None
    told = said_between(cur)
    if told is not None:  # "opened fire on drinkers, police said, killing three": the gunmen, not the police
        return False, told
    rel = tense_mate_relative(cur)
    if rel is not None:  # "are hunting for gunmen who stormed a tavern ... and opened fire": the gunmen opened it
        return False, rel
    if cur.dep_ in ("conj", "xcomp", "advcl", "acl") and cur.head is not cur:
        if cur.head.pos_ not in ("VERB", "AUX"):
            return True, cur.head if v.dep_ == "acl" else None
        return False, cur.head
    if cur.dep_ == "dep":
        tied = subject(cur.head, "nsubj")
        if tied is not None and misread_tie(tied):  # "Insurgents linked to X beheaded ...", the deed left
            return True, tied  # hanging as "dep" of the participle read as the main verb: the insurgents
    return None
