"""What the merged event takes from a restatement folded into it (events/merge.py, :func:`absorb`): its type
(merge_lend_type), its toll (:func:`_lend_toll`: where the kept one has none, tells only the deaths added, or one
nation's part of the whole; not a count summed over several deeds, :func:`plural_sum`), its doer
(:func:`_lend_doer`: not a campaign's author, :func:`campaign`, nor the doers' foe, nor one of two groups; an
unnamed doer named later), the richer victim (merge_victims.richer_victim), its place (:func:`_lend_place`: the
deed's own clause over a name of its sentence) and date (:func:`_lend_date`: over a report day or a vague first
telling), its figures and its sentence as evidence. A background reference lends no toll, place or date; a side's
claim lends only its sentence and a name for an unnamed doer (:func:`_absorb_claim`).

Evidence: attack_reports*, local_reports*, MUC-4 dev and RAMS (bench/README.md sections on ``merge._absorb``)."""
from __future__ import annotations

from sitrep.events.clash_sides import sides_swapped
from sitrep.events.increment import increment_told_in
from sitrep.events.merge_dates import day_within_span
from sitrep.events.merge_doers import branch_of, retold_doer, told_nothing, unnamed_doer
from sitrep.events.merge_lend_type import lend_type
from sitrep.events.merge_places import weak_place
from sitrep.events.merge_pointers import names_the_deed, opening_restatement
from sitrep.events.merge_protest import protest_retold
from sitrep.events.merge_tellings import same_phrase, stems
from sitrep.events.merge_types import PROTEST_RANK, plural_deed
from sitrep.events.merge_victims import richer_victim
from sitrep.events.nation_part import whole_over_nation_part
from sitrep.events.paired_doers import lends_no_doer
from sitrep.events.return_fire import fights_the_doers
from sitrep.events.vague_first import blast_day_within, vague_first_telling
from sitrep.model import EventMention


def campaign(m: EventMention) -> bool:
    """The mention is told by a noun of a whole war or campaign ("the offensive", "the war"; group span_noun of
    data/running_counts.tsv), not of one deed."""
    from sitrep.events.running_words import SPAN_NOUNS

    w = m.trigger.text.lower() if m.trigger is not None else ""
    return w in SPAN_NOUNS or (w.endswith("s") and w[:-1] in SPAN_NOUNS)


def plural_sum(m: EventMention) -> bool:
    """The mention is told by the plural of a noun of one deed ("the attacks", "the bombings", "the killings": the
    singular is a noun trigger of a violent type) in a sentence that says its count is a sum ("in total", "in all",
    "altogether": group ``sum`` of data/running_counts.tsv): a count over several incidents. Not "clashes" or
    "fighting", whose plural or mass form tells one battle."""
    from sitrep.events.running_words import SUM

    return plural_deed(m, es=False) and bool(SUM.search(m.sentence.text))


def absorb(keep: EventMention, other: EventMention) -> None:
    """``keep`` takes from ``other``, another telling of its incident, what ``other`` tells better."""
    vague_first = vague_first_telling(keep, other)  # read before the doer and victim below are lent
    if other.modality == "claimed" and keep.modality != "claimed":
        _absorb_claim(keep, other)
        return
    lend_type(keep, other)
    # a background reference ("evacuations from X and Y since the attack", "a week after the murder of five
    # monks") says where and when other things happen, or names another incident: only a restatement that
    # tells the incident itself lends its toll, place and date
    restates = other.modality != "background"
    _lend_toll(keep, other, restates)
    swapped = sides_swapped(keep, other)
    if swapped:  # a clash told from the other side: its doer is the first telling's other side (events/clash_sides)
        keep.actor1, keep.actor2 = keep.actor1 or other.actor2, keep.actor2 or other.actor1
    else:
        _lend_doer(keep, other)
    victim = None if swapped else richer_victim(keep.actor2, other.actor2)
    if not swapped and not (victim is not None and keep.actor1 is not None and same_phrase(victim, keep.actor1)) \
            and not (victim is not keep.actor2 and doers_own_noun(victim, keep.actor1)):
        keep.actor2 = victim
    if restates:
        _lend_place(keep, other)
        _lend_date(keep, other, vague_first)
    keep.figures.extend(f for f in other.figures if f not in keep.figures)
    _add_sentence(keep, other)
    keep.evidence.extend(s for s in other.evidence if s not in keep.evidence and s != keep.sentence)
    keep.confidence = max(keep.confidence, other.confidence)


def doers_own_noun(victim, doer) -> bool:  # type: ignore[no-untyped-def]
    """The victim another telling lends is told only by words of the kept doer's own name ("two fighters were
    killed" lent to "Separatist fighters attacked a gendarmerie post"): the doer's own dead, no side it attacked."""
    if victim is None or doer is None:
        return False
    mine = stems(victim)
    return bool(mine) and mine <= stems(doer)


def _add_sentence(keep: EventMention, other: EventMention) -> None:
    """``other``'s sentence becomes evidence of ``keep`` (once, and not its own sentence)."""
    if other.sentence != keep.sentence and other.sentence not in keep.evidence:
        keep.evidence.append(other.sentence)


def _absorb_claim(keep: EventMention, other: EventMention) -> None:
    """One side's account of an incident told as fact ("Russia said the missile was fired by Ukrainian forces")
    lends no doer, toll, place, date or type: only its sentence, as evidence of the incident, and a name for a
    doer told only as "dissident guerrillas" ("the army blamed the X front": a name for the same doer, not another
    side's version)."""
    _add_sentence(keep, other)
    if _names_unnamed_doer(keep, other):
        keep.actor1 = other.actor1


def _names_unnamed_doer(keep: EventMention, other: EventMention) -> bool:
    """``other`` names the doer ``keep`` leaves unnamed ("armed men" ... "the Red Hand Front claimed it"), and
    the name is not ``keep``'s victim."""
    return keep.actor1 is not None and other.actor1 is not None and unnamed_doer(keep.actor1) \
        and not unnamed_doer(other.actor1) and retold_doer(keep, other) \
        and not (keep.actor2 is not None and same_phrase(other.actor1, keep.actor2))


def _lend_toll(keep: EventMention, other: EventMention, restates: bool) -> None:
    """``other``'s deaths become ``keep``'s: where ``keep`` has none, where ``keep``'s tell only the deaths added,
    or where they are one nation's part of ``other``'s whole."""
    if (restates or opening_restatement(other)) and keep.fatalities is None and other.fatalities is not None \
            and not plural_sum(other):
        # ("Gunmen stormed a market. The attacks killed 40 people in total.": a count over several deeds is no
        # toll of the one told; its figure stays carried here, so no orphan rule lends it either)
        keep.fatalities = other.fatalities
    elif restates and keep.fatalities is not None and other.fatalities is not None \
            and (other.fatalities.low or 0) >= (keep.fatalities.low or 0) \
            and increment_told_in(keep.fatalities, [keep.sentence, *keep.evidence]) \
            and not increment_told_in(other.fatalities, [other.sentence, *other.evidence]):
        # "Two more people wounded in a shooting ... have died, bringing the death toll from the shooting to five":
        # the deaths added are no toll; the toll the restatement tells is
        keep.fatalities = other.fatalities
    elif restates and whole_over_nation_part(keep.fatalities, other.fatalities):
        keep.fatalities = other.fatalities  # "killed four Chinese citizens" retold as "nine people died" (nation_part)


def _lend_doer(keep: EventMention, other: EventMention) -> None:
    """``other``'s doer becomes ``keep``'s: where ``keep`` has none and ``other``'s is a doer of the same deed,
    where ``keep``'s is unnamed and ``other`` names it, or where ``keep``'s tells nothing and ``other`` names the
    deed's author."""
    if keep.actor1 is None and not (other.actor1 is not None and keep.actor2 is not None
                                    and same_phrase(other.actor1, keep.actor2)) \
            and not (keep.sub_event_type in PROTEST_RANK and other.sub_event_type in PROTEST_RANK
                     and keep.sub_event_type != other.sub_event_type) \
            and not (campaign(other) and not campaign(keep)) and not protest_retold(keep, other) \
            and not fights_the_doers(other) and not lends_no_doer(other):
        # ("Both X and Y have carried out attacks in the province": which of two, if either, is a guess;
        # "Jihadist groups have planted mines on several roads": a kind's habit; events/paired_doers)
        # (nor the one who "addressed the protesters": a protest retold by its noun lends no doer; nor the police who
        # "used tear gas to disperse the crowd" to a riot against them: its target is not its doer)
        keep.actor1 = other.actor1  # ("the gunmen were killed after attacking X": the killed are not their killers;
        # "police exchanged fire with the attackers": the attackers' foe is not the attackers;
        # "the government's offensive" is many deeds of both sides: its author is no doer of one attack in it)
    elif _names_unnamed_doer(keep, other):
        keep.actor1 = other.actor1  # the unnamed doer named later ("armed men" ... "the Red Hand Front claimed it")
    elif keep.actor1 is not None and other.actor1 is not None and told_nothing(keep.actor1) \
            and not told_nothing(other.actor1) and names_the_deed(other) \
            and not (keep.actor2 is not None and same_phrase(other.actor1, keep.actor2)):
        keep.actor1 = other.actor1  # "two men" of no country, then "... blamed the bombing on the drug gang": the gang
    elif keep.actor1 is not None and other.actor1 is not None and branch_of(other.actor1, keep.actor1):
        keep.actor1 = other.actor1  # "Islamic State-linked insurgents" ... "the Islamic State's Mozambique province
        # claimed the attack": the branch names the doer more closely than its parent


def _lend_place(keep: EventMention, other: EventMention) -> None:
    """A restatement's place replaces a weak one of ``keep``: the deed's own clause places it better than a name
    of its sentence, a town of the retelling's paragraph better than a region the article names."""
    if (weak_place(keep) or keep.place_source == "sentence") and not weak_place(other) \
            and other.place_source == "clause":
        keep.place, keep.place_source = other.place, other.place_source
    elif keep.place_source == "article" and weak_place(keep) and not weak_place(other) \
            and other.place_source == "paragraph":
        keep.place, keep.place_source = other.place, other.place_source


def _lend_date(keep: EventMention, other: EventMention, vague_first: bool) -> None:
    """A restatement's date replaces ``keep``'s report day, or a vague first telling's ("last week" ... "on May 8":
    the day in that week; only a first telling with nothing of its own: "clashes this week" retold as one day's
    fighting keeps its week), or of a first telling dated to a run of days that starts on the restatement's day."""
    if keep.date_precision == "reported" and other.date_precision != "reported" and other.date_start is not None \
            or vague_first or blast_day_within(keep, other) \
            or (day_within_span(keep, other) and other.date_start == keep.date_start):
        # "hours after" a Wednesday hearing (Tuesday to Wednesday) ... "late on Tuesday": Tuesday; a fight "late on
        # Friday" (into Saturday) that "went on into Saturday" keeps its two days
        keep.time, keep.date_start, keep.date_end, keep.date_precision = (other.time, other.date_start,
                                                                          other.date_end, other.date_precision)
