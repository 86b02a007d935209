"""Decides how triggers group into events (:func:`group_triggers`): one group per clause head (a trigger that is an
event of its own heads its own: :func:`trigger_head`), a generic killing joined to its weapon's or cause's clause
(:func:`join_generic_killings`, :func:`killing_host`), two verbs of one assault joined (:func:`join_shared_assaults`),
an action inside a threat, rejection or accusation embedded in it unless told apart or denied as a deed of its own
(:func:`embed_in_speech_acts`). Evidence: the parse, :mod:`.timing`, :mod:`.separate`, events/modality's governors.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.accusation import accused_deed, charged_that
from sitrep.events.crowd_violence import protest_grievance
from sitrep.events.deps import child, passive_after_active
from sitrep.events.frames import charged_deed, legal_sequel_deed
from sitrep.events.modality import governors, past_setting
from sitrep.events.ontology import Ontology, TypeDef
from sitrep.events.reference import deed_spoken_of
from sitrep.events.triggers.clause import clause_head
from sitrep.events.triggers.model import Group, Trigger, shots_fired
from sitrep.events.triggers.separate import consequence_subject, sequenced
from sitrep.events.triggers.timing import CAUSE_MARKS, apart_in_time, dated_apart, measured_after
from sitrep.events.triggers.words import SPEECH_ACTS, VIOLENT_TYPES


CAUSE_TYPES = frozenset({"Explosions/Remote violence", "Outside ACLED", "Battles", "Violence against civilians"})


def cause_type(tdef: TypeDef) -> bool:
    """A deed that kills or wounds by itself: a blast, a weapon, a fight, an attack, an accident (not a
    dispersal or an arrest, whose wounded are told apart)."""
    return tdef.event_type in CAUSE_TYPES or tdef.code == "protests.excessive_force"


def told_apart(deed, gov, onto: Ontology) -> bool:  # type: ignore[no-untyped-def]
    """``gov``, a plain verb of saying ("say", "add", "tell") between a deed verb with its own subject and a
    threat, denial or accusation above: the deed is the speaker's report, not part of the speech act."""
    if any(c.dep_ == "aux" and c.lower_ in onto.cue("modal_future") for c in deed.children):
        return False  # "saying they would kill anyone": still the threat
    return deed.pos_ == "VERB" and child(deed, "nsubj") is not None and gov.lemma_.lower() in (
        onto.cue("speech_verbs") - {"claim", "allege", "insist", "believe", "assert"})


def denied_deed(g: Group, host: Group, onto: Ontology) -> bool:
    """``g``, a violent deed told with its own subject in a clause under a verb of denial ("the army denied that it
    shelled the village", "denied its troops had fired on the crowd"): the deed is an event of its own that the
    denier says did not happen (modality denied), not only the denial's content."""
    deed = g.primary(onto).tok
    return (g.primary(onto).tdef.event_type in VIOLENT_TYPES and g.head.pos_ == "VERB" and g.head.dep_ == "ccomp"
            and g.head.head.i == host.head.i and host.head.lemma_.lower() in onto.cue("deny_verbs")
            and child(g.head, "nsubj") is not None and deed.i == g.head.i)


def group_triggers(trigs: list[Trigger], onto: Ontology) -> list[Group]:
    """One group per clause head; generic killings merged into their weapon, embedded actions into threats/denials."""
    groups: dict[int, Group] = {}
    kill = onto.cue("kill_lemmas")
    for t in trigs:
        h = trigger_head(t, onto, kill)
        groups.setdefault(h.i, Group(h, [])).triggers.append(t)
    join_generic_killings(groups, onto, kill)
    join_shared_assaults(groups, onto)
    embed_in_speech_acts(groups, onto)
    return [groups[k] for k in sorted(groups)]


def trigger_head(t: Trigger, onto: Ontology, kill: frozenset[str]):  # type: ignore[no-untyped-def]
    """The token whose group ``t`` joins: its clause head, or the trigger itself when it is an event of its own."""
    h = clause_head(t.tok)
    if sequenced(t.tok) and t.tok.lemma_.lower() not in kill and t.tdef.event_type != "Battles":
        h = t.tok  # "seized X after heavy shelling": the shelling is an event of its own
    elif t.tdef.event_type in VIOLENT_TYPES and consequence_subject(t.tok):
        h = t.tok  # "the shooting of three guards sparked protests": the shooting is an event of its own
    elif t.tdef.event_type in VIOLENT_TYPES and (charged_deed(t.tok) or accused_deed(t.tok) or legal_sequel_deed(t.tok)):
        h = t.tok  # "X was charged with murder in the shooting": the shooting happened; X is its accused doer
        # ("blamed X for the attack", "accused X of bombing Y": the deed, X its accused doer, told as a claim)
    elif t.tdef.event_type in VIOLENT_TYPES and protest_grievance(t.tok, onto):
        h = t.tok  # "protested the shelling of their villages": the protest and the shelling are two events
    return h


def join_generic_killings(groups: dict[int, Group], onto: Ontology, kill: frozenset[str]) -> None:
    """A generic "killed"/"wounded" clause joins the weapon clause it depends on or follows (in place)."""
    order = sorted(groups)
    for i in order:
        g = groups.get(i)
        if g is None or not all(t.tok.lemma_.lower() in kill or shots_fired(t) for t in g.triggers) or charged_deed(g.head) \
                or accused_deed(g.head):
            continue  # (a deed a legal charge or an accusation names stays apart: "charged the officer with killing X",
            # "accused the rebels of killing 12 soldiers")
        target = killing_host(groups, order, i, onto)
        if target is not None and (target.primary(onto).tdef.event_type != "Strategic developments"
                                   or target.primary(onto).tdef.code == "sd.agreement"):
            target.triggers.extend(g.triggers)  # ("burned houses and killed 14 villagers", "arrested and killed":
            del groups[i]  # the killing is no property destruction or arrest, it stays the event carrying the toll)


def killing_host(groups: dict[int, Group], order: list[int], i: int, onto: Ontology) -> Optional[Group]:
    """The group the generic killing headed at ``i`` belongs to: a deed under it, the clause it hangs on, or the
    clause just before it in the same sentence whose subtree holds everything between; None: a deed of its own."""
    v = groups[i].head
    target = None
    inner = [groups[k] for k in order if k != i and k in groups and any(
        c.i == k and not dated_apart(v, c) and not passive_after_active(v, c)
        for c in v.children if c.dep_ == "conj")]  # ("killed a woman and was then shot by officers": two deeds)
    # "killed when a fuel tanker exploded", "injured after a gas cylinder blew up": the cause (a blast, a
    # weapon, an accident) told in a "when/after/as" clause under the killing
    inner += [groups[k] for k in order if k != i and k in groups
              and cause_type(groups[k].primary(onto).tdef) and any(
                  c.i == k and any(m.dep_ in ("mark", "advmod") and m.lower_ in CAUSE_MARKS for m in c.children)
                  and not apart_in_time(c) for c in v.children if c.dep_ == "advcl")]
    inner += [groups[k] for k in order if k != i and k in groups and groups[k].head.pos_ != "VERB"
              and sequenced(groups[k].head) and groups[k].head.head.head.i == v.i]
    if inner:
        target = inner[0]  # "killed and wounded in an attack", "killed after shelling"
    elif v.dep_ == "advcl" and measured_after(v) and child(v, "nsubj", "nsubjpass") is not None:
        pass  # "The bombing came a day after gunmen killed two workers": an earlier deed of its own, with its doer
    elif v.dep_ in ("advcl", "conj", "xcomp") and v.head.i in groups and v.head.i != i:
        target = groups[v.head.i]
    elif v.dep_ in ("ccomp", "parataxis") and child(v, "nsubj") is not None:
        pass  # "condemned the raid, saying gunmen killed two": a told killing with its own subject stays apart
    else:
        for j in reversed([k for k in order if k < i and k in groups]):
            h = groups[j].head
            between = range(h.i + 1, v.i)
            sub = {x.i for x in h.subtree}
            if all(b in sub for b in between) and h.sent == v.sent:
                target = groups[j]
            break
    return target


def join_shared_assaults(groups: dict[int, Group], onto: Ontology) -> None:
    """ "beating and kicking them", "tortured and executed hundreds": one assault told by two verbs that share
    their doer and their victim (the second has no subject of its own, the first no object) is one event (in place)."""
    for i in sorted(groups):
        g = groups.get(i)
        v = g.head if g is not None else None
        if v is None or v.dep_ != "conj" or v.pos_ != "VERB" or v.head.i == i or v.head.i not in groups \
                or child(v, "nsubj", "nsubjpass") is not None or child(v.head, "dobj") is not None:
            continue  # ("shot his wife and then opened fire on protesters": each verb its own victim, two deeds)
        host = groups[v.head.i]
        if g.primary(onto).tdef.code == "vac.attack" and host.primary(onto).tdef.code == "vac.attack":
            host.triggers.extend(g.triggers)
            del groups[i]


def embed_in_speech_acts(groups: dict[int, Group], onto: Ontology) -> None:
    """An action inside a threat or denial is part of it ("threatened to strike", "denied carrying out") (in place)."""
    for i in sorted(groups):
        g = groups.get(i)
        if g is None or g.primary(onto).tdef.plover in SPEECH_ACTS or charged_deed(g.head) or legal_sequel_deed(g.head) or (
                g.primary(onto).tdef.event_type in VIOLENT_TYPES and (accused_deed(g.head) or charged_that(g.head))):
            continue  # (a deed a legal charge names happened: "charged with murder in the shooting")
        for gov in governors(g.head):
            if past_setting(g.head, gov):
                break  # "blamed the separatists after a bomb killed six": the bombing is the setting, not the blame
            if gov.i not in groups and told_apart(g.head, gov, onto):
                break  # "condemned the raid, saying gunmen killed two": the saying tells the deed as a fact
            host = groups.get(gov.i)
            if host is not None and host.primary(onto).tdef.plover == "REJECT" and deed_spoken_of(
                    g.primary(onto).tok, {t.tok.i for t in host.triggers}):
                break  # "refused to give details about the shooting": the shooting happened, only the details refused
            if host is not None and host is not g and denied_deed(g, host, onto):
                break  # "the army denied that it shelled the village": the shelling is an event of its own, denied
            if host is not None and host is not g and host.primary(onto).tdef.plover in SPEECH_ACTS:
                host.embedded.append(g)
                del groups[i]
                break
