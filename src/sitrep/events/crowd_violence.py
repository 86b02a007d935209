"""Protesters' own violence told by the verb they are the doers of (issue 16).

ACLED codes demonstrators who attack people or buildings, storm an office, set fire, loot or stone as a Violent
demonstration (Riots), and force used on demonstrators as a Protest with intervention or Excessive force against
protesters. Which side acts is told by the parse, not by the words alone: "protesters stormed the office" and
"protesters attacked the police station" are the demonstrators' deeds; "police attacked protesters" and
"protesters were attacked" are deeds done to them. A verb of ``crowd_violence_verbs`` (data/ontology.json) counts
when its active subject (through a coordinated verb that has none of its own, or a "who" relative) is a word of
``protest_words``, and it is not negated. "Set" counts only with fire as its object or complement ("set fire to",
"set ablaze").
"""
from __future__ import annotations

from sitrep.events.deps import RELATIVE_WORDS, verbs_all_read
from sitrep.events.ontology import Ontology
from sitrep.nlp.span_words import names_any

__all__ = ["protester_doer", "crowd_destruction", "protesters_violence", "protest_grievance", "grievance_tokens", "idle_violence_lemmas",
           "told_absent_lemmas", "told_unarmed", "record_only_lemmas"]

_FIRE = frozenset({"fire", "ablaze", "alight", "alite", "aflame"})
_GRIEVANCE_PREPS = frozenset({"against", "over"})


def _subject(verb):  # type: ignore[no-untyped-def]
    """The active subject of ``verb``: its own, or that of the verb it is coordinated with; a relative pronoun is
    the noun its clause describes."""
    head = verb
    for _ in range(4):
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            if subj.lower_ in RELATIVE_WORDS and head.dep_ == "relcl":
                return head.head
            return subj
        if any(c.dep_ == "nsubjpass" for c in head.children) or head.dep_ not in ("conj", "xcomp") or head.head is head:
            return None
        head = head.head
    return None


def protester_doer(verb, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``verb`` is a deed of crowd violence whose doers are protesters ("demonstrators stormed X")."""
    lem = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lem not in onto.cue("crowd_violence_verbs"):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    if lem == "set" and not any(c.lemma_.lower() in _FIRE for c in verb.children):
        return False  # "protesters set up a camp": no arson
    subj = _subject(verb)
    return subj is not None and subj.lemma_.lower() in onto.cue("protest_words")


_CROWD_NOUNS = frozenset({"crowd"})
_DESTRUCTION_VERBS = frozenset({"torch", "burn", "set", "ransack", "loot", "vandalise", "vandalize", "smash", "wreck",
                                "destroy", "demolish", "raze"})


_PERSON_PRONOUNS = frozenset({"him", "her", "them", "himself"})
_HARM_VERBS = frozenset({"beat", "lynch", "stone", "kill", "hack", "chase", "attack", "douse", "tie", "kick"})


def _harms_a_person(verb) -> bool:  # type: ignore[no-untyped-def]
    """The burning's object is a person ("set him on fire"), or a verb joined to it harms one ("chased the man, beat
    him with sticks and set the motorcycle on fire"): a lynching, not a crowd's destruction of property."""
    if any(c.dep_ == "dobj" and c.lower_ in _PERSON_PRONOUNS for c in verb.children):
        return True
    joined = [verb.head] if verb.dep_ == "conj" else []
    joined += [c for v in (verb, *joined) for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(v.lemma_.lower() in _HARM_VERBS for v in joined)


def crowd_destruction(verb, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``verb`` is a burning or wrecking of property done by a crowd of unarmed people: "residents and casual
    workers torched six machines", "a crowd of about 200 people ... set the machines on fire", "residents tore down
    a wall, setting the posts on fire" (the subject of the verb the participle hangs from). ACLED codes destruction of
    property by a crowd as a Violent demonstration (demonstrators' destructive activity), not a strategic
    development with no actor. The doers are a plural of cue ``crowd_clash_people`` (residents, workers, youths,
    villagers, farmers) or "crowd"; armed groups, state forces and one person are not a crowd."""
    lem = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lem not in _DESTRUCTION_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return False
    if lem == "set" and not any(c.lemma_.lower() in _FIRE or any(g.lemma_.lower() in _FIRE for g in c.children)
                                for c in verb.children):
        return False  # "set up a camp": no arson
    if _harms_a_person(verb):
        return False  # "the crowd beat him and set the motorcycle on fire", "set him on fire": a mob (events/crowd_lynching)
    head = verb
    while _subject(head) is None and head.dep_ in ("advcl", "conj") and head.head is not head:
        head = head.head  # "tore down a wall, setting the posts on fire": the doers of the main verb
    subj = _subject(head)
    if subj is None:
        return False
    low = subj.lemma_.lower()
    return low in _CROWD_NOUNS or (low in onto.cue("crowd_clash_people") and subj.tag_ == "NNS")


def protesters_violence(sent, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """Whether the sentence tells a deed of crowd violence done by protesters."""
    verbs = onto.cue("crowd_violence_verbs")
    return any(protester_doer(t, onto) for t in sent if t.lemma_.lower() in verbs)


def protest_grievance(tok, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``tok`` is a noun of a violent deed told as what a protest is against: the object of a protest word
    ("marched to protest the killing of ten workers") or of its "against"/"over" ("rallied against the shelling",
    "a protest over the murder of X"). The deed is the protest's grievance: neither its victims nor its dead are
    the protest's, and the protest words around it do not make it a protest."""
    if tok.pos_ != "NOUN":
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in _GRIEVANCE_PREPS:
        head = head.head
    elif tok.dep_ != "dobj":
        return False
    if head.lemma_.lower() not in onto.cue("protest_words"):
        return False
    return onto.violent_noun(tok.lemma_.lower())


def grievance_tokens(sent, onto: Ontology) -> frozenset[int]:  # type: ignore[no-untyped-def]
    """The indices of the tokens that tell a protest's grievance in ``sent`` (:func:`protest_grievance`: "the
    shelling of their homes by the army, which killed two"): what the protest is about, not what happened at it."""
    out: set[int] = set()
    for tok in sent:
        if tok.pos_ == "NOUN" and tok.i not in out and protest_grievance(tok, onto):
            out.update(x.i for x in tok.subtree)
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            if verb.pos_ == "VERB" and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
                # "protested the shelling of their homes by the army": an agent phrase parsed onto the active
                # protest verb after its grievance is the grievance's doer, not the protest's
                for c in verb.children:
                    if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by" and c.i > tok.i):
                        out.update(x.i for x in c.subtree)
    return frozenset(out | _record_clause_tokens(sent))


_HAVE = frozenset({"has", "have", "'ve"})


def _record_clause_tokens(sent) -> set[int]:  # type: ignore[no-untyped-def]
    """The tokens of the sentence's relative clauses told in the present perfect: "in a strike against extortion
    gangs that have killed dozens of drivers this year", "against a militia which has displaced thousands". Such a
    clause tells a record of what someone has done, the protest's cause, not force used at the protest told
    (branch protests10)."""
    out: set[int] = set()
    for tok in sent:
        if tok.dep_ == "relcl" and tok.pos_ == "VERB" and any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in _HAVE for c in tok.children):
            out.update(x.i for x in tok.subtree)
    return out


_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
_FIRE_WEAPON = frozenset({"cocktail"})  # "Molotov cocktails"


def idle_violence_lemmas(sent, onto: Ontology) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The lemmas of crowd-violence words (cues ``protest_violent``, ``incendiary_words``) that ``sent`` uses only as
    nouns modifying a noun that names no violence and no weapon ("petrol prices", "a stone quarry", "riot gear"), or
    as a state force's ("a police barricade"). A
    petrol bomb, stone pelting or rock-throwing youths keep the word: its head is itself a word of violence or a
    weapon (cues ``protest_violent``, ``incendiary_words``, ``named_explosives``, ``instrument_ied``)."""
    words = onto.cue("protest_violent") | onto.cue("incendiary_words")
    keep = words | onto.cue("named_explosives") | onto.cue("instrument_ied") | _FIRE_WEAPON

    state = onto.cue("state_words")

    def idle(t) -> bool:  # type: ignore[no-untyped-def]
        if any(c.dep_ in ("compound", "poss", "amod") and c.lemma_.lower() in state for c in t.children):
            return True  # "a police barricade": the police's, no crowd's
        h = t.head
        return t.dep_ in _MODIFIER_DEPS and h.i > t.i and h.pos_ in ("NOUN", "PROPN") and not any(
            h.lemma_.lower() == w or h.lower_.startswith(w) for w in keep)

    return _only_so(sent, words, idle) | thrown_force_lemmas(sent) | _block_nouns_only(sent)


_BLOCK = frozenset({"block"})


def _block_nouns_only(sent) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """{"block"} when ``sent`` uses "block" only as a noun: "the march filled several blocks of Abancay Avenue", "a
    block of flats" name a stretch of street or a building, not police blocking a crowd (an intervention is told by
    the verb: "police blocked the marchers"; branch protests10)."""
    if not names_any(sent, _BLOCK):
        return frozenset()
    blocks = [t for t in sent if t.lemma_.lower() == "block"]
    return frozenset({"block"}) if blocks and all(t.pos_ == "NOUN" for t in blocks) else frozenset()


# what the police throw at a crowd: "they threw tear gas", "hurled tear-gas canisters at the marchers"
_FORCE_THROWN = frozenset({"gas", "teargas", "tear-gas", "canister", "cannister"})
_THROW = frozenset({"throw", "hurl", "lob"})


def thrown_force_lemmas(sent) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The throwing verbs (``_THROW``) that ``sent`` uses only with tear gas as their object ("they threw tear gas,
    and when people did not run they started shooting"): the police's force, not the crowd's violence (branch
    protests7)."""
    if not names_any(sent, _THROW):
        return frozenset()
    hit: set[str] = set()
    other: set[str] = set()
    for t in sent:
        lem = t.lemma_.lower()
        if lem not in _THROW or t.pos_ != "VERB":
            continue
        objs = [o for o in t.children if o.dep_ == "dobj"]
        gas = objs and all(any(x.lower_ in _FORCE_THROWN for x in o.subtree) for o in objs)
        (hit if gas else other).add(lem)
    return frozenset(hit - other)


def _only_so(sent, words: frozenset[str], test) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The lemmas of ``words`` that ``sent`` tells as nouns, every one of whose occurrences passes ``test``."""
    if not names_any(sent, words):
        return frozenset()
    hit: set[str] = set()
    other: set[str] = set()
    for t in sent:
        lem = t.lemma_.lower()
        if lem in words and t.pos_ in ("NOUN", "PROPN"):
            (hit if test(t) else other).add(lem)
    return frozenset(hit - other)


_PROTEST_FORCE_CUES = ("protest_intervention", "protest_force", "protest_violent", "nonlethal_force", "lethal_force")


def told_absent_lemmas(sent, onto: Ontology) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The words of force used on or by a crowd that ``sent`` tells only as absent: "with no arrests reported",
    "without arrests or injuries", "no tear gas was used", "no one was arrested" (a noun with "no", the object of
    "without", joined to one of these, or a verb whose subject is no one). A protest so told met no intervention."""
    words = frozenset().union(*(onto.cue(c) for c in _PROTEST_FORCE_CUES))

    def absent(t) -> bool:  # type: ignore[no-untyped-def]
        head = t
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head  # "without arrests or injuries"
        if head.dep_ in ("compound", "amod") and head.head.pos_ == "NOUN":
            head = head.head  # "no tear gas": "tear" modifies "gas"
        return any(c.dep_ == "det" and c.lower_ == "no" for c in head.children) or (
            head.dep_ == "pobj" and head.head.lower_ == "without")

    return _only_so(sent, words, absent) | _nobody_verbs(sent, words)


_NOBODY = frozenset({"nobody", "none", "noone"})


def _nobody_verbs(sent, words: frozenset[str]) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The lemmas of ``words`` that ``sent`` tells as verbs, each of whose verbs has no one as its subject."""
    return verbs_all_read(sent, words, _nobody_subject)


def _nobody_subject(t) -> bool:  # type: ignore[no-untyped-def]
    """``t`` is a verb whose subject is no one or nothing: "no one was arrested", "nobody was detained", and a
    thing told with "no" ("no stones were thrown", "no shots were fired": the crowd's violence or the force told
    absent; branch protests12)."""
    if t.pos_ not in ("VERB", "AUX"):
        return False
    for c in t.children:
        if c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _NOBODY or any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
            return True
    return False


_ARMED = frozenset({"armed", "arm"})


# a crowd told singing, praying or dancing on the road it blocks holds the road as its protest (branch protests10);
# chanting is left out: stone-throwers chant too
_PEACEFUL_DOING = frozenset({"sing", "pray", "dance"})


def told_unarmed(sent, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``sent`` tells its crowd as unarmed or peaceful: "had blocked a main street but were not armed",
    "unarmed protesters sat in the road", "a peaceful sit-in blocked the avenue". A road blocked by such a crowd is
    the protest itself, not destructive activity (ACLED codes road-blocking as a violent demonstration when it is
    done with barricades or burning tyres; those words are ``protest_violent`` and count on their own)."""
    peaceful = onto.cue("peaceful_words") | {"unarmed"}
    for t in sent:
        low = t.lemma_.lower()
        if low in peaceful or t.lower_ in peaceful:
            return True
        if low in _PEACEFUL_DOING and t.pos_ == "VERB" and not any(c.dep_ == "neg" for c in t.children):
            return True  # "had blocked a main road ... and were singing when police began shooting"
        if t.lower_ in _ARMED and t.pos_ in ("ADJ", "VERB") and any(
                c.dep_ == "neg" for h in (t, t.head) for c in h.children):
            return True  # "were not armed"
    return False


def record_only_lemmas(sent) -> frozenset[str]:  # type: ignore[no-untyped-def]
    """The lemmas used in ``sent`` only inside its present-perfect relative clauses (a record, the protest's cause:
    :func:`_record_clause_tokens`)."""
    inside = _record_clause_tokens(sent)
    if not inside:
        return frozenset()
    outside = {t.lemma_.lower() for t in sent if t.i not in inside}
    return frozenset(t.lemma_.lower() for t in sent if t.i in inside) - outside
