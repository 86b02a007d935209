"""Toll: the figures of an event's clause, and which of them is its fatality count.

The count is the killed-figure nearest the trigger that is not a background or "since ..." running total. When its
victims are coordinated with others of the same verb ("killed seven soldiers and one contractor", "five monks and
two cooks were murdered", "a soldier and six rebels died"), the count is the sum over the coordination, provided each
conjunct is counted (a number, or one named or singular person): a plural without a number leaves the count as read.
Appositions and "including" lists break a count down and are never added ("four farmers, three men and a boy";
"five people, including four minors"). With no count in its clause, an event takes a killed-figure of its sentence
that lies in no other event's clause ("A farmer died when a shell landed on his barn"). Lists the parser made
of appositions count their members, never a description or a breakdown ("X, his nephew and 12 others": 14; "Ana Ruiz,
a teacher,": 1). A deed told inside a reaction to it is an event of its own with its toll
(:func:`split_counted_deeds`), and a counted deed is done whatever is said of the inquiry about it
(:func:`counted_deed`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Callable, Optional

from sitrep.events.increment import is_increment
from sitrep.events.toll_far_update import far_updated_incident
from sitrep.events.toll_part import incident_part
from sitrep.model import KILLED_WHAT, VIOLENT_EVENT_TYPES, EventMention, Figure, Span
from sitrep.nlp.doctext import doc_text
from sitrep.events.toll_also import _add_orphan_also, _added, _also_killed
from sitrep.events.toll_candidates import _candidates, _period_count, best_sum, clause_figures
from sitrep.events.toll_lists import _breakdown, _single, coordinated_total
from sitrep.events.toll_parse import _victim_of
from sitrep.events.toll_running import _TOLL_NAMED, is_toll_update, is_toll_update_figure
from sitrep.events.toll_sharing import _NO_DEAD_TYPES

# callers import these from here too (each is defined in the module named)
from sitrep.events.toll_also import add_also_tolls  # noqa: F401
from sitrep.events.toll_counted_deeds import counted_deed, split_counted_deeds  # noqa: F401
from sitrep.events.toll_doer_suicide import add_doer_suicide, self_killing  # noqa: F401
from sitrep.events.toll_found_dead import found_slain, riddled_found_body  # noqa: F401
from sitrep.events.toll_lists import _list_appos, _list_members  # noqa: F401
from sitrep.events.toll_running import _TOLL_RE  # noqa: F401
from sitrep.events.toll_sharing import move_reaction_tolls, share_fuller_tolls, unshare_sentence_tolls  # noqa: F401
from sitrep.events.toll_wound_deaths import died_of_wounds, drop_told_wound_deaths  # noqa: F401
# read as attributes of this module (tests)
from sitrep.events.running_words import SCOPE as _PERIOD_SCOPE  # noqa: F401


def fatality_count(figs: list[Figure], trig, tok_of_fig=None, sent_idx: Optional[set[int]] = None,  # type: ignore[no-untyped-def]
                   other_clauses: Optional[set[int]] = None) -> Optional[Figure]:
    """The killed-figure nearest the trigger (see the module docstring); ``tok_of_fig`` (figure, token indices)
    lets coordinated victims be added up; ``sent_idx`` (the sentence's tokens) and ``other_clauses`` (the tokens of
    the sentence's other events) let an event with no count of its own take its sentence's."""
    text = doc_text(trig.doc)
    killed = [f for f in _candidates(figs) if not _period_count(f, text)]
    sentence = clause_figures(tok_of_fig, sent_idx) if tok_of_fig is not None and sent_idx is not None else []
    if not killed and sentence:
        killed = [f for f in _candidates(clause_figures(tok_of_fig, sent_idx - (other_clauses or set())))
                  if not _period_count(f, text)]
    if not killed:
        return None
    if len(killed) > 1:  # "four more died, bringing the toll to 21": the toll, never the deaths it adds
        added = [f for f in killed if is_increment(f, text)]
        tolls = [f for f in killed if f not in added and _TOLL_NAMED.search(text[max(0, f.span.start - 40):f.span.start])]
        killed = tolls + [f for f in killed if f not in added and f not in tolls] if added and tolls else killed
    if tok_of_fig is not None and len(killed) > 1:
        whole = [f for f in killed if not _breakdown(f, tok_of_fig, trig.doc)]
        killed = whole or killed
    best = min(killed, key=lambda f: abs(f.span.start - trig.idx))
    best = incident_part(best, figs + sentence, text) or best  # "38 ... this week, among them the seven gunned down"
    if tok_of_fig is None:
        return best
    best = coordinated_total(best, tok_of_fig, trig.doc) or best
    return _also_killed(best, _candidates(sentence), tok_of_fig, trig.doc) or _with_subject(best, tok_of_fig, trig.doc) \
        or best


def _with_subject(f: Figure, tok_of_fig, doc) -> Optional[Figure]:  # type: ignore[no-untyped-def]
    """ "Quispe was beaten to death along with three farm hands": the three and the one the verb is about (its
    passive subject, or the subject of "died"), when that is one person the figure scanner could not count (a
    name the tagger took for a common noun); None otherwise."""
    toks = next((ts for g, ts in tok_of_fig if g is f), None)
    if not toks or f.low is None:
        return None
    n = _victim_of(doc, f, toks)
    if not (n.dep_ == "pobj" and n.head.lower_ == "with" and n.head.head.lower_ in ("along", "together")):
        return None
    verb = n.head.head.head
    subj = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    if len(subj) != 1 or verb.pos_ not in ("VERB", "AUX"):
        return None
    s = subj[0]
    named = s.text[:1].isupper() and s.tag_ in ("NN", "NNP") and not any(
        c.dep_ in ("nummod", "det", "conj", "amod") for c in s.children)
    if not (named or _single(s)) or any(s.i in ts for g, ts in tok_of_fig if g.what in KILLED_WHAT):
        return None
    start = doc[s.left_edge.i].idx
    text = doc_text(doc)[start:f.span.end]
    return replace(f, low=f.low + 1, high=None if f.high is None else f.high + 1, best=best_sum([f], 1.0),
                   span=Span(f.span.article_id, start, f.span.end, text))


ORPHAN_SENTENCES = 3  # a count this many sentences after the incident's last mention may still be its toll
ORPHAN_PAST_DAYS = 7  # a count dated this many days before the incident is another, older one


def _the_incident(events: list[EventMention]) -> tuple[Optional[EventMention], list[EventMention], bool]:
    """The one asserted violent incident a report tells (or None), its deeds, and whether it is ordinary crime; in a
    report of no deed, its one asserted accident.

    One asserted violent deed of political violence; else, in a report of ordinary crime (a domestic killing), its
    one deed, or several deeds all of one day (a local crime report: "the man fired at deputies ... One deputy was
    struck"), one incident, as for the hurt (a war's round-up of many deeds, none dated, is not one)."""
    violent = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted" and not e.outside]
    if violent:
        return (violent[0] if len(violent) == 1 else None), violent, False
    violent = [e for e in events if e.event_type in VIOLENT_EVENT_TYPES and e.modality == "asserted"
               and e.outside == "crime"]
    if violent:
        return _one_day_incident(violent), violent, True
    # a report of one accident and no deed ("A bus ... rolled down an embankment ... Eleven passengers died at the
    # scene"): the accident, as the incident whose dead a later sentence counts
    accidents = [e for e in events if e.outside == "man_made_disaster" and e.modality == "asserted"]
    return (accidents[0] if len(accidents) == 1 else None), accidents, False


def _dead_only_statements_took(events: list[EventMention]) -> dict[str, EventMention]:
    """Deaths that a statement or an arrest alone took ("Deputies ... provided medical aid, but the man died at the
    scene"), by the count's id: no one dies of those (:data:`_NO_DEAD_TYPES`), so the count is free for the incident.
    For reports of ordinary crime only: in a war's, a statement's dead are often another side's claim ("calls made
    by the kidnappers say the official has been killed")."""
    deeds_carry = {fid for o in events if o.event_type not in _NO_DEAD_TYPES
                   for fid in (*o.figures, *([o.fatalities.id] if o.fatalities is not None else []))}
    return {e.fatalities.id: e for e in events if e.fatalities is not None and e.event_type in _NO_DEAD_TYPES
            and e.fatalities.id not in deeds_carry}


def _amend_own_toll(ev: EventMention, figures: list[Figure], carried: set[str], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                    doc) -> None:
    """The incident has a count of its own: what later sentences add to it, in this order: "also" killed
    (:func:`_add_orphan_also`), an ordinal update (:func:`_ordinal_update`), the whole of a partitive
    (:func:`_partitive_whole`), later and earlier deaths (:func:`_add_later_deaths`, :func:`_add_earlier_deaths`)."""
    _add_orphan_also(ev, figures, carried, sentence_starts, doc)
    _ordinal_update(ev, figures, carried, sentence_starts, doc)
    _partitive_whole(ev, figures, carried, sentence_starts, doc)
    _add_later_deaths(ev, figures, carried, sentence_starts, doc)
    _add_earlier_deaths(ev, figures, carried, sentence_starts, doc)


def _take_from_statement(fid: str, said: dict[str, EventMention]) -> None:
    """A count a statement of the dead alone took (:func:`_dead_only_statements_took`) that the incident now
    carries is no longer the statement's."""
    if fid in said:
        stmt = said[fid]
        stmt.fatalities = None
        stmt.figures = [x for x in stmt.figures if x != fid]


def attach_orphan_tolls(events: list[EventMention], figures: list[Figure], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                        doc=None) -> None:
    """A report of one incident often gives the toll in a sentence of its own, with no event word: "He died in
    hospital." When an article tells exactly one asserted violent incident (after restatements are merged; one of
    ordinary crime when it tells no other, or several deeds of ordinary crime all of one day) and it has no count, it
    takes the nearest killed-figure that no event carries, told after the incident's first mention and within :data:`ORPHAN_SENTENCES` sentences of one of its
    mentions, or in the article's first sentence when it tells no event and the incident is told within
    :data:`ORPHAN_SENTENCES` sentences of it, or in the sentence just before its first ("Deputies found X and his wife dead. Both had been shot.");
    never a background or "since" total, nor a count dated more than :data:`ORPHAN_PAST_DAYS` days before the
    incident."""
    ev, violent, crime = _the_incident(events)
    if ev is None:
        return
    carried = {fid for e in events for fid in e.figures} | {e.fatalities.id for e in events if e.fatalities is not None}
    said = _dead_only_statements_took(events) if crime else {}
    if ev.fatalities is not None:
        if doc is not None:
            _amend_own_toll(ev, figures, carried, sentence_starts, doc)
        return
    spans = [x for e in violent for x in (e.sentence, *e.evidence)]  # (all the deeds of a one-day incident)

    def sent_no(pos: int) -> int:
        return bisect.bisect_right(sentence_starts, pos) - 1

    mention_sents = [sent_no(s.start) for s in spans]
    first = min(s.start for s in spans)
    lede_no = _lede_no(doc, sentence_starts)
    cands = []
    for f in _candidates(figures):
        if f.id in said and f.span.start >= first:
            carried = carried - {f.id}
        before = f.span.start < first
        lede = before and sent_no(f.span.start) == lede_no and sent_no(first) - lede_no <= ORPHAN_SENTENCES and not any(
            e.sentence.start <= f.span.start < e.sentence.end for e in events)
        if f.id in carried or before and sent_no(f.span.start) != sent_no(first) - 1 and not lede:
            continue  # (the sentence just before may find the dead the incident's first mention tells how:
            # "Deputies found X and his wife dead. Both had been shot."; so may a lede with no event of its own:
            # "Four members of a family were found dead in a murder-suicide. [...] Investigators believe X shot ...")
        if f.as_of is not None and ev.date_start is not None and (ev.date_start - f.as_of).days > ORPHAN_PAST_DAYS:
            continue  # "Last year, 20 people were killed in a similar attack": an older count, not this toll
        if doc is not None and _period_count(f, doc_text(doc)):
            continue  # "the violence that has left more than 300 dead nationwide this month"
        gap = min(abs(sent_no(f.span.start) - k) for k in mention_sents)
        if gap <= ORPHAN_SENTENCES:
            cands.append((gap, before, f.span.start, f))
    if cands:
        ev.fatalities = min(cands, key=lambda c: (c[0], c[1], c[2]))[3]
        ev.figures.append(ev.fatalities.id)
        _take_from_statement(ev.fatalities.id, said)


def _lede_no(doc, sentence_starts: list[int]) -> int:  # type: ignore[no-untyped-def]
    """The index of the report's first sentence: the first one with a verb, so that a dateline the parser left as a
    sentence of its own ("URUAPAN, Mexico, May 6 —") is not taken for the lede."""
    if doc is None:
        return 0
    for k, start in enumerate(sentence_starts[:3]):
        end = sentence_starts[k + 1] if k + 1 < len(sentence_starts) else len(doc_text(doc))
        sp = doc.char_span(start, end, alignment_mode="expand")
        if sp is None or any(t.pos_ in ("VERB", "AUX") for t in sp):
            return k
    return 0


def attach_orphan_wounds(events: list[EventMention], figures: list[Figure], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                         doc=None) -> None:
    """The hurt of a report of one incident told in a sentence with no event of its own ("Four others were wounded,
    one critically.", "A boy who was also shot remains in stable condition."): as :func:`attach_orphan_tolls` does
    for the dead, the one asserted violent incident (one of ordinary crime when it tells no other; of several deeds
    all of one day, the one with most dead: :func:`_one_day_incident`) that carries no count of wounded takes the nearest wounded-figure no event carries, told from the incident's first mention
    on and within :data:`ORPHAN_SENTENCES` sentences of one of its mentions; never a background or "since" count,
    nor one over a period. The incident's own count of dead is one of its mentions (from where it is told on), and so
    is a later sentence that tells those dead again (:func:`_dead_retold`: "The man ... was rushed to hospital, where
    he was later pronounced deceased. A 31-year-old woman was treated for a gunshot wound"). A fire or a crash that
    kills takes the hurt of its own sentence the same way."""
    # (a mob's beating or lynching is violence too: ACLED's "Mob violence", a riot)
    asserted = [e for e in events if (e.event_type in VIOLENT_EVENT_TYPES or e.sub_event_type == "Mob violence")
                and e.modality == "asserted"]
    # (a count of hurt that only a statement or a step carries -- "Three other passengers were injured and airlifted
    # to Nairobi" read as a Political event, "Four residents were pulled out injured" as a strategic development --
    # is no other incident's: still the incident's to take)
    carried = {fid for e in events if e.event_type not in _NO_DEAD_TYPES for fid in e.figures}
    # a fire or a crash that kills tells its hurt in its sentence the same way ("Two young children have died and
    # their mother is in hospital after a fire tore through a home")
    harm = asserted + [e for e in events if e.outside == "man_made_disaster" and e.modality == "asserted"]

    def sent_no(pos: int) -> int:
        return bisect.bisect_right(sentence_starts, pos) - 1

    _wounded_of_own_sentence(figures, harm, carried, sent_no)
    accidents = [e for e in harm if e.outside == "man_made_disaster"]
    violent = [e for e in asserted if not e.outside] or [e for e in asserted if e.outside == "crime"] or [
        e for e in accidents if e.fatalities is not None or len(accidents) == 1]  # a crash that kills, or the
    # report's one accident: its hurt told in a later sentence ("Two passengers died at the scene. The driver ...
    # with serious injuries"; "A fire swept through the market ... Three traders were treated for burns")
    ev = _one_day_incident(violent)
    if ev is None:
        return
    by_id = {f.id: f for f in figures}
    if any(by_id[fid].what == "wounded" for e in violent for fid in e.figures if fid in by_id):
        return
    first, mention_sents = _incident_sentences(violent, figures, carried, sent_no)
    f = _nearest_orphan_wounded(figures, carried, first, mention_sents, sent_no, doc)
    if f is not None:
        ev.figures.append(f.id)


def _wounded_of_own_sentence(figures: list[Figure], harm: list[EventMention], carried: set[str],
                             sent_no: Callable[[int], int]) -> None:
    """First, a count of wounded no event carries, in the sentence of one asserted act of violence (or deadly fire
    or crash), is its; so is one in a sentence that tells one incident again ("seven others injured in the
    attack"). Adds what it gives to ``carried``."""
    for f in figures:
        if f.what == "wounded" and not f.background and f.id not in carried:
            own = [e for e in harm if e.sentence.start <= f.span.start < e.sentence.end]
            if not own:
                own = [e for e in harm if any(sent_no(x.start) == sent_no(f.span.start) for x in e.evidence)]
            if len(own) == 1:
                own[0].figures.append(f.id)
                carried.add(f.id)


def _incident_sentences(violent: list[EventMention], figures: list[Figure], carried: set[str],
                        sent_no: Callable[[int], int]) -> tuple[int, list[int]]:
    """The sentence the incident is first told in and the sentences that mention it: those of its deeds' mentions,
    of its own count of dead ("One of the men died at the scene. The other ... suffered a broken leg": the hurt told
    next to the dead), of a later sentence that tells those dead again (:func:`_dead_retold`) and of one that tells
    them before (:func:`_dead_told_first`: "Two people were found dead and a third was taken to hospital ... Inside
    they found X and Y dead")."""
    spans = [x for e in violent for x in (e.sentence, *e.evidence)]  # (all the deeds of a one-day incident)
    mention_sents = [sent_no(s.start) for s in spans]
    first = sent_no(min(s.start for s in spans))
    own_dead = [e.fatalities for e in violent if e.fatalities is not None and not e.fatalities.background]
    if own_dead:
        first = min(first, *(sent_no(f.span.start) for f in own_dead))
    mention_sents += [sent_no(f.span.start) for f in own_dead]
    mention_sents += [sent_no(f.span.start) for f in _dead_retold(figures, carried, own_dead)
                      if sent_no(f.span.start) >= first]
    told_first = [sent_no(f.span.start) for f in _dead_told_first(figures, carried, own_dead)]
    if told_first:
        first = min(first, *told_first)
        mention_sents += told_first
    return first, mention_sents


def _nearest_orphan_wounded(figures: list[Figure], carried: set[str], first: int, mention_sents: list[int],  # type: ignore[no-untyped-def]
                            sent_no: Callable[[int], int], doc=None) -> Optional[Figure]:
    """The wounded-figure no event carries nearest (in sentences, then first in the text) to one of the incident's
    mentions, told from its first sentence on and within :data:`ORPHAN_SENTENCES` of a mention; never a
    background or "since" count, nor one over a period (:func:`_period_count`)."""
    cands = []
    for f in figures:
        if f.what != "wounded" or f.background or f.since is not None or f.id in carried:
            continue
        k = sent_no(f.span.start)
        if k < first or (doc is not None and _period_count(f, doc_text(doc))):
            continue
        gap = min(abs(k - m) for m in mention_sents)
        if gap <= ORPHAN_SENTENCES:
            cands.append((gap, f.span.start, f))
    return min(cands, key=lambda c: (c[0], c[1]))[2] if cands else None


def _dead_retold(figures: list[Figure], carried: set[str], own_dead: list[Figure]) -> list[Figure]:
    """The incident's dead told again in a sentence with no event of its own ("The man ... was rushed to hospital,
    where he was later pronounced deceased.", "The bodies of the 38-year-old woman and the boy were found inside."):
    counts of the dead that no event carries, told after the incident's own count and no larger than it."""
    if not own_dead:
        return []
    top = max((f.low for f in own_dead if f.low is not None), default=None)
    start = min(f.span.start for f in own_dead)
    return [f for f in figures if f.what in KILLED_WHAT and f.id not in carried and not f.background
            and f.since is None and f.span.start > start and f.low is not None and top is not None and f.low <= top]


def _dead_told_first(figures: list[Figure], carried: set[str], own_dead: list[Figure]) -> list[Figure]:
    """The incident's dead told before its own count, in a sentence with no event of its own (a lede the deed's
    sentence tells again: "Two people were found dead and a third was taken to hospital after police were called ...
    Inside they found a man, 44, and a woman, 39, dead."): exact counts of the dead no event carries, told before the
    incident's own count and of the same value."""
    if len(own_dead) != 1 or own_dead[0].low is None or own_dead[0].low != own_dead[0].high:
        return []
    d = own_dead[0]
    return [f for f in figures if f.what in KILLED_WHAT and f.id not in carried and not f.background
            and f.since is None and f.span.start < d.span.start and f.low == d.low and f.high == d.low]


def _one_day_incident(violent: list[EventMention]) -> Optional[EventMention]:
    """The incident a report's asserted violent events tell: the only one; or, when all of them are of one day ("armed
    bandits abducted 40 ... went from house to house shooting residents", all on Friday), the deed that carries the
    largest count of dead (the first of those), as one incident told in several deeds. None otherwise (no event,
    or events of different or unknown days: which incident the hurt belong to is not said)."""
    if len(violent) == 1:
        return violent[0]
    days = {e.date_start for e in violent}
    if not violent or (len(days) != 1 or None in days) and not _one_kind_undated(violent):
        return None
    return max(violent, key=lambda e: (e.fatalities.low if e.fatalities is not None and e.fatalities.low is not None
                                       else -1.0, -e.sentence.start))


ONE_KIND_DAYS = 2  # deeds of one kind told this many days apart at most may be one incident's words


def _one_kind_undated(violent: list[EventMention]) -> bool:
    """The deeds are all of one kind (sub-type and domain) and dated within :data:`ONE_KIND_DAYS` of each other or
    not at all: one incident told by several words ("a gas explosion at a grocery store ... The blast on Saturday
    afternoon killed three", "a roadside bomb hit a passenger bus ... militants who had planted the device
    overnight")."""
    known = sorted(e.date_start for e in violent if e.date_start is not None)
    return (not known or (known[-1] - known[0]).days <= ONE_KIND_DAYS) and len(
        {(e.sub_event_type, e.outside) for e in violent}) == 1


# a death told as coming after the incident: "later died", "died of her wounds", "succumbed", "died in hospital"
_LATER_DEATH = re.compile(r"\b(?:later|subsequently|afterwards?|since)\b|\b(?:of|from)\s+(?:his|her|their|the)\s+"
                          r"(?:wounds|injuries)\b|\bsuccumb|\b(?:in|at)\s+(?:a\s+|the\s+)?hospital\b", re.I)
_ORDINAL = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I)
# the one who died was among the hurt: "a wounded woman", "one of the injured", "who was hurt"
_WAS_HURT = re.compile(r"\b(?:wounded|injured|hurt)\b", re.I)
# one of the hurt told by a definite noun ("the injured man", "the wounded woman"): the person told before; where no hurt
# were counted before, the one whose death the report already counts
_THE_HURT = re.compile(r"(?<!of )\b(?:the|this)\s+(?:wounded|injured|hurt)\b", re.I)
# the dead told apart from the incident's, or counted with them: "in a separate attack", "one of them", "the two"
_NOT_LATER = re.compile(r"\b(?:separate|elsewhere|earlier|another\s+(?:attack|incident|shooting|bombing)|"
                        r"of\s+(?:them|those|these|the\s+dead|the\s+victims))\b", re.I)


# an ordinal victim, the whole toll as of its telling: "a third man", "a second victim" (nlp/victims._ordinal_toll)
_ORDINAL_VICTIM = re.compile(r"(?:a|an)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I)


def _ordinal_update(ev: EventMention, figures: list[Figure], carried: set[str], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                    doc) -> None:
    """The one incident of a report with its count, and a later sentence with no event of its own that counts its
    dead by an ordinal victim ("Two men were killed when gunmen attacked a bar ... A third man died in hospital on
    Monday"): the ordinal is the toll as of then (3), and it replaces a lower count, within
    :data:`ORPHAN_SENTENCES` sentences after it; never a death told apart ("in a separate attack", "elsewhere"),
    never a count no higher than the one held (the dead counted already)."""
    f0 = ev.fatalities
    if f0 is None or f0.low is None or f0.background or f0.since is not None:
        return
    text = doc_text(doc)
    k = bisect.bisect_right(sentence_starts, f0.span.end) - 1
    for f in _candidates(figures):
        if f.id in carried or f.low is None or f.low != f.high or f.span.start < f0.span.end \
                or not _ORDINAL_VICTIM.match(f.span.text):
            continue
        j = bisect.bisect_right(sentence_starts, f.span.start) - 1
        if not (k < j <= k + ORPHAN_SENTENCES) or f.low <= (f0.high if f0.high is not None else f0.low):
            continue
        hi = sentence_starts[j + 1] if j + 1 < len(sentence_starts) else len(text)
        if _NOT_LATER.search(text, sentence_starts[j], hi):
            continue
        ev.fatalities = replace(f0, low=f.low, high=f.high, best=f.low, span=f.span, as_of=f.as_of or f0.as_of)
        ev.figures.append(f.id)
        return


# a count told as part of people counted before: "three of the bodies", "two of them", "most of the dead"
_PARTITIVE_OF = re.compile(r"\s+of\s+(?:them|those|these|the\s+(?:bodies|corpses|dead|victims|deceased))\b", re.I)


def _partitive_whole(ev: EventMention, figures: list[Figure], carried: set[str], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                     doc) -> None:
    """The one incident's count told as part of the dead counted before it ("The bodies of five fishermen were found
    on Sunday. [...] Three of the bodies had been beheaded."): the part tells how some of them died; the whole is the
    toll: the one killed-count of the nearest sentence that counts the dead, within :data:`ORPHAN_SENTENCES`
    sentences before, larger than the part, exact, carried by no event, no background or "since" total."""
    f0 = ev.fatalities
    if f0 is None or f0.low is None or f0.high is None or f0.background:
        return
    text = doc_text(doc)
    if not _PARTITIVE_OF.match(text, f0.span.end):
        return
    k = bisect.bisect_right(sentence_starts, f0.span.start) - 1
    before = [f for f in _candidates(figures) if f.span.start < sentence_starts[k]
              and k - ORPHAN_SENTENCES <= bisect.bisect_right(sentence_starts, f.span.start) - 1]
    if not before:
        return
    last = bisect.bisect_right(sentence_starts, before[-1].span.start) - 1
    wholes = [f for f in before if bisect.bisect_right(sentence_starts, f.span.start) - 1 == last]
    whole = wholes[0]  # the nearest sentence that counts dead: one count there, larger than the part, no event's
    if len(wholes) != 1 or whole.id in carried or whole.low is None or whole.low != whole.high or whole.low <= f0.high:
        return
    ev.fatalities = whole
    ev.figures.append(whole.id)


def _add_later_deaths(ev: EventMention, figures: list[Figure], carried: set[str], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                      doc) -> None:
    """The one incident of a report with its count, and a later sentence telling that one of its hurt died since
    ("Two men were killed ... A woman who was wounded later died at a hospital"; "One of the wounded died of his
    injuries"): the count no event carries adds to the incident's toll (3), and when it is "one of the wounded" of
    a wounded count the incident carries, that count drops by as many. Only a count told as one of the hurt (a
    wounded count on the same words, or "wounded" / "injured" / "hurt" in its words or its clause before the
    death) and as a later death ("later", "died of her wounds", "succumbed", "in hospital"), within
    :data:`ORPHAN_SENTENCES` sentences after the incident's count; never "one of them" (the dead counted already),
    never a death told apart ("in a separate attack"). An ordinal victim ("a third man died") is already read as
    the whole toll (:func:`sitrep.nlp.victims._ordinal_toll`)."""
    f0 = ev.fatalities
    if f0 is None or f0.low is None or f0.background or f0.since is not None or _ORDINAL.search(f0.span.text):
        return  # "A third person has died": the count already holds the later deaths
    text = doc_text(doc)
    k = bisect.bisect_right(sentence_starts, f0.span.end) - 1
    for f in _candidates(figures):
        if f.id in carried or f.low is None or f.span.start < f0.span.end or f.span is f0.span:
            continue
        j = bisect.bisect_right(sentence_starts, f.span.start) - 1
        if not (k < j <= k + ORPHAN_SENTENCES):
            continue
        lo = sentence_starts[j]
        hi = sentence_starts[j + 1] if j + 1 < len(sentence_starts) else len(text)
        sent = text[lo:hi]
        if not _LATER_DEATH.search(sent) or _NOT_LATER.search(sent) or f.low > 3:
            continue
        hurt_same = [w for w in figures if w.what in ("wounded", "injured") and w.span.start == f.span.start]
        clause_before = text[lo:f.span.end + 40]
        if not (hurt_same or _WAS_HURT.search(f.who or "") or _WAS_HURT.search(clause_before)):
            continue
        if not hurt_same and _THE_HURT.search(clause_before) and not any(
                w.what in ("wounded", "injured") and w.span.start < lo for w in figures):
            continue  # "a man died ... The injured man was taken to hospital, where he was pronounced dead": him again
        toks = [t.i for t in doc.char_span(f.span.start, f.span.end, alignment_mode="expand") or []]
        if toks and _added(f, [(f, toks)], doc):
            continue  # "were also killed": add_also_tolls' and _add_orphan_also's
        high = None if f0.high is None else f0.high + (f.high if f.high is not None else f.low)
        ev.fatalities = replace(f0, low=f0.low + f.low, high=high, best=best_sum([f0, f]),
                                span=Span(f0.span.article_id, f0.span.start, f.span.end, text[f0.span.start:f.span.end]))
        ev.figures.append(f.id)
        if not hurt_same and re.match(r"\s*of\s+the\s+(?:wounded|injured)\b", text[f.span.end:f.span.end + 30], re.I):
            _fewer_hurt(ev, figures, f.low)
        return


def _later_death_of_hurt(f: Figure, text: str, sentence_starts: list[int]) -> bool:
    """``f`` counts some of the hurt who died since ("Of the five others who were wounded, two died later"): its
    sentence tells a later death and the hurt before it (or its own words do), and tells no death apart."""
    j = bisect.bisect_right(sentence_starts, f.span.start) - 1
    lo = sentence_starts[j]
    hi = sentence_starts[j + 1] if j + 1 < len(sentence_starts) else len(text)
    if not _LATER_DEATH.search(text, lo, hi) or _NOT_LATER.search(text, lo, hi):
        return False
    return bool(_WAS_HURT.search(f.who or "") or _WAS_HURT.search(text[lo:f.span.end + 40]))


def _add_earlier_deaths(ev: EventMention, figures: list[Figure], carried: set[str], sentence_starts: list[int],  # type: ignore[no-untyped-def]
                        doc) -> None:
    """The one incident's count is of its hurt who died since ("Six people were shot. A man died at the scene. Of
    the five others who were wounded, two died later"), and an earlier sentence, told after the incident's first
    mention, counts a death no event carries ("A man died at the scene"): the dead at the scene and the hurt who died
    later are different people, and the toll is their sum (3), as :func:`_add_later_deaths` sums them told the other
    way round. Only the nearest such count, exact, within :data:`ORPHAN_SENTENCES` sentences before, in a sentence
    that tells no later death itself (the same death told twice) and no death apart ("in a separate attack")."""
    f0 = ev.fatalities
    if f0 is None or f0.low is None or f0.low != f0.high or f0.background or f0.since is not None \
            or _ORDINAL.search(f0.span.text) or ev.sentence is None:
        return
    text = doc_text(doc)
    if not _later_death_of_hurt(f0, text, sentence_starts) or is_toll_update(ev) or is_toll_update_figure(f0, text):
        return  # ("One of the injured died in hospital, bringing the toll to 11": the toll told, no part of it)
    k = bisect.bisect_right(sentence_starts, f0.span.start) - 1
    before = [f for f in _candidates(figures) if f.id not in carried and f.low is not None and f.low == f.high
              and ev.sentence.start <= f.span.start and f.span.end <= sentence_starts[k]
              and k - ORPHAN_SENTENCES <= bisect.bisect_right(sentence_starts, f.span.start) - 1]
    if not before:
        return
    f = before[-1]
    j = bisect.bisect_right(sentence_starts, f.span.start) - 1
    hi = sentence_starts[j + 1] if j + 1 < len(sentence_starts) else len(text)
    if _LATER_DEATH.search(text, sentence_starts[j], hi) or _NOT_LATER.search(text, sentence_starts[j], hi):
        return
    ev.fatalities = replace(f0, low=f.low + f0.low, high=f.low + f0.low, best=best_sum([f, f0]),
                            span=Span(f0.span.article_id, f.span.start, f0.span.end, text[f.span.start:f0.span.end]))
    ev.figures.append(f.id)


def _fewer_hurt(ev: EventMention, figures: list[Figure], died: float) -> None:
    """The incident's wounded count, less the ``died`` of them who died since ("five wounded ... one of the wounded
    died": 4 still hurt); the figure is replaced in ``figures`` (the same id: the incident's count of the hurt)."""
    for i, w in enumerate(figures):
        if w.id in ev.figures and w.what in ("wounded", "injured") and w.low is not None and w.low > died \
                and not w.background:
            figures[i] = replace(w, low=w.low - died, high=None if w.high is None else w.high - died,
                                 best=best_sum([w], -died))
            return


# a sentence that updates a toll: "the death toll had risen to nine", "the ministry raised the toll to 23", "the
# number of dead climbed to 30"
_TOLL_UPDATE = re.compile(r"\b(?:(?:death\s+)?toll|number\s+of\s+(?:dead|deaths|people\s+killed))\b[^.;]{0,30}?"
                          r"\b(?:rose|risen|rises|climbed|climbs|increased|jumped|reached|grew)\b\s+(?:to\s+)?|"
                          r"\b(?:raised|raising|raises|revised|updated|put|bringing|brought|brings|taking|took|takes|pushing|pushed)"
                          r"\s+(?:the|its)\s+(?:total\s+)?(?:(?:death\s+)?toll|number\s+of\s+(?:dead|deaths|people\s+killed))\s+(?P<dir>up\s+|down\s+)?to\b|"
                          # "a health official later put the death toll at 19"; "hospital staff later said 14 people had
                          # died" (a later word of the dead: the count right after it)
                          r"\b(?:put|puts|putting)\s+(?:the|its)\s+(?:death\s+)?toll\s+at\b|"
                          r"\blater\b[^.;\"]{0,50}?\b(?:said|says|reported|confirmed)\s+(?:that\s+)?(?=(?:at\s+least\s+)?\d)",
                          re.I)
# the hurt counted with the update ("with 41 wounded"): no deed of its own
_HURT_WORDS = frozenset({"wounded", "injured", "hurt", "dead", "killed"})


_UPDATED_TYPES = VIOLENT_EVENT_TYPES | frozenset({"Protests", "Riots"})
_UPDATED_OUTSIDE = frozenset({"man_made_disaster"})  # a crash's, a fire's, a collapse's toll is updated as any incident's


def updated(e: EventMention) -> bool:
    """An asserted incident whose count a later update may replace: a violent deed, a protest or riot, an accident."""
    return (e.event_type in _UPDATED_TYPES or e.outside in _UPDATED_OUTSIDE) and e.modality == "asserted" \
        and e.fatalities is not None and e.fatalities.low is not None


def _updated_incident(out: list[EventMention], k: int, lo: int, hi: int,  # type: ignore[no-untyped-def]
                      sentence_starts: list[int], text: str = "") -> Optional[EventMention]:
    """The incident an update in sentence ``k`` (``lo``..``hi``) speaks of: the nearest counted one told within
    :data:`ORPHAN_SENTENCES` sentences before it (further back, the one incident of a report whose update tells a death
    of its hurt: :mod:`sitrep.events.toll_far_update`); else, for an update the report opens with ("Four more passengers
    have died ..., bringing the number of dead to 13") and that tells no deed of its own, the first one told within
    as many sentences after it."""
    def sent_no(e: EventMention) -> int:
        return bisect.bisect_right(sentence_starts, e.sentence.start) - 1

    own = [e for e in out if updated(e) and not (e.trigger is not None and lo <= e.trigger.start < hi)]
    prior = [e for e in own if e.sentence.start < lo and sent_no(e) >= k - ORPHAN_SENTENCES]
    if prior:
        return max(prior, key=lambda e: e.sentence.start)
    far = far_updated_incident(own, k, lo, text[lo:hi], ORPHAN_SENTENCES, sent_no)
    if far is not None:  # "... One of them ... died ..., raising the death toll to three", far on in a one-incident report
        return far
    if any(updated(e) or e.event_type in VIOLENT_EVENT_TYPES or e.outside in _UPDATED_OUTSIDE
           for e in out if e.sentence.start < hi):
        return None  # (an incident told in the update's own sentence, "A woman who was shot during an attack ... died
        # in hospital, raising the death toll to five", is the one the story's totals update)
    after = [e for e in own if e.sentence.start >= hi and sent_no(e) <= k + ORPHAN_SENTENCES]
    return min(after, key=lambda e: e.sentence.start) if after else None


def fold_toll_updates(events: list[EventMention], figures: list[Figure], sentence_starts: list[int], doc) -> list[EventMention]:  # type: ignore[no-untyped-def]
    """A later sentence that updates the toll of the incident told just before ("killing seven ... By Tuesday
    afternoon the death toll had risen to nine"; "the health ministry raised the death toll to 23, with 41
    wounded") gives that incident its count when the new count is no lower; an event read off the update's words
    for the hurt ("with 41 wounded"), with no doer, is the update, not a deed of its own. Only the nearest asserted
    violent incident with a count, told within :data:`ORPHAN_SENTENCES` sentences before the update, never across
    a sentence that opens another incident."""
    text = doc_text(doc)
    out = list(events)
    for k, lo in enumerate(sentence_starts):
        hi = sentence_starts[k + 1] if k + 1 < len(sentence_starts) else len(text)
        m = _TOLL_UPDATE.search(text[lo:hi])
        if m is None:
            continue
        f = next((x for x in _candidates(figures) if lo + m.end() <= x.span.start < min(hi, lo + m.end() + 20)
                  and x.low is not None), None)
        if f is None:
            continue
        # (a protest's or riot's dead are updated as any incident's: "the toll had risen to four")
        ev = _updated_incident(out, k, lo, hi, sentence_starts, text)
        if ev is None or f.id == ev.fatalities.id:
            continue
        if f.low < (ev.fatalities.low or 0) and (m.group("dir") or "").strip().lower() != "down":
            continue  # (a lower count only where the words revise it down: "revised the death toll down to 17")
        told = [e for e in out if e is not ev and e.trigger is not None and lo <= e.trigger.start < hi
                and e.actor1 is None and (e.trigger.text.lower() in _HURT_WORDS or (
                    e.event_type not in VIOLENT_EVENT_TYPES and e.fatalities is not None and e.fatalities.id == f.id))]
        # (a deed-less event read off the update's other words that took its count, "after more bodies were found
        # in the surrounding fields": the update, not an incident of its own)
        for e in told:
            ev.figures.extend(x for x in e.figures if x not in ev.figures)
            out.remove(e)
        if any(e is not ev and e.fatalities is not None and e.fatalities.id == f.id for e in out):
            continue  # the count is another deed's
        rose = (f.low or 0) - (ev.fatalities.low or 0)
        ev.fatalities = f
        if f.id not in ev.figures:
            ev.figures.append(f.id)
        if rose > 0 and _HURT_DIED.search(text[lo:hi]):
            _fewer_hurt(ev, figures, rose)  # "risen to 11 after two of the injured died": 31 hurt, 29 still
    return out


# an update that tells its new dead as some of the hurt: "the toll had risen to 11 after two of the injured died"
_HURT_DIED = re.compile(r"\bof\s+(?:the|those)\s+(?:wounded|injured|hurt)\s+(?:\w+\s+){0,2}?(?:died|succumbed|passed\s+away)\b",
                        re.I)
