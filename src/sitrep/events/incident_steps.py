"""A siege that leads to an attack, a side's withdrawal in a fight and the forces sent after an attack are parts of
that incident, not events of their own.

A report of an attack often tells how it began and what followed: "the gunmen surrounded the church and opened
fire", "the army overran the base after a siege lasting months", "security forces ended the siege"; then "troops
were deployed to the area", "reinforcements were rushed to the spot", "the government said it was sending
troops". Each such clause is read as a strategic development (a siege: Other; a deployment: Change to
group/activity), but ACLED codes the attack, and the siege around it or the deployment that answers it are told in
its notes. :func:`fold_steps` drops them when the article tells an incident (a violent event, a protest or a riot,
asserted or claimed) they belong to:

- an encirclement or siege ("surround", "encircle", "besiege", "siege"; not a curfew or a blockade) at a place
  compatible with the incident's (events/merge_places.places_compatible), told anywhere in the article;
- a side's withdrawal or retreat (read as a non-violent transfer of territory: "withdraw", "pull out", "retreat",
  "abandon", "evacuate") told in another sentence than an incident at a compatible place within
  :data:`FIGHT_DAYS` of it: the loser's side of a fight ("the militants withdrew after a short exchange of fire",
  "troops pulled out after two days of fighting"), which ACLED's non-violent transfer (territory changing hands
  without fighting) excludes; in its own sentence it is left (a CASE snippet's code may be the withdrawal's);
- a deployment (PLOVER MOBILIZE) told after the incident, at a compatible place, dated on its day or within
  :data:`RESPONSE_DAYS` after it, by no side named or by another side than the incident's named doer (a side
  massing its own forces before it strikes again is news of its own: "Russian forces have been regrouping in the
  east", and so is a named side's deployment after an attack whose doer is not named, or the struck side's
  reinforcements: an escalation); a named side's deployment answers it only at the incident's own place, or the
  province or district that holds it (its forces sent to another town of the region are news of their own).

- a round-up (read as arrests: "rounded up men in the square") told in a sentence of a violent incident at a
  compatible place ("rounded up villagers and shot them"): the killers gathering their victims, not an arrest
  (ACLED codes the killing; an arrest is a state's detention of suspects).

A deployment of police (the forces sent are police or officers: "police deployed 3,000 officers", "heavy police
deployments", "had deployed more officers to the area") or one whose purpose is to protect or help ("troops had been
deployed to protect the town", "the army was deployed to help with rescue work") is dropped with no incident told
(:func:`policing_deployment`): policing and guarding are no change in an armed group's activity (no conflict set's
gold codes one).

Neither is dropped when its sentence marks it as another incident ("Separately, ...": events/merge_guards.told_separate).
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Optional

from sitrep.events.merge_guards import told_separate
from sitrep.events.merge_places import places_compatible
from sitrep.events.merge_types import MERGED_TYPES
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention, Place

RESPONSE_DAYS = 7  # a deployment this many days after an incident, to its place, answers it
FIGHT_DAYS = 2  # a withdrawal this many days from a fight at its place is that fight's outcome
_WITHDRAWAL = re.compile(r"^(?:withdr|retreat|pull|abandon|evacuat|vacat)", re.I)
_SIEGE = re.compile(r"^(?:surround|encircl|besieg|siege)", re.I)
_ROUND_UP = re.compile(r"^round", re.I)
_HOST_MODALITIES = frozenset({"asserted", "claimed", "disputed"})


def siege(m: EventMention) -> bool:
    """An encirclement or siege read as a strategic development of its own."""
    return m.event_type == "Strategic developments" and m.sub_event_type == "Other" and m.trigger is not None \
        and bool(_SIEGE.match(m.trigger.text))


def deployment(m: EventMention) -> bool:
    """Armed forces sent, deployed or reinforced (ACLED change to group/activity, PLOVER MOBILIZE)."""
    return m.sub_event_type == "Change to group/activity" and m.plover == "MOBILIZE"


_POLICE = frozenset({"police", "policeman", "policemen", "policewoman", "policewomen", "officer", "officers",
                     "constable", "constables"})
_GUARD_AIMS = frozenset({"protect", "help", "guard", "assist", "secure", "maintain", "restore", "keep", "patrol",
                         "escort", "reinforce", "support"})
_FORCE_DEPS = frozenset({"dobj", "nsubjpass", "nsubj", "compound", "amod"})


def policing_deployment(m: EventMention, doc) -> bool:  # type: ignore[no-untyped-def]
    """A deployment of police, or one sent to protect or help: policing or guarding, no change in an armed group's
    activity. Gate: the deployment reading, then the trigger's own children only."""
    from sitrep.events.participle_background import trigger_token

    if not deployment(m) or m.trigger is None:
        return False
    head = trigger_token(m, doc)
    if head is None or head.lower_ in _POLICE:
        return False  # "officers deployed ..." read with the noun as trigger: left
    for c in head.children:
        if c.dep_ in _FORCE_DEPS and (c.lower_ in _POLICE or any(g.lower_ in _POLICE for g in c.children
                                                                   if g.dep_ in ("compound", "amod"))):
            return True
        if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _GUARD_AIMS \
                and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return True
    return False


def withdrawal(m: EventMention) -> bool:
    """A side's withdrawal read as a non-violent transfer of territory (not a handover or a cession)."""
    return m.sub_event_type == "Non-violent transfer of territory" and m.trigger is not None \
        and bool(_WITHDRAWAL.match(m.trigger.text))


def _near(host: EventMention, m: EventMention, days: int) -> bool:
    """``m`` is dated within ``days`` of the host (or either is dated only by the report)."""
    if "reported" in (host.date_precision, m.date_precision) or host.date_start is None or m.date_start is None:
        return True
    return (m.date_start - (host.date_end or host.date_start)).days <= days \
        and (host.date_start - (m.date_end or m.date_start)).days <= days


def _after(host: EventMention, m: EventMention) -> bool:
    """``m`` is dated on the host's day or within RESPONSE_DAYS after it (or either is dated only by the report)."""
    if "reported" in (host.date_precision, m.date_precision) or host.date_start is None or m.date_start is None:
        return True
    end: _dt.date = host.date_end or host.date_start
    return host.date_start <= m.date_start and (m.date_start - end).days <= RESPONSE_DAYS


def _another_side(m: EventMention, host: EventMention) -> bool:
    """The deployment is not the incident's doer's: it names no one, or the incident's named doer is another side
    (an unnamed doer may be the side that deploys: "a missile hit the station ... Russia is massing troops"). Nor is
    it the side the incident struck: a state whose troops came under fire and that then sends reinforcements
    escalates, which is news of its own ("Ruritania rushed more troops to the province after the strike")."""
    if m.actor1 is None:
        return True
    if host.actor2 is not None and m.actor1.entity_id == host.actor2.entity_id:
        return False
    return host.actor1 is not None and m.actor1.entity_id != host.actor1.entity_id


def _same_place(host: EventMention, m: EventMention) -> bool:
    """Both are placed, at one place (the same entry or name): a named side's forces sent elsewhere in the region,
    even to a town next to the fighting ("a convoy of Ruritanian armour arrived in the town of X" after fighting in
    Y), are a deployment of their own."""
    a, b = host.place, m.place
    if a is None or b is None:
        return False
    return bool(a.geonameid) and a.geonameid == b.geonameid or a.name == b.name or region_holds(b, a)


def region_holds(region: Place, p: Place) -> bool:
    """``region`` is the province (or district) that holds ``p``: forces sent "to the village", placed only by the
    province the report names ("had sent troops to the village" after a raid near Gwoza, Borno), are sent to the
    incident's place, not to another town of the region."""
    if not region.country or region.country != p.country:
        return False
    if region.feature_class == "A.ADM1":
        return bool(region.admin1) and region.admin1 == p.admin1
    if region.feature_class == "A.ADM2":
        return bool(region.admin2) and region.admin2 == p.admin2 and region.admin1 == p.admin1
    return False


def round_up(m: EventMention) -> bool:
    """People rounded up, read as arrests."""
    return m.sub_event_type == "Arrests" and m.trigger is not None and bool(_ROUND_UP.match(m.trigger.text))


def _told_with(host: EventMention, m: EventMention) -> bool:
    """``m``'s trigger lies in a sentence that tells the host (its own or one of its evidence)."""
    return m.trigger is not None and any(s.start <= m.trigger.start < s.end for s in [host.sentence, *host.evidence])


def _host_of(m: EventMention, hosts: list[EventMention]) -> Optional[EventMention]:
    if told_separate(m):
        return None
    if round_up(m):
        return next((k for k in hosts if k.event_type in VIOLENT_EVENT_TYPES and k.modality == "asserted"
                     and _told_with(k, m) and places_compatible(k, m)), None)
    if siege(m):
        return next((k for k in hosts if places_compatible(k, m)), None)
    if withdrawal(m):
        return next((k for k in hosts if k.sentence != m.sentence and places_compatible(k, m)
                     and _near(k, m, FIGHT_DAYS)), None)
    if deployment(m):
        return next((k for k in hosts if k.sentence.start < m.sentence.start and places_compatible(k, m)
                     and _after(k, m) and _another_side(m, k) and (m.actor1 is None or _same_place(k, m))), None)
    return None


def drop_policing_deployments(mentions: list[EventMention], doc) -> list[EventMention]:  # type: ignore[no-untyped-def]
    """The mentions less the deployments of police and those sent to protect or help (:func:`policing_deployment`)."""
    if not any(deployment(m) for m in mentions):
        return mentions
    return [m for m in mentions if not policing_deployment(m, doc)]


def fold_steps(mentions: list[EventMention]) -> list[EventMention]:
    """The article's mentions less the sieges, withdrawals, deployments and round-ups that are steps of, or answers to, an incident it
    tells (order kept). Their sentences do not join the incident's evidence: a siege may be told in passing
    ("aid to besieged areas"), and a sentence of evidence counts as a telling of the incident."""
    hosts = [k for k in mentions if k.event_type in MERGED_TYPES and k.modality in _HOST_MODALITIES]
    if not hosts:
        return mentions
    out = []
    for m in mentions:
        host = _host_of(m, hosts)
        if host is None:
            out.append(m)
        elif round_up(m) and host.date_precision == "reported" and m.date_precision != "reported":
            # "rounded up villagers on Monday and shot them": the day told with the round-up is the killing's
            host.time, host.date_start, host.date_end, host.date_precision = \
                m.time, m.date_start, m.date_end, m.date_precision
    return out
