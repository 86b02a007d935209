"""Roles: who acted and who was acted on in an event's clause (actor1, actor2, associates).

Read off the parse through voice, prepositions and nominal triggers (:func:`read_roles`), then turned
into canonical actors (:func:`assign_actors`): coordinated agents, appositions, pronouns and "those
forces" pointing back to an actor named before.
"""
from __future__ import annotations

import dataclasses
from typing import Optional

from sitrep.events import actor_conf
from sitrep.events.accusation import accused_holding_gerund, pronoun_deed_accused, relative_accuser, relative_blame, responsibility_claimer
from sitrep.events.doer_antecedent import bare_forces_hit, from_victims_state, told_side, victims_country
from sitrep.events.antecedents import (PRONOUNS, UNNAMED_ROLES, anaphoric_forces, antecedent, deed_doer_before,
                                       group_antecedent, members_of_told_group, pointing_group_noun,
                                       leader_forces, named_in_own_clause, own_unit_name, owned_forces,
                                       pronoun_patient)
from sitrep.events.believed_doer import believed_subject
from sitrep.events.struck_device import struck_device
from sitrep.events.claims import credit_claims
from sitrep.events.crowd_violence import protest_grievance
from sitrep.events.demonstrative_groups import demonstrative_doer, demonstrative_plural
from sitrep.events.deps import RELATIVE_WORDS, child, no_one_tok, passive_after_active, pobj, subject
from sitrep.events.repelled_attack import attackers_again, repelled_attack
from sitrep.events.repelled_men import doer_named, repelled_men
from sitrep.events.merge_tellings import same_phrase
from sitrep.events.met_crowd import met_crowd_sides
from sitrep.events.compound_doer import compound_doer
from sitrep.nlp.severed_result import severed_object, severed_subject
from sitrep.events.fight_opponent import fight_opponent
from sitrep.events.interception_sides import interception_sides
from sitrep.events.forces_site import forces_site
from sitrep.events.frames import (ADJUNCT_PREPS, agent_frames, blamed_on, denied_doing, frame_words, infinitive_host,
                                  intent_agent, object_controller, support_verb)
from sitrep.events.nominal import (ATTACKER_TRIGGERS, Roles, between_sides, framing_deed_doer, hands_of, noun_roles,
                                   paired_between, participle_by, pronoun_doer, relative_doer, self_name,
                                   stray_by)
from sitrep.events.ontology import Ontology, load_ontology
from sitrep.events.prepared_deed import prepared_deed_doer
from sitrep.events.relative_deed import deed_of_relative
from sitrep.events.reported_pronoun import reported_doer
from sitrep.events.roles import ActorFinder, lemma, misread_tie, np_tokens, self_styled
from sitrep.events.shared_patient import raised_object, shared_passive_subject
from sitrep.events.site_name import site_name_victim
from sitrep.events.suffered_wounds import SUFFER_VERBS
from sitrep.events.takeover_opponent import fought_side
from sitrep.events.triggers import BACKING, Group, Trigger, consequence_subject
from sitrep.events.under_fire_roles import under_attack_roles, under_fire_roles
from sitrep.events.unnamed_attackers import (attacker_not_civilians, men_of_no_country, men_told_before,
                                              person_by_agent)
from sitrep.events.victim_nouns import (aimed_at, carried_people, civilian_marked, civilian_modifier, deed_relation, fight_killed, left_harmed, stray_hit,
                                       own_blast, person_not_place, person_not_state, person_noun, person_patient,
                                       who_died_in)
from sitrep.events.victim_pronoun import people_between
from sitrep.events.when_doer import when_clause_doer
from sitrep.geo.recognize import is_dateline
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, Analysis, EventMention, Place, Span
from sitrep.nlp.doctext import doc_ents, doc_text

__all__ = ["read_roles", "assign_actors", "armed_branch", "credit_claims", "subject_of"]

# verbs whose subject only relays what happened ("the monitor reported clashes", "witnesses described shelling")
SOURCE_VERBS = frozenset({"report", "say", "tell", "describe", "cite", "quote", "document", "record",
                          "see", "witness", "hear", "watch", "observe", "film", "photograph"})
# verbs of saying that may stand between a relative word and the deed it is the subject of ("who X says shot Y")
SPEECH_VERBS = frozenset({"say", "claim", "allege", "believe", "think", "suspect", "report", "accuse", "insist"})
SAYING = SPEECH_VERBS - {"claim", "accuse", "insist"}  # "he claims to have killed": the claimer did it
SYMMETRIC = ("battles.armed_clash", "plover.consult", "sd.agreement")


REDUCED_PASSIVE = frozenset({"kill", "wound", "injure", "capture", "hit", "destroy", "arrest", "abduct"})


def reduced_passive(v) -> bool:  # type: ignore[no-untyped-def]
    """ "and 30 fighters killed": a past participle with a subject but no auxiliary or object is passive."""
    return (v.tag_ == "VBN" and v.lemma_.lower() in REDUCED_PASSIVE and child(v, "nsubj") is not None
            and child(v, "aux", "auxpass", "dobj") is None)


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


def said_between(v):  # type: ignore[no-untyped-def]
    """The reported clause's verb that a participle clause ``v`` goes with when a speech tag stands between them:
    "Two men ... opened fire on drinkers, police said, killing three" (the parser hangs "killing" on "said"; the
    killing is the reported deed's, done by its subject, not by the speaker; branch precision20, quiet_reports14 k18).
    None otherwise."""
    head = v.head
    if v.dep_ != "advcl" or v.tag_ != "VBG" or head.lemma_.lower() not in SAYING:
        return None
    return next((c for c in head.children if c.dep_ == "ccomp" and c.i < head.i), None)


def tense_mate_relative(v):  # type: ignore[no-untyped-def]
    """The relative clause verb that a past conjunct ``v`` goes with when the parser hung it on a progressive head
    instead: "Police are hunting for gunmen who stormed a tavern ... and opened fire on patrons" ("opened" parsed as
    the conjunct of "are hunting"; it shares the tense of "stormed", told between the two, and not that of "are
    hunting"). None otherwise."""
    head = v.head
    if v.dep_ != "conj" or v.tag_ != "VBD" or head.tag_ != "VBG" or any(c.dep_ == "nsubj" for c in v.children):
        return None
    if not any(a.dep_ == "aux" and a.lemma_.lower() == "be" and a.tag_ in ("VBZ", "VBP") for a in head.children):
        return None
    rels = [t for t in v.doc[head.i + 1:v.i] if t.dep_ == "relcl" and t.tag_ == "VBD"
            and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in t.children)
            and head in t.ancestors]
    return rels[0] if len(rels) == 1 else None


def _undergoer_verb(v) -> bool:  # type: ignore[no-untyped-def]
    """``v`` is a verb whose subject undergoes it, counted as people dead, displaced or missing ("died", "perished":
    data/figure_lexicon.tsv verbs marked ``subj``): a conjunct verb does not take that subject as its doer (issue 16,
    branch actors5)."""
    from sitrep.nlp.figures import figure_lexicon

    row = figure_lexicon().verbs.get(v.lemma_.lower())
    return v.pos_ in ("VERB", "AUX") and row is not None and row[1] == "subj" and row[0] != "-"


def of_noun_gerund(v):  # type: ignore[no-untyped-def]
    """ "after months of the militia shelling the town": a gerund right after the object of an "of" that the parser
    hung on an outer preposition; the noun before it is its subject (as "footage of police beating X", parsed with the
    gerund on the noun, reads it). None otherwise."""
    if v.tag_ != "VBG" or v.i == 0 or v.left_edge.i != v.i:
        return None
    noun = v.doc[v.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    return noun


def said_aux(v, s) -> bool:  # type: ignore[no-untyped-def]
    """ "two couriers who Kenya say shot the guard" parsed with "say" as an auxiliary of "shot" and Kenya its
    subject: a relative word just before subject ``s`` and a verb of saying between ``s`` and verb ``v``. The one
    who says is not the doer; the noun the relative clause qualifies is."""
    doc = v.doc
    lo = s.left_edge.i
    return lo > 0 and doc[lo - 1].lower_ in RELATIVE_WORDS and any(
        c.dep_ == "aux" and s.i < c.i < v.i and c.lemma_.lower() in SPEECH_VERBS for c in v.children)


def condemns(v, primary: Trigger, group: Group) -> bool:  # type: ignore[no-untyped-def]
    """``v`` is a non-violent trigger of the group ("condemned", "denounced", "investigated") taking the violent event
    noun ``primary`` as its object, and no support verb ("launched", "claimed"): its subject speaks about the deed."""
    if primary.tok.pos_ == "VERB" or primary.tdef.event_type not in VIOLENT_EVENT_TYPES:
        return False
    own = [t for t in group.triggers if t.tok.i == v.i]
    if not own or any(t.tdef.event_type in VIOLENT_EVENT_TYPES for t in own):
        return False
    return primary.tok.head.i == v.i and primary.tok.dep_ in ("dobj", "obj") \
        and not support_verb(v, primary.tok, True)


def place_span(ref: ActorRef, places: list[Place], doc) -> bool:  # type: ignore[no-untyped-def]
    """The phrase read as ``ref`` is exactly a place the place layer found (free text named after a town), and no
    people ("the massacre of Christians": a people, whatever the gazetteer makes of the word)."""
    sp = ref.span
    if sp is None or not any(p.span.start == sp.start and p.span.end == sp.end for p in places):
        return False
    words = doc.char_span(sp.start, sp.end, alignment_mode="expand")
    return words is not None and not any(t.ent_type_ == "NORP" for t in words)


def _sent_ents(tok) -> list:  # type: ignore[no-untyped-def,type-arg]
    """``tok.sent.ents`` from the Doc's cached entities (``Span.ents`` builds a Span per entity of the Doc)."""
    sent = tok.sent
    return [x for x in doc_ents(tok.doc) if x.start >= sent.start and x.end <= sent.end]


def is_place_tok(tok, places: list[Place], country_ok: bool) -> bool:  # type: ignore[no-untyped-def]
    if tok.ent_type_ == "NORP" and tok.tag_ == "NNPS" or (tok.ent_type_ == "NORP" and tok.lower_.endswith("ans")):
        return False  # "the massacre of Christians": a people in the plural, whatever the gazetteer makes of it
    person = [x for x in _sent_ents(tok) if x.start <= tok.i < x.end and x.label_ == "PERSON" and len(x) >= 2] \
        if tok.ent_type_ == "PERSON" else []  # (only the token's own entity can hold it)
    toks = np_tokens(tok)
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    for p in places:
        if p.span.start < e and s < p.span.end and tok.idx >= p.span.start - 1:
            if person and person[0].start_char <= p.span.start and p.span.end < person[0].end_char:
                return False  # "the shooting of Sharon Brooks": the gazetteer's town is part of a person's name
            return not (country_ok and p.precision == "country")
    if tok.lemma_.lower() in ("town", "city", "village", "area", "district", "province", "highway", "road", "region",
                              "suburb", "neighbourhood", "neighborhood", "outskirts", "hamlet", "countryside",
                              "crossroads", "junction", "position", "post", "base"):
        return tok.lemma_.lower() not in ("position", "post", "base")
    return False


def _placed_agent(tok, places: list[Place], onto) -> bool:  # type: ignore[no-untyped-def]
    """ "A Knoxville police officer shot ...": an armed agent noun whose place name only says where it serves (the
    place ends before the head noun); the officer acted, not the town."""
    if lemma(tok) not in onto.cue("agent_heads") - onto.cue("civilian_words"):
        return False
    toks = np_tokens(tok)
    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return any(p.span.start < e and s < p.span.end for p in places) and all(
        p.span.end <= tok.idx for p in places if p.span.start < e and s < p.span.end)


def gapped_by(v):  # type: ignore[no-untyped-def]
    """The by-phrase of a later passive conjunct that has no auxiliary of its own, so shares ``v``'s ("were killed and
    houses burned by the militia", parsed with "burned" on "houses" or as a verb of its own): its doer is ``v``'s
    too. A conjunct with an auxiliary of its own ("and their homes were looted by X") tells its own clause."""
    for c in v.conjuncts:
        if c.i <= v.i:
            continue
        hosts = [c] if c.pos_ == "VERB" else [a for a in c.children if a.dep_ == "acl" and a.pos_ == "VERB"]
        for h in hosts:
            if h.tag_ == "VBN" and child(h, "agent") is not None and child(h, "aux", "auxpass") is None:
                return pobj(h, "by")
    return None


@dataclasses.dataclass
class RoleClause:
    """What :func:`read_roles` reads of one clause: its triggers, the verbs whose arguments are read, the places."""
    group: Group
    primary: Trigger
    places: list
    trig_heads: set
    trig_toks: set
    territorial: bool
    harms_people: bool
    verbs: list
    trig_verbs: list
    rejecters: set


def _role_clause(group: Group, primary: Trigger, places: list[Place]) -> RoleClause:
    """The clause's trigger tokens and the verbs to read: the triggers' verbs and the head verb (not a source verb)."""
    trig_heads = {t.tok.i for t in group.triggers}
    trig_toks = trig_heads | {d.i for t in group.triggers for d in t.dep_toks}
    code = primary.tdef.code
    territorial = code in ("battles.nsa_overtakes", "battles.gov_regains", "sd.nonviolent_transfer")
    harms_people = primary.tdef.event_type in VIOLENT_EVENT_TYPES or primary.tdef.event_type == "Protests"
    verbs = [t.tok for t in group.triggers if t.tok.pos_ == "VERB"]
    trig_verbs = list(verbs)
    rejecters = {t.tok.i for t in group.triggers if t is not primary and t.tdef.plover == "REJECT"}
    if group.head.pos_ in ("VERB", "AUX") and group.head not in verbs and group.head.lemma_.lower() not in SOURCE_VERBS:
        verbs.append(group.head)
    return RoleClause(group, primary, places, trig_heads, trig_toks, territorial, harms_people, verbs, trig_verbs,
                      rejecters)


def read_roles(group: Group, primary: Trigger, places: list[Place]) -> Roles:
    """actor1/actor2 tokens of a clause through voice, prepositions and nominal triggers.

    The subject of a reporting verb that governs a nominal trigger is the source, not the actor
    ("state media reported clashes"); "announced an offensive", "claimed the attack" keep theirs.
    The stages below read, in order: a nominal trigger's own roles, each verb's doer and undergoer, then the
    last-resort doers and targets of the whole clause."""
    r = Roles()
    cl = _role_clause(group, primary, places)
    _nominal_trigger_roles(cl, r)
    for v in ([primary.tok] if primary.tok in cl.verbs else []) + [v for v in cl.verbs if v is not primary.tok]:
        if stray_hit(v) and any(t.tok.i != v.i for t in group.triggers):
            continue  # "a boy was hit by a stray bullet during the gunfight": a bystander, in the toll, no side
        _verb_roles(v, cl, r)
    _attackers_repelled(cl, r)
    _force_on_marchers(cl, r)
    if r.patient is not None and r.patients:
        killed_first(r)  # "killing two police officers and wounding nine people": the officers
    _clause_doer(cl, r)
    _clause_target(cl, r)
    if r.agent is not None and r.agent.i not in cl.trig_heads and consequence_subject(r.agent):
        r.agent = None  # "the shooting of three guards sparked protests": a deed of its own, no protester
    return r


def _attackers_repelled(cl: RoleClause, r: Roles) -> None:
    """"troops repelled an attack by X": X attacked, the troops were attacked (events/repelled_attack.py)."""
    for v in cl.trig_verbs:
        got, men = repelled_attack(v), None
        if got is None and cl.primary.tdef.event_type == "Battles":  # (never "police pushed them back": a crowd)
            got = repelled_men(v)  # "officers fought them off": the object attacked (events/repelled_men.py)
            men = got[0] if got is not None else None
        if got is not None:
            doer = None if men is not None and not doer_named(men) else got[0]
            r.agent, r.agent_how, r.extra_agents, r.agent_refs = doer, "by", [], []  # the subjects defended
            kept = [p for p in [r.patient, *r.patients] if p is not None and p.i not in (got[0].i, v.i)
                    and not (got[1] is not None and p.i == got[1].i) and p.head.i != v.i and not attackers_again(p)]
            r.patient, r.patients = (got[1], kept) if got[1] is not None else (kept[0] if kept else None, kept[1:])
            return


def _force_on_marchers(cl: RoleClause, r: Roles) -> None:
    """"Soldiers opened fire on a crowd of traders protesting": the force's subject did it, the crowd underwent it
    (events/met_crowd.py)."""
    if cl.primary.tdef.event_type != "Protests":
        return
    sides = met_crowd_sides(cl.primary.tok)
    if sides is not None:
        r.agent, r.agent_how, r.extra_agents, r.agent_refs = sides[0], "subject", [], []
        r.patient = sides[1]


def _nominal_trigger_roles(cl: RoleClause, r: Roles) -> None:
    """The roles a noun trigger carries itself: its doer ("a suicide bomber"), its of-phrase or civilian modifier
    as victim, or the sides of symmetric talks."""
    primary, group = cl.primary, cl.group
    if primary.tok.pos_ != "VERB" and primary.tok.lemma_.lower() in ATTACKER_TRIGGERS:
        r.agent, r.agent_how = primary.tok, "subject"  # "a Taliban suicide bomber killed 20": the trigger names its doer
    if primary.tok.pos_ != "VERB":
        noun_roles(primary.tok, r)
        if r.patient is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:
            r.patient = pobj(primary.tok, "of")  # "the killing of three residents", "the shooting of X"
        if r.patient is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:
            r.patient = civilian_modifier(primary.tok)  # "the civilian killings": civilians were killed
        if r.agent is None and r.patient is None and primary.tdef.code in SYMMETRIC and group.head.i != primary.tok.i:
            between_sides(group.head, r)  # "talks ended between X and Y"


def _verb_roles(v, cl: RoleClause, r: Roles) -> None:  # type: ignore[no-untyped-def]
    """The doer and undergoer one verb of the clause gives, each decision in a stage of its own, in this order."""
    agent, shared_agent = _by_phrase_doer(v)
    passive, subj = _subject_and_undergoer(v, cl, agent, shared_agent)
    subj = _subject_says_nothing(v, cl, subj)
    agent, passive, subj = _victim_frames(v, cl, agent, passive, subj)
    subj = _subject_cleared(v, cl, subj)
    agent, passive, subj = _blame_frames(v, cl, r, agent, passive, subj)
    _take_doer(v, cl, r, agent, subj)
    _take_undergoer(v, cl, r, passive)
    _other_side_or_taker(v, cl, r)


def _by_phrase_doer(v):  # type: ignore[no-untyped-def]
    """The doer a verb's by-phrase (or one it shares, or "at the hands of") names, and whether it is shared with a
    later passive conjunct."""
    agent = pobj(v, "by") if child(v, "agent") is not None else None
    shared_agent = False
    for c in (v.conjuncts if agent is None and v.tag_ in ("VBN", "VBD") and child(v, "dobj", "aux", "auxpass") is None
              else ()):  # "killed and beheaded by militants"
        if c.i > v.i and c.tag_ == "VBN" and child(c, "agent") is not None and child(c, "nsubj", "nsubjpass") is None \
                and not passive_after_active(v, c):
            agent, shared_agent = pobj(c, "by"), True
            break
    if agent is None and child(v, "auxpass") is not None:
        agent = gapped_by(v)  # "14 villagers were killed and houses burned by the militia": one by-phrase for both
    if agent is None and v.lemma_.lower() == "shell":  # "shelling by X" parsed as a verb with a prep
        agent = pobj(v, "by")
    if agent is None and child(v, "nsubjpass", "auxpass") is not None:
        agent = stray_by(v)  # "were shot dead outside their house by X": the by-phrase hung on a word after the verb
    if agent is None and (child(v, "nsubjpass", "auxpass") is not None or v.lemma_.lower() == "die"):
        agent = hands_of(v)  # "were killed at the hands of X"
    return agent, shared_agent


def _subject_and_undergoer(v, cl: RoleClause, agent, shared_agent: bool):  # type: ignore[no-untyped-def]
    """A verb's subject (its doer) and passive subject (its undergoer), through reduced passives, shared by-phrases
    and the deed a relative clause hangs on."""
    passive = child(v, "nsubjpass")
    subj = severed_subject(v) or subject_of(v)  # "gunmen on a motorcycle shot dead a woman": the subject of "dead"
    if subj is None:
        subj = compound_doer(v)  # "A Dawlah Islamiyah sniper shot dead ...": "sniper shot" read as one noun
    deed = deed_of_relative(v) if subj is not None and subj.i == v.head.i else None
    if deed is not None:  # "the ambush on a convoy of the X army that killed five": the ambush killed, not X
        subj = deed if deed.i in cl.trig_heads else None
    if passive is None and shared_agent and child(v, "nsubj") is not None:
        passive, subj = child(v, "nsubj"), None  # "a soldier killed and beheaded by X": the by-phrase is shared
    if passive is None and reduced_passive(v):
        passive, subj = child(v, "nsubj"), None  # "12 soldiers killed": the soldiers are the victims
    if passive is None and agent is not None and v.dep_ == "acl" and v.tag_ == "VBN" \
            and v.lemma_.lower() not in BACKING:
        passive = v.head  # "a soldier killed by militants": the noun is the victim ("forces backed by strikes": not)
    if passive is None and subj is None:
        passive = shared_passive_subject(v)  # "were seized, beaten and executed": each verb's victim
    return passive, subj


def _subject_says_nothing(v, cl: RoleClause, subj):  # type: ignore[no-untyped-def]
    """A subject that only names the deed or governs it without saying who did it is dropped."""
    primary = cl.primary
    if subj is not None and primary.tok.dep_ == "oprd" and primary.tok.head.i == v.i and child(v, "dobj") is not None:
        subj = None  # "the police called it an assault": who names the deed did not do it
    if subj is not None and v.i == cl.group.head.i and v not in cl.trig_verbs and subj.i not in cl.trig_heads \
            and not support_verb(v, primary.tok, primary.tdef.event_type in VIOLENT_EVENT_TYPES):
        subj = None  # "Turkey is reeling from attacks": the verb says nothing of who attacked
    return subj


def _victim_frames(v, cl: RoleClause, agent, passive, subj):  # type: ignore[no-untyped-def]
    """Frames whose subject is the victim, not the doer: found dead, died of wounds, came under fire."""
    primary = cl.primary
    if v is primary.tok and primary.pattern.head == "find" and primary.pattern.deps == ("dead",):
        # "police found X dead with stab wounds" (events/toll_found_dead.found_slain): who found the body did not kill
        subj = None
        passive = passive or child(v, "dobj") or child(primary.dep_toks[0], "nsubj")
    if v is primary.tok and (primary.pattern.head in ("die", "succumb") or (
            primary.pattern.head in SUFFER_VERBS and primary.pattern.deps == ("wound",))):
        passive, subj = passive or child(v, "nsubj"), None  # "X died of (sustained) gunshot wounds", "X died in a
        # fire": who dies is the victim
    if subj is not None and agent is None and struck_device(v, primary.tok):
        passive, subj = passive or subj, None  # "their minibus struck a roadside bomb": the bomb's victim (struck_device)
    fired_on = under_fire_roles(primary) if v is primary.tok else None
    if fired_on is None and v is not primary.tok and primary.tok.dep_ == "pobj":
        fired_on = under_attack_roles(primary.tok, v)  # "the base came under attack by X": X attacked the base
    if fired_on is not None:  # "a patrol came under fire from gunmen": the patrol was shot at, the gunmen shot
        agent, passive, subj = fired_on[0], fired_on[1], None
    return agent, passive, subj


def _subject_cleared(v, cl: RoleClause, subj):  # type: ignore[no-untyped-def]
    """A subject that denies, rejects or condemns the deed, or is no one, is not its doer."""
    primary = cl.primary
    if subj is not None and v is not primary.tok and denied_doing(v, primary.tok):
        subj = None  # "X did not carry out the attack": the attack happened, X is cleared of it
    if subj is not None and v.i in cl.rejecters and primary.tdef.event_type in VIOLENT_EVENT_TYPES:
        subj = None  # "X denied any role in the bombing": who rejects a part in the deed is not its doer
    if subj is not None and no_one_tok(subj):
        subj = None  # "no group has claimed the attack", "nobody fired": no one is no actor
    if subj is not None and v is not primary.tok and condemns(v, primary, cl.group):
        subj = None  # "the government condemned the bombing": who judges a deed did not do it
    return subj


def _blame_frames(v, cl: RoleClause, r: Roles, agent, passive, subj):  # type: ignore[no-untyped-def]
    """Blame told of the deed: who blames only accuses; the one blamed is its doer (or the accused target)."""
    primary = cl.primary
    rel_blame = relative_blame(v) if v is primary.tok else None
    if rel_blame is not None:  # "the bombing, which the rebels blamed on the army": rebels accuse the army
        agent, passive, subj = None, None, rel_blame[1]
        r.patient = r.patient or rel_blame[2]
    if v is primary.tok and r.patient is None and pronoun_deed_accused(v) is not None:
        r.patient = pronoun_deed_accused(v)  # "the army blamed it on the rebels": the rebels are accused
    blamed, doer = blamed_on(v, primary.tok) if primary.tok.pos_ != "VERB" else (False, None)
    if blamed:  # "officials blamed the bombing on X": the officials only say who did it
        subj = None
        if doer is not None and r.agent is None:
            r.agent, r.agent_how = doer, "accused"
        if r.patient is not None and doer is not None and r.patient.i == doer.i:
            r.patient = None  # the parser hung "on X" on the deed: X is its doer, not its target
    return agent, passive, subj


def _take_doer(v, cl: RoleClause, r: Roles, agent, subj) -> None:  # type: ignore[no-untyped-def]
    """The clause's doer, when none is read yet: the by-phrase's, else the subject (a deed noun's own doer)."""
    if agent is not None and agent.i in cl.trig_heads:  # "backed by air strikes from the coalition"
        sub = Roles()
        noun_roles(agent, sub)
        agent = sub.agent
    if r.agent is None:
        if agent is not None:
            r.agent, r.agent_how = agent, "by"
        elif subj is not None:
            if subj.i in cl.trig_heads:
                sub = Roles()
                noun_roles(subj, sub)
                r.agent, r.agent_how = sub.agent, sub.agent_how
                r.patient = r.patient or sub.patient
                if r.agent is None and subj.lemma_.lower() in ATTACKER_TRIGGERS | {"gunman"}:
                    r.agent, r.agent_how = subj, "subject"  # "two suicide bombers blew themselves up": they did
            else:
                r.agent = subj
                r.agent_how = "subject" if subj.head.i == v.i else "inherited"


def _take_undergoer(v, cl: RoleClause, r: Roles, passive) -> None:  # type: ignore[no-untyped-def]
    """The verb's undergoer (passive subject or object) as the clause's target, or one more target."""
    if passive is None and v.dep_ == "acl" and v.tag_ == "VBN" and child(v, "nsubj") is None \
            and v.lemma_.lower() not in BACKING:
        passive = v.head  # "people killed in the strike"
    obj = passive if passive is not None else child(v, "dobj")
    if obj is None:
        obj = raised_object(v)  # "shelling and looting the market": the object written once
    if obj is None:
        obj = severed_object(v)  # "gunmen on a motorcycle shot dead a woman": the object of "dead"
    if obj is not None and passive is None and v not in cl.trig_verbs and deed_relation(obj, cl.trig_heads):
        obj = None  # "hunting the authors of the bombing": who the deed's noun phrase names, not its victim
    if obj is not None and cl.primary.tdef.event_type == "Protests" and protest_grievance(obj, load_ontology()):
        obj = None  # "marched to protest the killing of ten workers": the workers are no target of the march
    if obj is not None and obj.i in cl.trig_toks and not (obj.i not in cl.trig_heads and cl.harms_people
                                                           and person_noun(obj)):
        # "killed two protesters" read as one trigger ("kill +protester"): the protesters stay its victims
        sub = Roles()
        noun_roles(obj, sub)
        obj = sub.patient
    if obj is not None and not (r.agent is not None and obj.i == r.agent.i):  # "indicted X for the shooting"
        if r.patient is None:
            r.patient = obj
        else:
            r.patients.append(obj)


def _other_side_or_taker(v, cl: RoleClause, r: Roles) -> None:  # type: ignore[no-untyped-def]
    """The other side of symmetric talks ("held talks with X"); who took a place that "fell" ("fell to X")."""
    if r.patient is None and cl.primary.tdef.code in SYMMETRIC:
        r.patient = pobj(v, "with", "against", "to")
        for t in cl.group.triggers:  # "held talks with X"
            for d in [t.tok, *t.dep_toks]:
                r.patient = r.patient or pobj(d, "with") or paired_between(d)
    if cl.territorial and v.lemma_.lower() == "fall" and r.agent is not None and is_place_tok(r.agent, cl.places, False):
        r.agent, r.agent_how = pobj(v, "to"), "by"


def _clause_doer(cl: RoleClause, r: Roles) -> None:
    """Last-resort doers of the clause when no verb named one (relative, pronoun, framing deed, opponent), and
    the doers coordinated with the one read."""
    primary = cl.primary
    if r.agent is None and primary.tok.pos_ != "VERB":
        r.agent, r.agent_how = relative_doer(primary.tok), "subject"  # "the attack that X carried out" (last resort)
    if r.agent is None and primary.tok.pos_ != "VERB":
        r.agent, r.agent_how = pronoun_doer(primary.tok), "subject"  # "the massacre ..., and X carried it out"
    clause = primary.tok.head if primary.tok.dep_ in ("nsubj", "nsubjpass") else cl.group.head
    if r.agent is None and clause.pos_ in ("VERB", "AUX"):
        r.agent, r.agent_how = framing_deed_doer(clause), "accused"  # "in an operation blamed on X, a car bomb ..."
    if r.agent is None:
        r.agent, r.agent_how = fight_opponent(primary.tok, r.patient), "by"  # "killed in an encounter with X"
    if r.agent is not None:
        r.extra_agents = [c for c in r.agent.conjuncts if c.i > r.agent.i]


def _clause_target(cl: RoleClause, r: Roles) -> None:
    """Last-resort targets of the clause: what was fired at, who was left harmed, what an embedded deed acts on
    (a territorial deed's target is never the place itself)."""
    primary, places = cl.primary, cl.places
    if primary.tok.pos_ == "VERB" and primary.tdef.event_type in VIOLENT_EVENT_TYPES:
        aimed = aimed_at(primary.tok)  # "fired at the convoy", "opened fire on the crowd"
        if r.patient is None:
            r.patient = aimed
        elif aimed is not None and aimed is not r.patient and aimed not in r.patients:
            r.patients.append(aimed)  # "opened fire on crowds of people, killing nine": who was fired at, when
                                      # the counted dead name nobody
    harmed = left_harmed(primary.tok) if primary.tdef.event_type in VIOLENT_EVENT_TYPES else None
    r.harmed = harmed or fight_killed(primary.tok)  # "clashes killed 30 people": the fight's dead (battle_dead_no_side)
    if harmed is not None:  # "the blast left two soldiers wounded" (tried after a target that names no one)
        if r.patient is None:
            r.patient = harmed
        else:
            r.patients.append(harmed)
    held_by = pobj(primary.tok, "from") if cl.territorial else None  # "recaptured three villages from X": X
    if cl.territorial and (r.patient is None or is_place_tok(r.patient, places, False)):
        r.patient = held_by
    elif held_by is not None and held_by is not r.patient and held_by not in r.patients:
        r.patients.append(held_by)  # tried after a target that names no one ("three villages")
    for e in cl.group.embedded:  # "threatened to strike X": X is acted on
        sub = read_roles(e, max(e.triggers, key=lambda t: t.pattern.rank[1]), places)
        if r.patient is None:
            r.patient = sub.patient


KILL_VERBS = frozenset({"kill", "martyr", "murder", "slay", "execute", "behead", "massacre", "assassinate"})
HARM_VERBS = frozenset({"wound", "injure", "hurt", "maim"})


def killed_first(r: Roles) -> None:
    """The victims of a deed that killed some and hurt others are first those it killed ("a car bomb exploded,
    killing two police officers and wounding nine people": the police officers are its target; the parse may give the
    wounded first), and the killed come before a place phrase ("three officers were killed when their truck hit a bomb
    on the outskirts of X": not X). What the deed itself struck stays first ("the embassy was bombed, killing two
    guards"), and so do the wounded of a clause of their own ("two guards were hurt while one passer-by was
    killed")."""
    cands = [r.patient, *r.patients]

    def victim_of(c, deps, verbs) -> bool:  # type: ignore[no-untyped-def]
        return c.dep_ in deps and c.head.lemma_.lower() in verbs

    if victim_of(r.patient, ("dobj",), HARM_VERBS):
        first = [c for c in cands if victim_of(c, ("dobj",), KILL_VERBS)]
    elif r.patient.dep_ == "pobj":
        first = [c for c in cands if victim_of(c, ("dobj", "nsubjpass"), KILL_VERBS)]
    else:
        first = []
    if first:
        rest = [c for c in cands if c is not first[0]]
        r.patient, r.patients = first[0], rest


@dataclasses.dataclass
class ActorClause:
    """What :func:`assign_actors` reads of one event: its clause, role tokens, the finder and the events before."""
    g: Group
    primary: Trigger
    roles: Roles
    finder: ActorFinder
    analysis: Analysis
    onto: Ontology
    prev: list
    sent: object
    aid: str


def assign_actors(g: Group, primary: Trigger, roles: Roles, finder: ActorFinder, analysis: Analysis,  # type: ignore[no-untyped-def]
                  onto: Ontology, prev: list[EventMention], sent, aid: str) -> tuple[Optional[ActorRef], Optional[ActorRef], list[ActorRef]]:
    """actor1, actor2 and the associates of an event from the role tokens of its clause.

    The stages below decide, in order: the doer's phrase split into sides, the doer named (or not) by that phrase,
    the doer a pronoun or "its/these forces" stands for, a doer told elsewhere, the target, one side each, an
    attacker who is no civilian, and the doer's confidence."""
    cx = ActorClause(g, primary, roles, finder, analysis, onto, prev, sent, aid)
    actor1, actor2, associates = _split_agents(cx)
    actor1 = _named_doer(cx, actor1, associates)
    actor1 = _pronoun_doer(cx, actor1)
    actor1 = _forces_of(cx, actor1)
    actor1 = _group_told_before(cx, actor1, associates)
    actor1 = _doer_elsewhere(cx, actor1)
    actor2 = _target_actor(cx, actor1, actor2)
    actor1, actor2 = _one_side_each(cx, actor1, actor2, associates)
    actor1 = _doer_not_the_victims(cx, actor1, actor2)
    if primary.tdef.code == "sd.disrupted" and primary.tok.pos_ == "VERB":
        actor1, launched = interception_sides(primary.tok, finder, actor1, actor2)  # "60 drones were shot down"
        if actor2 is None:  # the side that launched them: a state that fires weapons is its forces
            actor2 = armed_branch(launched, "Explosions/Remote violence", None)
    if primary.tdef.event_type in VIOLENT_EVENT_TYPES:
        actor1 = _armed_doer(cx, actor1)
    return _confident_doer(cx, actor1), actor2, associates


def _split_agents(cx: ActorClause) -> tuple[Optional[ActorRef], Optional[ActorRef], list[ActorRef]]:
    """The doer's phrase as actor1, with the sides coordinated in it as associates (or as actor2 of a symmetric
    event with no target)."""
    roles, finder, primary = cx.roles, cx.finder, cx.primary
    actor1 = finder.actor(roles.agent) if roles.agent is not None else None
    associates: list[ActorRef] = []
    actor2 = None
    if roles.agent is not None:
        split = finder.split_amod_conj(roles.agent)
        if len(split) >= 2:
            actor1 = split[0]
            if primary.tdef.code in SYMMETRIC and roles.patient is None:
                actor2 = split[1]
            else:
                associates.extend(ActorRef(a.entity_id, a.name, a.span, "associate") for a in split[1:])
        for extra in roles.extra_agents:
            ref = finder.actor(extra)
            if ref is None:
                continue
            if primary.tdef.code in SYMMETRIC and actor2 is None and roles.patient is None:
                actor2 = ref
            else:
                associates.append(ActorRef(ref.entity_id, ref.name, ref.span, "associate"))
        associates.extend(finder.associates(roles.agent))
    return actor1, actor2, associates


def _named_doer(cx: ActorClause, actor1: Optional[ActorRef], associates: list[ActorRef]) -> Optional[ActorRef]:
    """The name a group gives itself; no state's army for a self-styled one; a place as doer only through the
    apposition that acts."""
    roles, finder, places = cx.roles, cx.finder, cx.analysis.places
    named = self_name(roles.agent) if roles.agent is not None else None
    if named is not None:  # "a group calling itself the Islamic Front": the name it gives itself, not "group"
        ref = finder.actor(named)
        if ref is not None:
            actor1 = ref
    if actor1 is not None and roles.agent is not None and self_styled(roles.agent) \
            and actor1.entity_id.endswith(("_MIL", "_GOV", "_POL")):
        actor1 = None  # "a self-styled Army of the Poor" is no state's army: blank beats wrong
    if roles.agent is not None and (actor1 is None or (is_place_tok(roles.agent, places, True)
                                                       and not finder.named_group(actor1)
                                                       and not _placed_agent(roles.agent, places, cx.onto))):
        actor1 = None
        app = place_apposition(roles.agent)  # "Beirut: rebel fighters ... retook": the apposition acts
        if app is not None:
            actor1 = finder.actor(app)
            if actor1 is not None:
                associates.extend(finder.associates(app))
    return actor1


def _pronoun_doer(cx: ActorClause, actor1: Optional[ActorRef]) -> Optional[ActorRef]:
    """The actor a pronoun or "those forces" doer points back to (not one named in its own clause)."""
    roles, finder = cx.roles, cx.finder
    if actor1 is None and roles.agent is not None and (roles.agent.lower_ in PRONOUNS or anaphoric_forces(roles.agent)):
        told, ante = reported_doer(roles.agent, finder) if cx.primary.tdef.event_type in VIOLENT_EVENT_TYPES \
            else (False, None)  # "Local officials said it attacked ...": the side named before, never the officials
        if not told:
            ante = antecedent(roles.agent, cx.g, cx.onto, finder, cx.prev, cx.sent)
        if ante is not None and named_in_own_clause(roles.agent, ante, finder):
            ante = None  # "they tried to encircle the X units": not X
        if ante is not None:
            sp = Span(cx.aid, roles.agent.idx, roles.agent.idx + len(roles.agent.text), roles.agent.text)
            actor1 = ActorRef(ante.entity_id, ante.name, sp, "primary")
            roles.agent_how = "antecedent"
    return actor1


def _agent_phrase_span(roles: Roles, aid: str) -> Span:
    """The span of the doer's whole noun phrase (the evidence of a doer found through it)."""
    toks = np_tokens(roles.agent)
    phrase = roles.agent.doc[toks[0].i:toks[-1].i + 1]
    return Span(aid, phrase.start_char, phrase.end_char, phrase.text)


def _forces_of(cx: ActorClause, actor1: Optional[ActorRef]) -> Optional[ActorRef]:
    """Unnamed forces as those of their owner ("its troops") or of their leader ("his men")."""
    roles, finder = cx.roles, cx.finder
    owner = owned_forces(roles.agent) if roles.agent is not None and (
        actor1 is None or actor1.entity_id.startswith("x:") or actor1.entity_id.endswith(UNNAMED_ROLES)
        or (actor1.entity_id.startswith("unk:") and own_unit_name(roles.agent))) else None
    # ("its fighters" read as bare "fighters", "its gunmen" as an unidentified group)
    if owner is not None:  # "the army said its troops killed ...": the troops of the body "its" stands for
        ante = antecedent(owner, cx.g, cx.onto, finder, cx.prev, cx.sent) if owner.pos_ == "PRON" else (
            group_antecedent(owner, finder) or finder.actor(owner))  # "the group's fighters": the group told before
        if ante is not None:
            actor1 = ActorRef(ante.entity_id, ante.name, _agent_phrase_span(roles, cx.aid), "primary")
            roles.agent_how = "antecedent"
    led = leader_forces(roles.agent, finder) if roles.agent is not None and (
        actor1 is None or actor1.entity_id.startswith("x:") or actor1.entity_id == "CIVILIANS") else None
    if led is not None:  # "an al-Shabaab commander said his men ambushed ...": al-Shabaab
        actor1 = ActorRef(led.entity_id, led.name, _agent_phrase_span(roles, cx.aid), "primary")
        roles.agent_how = "antecedent"
    return actor1


def _group_told_before(cx: ActorClause, actor1: Optional[ActorRef], associates: list[ActorRef]) -> Optional[ActorRef]:
    """"The group", "these groups": the group(s) named before."""
    roles, finder = cx.roles, cx.finder
    group = group_antecedent(roles.agent, finder) if roles.agent is not None and (
        actor1 is None or actor1.entity_id.startswith("x:") or actor1.entity_id.endswith(UNNAMED_ROLES)) else None
    if group is None and roles.agent is not None and (actor1 is None or actor1.entity_id.startswith("x:")):
        group = members_of_told_group(roles.agent, finder)  # "fighters of the group stormed ...": the group told
    if group is None and roles.agent is not None and (actor1 is None or actor1.entity_id.startswith("x:")
                                                      or actor1.entity_id.endswith(UNNAMED_ROLES)) \
            and pointing_group_noun(roles.agent):  # "X ... The X-allied group ... Police said the rebels hacked":
        group = told_side(roles.agent, finder, set(), nonstate=True)  # the one group named two sentences back
    if group is not None:  # "ISIS fighters entered the town. The group killed 20": ISIS
        actor1 = ActorRef(group.entity_id, group.name, _agent_phrase_span(roles, cx.aid), "primary")
        roles.agent_how = "antecedent"
    if roles.agent is not None and demonstrative_plural(roles.agent) and (
            actor1 is None or actor1.entity_id.startswith("x:")):
        told = demonstrative_doer(roles.agent, finder)  # "X, Y and Z ... all these groups are attacking": X (with
        actor1 = told[0] if told is not None else None  # Y and Z); nobody named as one side: blank, never the phrase
        if told is not None:
            associates.extend(told[1])
            roles.agent_how = "antecedent"
    return actor1


def _doer_elsewhere(cx: ActorClause, actor1: Optional[ActorRef]) -> Optional[ActorRef]:
    """A doer told outside the clause's subject: in the sentence before, or in a by-phrase on the subject or on the
    weapon of a passive's by-phrase ("killed by explosives dropped from drones by X")."""
    roles, finder, primary = cx.roles, cx.finder, cx.primary
    if actor1 is None and roles.agent is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:
        actor1 = deed_doer_before(primary.tok, finder)  # "X's fighters stormed a hotel. The assault left ...": X
        if actor1 is None:
            actor1 = prepared_deed_doer(primary.tok, finder)  # "troops massed ... before the assault began": the troops
        if actor1 is None:
            actor1 = when_clause_doer(primary.tok, finder)  # "killed when gunmen stopped a bus": the gunmen
        if actor1 is not None:
            roles.agent_how = "antecedent"
    if actor1 is None and roles.agent is not None and roles.agent_how in ("subject", "inherited", "by"):
        user = participle_by(roles.agent)  # "a bomb planted by X exploded", "killed by explosives dropped by X",
        # "hit by shells fired by X": X
        if user is not None:
            actor1 = finder.actor(user)
            if actor1 is not None:
                roles.agent, roles.agent_how = user, "by"
    return actor1


def _target_actor(cx: ActorClause, actor1: Optional[ActorRef], actor2: Optional[ActorRef]) -> Optional[ActorRef]:
    """actor2: the first target token that names an actor, else who died in the deed, the forces of the site
    struck, the side fought; never the bomber himself."""
    roles, finder, primary, aid = cx.roles, cx.finder, cx.primary, cx.aid
    for cand in [roles.patient, *roles.patients]:
        if actor2 is None and cand is not None:
            actor2 = _victim_actor(cx, cand, actor1)
    if actor2 is None:
        actor2 = who_died_in(primary.tok, finder, aid)  # "the judge died in the explosion"
    if actor2 is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:
        actor2 = forces_site(primary.tok, finder, aid)  # "a car bomb exploded outside a police station": the police
    if actor2 is None and primary.tdef.code in ("battles.nsa_overtakes", "battles.gov_regains"):
        actor2 = fought_side(primary.tok, finder, actor1)  # "took X after clashing with the army": the army
    if own_blast(actor2, primary.tdef.event_type):
        actor2 = None  # "the bomber was also killed in the blast": the doer, not a victim
    return actor2


def _victim_actor(cx: ActorClause, cand, actor1: Optional[ActorRef]) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The actor one target token names (a place names none, but a dateline's apposition may): a named actor, a
    person, a pronoun's antecedent, civilians."""
    finder, primary, aid, places = cx.finder, cx.primary, cx.aid, cx.analysis.places
    if is_place_tok(cand, places, True):
        cand = dateline_apposition(cand, places)  # "JALALABAD (Pajhwok): A Taliban official was killed"
    if cand is None or is_place_tok(cand, places, True):
        return None
    actor2 = None if cand.lower_ in RELATIVE_WORDS else finder.actor(cand)
    if actor2 is not None and actor2.entity_id.startswith("x:") and place_span(actor2, places, cand.doc):
        actor2 = None  # "attacked a military outpost on the edge of Kyaukme": the town says where, it is no victim
    actor2 = site_name_victim(cand, actor2)  # "shelled the Abu Shouk camp": the camp's name, no victim
    if actor2 is None or actor2.entity_id.startswith("x:"):
        actor2 = members_of_told_group(cand, finder) or actor2  # "killed four fighters of the group": that group
    if primary.tdef.event_type in VIOLENT_EVENT_TYPES:
        actor2 = person_not_place(cand, actor2, places, aid)  # "the mayor of X": the mayor
        actor2 = person_not_state(cand, actor2, aid)  # "a Ruritanian engineer": a person, not the state
    if actor2 is None:
        actor2 = pronoun_patient(cand, finder, aid)
        if actor2 is not None and people_between(cand, actor2, finder):
            actor2 = None  # "X keeps dissidents in a camp, where they are beaten": not X
        if actor2 is not None and actor1 is not None and actor2.entity_id == actor1.entity_id:
            actor2 = None  # "X shot him": the nearest name is the attacker himself, so the victim is unknown
    if actor2 is None and (primary.tdef.event_type in VIOLENT_EVENT_TYPES
                           or primary.tdef.code == "protests.excessive_force"):
        actor2 = person_patient(cand, aid, finder)  # "killed two reporters", "the murder of the mayor"
    if actor2 is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:
        actor2 = civilian_marked(cand, aid)  # "drones bombed a civilian target"
    carried = carried_people(cand) if actor2 is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES else None
    if carried is not None:  # "hit a vehicle carrying SDF commanders": who it carried
        actor2 = _victim_actor(cx, carried, actor1)
    return actor2


def _one_side_each(cx: ActorClause, actor1: Optional[ActorRef], actor2: Optional[ActorRef],
                   associates: list[ActorRef]) -> tuple[Optional[ActorRef], Optional[ActorRef]]:
    """A person's group acts for him; one phrase is never both sides."""
    roles, finder = cx.roles, cx.finder
    if actor1 is not None and roles.agent is not None and individual(actor1, finder):
        group = group_of_person(roles.agent, finder)
        if group is not None:  # "X, a member of ISIS, killed ...": the group acted, X is its associate
            associates.append(ActorRef(actor1.entity_id, actor1.name, actor1.span, "associate"))
            actor1 = group
    if actor1 is not None and actor2 is not None and same_phrase(actor1, actor2):
        if roles.agent_how in ("inherited", "antecedent"):
            actor1 = None  # one phrase is never both sides: a victim named in its own clause beats a borrowed doer
        else:
            actor2 = None
    return actor1, actor2


def _doer_not_the_victims(cx: ActorClause, actor1: Optional[ActorRef], actor2: Optional[ActorRef]) -> Optional[ActorRef]:
    """A doer borrowed from before that is the state the deed hit ("Its fighters stormed a camp, killing nine Nigerien
    soldiers, Niger's defence ministry said"): the one other armed side named before, or blank
    (events/doer_antecedent)."""
    roles, finder = cx.roles, cx.finder
    if actor1 is None or roles.agent is None or roles.agent_how != "antecedent":
        return actor1
    targets = [actor2] + [finder.actor(t) for t in [roles.patient, *roles.patients] if t is not None]
    skip = victims_country(targets) if from_victims_state(actor1, targets) else set()
    own = bare_forces_hit(actor1, [roles.patient, *roles.patients]) if not skip else None
    if own is not None:  # "Its members opened fire on an army patrol, the military said": not the army's own men
        skip = {own}
    if not skip:
        return actor1
    side = told_side(roles.agent, finder, skip, nonstate=False)
    return ActorRef(side.entity_id, side.name, actor1.span, "primary") if side is not None else None


def _armed_doer(cx: ActorClause, actor1: Optional[ActorRef]) -> Optional[ActorRef]:
    """The doer of a violent deed: never a news agency; unidentified attackers, not civilians."""
    roles, finder = cx.roles, cx.finder
    if actor1 is not None and finder._dictionary_type(actor1.entity_id) == "media":
        actor1 = None  # a news agency tells of a deed, never does it ("Ruritown, 2 Jul (EFE) -- in an attack ...")
    read = actor1
    actor1 = attacker_not_civilians(actor1, finder)  # "shot by two men": an unidentified armed group, not civilians
    if actor1 is None and roles.agent is not None:  # (read as the subject it is: only its naming looks back)
        actor1 = men_told_before(roles.agent, finder)  # "Four masked men broke in. The men beat ...": those men
    if actor1 is None and roles.agent is not None:
        actor1 = men_of_no_country(read, roles.agent, finder)  # "two men shot X" in a report of no country
    if actor1 is None and roles.agent is not None and roles.agent_how == "by":
        actor1 = person_by_agent(roles.agent, finder)  # "strangled by a lodger": whoever the noun
    return actor1


def _confident_doer(cx: ActorClause, actor1: Optional[ActorRef]) -> Optional[ActorRef]:
    """actor1 with its confidence, or blank below the threshold (blank beats wrong)."""
    roles, finder = cx.roles, cx.finder
    if actor1 is not None:
        how = roles.agent_how or "subject"
        if actor1.span is not None and roles.agent is not None and not (
                actor1.span.start <= roles.agent.idx < actor1.span.end) and roles.agent.lower_ in PRONOUNS:
            how = "antecedent"
        conf = actor_conf.actor1_confidence(how, actor1, finder, roles.agent)
        actor1 = ActorRef(actor1.entity_id, actor1.name, actor1.span, actor1.role, conf)
        if conf < actor_conf.actor1_threshold():
            actor1 = None  # blank beats wrong: the evidence stays in the event's sentence
    return actor1


def place_apposition(place):  # type: ignore[no-untyped-def]
    """The apposition that acts when the parser made a place the subject ("Beirut: rebel fighters ... retook"): the
    first one not in brackets. A dateline's bracketed news agency ("Ruritown, 19 Apr (AFP) -- a commando unit claimed
    ...", parsed as two appositions of the town) says who reports, never who acted."""
    for c in place.children:
        if c.dep_ != "appos":
            continue
        if _bracketed(c):
            continue  # "(AFP)", "19 Apr 89 (AFP)": the head word in brackets
        return c
    return None


def _bracketed(c) -> bool:  # type: ignore[no-untyped-def]
    """Whether the phrase of ``c`` stands in brackets: "(AFP)", and "(Pajhwok):" whose opening bracket the parser hung
    on the town and whose closing one it glued to the colon."""
    doc, sub = c.doc, list(c.subtree)
    opens = any(t.text in ("(", "[") and t.i < c.i for t in sub) or (
        c.left_edge.i > 0 and doc[c.left_edge.i - 1].text in ("(", "["))
    return opens and any(t.text[:1] in (")", "]") and t.i > c.i for t in sub)


def dateline_apposition(tok, places: list[Place]):  # type: ignore[no-untyped-def]
    """The phrase that is the subject when the parser made a dateline's town the subject and the real one its
    apposition ("KORVALE (Sahel Times): Two Ruritanian soldiers were shot dead"): the first apposition not in
    brackets, or a second subject the parser gave the verb, for a town written as a dateline; None for any other
    place ("Arno, a rebel stronghold, was shelled")."""
    text = doc_text(tok.doc)
    for p in places:
        if p.span.start <= tok.idx < p.span.end:
            if not is_dateline(text, p.span.start, p.span.end):
                return None
            app = place_apposition(tok)
            if app is None and tok.dep_ in ("nsubj", "nsubjpass"):
                # or a second subject of the same verb ("KORVALE (Sahel Times): A soldier was shot dead")
                app = next((c for c in tok.head.children if c.dep_ == tok.dep_ and c.i > tok.i), None)
            return app
    return None


def battle_dead_no_side(event_type: str, actor2: Optional[ActorRef], roles: Roles) -> Optional[ActorRef]:
    """actor2 of an event of ``event_type``, less the people a battle "left dead" read as Civilians ("clashes left 30
    people dead"): a battle's dead may be either side's or bystanders, so they are its toll, not its second side
    (blank unless the text names that side)."""
    if event_type != "Battles" or actor2 is None or actor2.entity_id != "CIVILIANS" or roles.harmed is None \
            or actor2.span is None or not actor2.span.start <= roles.harmed.idx < actor2.span.end:
        return actor2
    return None


def individual(ref: ActorRef, finder: ActorFinder) -> bool:
    """A person named as the actor (not a group whose phrase also names a person: "Taliban commander X")."""
    if ref.span is None or finder._dictionary_type(ref.entity_id) not in (None, "person"):
        return False
    return any(m.kind == "PERSON" and (m.entity_id == ref.entity_id or ref.entity_id.startswith("x:"))
               for m in finder._mentions_in(ref.span.start, ref.span.end))


def group_of_person(tok, finder: ActorFinder) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The group a named attacker belongs to, when the sentence names it beside him: an apposition "a member /
    supporter / fighter of ISIS" or "an ISIS fighter", or a modifier before the name ("Taliban commander X")."""
    cands = []
    for c in tok.children:
        if c.dep_ == "appos":
            cands += [p for prep in c.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for p in prep.children if p.dep_ == "pobj"]
            cands += [m for m in c.children if m.dep_ in ("compound", "amod", "nmod") and m.pos_ == "PROPN"]
        if c.dep_ == "compound" and c.i < tok.i and c.ent_type_ != "PERSON":
            cands += [c] + [m for m in c.children if m.dep_ == "compound" and m.ent_type_ != "PERSON"]
    for cand in cands:
        ref = finder.actor(cand)
        if ref is not None and finder.named_group(ref):  # an armed group of the dictionary, not "foreign minister"
            return ref
    return None


def armed_branch(ref: Optional[ActorRef], event_type: str, plover: Optional[str], victim: bool = False) -> Optional[ActorRef]:
    """A government named as the one who fought, struck or moved troops is coded as its military forces, as
    ACLED codes a state's violence ("the Russian government shelled ..." -> Military Forces of Russia); its
    statements, talks and aid stay the government's. Unchanged when the dictionary has no forces for it.
    A government named as the one acted on (``victim``) is its forces only in a battle, where it fought back; the
    target of a one-sided attack named by its state ("a Ruritanian judge", "the town council") stays the
    government. A government of a state with no army of its own (``"bare_army": false``) is left blank there."""
    if ref is None or not ref.entity_id.endswith("_GOV"):
        return ref
    if event_type not in VIOLENT_EVENT_TYPES and plover != "MOBILIZE":
        return ref
    if victim and event_type != "Battles":
        return ref
    from sitrep.nlp.actor_lexicon import get_resolver

    res = get_resolver()
    country = res.actors.get(ref.entity_id, {}).get("country")
    if country and not res.has_bare_army(country):
        # a state with no army of its own ("bare_army": false in data/actors.jsonl): "Palestinians attacked a
        # checkpoint" names armed men, not the state's forces nor its government; left blank
        return None
    mil = res.actors.get(ref.entity_id[: -len("_GOV")] + "_MIL")
    if not mil:
        return ref
    return dataclasses.replace(ref, entity_id=mil["id"], name=mil["name"])
