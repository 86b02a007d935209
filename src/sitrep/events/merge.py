"""One event per incident within an article: restatements of one violent incident are merged.

A report of one shooting says "attack", "explosion", "killed", "wounded" and "the attack" again in later
sentences; each sentence yields a mention, but they are one incident. :func:`merge_restatements` folds a
violent mention into an earlier one of the same article when nothing tells them apart:

- both violent (Battles, Explosions/Remote violence, Violence against civilians), or both a protest or riot
  (the strongest reading wins: violent > excessive force > intervention > peaceful), with the same modality, or
  the later one a background restatement ("the attack showed ...");
- dates compatible: the same day, or one known only from the report's date (then the later one must be a
  bare restatement, a background reference, or follow within a paragraph);
- places compatible: the same place (within ~10 km), or one placed only by the article, or by nothing, or by a
  province/country that contains the other;
- actors compatible: no two different actor1s, no two different actor2s, except that a victim told
  by a description (an ``x:`` id) fits another description or a dictionary actor, since one incident's victims are
  described in several ways;
- types compatible: the same sub-type, or at most one of them read off a specific weapon (a bare
  "attack"/"killed"/"explosion", an Armed clash only by its parties included, joins the strike or bombing it
  restates, which lends it its sub-type: :func:`merge_types.bare_deed`); territory taken merges only
  with the same sub-type at a place both name (each town taken is an incident);
- the later one's sentence does not mark another incident up to its trigger ("In a separate attack", "Separately",
  "Elsewhere", "another bombing": :func:`merge_guards.told_separate`).

The earlier (or more specific) mention keeps its fields, takes the other's fatality count where it has none,
its figures and actor2 where missing, and lists the other's sentence in ``evidence``. Its victim (actor2) gives way
to the other's when the other's telling is richer (:func:`merge_victims.richer_victim`: "two peasant leaders" over "the
victims", "the outstanding general" over "the general"), so that a restatement does not lose who was hit. Cost: each mention is
compared with the incidents kept so far in its article (a handful).
"""
from __future__ import annotations

import re
from typing import Optional

from sitrep.events.clash_sides import sides_swapped
from sitrep.events.counter_crowd import counter_apart
from sitrep.events.merge_dates import NEAR_CHARS, dated_apart, dates_compatible
from sitrep.events.merge_denials import denials_of_own_deeds, mark_claims
from sitrep.events.merge_doers import lone_doer, retold_doer, same_agent, unnamed_doer
from sitrep.events.merge_guards import (across_caption, agents_apart, moves_on, police_on_the_doer, sums_several,
    told_separate, victims_apart)
from sitrep.events.merge_lend import absorb
from sitrep.events.merge_places import places_compatible
from sitrep.events.merge_protest import protest_pair, protest_sides
from sitrep.events.merge_reference import named_before, take_reference
from sitrep.events.merge_together import told_together
from sitrep.events.merge_types import MERGED_TYPES, PROTEST_RANK, TERRITORIAL, modality_compatible, types_compatible
from sitrep.events.merge_victims import same_victim
from sitrep.events.protest_towns import towns_apart
from sitrep.events.retold_protest import retold_target
from sitrep.events.return_fire import defence_retold
from sitrep.model import VIOLENT_EVENT_TYPES, ActorRef, EventMention


def same_incident(a: EventMention, b: EventMention, round_up: bool = False, lone_named: bool = False) -> bool:
    """Whether ``b`` (later in the article) restates the incident of ``a`` (``lone_named``: the incidents
    before ``b`` have one doer, a named one, :func:`retold_doer`)."""
    if across_caption(a, b):
        return False
    if protest_pair(a, b) and counter_apart(a, b):
        return False  # a counter-demonstration is another crowd's protest (events/counter_crowd)
    if protest_pair(a, b) and towns_apart(a, b):
        return False  # "Large marches were also held in Cordoba": a protest of another town (events/protest_towns)
    return not dated_apart(a, b, round_up) and not told_separate(b) and sums_several(a) == sums_several(b) and (
            a.event_type in MERGED_TYPES and b.event_type in MERGED_TYPES
            and not a.outside and not b.outside
            and modality_compatible(a, b) and types_compatible(a, b) and dates_compatible(a, b)
            and places_compatible(a, b) and (protest_sides(a, b) or defence_retold(a, b) or sides_swapped(a, b) or (
                (same_agent(a.actor1, b.actor1) or retold_doer(a, b, lone_named)) and same_victim(a.actor2, b.actor2)
                and not victims_apart(a, b) and not agents_apart(a, b) and not police_on_the_doer(a, b)))) \
        and told_together(a, b) and not moves_on(a, b)


def merge_restatements(mentions: list[EventMention]) -> list[EventMention]:
    """The article's mentions with restatements of one violent incident folded into one (order kept); a side
    denying its own deed is a rejection (:func:`denials_of_own_deeds`) and its claim against the other, where it
    denies the attack, is marked ``claimed`` first (:func:`mark_claims`)."""
    denied_kinds: dict[int, set[str]] = {}
    for m in mentions:
        if m.event_type in VIOLENT_EVENT_TYPES and m.modality == "denied":
            denied_kinds.setdefault(m.sentence.start, set()).add(m.event_type)
    drop = denials_of_own_deeds(mentions)
    mentions = [m for m in mentions if m.id not in drop]
    mark_claims(mentions, denied_kinds)
    days = {m.date_start for m in mentions if m.event_type in VIOLENT_EVENT_TYPES and m.modality == "asserted"
            and m.date_precision == "day"}
    round_up = len(days) > 1  # incidents on several days: an undated one is not folded into any of them
    out: list[EventMention] = []
    incidents: list[EventMention] = []
    for m in mentions:
        target: Optional[EventMention] = None
        if m.event_type in MERGED_TYPES and m.sub_event_type in PROTEST_RANK and m.date_precision == "reported":
            # a protest retold with no day of its own: the telling of the same sub-type first ("our march ... gas")
            target = retold_target(m, [k for k in reversed(incidents) if same_incident(k, m, round_up)], PROTEST_RANK)
        elif m.event_type in MERGED_TYPES:
            lone = lone_doer(incidents)
            target = next((k for k in reversed(incidents) if same_incident(k, m, round_up, lone)), None)
        if target is not None:
            absorb(target, m)
            continue
        ref = named_before(m, [k for k in out if k.modality == "background"])
        if ref is not None:
            take_reference(m, ref)
            out.remove(ref)
        out.append(m)
        if m.event_type in MERGED_TYPES and m.modality in ("asserted", "claimed", "disputed"):
            incidents.append(m)
    return fold_side_deeds(out)


# deeds that ACLED codes as events of their own only "without a wider armed engagement" (data/ontology.json,
# sd.looting; weapons seized in an attack are its spoils): told with an attack they are part of it
SIDE_DEEDS = frozenset({"Looting/property destruction", "Disrupted weapons use"})


def _side_doer(side: Optional[ActorRef], host: Optional[ActorRef]) -> bool:
    """The side deed's doer may be the attack's: unnamed, said in other words ("the attackers", ``x:``), or the same."""
    return side is None or host is None or side.entity_id.startswith("x:") or side.entity_id == host.entity_id \
        or unnamed_doer(side)


# burning is an incident of its own in MUC-4 (ARSON) and in the CASE codes: only plunder and spoils are folded,
# and a burning told as a step of the raid (_raid_burning)
_PLUNDER = re.compile(r"^(?:loot|plunder|pillag|ransack|steal|stole|seiz|captur|took|take|confiscat|carr)", re.I)


def _burning(m: EventMention) -> bool:
    """A property deed other than plunder (burning, razing, destroying): never folded into an attack."""
    return m.sub_event_type == "Looting/property destruction" and not (
        m.trigger is not None and _PLUNDER.match(m.trigger.text))


def _raid_burning(m: EventMention) -> bool:
    """A burning its sentence tells as a step of the raid: after the raiders' coming in the same clause chain ("The
    attackers arrived on motorbikes and set fire to several vehicles", "entered the camp around midnight and set
    fire to dozens of shelters"; ontology cue ``raid_entry_words``) or with "also" ("the attackers also burned about
    20 houses"). A burning told on its own ("the kidnappers burned a shop as they left", "a restaurant was set on
    fire") stays an incident of its own (MUC-4's ARSON)."""
    from sitrep.events.ontology import load_ontology

    if m.trigger is None:
        return False
    before = [w.lower() for w in re.findall(r"[\w-]+", m.sentence.text[:m.trigger.start - m.sentence.start])]
    return bool(before) and (before[-1] == "also" or bool(set(before) & load_ontology().cue("raid_entry_words")))


def _spoils(side: EventMention, host: EventMention) -> bool:
    """Weapons seized by the attack's own doer are its spoils; a drone shot down or a bomb defused by anyone else
    (or by nobody named) keeps the attack from happening: an event of its own."""
    a, h = side.actor1, host.actor1
    return a is not None and h is not None and (a.entity_id == h.entity_id or a.entity_id.startswith("x:"))


# attackers closing in on their target ("the gunmen surrounded the church and opened fire"): the attack's approach
# (a siege, a blockade or a curfew, the other readings of ACLED's Strategic developments/Other, last for days: kept)
_CLOSING_IN = re.compile(r"^(?:surround|encircl)", re.I)


def _closing_in(m: EventMention) -> bool:
    return m.sub_event_type == "Other" and m.trigger is not None and bool(_CLOSING_IN.match(m.trigger.text))


def fold_side_deeds(mentions: list[EventMention]) -> list[EventMention]:
    """A looting or seizure of weapons, or a surrounding of the target, told in a sentence after an attack's, within
    a paragraph of it, at a compatible place and date, by the attack's doer or an unnamed one, is part of that attack
    ("stormed an army post ... The attackers seized weapons", "Gunmen killed twelve worshippers ... The assailants
    surrounded the church": one event), not an event of its own. Not in the attack's own sentence
    ("attacked the village and looted shops": CASE codes the looting there as an event). Never
    folded into a territorial event (taking a town and looting it are two events), nor across a mention told as
    another incident ("Separately, ..."); a burning only where its sentence tells it as a step of the raid
    (:func:`_raid_burning`: "The attackers arrived on motorbikes and set fire to several vehicles", "the gunmen also
    burned 20 houses"), else never (MUC-4 codes arson as an incident of its own: ARSON)."""
    hosts = [k for k in mentions if k.event_type in VIOLENT_EVENT_TYPES and k.modality == "asserted"
             and k.sub_event_type not in TERRITORIAL]
    if not hosts:
        return mentions
    out = []
    for m in mentions:
        host = None
        if (m.sub_event_type in SIDE_DEEDS or _closing_in(m)) and m.modality == "asserted" and not told_separate(m) \
                and (not _burning(m) or _raid_burning(m)):
            host = next((k for k in reversed(hosts)
                         if k.sentence.start < m.sentence.start
                         and m.sentence.start - max([k.sentence.end, *(e.end for e in k.evidence)]) <= NEAR_CHARS
                         and places_compatible(k, m) and dates_compatible(k, m)
                         and (_side_doer(m.actor1, k.actor1) if m.sub_event_type != "Disrupted weapons use"
                              else _spoils(m, k))), None)
        if host is None:
            out.append(m)
            continue
        if m.sentence != host.sentence and m.sentence not in host.evidence:
            host.evidence.append(m.sentence)
    return out
