"""Roles of a nominal trigger and stray by-phrases: "the shelling by X", "the regime's shelling",
"Russian strikes", "the US-led campaign", "air strikes from the coalition", "the attack on Y", "clashes between
X and Y", and a passive's "by X" that the parser hung on a later word ("shot dead by X")."""
from __future__ import annotations

import functools

from sitrep.nlp.doctext import doc_text
from sitrep.events.deps import child, pobj
from sitrep.events.frames import frame_words
from sitrep.events.target_modifier import names_target
from sitrep.model import ActorRef


@functools.lru_cache(maxsize=1)
def armed_words() -> frozenset[str]:
    """Nouns of armed groups (ontology cues agent_heads, state_words, nonstate_words) that, modifying an event noun,
    name who acted ("coalition air strike", "rebel attack"), less the civilian words."""
    from sitrep.events.ontology import load_ontology

    onto = load_ontology()
    return (onto.cue("agent_heads") | onto.cue("state_words") | onto.cue("nonstate_words")) - onto.cue("civilian_words")


def known_acronym(tok) -> bool:  # type: ignore[no-untyped-def]
    """An all-capital word the tagger left a common noun that the actor dictionary names ("An ISWAP attack": ISWAP
    tagged NOUN after "An"); "an IED attack" names no actor."""
    from sitrep.nlp.actor_lexicon import get_resolver

    return tok.pos_ == "NOUN" and len(tok.text) > 1 and tok.text.isupper() and get_resolver().resolve(tok.text) is not None


def gear_words() -> frozenset[str]:
    """Weapons and vehicles of war (ontology cue military_gear_words) that, modifying an event noun, name what was
    used, not who used it ("a drone strike", "artillery fire", "a tank assault"); "fighter" and "bomber" also name
    people ("a bomber attack" of a suicide bomber) and stay."""
    from sitrep.events.ontology import load_ontology

    return load_ontology().cue("military_gear_words") - {"fighter", "bomber"}


@functools.lru_cache(maxsize=1)
def weapon_words() -> frozenset[str]:
    """Gear and the munitions of shelling and air strikes (ontology cues military_gear_words, instrument_shelling,
    instrument_air) that, modifying an event noun, may carry their owner's name ("Russian artillery shelling",
    "Taliban rocket fire", "Houthi drone attacks")."""
    from sitrep.events.ontology import load_ontology

    onto = load_ontology()
    return gear_words() | onto.cue("instrument_shelling") | onto.cue("instrument_air")


class Roles:
    def __init__(self) -> None:
        self.agent = None  # token
        self.agent_how = ""  # how the agent was read: by, subject, inherited, possessor, modifier, between
        self.patient = None
        self.patients: list = []  # further candidates, tried when the first names no actor
        self.extra_agents: list = []  # coordinated subjects
        self.agent_refs: list[ActorRef] = []  # split "Turkish and Syrian forces"
        self.harmed = None  # the people a deed "left dead / wounded" (victim_nouns.left_harmed)


# event nouns that name the one who did the deed ("a suicide bomber killed 20", "the gunman opened fire")
ATTACKER_TRIGGERS = frozenset({"bomber", "gunman", "shooter", "sniper", "attacker", "assailant", "assassin", "gunmen"})

# modifiers that label a deed's kind, not who did it: "a terrorist attack", "a criminal bombing" name no doer (the
# plural or a head noun does: "terrorists attacked", "terrorist gunmen")
DEED_LABELS = frozenset({"terrorist", "criminal"})

# entity types that never act: "Sunday's shooting", "the Saturday airstrike", "the 1942 massacre"
NOT_AGENT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY", "EVENT",
                            "FAC", "LOC", "LAW", "WORK_OF_ART", "LANGUAGE"})


# where a group posts its word: an "on" phrase of these on a claimed deed is no target ("claimed the attack on its
# Telegram channels", "on its website")
_OUTLET_NOUNS = frozenset({"channel", "website", "site", "account", "page", "platform", "feed", "outlet"})


def noun_roles(n, r: Roles, depth: int = 0) -> None:  # type: ignore[no-untyped-def]
    if r.agent is None:
        r.agent, r.agent_how = pobj(n, "by"), "by"
    if r.agent is None:
        r.agent, r.agent_how = patient_by(n), "by"  # "the massacre of 30 villagers by X": "by" hung on the villagers
    if r.agent is None:
        r.agent, r.agent_how = participle_by(n), "by"  # "a bomb planted by X", "an attack carried out by X"
    if r.agent is None:
        r.agent, r.agent_how = series_by(n), "by"  # "a wave of bombings by X": the by-phrase hung on "wave"
    if r.agent is None and n.dep_ == "pobj":
        from sitrep.events.accusation import responsibility_claimer

        claimer = responsibility_claimer(n.head, denials=False)  # "X took responsibility for the bombing": X,
        if claimer is not None:  # before a possessor or a modifier that only labels the deed
            r.agent, r.agent_how = claimer, "subject"
    if r.agent is None:
        possessor_role(n, r)
    if r.agent is None:
        c = modifier_agent(n)
        if c is not None:
            r.agent, r.agent_how = c, "modifier"  # "Russian strikes", "a coalition air strike", "regime shelling"
    if r.agent is None:
        r.agent, r.agent_how = gear_owner(n), "modifier"  # "Russian artillery shelling": whose artillery shelled
    if r.agent is None:
        led = leader_of(n)
        if led is not None:
            r.agent, r.agent_how = led, "modifier"
    if r.agent is None:
        src = pobj(n, "from")  # "air strikes from the coalition" (an armed or named group, not "from the north")
        if src is not None and (src.ent_type_ in ("ORG", "NORP") or src.lemma_.lower() in armed_words()):
            r.agent, r.agent_how = src, "inherited"
    if r.agent is None and depth == 0 and n.dep_ == "dobj" and n.head.pos_ == "VERB":
        by = pobj(n.head, "by")  # "we have seen shootings by gunmen": the by-phrase hung on the verb
        if by is not None and by.i > n.i and by.ent_type_ not in NOT_AGENT_ENTS and by.pos_ in ("NOUN", "PROPN"):
            r.agent, r.agent_how = by, "by"
    if r.agent is None and depth == 0:
        from sitrep.events.accusation import accused_doer

        acc = accused_doer(n)  # "attributed the attack to X", "accused X of the killing", "which X blamed on Y"
        if acc is not None:
            r.agent, r.agent_how = acc, "accused"
    if r.patient is None:
        r.patient = pobj(n, "on", "against", "targeting", "at")
        if r.patient is not None and (r.patient.ent_type_ in NOT_AGENT_ENTS
                                      or (r.agent is not None and r.patient.i == r.agent.i)):
            r.patient = None  # "the shooting on November 22", "the attack at dawn", "blamed the attack on X"
        elif r.patient is not None and r.patient.lemma_.lower() in _OUTLET_NOUNS:
            r.patient = None  # "claimed the attack on its Telegram channels": where the claim was posted
    if r.agent is None and r.patient is None and n.dep_ == "compound" and n.head.pos_ == "NOUN" and depth == 0:
        noun_roles(n.head, r, 1)  # "the bombing campaign by X against Y": the roles hang on the head noun
    if r.agent is None and r.patient is None:
        between_sides(n, r)
    if r.agent is None and depth == 0:
        r.agent, r.agent_how = victor(n), "subject"  # "the battle became a victory for X": X fought it


def possessor_role(n, r: Roles) -> None:  # type: ignore[no-untyped-def]
    """The deed noun's possessor as its doer ("the army's shelling") or its victim ("the senator's murder")."""
    poss = child(n, "poss")
    if poss is not None and poss.pos_ != "PRON" and poss.ent_type_ not in NOT_AGENT_ENTS:
        if possessor_is_victim(n, poss):
            r.patient = r.patient or poss  # "the senator's murder": the senator was murdered
        elif unknown_owner_of_deed(n, poss):
            pass  # "Lindqvist's assassination", the name tagged ORG: victim or doer, the text does not say
        else:
            r.agent, r.agent_how = poss, "possessor"


def modifier_agent(n):  # type: ignore[no-untyped-def]
    """The first modifier of the deed noun that names who did it (a people, a country, a group, an armed word); None."""
    for c in n.children:
        if c.dep_ in ("amod", "compound") and c.ent_type_ not in NOT_AGENT_ENTS and c.lower_ not in DEED_LABELS \
                and (c.ent_type_ in ("NORP", "GPE", "ORG") or c.pos_ == "PROPN" or c.lemma_.lower() in armed_words()
                     or known_acronym(c)):
            if c.lemma_.lower() not in armed_words() and names_target(c):
                continue  # "the Aramco attacks": what was struck, not who struck (events/target_modifier.py)
            if c.lemma_.lower() in gear_words():
                continue  # "a drone strike", "artillery fire": the weapon used, not who used it
            return c
    return None


def leader_of(n):  # type: ignore[no-untyped-def]
    """Who leads the deed ("the US-led campaign": the US); None."""
    for c in n.children:
        if c.dep_ == "amod" and c.lemma_.lower() == "lead":
            led = [x for x in c.children if x.dep_ in ("npadvmod", "compound", "nmod")
                   and (x.pos_ == "PROPN" or x.text[:1].isupper())]  # "an ISIS-led assault" (ISIS tagged NOUN)
            if led:
                return led[0]
    return None


# nouns of a fight both sides wage, whose winner is one of its sides (the reciprocal deeds of the armed clash)
_FIGHTS = frozenset({"battle", "fight", "fighting", "clash", "skirmish", "firefight", "gunfight", "gunbattle"})
_WINS = frozenset({"victory", "win", "triumph"})


def victor(n):  # type: ignore[no-untyped-def]
    """The side a fight noun ``n`` is said to be a win for, which fought it: "the battle became / was a victory for
    X", "the fighting ended in a victory for X". None otherwise (a defeat names no side that acted)."""
    if n.lemma_.lower() not in _FIGHTS or n.dep_ != "nsubj":
        return None
    v = n.head
    wins = [c for c in v.children if c.dep_ in ("attr", "oprd") and c.lemma_.lower() in _WINS]
    wins += [w for p in v.children if p.dep_ == "prep" and p.lower_ == "in" for w in p.children
             if w.dep_ == "pobj" and w.lemma_.lower() in _WINS]
    for w in wins:
        side = pobj(w, "for")
        if side is not None and side.pos_ in ("NOUN", "PROPN") and side.ent_type_ not in NOT_AGENT_ENTS:
            return side
    return None


def possessor_is_victim(n, poss) -> bool:  # type: ignore[no-untyped-def]
    """ "the senator's murder", "Juan Perez's kidnapping": a person's name or a person noun (not an armed one) owning
    a noun of a deed done to a person (frame "victim_possessor" of data/agent_frames.tsv), with no "of" phrase naming
    another victim, is who suffered it; "the army's killing of two farmers" and "the regime's shelling" are the
    doer's."""
    if n.lemma_.lower() not in frame_words("victim_possessor") or pobj(n, "of") is not None:
        return False
    if poss.ent_type_ == "PERSON":
        return True
    if poss.ent_type_ in ("ORG", "NORP", "GPE") or poss.lemma_.lower() in armed_words():
        return False
    from sitrep.nlp.figures import _lemma, figure_lexicon

    return poss.pos_ == "PROPN" or (figure_lexicon().nouns.get(_lemma(poss)) or ("", ""))[1] == "person"


def unknown_owner_of_deed(n, poss) -> bool:  # type: ignore[no-untyped-def]
    """A possessor of a noun of a deed done to a person (frame "victim_possessor", no "of" phrase) that the tagger
    calls an organisation but that no actor of the dictionary nor any armed word names ("Lindqvist's assassination",
    a surname read as ORG): who suffered the deed as often as who did it, so neither role is read from it. A group the
    dictionary knows ("ISIS's beheadings") still did the deed."""
    if n.lemma_.lower() not in frame_words("victim_possessor") or pobj(n, "of") is not None:
        return False
    if poss.ent_type_ != "ORG" or poss.lemma_.lower() in armed_words():
        return False
    from sitrep.events.roles import np_tokens
    from sitrep.nlp.actor_lexicon import get_resolver

    toks = np_tokens(poss)
    text = doc_text(poss.doc)[toks[0].idx: toks[-1].idx + len(toks[-1].text)]
    got = get_resolver().resolve(text)
    return got is None or got[0].startswith("unk:")


def between_sides(n, r: Roles) -> None:  # type: ignore[no-untyped-def]
    """ "clashes between X and Y", "talks between X and Y": X is actor1, Y actor2. A "between" phrase naming no two
    sides ("clashes between the two navies", "fighting between rival gangs") says who fought only together: no
    side is the actor, so nothing is read."""
    between = pobj(n, "between")
    if between is None:
        return
    conj = [c for c in between.conjuncts if c.i > between.i]
    if not conj and not any(c.dep_ in ("conj", "cc") for c in between.subtree):
        return  # (a coordination inside the phrase still names two: "between units of X and Y")
    r.agent, r.agent_how = between, "between"
    r.patient = conj[0] if conj else None


def paired_between(n):  # type: ignore[no-untyped-def]
    """The first side of a "between" phrase on ``n`` that names two ("talks between X and Y": X); None for one that
    names the two sides only together ("clashes between the two navies", "fighting between rival gangs"): no
    side of those is the one acted on."""
    between = pobj(n, "between")
    if between is None:
        return None
    if not any(c.dep_ == "conj" for c in between.subtree):
        return None
    return between


def patient_by(n):  # type: ignore[no-untyped-def]
    """The by-phrase of a deed noun ``n`` that the parser hung on the deed's "of" object (or a noun coordinated with
    it): "the massacre of 30 villagers by X", "the killing of a farmer and his son by X"; never a date ("by Monday")
    or a place ("by the river" names nobody: the actor layer reads no one there)."""
    obj = pobj(n, "of")
    for o in [obj, *obj.conjuncts] if obj is not None else []:
        a = pobj(o, "by")
        if a is not None and a.ent_type_ not in NOT_AGENT_ENTS and a.pos_ in ("NOUN", "PROPN"):
            return a
    return None


def participle_by(n):  # type: ignore[no-untyped-def]
    """The by-phrase of a past participle on noun ``n``: "a bomb planted by X", "a rocket fired by X", "an attack
    carried out by X", "the attack, which was claimed by X," (participles of frame deed_participle in data/agent_frames.tsv: "the shelling reported by
    residents" is no deed of theirs); never a date ("by Monday") or a word that names nobody."""
    for c in n.children:
        relative = c.dep_ == "relcl" and (child(c, "nsubjpass") is not None
                                         and child(c, "nsubjpass").lower_ in ("which", "that"))
        if (c.dep_ == "acl" or relative) and c.tag_ == "VBN" and c.lemma_.lower() in frame_words("deed_participle") \
                and child(c, "agent") is not None:  # also "an attack, which was claimed by X,"
            a = pobj(c, "by")
            if a is not None and a.ent_type_ not in NOT_AGENT_ENTS and a.pos_ in ("NOUN", "PROPN"):
                return a
        a = relative_user(c)
        if a is not None:
            return a
    return detached_participle_by(n) or conjoined_participle_by(n)


def relative_user(c):  # type: ignore[no-untyped-def]
    """The subject of an active relative clause ``c`` of a deed verb on a weapon noun: "a drone that the RSF had
    launched", "a bomb which militants planted", "the shells the army fired"; its object is the relative pronoun
    or missing, and its subject a noun (never a pronoun: "a bomb that they planted" is read elsewhere)."""
    if c.dep_ != "relcl" or c.lemma_.lower() not in frame_words("deed_participle"):
        return None
    s, o = child(c, "nsubj"), child(c, "dobj")
    if s is None or s.pos_ not in ("NOUN", "PROPN") or s.ent_type_ in NOT_AGENT_ENTS:
        return None
    return s if o is None or o.lower_ in ("that", "which") else None


def conjoined_participle_by(n):  # type: ignore[no-untyped-def]
    """ "were killed by explosives dropped from drones by X": the deed participle right after the weapon ``n`` of a
    passive's by-phrase, which the parser hung on the passive verb as a second verb ("conj") of its own, with its own
    by-agent and no subject, auxiliary or "and" (it follows ``n`` at once); its by-phrase names who used the weapon.
    None otherwise ("were killed by gunmen and dumped by the road": "and" between)."""
    if n.dep_ != "pobj" or n.head.dep_ != "agent" or n.i + 1 >= len(n.doc):
        return None
    c = n.doc[n.i + 1]
    if c.dep_ != "conj" or c.head.i != n.head.head.i or c.tag_ != "VBN" \
            or c.lemma_.lower() not in frame_words("deed_participle") or child(c, "agent") is None \
            or child(c, "nsubj", "nsubjpass", "aux", "auxpass", "cc") is not None:
        return None
    a = pobj(c, "by")
    return a if a is not None and a.ent_type_ not in NOT_AGENT_ENTS and a.pos_ in ("NOUN", "PROPN") else None


def detached_participle_by(n):  # type: ignore[no-untyped-def]
    """ "deplored the shooting of X, committed by Y": the participle after a comma that qualifies the object noun
    ``n`` but that the parser hung on the clause's verb (an adverbial clause with its own by-agent and no subject of
    its own, a deed participle of data/agent_frames.tsv, after ``n`` and after a comma that follows ``n``; the parser
    may also read it as a second verb, "conj", with no subject). Only the verb's object (or a noun coordinated with
    it): "troops entered the town, backed by X" is no deed participle, and "he fled, chased by X" has no deed noun
    object. None otherwise."""
    obj = n.head if n.dep_ == "conj" and n.head.dep_ == "dobj" else n  # "deplored the raid and the shooting"
    if obj.dep_ != "dobj":
        return None
    v = obj.head
    for c in v.children:
        if c.dep_ not in ("advcl", "conj") or c.i <= n.i or c.tag_ not in ("VBN", "VBD") \
                or c.lemma_.lower() not in frame_words("deed_participle") or child(c, "agent") is None \
                or child(c, "nsubj", "nsubjpass", "aux", "auxpass", "mark") is not None:
            continue
        first = min(t.i for t in c.subtree)
        if first == 0 or c.doc[first - 1].text != "," or first - 1 <= n.i:
            continue
        # nothing but the object's own phrase between the object and the comma ("the shooting of X, committed")
        if any(t.head.i == v.i and t.dep_ != "punct" and t.i != n.i for t in c.doc[n.i + 1:first - 1]):
            continue
        a = pobj(c, "by")
        if a is not None and a.ent_type_ not in NOT_AGENT_ENTS and a.pos_ in ("NOUN", "PROPN"):
            return a
    return None


# nouns of a deed in general that frame a clause ("in an operation blamed on X, a car bomb wrecked ...")
FRAMING_DEEDS = frozenset({"action", "act", "attack", "operation", "incident"})


def framing_deed_doer(v):  # type: ignore[no-untyped-def]
    """ "In an operation blamed on X, a car bomb wrecked a police station", "in an action attributed to X, gunmen ...":
    the one an "in" phrase of verb ``v`` whose noun is a deed in general (:data:`FRAMING_DEEDS`) puts the deed down to
    (events/frames.attributed_to) or whose deed participle names (:func:`participle_by`). None otherwise."""
    from sitrep.events.frames import attributed_to

    n = pobj(v, "in")
    if n is None or n.lemma_.lower() not in FRAMING_DEEDS:
        return None
    return attributed_to(n) or participle_by(n)


def series_by(n):  # type: ignore[no-untyped-def]
    """ "a wave of bombings by X", "a spate of killings by X": the by-phrase of a noun of frame "series"
    (data/agent_frames.tsv) whose "of" phrase is the event noun ``n``; never a date or a word that names nobody."""
    if n.dep_ != "pobj" or n.head.lower_ != "of" or n.head.head.lemma_.lower() not in frame_words("series"):
        return None
    a = pobj(n.head.head, "by")
    return a if a is not None and a.ent_type_ not in NOT_AGENT_ENTS and a.pos_ in ("NOUN", "PROPN") else None


def gear_owner(n):  # type: ignore[no-untyped-def]
    """ "Russian artillery shelling", "Houthi drone attacks", "Taliban rocket fire": the side named on the weapon
    that modifies the event noun ``n`` (a demonym or a country, an armed group's noun, or a name of the actor
    dictionary, hung on the weapon where the parser does not hang it on ``n`` itself). Never a maker or a model the
    dictionary does not know ("a Shahed drone attack", "a Bayraktar drone strike"), never what was struck. None
    otherwise."""
    for c in n.children:
        if c.dep_ != "compound" or c.lemma_.lower() not in weapon_words():
            continue
        for o in c.children:
            if o.dep_ not in ("amod", "compound", "nmod") or o.i > c.i or o.ent_type_ in NOT_AGENT_ENTS \
                    or o.lower_ in DEED_LABELS or o.lemma_.lower() in weapon_words():
                continue
            if o.ent_type_ in ("NORP", "GPE") or o.lemma_.lower() in armed_words() or _known_actor(o.text):
                if o.lemma_.lower() not in armed_words() and names_target(o):
                    continue
                return o
    return None


def _known_actor(text: str) -> bool:
    """``text`` names an actor of the actor dictionary (a group, a state, a force), not an unknown name."""
    from sitrep.nlp.actor_lexicon import get_resolver

    return get_resolver().resolve(text) is not None


def pronoun_doer(n):  # type: ignore[no-untyped-def]
    """ "The massacre was planned for weeks, and the militia carried it out": the subject of a verb of doing (frame
    ``deed_pronoun`` of data/agent_frames.tsv: carry out, commit, perpetrate, conduct, stage, mount) whose object
    "it" ("them" for a plural noun) stands for the event noun ``n`` before it in the sentence. Only the first such
    pronoun after ``n``, only when no other common noun of the pronoun's number stands between them (it could be
    that noun's), never a passive ("it was carried out": the doer is not said), never a relative word. None
    otherwise."""
    from sitrep.events.deps import RELATIVE_WORDS
    from sitrep.events.participants import subject_of

    if n.pos_ != "NOUN":
        return None
    plural = n.tag_ in ("NNS", "NNPS")
    want = "them" if plural else "it"
    doc = n.doc
    for t in doc[n.i + 1:n.sent.end]:
        if t.lower_ != want:
            continue
        v = t.head
        if t.dep_ != "dobj" or v.pos_ != "VERB" or v.lemma_.lower() not in frame_words("deed_pronoun") \
                or child(v, "auxpass", "nsubjpass") is not None:
            return None
        if v.lemma_.lower() == "carry" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in v.children):
            return None
        s = subject_of(v)
        if s is None or s.lower_ in RELATIVE_WORDS or s.ent_type_ in NOT_AGENT_ENTS or s.pos_ not in ("NOUN", "PROPN"):
            return None
        for x in doc[n.i + 1:t.i]:
            if x.pos_ == "NOUN" and x.i != s.i and (x.tag_ in ("NNS", "NNPS")) == plural:
                return None  # "the attack on the base ... carried it out": it may be the base's
        return s
    return None


def relative_doer(n):  # type: ignore[no-untyped-def]
    """ "the attack that X carried out", "the attacks X has staged", "the bombing, for which X claimed responsibility":
    the subject of a support verb (data/support_verbs.tsv) in a relative clause on the event noun ``n`` whose
    relative word (or none: "the attacks X staged") is not its subject. "The attack that killed 20" (the relative
    word is the subject), "the attack that police investigated" (not a support verb): None."""
    from sitrep.events.deps import RELATIVE_WORDS
    from sitrep.events.frames import support_lemma

    for c in n.children:
        if c.dep_ != "relcl" or c.pos_ != "VERB" or c.lemma_.lower() == "kill" or not support_lemma(c) \
                or child(c, "auxpass", "nsubjpass") is not None:
            continue
        s = child(c, "nsubj")
        if s is None or s.lower_ in RELATIVE_WORDS or s.ent_type_ in NOT_AGENT_ENTS or s.pos_ not in ("NOUN", "PROPN"):
            continue
        obj = child(c, "dobj")
        if obj is None or obj.lower_ in RELATIVE_WORDS or any(
                t.lower_ in ("which", "that", "whom") and t.dep_ == "pobj" for t in c.subtree):
            return s
    return None


def hands_of(v):  # type: ignore[no-untyped-def]
    """ "were killed at the hands of X", "died at the hands of X": X, the one who did it (a name or a noun, never a
    date); None otherwise."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "at":
            hands = child(c, "pobj")
            if hands is not None and hands.lower_ == "hands":
                a = pobj(hands, "of")
                if a is not None and a.ent_type_ not in NOT_AGENT_ENTS and a.pos_ in ("NOUN", "PROPN"):
                    return a
    return None


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


# verbs by which a group names itself: "a group calling itself X", "a faction that describes itself as X"
_SELF_NAMING = frozenset({"call", "name", "describe", "style", "term", "dub", "identify"})


def self_name(n):  # type: ignore[no-untyped-def]
    """The name a generic noun gives itself: "a group calling itself the Islamic Front", "a faction that calls
    itself X", "a group describing itself as X" -> the head of X (of ``n`` or of the group in its "from/of" phrase:
    "gunmen from a group calling itself X"). None when the noun names itself nothing ("a group calling for talks")."""
    hosts = [n] + [p for c in n.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                   for p in c.children if p.dep_ == "pobj"]
    for h in hosts:
        for v in h.children:
            if v.dep_ not in ("acl", "relcl") or v.lemma_.lower() not in _SELF_NAMING:
                continue
            if not any(c.dep_ == "dobj" and c.lower_ in ("itself", "themselves") for c in v.children):
                continue
            name = child(v, "oprd", "ccomp", "xcomp", "attr") or pobj(v, "as")
            if name is not None and name.pos_ in ("PROPN", "NOUN"):
                return name
    return None
