"""Roles: who acted and who was acted on in an event's clause (actor1, actor2, associates).

Read off the parse through voice, prepositions and nominal triggers (:func:`read_roles`), then turned
into canonical actors (:func:`assign_actors`): coordinated agents, appositions, pronouns and "those
forces" pointing back to an actor named before.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from typing import Optional

from sitrep.events.deps import child, pobj
from sitrep.events.modality import governors
from sitrep.events.ontology import Ontology
from sitrep.events.roles import ActorFinder, np_tokens
from sitrep.events.triggers import BACKING, Group, Trigger
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, Analysis, EventMention, Place, Span
from sitrep.resources import data_path

# verbs whose subject only relays what happened ("the monitor reported clashes", "witnesses described shelling")
SOURCE_VERBS = frozenset({"report", "say", "tell", "describe", "cite", "quote", "document", "record",
                          "see", "witness", "hear", "watch", "observe", "film", "photograph"})
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
        s = child(cur, "nsubj", "csubj")
        if s is not None and s.lower_ not in ("who", "which", "that"):
            return s
        if child(cur, "nsubjpass", "auxpass") is not None:
            return None  # "who had been wounded", "after being shot": the subject underwent it
        if cur.dep_ == "relcl":
            rel = child(cur, "nsubj")
            if rel is not None and rel.lower_ in ("which", "who") and rel.i >= 2 and cur.doc[rel.i - 1].text == "," \
                    and cur.doc[rel.i - 2].pos_ == "PROPN" and cur.doc[rel.i - 2].i != cur.head.i:
                return cur.doc[rel.i - 2]  # "the campaign led by Moscow, which kept shelling": Moscow
            return cur.head
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep":
            gov = cur.head.head
            frame = agent_frames().get(gov.lower_) or agent_frames().get(gov.lemma_.lower())
            if frame == "accuse":  # "accused X of killing Y", "X was charged with killing Y"
                return child(gov, "dobj") or child(gov, "nsubjpass")
            if frame == "blame_adj":  # "X is responsible for killing Y", "X is engaged in shelling Y"
                return child(gov, "nsubj", "nsubjpass") or (child(gov.head, "nsubj", "nsubjpass")
                                                           if gov.dep_ in ("acomp", "oprd") else None)
            if gov.pos_ in ("VERB", "AUX"):
                pas = child(gov, "nsubjpass")
                if pas is not None and pas.lower_ not in ("who", "which", "that") \
                        and cur.head.lower_ in ADJUNCT_PREPS:
                    return pas  # "X was shot dead after stabbing Y": the clause's subject did the stabbing
                cur = gov  # "after capturing X, they ...": the subject of the main verb
                continue
        if cur.dep_ == "acl" and cur.head.pos_ == "NOUN" and agent_frames().get(cur.head.lemma_.lower()) == "intent":
            return intent_agent(cur.head)  # "its efforts to kill X": its; "he claims the right to strike"
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
                cur = gov
                continue
            return None
        if cur.dep_ in ("conj", "xcomp", "advcl", "acl") and cur.head is not cur:
            cur = cur.head
            if cur.pos_ not in ("VERB", "AUX"):
                return cur if v.dep_ == "acl" else None
            continue
        return None
    return None


# prepositions of an adverbial participle clause whose understood subject is the main clause's subject, passive
# or not ("X was shot dead after stabbing Y", "X was arrested while planting a bomb")
ADJUNCT_PREPS = frozenset({"after", "before", "while", "upon", "since", "when", "without", "during"})


@functools.lru_cache(maxsize=1)
def agent_frames() -> dict[str, str]:
    """word -> frame (accuse, blame_adj, intent) of data/agent_frames.tsv."""
    out = {}
    with open(data_path("agent_frames.tsv"), encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                parts = line.rstrip("\n").split("\t")
                if len(parts) >= 2:
                    out[parts[0].strip()] = parts[1].strip()
    return out


def intent_agent(noun):  # type: ignore[no-untyped-def]
    """Who means to act in "its efforts to X", "their bid to X", "he claims the right to X": the noun's possessor, else
    the subject of the verb taking the noun as object."""
    poss = child(noun, "poss")
    if poss is not None:
        return poss
    if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        s = child(noun.head, "nsubj")
        return s if s is not None and s.lower_ not in ("who", "which", "that") else None
    return None


def accused_of(n):  # type: ignore[no-untyped-def]
    """The one said to have done the deed of event noun ``n``: "accused X of the killing", "X was charged with murder
    in the shooting", "X was responsible for the attack" (data/agent_frames.tsv). None otherwise."""
    t = n
    while t.dep_ == "conj" and t.head.i != t.i:  # "accused X of killings, torture and disappearances"
        t = t.head
    for _ in range(3):
        if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.lower_ not in ("of", "for", "with", "in", "over"):
            return None
        gov = t.head.head
        frame = agent_frames().get(gov.lower_) or agent_frames().get(gov.lemma_.lower())
        if frame == "accuse" and gov.pos_ == "VERB":
            return child(gov, "dobj") or child(gov, "nsubjpass")
        if frame == "blame_adj":
            if gov.pos_ == "VERB":  # "is engaged in", "was involved in" read as passives
                return child(gov, "nsubjpass", "nsubj")
            if gov.dep_ in ("acomp", "oprd", "amod") and gov.head.pos_ in ("VERB", "AUX"):
                return child(gov.head, "nsubj", "nsubjpass")
            return None
        if gov.pos_ in ("NOUN", "PROPN") and gov.dep_ == "dobj" and gov.head.pos_ == "VERB" \
                and agent_frames().get(gov.head.lemma_.lower()) == "accuse":
            return gov  # "accused the militia of killings": the "of" phrase hung on the accused
        if gov.pos_ != "NOUN" and not (gov.pos_ == "PROPN" and gov.ent_type_ in ("DATE", "TIME")):
            return None
        t = gov  # "charged with murder (in November) in the shooting": climb through the charge noun or a date
    return None


@functools.lru_cache(maxsize=1)
def armed_words() -> frozenset[str]:
    """Nouns of armed groups (ontology cues agent_heads, state_words, nonstate_words) that, modifying an event noun,
    name who acted ("coalition air strike", "rebel attack"), less the civilian words."""
    from sitrep.events.ontology import load_ontology

    onto = load_ontology()
    return (onto.cue("agent_heads") | onto.cue("state_words") | onto.cue("nonstate_words")) - onto.cue("civilian_words")


@functools.lru_cache(maxsize=1)
def _support_lemmas() -> frozenset[str]:
    with open(data_path("support_verbs.tsv"), encoding="utf-8") as fh:
        return frozenset(line.split("\t", 1)[0].strip() for line in fh if line.strip() and not line.startswith("#"))


def support_lemma(v) -> bool:  # type: ignore[no-untyped-def]
    """``v`` is a verb of data/support_verbs.tsv, also when the tagger mislemmatised it ("waging" -> "wag")."""
    lemmas = _support_lemmas()
    if v.lemma_.lower() in lemmas:
        return True
    w = v.lower_
    stems = [w[:-3], w[:-3] + "e"] if w.endswith("ing") else [w[:-2], w[:-1]] if w.endswith("ed") else []
    return any(x in lemmas for x in stems)


def support_verb(v, noun, violent: bool = False) -> bool:  # type: ignore[no-untyped-def]
    """ "moved evacuation trains", "launched an attack", "claimed responsibility for the attack": ``v`` takes the
    event noun as its direct object, or (a verb of data/support_verbs.tsv) through a preposition or conjunct, so
    its subject is the noun's agent. "Reeling from attacks", "the toll in the airstrike": no."""
    if noun.head.i == v.i and noun.dep_ in ("dobj", "obj") and not violent:
        return True  # "the authorities moved evacuation trains"; but "he invoked the attack", "condemned the strike"
    if not support_lemma(v):
        return False
    t = noun
    for _ in range(4):
        if t.head.i == v.i:
            return t.dep_ in ("dobj", "obj", "attr", "oprd", "prep", "pobj", "conj", "npadvmod")
        if t.dep_ not in ("conj", "pobj", "prep", "compound", "amod"):
            return False
        t = t.head
    return False


class Roles:
    def __init__(self) -> None:
        self.agent = None  # token
        self.agent_how = ""  # how the agent was read: by, subject, inherited, possessor, modifier, between
        self.patient = None
        self.patients: list = []  # further candidates, tried when the first names no actor
        self.extra_agents: list = []  # coordinated subjects
        self.agent_refs: list[ActorRef] = []  # split "Turkish and Syrian forces"


def is_place_tok(tok, places: list[Place], country_ok: bool) -> bool:  # type: ignore[no-untyped-def]
    if tok.ent_type_ == "NORP" and tok.tag_ == "NNPS" or (tok.ent_type_ == "NORP" and tok.lower_.endswith("ans")):
        return False  # "the massacre of Christians": a people in the plural, whatever the gazetteer makes of it
    person = [x for x in tok.sent.ents if x.start <= tok.i < x.end and x.label_ == "PERSON" and len(x) >= 2]
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


# event nouns that name the one who did the deed ("a suicide bomber killed 20", "the gunman opened fire")
ATTACKER_TRIGGERS = frozenset({"bomber", "gunman", "shooter", "sniper", "attacker", "assailant", "assassin", "gunmen"})

# entity types that never act: "Sunday's shooting", "the Saturday airstrike", "the 1942 massacre"
NOT_AGENT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "EVENT",
                            "FAC", "LOC", "LAW", "WORK_OF_ART", "LANGUAGE"})


def noun_roles(n, r: Roles, depth: int = 0) -> None:  # type: ignore[no-untyped-def]
    if r.agent is None:
        r.agent, r.agent_how = pobj(n, "by"), "by"
    if r.agent is None:
        poss = child(n, "poss")
        if poss is not None and poss.pos_ != "PRON" and poss.ent_type_ not in NOT_AGENT_ENTS:
            r.agent, r.agent_how = poss, "possessor"
    if r.agent is None:
        for c in n.children:
            if c.dep_ in ("amod", "compound") and c.ent_type_ not in NOT_AGENT_ENTS and (
                    c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN" or c.lemma_.lower() in armed_words()):
                r.agent, r.agent_how = c, "modifier"  # "Russian strikes", "a coalition air strike", "regime shelling"
                break
    if r.agent is None:
        for c in n.children:  # "the US-led campaign": led by the US
            if c.dep_ == "amod" and c.lemma_.lower() == "lead":
                led = [x for x in c.children if x.dep_ in ("npadvmod", "compound", "nmod")
                       and (x.pos_ == "PROPN" or x.text[:1].isupper())]  # "an ISIS-led assault" (ISIS tagged NOUN)
                if led:
                    r.agent, r.agent_how = led[0], "modifier"
                    break
    if r.agent is None:
        src = pobj(n, "from")  # "air strikes from the coalition" (an armed or named group, not "from the north")
        if src is not None and (src.ent_type_ in ("ORG", "NORP") or src.lemma_.lower() in armed_words()):
            r.agent, r.agent_how = src, "inherited"
    if r.agent is None and depth == 0 and n.dep_ == "dobj" and n.head.pos_ == "VERB":
        by = pobj(n.head, "by")  # "we have seen shootings by gunmen": the by-phrase hung on the verb
        if by is not None and by.i > n.i and by.ent_type_ not in NOT_AGENT_ENTS and by.pos_ in ("NOUN", "PROPN"):
            r.agent, r.agent_how = by, "by"
    if r.agent is None and depth == 0:
        acc = accused_of(n)  # "accused X of the killing", "X was responsible for the attack"
        if acc is not None:
            r.agent, r.agent_how = acc, "accused"
    if r.patient is None:
        r.patient = pobj(n, "on", "against", "targeting", "at")
        if r.patient is not None and r.patient.ent_type_ in NOT_AGENT_ENTS:
            r.patient = None  # "the shooting on November 22", "the attack at dawn"
    if r.agent is None and r.patient is None and n.dep_ == "compound" and n.head.pos_ == "NOUN" and depth == 0:
        noun_roles(n.head, r, 1)  # "the bombing campaign by X against Y": the roles hang on the head noun
    if r.agent is None and r.patient is None:
        between = pobj(n, "between")
        if between is not None:
            r.agent, r.agent_how = between, "between"
            conj = [c for c in between.conjuncts if c.i > between.i]
            r.patient = conj[0] if conj else None


def stray_by(v):  # type: ignore[no-untyped-def]
    """The agent of passive verb ``v`` whose "by" phrase the parser hung on a word after it ("shot dead by X", "killed
    outside the house by X"): a "by" phrase one step below a complement or prepositional object of ``v``, never a date
    ("by Monday")."""
    for c in v.children:
        if c.i < v.i:
            continue
        hosts = [c] if c.dep_ in ("oprd", "acomp", "advmod") else \
            [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ != "by" else []
        for h in hosts:
            a = pobj(h, "by")
            if a is not None and a.ent_type_ not in NOT_AGENT_ENTS and a.pos_ in ("NOUN", "PROPN"):
                return a
    return None


def read_roles(group: Group, primary: Trigger, places: list[Place]) -> Roles:
    """actor1/actor2 tokens of a clause through voice, prepositions and nominal triggers.

    The subject of a reporting verb that governs a nominal trigger is the source, not the actor
    ("state media reported clashes"); "announced an offensive", "claimed the attack" keep theirs."""
    r = Roles()
    trig_heads = {t.tok.i for t in group.triggers}
    trig_toks = trig_heads | {d.i for t in group.triggers for d in t.dep_toks}
    code = primary.tdef.code
    territorial = code in ("battles.nsa_overtakes", "battles.gov_regains", "sd.nonviolent_transfer")
    verbs = [t.tok for t in group.triggers if t.tok.pos_ == "VERB"]
    trig_verbs = list(verbs)
    if group.head.pos_ in ("VERB", "AUX") and group.head not in verbs and group.head.lemma_.lower() not in SOURCE_VERBS:
        verbs.append(group.head)
    if primary.tok.pos_ != "VERB" and primary.tok.lemma_.lower() in ATTACKER_TRIGGERS:
        r.agent, r.agent_how = primary.tok, "subject"  # "a Taliban suicide bomber killed 20": the trigger names its doer
    if primary.tok.pos_ != "VERB":
        noun_roles(primary.tok, r)
        if r.patient is None and primary.tdef.event_type in VIOLENT_EVENT_TYPES:
            r.patient = pobj(primary.tok, "of")  # "the killing of three residents", "the shooting of X"
        if r.agent is None and r.patient is None and code in SYMMETRIC and group.head.i != primary.tok.i:
            between = pobj(group.head, "between")  # "talks ended between X and Y"
            if between is not None:
                r.agent, r.agent_how = between, "between"
                conj = [c for c in between.conjuncts if c.i > between.i]
                r.patient = conj[0] if conj else None
    for v in ([primary.tok] if primary.tok in verbs else []) + [v for v in verbs if v is not primary.tok]:
        agent = pobj(v, "by") if child(v, "agent") is not None else None
        shared_agent = False
        for c in (v.conjuncts if agent is None and v.tag_ in ("VBN", "VBD") and child(v, "dobj", "aux", "auxpass") is None
                  else ()):  # "killed and beheaded by militants"
            if c.i > v.i and c.tag_ == "VBN" and child(c, "agent") is not None and child(c, "nsubj", "nsubjpass") is None:
                agent, shared_agent = pobj(c, "by"), True
                break
        if agent is None and v.lemma_.lower() == "shell":  # "shelling by X" parsed as a verb with a prep
            agent = pobj(v, "by")
        if agent is None and child(v, "nsubjpass", "auxpass") is not None:
            agent = stray_by(v)  # "were shot dead outside their house by X": the by-phrase hung on a word after the verb
        passive = child(v, "nsubjpass")
        subj = subject_of(v)
        if passive is None and shared_agent and child(v, "nsubj") is not None:
            passive, subj = child(v, "nsubj"), None  # "a soldier killed and beheaded by X": the by-phrase is shared
        if passive is None and reduced_passive(v):
            passive, subj = child(v, "nsubj"), None  # "12 soldiers killed": the soldiers are the victims
        if passive is None and agent is not None and v.dep_ == "acl" and v.tag_ == "VBN":
            passive = v.head  # "a soldier killed by militants": the noun is the victim
        if subj is not None and primary.tok.dep_ == "oprd" and primary.tok.head.i == v.i and child(v, "dobj") is not None:
            subj = None  # "the police called it an assault": who names the deed did not do it
        if subj is not None and v.i == group.head.i and v not in trig_verbs and subj.i not in trig_heads \
                and not support_verb(v, primary.tok, primary.tdef.event_type in VIOLENT_EVENT_TYPES):
            subj = None  # "Turkey is reeling from attacks": the verb says nothing of who attacked
        if agent is not None and agent.i in trig_heads:  # "backed by air strikes from the coalition"
            sub = Roles()
            noun_roles(agent, sub)
            agent = sub.agent
        if r.agent is None:
            if agent is not None:
                r.agent, r.agent_how = agent, "by"
            elif subj is not None:
                if subj.i in trig_heads:
                    sub = Roles()
                    noun_roles(subj, sub)
                    r.agent, r.agent_how = sub.agent, sub.agent_how
                    r.patient = r.patient or sub.patient
                else:
                    r.agent = subj
                    r.agent_how = "subject" if subj.head.i == v.i else "inherited"
        if passive is None and v.dep_ == "acl" and v.tag_ == "VBN" and child(v, "nsubj") is None \
                and v.lemma_.lower() not in BACKING:
            passive = v.head  # "people killed in the strike"
        obj = passive if passive is not None else child(v, "dobj")
        if obj is not None and obj.i in trig_toks:
            sub = Roles()
            noun_roles(obj, sub)
            obj = sub.patient
        if obj is not None and not (r.agent is not None and obj.i == r.agent.i):  # "indicted X for the shooting"
            if r.patient is None:
                r.patient = obj
            else:
                r.patients.append(obj)
        if r.patient is None and code in SYMMETRIC:
            r.patient = pobj(v, "with", "against", "to")
            for t in group.triggers:  # "held talks with X"
                for d in [t.tok, *t.dep_toks]:
                    r.patient = r.patient or pobj(d, "with", "between")
        if territorial and v.lemma_.lower() == "fall" and r.agent is not None and is_place_tok(r.agent, places, False):
            r.agent, r.agent_how = pobj(v, "to"), "by"
    if r.agent is not None:
        r.extra_agents = [c for c in r.agent.conjuncts if c.i > r.agent.i]
    if territorial and r.patient is not None and is_place_tok(r.patient, places, False):
        r.patient = pobj(primary.tok, "from")
    for e in group.embedded:  # "threatened to strike X": X is acted on
        sub = read_roles(e, max(e.triggers, key=lambda t: t.pattern.rank[1]), places)
        if r.patient is None:
            r.patient = sub.patient
    return r



PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her"})
# a possessor pronoun stands for what its subject form would ("its efforts to kill" = the efforts of it)
POSSESSIVE = {"its": "it", "their": "they", "his": "he", "her": "she"}
ANTECEDENT_CHARS = 500  # an earlier event's actor further back than this is not what a pronoun refers to


def is_person(ref: ActorRef, finder: ActorFinder) -> bool:
    if ref.span is None:
        return False
    return any(m.kind == "PERSON" for m in finder._mentions_in(ref.span.start, ref.span.end))


def antecedent(pron, g: Group, onto: Ontology, finder: ActorFinder, prev: list[EventMention], sent) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """Who a subject pronoun stands for: the speaker ("Turkey said it struck ..."), else the
    acting side of the nearest earlier event of the article ("The army ... . They then took ...")."""
    base = POSSESSIVE.get(pron.lower_, pron.lower_)
    person = base in ("he", "she")
    if base == "we":
        return None  # a quoted speaker's own side: not the actor of the previous event
    for gov in governors(g.head):
        if gov.lemma_.lower() in onto.cue("speech_verbs"):
            s = child(gov, "nsubj")
            if s is not None and s.pos_ != "PRON":
                ref = finder.actor(s, via_modifier=False)
                if ref is not None and is_person(ref, finder) == person:
                    return ref
            for a in finder.an.attributions:  # the claimant the attribution layer found for this claim
                if a.claimant_id and a.claim_start is not None and a.claim_end is not None \
                        and a.claim_start <= pron.idx < a.claim_end:
                    ref = ActorRef(a.claimant_id, a.claimant_name or a.span.text, a.span, "primary")
                    return ref if is_person(ref, finder) == person else None
            return None  # "X said it ...": it is the speaker, whoever the parse missed
    for ev in reversed(prev):
        if sent.start_char - ev.sentence.end > ANTECEDENT_CHARS:
            break
        if ev.actor1 is not None and ev.actor1.span is not None and ev.actor1.span.text.lower() not in PRONOUNS \
                and is_person(ev.actor1, finder) == person:
            return ev.actor1
    return mention_antecedent(pron, finder)


# what a subject pronoun can stand for: he/she a person; it a body (organisation, state); they a body or a people
# ("it" is left out: "it took a week", "it is time" have no antecedent)
PRONOUN_KINDS = {"he": ("PERSON",), "she": ("PERSON",), "they": ("ORG", "NORP"), "his": ("PERSON",),
                 "her": ("PERSON",), "their": ("ORG", "NORP"), "its": ("ORG", "NORP")}


def mention_antecedent(pron, finder: ActorFinder, as_pronoun: Optional[str] = None) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The nearest entity mention before the pronoun, within :data:`ANTECEDENT_CHARS`, of a kind the pronoun can
    stand for ("Hamas ... They fired ..."; "the suspect, X, ... He shot ..."). None when another name lies between:
    any other name for he/she, a person for "they" (places are passed over), since then the reading is a guess."""
    form = as_pronoun or pron.lower_
    kinds = PRONOUN_KINDS.get(form)
    if not kinds:
        return None
    before = [m for m in finder.mentions if m.entity_id and m.span.end <= pron.idx
              and pron.idx - m.span.end <= ANTECEDENT_CHARS and m.kind in ("PERSON", "ORG", "GPE", "NORP")]
    for m in reversed(before):
        if m.kind in kinds:
            return ActorRef(m.entity_id, m.name or m.span.text, m.span, "primary")
        if POSSESSIVE.get(form, form) in ("he", "she") or m.kind == "PERSON":
            return None  # "Obama ... told Turkey ... it": the person in between makes the reading a guess
    return None


OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "he": "he", "she": "she", "they": "they"}


def pronoun_patient(tok, finder: ActorFinder, aid: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The victim named by a pronoun: "the girl who was stabbed" (who: the girl), "he was shot" / "killing them" (the
    nearest earlier name of the pronoun's kind, as :func:`mention_antecedent` finds it, with the pronoun as span)."""
    if tok.lower_ in ("who", "that") and tok.head.dep_ == "relcl" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        return finder.actor(tok.head.head)
    base = OBJECT_PRONOUNS.get(tok.lower_)
    if base is None:
        return None
    ante = mention_antecedent(tok, finder, base)
    if ante is None:
        return None
    return ActorRef(ante.entity_id, ante.name, Span(aid, tok.idx, tok.idx + len(tok.text), tok.text), "primary")


def anaphoric_forces(tok) -> bool:  # type: ignore[no-untyped-def]
    """ "those forces", "these troops", "the forces": a bare armed noun pointing back at an actor named before."""
    kids = list(tok.children)
    return (tok.lemma_.lower() in ("force", "troop", "soldier", "fighter", "unit")
            and any(c.dep_ == "det" and c.lower_ in ("those", "these", "the") for c in kids)
            and not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in kids))




def assign_actors(g: Group, primary: Trigger, roles: Roles, finder: ActorFinder, analysis: Analysis,  # type: ignore[no-untyped-def]
                  onto: Ontology, prev: list[EventMention], sent, aid: str) -> tuple[Optional[ActorRef], Optional[ActorRef], list[ActorRef]]:
    """actor1, actor2 and the associates of an event from the role tokens of its clause."""
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
    if roles.agent is not None and (actor1 is None or (is_place_tok(roles.agent, analysis.places, True)
                                                       and not finder.named_group(actor1))):
        actor1 = None
        app = child(roles.agent, "appos")  # "Beirut: rebel fighters ... retook": the apposition acts
        if app is not None:
            actor1 = finder.actor(app)
            if actor1 is not None:
                associates.extend(finder.associates(app))
    if actor1 is None and roles.agent is not None and (roles.agent.lower_ in PRONOUNS or anaphoric_forces(roles.agent)):
        ante = antecedent(roles.agent, g, onto, finder, prev, sent)
        if ante is not None:
            sp = Span(aid, roles.agent.idx, roles.agent.idx + len(roles.agent.text), roles.agent.text)
            actor1 = ActorRef(ante.entity_id, ante.name, sp, "primary")
            roles.agent_how = "antecedent"
    for cand in [roles.patient, *roles.patients]:
        if actor2 is None and cand is not None and not is_place_tok(cand, analysis.places, True):
            actor2 = finder.actor(cand)
            if actor2 is None:
                actor2 = pronoun_patient(cand, finder, aid)
                if actor2 is not None and actor1 is not None and actor2.entity_id == actor1.entity_id:
                    actor2 = None  # "X shot him": the nearest name is the attacker himself, so the victim is unknown
    if actor1 is not None and roles.agent is not None and individual(actor1, finder):
        group = group_of_person(roles.agent, finder)
        if group is not None:  # "X, a member of ISIS, killed ...": the group acted, X is its associate
            associates.append(ActorRef(actor1.entity_id, actor1.name, actor1.span, "associate"))
            actor1 = group
    if actor1 is not None:
        how = roles.agent_how or "subject"
        if actor1.span is not None and roles.agent is not None and not (
                actor1.span.start <= roles.agent.idx < actor1.span.end) and roles.agent.lower_ in PRONOUNS:
            how = "antecedent"
        conf = actor1_confidence(how, actor1, finder, roles.agent)
        actor1 = ActorRef(actor1.entity_id, actor1.name, actor1.span, actor1.role, conf)
        if conf < actor1_threshold():
            actor1 = None  # blank beats wrong: the evidence stays in the event's sentence
    return actor1, actor2, associates


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


# how surely each reading names the one who acted: the hand-set prior, used when no learned model is there
HOW_CONFIDENCE = {"by": 0.9, "subject": 0.8, "possessor": 0.7, "modifier": 0.7, "accused": 0.7, "between": 0.6,
                  "inherited": 0.6, "antecedent": 0.5}
ACTOR1_MIN_CONFIDENCE = 0.5  # the hand-set prior's gate; a learned model brings its own threshold
HOWS = ("by", "subject", "inherited", "possessor", "modifier", "between", "antecedent", "accused")
FEATURES = (*(f"how_{h}" for h in HOWS), "dictionary", "adhoc", "person", "civilians", "armed_noun",
            "pronoun", "propn", "agent_is_trigger_subject")
FEATURE_LOG: Optional[list] = None  # set to a list by scripts/train_actor_conf.py to collect (features, ref)


def actor1_features(how: str, ref: ActorRef, finder: ActorFinder, agent=None) -> list[float]:  # type: ignore[no-untyped-def]
    """Explicit features of an actor1 reading (names in :data:`FEATURES`): how the role was found, what kind of
    entity it resolved to, whether its phrase is an armed-group noun, whether the agent word is a pronoun."""
    def stem(w: str) -> str:  # "gunmen" -> "gunman", "rebels" -> "rebel"
        w = w.lower()
        return w[:-3] + "man" if w.endswith("men") else w.rstrip("s")

    words = {stem(w) for w in ref.name.split()}
    armed = bool(words & {stem(w) for w in armed_words()})
    dict_type = finder._dictionary_type(ref.entity_id)
    f = [1.0 if how == h else 0.0 for h in HOWS]
    f += [float(dict_type is not None), float(ref.entity_id.startswith("x:")), float(is_person(ref, finder)),
          float(ref.entity_id == "CIVILIANS"), float(armed),
          float(agent is not None and agent.pos_ == "PRON"), float(agent is not None and agent.pos_ == "PROPN"),
          float(agent is not None and agent.dep_ == "nsubj")]
    return f


@functools.lru_cache(maxsize=1)
def _learned() -> Optional[dict]:
    """data/models/actor_conf.json (scripts/train_actor_conf.py) when present, built for these features and adopted
    (its cross-validated curve beat the hand-set prior; see data/models/actor_conf.manifest.json)."""
    try:
        with open(data_path("models/actor_conf.json"), encoding="utf-8") as fh:
            import json

            m = json.load(fh)
    except (OSError, ValueError):
        return None
    return m if tuple(m.get("features", ())) == FEATURES and m.get("adopted") else None


def actor1_threshold() -> float:
    m = _learned()
    return float(m["threshold"]) if m else ACTOR1_MIN_CONFIDENCE


def actor1_confidence(how: str, ref: ActorRef, finder: ActorFinder, agent=None) -> float:  # type: ignore[no-untyped-def]
    """The reading's confidence: the learned logistic model's probability that this actor1 is right
    (data/models/actor_conf.json), else the hand-set prior -- raised for an actor of the dictionary, lowered for
    an ad-hoc phrase and for civilians (kept only from a by-phrase: "the massacre by villagers")."""
    feats = actor1_features(how, ref, finder, agent)
    if FEATURE_LOG is not None:
        FEATURE_LOG.append((feats, ref))
    m = _learned()
    if m is not None:
        import math

        z = m["bias"] + sum(w * x for w, x in zip(m["weights"], feats))
        return round(1.0 / (1.0 + math.exp(-z)), 3)
    conf = HOW_CONFIDENCE.get(how, 0.6)
    if ref.entity_id == "CIVILIANS":
        conf -= 0.35  # civilians are victims unless the sentence says outright that they acted ("a massacre by villagers")
    if ref.entity_id.startswith("x:"):
        if not feats[FEATURES.index("armed_noun")]:
            conf -= 0.15 if not is_person(ref, finder) else 0.05  # "a woman", "Turkish scholars": no armed group
    elif finder._dictionary_type(ref.entity_id) is not None:
        conf += 0.1
    return round(min(conf, 0.99), 2)


# "X claimed responsibility for the attack", "X has claimed the bombing": the claim of a deed told in the next or the
# previous sentence
_CLAIMS = re.compile(r"^[\s,]*(?:\w+\s+){0,2}?(?:has\s+|have\s+|had\s+)?claim(?:ed|s)?\b", re.I)
# "the attack", "this bombing", "Friday's attack"; not "that massacre": a distal demonstrative points past the deed
# just told ("... similar to the bombings in Paris. ISIS claimed that massacre")
_DEFINITE = re.compile(r"\b(?:the|this|these|its|their|yesterday's|\w+day's)\s+(?:\w+\s+){0,2}$", re.I)
# generic attacker nouns that a claim names: "a suicide bomber", "gunmen", "attackers"
GENERIC_ATTACKERS = frozenset({"gunman", "bomber", "attacker", "assailant", "militant", "shooter", "sniper",
                               "assassin", "man", "group"})


def _generic_attacker(ref: Optional[ActorRef]) -> bool:
    if ref is None:
        return True
    if ref.entity_id.endswith("_UNIDENT"):
        return True
    if not ref.entity_id.startswith("x:"):
        return False
    last = ref.name.lower().split()[-1] if ref.name.split() else ""
    last = last[:-3] + "man" if last.endswith("men") else last.rstrip("s")
    return last in GENERIC_ATTACKERS


def credit_claims(events: list[EventMention], finder: ActorFinder, text: str) -> None:
    """A named armed group that claims "the attack" in the sentence before or after a violent event whose attacker
    the text leaves unnamed ("A suicide bomber killed 20 ... . The Taliban claimed responsibility for the attack.")
    becomes that event's actor1 (confidence 0.6, its evidence the group's name in the claim; the generic phrase
    stays in the event's sentence). Only adjacent sentences, only a claim of a definite deed ("the attack", "this
    bombing") of the same kind as the event (or a plain "attack"), only an unnamed attacker: a named one is never
    replaced."""
    claims = []
    for c in events:
        a = c.actor1
        if a is None or a.span is None or c.trigger is None or c.event_type not in VIOLENT_EVENT_TYPES \
                or not finder.named_group(a) or not (a.span.end <= c.trigger.start):
            continue
        between = text[a.span.end:c.trigger.start]
        if _CLAIMS.match(between) and _DEFINITE.search(between):
            claims.append(c)
    for c in claims:
        for e in events:
            if e is c or e.event_type not in VIOLENT_EVENT_TYPES or not _generic_attacker(e.actor1):
                continue
            if c.event_type != e.event_type and c.trigger.text.lower().rstrip("s") not in ("attack", "assault"):
                continue  # "claimed that massacre" after a bombing: another deed, maybe another incident
            if e.sentence.start == c.sentence.start:
                continue  # the claim's own sentence tells its own deed
            lo, hi = sorted([(e.sentence.start, e.sentence.end), (c.sentence.start, c.sentence.end)])
            if hi[0] < lo[1] or text[lo[1]:hi[0]].strip():
                continue  # not the sentence just before or just after
            g = c.actor1
            assert g is not None
            e.actor1 = ActorRef(g.entity_id, g.name, g.span, "primary", 0.6)


def armed_branch(ref: Optional[ActorRef], event_type: str, plover: Optional[str]) -> Optional[ActorRef]:
    """A government named as the one who fought, struck or moved troops is coded as its military forces, as
    ACLED codes a state's violence ("the Russian government shelled ..." -> Military Forces of Russia); its
    statements, talks and aid stay the government's. Unchanged when the dictionary has no forces for it."""
    if ref is None or not ref.entity_id.endswith("_GOV"):
        return ref
    if event_type not in VIOLENT_EVENT_TYPES and plover != "MOBILIZE":
        return ref
    from sitrep.nlp.actor_lexicon import get_resolver

    mil = get_resolver().actors.get(ref.entity_id[: -len("_GOV")] + "_MIL")
    if not mil:
        return ref
    return dataclasses.replace(ref, entity_id=mil["id"], name=mil["name"])
