"""A victim named by what he or she is: "killed two reporters", "the murder of a judge", "shot the priest".

The actor dictionary and the agent nouns of the ontology name sides; a victim is often named only by an occupation,
a rank or a kinship ("the mayor", "two nurses", "his driver"). Such a phrase, headed by a person noun of
data/figure_lexicon.tsv (class ``person``, the nouns the death counts already read as people), is the event's actor2
when nothing else names it: Civilians as ACLED codes them (the evidence span keeps the words: "a taxi driver"), or its
own words for soldiers, police, officials and ranks (data/rank_nouns.tsv). It is never used for actor1: who is named
by occupation alone ("a teacher") is no armed side.
"""
from __future__ import annotations

import functools
from typing import Optional

from sitrep.events.deps import RELATIVE_WORDS, child
from sitrep.events.roles import _DET, CIVILIANS, ActorFinder, np_tokens, span_of
from sitrep.model import ActorRef
from sitrep.nlp.doctext import doc_text
from sitrep.nlp.figures import _lemma, figure_lexicon
from sitrep.resources import data_rows

__all__ = ["carried_people", "person_patient", "person_noun", "protesters_of", "who_died_in", "aimed_at", "left_harmed", "fight_killed", "civilian_marked", "civilian_modifier",
           "person_not_place", "person_not_state", "deed_relation", "own_blast"]

# counted-noun kinds of data/figure_lexicon.tsv whose people ACLED codes as Civilians when they are the victims ("a taxi
# driver", "two priests", "a judge"); soldiers, police, fighters, officials and peacekeepers keep their own words
_CIVILIAN_KINDS = frozenset({"people", "civilians", "children", "women", "families", "refugees", "displaced", "hostages"})

_AIM_PREPS = ("at", "on", "upon", "against")  # "fired at X", "opened fire on X", "a grenade thrown at X"
_FIRE = ("fire", "shot", "shots", "grenade", "grenades", "rocket", "rockets")  # "opened fire on X", "fired shots at X"
# entity types never aimed at: "attacked on Sunday", "fired at dawn", "shot at 9 pm"
_NOT_TARGET_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})

_HARMED = frozenset({"dead", "wounded", "injured", "hurt", "maimed"})  # "left 12 people dead / two soldiers wounded"
# kinds of person nouns of data/figure_lexicon.tsv that stand for a state or an armed side when they are the victims
# ("two Ruritanian soldiers", "the Ruritanian foreign minister")
_STATE_KINDS = frozenset({"soldiers", "troops", "fighters", "police", "peacekeepers", "officials"})
_IN_DEED = ("in", "during")  # "died in the explosion", "perished during the attack"
_WHEN = ("when", "as")  # "died when a bomb exploded"


# nouns that gather people without naming them: "crowds of people", "a group of farmers", "a queue of women"; the
# victim is who the of-phrase names
_GATHERINGS = frozenset({"crowd", "group", "queue", "line", "gathering", "throng", "busload"})


def gathered_people(tok):  # type: ignore[no-untyped-def]
    """The person noun of "crowds of people", "a group of farmers" (the of-object, when a person noun), else None."""
    if tok is None or tok.pos_ != "NOUN" or _lemma(tok) not in _GATHERINGS:
        return None
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = child(of, "pobj") if of is not None else None
    return obj if obj is not None and person_noun(obj) else None


def carried_people(tok):  # type: ignore[no-untyped-def]
    """Who a struck vehicle carried: "a vehicle carrying SDF commanders", "a bus transporting workers" (the object of
    a carrying participle on the target), or who guarded it: "a convoy of fuel tankers escorted by Malian soldiers"
    (the agent of an escorting participle on the target or on its "of" noun); else None."""
    verb = next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in ("carry", "transport", "ferry")), None)
    if verb is not None:
        return child(verb, "dobj")
    for t in [tok, *(p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj")]:
        guard = next((c for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in _ESCORTING), None)
        agent = child(guard, "agent") if guard is not None else None
        if agent is not None:
            return child(agent, "pobj")
    return None


# participles of guarding a target on the move or in place ("a convoy escorted by soldiers"): the guards are hit
_ESCORTING = frozenset({"escort", "guard", "protect"})


def person_noun(tok) -> bool:  # type: ignore[no-untyped-def]
    """``tok`` is a common noun of a person (data/figure_lexicon.tsv class ``person``: "protesters", "civilians")."""
    info = figure_lexicon().nouns.get(_lemma(tok)) if tok.pos_ == "NOUN" else None
    return info is not None and info[1] == "person"


@functools.lru_cache(maxsize=1)
def protester_nouns() -> frozenset[str]:
    """Person nouns of data/figure_lexicon.tsv that are words of protest (ontology cue protest_words): "protester",
    "demonstrator". ACLED codes them as Protesters (<country>), inter 6, not as Civilians."""
    from sitrep.events.ontology import load_ontology

    words = load_ontology().cue("protest_words")
    return frozenset(w for w, (_kind, cls) in figure_lexicon().nouns.items() if cls == "person" and w in words)


def protesters_of(tok, finder: Optional[ActorFinder], aid: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """Protesters for the noun phrase headed by a protester noun ``tok``: of the report's one country when
    ``finder`` knows it (:meth:`ActorFinder.report_country`), else of no country; None for any other noun."""
    if tok is None or tok.pos_ != "NOUN" or _lemma(tok) not in protester_nouns():
        return None
    sp = span_of(np_tokens(tok), aid)
    res = getattr(finder.resolve, "__self__", None) if finder is not None else None
    country = finder.report_country(tok.doc) if finder is not None and res is not None else None
    got = res.role_actor(country, "PROTESTERS") if country else (None, None)
    return ActorRef(got[0], got[1], sp, "primary") if got[0] else ActorRef("x:protesters", "Protesters", sp, "primary")


def person_patient(tok, aid: str, finder: Optional[ActorFinder] = None) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """An ad-hoc actor for the noun phrase headed by ``tok`` when its head is a person noun, else None; protesters
    (:func:`protesters_of`) as ACLED names them."""
    if tok is None or tok.pos_ != "NOUN":
        return None
    lem = _lemma(tok)
    info = figure_lexicon().nouns.get(lem)
    if info is None or info[1] != "person":
        people = gathered_people(tok)  # "opened fire on crowds of people": the people
        return person_patient(people, aid, finder) if people is not None else None
    if lem in protester_nouns():
        return protesters_of(tok, finder, aid)
    toks = np_tokens(tok)
    body = [t for t in toks if t.lower_ not in _DET and t.pos_ not in ("NUM", "PUNCT") and t.dep_ != "case"
            and (t.dep_ != "poss" or t.i == tok.i) and t.lower_ not in ("dead", "alive")]
    if not body:
        return None
    if info[0] in _CIVILIAN_KINDS and lem not in rank_nouns():
        return ActorRef(CIVILIANS.entity_id, CIVILIANS.name, span_of(body, aid), "primary")  # coded as ACLED codes them
    clean = doc_text(tok.doc)[body[0].idx: body[-1].idx + len(body[-1].text)]
    return ActorRef("x:" + "-".join(w.lower() for w in clean.split())[:60], clean, span_of(toks, aid), "primary")


@functools.lru_cache(maxsize=1)
def rank_nouns() -> frozenset[str]:
    return frozenset(cols[0].strip().lower() for cols in data_rows("rank_nouns.tsv", needs=("word", "source")))


def who_died_in(trig, finder: ActorFinder, aid: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The victim of a deed told as the scene of a death: "X died in the explosion", "two soldiers perished during the
    attack", "the judge died when a bomb exploded" -- the subject of a verb whose subject counts the dead
    (data/figure_lexicon.tsv: die, perish), the deed its "in/during" phrase or its "when" clause."""
    verb = None
    if trig.dep_ == "pobj" and trig.head.dep_ == "prep" and trig.head.lower_ in _IN_DEED:
        verb = trig.head.head
    elif trig.dep_ == "advcl" and any(c.lower_ in _WHEN for c in trig.children if c.dep_ in ("advmod", "mark")):
        verb = trig.head
    if verb is None or verb.pos_ != "VERB" or figure_lexicon().verbs.get(verb.lemma_.lower()) != ("killed", "subj"):
        return None
    who = child(verb, "nsubj")
    if who is None or who.lower_ in RELATIVE_WORDS:
        return None
    from sitrep.events.antecedents import pronoun_patient

    return finder.actor(who) or pronoun_patient(who, finder, aid) or person_patient(who, aid, finder)


def aimed_at(v):  # type: ignore[no-untyped-def]
    """The target of a violent verb told by its aim: "fired at X", "soldiers fired on X", "a grenade thrown at X",
    "opened fire on X", "fired shots at X" -- the object of an at/on/upon/against phrase on the verb or on its "fire /
    shots" object. Never a time ("on Sunday", "at dawn"); a place is left to the caller (who never takes one)."""
    hosts = [v] + [c for c in v.children if c.dep_ == "dobj" and c.lower_ in _FIRE]
    for h in hosts:
        for prep in h.children:
            if prep.dep_ == "prep" and prep.lower_ in _AIM_PREPS:
                t = child(prep, "pobj")
                if t is not None and t.pos_ in ("NOUN", "PROPN", "PRON") and t.ent_type_ not in _NOT_TARGET_ENTS:
                    return t
    return None


def left_harmed(trig):  # type: ignore[no-untyped-def]
    """The victims of a deed told by what it left behind: "the blast left two soldiers wounded", "the ambush, which
    left nine herders dead", "a truck bomb exploded, leaving 12 people dead" -- the object of "leave" (the deed its
    subject, the relative clause on the deed noun, or a participle clause on the deed verb or on the verb the deed noun
    is the subject of) that a predicate of
    harm (dead, wounded, injured, hurt) qualifies. None for anything else left ("left the village without water")."""
    hosts = [trig] + ([trig.head] if trig.dep_ == "nsubj" and trig.head.pos_ == "VERB" else [])  # "a bomb exploded"
    cands = [c for h in hosts for c in h.children if c.dep_ in ("relcl", "acl", "advcl") and c.lemma_.lower() == "leave"]
    if trig.dep_ == "nsubj" and trig.head.lemma_.lower() == "leave":
        cands.append(trig.head)
    for leave in cands:
        obj = child(leave, "dobj")
        if obj is None or obj.lower_ in _HARMED or obj.lower_ in RELATIVE_WORDS:
            continue
        preds = [c for c in leave.children if c.i > obj.i and c.dep_ in ("oprd", "acomp", "advcl", "xcomp", "ccomp")]
        preds += [c for c in obj.children if c.i > obj.i and c.dep_ in ("amod", "acl")]
        if any(p.lower_ in _HARMED for p in preds):
            return obj
    return None


def fight_killed(trig):  # type: ignore[no-untyped-def]
    """The people a fight between two sides killed, told with the fight's noun as the subject of "kill": "clashes
    killed 30 people", "heavy fighting killed 12 civilians" (the object of "kill"). None for anything else: a
    one-sided deed ("the bomb killed 12 people") keeps its victims."""
    from sitrep.events.cues import sense_cue

    if trig.dep_ != "nsubj" or trig.head.lemma_.lower() != "kill" or trig.lemma_.lower() not in sense_cue("two_sided_fights"):
        return None
    return child(trig.head, "dobj")


def civilian_marked(tok, aid: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """Civilians, for a victim phrase that says only that it was civilian ("a civilian target", "civilian
    vehicles"): a noun (no place: the caller never takes one) with the modifier "civilian". None for anything else."""
    if tok is None or tok.pos_ != "NOUN" or civilian_modifier(tok) is None:
        return None
    return ActorRef(CIVILIANS.entity_id, CIVILIANS.name, span_of(np_tokens(tok), aid), "primary")


def civilian_modifier(tok):  # type: ignore[no-untyped-def]
    """The modifier "civilian" of noun ``tok`` ("the civilian killings", "a civilian target"), else None."""
    return next((c for c in tok.children if c.dep_ in ("amod", "compound") and c.lemma_.lower() == "civilian"), None)


def person_not_place(tok, ref: Optional[ActorRef], places, aid: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """The victim phrase headed by person noun ``tok`` read as the place of its "of" phrase or modifier ("the mayor
    of Cali", "the Dorva mayor": the town, an ad-hoc name or a place of the gazetteer, whose span leaves out the
    head): the person instead, as :func:`person_patient` names him. ``ref`` unchanged otherwise (a group the phrase
    names, "three members of the FMLN", stays the group)."""
    if ref is None or ref.span is None or tok is None or ref.span.start <= tok.idx < ref.span.end:
        return ref
    placed = ref.entity_id.startswith("x:") or any(p.span.start < ref.span.end and ref.span.start < p.span.end
                                                   for p in places)
    if not placed:
        return ref
    return person_patient(tok, aid) or ref


def deed_relation(obj, deed_heads) -> bool:  # type: ignore[no-untyped-def]
    """The object of a verb that is no deed names people by their relation to the deed, whose noun hangs on it
    through a preposition: "hunting the authors of the bombing", "those behind the raid" -- which
    side of the deed they are the noun alone says, so they are no victim read from the structure. Not "the
    tenants affected by the explosion" (a participle says what the deed did to them)."""
    return any(c.dep_ == "prep" and any(p.dep_ == "pobj" and p.i in deed_heads for p in c.children)
               for c in obj.children)


def person_not_state(tok, ref: Optional[ActorRef], aid: str) -> Optional[ActorRef]:  # type: ignore[no-untyped-def]
    """A victim named by a private person noun and a demonym ("a Ruritanian engineer", "the two Ruritanian
    missionaries") that the dictionary reads only through the demonym, as the country's government: the persons
    instead, as :func:`person_patient` names them (Civilians for the civilian kinds). The government stays for
    office and armed nouns (data/figure_lexicon.tsv kinds officials, soldiers, police...; data/rank_nouns.tsv:
    "the Ruritanian attorney general") and for a phrase the dictionary knows by more than the demonym ("the
    Ruritanian president" is its head of state, another id)."""
    if ref is None or not ref.entity_id.endswith("_GOV") or tok is None or tok.pos_ != "NOUN":
        return ref
    info = figure_lexicon().nouns.get(_lemma(tok))
    if info is None or info[1] != "person" or info[0] in _STATE_KINDS or _lemma(tok) in rank_nouns():
        return ref
    return person_patient(tok, aid) or ref


def stray_hit(v) -> bool:  # type: ignore[no-untyped-def]
    """Verb ``v`` tells someone hit by fire not aimed at them: "was killed by a stray bullet", "was hit by a stray
    round and died", "was caught in the crossfire" (the by-phrase may hang on a verb ``v`` is coordinated with).
    Such a person is a bystander of the fight the sentence tells: its toll, not its target (ACLED)."""
    from sitrep.events.cues import sense_cue

    cues = sense_cue("stray_fire")

    def own_subject(x) -> bool:  # type: ignore[no-untyped-def]
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in x.children)

    # (a verb it is coordinated with shares the victim only when one of the two has no subject of its own: "was
    # hit by a stray bullet and died", not "gunmen attacked the post, and a farmer was killed by a stray bullet")
    for w in (v, *(c for c in v.conjuncts if c.pos_ == "VERB" and not (own_subject(c) and own_subject(v)))):
        for prep in w.children:
            if prep.dep_ not in ("agent", "prep") or prep.lower_ not in ("by", "in", "from"):
                continue
            for o in prep.children:
                if o.dep_ == "pobj" and (o.lemma_.lower() in cues or any(
                        c.dep_ in ("amod", "compound") and c.lemma_.lower() in cues for c in o.children)):
                    return True
    return False


# the doer of a bombing by his own deed's nouns: "the bomber", "a suicide attacker", "the assailant"
_BOMBERS = frozenset({"bomber", "bombers", "attacker", "attackers", "assailant", "assailants"})


def own_blast(victim: Optional[ActorRef], event_type: str) -> bool:
    """ "The bomber was also killed in the blast": the one who set the bomb off, told as the one it killed, is the
    deed's doer (counted in its toll), never its victim (ACLED: actor2 is who was attacked). Only an explosion, only
    a victim named by no more than a doer's noun ("the bomber", not "the bomb-maker's family")."""
    if victim is None or event_type != "Explosions/Remote violence" or not victim.entity_id.startswith("x:"):
        return False
    words = victim.name.lower().split()
    return bool(words) and words[-1] in _BOMBERS
