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

Where each decision is made (this module keeps the driver, :func:`merge_restatements`, and the test that joins
the decisions, :func:`same_incident`):

- events/merge_types: which types merge, and when two types/modalities may be one incident (``types_compatible``);
- events/merge_places, events/merge_dates: when two places / two dates may be one incident (``dated_apart``);
- events/merge_doers, events/merge_victims: when two doers / two victims may be one incident's;
- events/doer_anaphor: "the attackers" in a later sentence is the doer told before;
- events/merge_protest: one demonstration told from its sides;
- events/merge_guards: the split guards (``told_separate``, ``moves_on``, ``marked_apart``, ``victims_apart``, ...);
- events/merge_together: the positive evidence asked on top (``told_together``);
- events/merge_pointers, events/merge_tellings: the words pointing back to a deed, the words of an actor's telling;
- events/merge_lend, events/merge_lend_type: what the merged event takes (toll, doer, victim, place, date; type);
- events/merge_denials: denials and claims marked before the merge;
- events/merge_reference: an incident told only by reference, and a definite restatement of it;
- events/merge_side_deeds: lootings, spoils and surroundings folded into their attack after the merge.
"""
from __future__ import annotations

from typing import Optional

from sitrep.events.clash_sides import sides_swapped
from sitrep.events.counter_crowd import counter_apart
from sitrep.events.doer_anaphor import anaphoric_doer, one_doer
from sitrep.events.merge_dates import dated_apart, dates_compatible
from sitrep.events.merge_denials import denials_of_own_deeds, mark_claims
from sitrep.events.merge_doers import lone_doer, retold_doer, same_agent
from sitrep.events.merge_guards import (across_caption, agents_apart, moves_on, police_on_the_doer, sums_several,
    told_separate, victims_apart)
from sitrep.events.merge_lend import absorb
from sitrep.events.merge_places import places_compatible
from sitrep.events.merge_protest import protest_pair, protest_sides
from sitrep.events.merge_reference import named_before, take_reference
from sitrep.events.merge_side_deeds import fold_side_deeds
from sitrep.events.merge_together import told_together
from sitrep.events.merge_types import MERGED_TYPES, PROTEST_RANK, modality_compatible, types_compatible
from sitrep.events.merge_victims import same_victim
from sitrep.events.protest_towns import towns_apart
from sitrep.events.retold_protest import retold_target
from sitrep.events.return_fire import defence_retold
from sitrep.model import VIOLENT_EVENT_TYPES, EventMention


def same_incident(a: EventMention, b: EventMention, round_up: bool = False, lone_named: bool = False,
                  lone: bool = False) -> bool:
    """Whether ``b`` (later in the article) restates the incident of ``a`` (``lone_named``: the incidents
    before ``b`` have one doer, a named one, :func:`retold_doer`; ``lone``: one incident so far, with a doer,
    :func:`doer_anaphor.one_doer`)."""
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
                (same_agent(a.actor1, b.actor1) or retold_doer(a, b, lone_named) or anaphoric_doer(a, b, lone))
                and same_victim(a.actor2, b.actor2)
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
            lone, one = lone_doer(incidents), one_doer(incidents)
            target = next((k for k in reversed(incidents) if same_incident(k, m, round_up, lone, one)), None)
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
